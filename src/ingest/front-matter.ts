// An article written as Markdown may open with YAML front matter: a keeper's corrections. Split on
// the bytes, before decoding, so that the article's text (the body) is read exactly as a .txt file
// with the same words would be, and so hashes the same.
//
//   ---                          ← first line (after an optional UTF-8 BOM)
//   title: Hội nghị Ban Chấp hành
//   ---                          ← or "..."
//   Chiều ngày 14/4, ...         ← the body: the article
export type FrontMatter = {
  /** The YAML between the fences, decoded as UTF-8 (YAML's own encoding). */
  yaml: string;
  /** The file's line number of the YAML's first line (2, after the opening fence). */
  firstLine: number;
};

export type Split =
  | { kind: 'none'; body: Uint8Array }
  | { kind: 'front-matter'; frontMatter: FrontMatter; body: Uint8Array }
  /** An opening fence with no closing one: the whole file is the article, and the keeper is told. */
  | { kind: 'unclosed'; body: Uint8Array };

export const isMarkdown = (path: string): boolean => path.toLowerCase().endsWith('.md');

const NL = 0x0a;
const CR = 0x0d;

/** The line starting at `start`: its end (before CR/LF) and where the next line starts. */
function lineAt(bytes: Uint8Array, start: number): { end: number; next: number } {
  let i = bytes.indexOf(NL, start);
  const next = i < 0 ? bytes.length : i + 1;
  if (i < 0) i = bytes.length;
  const end = i > start && bytes[i - 1] === CR ? i - 1 : i;
  return { end, next };
}

/** A fence line: exactly "---" (or "..." to close), trailing spaces allowed. */
function isFence(bytes: Uint8Array, start: number, end: number, closing: boolean): boolean {
  let e = end;
  while (e > start && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x09)) e--;
  if (e - start !== 3) return false;
  const c = bytes[start];
  return (c === 0x2d || (closing && c === 0x2e)) && bytes[start + 1] === c && bytes[start + 2] === c;
}

export function splitFrontMatter(bytes: Uint8Array): Split {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const first = lineAt(bytes, bom);
  if (!isFence(bytes, bom, first.end, false)) return { kind: 'none', body: bytes };
  for (let at = first.next; at < bytes.length; ) {
    const { end, next } = lineAt(bytes, at);
    if (isFence(bytes, at, end, true)) {
      const yaml = new TextDecoder('utf-8').decode(bytes.subarray(first.next, at));
      return { kind: 'front-matter', frontMatter: { yaml, firstLine: 2 }, body: bytes.subarray(next) };
    }
    at = next;
  }
  return { kind: 'unclosed', body: bytes };
}
