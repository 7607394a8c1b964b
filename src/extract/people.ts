// People in a sentence: "đồng chí Lê Trung Hồ, Tỉnh ủy viên, Bí thư Huyện ủy" (name, then titles),
// "Phó Bí thư Thường trực Tỉnh ủy Hậu Giang Trần Văn Huyến" (titles, then name), "Đồng chí Hoàng
// Quốc Khánh - Tỉnh ủy viên, Bí thư Thị ủy" (a dash before the titles) and lists after a colon
// ("có các đồng chí: Trương Minh Khoa, Bí thư Thành ủy; Lâm Quốc Hưng, ..."). Names are 2–4
// capitalised syllables, five after an honorific when a title's comma or dash follows them (names of
// the Central Highlands' peoples run longer: "đồng chí Y Giang Gry Niê Knơng, Bí thư Huyện ủy").
// Right after an honorific the capitalised words are the name, whatever else they could mean
// ("đồng chí Vũ Quang Hoàng Minh": Vũ Quang is also a district). Elsewhere a run that starts with a
// place name ("Hậu Giang Trần Văn Huyến") is cut where the gazetteer says the place ends, unless the
// text gives the whole run as a name after an honorific; a place after its unit word ("tỉnh Hà
// Giang") is no one.
// Everything is looked at within a bounded window around each name: a 1 MB line of names stays linear.
import { isKnownPlaceName } from '../gazetteer/index.ts';
import { matchForm, nameKey } from '../text/fold.ts';
import type { State } from './state.ts';
import { CAP_WORD, LOWER, UPPER, eachMatch, eachMatchAtCapitals, firstMatchNotAfter } from './text.ts';
import {
  COMMITTEES, FAMILY_NAMES, NAME_LIST_INTROS, NOT_AFTER_LETTER, DOCUMENT_SPEAKERS, NOT_DIRECTING_SPEAKERS, SPEAKER_VERBS, TITLE_BODIES, TITLE_WORDS, UNIT_WORDS, alternation,
} from './vocabulary.ts';

export type Person = { name: string; title: string | null; offset: number; end: number };
/** Whether the text names someone so after an honorific (a nameKey): see namesIntroduced. */
export type Introduced = (key: string) => boolean;

const FAMILY = new Set(FAMILY_NAMES.map(nameKey));
// Syllables that belong to titles and committees, never to a personal name.
const TITLE_SYLLABLES = new Set(['bí', 'chủ', 'ủy', 'trưởng', 'thường', 'giám', 'tỉnh', 'huyện', 'quận', 'ban', 'đảng', 'hội', 'bộ', 'ubnd', 'hđnd', 'mttq', 'bch', 'btv', 'tt', 'thành ủy', 'phó']);
const NOT_LAST = new Set(['thị', 'văn']);

// "đồng chí", "Đ/c", "Đc.", "ông", "bà", not ending a longer word (the look back follows the first
// letter, see notAfter in vocabulary.ts).
const HONORIFIC = new RegExp(String.raw`(?:[Đđ]${NOT_AFTER_LETTER}(?:ồng chí|\/c|c\.)|[Ôô]${NOT_AFTER_LETTER}ng|[Bb]${NOT_AFTER_LETTER}à)[ ]+`, 'gu');
// A name's words after a position: at most five of a capitalised run (a long run is not read to its
// end once per word of it).
// (A word of a name may open with a K'Ho or Mạ prefix: "K’Brơi", "K’Sơn Ha Dương".)
const NAME_WORD = `${UPPER}(?:['’ʼ]${UPPER})?${LOWER}*`;
const NAME_WORDS_AT = new RegExp(`${NAME_WORD}(?:[ ]${NAME_WORD}){0,4}`, 'uy');
/** "K’Brơi": one prefixed word is a whole name. */
const PREFIXED_NAME_RE = /^\p{Lu}['’ʼ]\p{Lu}\p{Ll}+$/u;
/** What ends a five-word name: the comma or dash before its titles. */
const TITLES_FOLLOW = /^(?:,|\s+[-–])\s/u;
// A run not inside a word: its capital follows no letter (sticky: tried only at capitals, see
// eachMatchAtCapitals).
const ANY_RUN = new RegExp(`${UPPER}(?<!(?:${LOWER}|${UPPER})[\\s\\S])${LOWER}*(?:[ ]${CAP_WORD})*`, 'uy');
// A title stops where the sentence goes on with what the person did.
export const SPEECH_VERBS = [
  'chủ trì', 'đồng chủ trì', 'phát biểu', 'nhấn mạnh', 'đề nghị', 'dề nghị', 'yêu cầu', 'kết luận', 'chỉ đạo',
  'cho biết', 'khẳng định', 'ghi nhận', 'đánh giá', 'biểu dương', 'lưu ý', 'giao nhiệm vụ', 'dự', 'tham dự',
  'đến dự', 'cùng dự', 'trao', 'tặng', 'thăm', 'làm việc', 'đã', 'đề cập', 'báo cáo', 'trình bày', 'quán triệt',
  'điều hành', 'chủ tọa', 'được', 'nêu', 'mong muốn', 'chúc mừng', 'tin tưởng', 'thông tin', 'và', 'làm',
  'làm trưởng đoàn', 'làm trưởng', 'dẫn đầu', 'thay mặt', 'đọc', 'kết luận', 'khai mạc', 'bế mạc',
  'cùng', 'đối thoại', 'tiếp xúc', 'tiếp', 'gặp mặt', 'gặp gỡ', 'kiểm tra', 'khảo sát', 'giám sát', 'về', 'tại',
  'với', 'đến', 'tới', 'đi', 'cảm ơn', 'tiếp thu', 'hứa', 'bày tỏ', 'giới thiệu', 'công bố', 'hướng dẫn',
  'có buổi', 'có chuyến', 'có ý kiến', 'có bài phát biểu',
];
// "Ủy viên dự khuyết BCH Trung ương Đảng": an alternate member, not "dự" (attends).
const TITLE_END = new RegExp(`\\s+(?!dự khuyết)(?:${alternation(SPEECH_VERBS)})(?![\\p{L}])`, 'u');
const TITLE_START = new RegExp(`^(?:${alternation(TITLE_WORDS)})(?![\\p{L}])|^\\p{Lu}`, 'u');
/** A body or committee by itself, not a role in it ("Ban Chấp hành Đảng bộ xã", "UBND huyện"); in match form. */
const BODY_SEGMENT = new RegExp(`^(?:${alternation([...TITLE_BODIES, ...COMMITTEES.map(([word]) => word)])})(?![\\p{L}])`, 'u');
const MEMBER_OF = /^ủy viên(?![\p{L}])/u;
/** Titles are never longer than this: what lies further from the name is not looked at. */
const TITLE_WINDOW = 300;
// "các đồng chí trong Đoàn Chủ tịch:", "Chủ trì hội nghị có các đồng chí:" open a list of names.
// (Not after a letter: tested where one is found, see eachMatchNotAfter.)
const LIST_INTRO_RE = new RegExp(`(?:${alternation(NAME_LIST_INTROS)})(?![\\p{L}])[^.:;]{0,60}:`, 'giu');
// "tỉnh Hà Giang", "huyện Châu Thành", "Tỉnh ủy Hậu Giang": a place, not a person, follows.
// "Bí thư Huyện ủy Trần Hoàng Tuấn", "Bí thư Đảng ủy phường Trần Thanh Bình": after a title's committee, a
// personal name that is no place is the holder.
const TITLED_COMMITTEE_BEFORE_RE = new RegExp(`(?:${alternation(TITLE_WORDS)})\\s+(?:\\S+\\s+){0,3}?(?:(?:tỉnh|thành|huyện|quận|thị)\\s+[uủ][yỷ]|đảng\\s+[uủ][yỷ](?:\\s+(?:xã|phường|thị trấn))?)\\s+$`, 'iu');
const UNIT_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${alternation([...UNIT_WORDS.map(([w]) => w), 'ủy', 'uỷ', 'đảng bộ', 'ấp', 'thôn', 'bản', 'khu phố'])})\\s+$`, 'iu');

function validName(words: string[], needFamily: boolean): boolean {
  return words.length >= 2 && words.length <= 5 && validNameKeys(words.map(nameKey), needFamily);
}

/** validName of the words whose nameKeys these are. */
function validNameKeys(keys: string[], needFamily: boolean): boolean {
  if (keys.length < 2 || keys.length > 5) return false;
  if (keys.some((k) => TITLE_SYLLABLES.has(k))) return false;
  if (NOT_LAST.has(keys.at(-1)!)) return false;
  return !needFamily || FAMILY.has(keys[0]!);
}

type InRun = { name: string; skip: number; /** The place name the run starts with, when the name follows one. */ place: string | null };

/** The name at the end of a capitalised run not introduced by an honorific, after any place name or
 * title words it starts with. "Hà Giang" reads like a name (Hà and Giang are family names) but is a
 * province: a run that is only a place is no one. */
function nameInRun(run: string): InRun | null {
  const words = run.split(' ');
  // Each word keyed once: the windows below overlap.
  const keys = words.map(nameKey);
  // "Hà Giang Đặng Quốc Tuấn": a place of two or more words first, then the name.
  for (let k = Math.min(words.length - 2, 4); k >= 2; k--) {
    if (!validNameKeys(keys.slice(k, k + 4), true)) continue;
    const head = words.slice(0, k).join(' ');
    if (isKnownPlaceName(head)) return { name: words.slice(k, k + 4).join(' '), skip: head.length + 1, place: head };
  }
  // Whether the words before k are all title syllables or acronyms ("Bí thư", "UBND").
  let titleWordsBefore = true;
  for (let k = 0; k < words.length - 1; k++) {
    if (k > 0) titleWordsBefore &&= TITLE_SYLLABLES.has(keys[k - 1]!) || /^\p{Lu}+$/u.test(words[k - 1]!);
    const head = words.slice(0, k).join(' ');
    const headIsPlace = k > 0 && isKnownPlaceName(head);
    const headExplained = k === 0 || headIsPlace || titleWordsBefore;
    if (!headExplained) continue;
    const name = words.slice(k, k + 4);
    if (validNameKeys(keys.slice(k, k + 4), true) && !isKnownPlaceName(name.join(' '))) return { name: name.join(' '), skip: head ? head.length + 1 : 0, place: headIsPlace ? head : null };
  }
  return null;
}

/**
 * The name an honorific introduces, `at` being where the honorific ends: the run's first two to four
 * capitalised words, whatever else they mean ("đồng chí Hoàng Mai": units are named after people too;
 * "đồng chí Vũ Quang Hoàng Minh": a district's name starts his), or all five of a run of five that a
 * title's comma or dash ends ("đồng chí Y Giang Gry Niê Knơng, Tỉnh ủy viên"). Null when they are no
 * name ("đồng chí Bí thư Huyện ủy": a title follows).
 */
export function nameAfterHonorific(text: string, at: number): string | null {
  NAME_WORDS_AT.lastIndex = at;
  const run = NAME_WORDS_AT.exec(text);
  if (!run) return null;
  const words = run[0].split(' ');
  const five = words.length === 5 && TITLES_FOLLOW.test(text.slice(at + run[0].length, at + run[0].length + 3)) && validName(words, false);
  const name = five ? words : words.slice(0, 4);
  if (words.length === 1 && PREFIXED_NAME_RE.test(words[0]!)) return words[0]!;
  return validName(name, false) ? name.join(' ') : null;
}

// An honorific right before a position (checked on the match form, lower case).
const HONORIFIC_BEFORE = /(?<![\p{L}])(?:đồng chí|đ\/c|đc\.|ông|bà)[ ]+$/u;
// Up to three capitalised words right before a position, each followed by one space.
const WORDS_BEFORE = new RegExp(`(?<![\\p{L}])(?:${CAP_WORD} ){1,3}$`, 'u');

// The last letters of the honorifics ("đồng chí", "đ/c", "đc.", "ông", "bà") in match form.
const HONORIFIC_LAST = new Set(['í', 'c', '.', 'g', 'à']);
const isCapital = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();
/** Whether a capitalised word and one space come right before `at` (most places follow a lower-case
 * unit word: the look back below is run only when this cheap test passes). */
function capitalisedWordBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  let i = at - 2;
  while (i > 0 && i > at - 12 && isLetter(text, i - 1)) i--;
  return isCapital(text[i]);
}
/** A letter (Vietnamese letters all have case) or a combining mark (NFD tones). */
function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x300 && code <= 0x36f) return true;
  const c = text[i]!;
  return c.toLowerCase() !== c.toUpperCase();
}

/**
 * Whether the words [at, end) (a place name) lie inside a name the text gives:
 * one right after an honorific ("đồng chí Hà Giang Sơn", "đồng chí Trần Hà Nam"), or one the text
 * introduces with an honorific elsewhere ("Bí thư Huyện ủy Vũ Quang Hoàng Minh", the text naming
 * "đồng chí Vũ Quang Hoàng Minh"). A name that would be only the place itself counts right after an
 * honorific alone. `match` is the text's match form.
 */
export function inPersonName(text: string, match: string, at: number, end: number, introduced: () => Introduced): boolean {
  // Most places have no capitalised word on either side and no honorific before: nothing to look at.
  const wordBefore = capitalisedWordBefore(text, at);
  const wordAfter = text.charCodeAt(end) === 32 && isCapital(text[end + 1]);
  let last = at - 1;
  while (last > 0 && match.charCodeAt(last) === 32) last--;
  if (!wordBefore && !wordAfter && !HONORIFIC_LAST.has(match[last] ?? '')) return false;
  const placeWords = text.slice(at, end).split(/[\s\-–]+/u).length;
  // Where the name may start: at the place, or at one of the capitalised words right before it.
  const starts = [at];
  const before = wordBefore ? WORDS_BEFORE.exec(text.slice(Math.max(0, at - 30), at)) : null;
  if (before) {
    let start = at - before[0].length;
    for (const word of before[0].split(' ').slice(0, -1)) {
      starts.push(start);
      start += word.length + 1;
    }
  }
  for (const start of starts) {
    if (HONORIFIC_BEFORE.test(match.slice(Math.max(0, start - 12), start))) {
      const name = nameAfterHonorific(text, start);
      if (name && start + name.length >= end) return true;
    }
    NAME_WORDS_AT.lastIndex = start;
    const run = NAME_WORDS_AT.exec(text);
    if (!run) continue;
    const words = run[0].split(' ', 4);
    for (let n = words.length; n >= 2 && (start < at || n > placeWords); n--) {
      const name = words.slice(0, n).join(' ');
      if (start + name.length < end) break;
      if (introduced()(nameKey(name))) return true;
    }
  }
  return false;
}

const introducedCache = new WeakMap<State, Introduced>();

// A committee ("Huyện ủy", "Đảng bộ huyện"), found in the match form, and the capitalised run after
// it in the text: "Huyện ủy Mù Căng Chải", "Huyện ủy Vũ Quang Hoàng Phong".
const COMMITTEE_LEVEL = new Map<string, string>(COMMITTEES);
const COMMITTEE_AT = new RegExp(`(?<![\\p{L}])(${alternation(COMMITTEES.map(([w]) => w))})[ ]+`, 'gu');
const RUN_AT = new RegExp(`${CAP_WORD}(?:[ ]${CAP_WORD})*`, 'uy');
const MAX_PLACE_SEARCHES = 8;

/** The lines that name people: the title, the body and the captions. */
const namingLines = (state: State) => state.lines.filter((line) => line.kind === 'body' || line.kind === 'title' || line.kind === 'caption');

/**
 * The names an article gives whole, found once per article and only when a rule asks: those it
 * introduces with an honorific ("đồng chí X", "ông X", "bà X") in its title, body and captions, and
 * those a committee's place would otherwise cut short (committeeNames).
 */
export function namesIntroduced(state: State): Introduced {
  let known = introducedCache.get(state);
  if (known) return known;
  const names = new Set<string>();
  for (const line of namingLines(state)) {
    for (const h of eachMatch(HONORIFIC, line.text)) {
      const name = nameAfterHonorific(line.text, h.index + h[0].length);
      if (name) names.add(nameKey(name));
    }
  }
  for (const name of committeeNames(state)) names.add(name);
  known = (key) => names.has(key);
  introducedCache.set(state, known);
  return known;
}

/**
 * "Phó Bí thư Thường trực Huyện ủy Vũ Quang Hoàng Phong" in an article on Huyện ủy Mù Căng Chải: Vũ
 * Quang is a district too, but this article's Huyện ủy is another's, so the four words are the
 * person's name, not Vũ Quang's Hoàng Phong. The nameKeys of runs of four words after a committee
 * whose first two are a place the article names nowhere else, while it names another place after a
 * committee of the same level, and all four make a name. An article on the place itself ("Huyện ủy
 * Vũ Quang tổ chức ...") keeps the place.
 */
function committeeNames(state: State): string[] {
  const runs: { level: string; words: string[] }[] = [];
  for (const line of namingLines(state)) {
    for (const m of eachMatch(COMMITTEE_AT, line.match)) {
      RUN_AT.lastIndex = m.index + m[0].length;
      const run = RUN_AT.exec(line.text);
      if (run) runs.push({ level: COMMITTEE_LEVEL.get(m[1]!)!, words: run[0].split(' ') });
    }
  }
  // The places after the committees of each level (their first two words): another place than the run's.
  const placesAt = new Map<string, Set<string>>();
  for (const { level, words } of runs) {
    let places = placesAt.get(level);
    if (!places) placesAt.set(level, (places = new Set()));
    places.add(`${words[0]} ${words[1] ?? ''}`);
  }
  const names: string[] = [];
  // Each look for the place elsewhere reads the whole text: a few are enough (a chair is named a few
  // times), and a line of many such runs stays linear.
  let searches = 0;
  for (const { level, words } of runs) {
    if (words.length !== 4 || placesAt.get(level)!.size < 2) continue;
    const keys = words.map(nameKey);
    const place = `${words[0]} ${words[1]}`;
    if (!validNameKeys(keys, true) || !validNameKeys(keys.slice(2), true) || !isKnownPlaceName(place)) continue;
    if (++searches > MAX_PLACE_SEARCHES) break;
    const first = state.text.indexOf(place);
    if (state.text.indexOf(place, first + 1) < 0) names.push(keys.join(' '));
  }
  return names;
}

/** Titles after a name: comma-separated segments that look like titles, up to what the person did
 * or the next ";" (where a co-chair's name follows). A dash may stand for the first comma. */
function titlesAfter(text: string, from: number): string | null {
  let rest = text.slice(from, from + TITLE_WINDOW);
  if (!/^\s*(?:,|\s[-–—]\s)/u.test(rest)) return null;
  const semicolon = rest.indexOf(';');
  if (semicolon >= 0) rest = rest.slice(0, semicolon);
  const segments: string[] = [];
  for (const raw of rest.replace(/^\s*[,\-–—]\s*/u, '').split(/\s*,\s*/u)) {
    const stop = TITLE_END.exec(raw);
    const segment = (stop ? raw.slice(0, stop.index) : raw).replace(/[.;:…]+$/u, '').trim();
    if (!segment || !TITLE_START.test(segment) || /^(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s/u.test(segment)) break;
    // "dưới sự chủ trì của đồng chí X, Bí thư Đảng ủy xã, Ban Chấp hành Đảng bộ xã đã tổ chức ...": a
    // body followed by what it did is the sentence's subject, unless it continues an "Ủy viên ..." list.
    if (stop && segments.length && BODY_SEGMENT.test(matchForm(segment)) && !MEMBER_OF.test(matchForm(segments.at(-1)!))) break;
    segments.push(segment);
    if (stop || /[.;:]$/u.test(raw)) break;
  }
  return segments.length ? segments.join(', ') : null;
}

/** Titles before a name: the words since the clause began ("Tại buổi làm việc, Phó Bí thư ..."). */
function titlesBefore(text: string, at: number): string | null {
  const clause = text.slice(Math.max(0, at - TITLE_WINDOW), at).split(/[,;:.]\s*/u).pop() ?? '';
  const start = clause.search(TITLE_START_ANYWHERE);
  return start >= 0 ? clause.slice(start).trim() || null : null;
}
const TITLE_START_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${alternation(TITLE_WORDS)})(?![\\p{L}])`, 'iu');

/** Expands the abbreviations that titles are written with ("Phó Bí thư TT Thành ủy"). */
export function expandTitle(title: string): string {
  return title.replace(/(?<![\p{L}])TT(?=\s+(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s*ủy)/gu, 'Thường trực');
}

/** The people a sentence names. `introduced` tells whether the article names someone so after an
 * honorific elsewhere: then a run that starts with a place name is that whole name. */
export function peopleIn(text: string, offset = 0, introduced?: () => Introduced): Person[] {
  const found: Person[] = [];
  for (const h of eachMatch(HONORIFIC, text)) {
    const at = h.index + h[0].length;
    const name = nameAfterHonorific(text, at);
    if (!name) continue;
    const end = at + name.length;
    const title = titlesAfter(text, end);
    found.push({ name, title: title && expandTitle(title), offset: offset + h.index, end: offset + end });
  }
  // Where the first colon list of names begins ("có các đồng chí: A, ...; B, ..."), looked for once
  // per sentence, when a name first follows a colon or a semicolon.
  let firstList: number | undefined;
  const inListFrom = (at: number) => {
    if (firstList === undefined) {
      const intro = firstMatchNotAfter(LIST_INTRO_RE, text);
      firstList = intro ? intro.index + intro[0].length : Infinity;
    }
    return firstList <= at;
  };
  const byHonorific = found.length;
  let covered = 0;
  for (const run of eachMatchAtCapitals(ANY_RUN, text)) {
    // Runs come in order, as do the names found after an honorific: skip those already taken.
    while (covered < byHonorific && found[covered]!.end - offset <= run.index) covered++;
    const taken = found[covered];
    if (taken && run.index >= taken.offset - offset && run.index < taken.end - offset) continue;
    let parsed = nameInRun(run[0]);
    if (!parsed) continue;
    // "Bí thư Huyện ủy Vũ Quang Hoàng Minh", the text naming "đồng chí Vũ Quang Hoàng Minh": him.
    const whole = parsed.place !== null && introduced !== undefined && introduced()(nameKey(`${parsed.place} ${parsed.name}`));
    if (whole) parsed = { name: `${parsed.place} ${parsed.name}`, skip: parsed.skip - parsed.place!.length - 1, place: null };
    const at = run.index + parsed.skip;
    const before = text.slice(Math.max(0, at - 40), at);
    if (!whole && parsed.skip === 0 && UNIT_BEFORE_RE.test(before) && !(TITLED_COMMITTEE_BEFORE_RE.test(before) && !isKnownPlaceName(parsed.name))) continue;
    // Only where titles, an honorific or a list of names introduce the name: a bare capitalised
    // run is too often a place or a body.
    const inList = /[:;]\s*$/u.test(before) && inListFrom(at);
    const title = inList ? null : titlesBefore(text, at);
    if (!title && !inList && !/(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+$/u.test(before)) continue;
    const end = at + parsed.name.length;
    const after = titlesAfter(text, end);
    found.push({ name: parsed.name, title: expandTitle([title, after].filter(Boolean).join(', ')) || null, offset: offset + at, end: offset + end });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

// The speaker opens the sentence, maybe after a place or time ("Tại hội nghị, cử tri xã A đã nêu ...").
const SPEAKER_RE = new RegExp(
  `^(?:(?:tại|trong|qua|cũng tại|về)\\s[^,;.]{0,60},\\s*)?(?:(?:nhiều|một số|các|những|có|một)\\s+)?(?:ý kiến của\\s+)?` +
    `(?<who>${alternation(NOT_DIRECTING_SPEAKERS)})(?![\\p{L}])(?<between>[^.;]{0,80}?)\\s(?:${alternation(SPEAKER_VERBS)})(?![\\p{L}])`,
  'u',
);
// "Chỉ thị yêu cầu ...", "Theo đó, Nghị quyết số 18-NQ/TW của Trung ương đề ra ...": the document, maybe
// with its number and issuer, right before the verb (not "Kết luận hội nghị, đồng chí ... yêu cầu").
const DOCUMENT_SPEAKER_RE = new RegExp(
  `^(?:theo đó,\\s*)?(?:${alternation(DOCUMENT_SPEAKERS)})(?:\\s+(?:số\\s+)?\\S*\\d\\S*)?(?:\\s+ngày\\s+\\S+)?(?:\\s+của\\s+[^,.;:]{1,50}?)?\\s+(?:cũng\\s+)?(?:${alternation([...SPEAKER_VERBS, 'đề ra', 'nêu rõ', 'chỉ rõ', 'xác định'])})(?![\\p{L}])`,
  'u',
);
// "Thay mặt các đại biểu, đồng chí Nguyễn Văn Thư, nguyên Phó Bí thư Thị ủy ... đề nghị Thị ủy quan tâm ...": one
// speaking for those who attend asks on their behalf.
const FOR_THE_AUDIENCE_RE = /^thay mặt (?:cho )?(?:các |những )?(?:đại biểu|cử tri|nhân dân|bà con|người dân|đảng viên|hội viên|đoàn viên|gia đình|hộ|cán bộ lão thành)(?![\p{L}])/u;
const ADDRESSED_RE = /(?<![\p{L}])(?:cần|phải|nên|hãy)(?![\p{L}])/u;
const OFFICIAL_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(TITLE_WORDS.filter((t) => t.length > 4))})(?![\\p{L}])`, 'u');

/** A sentence (matchForm) whose speaker asks or reports for others, not for the meeting: "Cử tri
 * Nguyễn Văn A (khu phố 3) đề nghị", "Nhiều ý kiến đề nghị", "Báo cáo viên nhấn mạnh". "Ông X, Bí thư
 * Huyện ủy, đề nghị" names an official, who may direct, and so does "Ông X yêu cầu" when X is one of
 * `officials` (names in match form: the meeting's chair). A bare "Bà đề nghị", "Bà cũng giao" refers
 * back to the chair when `officials` holds the word the text calls the chair by ("bà", "ông"). */
export function isSpeaker(match: string, officials: readonly string[] = []): boolean {
  if (DOCUMENT_SPEAKER_RE.test(match) || FOR_THE_AUDIENCE_RE.test(match)) return true;
  const m = SPEAKER_RE.exec(match);
  if (!m) return false;
  const who = m.groups!['who']!;
  const between = m.groups!['between']!;
  // "Đại biểu HĐND huyện cần ..." is told what to do, not asking.
  if (ADDRESSED_RE.test(between)) return false;
  if (who !== 'ông' && who !== 'bà') return true;
  const named = between.trimStart();
  if (named === '' || named === 'cũng') return !officials.includes(who);
  return !(OFFICIAL_RE.test(between) || officials.some((name) => named.startsWith(name)));
}
