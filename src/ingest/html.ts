// A web page saved where an article's text was expected: recognise it and keep only its readable text.
// htmlparser2 (the tokenizer behind linkedom and cheerio) is used directly because it streams: no DOM
// is built, time and memory stay linear on a 20 MB page, and it forgives the broken markup old portals
// serve. Entities are decoded by it; script/style contents never reach the text.
import { Parser } from 'htmlparser2';

// Elements whose content is never article text.
const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'iframe', 'svg', 'math',
  'form', 'button', 'select', 'textarea', 'object', 'embed', 'canvas', 'menu', 'dialog',
]);
// Page chrome unless it is an article's own header/footer (which may hold its headline or byline).
const CHROME = new Set(['header', 'footer']);
// Elements that start a new paragraph.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'caption', 'address',
  'hr', 'header', 'footer', 'center', 'body', 'html',
]);
const KNOWN_TAG = new Set([...SKIP, ...BLOCK, 'html', 'body', 'span', 'a', 'b', 'i', 'em', 'strong',
  'br', 'img', 'meta', 'link', 'title', 'td', 'th', 'tbody', 'thead', 'font', 'u', 'sup', 'sub', 'small']);

const SNIFF = 64 * 1024;

/**
 * True for a saved page: it opens with a doctype, <html>, <head> or <body> (after white space, an XML
 * declaration or comments), or its first 64 KB are dense with known tags. A few tags in an article's
 * text ("<script>" quoted, an injected <img onerror>) do not make it a page: those stay text.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^[\s\ufeff]+/, '').toLowerCase();
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(head)) return true;
  if (head.startsWith('<?xml') && head.includes('<html')) return true;
  if (head.startsWith('<!--') && /<(?:!doctype\s+html|html[\s>])/.test(head)) return true;
  // Dense markup without a preamble: a fragment saved from a page.
  const sample = text.slice(0, SNIFF);
  let tags = 0;
  let lines = 1;
  for (const m of sample.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]{0,9})[\s/>]/g)) {
    if (KNOWN_TAG.has((m[1] ?? '').toLowerCase())) tags++;
  }
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 10) lines++;
  return tags >= 12 && tags >= lines * 0.5;
}

/** The readable text of a page: one paragraph per block element, separated by a blank line. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skip = 0;
  let pre = 0;
  let article = 0;
  const skipping: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        const dropped = SKIP.has(name) || (CHROME.has(name) && article === 0);
        skipping.push(dropped);
        if (dropped) skip++;
        if (skip) return;
        if (name === 'article' || name === 'main') article++;
        if (name === 'pre') pre++;
        if (name === 'br') parts.push('\n');
        else if (BLOCK.has(name)) parts.push('\n\n');
        else if (name === 'td' || name === 'th') parts.push(' ');
      },
      onclosetag(name) {
        const dropped = skipping.pop() ?? false;
        if (dropped) {
          skip--;
          return;
        }
        if (skip) return;
        if (name === 'article' || name === 'main') article--;
        if (name === 'pre') pre--;
        if (BLOCK.has(name)) parts.push('\n\n');
      },
      ontext(data) {
        if (skip) return;
        if (pre) {
          parts.push(data);
          return;
        }
        // &nbsp; in saved pages is layout (indents, gaps), not meaning: it becomes a plain space.
        // Text arrives in pieces (entities apart), so a space is also dropped after one just written.
        let text = data.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
        const before = parts[parts.length - 1] ?? '\n';
        if (text.startsWith(' ') && (before.endsWith(' ') || before.endsWith('\n'))) text = text.slice(1);
        if (text) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  // Lines trimmed, runs of blank lines cut to one, in one pass.
  const out: string[] = [];
  let blank = true;
  for (const line of parts.join('').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (!blank) out.push('');
      blank = true;
    } else {
      out.push(trimmed);
      blank = false;
    }
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
