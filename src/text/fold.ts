// The project's one text normaliser. Every comparison of Vietnamese text goes through here:
// extraction patterns, gazetteer lookups, search folding and slugs.

/** NFC, LF line endings, no trailing spaces on any line, no invisible characters. What a reader sees. */
export function cleanText(raw: string): string {
  return trimLineEnds(raw.normalize('NFC').replace(/\r\n?|\u2028|\u2029/g, '\n').replace(INVISIBLE, ''));
}

// Zero-width space, word joiner, a byte-order mark inside the text: "Chi h\u200bội" is "Chi hội" to a
// reader, and must be to every pattern and search too. (Not the soft hyphen: in TCVN3 text not yet
// converted, byte 0xAD is the letter ư.)
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/** Spaces, tabs, no-break and zero-width spaces, byte-order marks: what cleanText trims off a line's end. */
const isTrailingSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200b || c === 0xfeff;

/**
 * Each LF-separated line without its trailing spaces. Walking back from each line's end is linear
 * in any input and several times faster than a regex, which tries every space of the text as the
 * start of a run that might reach the line's end.
 */
function trimLineEnds(text: string): string {
  let out = '';
  let copied = 0;
  for (let start = 0; ;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let cut = end;
    while (cut > start && isTrailingSpace(text.charCodeAt(cut - 1))) cut--;
    if (cut < end) {
      out += text.slice(copied, cut);
      copied = end;
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// Old ("hoà", "thuỷ", "uỷ", "khoẻ") and new ("hòa", "thủy", "ủy", "khỏe") tone placement differ only
// in open syllables ending in oa/oe/uy. The new placement is canonical here. The swap is
// length-preserving in NFC, so offsets found in the folded form are offsets in the display text.
const TONED = {
  a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ',
  A: 'ÀÁẢÃẠ', E: 'ÈÉẺẼẸ', Y: 'ỲÝỶỸỴ',
} as const;
const TONED_O = { o: 'òóỏõọ', O: 'ÒÓỎÕỌ' } as const;
const TONED_U = { u: 'ùúủũụ', U: 'ÙÚỦŨỤ' } as const;

const OLD_TONE: Map<string, string> = (() => {
  const map = new Map<string, string>();
  const pairs: [keyof typeof TONED_O | keyof typeof TONED_U, keyof typeof TONED][] = [
    ['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y'],
    ['o', 'A'], ['O', 'a'], ['o', 'E'], ['O', 'e'], ['u', 'Y'], ['U', 'y'],
  ];
  for (const [first, second] of pairs) {
    const firstToned = first === 'o' || first === 'O' ? TONED_O[first] : TONED_U[first];
    for (let tone = 0; tone < 5; tone++) {
      map.set(first + TONED[second][tone], firstToned[tone] + second);
    }
  }
  return map;
})();
const TONED_SECOND = [...new Set([...OLD_TONE.keys()].map((pair) => pair[1]))].join('');
// A character class is what makes this fast: it runs on every line of every article. The look back
// ("not after q", as in "quý") comes after the o/u it guards, so that it is tested only there.
const OLD_TONE_RE = new RegExp(`[oOuU](?<![qQ][\\s\\S])[${TONED_SECOND}](?![\\p{L}\\p{M}])`, 'gu');

/** Display text with tone placement made canonical; same length and offsets as its input. */
export function foldTones(text: string): string {
  return text.replace(OLD_TONE_RE, (m) => OLD_TONE.get(m) ?? m);
}

/** The form all matching works on: NFC, canonical tone placement, lower case (length-preserving). */
export function matchForm(text: string): string {
  return matchFormOfNfc(text.normalize('NFC'));
}

/** matchForm of a text already in NFC, such as cleanText's: normalising it again would only copy it. */
export function matchFormOfNfc(text: string): string {
  return foldTones(text).toLowerCase();
}

/** Without any diacritics, đ→d, lower case, spaces collapsed: what a reader types on a phone. */
export function searchFold(text: string): string {
  return foldLetters(text).replace(/\s+/g, ' ').trim();
}

/** searchFold before spaces are collapsed: decomposed, marks dropped, đ→d, lower case. */
function foldLettersOfText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// The same, one character at a time, for text in the scripts articles are written in: Latin (ASCII,
// Latin-1, Extended-A and -B), the Vietnamese letters (Latin Extended Additional) and punctuation.
// Each of these characters decomposes into itself, or into a letter and marks, and none lower-cases
// differently in context (only Greek capital sigma does, and it is not among them), so folding each
// one alone gives the text's fold; each is folded once, by the definition above. A text with any other
// character (a combining mark, another script) is folded as a whole.
const FOLDABLE_ALONE: readonly (readonly [from: number, to: number])[] = [[0x0000, 0x024f], [0x1e00, 0x1eff], [0x2000, 0x206f]];
let foldOf: (string | undefined)[] | null = null;

function foldLetters(text: string): string {
  foldOf ??= (() => {
    const table: (string | undefined)[] = [];
    for (const [from, to] of FOLDABLE_ALONE) {
      for (let c = from; c <= to; c++) {
        const char = String.fromCharCode(c);
        if (!/^\p{M}/u.test(char.normalize('NFD'))) table[c] = foldLettersOfText(char);
      }
    }
    return table;
  })();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const folded = foldOf[text.charCodeAt(i)];
    if (folded === undefined) return foldLettersOfText(text);
    out += folded;
  }
  return out;
}

/**
 * A pure function of a short string, remembered: names and words are keyed over and over, within an
 * article and across articles. The cache is emptied when full, so memory stays bounded.
 */
function remembered(f: (text: string) => string, size = 20_000, longest = 200): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    if (text.length > longest) return f(text);
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= size) cache.clear();
      cache.set(text, (value = f(text)));
    }
    return value;
  };
}

/** A key for names: canonical tones, lower case, single spaces, no surrounding punctuation. */
export const nameKey: (text: string) => string = remembered((text) =>
  matchForm(text).replace(/\s+/g, ' ').replace(/^[\s\p{P}]+|(?<![\s\p{P}])[\s\p{P}]+$/gu, ''),
);

/**
 * nameKey for place names, which are also written with varying joiners: any dash with any spacing
 * is one space ("Bà Rịa – Vũng Tàu" = "Bà Rịa-Vũng Tàu" = "Bà Rịa Vũng Tàu"), and an apostrophe
 * goes together with the spaces around it ("Cư M’gar" = "Cư M' gar" = "Cư Mgar").
 */
export const placeKey: (text: string) => string = remembered((text) => {
  // Same result as replacing /\s*[dash]\s*/ with a space and /\s*[apostrophe]\s*/ with nothing, in
  // linear time: those patterns retry a long run of spaces from each position in it (quadratic).
  // A dash becomes a space and nameKey collapses the spaces; an apostrophe's neighbouring spaces go
  // with it (split, trim the pieces' inner ends, join).
  const pieces = text.replace(/[\p{Pd}\u2212]/gu, ' ').split(/['\u2018\u2019\u02bc`\u00b4]/u);
  const joined = pieces
    .map((piece, i) => {
      const start = i === 0 ? piece : piece.trimStart();
      return i === pieces.length - 1 ? start : start.trimEnd();
    })
    .join('');
  return nameKey(joined);
});
