// unwrap: joins the lines of hard-wrapped paragraphs (text copied from some CMSs and PDFs breaks
// every 70–100 characters), so that a sentence, a name or a date is never cut in two. A newline
// becomes one space, so every offset still points into the cleaned text.
import type { Line, State } from '../state.ts';
import { LIST_MARKER } from '../text.ts';
import { SOURCE_TAG_RE, isImageFile } from './noise.ts';

// A line broken mid-sentence ends without closing punctuation and the next one goes on in lower case.
const ENDS_CLOSED = /[.!?…:;"”’)\]]$/u;
// (A digit is a continuation too, unless it starts a date or a time, "14/7" or "2023-07-14": a stamp
// line after a headline.)
const STARTS_LOWER = /^(?:[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]|(?!(?:\d{1,2}|(?:19|20)\d{2})\s*[/:.-]\s*\d)\d)/u;
const MIN_BROKEN = 40;
const PAGE_MARK_RE = /^\s*(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/iu;
// A page saved from a phone's screen is wrapped at ~30 characters: its lines are too short to look
// broken one by one, but most of them run on into the next. Shorter lines make a wrapped file only
// when there are many such lines, and they are a good share of the text's.
const MIN_NARROW = 20;
const NARROW_RUN_ONS = 5;
const NARROW_SHARE = 0.3;


export function unwrap(state: State): void {
  const lines = state.lines;
  const width = wrapWidth(lines);
  const out: Line[] = [];
  // Length of the last physical line of each joined paragraph: what the wrap width applies to.
  let tail = 0;
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && joins(prev, tail, line, width)) {
      prev.text = `${prev.text} ${line.text}`;
      prev.match = `${prev.match} ${line.match}`;
      prev.words += line.words;
    } else out.push(line);
    tail = line.text.length;
  }
  state.lines = out;
}

const isRunOn = (a: Line, b: Line, min = MIN_BROKEN) =>
  a.kind !== 'blank' && b.kind !== 'blank' && a.text.length >= min && !ENDS_CLOSED.test(a.text) && STARTS_LOWER.test(b.text) && !LIST_MARKER.test(b.text.trimStart());

const HASHTAG_START = /^\s*#[\p{L}\d_]/u;

function joins(prev: Line, tail: number, next: Line, width: number): boolean {
  if (prev.kind === 'blank' || next.kind === 'blank' || LIST_MARKER.test(next.text.trimStart())) return false;
  // A page's number or footer in text from a PDF ("2", "Trang 1/2") is a line of its own.
  if (PAGE_MARK_RE.test(next.text)) return false;
  // So is a photo's file name ("chau o doi thoai 18-8.jpg"), under its caption or above it.
  if (isImageFile(next.text.trim()) || isImageFile(prev.text.trim())) return false;
  // And a post's hashtags ("#DangUyXaNghiaDan #GiaoBan"), under its last line.
  if (HASHTAG_START.test(next.text)) return false;
  // Anywhere: a long line cut mid-sentence, going on in lower case.
  if (tail >= MIN_BROKEN && isRunOn(prev, next)) return true;
  // In a hard-wrapped file: a line was wrapped when the next line's first word would not have fit
  // on it. A headline is either longer than the width or leaves room, so it stays on its own.
  const firstWord = next.text.trimStart().split(/\s/, 1)[0] ?? '';
  if ((LEAD_START.test(next.text) && UPPER_START.test(next.text)) || SOURCE_TAG_RE.test(next.text)) return false;
  if (STAMP_START.test(next.text) && !TAKES_DATE_END.test(prev.text)) return false;
  return tail <= width * WRAP_OVER && tail + 1 + firstWord.length > width * WRAP_FILL;
}

// Wrapped by hand or by tools that count differently, lines fill 85–100% of the width.
const WRAP_FILL = 0.85;
const WRAP_OVER = 1.05;
// A date or a time opening the next line is a stamp, not a continuation: unless the line before
// ends with a word that a date follows ("bàn giao mặt bằng trước ngày\n30/11/2024").
const TAKES_DATE_END = /(?<![\p{L}])(?:ngày|trước|đến|từ|sau|vào|hôm|tới|trong)$/iu;
const STAMP_START = /^\(?(?:\d{1,2}|(?:19|20)\d{2})\s*[/:.-]\s*\d/u;
// A line that opens like a lead starts a paragraph: it never continues the headline above it.
// (Capitalised, as a paragraph opens: "... mặt bằng trước\nngày 30/11" goes on.)
const LEAD_START = /^(?:sáng|chiều|tối|trưa|ngày|hôm nay|vừa qua|trong (?:hai|2|ba|3) ngày)\s/iu;
const UPPER_START = /^\p{Lu}/u;

/** The width a hard-wrapped file was wrapped at (the longest line that runs on into the next), or 0. */
function wrapWidth(lines: readonly Line[]): number {
  let runOns = 0;
  let width = 0;
  let narrowRunOns = 0;
  let narrowWidth = 0;
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'blank') nonBlank++;
    const next = lines[i + 1];
    if (!next || !isRunOn(line, next, MIN_NARROW)) continue;
    narrowRunOns++;
    narrowWidth = Math.max(narrowWidth, line.text.length);
    if (line.text.length < MIN_BROKEN) continue;
    runOns++;
    width = Math.max(width, line.text.length);
  }
  // One run-on line is an accident; several make a wrapped file.
  if (runOns >= 2) return width;
  return narrowRunOns >= NARROW_RUN_ONS && narrowRunOns >= NARROW_SHARE * nonBlank ? narrowWidth : 0;
}
