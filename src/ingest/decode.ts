// Bytes → text. Detects the encoding a portal or an old editor saved the file in, decodes it with
// iconv-lite, and says what it found. Anything it cannot read becomes a reason, never a throw.
import iconv from 'iconv-lite';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; id: 'ingest/empty' | 'ingest/binary' | 'ingest/undecodable'; reason: string };

// File signatures of formats people save by mistake under a .txt name.
const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['gzip archive', [0x1f, 0x8b]],
];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** UTF-16 without a BOM: one byte of every pair is mostly zero for Latin-script text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of characters that no text file contains (C0 controls other than tab/LF/CR, U+FFFD). */
function junkShare(text: string): number {
  if (!text.length) return 0;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) junk++;
  }
  return junk / text.length;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, id: 'ingest/empty', reason: 'the file is empty (0 bytes)' };

  for (const [what, sig] of MAGIC) {
    if (startsWith(bytes, sig)) return { ok: false, id: 'ingest/binary', reason: `the file is a ${what}, not text` };
  }

  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8 (BOM)';
    text = iconv.decode(Buffer.from(bytes.subarray(3)), 'utf-8');
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le (BOM)';
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be (BOM)';
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = iconv.decode(Buffer.from(bytes), utf16);
    } else {
      try {
        text = utf8.decode(bytes);
        encoding = 'utf-8';
      } catch {
        // Not valid UTF-8: Vietnamese files of that age are Windows-1258 (the Vietnamese code page).
        text = iconv.decode(Buffer.from(bytes), 'windows-1258');
        encoding = 'windows-1258';
      }
    }
  }

  if (text.includes('\u0000') || junkShare(text) > 0.02) {
    return { ok: false, id: 'ingest/binary', reason: `the file holds binary data, not text (read as ${encoding})` };
  }
  if (text.trim() === '') return { ok: false, id: 'ingest/empty', reason: 'the file holds only white space' };
  return { ok: true, text, encoding };
}
