// People in a sentence: "đồng chí Lê Trung Hồ, Tỉnh ủy viên, Bí thư Huyện ủy" (name, then titles)
// and "Phó Bí thư Thường trực Tỉnh ủy Hậu Giang Trần Văn Huyến" (titles, then name). Names are 2–4
// capitalised syllables; a run that starts with a place name ("Hậu Giang Trần Văn Huyến") is cut
// where the gazetteer says the place ends.
import { isKnownPlaceName } from '../gazetteer/index.ts';
import { nameKey } from '../text/fold.ts';
import { CAP_WORD, LOWER, UPPER } from './text.ts';
import { FAMILY_NAMES, TITLE_WORDS, alternation } from './vocabulary.ts';

export type Person = { name: string; title: string | null; offset: number; end: number };

const FAMILY = new Set(FAMILY_NAMES.map(nameKey));
// Syllables that belong to titles and committees, never to a personal name.
const TITLE_SYLLABLES = new Set(['bí', 'chủ', 'ủy', 'trưởng', 'thường', 'giám', 'tỉnh', 'huyện', 'quận', 'ban', 'đảng', 'hội', 'bộ', 'ubnd', 'hđnd', 'mttq', 'bch', 'btv', 'tt', 'thành ủy', 'phó']);
const NOT_LAST = new Set(['thị', 'văn']);

const RUN = `${CAP_WORD}(?:[ ]${CAP_WORD})*`;
const HONORIFIC = /(?<![\p{L}])(?:[Đđ]ồng chí|[Đđ]\/c|[Đđ]c\.|[Ôô]ng|[Bb]à)[ ]+/gu;
const RUN_AT = new RegExp(RUN, 'uy');
const ANY_RUN = new RegExp(`(?<!${LOWER}|${UPPER})${RUN}`, 'gu');
// A title stops where the sentence goes on with what the person did.
export const SPEECH_VERBS = [
  'chủ trì', 'đồng chủ trì', 'phát biểu', 'nhấn mạnh', 'đề nghị', 'dề nghị', 'yêu cầu', 'kết luận', 'chỉ đạo',
  'cho biết', 'khẳng định', 'ghi nhận', 'đánh giá', 'biểu dương', 'lưu ý', 'giao nhiệm vụ', 'dự', 'tham dự',
  'đến dự', 'cùng dự', 'trao', 'tặng', 'thăm', 'làm việc', 'đã', 'đề cập', 'báo cáo', 'trình bày', 'quán triệt',
  'điều hành', 'chủ tọa', 'được', 'nêu', 'mong muốn', 'chúc mừng', 'tin tưởng', 'thông tin', 'và',
];
const TITLE_END = new RegExp(`\\s+(?:${alternation(SPEECH_VERBS)})(?![\\p{L}])`, 'u');
const TITLE_START = new RegExp(`^(?:${alternation(TITLE_WORDS)})(?![\\p{L}])|^\\p{Lu}`, 'u');

function validName(words: string[], needFamily: boolean): boolean {
  if (words.length < 2 || words.length > 5) return false;
  const keys = words.map(nameKey);
  if (keys.some((k) => TITLE_SYLLABLES.has(k))) return false;
  if (NOT_LAST.has(keys.at(-1)!)) return false;
  return !needFamily || FAMILY.has(keys[0]!);
}

/** The name at the end of a capitalised run, after any place name or title words it starts with. */
function nameInRun(run: string, needFamily: boolean): { name: string; skip: number } | null {
  const words = run.split(' ');
  for (let k = 0; k < words.length - 1; k++) {
    const rest = words.slice(k);
    const head = words.slice(0, k).join(' ');
    const headExplained = k === 0 || isKnownPlaceName(head) || words.slice(0, k).every((w) => TITLE_SYLLABLES.has(nameKey(w)) || /^\p{Lu}+$/u.test(w));
    if (!headExplained) continue;
    const name = rest.slice(0, 4);
    // "Hà Giang" reads like a name (Hà and Giang are family names) but is a province.
    if (validName(name, needFamily) && !isKnownPlaceName(name.join(' '))) return { name: name.join(' '), skip: head ? head.length + 1 : 0 };
  }
  return null;
}

/** Titles after a name: comma-separated segments that look like titles, up to what the person did. */
function titlesAfter(text: string, from: number): string | null {
  const rest = text.slice(from);
  if (!/^\s*,/u.test(rest)) return null;
  const segments: string[] = [];
  for (const raw of rest.replace(/^\s*,\s*/u, '').split(/\s*,\s*/u)) {
    const stop = TITLE_END.exec(raw);
    const segment = (stop ? raw.slice(0, stop.index) : raw).replace(/[.;:…]+$/u, '').trim();
    if (!segment || !TITLE_START.test(segment) || /^(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s/u.test(segment)) break;
    segments.push(segment);
    if (stop || /[.;:]$/u.test(raw)) break;
  }
  return segments.length ? segments.join(', ') : null;
}

/** Titles before a name: the words since the clause began ("Tại buổi làm việc, Phó Bí thư ..."). */
function titlesBefore(text: string, at: number): string | null {
  const clause = text.slice(0, at).split(/[,;:.]\s*/u).pop() ?? '';
  const start = clause.search(TITLE_START_ANYWHERE);
  return start >= 0 ? clause.slice(start).trim() || null : null;
}
const TITLE_START_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${alternation(TITLE_WORDS)})(?![\\p{L}])`, 'iu');

/** Expands the abbreviations that titles are written with ("Phó Bí thư TT Thành ủy"). */
export function expandTitle(title: string): string {
  return title.replace(/(?<![\p{L}])TT(?=\s+(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s*ủy)/gu, 'Thường trực');
}

export function peopleIn(text: string, offset = 0): Person[] {
  const found: Person[] = [];
  for (const h of text.matchAll(HONORIFIC)) {
    const at = h.index + h[0].length;
    RUN_AT.lastIndex = at;
    const run = RUN_AT.exec(text);
    if (!run) continue;
    const parsed = nameInRun(run[0], false);
    if (!parsed || parsed.skip > 0) continue;
    const end = at + parsed.name.length;
    const title = titlesAfter(text, end);
    found.push({ name: parsed.name, title: title && expandTitle(title), offset: offset + h.index, end: offset + end });
  }
  for (const run of text.matchAll(ANY_RUN)) {
    if (found.some((p) => run.index >= p.offset - offset && run.index < p.end - offset)) continue;
    const parsed = nameInRun(run[0], true);
    if (!parsed) continue;
    const at = run.index + parsed.skip;
    const before = text.slice(0, at);
    // Only where titles introduce the name: a bare capitalised run is too often a place or a body.
    const title = titlesBefore(text, at);
    if (!title && !/(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+$/u.test(before)) continue;
    const end = at + parsed.name.length;
    const after = titlesAfter(text, end);
    found.push({ name: parsed.name, title: expandTitle([title, after].filter(Boolean).join(', ')) || null, offset: offset + at, end: offset + end });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
