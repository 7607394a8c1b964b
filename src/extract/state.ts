// The state every extraction rule reads and adds to, as markdown-it's rules share one state.
import type {
  Chair, EventDate, FieldMeta, Locality, MeetingType, Message, Province, ProvinceRef, Published,
} from '../records/schema.ts';
import type { Source } from '../ingest/index.ts';
import { matchFormOfNfc } from '../text/fold.ts';
import { sentences, wordCount, type SplitLine } from './text.ts';

/** What a line of the scraped page is, once the noise rule has looked at it. */
export type LineKind = 'body' | 'title' | 'noise' | 'caption' | 'byline' | 'stamp' | 'blank';

export type Line = {
  /** Display text of the line (no trailing spaces). */
  text: string;
  /** matchForm of text: same length, lower case, canonical tones. */
  match: string;
  /** Offset of the line's first character in the cleaned text. */
  offset: number;
  /** Its word count, counted once. */
  words: number;
  kind: LineKind;
  /** Its sentences, once a rule has asked for them (text.ts lineSentences). */
  split?: SplitLine | undefined;
};

export type State = {
  source: Source;
  /** The cleaned article text that evidence offsets point into. */
  text: string;
  /** matchForm of the whole text: the lines' first match forms joined by newlines (the content id's input). */
  match: string;
  lines: Line[];
  /** The article's first paragraph, once the title rule has found it. */
  lead: Line | null;
  title: string | null;
  titleMeta: FieldMeta | null;
  date: EventDate | null;
  published: Published | null;
  reportingPeriod: { text: string; offset: number } | null;
  locality: Locality | null;
  province: Province | null;
  provinceToday: ProvinceRef | null;
  chair: Chair | null;
  meetingType: MeetingType | null;
  tasks: string[];
  tasksMeta: FieldMeta | null;
  captions: string[];
  byline: string | null;
  messages: Message[];
};

export function initialState(source: Source): State {
  // The text is put in match form once (a Source's text is NFC: cleanText made it), and its lines are
  // the pieces between its newlines: matchForm works within a line (NFC, tone placement and lower
  // case never reach across a newline, which none of them produces), so each piece of the match form,
  // at the same offsets, is the line's own matchForm.
  const { text } = source;
  const match = matchFormOfNfc(text);
  const lines: Line[] = [];
  for (let offset = 0; ; ) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(offset, end);
    const words = wordCount(text, offset, end);
    lines.push({ text: line, match: match.slice(offset, end), offset, words, kind: words === 0 && line.trim() === '' ? 'blank' : 'body', split: undefined });
    if (newline < 0) break;
    offset = newline + 1;
  }
  return {
    source, text: source.text, match, lines, lead: null,
    title: null, titleMeta: null, date: null, published: null, reportingPeriod: null,
    locality: null, province: null, provinceToday: null, chair: null, meetingType: null,
    tasks: [], tasksMeta: null, captions: [], byline: null,
    messages: [...source.messages],
  };
}

/** A line long enough to be a paragraph of the article rather than a heading, a caption or a name. */
export const PARAGRAPH_WORDS = 12;
export const isParagraph = (line: Line): boolean => line.kind === 'body' && line.words > PARAGRAPH_WORDS;
/** Written like an article's paragraph: long enough, and in sentences (a headline or a menu is not). */
export const MAX_HEADLINE_WORDS = 45;
// (A full stop before a capital inside the line must end a sentence: "Thành ủy Tp. Lạng Sơn" is one line of a headline.)
export const readsAsParagraph = (line: Line): boolean =>
  line.words > PARAGRAPH_WORDS && (line.words > MAX_HEADLINE_WORDS || /[.!?…:;]["”’)]*\s*$/u.test(line.text) ||
    (/[.!?…]\s+\p{Lu}/u.test(line.text) && sentences({ text: line.text, offset: 0 }).length > 1));
/** The lead: the article's first paragraph, where a report says who met, when and why. */
export const leadLine = (state: State): Line | undefined => state.lead ?? state.lines.find(isParagraph);

/** Body lines (what remains after noise, title, captions, bylines and stamps are set aside). */
export const bodyLines = (state: State): Line[] => state.lines.filter((l) => l.kind === 'body');

// "Chiều cùng ngày, Ban Thường vụ ... họp ...": a second event, reported after the article's own.
const SECOND_EVENT_RE = /^\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:cùng ngày|ngày hôm sau|hôm sau)\s*,/u;
/** The body lines of the article's own event: up to a second event's paragraph after the lead, which has its
 * own chair and directions. */
export function eventLines(state: State): Line[] {
  const paragraphs = bodyLines(state);
  const lead = leadLine(state);
  const leadAt = lead ? paragraphs.indexOf(lead) : -1;
  const second = paragraphs.findIndex((line, i) => i > leadAt && SECOND_EVENT_RE.test(line.match));
  return second > 0 ? paragraphs.slice(0, second) : paragraphs;
}

/** Adds a message once (rules may run over several candidates). */
export function note(state: State, id: string, severity: Message['severity'], reason: string): void {
  if (!state.messages.some((m) => m.id === id && m.reason === reason)) state.messages.push({ id, severity, reason });
}

export type Rule = (state: State) => void;
