// An article a scraper saved as Markdown (its headline a "# " heading, the lead in "**...**", images as
// "![alt](url)", menus as rows of links): recognise it and keep its text, one line per line of the
// page, as the extractor reads any other text. markdown-it (the stack's Markdown parser) reads the
// syntax; this module only decides what each block becomes:
//   - a heading, paragraph, list item, quotation or table row: its words, the markup dropped;
//   - an image (not a linked one: a logo, a banner): its file's name on a line of its own (the noise rule knows an image line and the
//     caption under it; the alt text is markup, often the file's name typed again);
//   - a block of links only (a menu, a breadcrumb, share buttons, "Xem thêm", a related-links list):
//     nothing, since it is navigation, not text;
//   - a rule ("---"): nothing.
import MarkdownIt from 'markdown-it';

// No HTML (a "<" stays text), no typographic replacements, no automatic links: the words as written.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
type Token = ReturnType<typeof md.parse>[number];

const SNIFF = 64 * 1024;
// (No "[" inside the text, no "(" inside the address: each failed try ends where the next can start.)
const LINK_RE = /\[[^[\]\n]{1,300}\]\((?:https?:\/\/|\/|#)[^()\s]*\)/g;
const HEADING_RE = /^#{1,6}[ \t]+\S/m;
const STRONG_RE = /\*\*[^*\n]{2,}\*\*/;
// A table's rule, "|---|:---:|": a line of bars, dashes and colons only.
const RULE_CHARS_RE = /^[ \t|:-]+$/;
const isTableRule = (line: string) => line.includes('|') && line.includes('---') && RULE_CHARS_RE.test(line);

/**
 * True for text with Markdown's marks in it: several links or images of the form "[text](url)", or
 * two kinds of mark (a "# " heading, "**bold**", a table's "|---|" rule, links). One "# " or one
 * "**" alone is not enough: a plain article may hold either.
 */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, SNIFF);
  const links = sample.match(LINK_RE)?.length ?? 0;
  if (links >= 2) return true;
  const table = sample.includes('---') && sample.split('\n').some(isTableRule);
  const kinds = [links > 0, HEADING_RE.test(sample), STRONG_RE.test(sample), table].filter(Boolean).length;
  return kinds >= 2;
}

/** The file name an image's address ends with ("https://.../tvt-hoi-nghi-1.jpg" → "tvt-hoi-nghi-1.jpg"). */
function imageName(src: string): string {
  const path = src.split(/[?#]/, 1)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || src;
  } catch {
    return name || src;
  }
}

/** An inline token's children as lines of text, and whether anything but links, images and separators was in them. */
function inlineText(children: readonly Token[]): { lines: string[]; prose: boolean; images: string[] } {
  const lines: string[] = [];
  const images: string[] = [];
  let line = '';
  let prose = false;
  let inLink = 0;
  for (const t of children) {
    switch (t.type) {
      case 'softbreak':
      case 'hardbreak':
        lines.push(line);
        line = '';
        break;
      case 'link_open':
        inLink++;
        break;
      case 'link_close':
        inLink--;
        break;
      case 'image':
        // A linked image is a logo or a banner; a photo stands on its own.
        if (!inLink) images.push(imageName(String(t.attrGet('src') ?? '')));
        break;
      case 'text':
      case 'text_special':
      case 'code_inline':
        line += t.content;
        // Outside a link, words other than separators ("|", "›", "·") are the page's own text.
        if (!inLink && /[\p{L}\p{N}]/u.test(t.content)) prose = true;
        break;
      default:
        // Emphasis and strike-through marks: their words are already in the text tokens.
        break;
    }
  }
  lines.push(line);
  return { lines, prose, images };
}

/** The article's text without its Markdown: blocks separated by blank lines, a line per line of the page. */
export function markdownToText(text: string): string {
  const tokens = md.parse(text, {});
  const blocks: string[][] = [];
  let row: string[] | null = null;
  const pending: string[] = [];
  let listMarker = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'list_item_open':
        // "1." and "-" are kept: the tasks rule reads a list's markers.
        listMarker = t.markup === '.' || t.markup === ')' ? `${t.info}${t.markup} ` : `${t.markup} `;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row && row.some((c) => c.trim())) blocks.push([row.join(' | ')]);
        row = null;
        break;
      case 'inline': {
        const { lines, prose, images } = inlineText(t.children ?? []);
        if (row) {
          row.push(lines.join(' ').trim());
          break;
        }
        for (const name of images) blocks.push([name]);
        // A block of links only is navigation.
        if (!prose) break;
        const kept = lines.map((l) => l.trim()).filter(Boolean);
        if (kept.length && listMarker) kept[0] = `${listMarker}${kept[0]}`;
        if (kept.length) pending.push(...kept);
        break;
      }
      case 'paragraph_close':
      case 'heading_close':
        if (pending.length) blocks.push(pending.splice(0));
        listMarker = '';
        break;
      case 'fence':
      case 'code_block':
        blocks.push(t.content.split('\n').filter((l) => l.trim()));
        break;
      default:
        break;
    }
  }
  if (pending.length) blocks.push(pending.splice(0));
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

const QUOTED_LINE_RE = /^>[ \t]?/gmu;
const QUOTED_RUN_RE = /^>.*\n>/mu;

/**
 * A box a scraper wrote as quoted lines ("> KẾT LUẬN HỘI NGHỊ", "> 1. Các cấp ủy ..."), in text that
 * is not Markdown otherwise: the lines without their marks. Two quoted lines in a row make a box; a
 * lone ">" is left as written.
 */
export function withoutQuoteMarks(text: string): string {
  return QUOTED_RUN_RE.test(text) ? text.replace(QUOTED_LINE_RE, '') : text;
}
