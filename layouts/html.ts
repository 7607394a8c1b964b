// The `html` tag of the TypeScript templates: every value put into a template is escaped (& < > " ',
// as Nunjucks' autoescape does) unless it is itself the result of `html`, so article text can only
// ever reach a page as text. Arrays are joined; null, undefined and false print nothing.
//   html`<li>${title}</li>`                 → the title escaped
//   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`
import { escape } from 'html-escaper';

/** Markup made by `html`, safe to put in another template as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Value = Html | string | number | null | undefined | false | readonly Value[];

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += markup(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Any text at all: running it makes V8 flatten the string it runs on (see `flattened`). */
const ANYTHING = /^/;

/**
 * The same text, made one flat string. Text built by `+=` is a rope of small pieces until something
 * reads it whole; a page's rope, held by Eleventy until it is written, survives young-generation
 * collections piece by piece (every piece copied, then promoted) and is written through a slow path
 * that walks the rope. A regular expression runs only on flat text, so V8 flattens it here, once,
 * while its pieces are fresh. (A bare `charCodeAt` would flatten too, but an optimising compiler may
 * drop a call whose result is unused; a RegExp run updates RegExp's legacy statics, so it stays.)
 */
export function flattened(text: string): string {
  ANYTHING.test(text);
  return text;
}

function markup(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(markup).join('');
  return escape(String(value));
}
