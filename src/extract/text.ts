// Small text helpers the rules share: sentences, words, capitalised runs.

export type Span = { text: string; offset: number };

// A period after these is not a sentence end ("TP. Vị Thanh", "ThS. Nguyễn Văn A").
const ABBREVIATIONS = new Set(['tp', 'tx', 'tt', 'p', 'q', 'h', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'đ/c', 'đc', 'st', 'v.v', 'vv', 'th']);

/** Splits a span into sentences at . ! ? … followed by white space and a capital, digit, quote or dash. */
export function sentences(span: Span): Span[] {
  const out: Span[] = [];
  const { text, offset } = span;
  let start = 0;
  const end = /([.!?…]+)(["”’)]*)(\s+)(?=[\p{Lu}\d“"‘(\-–+•])/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[1]!.length + m[2]!.length;
    const before = text.slice(start, m.index);
    const lastWord = before.split(/\s+/).pop()?.toLowerCase() ?? '';
    if (m[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord))) continue;
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

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Ends like a sentence: a full stop, an ellipsis, a question or exclamation mark, maybe in quotes. */
export const endsLikeSentence = (text: string): boolean => /[.!?…:;]["”’)]*$/u.test(text.trim());

/** Capital-initial syllable, as in names and place names ("Vĩnh", "Đào", "Ủy"). */
export const CAP_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*`;

/** A line's sentences with their matchForm slices (split on display text: capitals mark sentence starts). */
export function lineSentences(line: { text: string; match: string; offset: number }): (Span & { match: string })[] {
  return sentences({ text: line.text, offset: line.offset }).map((s) => {
    const from = s.offset - line.offset;
    return { ...s, match: line.match.slice(from, from + s.text.length) };
  });
}
