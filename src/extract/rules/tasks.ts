// tasks: the directions for the coming period, one clean clause each.
// Where they are: in the chair's or the meeting's closing passage ("Kết luận hội nghị", "Phát biểu
// chỉ đạo", "... giao nhiệm vụ"), the last one that gives directions, from its first directive verb
// on ("đề nghị", "yêu cầu", "nhấn mạnh"), so that praise before it ("ghi nhận và đánh giá cao") stays
// out. Without such a passage: the first directive verb whose speaker is not a petitioner, a delegate
// or a presenter ("Cử tri ... đề nghị", "Báo cáo viên nhấn mạnh"), and failing that, where the plan
// for the coming period starts ("6 tháng cuối năm", "thời gian tới").
// How far: to the end of that paragraph, and on through paragraphs that continue it (list items,
// "Đồng chí cũng đề nghị ...", a joining word, a verb); a past-tense report ("đã trả lời") ends it.
// Items: split at sentence ends, at ";" before a verb, an adverb or an addressee, and at list markers
// ("- ", "(1)", "a)", "Một là,"); lead-ins ("đề nghị các đơn vị", "... mấy nội dung sau.") are dropped,
// and so are claims ("nhấn mạnh, năm 2023 là năm bản lề ..."), award proposals and petitions.
import type { Line, State } from '../state.ts';
import { eventLines, leadLine } from '../state.ts';
import { AFTER_LETTER, LIST_MARKER, isNounUse, isPresentedContent, eachMatch, eachMatchNotAfter, firstMatchNotAfter, lineSentences, wordCount } from '../text.ts';
import {
  ADDRESSEES, ASSIGNING_VERBS, AWARDS, MATTER_NOUNS, CLAIM_TRIGGERS, CLOSING_MARKERS, CONNECTIVES, DIRECTIVE_ADVERBS,
  DIRECTIVE_VERBS, LEAD_IN_ENDINGS, LIST_ANNOUNCERS, LIST_ORDINALS, MODALS, NEW_DIRECTION_ADVERBS, NOT_MARKER_BEFORE,
  NOT_AFTER_LETTER, NOT_TASK_AFTER_TRIGGER, NOT_VERB_USES, PASSAGE_ENDERS, TASK_TRIGGERS_STRONG, TASK_TRIGGERS_WEAK, alternation, wordOf,
} from '../vocabulary.ts';
import { isSpeaker } from '../people.ts';
import { matchForm, matchFormOfNfc } from '../../text/fold.ts';

const word = (list: readonly string[]) => `(?<![\\p{L}])(?:${alternation(list)})(?![\\p{L}])`;
/** A list's phrases as words of their own, but for "not after a letter", which eachMatchNotAfter
 * tests where a phrase starts: twice as fast as any look back in the pattern for the lists that run
 * over every sentence (the triggers, the closing markers, the directive verbs). */
const phrases = (list: readonly string[]) => new RegExp(`(?:${alternation(list)})(?![\\p{L}])`, 'gu');
const STRONG_RE = phrases(TASK_TRIGGERS_STRONG);
const WEAK_RE = phrases(TASK_TRIGGERS_WEAK);
const MARKER_RE = phrases(CLOSING_MARKERS);
/** A guest's directions, before the chair's closing speech. */
const GUEST_MARKER_RE = phrases(['phát biểu chỉ đạo']);
const MAX_MARKER_WORDS = 25;
const NOT_MARKER_BEFORE_RE = new RegExp(`${word(NOT_MARKER_BEFORE)}\\s*$`, 'u');
// "Kết luận số 21-KL/TW", "Kết luận 21-KL/TW", "kết luận của Bộ Chính trị" name documents.
const NOT_MARKER_AFTER_RE = /^\s*(?:số(?![\p{L}])|của(?![\p{L}])|\d)/u;
const CLAIM_RE = new RegExp(`^(?:${alternation(CLAIM_TRIGGERS)})$`, 'u');
// What follows "nhấn mạnh" before the claim or direction itself: ", rằng", ": “".
const CLAIM_OPENING_RE = /^[\s,:]*(?:rằng\s+)?/u;
const QUOTE_OPENING_RE = /^\s*:\s*[“"]/u;
const QUOTED_PARAGRAPH_RE = /^\s*[“"][^“”"]*[”"][.!…]?\s*$/u;
// What makes a claim of what follows "nhấn mạnh": "..., năm 2023 là năm bản lề", "6 tháng cuối năm có ý nghĩa đặc biệt quan trọng".
const IS_RE = /(?<![\p{L}])(?:không phải là|là|có ý nghĩa|mang ý nghĩa|giữ vai trò|đóng vai trò|có vai trò|có vị trí|có lợi thế|có tiềm năng)(?![\p{L}])/u;
// A community stating its resolve, "nhấn mạnh, ..., Đảng bộ, chính quyền và Nhân dân Tam Kỳ quyết tâm xây
// dựng ...": a goal, not a direction to anyone (with "cần"/"phải" before "quyết tâm" it is one).
const PROMISE_RE = /(?<![\p{L}])sẽ(?![\p{L}])/u;
const PAST_RE = /(?<![\p{L}])đã(?![\p{L}])/u;
const REPLY_OPENING_RE = /^tiếp thu (?:các )?ý kiến[^,.;:]{0,60},\s*(?:đồng chí|ông|bà)\s/u;
const DIRECTS_RE = /(?<![\p{L}])(?:đề nghị|yêu cầu|giao|chỉ đạo)(?![\p{L}])/u;
const RESOLVE_RE = /(?<![\p{L}])(?:đảng bộ|nhân dân|quân và dân)(?![\p{L}])[^;:]{0,80}?\squyết tâm(?![\p{L}])/u;
// "yêu cầu", "đề nghị" used as nouns: "đáp ứng yêu cầu", "theo đề nghị của".
const NOT_AFTER_RE = new RegExp(`^\\s*(?:${alternation(NOT_TASK_AFTER_TRIGGER)})(?![\\p{L}])`, 'u');
const VERB_RE = phrases([...DIRECTIVE_VERBS, ...DIRECTIVE_ADVERBS, ...MODALS]);
/** The first directive verb of a match form. */
const verbIn = (match: string) => firstMatchNotAfter(VERB_RE, match);
const ADVERB_VERB_START_RE = new RegExp(`^(?:${alternation(NEW_DIRECTION_ADVERBS)})\\s+(?:${alternation(DIRECTIVE_VERBS)})(?![\\p{L}])`, 'u');
/** An adverb among a piece's first words, as written: the exact test needs the piece's match form, which costs more. */
const ADVERB_HINT_RE = new RegExp(`^(?:\\S+\\s+){0,3}?(?:${alternation(NEW_DIRECTION_ADVERBS)})\\s`, 'iu');
const VERB_END_RE = new RegExp(`(?:^|\\s)(?:${alternation(DIRECTIVE_VERBS)})$`, 'u');
// ", trong đó chú trọng:", ", trong đó tập trung vào:": a list that details the direction before it.
const SUBSET_LIST_RE = /,\s*trong\s+đó\s+[^,;:]{0,30}:\s*$/u;
const SUBSET_LIST_SPLIT_RE = /,\s*trong\s+đó\s+[^,;:]{0,30}:\s*/u;
const BEFORE_ORDINAL_LIST_RE = new RegExp(`^[^:]*:\\s*(?=(?:${alternation(LIST_ORDINALS)})\\s*[,:.])`, 'iu');
/** Words each side of a comma needs for splitAtAdverb to see two clauses there. The clause before
 * needs more: "quản lý chặt chẽ quỹ đất, kiên quyết xử lý ..." and "chú trọng công tác cán bộ, kiên
 * quyết thay thế ..." (six words before the comma) are one direction each. */
const MIN_CLAUSE_WORDS = 5;
const MIN_FIRST_CLAUSE_WORDS = 7;
const FIRST_ORDINAL_RE = /^(?:một là|thứ nhất)\s*[,:.]/u;
// "; đối với những kiến nghị vượt thẩm quyền, các ngành tổng hợp ...": what an item is about, before it.
const TOPIC_OPENER_RE = /^(?:đối với|về)\s[^,;]{1,80},\s*/u;
const VERB_START_RE = new RegExp(`^(?:${alternation([...DIRECTIVE_VERBS, ...DIRECTIVE_ADVERBS, ...MODALS])})(?![\\p{L}])`, 'u');
const NOT_VERB_USE_RE = new RegExp(word(NOT_VERB_USES), 'gu');
// (Not the verb "cụ thể hóa": "; cụ thể hóa Nghị quyết thành kế hoạch ..." opens an item.)
const CONNECTIVE_RE = new RegExp(`^(?:(?:${alternation(CONNECTIVES)})(?![\\p{L}])(?!\\s+hóa(?![\\p{L}]))[\\s,:]*)+`, 'u');
// The same markers inside a paragraph ("a) ... b) ...", "(1) ...; (2) ..."), checked for sequence below.
const INLINE_MARKER_RE = /(?<![\p{L}\p{N}(])(\()?([a-hđ]|[1-9]\d?)\)\s/gu;
const ENDER_RE = new RegExp(`^(?:${alternation(PASSAGE_ENDERS)})(?![\\p{L}])`, 'u');
// Tried on every item, like the award words below: with the look back after the first letter (see
// notAfter) it is twice as fast, the award words three times. "Ends with" is written as a look back
// from the end ("$(?<=…)"), which V8 tries once, at the end, instead of from every position of the
// item's tail: six times faster again.
const LEAD_IN_END_RE = new RegExp(`$(?<=${wordOf(LEAD_IN_ENDINGS)}\\s*[:.…]?\\s*)`, 'u');
const ASSIGNING_RE = new RegExp(`^(?:${alternation(ASSIGNING_VERBS)})\\s*,?\\s+(?=${word(ADDRESSEES)}|các|cho)`, 'u');
// Who speaks, before the verb: "đồng chí ", "Bí thư Tỉnh ủy ".
// A committee speaks as one: "Ban Thường vụ Huyện ủy giao Ban Tổ chức ...", "Thường trực Thành ủy yêu cầu ...".
const SPEAKER = `(?:đồng chí|đ/c|ông|bà|bí thư|phó bí thư|chủ tịch|ban thường vụ|thường trực|ban chấp hành)(?![\\p{L}])[^,.;:]{0,40}?\\s`;
/** "đồng chí cũng ", "Bí thư Huyện ủy " before "yêu cầu", "đề nghị", "giao" ... in a paragraph that goes on with the directions. */
const SPEAKER_ASSIGNING_RE = new RegExp(`^${SPEAKER}(?:cũng\\s+)?(?=(?:${alternation(ASSIGNING_VERBS)})[\\s,])`, 'u');
// "Hội nghị cũng thống nhất tiếp tục đẩy mạnh ...": the meeting agreeing is no part of the task.
const MEETING_AGREES_RE = /^(?:hội nghị|ban thường vụ|ban chấp hành)(?:\s+cũng)?\s+thống nhất\s+/u;
// "...; tránh tình trạng làm hình thức": what to keep from, a direction of its own after ";".
const AVOID_START_RE = /^tránh(?![\p{L}])/u;
const SHARE_TARGET_RE = /^\d{1,3}(?:[,.]\d+)?\s*%\s+\p{L}/u;
// "những chi bộ chưa kết nạp được đảng viên ... phải ...": a determiner may come first.
const ADDRESSEE_RE = new RegExp(`^(?:những\\s+)?(?:${alternation(ADDRESSEES)})(?![\\p{L}])`, 'u');
// "những nội dung vượt thẩm quyền tổng hợp, báo cáo tỉnh": the matter first, then what is done with it.
const MATTER_FIRST_RE = new RegExp(`^(?:những|các)\\s+(?:${alternation(MATTER_NOUNS)})(?![\\p{L}])[^,;:]{0,60}?\\s(?:${alternation(DIRECTIVE_VERBS)})(?![\\p{L}])`, 'u');
const AWARD_RE = new RegExp(word(AWARDS), 'u');
const GIVE_RE = new RegExp(`(?:t${NOT_AFTER_LETTER}ặng|t${NOT_AFTER_LETTER}ặng thưởng|t${NOT_AFTER_LETTER}ruy tặng|k${NOT_AFTER_LETTER}hen thưởng)(?![\\p{L}])`, 'u');
const PROPOSE_RE = /(?<![\p{L}])(?:đề nghị|dề nghị|trình)(?![\p{L}])/u;
const REPORT_RE = /(?<![\p{L}])(?:đã|vừa|đang)(?![\p{L}])/u;
const MODAL_RE = new RegExp(word(MODALS), 'u');
// "cần tăng cường ...": the modal belongs to the lead-in ("thành phố cần"), not to the direction.
const MODAL_START_RE = new RegExp(`^(?:${alternation(MODALS)})\\s+(?=(?:${alternation([...DIRECTIVE_VERBS, ...DIRECTIVE_ADVERBS])})(?![\\p{L}]))`, 'u');
// A paragraph that goes on with the same speaker's directions: "Đồng chí cũng đề nghị ...",
// "Đồng thời yêu cầu ...", "Bí thư Tỉnh ủy lưu ý ...", "Để hoàn thành ..., đồng chí Bí thư Huyện ủy yêu cầu ..."
// (what the directions are for, first).
const GOES_ON_RE = new RegExp(
  `^(?:(?:${alternation(CONNECTIVES)})[\\s,]+)?(?:(?:để|nhằm)\\s[^.;:]{1,160}?,\\s*(?=${SPEAKER}))?(?:${SPEAKER})?(?:cũng\\s+)?(?:${alternation(TASK_TRIGGERS_STRONG)})(?![\\p{L}])`,
  'u',
);
const MAX_LEAD_IN_WORDS = 18;
/** Those addressed, at the start of a clause, and the words up to their verb. */
// A list of them may have commas, each before another of them ("Thường trực HĐND, các Ban HĐND huyện và ...").
const ADDRESSEE_WORD = `(?:${alternation(ADDRESSEES)})(?![\\p{L}])`;
const ADDRESSED = `^${ADDRESSEE_WORD}(?:[^,.;:]{0,40}?,\\s*${ADDRESSEE_WORD}){0,3}[^,.;:]{0,60}?\\s`;
// After "đề nghị:", when and then whom it asks ("thời gian tới, các chi bộ ...", "sau hội nghị, các chi bộ ...").
// (Without the "when", "yêu cầu: các xã quan tâm ...; tuyệt đối không ..." opens a list whose first item has a subject.)
const ASKED_AFTER_COLON_RE = new RegExp(`^\\s*[^,.;:]{1,30},\\s*(?:những\\s+)?${ADDRESSEE_WORD}`, 'u');
/** Whether a text's first letter is a small one. */
const opensInLowerCase = (text: string) => {
  const c = /\p{L}/u.exec(text)?.[0] ?? '';
  return c !== '' && c === c.toLowerCase();
};
// "Các cấp ủy cần chuẩn bị chu đáo ...": those addressed, and what they must do.
const TOLD_WHAT_TO_DO_RE = new RegExp(`${ADDRESSED}(?:${alternation(MODALS)})\\s+(?=(?:${alternation([...DIRECTIVE_VERBS, ...DIRECTIVE_ADVERBS])})(?![\\p{L}]))`, 'u');
// "Các cơ quan trong khối tiếp tục đẩy mạnh ...", "UBND xã rà soát, bố trí ...", "Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp ...": those
// addressed, going on with what they are told to do.
const ADDRESSEE_GOES_ON_RE = new RegExp(`${ADDRESSED}(?:(?:${alternation([...DIRECTIVE_VERBS, ...DIRECTIVE_ADVERBS])})(?![\\p{L}])|chủ trì\\s*,)`, 'u');
// "đề nghị các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể ... thời gian tới cần tập trung ...":
// a "cần" closes a long list of addressees.
const MAX_LEAD_IN_WORDS_BEFORE_MODAL = 32;
/** A trigger that asks someone, whose addressee is no part of the task. */
const ASKS_RE = /^(?:đề nghị|dề nghị|yêu cầu)$/u;
/** A trigger that names whom a task is handed to ("giao ubnd", "giao văn phòng"), not "giao nhiệm vụ", "giao cho". */
const HANDS_OVER_RE = /^giao (?!nhiệm vụ|cho(?![\p{L}]))/u;
// "giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với ...": who leads the work is part of it.
const LEADS_THE_WORK_RE = /(?<![\p{L}])chủ trì\s*,?\s*$/u;

// "các chi bộ trong tháng 12/2020 hoàn thành hai việc: a) ...", "tập trung thực hiện tốt ba nội dung.": a clause that
// counts the items to follow announces them, and is none of them.
// (Looked for back from the end, "$(?<=…)": tried once, not from every position of the clause.)
const COUNTED_LIST_END_RE = /$(?<=(?<![\p{L}])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+(?:việc|nội dung|nhiệm vụ|giải pháp|vấn đề|điểm|yêu cầu|nhóm nhiệm vụ|nhóm giải pháp)(?:\s+(?:sau|sau đây|trọng tâm|chủ yếu|cụ thể|lớn))?\s*[:.…]?\s*)/u;

type Sentence = { text: string; match: string; offset: number };
type Trigger = { line: number; sentence: number; at: number; end: number; rule: string; phrase: string };

export function tasks(state: State): void {
  // "Chiều cùng ngày, ... làm việc với ...": a second event reported after this one has its own directions.
  const paragraphs = eventLines(state);
  // The lead states the meeting's agenda ("triển khai nhiệm vụ thời gian tới"), not its directions.
  const lead = leadLine(state);
  const leadAt = lead ? paragraphs.indexOf(lead) : -1;
  const from = paragraphs.length > 1 && leadAt >= 0 ? leadAt + 1 : 0;
  const split = paragraphs.map((line) => lineSentences(line));
  // "Ông Lê Văn Tâm yêu cầu ..." directs when Ông Lê Văn Tâm chairs (isSpeaker).
  // "Bà đề nghị ..." after "bà Nguyễn Thị Thu Hà" chairs: the pronoun the text calls the chair by refers back to her.
  const officials = state.chair ? chairReferences(state.match, matchForm(state.chair.name)) : [];
  const found = firstPassage(paragraphs, split, from, officials);
  if (!found) return;
  const { trigger, clauses } = found;

  const first = split[trigger.line]![trigger.sentence]!;
  // "Phát biểu chỉ đạo, đồng chí Lê Đình Khoa (a guest) đề nghị ..." before the chair's closing
  // speech: the guest's directions come first.
  if (trigger.rule === 'tasks/closing-passage') {
    // (Not the chair's own passage again: its marker may sit in the paragraph before its first direction.)
    const found = closingPassage(paragraphs, split, from, officials, trigger.line, GUEST_MARKER_RE);
    const guest = found && !(found.line === trigger.line && found.sentence === trigger.sentence) ? found : null;
    if (guest) clauses.unshift(...passageClauses(guest, paragraphs, split, officials, trigger.line));
    clauses.unshift(...answersHandingOver(split, from, guest?.line ?? trigger.line));
    // "Kết thúc đợt kiểm tra, ..." closes a visit of several stops: what the visitor asked at each stop is a direction too.
    if (VISIT_END_RE.test(paragraphs[trigger.line]!.match)) clauses.unshift(...askedOnSite(split, from, guest?.line ?? trigger.line, officials));
  } else {
    clauses.unshift(...answersHandingOver(split, from, trigger.line));
  }

  // "Về nhiệm vụ thời gian tới, Hội nghị xác định: ...; ..." before the chair's closing passage: the
  // meeting's own list comes first.
  if (trigger.rule === 'tasks/closing-passage') clauses.unshift(...meetingList(split, from, trigger.line, officials));

  // "... tập trung vào các nhiệm vụ trọng tâm. Một là, ...": the sentence before a list's first ordinal announces it.
  // So does "... tập trung thực hiện tốt các nhiệm vụ trọng tâm" before "Theo đó, ...", "Cụ thể, ...".
  const announced = clauses.filter((c, k) => {
    const next = clauses[k + 1]?.match.trimStart() ?? '';
    // (Only a sentence that names or counts what follows: "... khẩn trương triển khai Nghị quyết đến từng đảng viên.
    // Thứ nhất, ..." is a direction, then the list.)
    if (FIRST_ORDINAL_RE.test(next) && !LIST_MARKER.test(c.match.trimStart()) && announces(c.match)) return false;
    return !(DETAILS_FOLLOW_RE.test(next) && ANNOUNCER_END_RE.test(c.match));
  });
  const items = announced.flatMap(splitClause).filter((t) => !LEAD_IN_END_RE.test(t.slice(-40).toLowerCase()) && !COUNTED_LIST_END_RE.test(t.slice(-60).toLowerCase()))
    .map(clean).filter((t) => wordCount(t) >= 3);
  if (!items.length) return;
  state.tasks = items;
  state.tasksMeta = {
    certainty: 'stated',
    evidence: { text: first.text.slice(trigger.at, trigger.end), offset: first.offset + trigger.at },
    rule: trigger.rule,
  };
}

/** The chair's name, and "ông" or "bà" when the text calls the chair so ("bà nguyễn thị thu hà"). */
function chairReferences(text: string, name: string): string[] {
  const pronouns = ['ông', 'bà'].filter((p) => text.includes(`${p} ${name}`));
  return pronouns.length === 1 ? [name, pronouns[0]!] : [name];
}

/** The directions' passage: the last closing one, else the first directive verb that opens any
 * directions (a claim after "nhấn mạnh" may open none), else the first coming-period phrase that does. */
function firstPassage(paragraphs: Line[], split: Sentence[][], from: number, officials: readonly string[]): { trigger: Trigger; clauses: Sentence[] } | null {
  const closing = closingPassage(paragraphs, split, from, officials);
  if (closing) return { trigger: closing, clauses: passageClauses(closing, paragraphs, split, officials, paragraphs.length) };
  for (const strong of [true, false]) {
    for (let t = findTrigger(split, from, strong, officials); t; t = findTrigger(split, from, strong, officials, t)) {
      const clauses = passageClauses(t, paragraphs, split, officials, paragraphs.length);
      if (clauses.length) return { trigger: t, clauses };
    }
  }
  return null;
}

// "Trả lời kiến nghị của ông X, đồng chí Y cho biết ..., và giao Phòng Kinh tế xã ...", "Đối với phản ánh
// của bà Z, đồng chí Y giao UBND xã khẩn trương ...": an answer to a petition hands over a task.
const ANSWER_OPENING_RE = /^(?:trả lời|đối với|về|tiếp thu)\s[^.;:]{0,80}?(?:kiến nghị|ý kiến|phản ánh|đề xuất|câu hỏi)(?![\p{L}])/u;
// "giao" before whom it hands the task to, a name in capitals ("bàn giao Phòng học" hands over a room).
const HANDS_TO_RE = /(?<![\p{L}])(?<!bàn\s)giao\s+(?=\p{Lu})/gu;
const ANSWERED_AFTER_RE = /;\s*(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+\p{Lu}[^,;.:]{0,40}?\s(?=giao\s+\p{Lu})/gu;

const VISIT_END_RE = /(?<![\p{L}])kết thúc (?:(?:đợt|buổi|chuyến) kiểm tra|(?:chuyến|đợt) công tác|chương trình làm việc)(?![\p{L}])/u;
// "Tại đây, Đ/c Bí thư Huyện ủy yêu cầu ...", "Đồng chí yêu cầu đơn vị thi công ...": the visitor speaking, before the directive verb.
const VISITOR_SPEAKS_RE = /(?:^|,\s*)(?:đồng chí|đ\/c|bí thư|phó bí thư|chủ tịch)(?:\s[^,.;:]{0,60}?)?\s+(?:cũng\s+)?$/u;

/** The directions a visitor gives at the stops of a visit, in the paragraphs from `from` to `to`:
 * each sentence whose speaker is the visitor (not a resident or a report), with the sentences that go on with it. */
function askedOnSite(split: Sentence[][], from: number, to: number, officials: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  for (let line = from; line < to; line++) {
    const sentences = split[line]!;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (isSpeaker(s.match, officials)) continue;
      const m = triggerIn(s, STRONG_RE, 0, true);
      if (!m || CLAIM_RE.test(m.phrase) || !VISITOR_SPEAKS_RE.test(s.match.slice(0, m.at))) continue;
      const opening = afterLeadIn(s, m.at, m.end);
      if (isLeadInOnly(opening, s.match.slice(m.end), m.phrase)) continue;
      const more = takeWhileContinuing(sentences.slice(i + 1), officials);
      out.push(opening, ...more.taken);
      i += more.taken.length;
    }
  }
  return out;
}

/** The tasks handed over in answers to petitions, in the paragraphs from `from` to `to`. */
function answersHandingOver(split: Sentence[][], from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  const take = (s: Sentence, start: number) => {
    HANDS_TO_RE.lastIndex = start;
    const m = HANDS_TO_RE.exec(s.text);
    if (!m) return;
    const at = m.index + 'giao '.length;
    out.push({ text: s.text.slice(at), match: s.match.slice(at), offset: s.offset + at });
  };
  for (let line = from; line < to; line++) {
    const sentences = split[line]!;
    if (sentences.length && ANSWER_OPENING_RE.test(sentences[0]!.match.trimStart())) {
      for (const s of sentences) take(s, 0);
      continue;
    }
    // "Cử tri X kiến nghị ...; đồng chí Vũ Đức Thịnh giao UBND huyện chỉ đạo ...": answered in the same sentence.
    for (const s of sentences) {
      for (const m of eachMatch(ANSWERED_AFTER_RE, s.text)) take(s, m.index);
    }
  }
  return out;
}

/** The directions a trigger opens: its sentence's rest, and the sentences and paragraphs (before
 * paragraph `end`) that go on with it. */
function passageClauses(trigger: Trigger, paragraphs: Line[], split: Sentence[][], officials: readonly string[], end: number): Sentence[] {
  const first = split[trigger.line]![trigger.sentence]!;
  const clauses: Sentence[] = [];
  const opening = afterLeadIn(first, trigger.at, trigger.end);
  let rest = split[trigger.line]!.slice(trigger.sentence + 1);
  // "Kết luận hội nghị, đồng chí X nhấn mạnh:" then a paragraph in quotation marks: what was stressed,
  // not a direction; the directions may follow it ("Đồng chí đề nghị ...").
  let quoting = false;
  const consequence = CLAIM_RE.test(trigger.phrase) ? directionAsConsequence(first, trigger.end) : null;
  if (!isLeadInOnly(opening, first.match.slice(trigger.end), trigger.phrase)) {
    clauses.push(opening);
  } else if (consequence) {
    clauses.push(consequence);
  } else {
    quoting = CLAIM_RE.test(trigger.phrase) && /:\s*$/u.test(first.match);
    // "Đồng chí nhấn mạnh, ... là khởi đầu ... . Đồng chí đề nghị Đảng ủy xã tiếp tục ...": the next
    // sentence's directive verb opens the directions, and its lead-in goes too.
    const next = rest[0];
    const m = next && !isSpeaker(next.match, officials) ? firstMatch(next, STRONG_RE, 0) : null;
    const cut = m ? afterLeadIn(next!, m.at, m.end) : null;
    if (cut && !isLeadInOnly(cut, next!.match.slice(m!.end), m!.phrase)) {
      clauses.push(cut);
      rest = rest.slice(1);
    } else if (!quoting && CLAIM_RE.test(trigger.phrase)) {
      // After a claim ("nhấn mạnh, trải qua 92 năm, ... đã giành được ..."), only sentences that open a
      // direction go on with it, not the results that illustrate it ("Năm 2021, ... hoàn thành 14/16 chỉ tiêu").
      const directing = rest.findIndex((s) => !opensDirection(s.match.trimStart()));
      if (directing >= 0) rest = rest.slice(0, directing);
    }
  }
  let more = takeWhileContinuing(rest, officials);
  clauses.push(...more.taken.map(withoutTopicAndSpeaker));
  // After "yêu cầu:" at a paragraph's end, the items may be paragraphs opening with their addressee.
  const listOpen = /:\s*$/u.test(paragraphs[trigger.line]!.match);
  for (let i = trigger.line + 1; i < end && !more.stopped; i++) {
    if (quoting && QUOTED_PARAGRAPH_RE.test(paragraphs[i]!.match)) continue;
    quoting = false;
    let how = continues(paragraphs[i]!, officials, listOpen);
    if (!how) {
      // The chair's directions may go on after a paragraph of praise or of others' words: "Về nhiệm vụ
      // quý II, đồng chí Trần Lâm Quốc Bảo yêu cầu ..." names the chair again; "Đồng chí đề nghị ..." follows
      // a paragraph that names him.
      const resumed = resumeAfter(paragraphs, i, officials);
      if (resumed < 0 || resumed >= end) break;
      i = resumed;
      how = 'directive';
    }
    const sentences = split[i]!;
    if (how === 'directive') {
      const head = sentences[0]!;
      const m = firstMatch(head, STRONG_RE, 0);
      const cut = m ? afterLeadIn(head, m.at, m.end) : head;
      if (!isLeadInOnly(cut, m ? head.match.slice(m.end) : head.match, m?.phrase ?? '')) clauses.push(cut);
      more = takeWhileContinuing(sentences.slice(1), officials);
    } else {
      more = takeWhileContinuing(sentences, officials);
    }
    clauses.push(...more.taken);
  }
  return clauses;
}

/** The last closing passage ("Kết luận hội nghị, ...", "Phát biểu chỉ đạo, ...") that gives
 * directions: its first directive verb, in the marker's paragraph or a paragraph going on with it. */
function closingPassage(paragraphs: Line[], split: Sentence[][], from: number, officials: readonly string[], before = split.length, markers = MARKER_RE): Trigger | null {
  // From the end: a later closing passage (the chair's conclusion) wins, and it is usually near the end.
  for (let line = before - 1; line >= from; line--) {
    const sentences = split[line]!;
    for (let sentence = sentences.length - 1; sentence >= 0; sentence--) {
      const marker = closingMarker(sentences[sentence]!, markers);
      if (!marker) continue;
      const trigger = directionAfter(paragraphs, split, line, sentence, marker.index, officials);
      if (trigger) return { ...trigger, rule: 'tasks/closing-passage' };
    }
  }
  return null;
}

// "Hội nghị xác định:", "Hội nghị đã thống nhất một số nhiệm vụ trọng tâm:", "Đại hội thống nhất 3 khâu đột
// phá:", "Đại hội xác định ba khâu đột phá ...: một là, ..." (a congress's "Đại hội xác định mục tiêu:" or "thống nhất
// đề ra 3 chỉ tiêu:" gives its targets, goals rather than tasks).
const MEETING_SETS_RE = /(?<![\p{L}])(?:(?:hội nghị|phiên họp|ban thường vụ|ban chấp hành)(?:\s+(?:đã|cũng))?\s+(?:thống nhất|xác định|đề ra)|đại hội(?:\s+(?:đã|cũng))?\s+(?:thống nhất|xác định)(?![^:.;]{0,80}?(?:chỉ tiêu|mục tiêu)))(?![\p{L}])[^:.;]{0,80}:\s*(?=\S)/u;

// "Ban Thường vụ thống nhất giao Văn phòng Huyện ủy ...; giao Ban Tổ chức Huyện ủy ...": the meeting hands out the work.
const MEETING_ASSIGNS_RE = /(?<![\p{L}])(?:hội nghị|phiên họp|ban thường vụ|ban chấp hành|thường trực)(?:\s+(?:[\p{L}]+\s+ủy))?(?:\s+(?:đã|cũng))?\s+thống nhất\s+(?=giao\s)/u;

const MEETING_WORDS = ['thống nhất', 'xác định', 'đề ra', 'yêu cầu'];
// The meeting's body asking, its list to follow: "Ban Thường vụ Đảng ủy xã yêu cầu ... các nội dung sau:".
const MEETING_LIST_END_RE = /(?<![\p{L}])(?:hội nghị|ban thường vụ|ban chấp hành)[^,.;:]{0,30}?\s+(?:thống nhất|xác định|đề ra|yêu cầu)(?![\p{L}])[^:.;]{0,200}:\s*$/u;

/** The list the meeting itself set, in the paragraphs from `from` up to (not including) `to`. */
function meetingList(split: Sentence[][], from: number, to: number, officials: readonly string[]): Sentence[] {
  for (let line = from; line < to; line++) {
    const sentences = split[line]!;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      // Each needs one of MEETING_WORDS: most sentences have none, and the patterns look back at every position.
      if (!MEETING_WORDS.some((w) => s.match.includes(w))) continue;
      const assigns = MEETING_ASSIGNS_RE.exec(s.match);
      if (assigns) {
        const at = assigns.index + assigns[0].length;
        return [{ text: s.text.slice(at), match: s.match.slice(at), offset: s.offset + at }, ...takeWhileContinuing(sentences.slice(i + 1), officials).taken];
      }
      // "Ban Thường vụ Đảng ủy xã yêu cầu ... thực hiện tốt các nội dung sau:" closing its paragraph, then
      // the items, each a paragraph of its own ("a) ...", "- ...").
      if (i === sentences.length - 1 && MEETING_LIST_END_RE.test(s.match)) {
        const items: Sentence[] = [];
        for (let next = line + 1; next < to; next++) {
          const head = split[next]![0];
          if (!head) break;
          if (LIST_MARKER.test(head.match.trimStart())) items.push(...split[next]!);
          // An item's end carried over to a line of its own (a page break between): joined to it.
          else if (items.length && /^\p{Ll}/u.test(head.text.trimStart())) {
            const last = items.pop()!;
            const rest = split[next]!;
            items.push({ text: `${last.text} ${rest[0]!.text.trimStart()}`, match: `${last.match} ${rest[0]!.match.trimStart()}`, offset: last.offset }, ...rest.slice(1));
          } else break;
        }
        if (items.length) return items;
      }
      const m = MEETING_SETS_RE.exec(s.match);
      if (!m || isReport(s.match.slice(m.index + m[0].length))) continue;
      const colon = s.match.lastIndexOf(':', m.index + m[0].length);
      return [afterLeadIn(s, colon, colon + 1), ...takeWhileContinuing(sentences.slice(i + 1), officials).taken];
    }
  }
  return [];
}

/** A closing marker near the start of a sentence, not a document's name ("thực hiện Kết luận số 21"). */
function closingMarker(s: Sentence, markers = MARKER_RE): { index: number } | null {
  const m = firstMatchNotAfter(markers, s.match);
  if (!m) return null;
  const before = s.match.slice(0, m.index);
  if (wordCount(before) > MAX_MARKER_WORDS) return null;
  // "đề nghị các cấp ủy tiếp tục quan tâm bồi dưỡng, giao nhiệm vụ cụ thể cho đảng viên trẻ": inside a direction.
  if (firstMatchNotAfter(STRONG_RE, before)) return null;
  if (NOT_MARKER_BEFORE_RE.test(before.slice(-20)) || NOT_MARKER_AFTER_RE.test(s.match.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
  return { index: m.index };
}

/** The first direction after a closing marker: a strong trigger in its paragraph (or the next, when
 * that goes on with "Đồng chí cũng đề nghị"), else a colon that ends the marker's sentence, else a
 * coming-period phrase in the paragraph. */
function directionAfter(paragraphs: Line[], split: Sentence[][], line: number, sentence: number, at: number, officials: readonly string[]): Omit<Trigger, 'rule'> | null {
  const sentences = split[line]!;
  const scan = (re: RegExp) => {
    for (let i = sentence; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (i > sentence && (ENDER_RE.test(s.match) || isReport(s.match))) return null;
      if (isSpeaker(s.match, officials)) continue;
      const m = triggerIn(s, re, i === sentence ? at : 0, re === STRONG_RE);
      if (m) return { line, sentence: i, ...m };
    }
    return null;
  };
  const strong = scan(STRONG_RE);
  if (strong) return strong;
  const s = sentences[sentence]!;
  if (/:\s*$/u.test(s.match)) {
    const colon = s.match.lastIndexOf(':');
    return { line, sentence, at: colon, end: colon + 1, phrase: ':' };
  }
  const next = paragraphs[line + 1];
  if (next && continues(next, officials) === 'directive') {
    const head = split[line + 1]![0]!;
    const m = triggerIn(head, STRONG_RE, 0, true);
    if (m) return { line: line + 1, sentence: 0, ...m };
  }
  return scan(WEAK_RE);
}

// "Bày tỏ niềm vinh dự, đồng chí Nguyễn Văn Bảy xúc động chia sẻ: ...", "Phát biểu cảm tưởng, ...": someone answering
// the honour done to them; "Đồng chí cũng đề nghị ..." after it is that person asking, not directing.
const THANKS_RE = /^(?:bày tỏ (?:niềm )?(?:vinh dự|xúc động|cảm ơn|tự hào)|xúc động|phát biểu cảm tưởng|thay mặt (?:các )?(?:đảng viên|hộ|gia đình) (?:được|nhận))(?![\p{L}])/u;
const PRONOUN_START_RE = /^(?:đồng chí|ông|bà)\s+(?:cũng\s+)?(?:đề nghị|kiến nghị|mong muốn|yêu cầu)(?![\p{L}])/u;
/** Whether a sentence of a paragraph opened by thanks goes on in that speaker's voice ("Đồng chí cũng đề nghị ..."). */
const inThanks = (sentences: readonly Sentence[], i: number): boolean =>
  i > 0 && PRONOUN_START_RE.test(sentences[i]!.match) && THANKS_RE.test(sentences[0]!.match.trimStart());

/** The first trigger in the sentences from line `from` (after the sentence of `after`, when given). */
function findTrigger(split: Sentence[][], from: number, strong: boolean, officials: readonly string[], after?: Trigger): Trigger | null {
  const re = strong ? STRONG_RE : WEAK_RE;
  for (let line = after?.line ?? from; line < split.length; line++) {
    const sentences = split[line]!;
    for (let sentence = after && line === after.line ? after.sentence + 1 : 0; sentence < sentences.length; sentence++) {
      const s = sentences[sentence]!;
      if (isSpeaker(s.match, officials) || inThanks(sentences, sentence)) continue;
      const m = triggerIn(s, re, 0, strong);
      if (m) return { line, sentence, ...m, rule: strong ? 'tasks/after-directive-verb' : 'tasks/coming-period' };
    }
  }
  return null;
}

/** A trigger in a sentence that leads into something to do (a verb or a colon follows), not a noun
 * ("đáp ứng yêu cầu") nor an award proposal ("đề nghị ... tặng Bằng khen"). */
function triggerIn(s: Sentence, re: RegExp, from: number, strong: boolean): { at: number; end: number; phrase: string } | null {
  let found: { at: number; end: number; phrase: string } | null = null;
  re.lastIndex = from;
  for (const m of eachMatchNotAfter(re, s.match, AFTER_LETTER)) {
    // Looked at within a few hundred characters: a 1 MB line with many triggers stays linear.
    const after = s.match.slice(m.index + m[0].length, m.index + m[0].length + NEAR);
    if (NOT_AFTER_RE.test(after) || isAwardProposal(clauseAt(after), PROPOSE_RE.test(m[0]))) continue;
    if (strong && (isNounUse(s, m.index) || isPresentedContent(s, m.index))) continue;
    // A plan phrase must lead into something to do, not close a report ("... trong thời gian tới.").
    if (m[0] !== 'giao nhiệm vụ' && !verbIn(masked(after)) && !after.includes(':')) continue;
    // "Hội nghị thống nhất năm 2022 tập trung ... một số nhiệm vụ trọng tâm: ...", not "kết quả thực hiện các nhiệm vụ trọng tâm năm 2021".
    if (LIST_ANNOUNCER_SET.has(m[0]) && !COLON_NEAR_RE.test(after)) continue;
    found = { at: m.index, end: m.index + m[0].length, phrase: m[0] };
    break;
  }
  re.lastIndex = 0;
  return found;
}

const NEAR = 250;
const LIST_ANNOUNCER_SET = new Set(LIST_ANNOUNCERS);
/** What opens the details of a list just announced. */
const DETAILS_FOLLOW_RE = /^(?:theo đó|cụ thể(?: là)?)\s*[,:]/u;
/** A clause that ends by naming a list ("... các nhiệm vụ trọng tâm", "... các nhiệm vụ sau"). */
const ANNOUNCER_END_RE = new RegExp(`(?:${alternation([...LIST_ANNOUNCERS, ...LEAD_IN_ENDINGS])})\\s*[:.…]?\\s*$`, 'u');
const COLON_NEAR_RE = /^[^.;:]{0,40}:/u;
const firstMatch = (s: Sentence, re: RegExp, from: number) => triggerIn(s, re, from, true);
/** The trigger's own clause: up to the next ";" ("đề nghị tặng Bằng khen ...; đề nghị ..."). */
const clauseAt = (after: string) => {
  const i = after.indexOf(';');
  return i < 0 ? after : after.slice(0, i);
};

/** Noun uses of verbs ("tổ chức đảng") blanked out, same length, so that offsets still hold. */
const masked = (match: string) => match.replace(NOT_VERB_USE_RE, (m) => '_'.repeat(m.length));

function isAwardProposal(clause: string, proposed = false): boolean {
  // The rare words first: most clauses give nothing and name no award.
  return GIVE_RE.test(clause) && AWARD_RE.test(clause) && (proposed || PROPOSE_RE.test(clause));
}

/** A past-tense report ("Lãnh đạo UBND quận đã trả lời ..."): "đã" before any directive verb, and
 * no "cần"/"phải" ("Những kết quả đã đạt được cần được phát huy" is a direction). */
function isReport(match: string): boolean {
  if (isReply(match)) return true;
  const done = REPORT_RE.exec(match);
  if (!done || MODAL_RE.test(match)) return false;
  const verb = verbIn(masked(match));
  return !verb || done.index < verb.index;
}

/**
 * "Tiếp thu ý kiến chỉ đạo, đồng chí Lý Thị Mỹ Xuyên khẳng định, Ban Thường vụ Đảng ủy phường sẽ
 * khẩn trương khắc phục ...": the host answers the directions with a promise; the directions are over.
 * ("Tiếp thu ý kiến các đại biểu, đồng chí Bí thư đề nghị ..." still directs.)
 */
function isReply(match: string): boolean {
  const opening = REPLY_OPENING_RE.exec(match);
  if (!opening) return false;
  const rest = match.slice(opening[0].length);
  return PROMISE_RE.test(rest) && !DIRECTS_RE.test(rest);
}

/** The trigger sentence without its lead-in: after a colon if one follows, else from the first verb
 * (the trigger runs from `at` to `end`). */
function afterLeadIn(s: Sentence, at: number, end: number): Sentence {
  const rest = s.match.slice(end);
  const colon = rest.indexOf(':');
  let cut = end;
  // "đề nghị ... cần tập trung lãnh đạo thực hiện ..., trong đó chú trọng: ...": before the colon is a
  // direction of its own, which the list details (splitClause sets it apart).
  const detailed = colon >= 0 && SUBSET_LIST_RE.test(rest.slice(0, colon + 1));
  if (colon >= 0 && wordCount(rest.slice(0, colon)) <= 30 && !detailed) {
    cut = end + colon + 1;
    // "đề nghị: thời gian tới, các cơ quan trong khối cần tập trung ...": the addressee and its "cần" are still the lead-in.
    // ("nhấn mạnh: huyện phải ..." keeps its subject: what is stressed is a clause of its own.)
    if (ASKS_RE.test(s.match.slice(at, end))) {
      const after = s.match.slice(cut);
      const verb = firstLowerCaseVerb(s.text.slice(cut), masked(after));
      const leadIn = verb > 0 ? after.slice(0, verb) : '';
      if (verb > 0 && MODAL_START_RE.test(after.slice(verb)) && wordCount(leadIn) <= MAX_LEAD_IN_WORDS_BEFORE_MODAL) cut += verb;
      // "đề nghị: thời gian tới, các chi bộ trực thuộc khẩn trương ...": written on in lower case, the
      // sentence still says whom it asks (a list item with a subject of its own opens with a capital).
      else if (verb > 0 && ASKED_AFTER_COLON_RE.test(leadIn) && wordCount(leadIn) <= MAX_LEAD_IN_WORDS && opensInLowerCase(s.text.slice(cut))) cut += verb;
    }
  } else if (LIST_MARKER.test(rest.trimStart())) {
    // "Đại hội xác định ba khâu đột phá: một là, tích tụ ruộng đất, phát triển ...": the first item starts
    // at its marker, whatever its verb (clean takes the marker off).
    cut = end;
  } else {
    const verb = firstLowerCaseVerb(s.text.slice(end), masked(rest));
    const leadIn = verb >= 0 ? rest.slice(0, verb) : '';
    const most = MODAL_START_RE.test(rest.slice(verb)) ? MAX_LEAD_IN_WORDS_BEFORE_MODAL : MAX_LEAD_IN_WORDS;
    // Whom a task is handed to stays, after the handing-over verb ("giao Sở Nội vụ rà soát ...",
    // "giao Ban Tổ chức ... chủ trì, ..."); one who leads the work stays after any verb.
    if (verb >= 0 && HANDS_OVER_RE.test(s.match.slice(at, end)) && wordCount(leadIn) <= MAX_LEAD_IN_WORDS) cut = at + 'giao '.length;
    else if (verb >= 0 && LEADS_THE_WORK_RE.test(leadIn)) cut = s.match.startsWith('giao ', at) ? at + 'giao '.length : end;
    else if (verb >= 0 && wordCount(leadIn) <= most) cut = end + verb;
  }
  const lead = s.text.length - s.text.slice(cut).trimStart().length;
  return { text: s.text.slice(lead), match: s.match.slice(lead), offset: s.offset + lead };
}

// "nhấn mạnh: quý IV là thời điểm quyết định ..., vì vậy các cấp uỷ ... cần tập trung ...": what follows from the claim.
const CONSEQUENCE_RE = /,\s*(?:vì vậy|vì thế|do đó|do vậy|bởi vậy|cho nên|vậy nên)\s*,?\s+/u;

/** The direction a claim's sentence draws from it, after "vì vậy", "do đó" ...: those addressed and
 * what they must do, or null. */
function directionAsConsequence(s: Sentence, from: number): Sentence | null {
  const m = CONSEQUENCE_RE.exec(s.match.slice(from));
  if (!m) return null;
  const at = from + m.index, end = at + m[0].length;
  const after = s.match.slice(end);
  return TOLD_WHAT_TO_DO_RE.test(after) || MODAL_START_RE.test(after) ? afterLeadIn(s, at, end) : null;
}

/** The first directive verb written in lower case: a capitalised one belongs to a name in the
 * lead-in ("đề nghị Sở Nông nghiệp và Phát triển nông thôn phối hợp ..."). */
function firstLowerCaseVerb(text: string, match: string): number {
  for (const m of eachMatchNotAfter(VERB_RE, match, AFTER_LETTER)) {
    const c = text.charAt(m.index);
    // ("Văn phòng Đảng ủy": "phòng" of an office's name, not the verb of "phòng, chống".)
    if (c === c.toLowerCase() && !(m[0] === 'phòng' && match.endsWith('văn ', m.index))) return m.index;
  }
  return -1;
}

/** What is left of the trigger sentence only introduces the directions: "giao nhiệm vụ năm 2023 cho
 * các cấp ủy." (no verb), "nhấn mạnh, năm 2023 là năm bản lề ..." (a claim). */
function isLeadInOnly(s: Sentence, afterTrigger: string, phrase: string): boolean {
  if (!s.match.trim()) return true;
  if (phrase === 'giao nhiệm vụ' && !verbIn(masked(s.match))) return true;
  return CLAIM_RE.test(phrase) && isClaim(afterTrigger);
}

/** What follows "nhấn mạnh" or "khẳng định" (match form) states something rather than telling anyone to act. */
export function isClaim(afterTrigger: string): boolean {
  const is = IS_RE.exec(afterTrigger);
  const verb = verbIn(masked(afterTrigger));
  if (is && (!verb || is.index < verb.index)) return true;
  // "nhấn mạnh, đạt chuẩn nông thôn mới nâng cao không phải là điểm kết thúc ...": a verb inside
  // the claim's subject; a direction opens with its verb, or with who must act ("các cấp ủy cần").
  const modal = MODAL_RE.exec(afterTrigger);
  const opening = afterTrigger.replace(CLAIM_OPENING_RE, '');
  if (is && !VERB_START_RE.test(opening) && !(modal && modal.index < is.index)) return true;
  // "nhấn mạnh, dưới sự lãnh đạo của Đảng, cách mạng Việt Nam đã giành được ...": what was done, told as a claim.
  if (!modal && PAST_RE.test(afterTrigger)) return true;
  const resolve = RESOLVE_RE.exec(afterTrigger);
  if (resolve && !(modal && modal.index < resolve.index + resolve[0].length)) return true;
  // "nhấn mạnh: “Tân Sơn không thể thoát nghèo bền vững nếu ...”": words quoted, and no one told to do anything.
  if (QUOTE_OPENING_RE.test(afterTrigger) && !modal && !VERB_START_RE.test(opening.replace(/^[“"]\s*/u, ''))) return true;
  return false;
}

type Continuation = 'item' | 'directive' | false;

function continues(line: Line, officials: readonly string[], listOpen = false): Continuation {
  // "Về công tác xây dựng Đảng, đồng chí yêu cầu ...", "Đối với ..., các cấp ủy cần ...": the topic first.
  const m = line.match.trimStart().replace(TOPIC_OPENER_RE, '');
  if (ENDER_RE.test(m) || isSpeaker(m, officials)) return false;
  if (GOES_ON_RE.test(m)) return 'directive';
  if (LIST_MARKER.test(m) || CONNECTIVE_RE.test(m) || VERB_START_RE.test(m) || TOLD_WHAT_TO_DO_RE.test(m) || (ADDRESSEE_GOES_ON_RE.test(m) && !isReport(m))) return 'item';
  return listOpen && startsDirection(m) && !isReport(m) ? 'item' : false;
}

const ASKS_THEN_RE = /^(?:đề nghị|dề nghị|yêu cầu|lưu ý|mong muốn)\s+/u;

// "Đồng chí nhấn mạnh: “Nghị quyết có đi vào cuộc sống hay không ...”", "Đồng chí nhấn mạnh, Quỳ Hợp có lợi thế
// lớn về đá trắng, nhưng ...": what was stressed, quoted or claimed, among the directions.
const STRESSES_RE = new RegExp(`^(?:${SPEAKER})?(?:cũng\\s+)?(?:${alternation(CLAIM_TRIGGERS)})(?![\\p{L}])`, 'u');
function stresses(match: string): boolean {
  const m = STRESSES_RE.exec(match);
  if (!m) return false;
  const rest = match.slice(m[0].length);
  return QUOTE_OPENING_RE.test(rest) || isClaim(rest);
}
/** Whether a sentence before a list's first ordinal announces it: it speaks of tasks, contents or solutions
 * ("... tập trung thực hiện tốt một số nhiệm vụ trọng tâm trong quý II", "... là nhiệm vụ thường xuyên ..."), ends
 * with a colon, or directs nothing. */
const LIST_NOUN_RE = /(?<![\p{L}])(?:nhiệm vụ|nội dung|giải pháp|việc|vấn đề|điểm|yêu cầu|mục tiêu|khâu)(?![\p{L}])/u;
const announces = (match: string): boolean => LIST_NOUN_RE.test(match) || /[:：]\s*$/u.test(match) || !verbIn(masked(match));

/** Sentences that go on with the directions; a new topic or a past-tense report ends them. */
function takeWhileContinuing(sentences: Sentence[], officials: readonly string[]): { taken: Sentence[]; stopped: boolean } {
  const taken: Sentence[] = [];
  for (const s of sentences) {
    if ((ENDER_RE.test(s.match) && !agreesToDo(s.match)) || isReport(s.match)) return { taken, stopped: true };
    if (isSpeaker(s.match, officials) || isAwardProposal(s.match) || stresses(s.match)) continue;
    taken.push(s);
  }
  return { taken, stopped: false };
}

/** "Hội nghị cũng thống nhất tiếp tục đẩy mạnh ...": the meeting sets one more task ("Hội nghị cũng thống nhất thông qua ..." decides). */
function agreesToDo(match: string): boolean {
  const m = MEETING_AGREES_RE.exec(match);
  return m !== null && VERB_START_RE.test(match.slice(m[0].length));
}

/** A sentence → its directions: inline list markers ("a) ... b) ...") split, and ";" splits where a
 * new verb, adverb or addressee starts ("...; sớm kiện toàn ...", "...; Văn phòng ... rà soát ..."),
 * or a list marker, whatever the verb after it ("...; thứ tư, phát hiện ..."). */
function splitClause(s: Sentence): string[] {
  const parts: string[] = [];
  for (const item of splitInlineList(s)) {
    let current = '';
    const pieces = item.text.split(/;\s*/u);
    const matches = item.match.split(/;\s*/u);
    // "tập trung các nhiệm vụ trọng tâm: một là, ...; hai là, ...": what announces the list is no item.
    if (pieces[0]!.includes(':')) pieces[0] = pieces[0]!.replace(BEFORE_ORDINAL_LIST_RE, '');
    // "..., trong đó chú trọng: đẩy mạnh ...": the direction, then the first item of its list.
    const detail = pieces[0]!.includes(':') ? SUBSET_LIST_SPLIT_RE.exec(pieces[0]!) : null;
    if (detail && verbIn(masked(matches[0]!.slice(0, detail.index)))) {
      parts.push(pieces[0]!.slice(0, detail.index));
      pieces[0] = pieces[0]!.slice(detail.index + detail[0].length);
      matches[0] = matches[0]!.slice(detail.index + detail[0].length);
    }
    pieces.forEach((piece, i) => {
      const next = (matches[i] ?? '').replace(LIST_MARKER, '').replace(CONNECTIVE_RE, '').replace(TOPIC_OPENER_RE, '');
      // ("...; đồng chí đề nghị lập lại trật tự ...": the speaker goes on with another direction.)
      if (i > 0 && (startsDirection(next) || LIST_MARKER.test(matches[i] ?? '') || GOES_ON_RE.test(next))) {
        parts.push(current);
        current = piece;
      } else {
        current = i === 0 ? piece : `${current}; ${piece}`;
      }
    });
    parts.push(current);
  }
  return parts.flatMap(splitAtAdverb).filter((p) => !isAwardProposal(p.toLowerCase()));
}

/**
 * "tăng cường công tác giáo dục chính trị tư tưởng trong đảng viên, kiên quyết xử lý kỷ luật ...": a
 * comma followed by an adverb and a verb of its own opens a second direction, when both sides are
 * whole clauses. Not in a list of verbs ("..., kịp thời triển khai, quán triệt và cụ thể hóa ...")
 * nor after a verb whose object it shares ("các ngành khảo sát, sớm nâng cấp tuyến lộ"), nor in an
 * item a list marks as one.
 */
function splitAtAdverb(text: string): string[] {
  // A marked item ("- ...", "bốn là, ...") is one, as its marker says; so is a clause with a subject of
  // its own ("Ủy ban Kiểm tra Huyện ủy tiếp tục kiểm tra ..., kiên quyết xử lý ..."), whose second
  // verb is the same body's.
  if (!text.includes(',') || LIST_MARKER.test(text.trimStart()) || ADDRESSEE_RE.test(matchForm(text))) return [text];
  const pieces = text.split(/,\s+/u);
  const parts: string[] = [];
  let current = pieces[0]!;
  let currentWords = wordCount(current);
  // Whether current holds a comma already: then the commas are a list's ("tăng cường quản lý nhà nước
  // về tài nguyên, khoáng sản, kiên quyết xử lý ..."), and what follows goes on with it.
  let listed = false;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const words = wordCount(piece);
    // The cheap tests first: most commas fail them.
    const opens = !listed && words >= MIN_CLAUSE_WORDS && currentWords >= MIN_FIRST_CLAUSE_WORDS && ADVERB_HINT_RE.test(piece) && ADVERB_VERB_START_RE.test(matchForm(piece).replace(CONNECTIVE_RE, ''));
    if (opens && !VERB_END_RE.test(matchForm(current))) {
      parts.push(current);
      current = piece;
      currentWords = words;
    } else {
      current = `${current}, ${piece}`;
      currentWords += words;
      listed = true;
    }
  }
  parts.push(current);
  return parts;
}

/** Paragraphs a chair's directions may skip to resume (a paragraph of praise, a voter's question). */
const RESUME_WITHIN = 2;
/** "Đối với những nội dung vượt thẩm quyền, đồng chí yêu cầu UBND xã tổng hợp, báo cáo ...": a sentence going on with
 * the directions that names its matter and the speaker again gives the direction after them. (Not after "giao",
 * whose task keeps whom it is handed to: "đối với các kiến nghị của huyện, giao Văn phòng Tỉnh ủy tổng hợp ...".) */
const TOPIC_THEN_SPEAKER_RE = new RegExp(`${TOPIC_OPENER_RE.source}đồng chí\\s+(?:cũng\\s+)?(?:${alternation(TASK_TRIGGERS_STRONG.filter((t) => !t.startsWith('giao')))})(?![\\p{L}])`, 'u');
function withoutTopicAndSpeaker(s: Sentence): Sentence {
  const lead = s.match.length - s.match.trimStart().length;
  const m = TOPIC_THEN_SPEAKER_RE.exec(s.match.slice(lead));
  return m ? afterLeadIn(s, lead + m.index, lead + m[0].length) : s;
}
const PRONOUN_DIRECTS_RE = new RegExp(`^đồng chí\\s+(?:cũng\\s+)?(?:${alternation(TASK_TRIGGERS_STRONG)})(?![\\p{L}])`, 'u');

/**
 * Where the chair's directions resume after paragraph `at` broke them off, or -1: a paragraph within
 * RESUME_WITHIN that goes on with directions ('directive') and names the chair, or opens "Đồng chí đề
 * nghị ..." right after a paragraph that names the chair. Without a known chair, never.
 */
function resumeAfter(paragraphs: readonly Line[], at: number, officials: readonly string[]): number {
  if (!officials.length) return -1;
  const names = (line: Line) => officials.some((name) => line.match.includes(name));
  for (let j = at + 1; j <= at + RESUME_WITHIN && j < paragraphs.length; j++) {
    const line = paragraphs[j]!;
    if (continues(line, officials) !== 'directive') continue;
    const head = line.match.trimStart().replace(TOPIC_OPENER_RE, '');
    if (names(line) || (PRONOUN_DIRECTS_RE.test(head) && names(paragraphs[j - 1]!))) return j;
  }
  return -1;
}

/** A sentence that goes on with directions by its shape: a list item, a joining word, a direction's opening. */
const opensDirection = (match: string): boolean => LIST_MARKER.test(match) || CONNECTIVE_RE.test(match) || TOLD_WHAT_TO_DO_RE.test(match) || startsDirection(match);

function startsDirection(match: string): boolean {
  if (VERB_START_RE.test(match) || ASSIGNING_RE.test(match) || AVOID_START_RE.test(match)) return true;
  // A target for a share of those told: "100% chi bộ gửi, nhận tài liệu sinh hoạt qua môi trường mạng".
  if (SHARE_TARGET_RE.test(match) && wordCount(match) >= 5) return true;
  // An addressee opening a clause of its own: "Văn phòng Đăng ký đất đai chi nhánh Quận 3 rà soát ...",
  // "mỗi chi bộ lựa chọn ..." (a bare "UBND huyện; các phòng, ban ..." lists addressees instead).
  return (ADDRESSEE_RE.test(match) && wordCount(match) >= 5) || MATTER_FIRST_RE.test(match);
}

/** "a) ... b) ...", "1) ... 2) ...", "(1) ... (2) ..." inside one sentence, when they run in order. */
function splitInlineList(s: Sentence): Sentence[] {
  // Every marker has a ')': most sentences have none, and this pattern cannot skip ahead by itself.
  if (!s.match.includes(')')) return [s];
  const marks: { index: number; value: number }[] = [];
  for (const m of eachMatch(INLINE_MARKER_RE, s.match)) {
    const v = m[2]!;
    const value = /\d/u.test(v) ? Number(v) : v === 'đ' ? 5 : v.charCodeAt(0) - 96;
    const expected = marks.length ? marks.at(-1)!.value + 1 : null;
    if (expected === null ? value === 1 : value === expected) marks.push({ index: m.index, value });
    else if (value === 1) marks.splice(0, marks.length, { index: m.index, value });
  }
  if (marks.length < 2) return [s];
  const out: Sentence[] = [];
  const cuts = [0, ...marks.map((m) => m.index), s.text.length];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const text = s.text.slice(cuts[i], cuts[i + 1]);
    if (text.trim()) out.push({ text, match: s.match.slice(cuts[i], cuts[i + 1]), offset: s.offset + cuts[i]! });
  }
  return out;
}

const CLOSING_CHAR = /[\s,;:.…]/u;

/** Without the spaces and punctuation it ends with: what /[\s,;:.…]+$/ removes, found from the end
 * instead of by trying every space of the item as the start of a run. */
function withoutClosing(t: string): string {
  let end = t.length;
  while (end > 0 && CLOSING_CHAR.test(t.charAt(end - 1))) end--;
  return t.slice(0, end);
}

/** Without list markers, joining words, handing-over verbs and closing punctuation. */
function clean(item: string): string {
  let t = item.trim();
  for (let again = true; again;) {
    const before = t;
    t = t.replace(LIST_MARKER, '');
    const lower = t.toLowerCase();
    // "Đồng thời yêu cầu ...", "Đồng chí cũng đề nghị ...": who speaks and how it joins on are no part of the item.
    const connective = CONNECTIVE_RE.exec(lower) ?? SPEAKER_ASSIGNING_RE.exec(lower) ?? MEETING_AGREES_RE.exec(lower);
    const rest = connective ? lower.slice(connective[0].length) : '';
    let lead = 0;
    if (connective && startsDirection(rest)) lead = connective[0].length;
    else if (connective) {
      // "đồng chí đề nghị lập lại trật tự ...": after a ";", who asks and the asking go too, when a direction follows.
      const asks = ASKS_THEN_RE.exec(rest);
      if (asks && startsDirection(rest.slice(asks[0].length))) lead = connective[0].length + asks[0].length;
    }
    const joined = lead > 0;
    if (joined) t = t.slice(lead);
    // (Lower-casing an item costs as much as the tests on it: done again only if the item changed.)
    const assigning = ASSIGNING_RE.exec(joined ? t.toLowerCase() : lower);
    if (assigning) t = t.slice(assigning[0].length);
    const modal = !joined && !assigning ? MODAL_START_RE.exec(lower) : null;
    if (modal) t = t.slice(modal[0].length);
    again = t !== before;
  }
  t = withoutClosing(t).trim();
  // A quoted speech's opening or closing mark on its first or last item ("“Côn Đảo phải ...", "... hưu trí.”").
  t = withoutStrayQuotes(t);
  // A direction reads on from its lead-in, so it starts in lower case, unless it opens with a name
  // ("Ủy ban MTTQ ...", "Văn phòng Đăng ký đất đai ...", "Ngân hàng Nhà nước ...") or an acronym.
  if (/^\p{Lu}[\p{Ll}\p{M}]*\s+\p{Lu}|^\p{Lu}{2}/u.test(t)) return t;
  // (In match form: "Uỷ ban Kiểm tra ..." in the old tone placement is "ủy ban". "Chi bộ khóm 2 ...": a number names it too.)
  // ("Các phường Ngô Quyền, Trung Hưng ...": "các" is no name's first word.)
  if (!/^(?:Các|Những|Mỗi|Từng)\s/u.test(t) && ADDRESSEE_RE.test(matchFormOfNfc(t.slice(0, 40))) && /^\S+(?:\s+\S+){0,2}\s+[\p{Lu}\d]/u.test(t)) return t;
  // toLowerCase, not toLocaleLowerCase('vi'): Unicode tailors case only for Lithuanian, Turkish and
  // Azeri, so the two agree on every character, and the locale lookup costs more than the rest of clean.
  return t.charAt(0).toLowerCase() + t.slice(1);
}

/** Without a quotation mark at either end that has no partner inside the item. */
function withoutStrayQuotes(t: string): string {
  const opens = (t.match(/[“]/gu) ?? []).length;
  const closes = (t.match(/[”]/gu) ?? []).length;
  if (opens > closes && t.startsWith('“')) t = t.slice(1).trimStart();
  if (closes > opens && t.endsWith('”')) t = withoutClosing(t.slice(0, -1)).trimEnd();
  return t;
}
