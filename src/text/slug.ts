// URL slugs: slugify with Vietnamese handled. Tones are stripped through the project's searchFold
// first, so "đ" becomes "d" (Eleventy's legacy `slug` filter would give "dj").
import slugifyLib from 'slugify';
import { searchFold } from './fold.ts';

const slugify = slugifyLib as unknown as (s: string, o: { lower: boolean; strict: boolean; locale: string }) => string;

// What searchFold leaves of almost every title: printable ASCII without the symbols slugify spells
// out ("$" → "dollar", "%" → "percent", "&", "<", ">", "|"). For such a text slugify (strict) turns
// each dash into a space, drops every other character but letters, digits and spaces, trims, and
// joins the words with dashes: done here directly, since the library runs a regex over the whole
// slug so far for each character it adds.
const PLAIN_ASCII = /^[\x20-\x23\x27-\x3b\x3d\x3f-\x7b\x7d\x7e]*$/;

function slugOfPlainAscii(folded: string): string {
  return folded.replace(/-/g, ' ').replace(/[^A-Za-z0-9 ]/g, '').trim().replace(/ +/g, '-').toLowerCase();
}

export function slug(text: string, maxLength = 80): string {
  const folded = searchFold(text);
  const s = PLAIN_ASCII.test(folded) ? slugOfPlainAscii(folded) : slugify(folded, { lower: true, strict: true, locale: 'vi' });
  if (s.length <= maxLength) return s;
  const cut = s.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}
