// Legacy Vietnamese font encodings: TCVN3 (ABC) and VNI-Windows.
//
// Before Unicode, Vietnamese text was typed in 8-bit fonts (.VnTime, VNI-Times) that redrew Latin-1
// code points as Vietnamese letters. Such a file is valid Windows-1252 (and often valid UTF-8 once a
// portal re-saved it), so it decodes without error into garbage like "Héi nghÞ" (TCVN3) or "Hoäi nghò"
// (VNI), both "Hội nghị". No maintained npm package converts these correctly (the one that exists maps
// VNI "ỷ"/"ỹ" wrong and loses them on a round trip), hence this one table module.
//
// Sources of the tables:
// - TCVN3 = TCVN 5712:1993 VN3 (VSCII-3): ASCII, NBSP at 0xA0, 7 capitals Ă Â Ê Ô Ơ Ư Đ at
//   0xA1–0xA7 and the 67 lowercase letters at 0xA8–0xFE. Byte values as in GNU libiconv's lib/tcvn.h
//   (which encodes VN1, whose 0xA0–0xFE lowercase entries are VN3's) and Wikipedia's "VSCII" article.
//   VN3 has no toned capitals: ABC drew them by switching to a capitals font (.VnTimeH) over the same
//   lowercase codes, so such text converts to lowercase; nothing in the bytes says otherwise.
// - VNI-Windows (VNI Software's font encoding): a base letter followed by one byte that draws the
//   diacritics over it, plus single bytes for đ ơ ư and the i/ỵ forms. Cross-checked against the
//   VNI_WINDOWS_TABLE of the VBKey input method and UniKey's converter output.
// Both are keyed here by the Latin-1 character that a byte decodes to, so they apply to text decoded
// as Latin-1/Windows-1252 and to text already in Unicode whose characters came from those bytes.

export type LegacyEncoding = 'tcvn3' | 'vni-windows';
export const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, .VnTime fonts)',
  'vni-windows': 'VNI-Windows (VNI-Times fonts)',
};

// Tone marks in the order the TCVN3 bytes run: huyền, hỏi, ngã, sắc, nặng.
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
type Vowel = (typeof VOWELS)[number];
const toned = (v: string, tone: number) => (tone < 0 ? v : (v + TONES[tone]).normalize('NFC'));

// ---- TCVN3 ------------------------------------------------------------------------------------

/** First byte of each vowel's five toned forms (huyền, hỏi, ngã, sắc, nặng), as [byte, byte, ...]. */
const TCVN3_TONED: Record<Vowel, readonly number[]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const TCVN3_PLAIN: readonly [number, string][] = [
  [0xa0, '\u00a0'],
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
];

/** Latin-1 code (0xA0–0xFF) → Unicode; undefined where VN3 leaves the byte unassigned. */
const TCVN3_DECODE: (string | undefined)[] = new Array(256);
const TCVN3_ENCODE = new Map<string, string>();
for (const [byte, ch] of TCVN3_PLAIN) TCVN3_DECODE[byte] = ch;
for (const v of VOWELS) {
  TCVN3_TONED[v].forEach((byte, tone) => (TCVN3_DECODE[byte] = toned(v, tone)));
}
for (let byte = 0xa0; byte < 0x100; byte++) {
  const ch = TCVN3_DECODE[byte];
  if (ch !== undefined) TCVN3_ENCODE.set(ch, String.fromCharCode(byte));
}

/** TCVN3 text (one character per byte) → Unicode (NFC). Characters outside the table pass through. */
export function fromTcvn3(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0 || c > 0xff) continue;
    const ch = TCVN3_DECODE[c];
    if (ch === undefined) continue;
    out += text.slice(last, i) + ch;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Unicode → TCVN3 (one Latin-1 character per byte), for fixtures and round-trip tests. Toned capitals
 * become their lowercase codes, as ABC's capitals fonts drew them; characters VN3 lacks pass through.
 */
export function toTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    out += TCVN3_ENCODE.get(ch) ?? (ch.charCodeAt(0) >= 0x80 ? (TCVN3_ENCODE.get(ch.toLowerCase()) ?? ch) : ch);
  }
  return out;
}

// ---- VNI-Windows ------------------------------------------------------------------------------

// The byte after the base letter, per tone (huyền, hỏi, ngã, sắc, nặng); lowercase forms.
const VNI_TONE_MARK = ['ø', 'û', 'õ', 'ù', 'ï'];           // over a e o u y ơ ư
const VNI_CIRCUMFLEX_TONE = ['à', 'å', 'ã', 'á', 'ä'];     // over â ê ô (the byte draws ^ and the tone)
const VNI_BREVE_TONE = ['è', 'ú', 'ü', 'é', 'ë'];          // over ă

/** Unicode lowercase letter → VNI bytes (as Latin-1 characters). */
const VNI_LOWER = new Map<string, string>([['đ', 'ñ']]);
const VNI_BASES: Record<Vowel, { base: string; marks: readonly string[] } | { single: readonly string[] }> = {
  a: { base: 'a', marks: VNI_TONE_MARK },
  ă: { base: 'a', marks: VNI_BREVE_TONE },
  â: { base: 'a', marks: VNI_CIRCUMFLEX_TONE },
  e: { base: 'e', marks: VNI_TONE_MARK },
  ê: { base: 'e', marks: VNI_CIRCUMFLEX_TONE },
  // i has one byte per form: ì ỉ ĩ í ị.
  i: { single: ['ì', 'æ', 'ó', 'í', 'ò'] },
  o: { base: 'o', marks: VNI_TONE_MARK },
  ô: { base: 'o', marks: VNI_CIRCUMFLEX_TONE },
  ơ: { base: 'ô', marks: VNI_TONE_MARK },
  u: { base: 'u', marks: VNI_TONE_MARK },
  ư: { base: 'ö', marks: VNI_TONE_MARK },
  y: { base: 'y', marks: VNI_TONE_MARK },
};
for (const v of VOWELS) {
  const spec = VNI_BASES[v];
  if ('single' in spec) {
    spec.single.forEach((b, tone) => VNI_LOWER.set(toned(v, tone), b));
    continue;
  }
  // The untoned letter: ă â ê ô are base + the bare breve/circumflex byte; ơ ư are single bytes.
  const bare = v === 'ă' ? 'aê' : v === 'â' ? 'aâ' : v === 'ê' ? 'eâ' : v === 'ô' ? 'oâ' : spec.base;
  if (v !== 'a' && v !== 'e' && v !== 'o' && v !== 'u' && v !== 'y') VNI_LOWER.set(v, bare);
  spec.marks.forEach((mark, tone) => VNI_LOWER.set(toned(v, tone), spec.base + mark));
}
// ỵ is the one y form with its own byte.
VNI_LOWER.set('ỵ', 'î');

const VNI_ENCODE = new Map<string, string>();
const VNI_DECODE = new Map<string, string>();
for (const [uni, vni] of VNI_LOWER) {
  // Capitals use the capital base letter and the capital accent byte (Latin-1 upper case of each).
  const upper = vni.toUpperCase();
  VNI_ENCODE.set(uni, vni);
  VNI_ENCODE.set(uni.toUpperCase(), upper);
  VNI_DECODE.set(vni, uni);
  VNI_DECODE.set(upper, uni.toUpperCase());
}

/** VNI-Windows text (one character per byte) → Unicode (NFC). Unknown sequences pass through. */
export function fromVni(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // Every VNI sequence has a byte in 0xC0–0xFF: either it or the byte after a base letter.
    if (!(c >= 0xc0 && c <= 0xff) && !(next >= 0xc0 && next <= 0xff)) continue;
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    const hit = pair ?? VNI_DECODE.get(text[i] ?? '');
    if (hit === undefined || (pair === undefined && c < 0x80)) continue;
    out += text.slice(last, i) + hit;
    const width = pair === undefined ? 1 : 2;
    last = i + width;
    i += width - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Unicode → VNI-Windows (one Latin-1 character per byte), for fixtures and round-trip tests. */
export function toVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

// ---- Detection --------------------------------------------------------------------------------

/** Every Vietnamese letter beyond ASCII → its toneless lowercase base and whether it bears a tone. */
const VIET_LETTER = new Map<string, { base: string; toned: boolean }>();
for (const v of VOWELS) {
  for (let tone = -1; tone < 5; tone++) {
    const lower = toned(v, tone);
    VIET_LETTER.set(lower, { base: v, toned: tone >= 0 });
    VIET_LETTER.set(lower.toUpperCase(), { base: v, toned: tone >= 0 });
  }
}
VIET_LETTER.set('đ', { base: 'đ', toned: false });
VIET_LETTER.set('Đ', { base: 'đ', toned: false });

// A Vietnamese syllable without its tone: onset, vowel nucleus (with glides), coda. Onsets and codas
// are lenient (consonant clusters and final k/r/l/h/s, as in "Krông", "Đắk", "Xiêr": place names of
// the Central Highlands); the nucleus is strict, and that is what wrong conversions break ("caực",
// "Hoọi", "uỷy"). Bounded alternatives anchored at both ends: no backtracking blow-up.
const ONSET = '(?:gi|qu|[bcdđfghjklmnpqrstvwxz]{1,3})?';
const NUCLEUS =
  '(?:oai|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])';
const CODA = '(?:ch|ng|nh|[cmnptkrlhs])?';
export const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`, 'u');

type Tally = { good: number; bad: number };

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpaceOrAsciiNonLetter = (c: number) => c < 0x80 ? !isAsciiLetter(c) : c === 0xa0 || c === 0x2028 || c === 0x2029;
// Punctuation a Unicode article uses next to words (quotes, dashes, ellipsis): not part of a word.
const isCommonPunct = (c: number) => (c >= 0x2010 && c <= 0x206f) || c === 0xfeff || c === 0x200b;

/** Judges one word that holds a character beyond ASCII: a Vietnamese syllable or not. */
function judge(word: string, tally: Tally): void {
  if (word.length > 12) {
    tally.bad++;
    return;
  }
  let tones = 0;
  let plain = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (isAsciiLetter(c)) {
      plain += ch.toLowerCase();
      continue;
    }
    const info = VIET_LETTER.get(ch);
    if (!info) {
      tally.bad++;
      return;
    }
    if (info.toned) tones++;
    plain += info.base;
  }
  if (tones <= 1 && SYLLABLE.test(plain)) tally.good++;
  // No vowel at all ("HĐND", "TP.HCM" pieces): an abbreviation, no evidence either way.
  else if (tones === 0 && !/[aăâeêioôơuưy]/.test(plain)) return;
  else tally.bad++;
}

// Symbols Unicode articles put at the edge of a word ("«hội thảo»", "30°C", "©2022", "½"). Trimmed
// before judging, at the cost of some TCVN3 evidence (« is ô there): its other words decide.
const EDGE = new Set('«»°·©®½¼¾±×÷¡¿'.split(''));

function judgeTrimmed(word: string, tally: Tally): void {
  let from = 0;
  let to = word.length;
  while (from < to && EDGE.has(word[from] ?? '')) from++;
  while (to > from && EDGE.has(word[to - 1] ?? '')) to--;
  const core = word.slice(from, to);
  // Nothing left, or only ASCII: no evidence either way.
  for (let i = 0; i < core.length; i++) {
    if (core.charCodeAt(i) >= 0x80) {
      judge(core, tally);
      return;
    }
  }
}

// Enough text to judge a file; past it the verdict would not change and time stays bounded.
const SAMPLE = 256 * 1024;

/**
 * Counts the words beyond ASCII that read as Vietnamese syllables (good) and those that do not (bad).
 * A word is a run of anything but white space, ASCII punctuation/digits and common Unicode punctuation,
 * so that legacy bytes drawn as symbols (µ ¸ ¹ « ¬ in TCVN3) stay inside the word they belong to.
 */
export function tallyVietnamese(text: string): Tally {
  const tally: Tally = { good: 0, bad: 0 };
  const end = Math.min(text.length, SAMPLE);
  let start = -1;
  let wide = false;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    const inWord = !isSpaceOrAsciiNonLetter(c) && !isCommonPunct(c);
    if (inWord) {
      if (start < 0) start = i;
      if (c >= 0x80) wide = true;
    } else if (start >= 0) {
      if (wide) judgeTrimmed(text.slice(start, i).normalize('NFC'), tally);
      start = -1;
      wide = false;
    }
  }
  return tally;
}

// Latin-1 characters that Unicode Vietnamese never uses (it needs only à á â ã è é ê ì í ò ó ô õ ù ú ý
// and their capitals, and writes at most the symbols in EDGE): TCVN3 and VNI text read as Latin-1
// always has some. Without any, the file is Unicode and the word-by-word tally is not needed.
const LEGACY_SIGN: RegExp = (() => {
  const vietnamese = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý\u00a0'.split(''));
  let chars = '';
  for (let c = 0x80; c <= 0xff; c++) {
    const ch = String.fromCharCode(c);
    if (!vietnamese.has(ch) && !EDGE.has(ch)) chars += `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return new RegExp(`[${chars}]`, 'u');
})();

export type LegacyVerdict =
  | { kind: 'unicode' }
  | { kind: 'converted'; encoding: LegacyEncoding; text: string; reason: string }
  | { kind: 'suspected'; reason: string };

const share = (t: Tally) => t.bad / Math.max(1, t.good + t.bad);

/**
 * Decides whether `reading` (the text as decoded) is really TCVN3 or VNI text. `bytes` is the same
 * content one character per byte (Latin-1) where the decoder had bytes; by default `reading` itself.
 * Converts only when the reading as given is poor Vietnamese and exactly one legacy table turns it into
 * good Vietnamese; when the evidence is mixed it reports a suspicion and converts nothing.
 */
export function detectLegacy(reading: string, bytes: string = reading): LegacyVerdict {
  if (!LEGACY_SIGN.test(reading.length > SAMPLE ? reading.slice(0, SAMPLE) : reading)) return { kind: 'unicode' };
  const asIs = tallyVietnamese(reading);
  // Few odd words, or mostly good ones: the reading stands (names like "Müller", a stray "½").
  if (asIs.bad < 3 || share(asIs) <= 0.1) return { kind: 'unicode' };
  const tcvn3 = fromTcvn3(bytes);
  const vni = fromVni(bytes);
  const candidates = [
    { encoding: 'tcvn3' as const, text: tcvn3, tally: tallyVietnamese(tcvn3) },
    { encoding: 'vni-windows' as const, text: vni, tally: tallyVietnamese(vni) },
  ].sort((x, y) => share(x.tally) - share(y.tally));
  const [best, other] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];
  const pct = (t: Tally) => `${Math.round(share(t) * 100)}%`;
  const summary = `${pct(asIs)} of the words with Vietnamese letters are not Vietnamese syllables as read; ` +
    `as ${LEGACY_NAMES.tcvn3}: ${pct(candidates.find((c) => c.encoding === 'tcvn3')!.tally)}, ` +
    `as ${LEGACY_NAMES['vni-windows']}: ${pct(candidates.find((c) => c.encoding === 'vni-windows')!.tally)}`;
  const clear =
    best.tally.good >= 5 &&
    share(best.tally) <= 0.05 &&
    share(best.tally) * 3 < share(asIs) &&
    share(other.tally) >= Math.max(0.15, share(best.tally) * 3);
  if (clear) {
    return {
      kind: 'converted',
      encoding: best.encoding,
      text: best.text,
      reason: `converted from the legacy font encoding ${LEGACY_NAMES[best.encoding]} (${summary})`,
    };
  }
  return {
    kind: 'suspected',
    reason: `the text may be in a legacy Vietnamese font encoding but none reads clearly, so it was left as is (${summary})`,
  };
}
