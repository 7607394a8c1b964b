// Small text helpers the rules share: sentences, words, capitalised runs.

import { LIST_ORDINALS, alternation } from './vocabulary.ts';

export type Span = { text: string; offset: number };

// A period after these is not a sentence end ("TP. Vị Thanh", "ThS. Nguyễn Văn A").
// The last word: a look back from the end ("$(?<=…)"), tried once, where the text ends, instead of
// from every position before it (3× faster).
const LAST_WORD = /$(?<=([^\s]+))/u;
const ABBREVIATIONS = new Set(['tp', 'tx', 'tt', 'p', 'q', 'h', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'đ/c', 'đc', 'st', 'v.v', 'vv', 'th']);

/**
 * The matches of a global RegExp, as `text.matchAll(re)` yields them. matchAll clones the RegExp on
 * every call, and cloning one of our large patterns (a class of every Vietnamese capital, an
 * alternation of a vocabulary list) recompiles it: for ANY_RUN over a line that is three times the
 * cost of the matching itself. This reuses the RegExp, restoring its lastIndex between matches, so a
 * caller's loop may use the same RegExp again and may stop early.
 */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`eachMatch needs a global RegExp: ${re}`);
  const saved = re.lastIndex;
  let at = saved;
  try {
    for (;;) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) return;
      // An empty match moves on by one character (a whole code point under /u), as matchAll does.
      at = m[0] === '' ? advance(text, re.lastIndex, re.unicode) : re.lastIndex;
      re.lastIndex = saved;
      yield m;
    }
  } finally {
    re.lastIndex = saved;
  }
}

/** A sticky look back for eachMatchNotAfter: "right after a letter". */
export const AFTER_LETTER = /(?<=\p{L})/uy;

/**
 * eachMatch for a global pattern whose matches must not follow what the sticky look back `after`
 * matches (AFTER_LETTER: not the end of a longer word), that look back being left out of the
 * pattern. Written into a pattern as `(?<![\p{L}])(?:…)`, V8 may test it at every position of the
 * text, before the phrases' own quick test of their first letters, and a class of every letter of
 * every script costs more than matching the phrases (4.1 → 1.6 ns a character for the closing
 * markers). Here the phrases are found first and the look back is tested where they start; a match
 * it rejects is skipped and the search goes on from the next position, so the matches are those of
 * the pattern with the look back written in. As with eachMatch, the search starts at the pattern's
 * lastIndex, which is left as it was. Its loop repeats eachMatch's on purpose: one generator for both
 * (`after` null for eachMatch) measured 2–3 % slower extraction, eachMatch being on every rule's path.
 */
export function* eachMatchNotAfter(re: RegExp, text: string, after: RegExp): Generator<RegExpExecArray, void, undefined> {
  if (!re.global || !after.sticky) throw new TypeError(`eachMatchNotAfter needs a global RegExp and a sticky look back: ${re}, ${after}`);
  const saved = re.lastIndex;
  let at = saved;
  try {
    for (;;) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) return;
      after.lastIndex = m.index;
      const rejected = after.test(text);
      after.lastIndex = 0;
      at = rejected || m[0] === '' ? advance(text, m.index, re.unicode) : re.lastIndex;
      if (rejected) continue;
      re.lastIndex = saved;
      yield m;
    }
  } finally {
    re.lastIndex = saved;
  }
}

/** The first match eachMatchNotAfter finds, or null. */
export function firstMatchNotAfter(re: RegExp, text: string, after: RegExp = AFTER_LETTER): RegExpExecArray | null {
  return eachMatchNotAfter(re, text, after).next().value ?? null;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

/** Splits a span into sentences at . ! ? … followed by white space and a capital, digit, quote or dash. */
export function sentences(span: Span): Span[] {
  const out: Span[] = [];
  const { text, offset } = span;
  let start = 0;
  const end = /([.!?…]+)(["”’)]*)(\s+)(?=[\p{Lu}\d“"‘(\-–+•])/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.') {
      const lastWord = LAST_WORD.exec(text.slice(Math.max(start, m.index - 12), m.index))?.[1]!.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord)) continue;
    }
    pushTrimmed(out, text.slice(start, stop), offset + start);
    start = m.index + m[0].length;
  }
  pushTrimmed(out, text.slice(start), offset + start);
  return out;
}

function pushTrimmed(out: Span[], text: string, offset: number): void {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed) out.push({ text: trimmed, offset: offset + lead });
}

/** "yêu cầu", "đề nghị" used as nouns: "đáp ứng yêu cầu", "đạt yêu cầu", "theo đề nghị của": no one directs. */
// "trước yêu cầu sắp xếp tổ chức bộ máy": in the face of a demand, a noun.
const NOUN_USE_BEFORE = /(?<![\p{L}])(?:đáp ứng|đạt|theo|đúng|đảm bảo|bảo đảm|các|những|với|của|về|là|nhiều|có|trước)(?:\s+(?:tốt|được|đầy đủ))?\s*$/u;

/**
 * Whether the word at `index` of a sentence (its match form) is a noun by what stands before it, within
 * `window` characters. Written in lower case: "đồng chí Trần Quốc Đạt yêu cầu" is a man named Đạt directing.
 */
export function isNounUse(s: { text: string; match: string }, index: number, window = 40): boolean {
  const from = Math.max(0, index - window);
  const m = NOUN_USE_BEFORE.exec(s.match.slice(from, index));
  if (!m) return false;
  const c = s.text.charAt(from + m.index);
  return c === c.toLowerCase();
}

// "... đã truyền đạt những nội dung cơ bản của Nghị quyết, trong đó nhấn mạnh các mục tiêu ...": what a
// presenter stresses is the document's content (a "phát biểu chỉ đạo, trong đó đề nghị ..." directs).
const PRESENTED_BEFORE = /(?<![\p{L}])(?:truyền đạt|trình bày|giới thiệu|thông tin|quán triệt)(?![\p{L}])[^.;:]{0,200},\s*trong đó\s*,?\s*$/u;

/** Whether the verb at `index` of a sentence (its match form) tells what a document being presented says. */
export function isPresentedContent(s: { match: string }, index: number): boolean {
  return PRESENTED_BEFORE.test(s.match.slice(Math.max(0, index - 260), index));
}

/** A list item's marker and the space after it: "- ", "+ ", "• ", "1. ", "2) ", "(3) ", "a) ",
 * "(b) ", "Một là, ", "Thứ hai: ". The tasks rule strips it; unwrap never joins a line that opens with one. */
export const LIST_MARKER = new RegExp(`^(?:[-–—+•*]|\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\(?[a-zđ]\\)|[a-zđ]\\.(?=\\s)|(?:${alternation(LIST_ORDINALS)})\\s*[,:.])\\s*`, 'iu');

/**
 * Which UTF-16 code units are word characters: ASCII letters and digits, and every letter-range
 * character from U+00C0 on except the General Punctuation block (quotes, dashes, ellipsis) and × ÷.
 * A table lookup, because wordCount runs on every line and a table halves its time.
 */
const WORD_CHAR = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    table[c] = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f)) ? 1 : 0;
  }
  return table;
})();

/** Words (runs of word characters) of text.slice(from, to), counted without allocating: it runs on every line. */
export function wordCount(text: string, from = 0, to = text.length): number {
  let words = 0;
  let inWord = 0;
  for (let i = from; i < to; i++) {
    const isWordChar = WORD_CHAR[text.charCodeAt(i)]!;
    // A word starts where a word character follows a non-word character.
    words += isWordChar & ~inWord;
    inWord = isWordChar;
  }
  return words;
}

/** Ends like a sentence: a full stop, an ellipsis, a question or exclamation mark, maybe in quotes. */
export const endsLikeSentence = (text: string): boolean => /[.!?…:;]["”’)]*$/u.test(text.trim());

// Upper- and lower-case Latin letters (Vietnamese needs Latin Extended and Latin Extended Additional)
// as explicit character classes: V8 matches these several times faster than \p{Lu} / \p{Ll}.
function letterClass(test: RegExp): string {
  let chars = '';
  for (const [from, to] of [[0x41, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let c = from; c <= to; c++) if (test.test(String.fromCharCode(c))) chars += String.fromCharCode(c);
  }
  return chars;
}
const UPPER_LETTERS = letterClass(/\p{Lu}/u);
export const UPPER = `[${UPPER_LETTERS}]`;
/** Lower-case letters and combining marks (NFD remnants). */
export const LOWER = `[${letterClass(/\p{Ll}/u)}\u0300-\u036f]`;
/** Capital-initial syllable, as in names and place names ("Vĩnh", "Đào", "Ủy"). */
export const CAP_WORD = `${UPPER}${LOWER}*`;
/** A place-name word: also the Central Highlands' "M'gar", "M'Đrắk", "H'" and "KBang". */
export const PLACE_WORD = `${UPPER}(?:${LOWER}|['’ʼ](?:${UPPER}|${LOWER})|${UPPER}${LOWER})*['’ʼ]?`;

/** Which UTF-16 code units UPPER matches. */
const IS_UPPER = (() => {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < UPPER_LETTERS.length; i++) table[UPPER_LETTERS.charCodeAt(i)] = 1;
  return table;
})();

/**
 * The matches of a sticky RegExp that can only start with a capital (UPPER), as eachMatch yields
 * them for the same pattern made global. A global search tries the pattern at every position of
 * the text, and V8 tests a class of hundreds of ranges such as UPPER by binary search (14 ns a
 * character: most of the cost of looking for capitalised runs in a line); here a table lookup finds
 * the capitals and the pattern is tried only there.
 */
export function* eachMatchAtCapitals(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.sticky) throw new TypeError(`eachMatchAtCapitals needs a sticky RegExp: ${re}`);
  const saved = re.lastIndex;
  try {
    for (let at = 0; at < text.length; at++) {
      if (!IS_UPPER[text.charCodeAt(at)]) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      // A match holds at least its capital, so the search goes on where it ends.
      at = re.lastIndex - 1;
      re.lastIndex = saved;
      yield m;
    }
  } finally {
    re.lastIndex = saved;
  }
}

/** A sentence of a line, with its matchForm slice. */
export type LineSentence = Span & { match: string };
/** A line's sentences as lineSentences keeps them: with the text they were split from, since unwrap
 * and noise may change a line after a rule has asked. */
export type SplitLine = { text: string; sentences: LineSentence[] };
type LineLike = { text: string; match: string; offset: number; split?: SplitLine | undefined };

/** A line's sentences with their matchForm slices (split on display text: capitals mark sentence
 * starts). Several rules read them, so they are split once per line and kept on it (a field is
 * several times cheaper to read than a WeakMap keyed by the line). */
export function lineSentences(line: LineLike): LineSentence[] {
  const cached = line.split;
  if (cached && cached.text === line.text) return cached.sentences;
  const split = sentences({ text: line.text, offset: line.offset }).map((s) => {
    const from = s.offset - line.offset;
    return { text: s.text, offset: s.offset, match: line.match.slice(from, from + s.text.length) };
  });
  line.split = { text: line.text, sentences: split };
  return split;
}
