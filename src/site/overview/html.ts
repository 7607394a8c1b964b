// The few helpers every overview module writes HTML and SVG with. Everything that comes from an
// article (names, places, titles) goes through `esc` here, once, before it reaches a template that
// places the string with `| safe`.

import { escape } from 'html-escaper';

/** Escapes text and attribute values for HTML and SVG alike (& < > " '), with the templates' escaper. */
export const esc = (s: string | number): string => escape(String(s));

/** Attributes from an object, values escaped; null, undefined and false leave the attribute out. */
export function attrs(a: { [name: string]: string | number | boolean | null | undefined }): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k}="${esc(v)}"`;
  }
  return out;
}

const nf = new Intl.NumberFormat('vi-VN');
/** 20000 → "20.000", as the rest of the site writes counts. */
export const num = (n: number): string => nf.format(n);

/** "1 bài", "12 bài". */
export const articles = (n: number): string => `${num(n)} bài`;

/** Coordinates in SVG: one decimal is a tenth of a pixel of the viewBox, plenty. */
export const px = (n: number): string => String(Math.round(n * 10) / 10);
