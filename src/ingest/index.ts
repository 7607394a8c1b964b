// read bytes → detect encoding → decode → (saved web page → its text) → (legacy font text → Unicode)
// → normalise → Source. A file that cannot be read becomes a fatal message naming it; the caller
// carries on with the rest.
import type { Dirent } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message } from '../records/schema.ts';
import { cleanText } from '../text/fold.ts';
import { decode } from './decode.ts';
import { isMarkdown, splitFrontMatter } from './front-matter.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { looksLikeMarkdown, markdownToText, withoutQuoteMarks } from './markdown.ts';
import { DecodingMode, decodeHTML } from 'entities';
import { detectLegacy } from './legacy-vn.ts';

export type Source = {
  /** The path as the caller gave it (or as found under a directory it gave). */
  path: string;
  /** NFC, LF line endings, trailing spaces trimmed: what the reader sees and offsets point into. */
  text: string;
  /** How the bytes were read: 'utf-8', 'utf-16le (BOM)', 'windows-1258', 'tcvn3', 'vni-windows', ... */
  encoding: string;
  /** What the file was, when it was not plain text: a saved web page, or Markdown, whose text was extracted. */
  format?: 'html' | 'markdown';
  messages: Message[];
};

/** A file (or directory entry) that gives no Source, and why; `message` is fatal for unreadable files. */
export type Unreadable = { path: string; message: Message };

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
const isArticle = (name: string) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Files and directories (recursively) → article file paths, sorted so that output is deterministic.
 * Dot-files and dot-directories are skipped. Directories are tracked by their real path, so a symlink
 * loop (a link to an ancestor) is reported as `ingest/symlink-loop` and a second way into a directory
 * already read as `ingest/symlink-duplicate`, instead of walking forever or reading files twice.
 */
export async function listArticles(paths: readonly string[]): Promise<{ files: string[]; problems: Unreadable[] }> {
  const files: string[] = [];
  const problems: Unreadable[] = [];
  const seenDirs = new Set<string>();
  const walkDir = async (path: string, ancestors: readonly string[]): Promise<void> => {
    let real: string;
    let entries: Dirent[];
    try {
      real = await realpath(path);
      entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      problems.push({ path, message: fatal('ingest/unreadable', `cannot list the directory: ${errorCode(error)}`) });
      return;
    }
    if (ancestors.includes(real)) {
      problems.push({ path, message: { id: 'ingest/symlink-loop', severity: 'warning', reason: `it leads back to ${real}, which contains it: a symbolic link loop, not followed` } });
      return;
    }
    if (seenDirs.has(real)) {
      problems.push({ path, message: { id: 'ingest/symlink-duplicate', severity: 'info', reason: `it is ${real} again, already read by another path: not read twice` } });
      return;
    }
    seenDirs.add(real);
    const inside = [...ancestors, real];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      // The listing says what plain files and directories are: a stat each (20,000 of them in a
      // large archive) only for links and the rest.
      if (entry.isFile()) {
        if (isArticle(child)) files.push(child);
      } else if (entry.isDirectory()) await walkDir(child, inside);
      else await walk(child, false, inside);
    }
  };
  const walk = async (path: string, explicit: boolean, ancestors: readonly string[]): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = errorCode(error);
      problems.push({
        path,
        message: code === 'ELOOP'
          ? { id: 'ingest/symlink-loop', severity: 'warning', reason: 'it is a symbolic link that points back to itself (ELOOP)' }
          : fatal('ingest/unreadable', `cannot open it: ${code}`),
      });
      return;
    }
    if (info.isDirectory()) await walkDir(path, ancestors);
    else if (explicit || (info.isFile() && isArticle(path))) files.push(path);
  };
  for (const path of paths) await walk(path, true, []);
  return { files, problems };
}

export function fatal(id: string, reason: string): Message {
  return { id, severity: 'fatal', reason };
}

// "&nbsp;", "&quot;", "&#7897;", "&#x1ED9;": a named or numbered character reference, with its ";".
const CHARACTER_REFERENCE = /&(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/iu;

/** Bytes already in memory → Source or the reason it cannot be read. */
const LEADING_PICTOGRAPHS_RE = /^(?=[ \t]*(?![©®™])\p{Extended_Pictographic})[\p{Extended_Pictographic}\uFE0F\u200D \t]+/gmu;

export function sourceFromBytes(path: string, bytes: Uint8Array): Source | Unreadable {
  const decoded = decode(bytes);
  if (!decoded.ok) return { path, message: fatal(decoded.id, decoded.reason) };
  const messages: Message[] = [];
  if (decoded.encoding !== 'utf-8' && !decoded.legacy) {
    messages.push({ id: 'ingest/encoding', severity: 'info', reason: `read as ${decoded.encoding}` });
  }
  messages.push(...decoded.messages);
  let { text, encoding } = decoded;
  let format: Source['format'];
  // Every sign of a web page starts with '<': a text without one is not a page, whatever its length.
  if (text.includes('<') && looksLikeHtml(text)) {
    text = htmlToText(text);
    format = 'html';
    if (text.trim() === '') return { path, message: fatal('ingest/empty', 'the file is a web page with no readable text') };
    messages.push({ id: 'ingest/html', severity: 'info', reason: 'the file is a saved web page: its text was extracted and its markup dropped' });
  }
  // A scraper that saved the page as Markdown ("# " headline, "![ảnh](...)" images, rows of links).
  else if ((text.includes('](') || text.includes('**') || text.includes('# ')) && looksLikeMarkdown(text)) {
    text = markdownToText(text);
    format = 'markdown';
    messages.push({ id: 'ingest/markdown', severity: 'info', reason: 'the file is Markdown: its text was kept and its marks (links, images, emphasis, headings) dropped' });
  }
  // A scraper that saved a page's text may leave its character references in ("xã Long Hiệp,&nbsp;Bí
  // thư", "&quot;Dân vận khéo&quot;"): a reader never sees them as such. Only complete references
  // ("R&D", "&amp" without its ";" stay as they are).
  else if (text.includes('&') && CHARACTER_REFERENCE.test(text)) {
    text = decodeHTML(text, DecodingMode.Strict);
    messages.push({ id: 'ingest/html-entities', severity: 'info', reason: 'HTML character references in the text (&nbsp;, &quot;, ...) were read as the characters they stand for' });
  }
  // Quoted lines in plain text: a box set apart ("> KẾT LUẬN HỘI NGHỊ", "> 1. ...").
  if (!format && text.includes('\n>')) text = withoutQuoteMarks(text);
  // Emoji opening lines, as a fan page writes them ("📅 Sáng nay (21/11), ...", "🔹 UBND xã khẩn trương ..."):
  // decoration, not words (the copyright sign is left, for the footer it marks).
  text = text.replace(LEADING_PICTOGRAPHS_RE, '');
  // Legacy font text can also hide in UTF-8 (a re-saved file) or in a page's entities: judge the text
  // itself, unless the decoder already did.
  if (!decoded.legacy && !messages.some((m) => m.id === 'ingest/legacy-encoding-suspected')) {
    const verdict = detectLegacy(text);
    if (verdict.kind === 'converted') {
      text = verdict.text;
      encoding = `${verdict.encoding} in ${encoding}`;
      messages.push({ id: 'ingest/legacy-encoding', severity: 'info', reason: verdict.reason });
    } else if (verdict.kind === 'suspected') {
      messages.push({ id: 'ingest/legacy-encoding-suspected', severity: 'warning', reason: verdict.reason });
    }
  }
  const source: Source = { path, text: cleanText(text), encoding, messages };
  if (format) source.format = format;
  return source;
}

export async function readSource(path: string): Promise<Source | Unreadable> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { path, message: fatal('ingest/unreadable', `cannot read it: ${errorCode(error)}`) };
  }
  // A Markdown article's front matter holds a keeper's corrections (src/corrections), not its text.
  if (isMarkdown(path)) bytes = splitFrontMatter(bytes).body;
  return sourceFromBytes(path, bytes);
}

export const isUnreadable = (s: Source | Unreadable): s is Unreadable => 'message' in s;
