// Bytes → text. Detects the encoding a portal or an old editor saved the file in, decodes it with
// iconv-lite (or the legacy font tables), and says what it found. Anything it cannot read becomes a
// reason, never a throw. Every step is one pass over the bytes: time stays linear in the file size.
import iconv from 'iconv-lite';
import type { Message } from '../records/schema.ts';
import { detectLegacy, type LegacyEncoding } from './legacy-vn.ts';

export type DecodeFailure = 'ingest/empty' | 'ingest/binary' | 'ingest/undecodable';

export type Decoded =
  | {
      ok: true;
      text: string;
      /** 'utf-8', 'utf-8 (BOM)', 'utf-16le', 'utf-16be (BOM)', 'windows-1258', 'tcvn3', 'vni-windows', ... */
      encoding: string;
      /** Set when the text was converted from a legacy Vietnamese font encoding. */
      legacy?: LegacyEncoding;
      /** What the reader should know about how it was read (info and warnings, never fatal). */
      messages: Message[];
    }
  | { ok: false; id: DecodeFailure; reason: string };

// File signatures of formats people save by mistake under a .txt name.
const MAGIC: [string, number[], number?][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['MP4/MOV video', [0x66, 0x74, 0x79, 0x70], 4],
  ['BMP image', [0x42, 0x4d], -1],
];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** A BMP header also says its own size: checked so that a text beginning "BM" is not called an image. */
function isBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 26 || !startsWith(bytes, [0x42, 0x4d])) return false;
  const size = (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8) | ((bytes[4] ?? 0) << 16) | ((bytes[5] ?? 0) << 24);
  return size === bytes.length;
}

function magic(bytes: Uint8Array): string | null {
  for (const [what, sig, at] of MAGIC) {
    if (at === -1) {
      if (isBmp(bytes)) return what;
    } else if (startsWith(bytes, sig, at ?? 0)) return what;
  }
  return null;
}

// How much of the file the statistical guesses look at: enough to decide, bounded in time.
const PROBE = 64 * 1024;

/**
 * UTF-16 without a BOM: in text of Latin script one byte of most pairs is zero (ASCII letters, digits,
 * spaces; Vietnamese letters are U+00xx, U+01xx or U+1Exx, whose high byte is small but not zero).
 * Decided on the first 64 KB: the high byte of the pairs is zero in ≥ 30% of them and the low byte
 * almost never is, and no pair is a lone surrogate.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), PROBE);
  if (n < 4) return null;
  // Either reading needs zero bytes in 30% of the pairs: without a single one (any UTF-8 or 8-bit
  // text) the count below cannot succeed, and indexOf finds that out far faster.
  if (bytes.subarray(0, n).indexOf(0) < 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  let evenSmall = 0;
  let oddSmall = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i] ?? 0;
    const odd = bytes[i + 1] ?? 0;
    if (even === 0) evenZero++;
    if (odd === 0) oddZero++;
    // High bytes of the scripts we expect (Latin, Latin Extended, combining marks, Vietnamese,
    // punctuation 0x20xx): anything else in most pairs means this is not UTF-16 text.
    if (even === 0 || even === 0x01 || even === 0x03 || even === 0x1e || even === 0x20) evenSmall++;
    if (odd === 0 || odd === 0x01 || odd === 0x03 || odd === 0x1e || odd === 0x20) oddSmall++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.3 && evenZero < pairs * 0.05 && oddSmall >= pairs * 0.9) return 'utf-16le';
  if (evenZero >= pairs * 0.3 && oddZero < pairs * 0.05 && evenSmall >= pairs * 0.9) return 'utf-16be';
  return null;
}

type Junk = { nul: number; control: number; replaced: number; total: number };

/** Any character countJunk counts: NUL, C0/C1 controls other than tab/LF/CR/FF, U+FFFD. */
const JUNK = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/;

/** Characters that no text file holds: NUL, C0/C1 controls other than tab/LF/CR/FF, U+FFFD. */
function countJunk(text: string): Junk {
  const junk: Junk = { nul: 0, control: 0, replaced: 0, total: text.length };
  // Almost every file has none: one regex scan says so without the loop.
  if (!JUNK.test(text)) return junk;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) junk.nul++;
    else if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c < 0xa0)) junk.control++;
    else if (c === 0xfffd) junk.replaced++;
  }
  return junk;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Which decoder reads these bytes: BOM first, then UTF-16 by its zero bytes, then UTF-8, else legacy 8-bit. */
function read(bytes: Uint8Array): { text: string; encoding: string; legacy?: LegacyEncoding; messages: Message[] } {
  const messages: Message[] = [];
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: iconv.decode(buffer(bytes.subarray(3)), 'utf-8'), encoding: 'utf-8 (BOM)', messages };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    let body = bytes.subarray(2);
    if (body.length % 2) {
      messages.push({ id: 'ingest/truncated', severity: 'warning', reason: 'the UTF-16 file ends in half a character (an odd number of bytes): the last byte was dropped' });
      body = body.subarray(0, body.length - 1);
    }
    return { text: iconv.decode(buffer(body), le ? 'utf-16le' : 'utf-16be'), encoding: `utf-16${le ? 'le' : 'be'} (BOM)`, messages };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const body = bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes;
    return { text: iconv.decode(buffer(body), utf16), encoding: utf16, messages };
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', messages };
  } catch {
    // Not valid UTF-8: an 8-bit file. Vietnamese ones of that age are Windows-1258 (the Vietnamese
    // code page) or text typed in a legacy font (TCVN3, VNI), which only reading it as Vietnamese tells.
    const cp1258 = iconv.decode(buffer(bytes), 'windows-1258');
    const verdict = detectLegacy(cp1258, iconv.decode(buffer(bytes), 'latin1'));
    if (verdict.kind === 'converted') {
      messages.push({ id: 'ingest/legacy-encoding', severity: 'info', reason: verdict.reason });
      return { text: verdict.text, encoding: verdict.encoding, legacy: verdict.encoding, messages };
    }
    if (verdict.kind === 'suspected') {
      messages.push({ id: 'ingest/legacy-encoding-suspected', severity: 'warning', reason: verdict.reason });
    }
    return { text: cp1258, encoding: 'windows-1258', messages };
  }
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, id: 'ingest/empty', reason: 'the file is empty (0 bytes)' };

  const what = magic(bytes);
  if (what) return { ok: false, id: 'ingest/binary', reason: `the file is a ${what}, not text` };

  const { text, encoding, legacy, messages } = read(bytes);
  const junk = countJunk(text);
  if (junk.nul > 0 || junk.control > Math.max(2, junk.total * 0.01)) {
    return { ok: false, id: 'ingest/binary', reason: `the file holds binary data, not text (${junk.nul} NUL and ${junk.control} control characters read as ${encoding})` };
  }
  if (junk.replaced > junk.total * 0.02) {
    return { ok: false, id: 'ingest/undecodable', reason: `${junk.replaced} of ${junk.total} characters cannot be decoded as ${encoding}` };
  }
  if (junk.replaced > 0) {
    messages.push({ id: 'ingest/replaced-characters', severity: 'warning', reason: `${junk.replaced} byte sequences are not valid ${encoding} and show as U+FFFD` });
  }
  if (text.trim() === '') return { ok: false, id: 'ingest/empty', reason: 'the file holds only white space' };
  return legacy ? { ok: true, text, encoding, legacy, messages } : { ok: true, text, encoding, messages };
}
