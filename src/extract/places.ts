// Place mentions in a line: committees ("Huyện ủy Vĩnh Thuận", "Thị ủy"), units ("thành phố Vị
// Thanh", "TX. Long Mỹ") and bare province names ("Báo Hậu Giang"). Names are checked against the
// gazetteer, so "Tỉnh ủy Hậu Giang Trần Văn Huyến" yields "Hậu Giang" and not the person.
import type { Level } from '../records/schema.ts';
import { placeNameKeys } from '../gazetteer/index.ts';
import type { Line } from './state.ts';
import { AFTER_LETTER, CAP_WORD, LOWER, PLACE_WORD, UPPER, eachMatchAtCapitals, eachMatchNotAfter } from './text.ts';
import { COMMITTEES, TIME_OF_DAY, UNIT_WORDS, alternation } from './vocabulary.ts';

export type Mention = {
  kind: 'committee' | 'unit' | 'province-name';
  level: Level;
  /** The place's name as written, or null for "Huyện ủy" with no name after it. */
  name: string | null;
  offset: number;
  /** The whole phrase as written ("Huyện ủy Vĩnh Thuận"). */
  text: string;
  /** A commune's name as the capitalised words after it give it, where that is longer than the part
   * the gazetteer (of communes before 1 July 2025) knows: "xã Đông Thụy Anh", a 2025 commune, against
   * an older "Đông". */
  longer?: { name: string; text: string };
};

const LEVEL_OF_COMMITTEE = new Map<string, Level>(COMMITTEES.map(([word, level]) => [word, level]));
const LEVEL_OF_UNIT = new Map<string, Level>(UNIT_WORDS.map(([word, level]) => [word, level]));
// Committee or unit word, not inside a longer word; "Tỉnh ủy viên" is a title, not the committee.
// Not after a letter (a unit word not after a full stop either): tested where a word is found
// (eachMatchNotAfter), which is twice as fast as a look back leading the pattern.
const COMMITTEE_RE = new RegExp(`(${alternation(COMMITTEES.map(([w]) => w))})(?![\\p{L}])(?!\\s+viên)`, 'gu');
const UNIT_RE = new RegExp(`(${alternation(UNIT_WORDS.map(([w]) => w))})(?![\\p{L}])`, 'gu');
const AFTER_LETTER_OR_STOP = /(?<=[\p{L}.])/uy;
// Up to five capitalised syllables or numbers after the unit word: "Vĩnh Thuận", "Châu Thành A", "5",
// "III" (Roman figures first: "I" would otherwise be read as a one-letter syllable).
// A headline in capitals writes its names so too ("ĐẢNG ỦY XÃ TÂN THÀNH TỔ CHỨC ...").
const NAME_PART = `(?:[IVX]{1,4}(?![\\p{L}\\p{M}])|\\p{Lu}{2,}(?![\\p{L}\\p{M}])|${PLACE_WORD}|\\d{1,2})`;
// A dash joins two halves of one name ("Phan Rang - Tháp Chàm"), not a unit and the one above it
// ("xã Phong Nha - Tỉnh Quảng Trị", "XÃ PHONG NHA - TỈNH QUẢNG TRỊ").
// (Each level word as it may be written: "tỉnh", "Tỉnh", "TỈNH"; the name's own pattern is case-sensitive.)
const HALF_STOPPERS = [...new Set(UNIT_WORDS.map(([w]) => w.replace(/\.$/u, '')))]
  .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);
// (Joined as written: alternation() puts its phrases in match form, lower case.)
const NOT_A_HALF = `(?!(?:${HALF_STOPPERS.join('|')})(?![\\p{L}]))`;
const NAME_AFTER = new RegExp(`[ \\t]*(?<name>${NAME_PART}(?:(?:[ \\t]+|[ \\t]*[-–][ \\t]*${NOT_A_HALF})${NAME_PART}){0,4})`, 'uy');

// Province names are found by looking up windows of capitalised runs ("Báo Hậu Giang", "Bà Rịa -
// Vũng Tàu") in a set: far cheaper than one alternation of every name, and "hòa bình" (peace), not
// capitalised, never matches.
const PROVINCE_KEYS = placeNameKeys('tỉnh');
const LONGEST_PROVINCE = Math.max(...[...PROVINCE_KEYS].map((k) => k.split(' ').length));
// A run starts at a capital not preceded by a lower-case letter (sticky: tried only at capitals, see
// eachMatchAtCapitals).
const CAPITAL_RUN = new RegExp(`${UPPER}(?<!${LOWER}[\\s\\S])${LOWER}*(?:(?:[ \\t]+|[ \\t]*[-–][ \\t]*)${CAP_WORD})*`, 'uy');

/** The first words of a set of names: a window of words whose first word is not one of them is no
 * name of the set, and most capitalised words start none. */
const firstWords = (keys: ReadonlySet<string>): ReadonlySet<string> => new Set([...keys].map((k) => k.split(' ', 1)[0]!));
const PROVINCE_FIRST_WORDS = firstWords(PROVINCE_KEYS);

type Word = { text: string; key: string; start: number; end: number };

/** The words of a capitalised run with their match-form keys (lower case, canonical tones). */
function runWords(line: Pick<Line, 'text' | 'match'>, from: number, run: string): Word[] {
  // A run is capitalised words joined by spaces, tabs or dashes: split at those, no regex needed.
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= run.length; i++) {
    const c = i < run.length ? run.charCodeAt(i) : 32;
    const separator = c === 32 || c === 9 || c === 45 || c === 0x2013;
    if (!separator && start < 0) start = i;
    if (separator && start >= 0) {
      words.push({ text: run.slice(start, i), key: line.match.slice(from + start, from + i), start: from + start, end: from + i });
      start = -1;
    }
  }
  return words;
}

// Which names count after a unit word: a "huyện" or "thị xã" may since have changed level, so any
// district-level name will do for them; a "tỉnh" is a province; communes are communes.
const NAME_SETS: Record<Level, readonly ReadonlySet<string>[]> = {
  'tỉnh': [placeNameKeys('tỉnh')],
  'thành phố': [placeNameKeys('thành phố')],
  'huyện': [placeNameKeys('huyện'), placeNameKeys('district')],
  'quận': [placeNameKeys('quận')],
  'thị xã': [placeNameKeys('thị xã'), placeNameKeys('district')],
  'xã': [placeNameKeys('xã')],
  'phường': [placeNameKeys('phường')],
  'thị trấn': [placeNameKeys('thị trấn')],
  'đặc khu': [placeNameKeys('đặc khu')],
};

const NAME_FIRST_WORDS = new Map<Level, ReadonlySet<string>>(
  (Object.keys(NAME_SETS) as Level[]).map((level) => [level, new Set(NAME_SETS[level].flatMap((set) => [...firstWords(set)]))]),
);

/** How many words, from the run's start, make the longest name the gazetteer knows at that level. */
// Keys drop apostrophes with the spaces around them, as the gazetteer's placeKey does ("Ia H' Drai" → "ia hdrai").
const APOSTROPHE = /\s*['’ʼ`´]\s*/gu;

function knownPrefix(words: readonly Word[], level: Level): number {
  if (!words[0] || !NAME_FIRST_WORDS.get(level)?.has(words[0].key.replace(APOSTROPHE, ''))) return 0;
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const key = words.slice(0, n).map((w) => w.key).join(' ').replace(APOSTROPHE, '');
    if (NAME_SETS[level].some((set) => set.has(key))) return n;
  }
  return 0;
}

// The name after a commune word may be any capitalised phrase (2025 communes are not in the 2024
// list): keep up to three syllables when the gazetteer does not know it.
/** The levels of communes: before 1 July 2025 xã, phường, thị trấn; from then xã, phường, đặc khu. */
export const COMMUNE_LEVELS: ReadonlySet<Level> = new Set<Level>(['xã', 'phường', 'thị trấn', 'đặc khu']);
const UNKNOWN_COMMUNE_WORDS = 3;
/** Syllables of the part after a dash in a name ("Xuân Hương - Đà Lạt"). */
const AFTER_DASH_WORDS = 2;
const TIME_OF_DAY_WORDS = new Set(TIME_OF_DAY.map((t) => t.split(' ')[0]!));

/**
 * How many of a commune name's words to keep when the gazetteer does not know it: up to three, but a
 * dash joins two names into one ("phường Xuân Hương - Đà Lạt", as 2025 wards are named), unless what
 * follows it is the lead's time of day ("phường Hải Châu - Sáng 5/7, ...": a dateline).
 */
/** Words no unit's name opens with: a meeting's number or term follows the unit word ("thị trấn lần thứ 15", "xã khóa XXV"). */
const NOT_A_NAME_START = new Set(['lần', 'khóa', 'khoá', 'nhiệm']);

function unknownCommuneWords(words: readonly Word[], text: string): number {
  for (let j = 1; j < Math.min(words.length, UNKNOWN_COMMUNE_WORDS + 1); j++) {
    if (!/[-–]/u.test(text.slice(words[j - 1]!.end, words[j]!.start))) continue;
    return TIME_OF_DAY_WORDS.has(words[j]!.key) ? j : Math.min(words.length, j + AFTER_DASH_WORDS);
  }
  return Math.min(words.length, UNKNOWN_COMMUNE_WORDS);
}


/** A name from a headline in capitals as the gazetteer writes names: "TÂN THÀNH" → "Tân Thành". */
function asWritten(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}+/gu, (w) => (/^[IVX]+$/u.test(w) ? w : w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')));
}

/**
 * Spans already taken by a mention, one list per scan: a scan finds its mentions left to right and
 * keeps none that overlap, so each list is sorted by start and by end, and a binary search answers
 * "does [from, end) overlap one?" (a linear search made a 2 MB line of mentions take seconds).
 */
class Taken {
  private readonly lists: [number, number][][] = [];
  list(): [number, number][] {
    const l: [number, number][] = [];
    this.lists.push(l);
    return l;
  }
  overlaps(from: number, end: number): boolean {
    for (const l of this.lists) {
      // The first span that ends after `from`; it overlaps when it starts before `end`.
      let lo = 0;
      let hi = l.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (l[mid]![1] > from) hi = mid;
        else lo = mid + 1;
      }
      if (lo < l.length && l[lo]![0] < end) return true;
    }
    return false;
  }
}

/** Place mentions of a line, in order. */
export function mentionsIn(line: Pick<Line, 'text' | 'match' | 'offset'>): Mention[] {
  const out: Mention[] = [];
  const taken = new Taken();
  const scan = (re: RegExp, after: RegExp, kind: 'committee' | 'unit', levels: Map<string, Level>) => {
    const mine = taken.list();
    for (const m of eachMatchNotAfter(re, line.match, after)) {
      const word = m[1]!;
      // (Almost always written with single spaces, as the keys are: looked up as it is first.)
      const level = levels.get(word) ?? levels.get(word.replace(/\s+/g, ' '));
      if (!level) continue;
      const end = m.index + m[0].length;
      if (taken.overlaps(m.index, end)) continue;
      NAME_AFTER.lastIndex = end;
      const after = NAME_AFTER.exec(line.text);
      let name: string | null = null;
      let stop = end;
      let longer: Mention['longer'];
      if (after?.groups?.name) {
        const words = runWords(line, end + after[0].indexOf(after.groups.name), after.groups.name);
        const known = knownPrefix(words, level);
        // ("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THỊ TRẤN LẦN THỨ 15": in capitals the words after the unit need not be its name.)
        const commune = COMMUNE_LEVELS.has(level) && !NOT_A_NAME_START.has(words[0]!.key) ? unknownCommuneWords(words, line.text) : 0;
        const n = known || commune;
        if (n > 0) {
          stop = words[n - 1]!.end;
          name = asWritten(line.text.slice(words[0]!.start, stop));
        }
        // (Not in capitals: there every following word looks like part of the name.)
        if (known && commune > known && /\p{Ll}/u.test(after.groups.name)) {
          const longStop = words[commune - 1]!.end;
          longer = { name: asWritten(line.text.slice(words[0]!.start, longStop)), text: line.text.slice(m.index, longStop) };
        }
      }
      if (!name && kind === 'unit') continue; // "thị xã" in running text names nothing
      mine.push([m.index, stop]);
      out.push({ kind, level, name, offset: line.offset + m.index, text: line.text.slice(m.index, stop), ...(longer ? { longer } : {}) });
    }
  };
  scan(COMMITTEE_RE, AFTER_LETTER, 'committee', LEVEL_OF_COMMITTEE);
  scan(UNIT_RE, AFTER_LETTER_OR_STOP, 'unit', LEVEL_OF_UNIT);
  for (const run of eachMatchAtCapitals(CAPITAL_RUN, line.text)) {
    const words = runWords(line, run.index, run[0]);
    for (let i = 0; i < words.length; i++) {
      if (!PROVINCE_FIRST_WORDS.has(words[i]!.key)) continue;
      for (let n = Math.min(LONGEST_PROVINCE, words.length - i); n >= 1; n--) {
        if (!PROVINCE_KEYS.has(words.slice(i, i + n).map((w) => w.key).join(' '))) continue;
        const from = words[i]!.start;
        const end = words[i + n - 1]!.end;
        if (!taken.overlaps(from, end) && !isThePerson(line.match, from, end)) {
          const name = line.text.slice(from, end);
          out.push({ kind: 'province-name', level: 'tỉnh', name, offset: line.offset + from, text: name });
        }
        i += n - 1;
        break;
      }
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

// "tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Chủ tịch Hồ Chí Minh": the President, whom the city is
// named after. The city is written with its unit ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"), which
// the committee and unit patterns have taken by now.
const CITY_BEFORE_RE = /(?:thành phố|tp\.?)\s*$/u;
function isThePerson(match: string, from: number, end: number): boolean {
  return match.slice(from, end) === 'hồ chí minh' && !CITY_BEFORE_RE.test(match.slice(Math.max(0, from - 12), from));
}
