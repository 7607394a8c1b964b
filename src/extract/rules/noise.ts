// noise: sets portal chrome, publication stamps, captions and bylines apart from the article's
// paragraphs. What is left as 'body' is the article. Captions and bylines become their own fields.
import { PARAGRAPH_WORDS, leadLine, type Line, type State } from '../state.ts';
import { endsLikeSentence, wordCount } from '../text.ts';
import {
  BYLINE_LABELS, CAPTION_OPENERS, NOISE_LINES, NOISE_MARKERS, PRINT_LABELS, STAMP_LABELS, TRAILER_LINES,
  alternation,
} from '../vocabulary.ts';
import { matchForm } from '../../text/fold.ts';

// Chrome lines are short: only those are compared with the lists, so only those are stripped.
const CHROME_WORDS = 8;
const bare = (line: Line) => (line.words > CHROME_WORDS ? '' : line.match.replace(/[\s:.\-–|[\]()]+$/u, '').replace(/^[\s\-–|[\]()]+/u, '').trim());
const NOISE_LINE_SET = new Set(NOISE_LINES.map(matchForm));
const TRAILER_SET = new Set(TRAILER_LINES.map(matchForm));
const NOISE_MARKER_RE = new RegExp(alternation(NOISE_MARKERS), 'u');
const TRAILER_GLUED_RE = new RegExp(`(${alternation(TRAILER_LINES)})$`, 'u');
const IMAGE_FILE_RE = /^\S*\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/iu;
const URL_RE = /^(?:https?:\/\/|www\.)\S+$/iu;

// "(16:30 | 29/07/2020)", "[ Cập nhật vào ngày (18/03/2021) ] - [ Số lần xem: 361 ]", "Thứ năm, 18/03/2021 10:20"
const DATE_NUM = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}`;
const STAMP_RE = new RegExp(
  String.raw`^[\s([]*(?:(?:${alternation([...STAMP_LABELS, ...PRINT_LABELS])})[\s:,(]*)*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[|,\-–]\s*)?)?\(?${DATE_NUM}`,
  'u',
);
const HAS_DATE_RE = new RegExp(DATE_NUM, 'u');

// "Quang cảnh hội nghị. (Ảnh: Mỹ An)", "Ảnh: Mỹ An"
const PHOTO_CREDIT_RE = /\(\s*ảnh\s*:[^)]*\)\s*$|^ảnh\s*:|[-–]\s*ảnh\s*:\s*[^.]*$/u;
const CAPTION_OPENER_RE = new RegExp(`^(?:${alternation(CAPTION_OPENERS)})(?![\\p{L}])`, "u");
const BYLINE_LABEL_RE = new RegExp(String.raw`^(?:${alternation(BYLINE_LABELS)})\s*:\s*(?<name>\S.*)$`, 'u');
// "(TTXVN) - ", "TPHT- ", "HGĐT - ": a portal's source tag before the lead.
export const SOURCE_TAG_RE = /^\(?[\p{Lu}Đ]{2,8}\)?\s*[-–—]\s*(?=\p{Lu})/u;
// A byline alone on its line: 2–4 capitalised syllables, maybe with an office in brackets.
const NAME_LINE_RE = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){0,3}\p{Lu}[\p{Ll}\p{M}]*(?:\s*\([^)]{1,40}\))?$/u;

export function noise(state: State): void {
  const { lines } = state;
  let trailerFrom = lines.length;

  // The portal's trailer (comments, "Các tin khác", link lists) closes the article: find where it starts.
  // Only after some body text, so that a "Tin khác" menu above the headline does not swallow the article.
  let seenText = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    const key = bare(line);
    if (seenText >= 2 && TRAILER_SET.has(key)) { trailerFrom = i; break; }
    const glued = seenText >= 2 && line.words <= PARAGRAPH_WORDS ? TRAILER_GLUED_RE.exec(line.match) : null;
    if (glued && glued.index > 0) {
      // "Hoàng ÝCác ý kiến của bạn đọc": a byline glued to the widget that follows it.
      const name = line.text.slice(0, glued.index).trim();
      if (name) state.byline = name;
      trailerFrom = i;
      break;
    }
    if (line.words > PARAGRAPH_WORDS) seenText++;
  }
  for (let i = trailerFrom; i < lines.length; i++) lines[i]!.kind = 'noise';
  let lastParagraph = -1;
  for (let i = 0; i < trailerFrom; i++) if (lines[i]!.words > PARAGRAPH_WORDS) lastParagraph = i;

  const repeats = new Map<string, number>();
  for (const l of lines) if (l.kind !== 'blank' && l.words <= 40) repeats.set(l.text.trim(), (repeats.get(l.text.trim()) ?? 0) + 1);
  const seenCaptions = new Set<string>();
  let previous: Line | null = null;
  let firstParagraphSeen = false;
  for (let i = 0; i < trailerFrom; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    const text = line.text.trim();
    const key = bare(line);
    const words = line.words;

    if (NOISE_LINE_SET.has(key) || IMAGE_FILE_RE.test(text) || URL_RE.test(text) || (words <= 12 && NOISE_MARKER_RE.test(line.match))) {
      line.kind = STAMP_RE.test(line.match) ? 'stamp' : 'noise';
      if (line.kind === 'noise' && HAS_DATE_RE.test(line.match) && /cập nhật|ngày đăng|đăng ngày/u.test(line.match)) line.kind = 'stamp';
    } else if (words <= 14 && STAMP_RE.test(line.match)) {
      line.kind = 'stamp';
    } else if (words <= 40 && PHOTO_CREDIT_RE.test(line.match)) {
      line.kind = 'caption';
    } else if (previous && IMAGE_FILE_RE.test(previous.text.trim()) && words <= 40 && !endsLikeSentence(text)) {
      line.kind = 'caption';
    } else if (isCaptionLike(line, text, words, firstParagraphSeen, (repeats.get(text) ?? 0) > 1)) {
      line.kind = 'caption';
    } else if (isBylineLine(state, line, text, words, i < lastParagraph, firstParagraphSeen)) {
      line.kind = 'byline';
    }

    if (line.kind === 'caption') {
      if (!seenCaptions.has(text)) state.captions.push(text);
      seenCaptions.add(text);
    }
    if (line.kind === 'body' && words > PARAGRAPH_WORDS) firstParagraphSeen = true;
    previous = line;
  }

  stripSourceTag(state);
}

/** A standalone line describing a photo: it repeats, or names the scene with no sentence of its own. */
function isCaptionLike(line: Line, text: string, words: number, afterLead: boolean, repeated: boolean): boolean {
  if (words > 40 || endsLikeSentence(text)) return false;
  if (repeated && words >= 3) return true;
  if (!afterLead) return false;
  // After the lead, a line that opens like a caption and does not end like a sentence is one.
  return CAPTION_OPENER_RE.test(line.match) && words >= 3;
}

/** The author's name after the last paragraph: "Tin và ảnh: Dương Tuấn", or a bare name "Thu Hằng". */
function isBylineLine(state: State, line: Line, text: string, words: number, laterText: boolean, earlierText: boolean): boolean {
  if (words > 10) return false;
  const labelled = BYLINE_LABEL_RE.exec(line.match);
  if (labelled?.groups?.name && !laterText) {
    state.byline = text.slice(text.length - labelled.groups.name.length).trim();
    return true;
  }
  if (laterText) return false;
  if (!earlierText) return false;
  if (NAME_LINE_RE.test(text) && words >= 2 && words <= 6) {
    state.byline ??= text;
    return true;
  }
  // What follows the byline at the very end ("Đài Truyền thanh thị xã") is the author's office.
  if (state.byline && !endsLikeSentence(text) && words <= 8) return true;
  return false;
}

function stripSourceTag(state: State): void {
  const lead = leadLine(state);
  if (!lead) return;
  const tag = SOURCE_TAG_RE.exec(lead.text);
  if (!tag) return;
  // The source tag is not article text; keep offsets by moving the line's start past it.
  lead.text = lead.text.slice(tag[0].length);
  lead.match = lead.match.slice(tag[0].length);
  lead.offset += tag[0].length;
  lead.words = wordCount(lead.text);
}

