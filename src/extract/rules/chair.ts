// chair: the official who presided ("chủ trì", "Chủ trì hội nghị có các đồng chí: A, ...; B, ...").
// When the text names nobody as presiding, the senior official who gave the directions stands in,
// marked inferred; "Đồng chí đề nghị ..." right after "Phát biểu tại buổi lễ, đồng chí X ..." is X.
// Attending ("dự") and being elected make nobody the chair; petitioners, delegates and presenters
// who "đề nghị" give no directions. The title is the fullest one the text gives that person.
import type { Line, State } from '../state.ts';
import { eventLines } from '../state.ts';
import { isSpeaker, namesIntroduced, peopleIn, type Introduced, type Person } from '../people.ts';
import { AFTER_LETTER, isNounUse, isPresentedContent, eachMatch, eachMatchNotAfter, firstMatchNotAfter, lineSentences } from '../text.ts';
import { CHAIR_VERBS, CLAIM_TRIGGERS, DIRECTING_VERBS, NOT_CHAIR_CONTEXT, alternation } from '../vocabulary.ts';
import { isClaim } from './tasks.ts';
import { nameKey } from '../../text/fold.ts';

const PRESIDIUM_RE = /(?<![\p{L}])đoàn chủ tịch(?:\s+(?:đại hội|hội nghị|kỳ họp|phiên họp))?\s+(?:gồm|có)(?:\s+các)?(?:\s+đồng chí)?\s*:/u;
const CHAIR_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(CHAIR_VERBS)})(?![\\p{L}])`, 'u');
// Run over every sentence: "not after a letter" is tested where a verb starts (see eachMatchNotAfter).
const DIRECTING_RE = new RegExp(`(?:${alternation(DIRECTING_VERBS)})(?![\\p{L}])`, 'gu');
const NOT_CHAIR_RE = new RegExp(`(?:${alternation(NOT_CHAIR_CONTEXT)})`, 'u');
const ATTENDING_OPENER = /^(?:đến\s+)?(?:tham\s+)?dự\s|^cùng\s+dự\s|^tới\s+dự\s/u;
// "dưới sự chủ trì của đồng chí X": the person comes after the verb.
const PRESIDED_BY = /(?:sự|do)\s+$/u;
// "Đồng chí đề nghị ...", "Đồng chí cũng lưu ý ...": the person named just before.
const PRONOUN_SUBJECT = new RegExp(`^(?:đồng chí|ông|bà)\\s+(?:cũng\\s+)?(?:${alternation(DIRECTING_VERBS)})(?![\\p{L}])`, 'u');
// A sentence whose subject is such a pronoun: "Đồng chí mong muốn ...", not "Đồng chí Đỗ Minh Tuấn ...".
const PRONOUN_OPENER = /^(?:Đồng chí|Ông|Bà)\s+(?:cũng\s+)?\p{Ll}/u;
// "Đoàn công tác ... do đồng chí X, ... làm Trưởng đoàn": the visiting leader chairs a working visit.
const DELEGATION_HEAD = /(?<![\p{L}])trưởng\s+đoàn(?![\p{L}])/u;
// "đồng chí X, Bí thư Tỉnh ủy (đã có buổi) làm việc với Ban Thường vụ Thị ủy Y": X leads the visit.
// Not the host who receives a delegation ("tiếp và làm việc với đoàn công tác ...").
const WORKS_WITH = /(?<![\p{L}])làm\s+việc\s+(?:với|tại)\s+(?!đoàn(?![\p{L}]))/u;
const RECEIVES = /(?<![\p{L}])(?:tiếp|đón)(?:\s+và)?\s+$/u;
const TITLE_HEAD = /(?<![\p{L}])(?:Phó\s+)?(?:Bí thư|Chủ tịch|Trưởng ban)(?![\p{L}])/gu;
/** Titles are looked at this far before a title-only chair ("đồng chí Bí thư Thành ủy chủ trì"). */
const TITLE_WINDOW = 200;

/** A body sentence; `people` is filled the first time someone asks who it names (several passes do).
 * `introduced` tells which names the article gives after an honorific. */
type Sentence = { text: string; match: string; offset: number; line: Line; introduced: () => Introduced; people?: Person[] };
const peopleOf = (s: Sentence): Person[] => (s.people ??= peopleIn(s.text, s.offset, s.introduced));

export function chair(state: State): void {
  const sentences: Sentence[] = [];
  const introduced = () => namesIntroduced(state);
  // (Not a second event's: "Chiều cùng ngày, ... Đồng chí X chủ trì cuộc họp" presides over another meeting.)
  for (const line of eventLines(state)) for (const s of lineSentences(line)) sentences.push({ text: s.text, match: s.match, offset: s.offset, line, introduced });
  // Everyone the text names, parsed only when a chair is given by title alone; the captions too
  // ("Đồng chí Châu Thanh Phong, Tỉnh ủy viên, Bí thư Huyện ủy Thoại Sơn phát biểu kết luận hội nghị."
  // may be the only place that names "đồng chí Bí thư Huyện ủy").
  let named: Person[] | null = null;
  const captioned = (): Sentence[] => state.lines.filter((l) => l.kind === 'caption')
    .flatMap((line) => lineSentences(line).map((c) => ({ text: c.text, match: c.match, offset: c.offset, line, introduced })));
  const everyone = () => (named ??= [...sentences, ...captioned()].flatMap(peopleOf));

  for (const s of sentences) {
    const verb = CHAIR_RE.exec(s.match);
    if (!verb || NOT_CHAIR_RE.test(s.match)) continue;
    const person = presiding(s, verb.index);
    if (person) {
      set(state, sentences, person, 'stated', s, 'chair/presided');
      return;
    }
    // "Bí thư Huyện ủy chủ trì" with no name here: the person the text names with that title elsewhere.
    const byTitle = personByTitle(s.text.slice(Math.max(0, verb.index - TITLE_WINDOW), verb.index), everyone);
    if (byTitle) {
      set(state, sentences, byTitle, 'inferred', s, 'chair/presided-title-named-elsewhere');
      return;
    }
  }
  // "Đoàn Chủ tịch Đại hội gồm các đồng chí: A, ...; B, ...": a congress's presidium presides, and the
  // first named heads it (the verb "điều hành" may be missing, or only in a caption).
  for (const s of sentences) {
    const presidium = PRESIDIUM_RE.exec(s.match);
    if (!presidium) continue;
    const person = peopleOf(s).find((p) => p.offset >= s.offset + presidium.index + presidium[0].length);
    if (person) {
      set(state, sentences, person, 'stated', s, 'chair/presidium');
      return;
    }
  }
  // A higher body working with a lower one: nobody said to preside, the head of the delegation is the chair.
  for (const s of sentences) {
    const head = DELEGATION_HEAD.exec(s.match);
    if (!head) continue;
    const at = s.offset + head.index;
    const people = peopleOf(s);
    const person = people.filter((p) => p.offset < at).at(-1) ?? people.find((p) => p.offset > at);
    if (person) {
      set(state, sentences, person, 'inferred', s, 'chair/head-of-delegation');
      return;
    }
  }
  const visitor = visitingLeader(sentences);
  if (visitor) {
    set(state, sentences, visitor.person, 'inferred', visitor.sentence, 'chair/visiting-leader');
    return;
  }
  // Who stated a claim (below): "Đồng chí lưu ý ..." in a later paragraph may be the same person directing.
  let claimant: Person | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const verb = firstMatchNotAfter(DIRECTING_RE, s.match);
    if (!verb || NOT_CHAIR_RE.test(s.match) || isSpeaker(s.match)) continue;
    if (isNounUse(s, verb.index, 20) || isPresentedContent(s, verb.index)) continue;
    const people = peopleOf(s);
    // "đồng chí X nhấn mạnh, ... cách mạng Việt Nam đã giành được ...": a claim directs no one (the tasks rule's test).
    if (CLAIM_TRIGGERS.includes(verb[0]) && isClaim(s.match.slice(verb.index + verb[0].length))) {
      claimant ??= people[0] ?? titledSubject(s, verb.index, everyone) ?? namedJustBefore(sentences, i);
      continue;
    }
    const person = people[0] ?? titledSubject(s, verb.index, everyone) ?? namedJustBefore(sentences, i) ?? (PRONOUN_SUBJECT.test(s.match) ? claimant : null);
    // Only an official stands in for the chair: "Bày tỏ niềm vinh dự, đồng chí Nguyễn Văn Bảy (a badge's
    // recipient, with no title anywhere) ... Đồng chí cũng đề nghị Đảng ủy phường quan tâm ..." asks, for himself.
    if (person && fullestTitle(sentences, person) !== null) {
      set(state, sentences, person, 'inferred', s, 'chair/gave-directions');
      return;
    }
  }
}

/** The first sentence's leader who works with a unit ("đồng chí X, Bí thư Tỉnh ủy làm việc với ..."):
 * the last person named before the verb, when nobody receives the visit. */
function visitingLeader(sentences: Sentence[]): { person: Person; sentence: Sentence } | null {
  for (const s of sentences) {
    const verb = WORKS_WITH.exec(s.match);
    if (!verb || RECEIVES.test(s.match.slice(Math.max(0, verb.index - 12), verb.index))) continue;
    const at = s.offset + verb.index;
    const person = peopleOf(s).filter((p) => p.offset < at).at(-1);
    if (person) return { person, sentence: s };
  }
  return null;
}

/** Someone named by title alone before one of the sentence's directing verbs, from the first on:
 * "Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy ghi nhận ..." is whoever the text names Bí thư Tỉnh ủy. */
function titledSubject(s: Sentence, firstVerb: number, everyone: () => Person[]): Person | null {
  DIRECTING_RE.lastIndex = firstVerb;
  try {
    for (const verb of eachMatchNotAfter(DIRECTING_RE, s.match, AFTER_LETTER)) {
      const person = personByTitle(s.text.slice(Math.max(0, verb.index - TITLE_WINDOW), verb.index), everyone);
      if (person) return person;
    }
    return null;
  } finally {
    DIRECTING_RE.lastIndex = 0;
  }
}

const AWAY_RE = /(?<![\p{L}])(?:đi công tác|bận công tác|vắng mặt|nghỉ phép|đi học)(?![\p{L}])/u;
const DELEGATED_BY_RE = /(?<![\p{L}])(?:ủy quyền|uỷ quyền|phân công)\s+của\s/u;

/** The presiding person of a sentence with "chủ trì": named before the verb, else right after it. */
function presiding(s: Sentence, verbAt: number): Person | null {
  let people = peopleOf(s);
  // "Dự hội nghị có đồng chí A ...; đồng chí B ... chủ trì": only B's clause speaks of presiding.
  if (ATTENDING_OPENER.test(s.match) && s.match.slice(0, verbAt).includes(';')) {
    const clauseStart = s.offset + s.match.slice(0, verbAt).lastIndexOf(';');
    people = people.filter((p) => p.offset > clauseStart);
  }
  // "Do đồng chí A, Bí thư Thị ủy đi công tác tại tỉnh, ... đồng chí B ... chủ trì": A is away.
  const away = AWAY_RE.exec(s.match.slice(0, verbAt));
  if (away) people = people.filter((p) => p.offset > s.offset + away.index);
  // "Được sự ủy quyền của đồng chí A, Bí thư Thị ủy, đồng chí B ... chủ trì": A delegated, B presides.
  const delegated = DELEGATED_BY_RE.exec(s.match.slice(0, verbAt));
  if (delegated) {
    const delegator = people.find((p) => p.offset >= s.offset + delegated.index);
    people = people.filter((p) => p !== delegator);
  }
  const verbOffset = s.offset + verbAt;
  const before = people.find((p) => p.offset < verbOffset);
  const after = people.find((p) => p.offset > verbOffset);
  if (after && PRESIDED_BY.test(s.match.slice(Math.max(0, verbAt - 10), verbAt))) return after;
  return before ?? after ?? null;
}

/** "Phát biểu tại buổi lễ, đồng chí X thay mặt ... . Đồng chí đề nghị ...": X, named before in the
 * same paragraph, also across sentences that speak of the same "Đồng chí" ("Đồng chí mong muốn ..."). */
function namedJustBefore(sentences: Sentence[], i: number): Person | null {
  const s = sentences[i]!;
  if (!PRONOUN_SUBJECT.test(s.match)) return null;
  let j = i - 1;
  for (; j >= 0 && sentences[j]!.line === s.line; j--) {
    const named = peopleOf(sentences[j]!).at(-1);
    if (named) return named;
    if (!PRONOUN_OPENER.test(sentences[j]!.text)) return null;
  }
  // Paragraphs that each open with "Đồng chí ..." go on with one speaker: the one named where they start
  // ("Phát biểu tại buổi lễ, đồng chí Phạm Quốc Việt ...", then "Đồng chí nhấn mạnh ...", "Đồng chí đề nghị ...").
  for (let paragraphs = 0; j >= 0 && paragraphs < PRONOUN_PARAGRAPHS; paragraphs++) {
    let first = j;
    while (first > 0 && sentences[first - 1]!.line === sentences[j]!.line) first--;
    if (!PRONOUN_OPENER.test(sentences[first]!.text)) return peopleOf(sentences[first]!)[0] ?? null;
    j = first - 1;
  }
  return null;
}
/** Paragraphs opening with "Đồng chí ..." that are looked back over for whom they mean. */
const PRONOUN_PARAGRAPHS = 4;

/** "đồng chí Bí thư Tỉnh ủy": whoever the text names with that title. */
function personByTitle(before: string, everyone: () => Person[]): Person | null {
  // The last title word, with nothing but the rest of the title between it and the verb.
  let last: RegExpExecArray | null = null;
  for (const m of eachMatch(TITLE_HEAD, before)) last = m;
  const title = last && before.slice(last.index).trimEnd();
  if (!title || title.length > 100 || /[,;.]/u.test(title)) return null;
  const wanted = nameKey(title);
  // The same title, maybe followed by the unit's name ("Bí thư Thành ủy Hà Tiên"), but not a deputy's.
  const holds = (t: string) => t === wanted || t.startsWith(`${wanted} `) || (t.endsWith(` ${wanted}`) && !t.endsWith(`phó ${wanted}`));
  const matches = everyone().filter((p) => p.title && nameKey(p.title).split(/,\s*/u).some(holds));
  const names = new Set(matches.map((p) => p.name));
  return names.size === 1 ? matches[0]! : null;
}

/** The fullest title the text gives that person: "Tỉnh ủy viên, Bí thư Thành ủy Hà Tiên" in the lead
 * rather than "Bí thư Thành ủy" from "do đồng chí Bí thư Thành ủy chủ trì". Only sentences that name
 * the person are looked at, and none is parsed twice. */
function fullestTitle(sentences: Sentence[], person: Person): string | null {
  let best = person.title;
  for (const s of sentences) {
    if (!s.text.includes(person.name)) continue;
    for (const p of peopleOf(s)) {
      if (p.name === person.name && p.title && p.title.length > (best?.length ?? 0)) best = p.title;
    }
  }
  return best;
}

function set(state: State, sentences: Sentence[], person: Person, certainty: 'stated' | 'inferred', s: Sentence, rule: string): void {
  state.chair = {
    name: person.name,
    title: fullestTitle(sentences, person),
    certainty,
    evidence: { text: s.text.length > 300 ? s.text.slice(0, 300) + '…' : s.text, offset: s.offset },
    rule,
  };
}
