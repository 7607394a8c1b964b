// title: finds the lead (the article's first paragraph) and the headline, the nearest short line
// above it that is not chrome. An article without one gets a title made from its lead sentence,
// marked inferred.
import { MAX_HEADLINE_WORDS, PARAGRAPH_WORDS, readsAsParagraph, type Line, type State } from '../state.ts';
import { CAP_WORD, sentences, wordCount } from '../text.ts';
import { TIME_OF_DAY, alternation } from '../vocabulary.ts';
import { isSiteName } from './noise.ts';

// "Chiều ngày 14/4, " / "Ngày 5 tháng 3 năm 2021, " / "Vừa qua, " at the start of a lead sentence.
const LEADING_WHEN = new RegExp(
  String.raw`^(?:(?:${alternation(TIME_OF_DAY)})\s+)?(?:(?:hôm\s+)?nay\s+)?(?:ngày\s+)?(?:\d{1,2}\s*(?:[/.-]|tháng)\s*\d{1,2}(?:\s*(?:[/.-]|năm)\s*\d{4})?|vừa\s+qua|mới\s+đây|hôm\s+qua|sáng\s+nay|chiều\s+nay)\s*(?:\([^)]*\))?\s*,?\s*`,
  'iu',
);
// Where a lead sentence turns from what happened to why: "... nhằm đánh giá", "..., đánh giá".
const PURPOSE = /\s+(?:nhằm|để|với mục đích|theo đó)\s|,\s/u;

const CENTRED_RE = /^[ \t]{10,}\S/u;

export function title(state: State): void {
  const body = state.lines.filter((l) => l.kind === 'body');
  const leadAt = findLead(body);
  if (leadAt < 0) return;
  const first = body[leadAt]!;
  state.lead = first;
  // The headline is the nearest headline-like line above the lead (chrome, stamps and captions are
  // no longer body lines by now).
  for (let i = leadAt - 1; i >= 0; i--) {
    const line = body[i]!;
    // (A line set far in, centred on a document's page, is the document's own heading.)
    if (!isHeadlineLike(line) || CENTRED_RE.test(line.text)) continue;
    const kicker = kickerOf(body[i - 1], line);
    const headline = unbracketed(withoutSiteName(line));
    const text = kicker ? `${kicker.text} ${headline}` : headline;
    line.kind = 'title';
    if (kicker) kicker.kind = 'title';
    state.title = text;
    state.titleMeta = { certainty: 'stated', evidence: { text, offset: (kicker ?? line).offset }, rule: kicker ? 'title/kicker+headline' : 'title/headline' };
    // The browser's title above the article: the headline, then the site's name ("... - Cổng thông tin
    // điện tử huyện ...").
    for (const other of body.slice(0, leadAt)) if (other !== line && isPageTitleOf(other, text)) other.kind = 'noise';
    // The article begins at its headline: short lines left above it are the page's banners and
    // rubrics ("Mừng Đảng - Mừng Xuân Quý Mão 2023"), not its text.
    for (const other of body.slice(0, kicker ? i - 1 : i)) other.kind = 'noise';
    return;
  }
  // No headline: the lead's first sentence, without its date phrase and its purpose clause.
  const lead = sentences({ text: first.text, offset: first.offset })[0];
  if (!lead) return;
  let made = lead.text.replace(LEADING_WHEN, '');
  const cut = PURPOSE.exec(made);
  if (cut && wordCount(made.slice(0, cut.index)) >= 5) made = made.slice(0, cut.index);
  made = made.replace(/[\s,.;:…]+$/u, '');
  if (wordCount(made) > 25) made = made.split(/\s+/).slice(0, 25).join(' ') + '…';
  if (wordCount(made) < 4) return;
  state.title = made.charAt(0).toLocaleUpperCase('vi') + made.slice(1);
  state.titleMeta = { certainty: 'inferred', evidence: { text: lead.text, offset: lead.offset }, rule: 'title/from-lead' };
}

/**
 * "Huyện ủy Vĩnh Thuận:" on the line right above the headline "Sơ kết công tác 6 tháng đầu năm 2023":
 * the headline's first part, which a page set apart (a kicker). A short line ending with a colon.
 */
function kickerOf(above: Line | undefined, headline: Line): Line | null {
  if (!above || above.words < 2 || above.words > 8 || above.text !== above.text.trim() || !above.text.endsWith(':')) return null;
  // Right above: the file had one line break between them, so the title quotes the text at its offset.
  return above.offset + above.text.length + 1 === headline.offset && headline.text === headline.text.trimStart() ? above : null;
}

// The last separator on the line, with only the site's name after it.
const SITE_AFTER = /\s+[-–—|]\s+(?=[^-–—|]+$)/u;
/** The headline without the site's name that a page's own title ends with ("... lần thứ 10 - Cổng thông tin điện tử huyện Phù Mỹ"). */
// "[ĐỐI THOẠI GIỮA BÍ THƯ ĐẢNG ỦY XÃ VỚI ĐOÀN VIÊN, THANH NIÊN]", "【GIAO BAN THÁNG 11】": a post's headline set in brackets.
const BRACKETED_RE = /^[[【「(]\s*([^\][【】「」()]+?)\s*[\]】」)]$/u;
const unbracketed = (headline: string): string => BRACKETED_RE.exec(headline)?.[1] ?? headline;

function withoutSiteName(line: Line): string {
  const m = SITE_AFTER.exec(line.match);
  if (!m || !isSiteName(line.match.slice(m.index + m[0].length).trim())) return line.text.trim();
  const headline = line.text.slice(0, m.index).trim();
  return wordCount(headline) >= 4 ? headline : line.text.trim();
}

const PAGE_TITLE_SEPARATOR = /^\s*[-–—|:·]\s*\S/u;
/** Whether a line is the headline followed by more, after a separator: a page's own title. */
const isPageTitleOf = (line: Line, headline: string): boolean => {
  const text = line.text.trim();
  return text.length > headline.length && text.startsWith(headline) && PAGE_TITLE_SEPARATOR.test(text.slice(headline.length));
};

/** The first paragraph: more than a heading's words and written in sentences (or too long to be a heading). */
function findLead(body: readonly Line[]): number {
  const paragraph = body.findIndex(readsAsParagraph);
  return paragraph >= 0 ? paragraph : body.findIndex((l) => l.words > PARAGRAPH_WORDS);
}

/** At least four words, at most one sentence, no closing full stop or colon, not a bare name. */
function isHeadlineLike(line: Line): boolean {
  const text = line.text.trim();
  // (Nor a label that introduces what follows: "Nội dung văn bản (trích xuất từ tệp đính kèm):".)
  return line.words >= 4 && line.words <= MAX_HEADLINE_WORDS && !/[.…:]$/u.test(text) && sentences({ text, offset: 0 }).length === 1 && !NAME_ONLY.test(text);
}
const NAME_ONLY = new RegExp(`^(?:${CAP_WORD}\\s+){1,3}${CAP_WORD}(?:\\s*\\(.*\\))?$`, 'u');
