// URL slugs: slugify with Vietnamese handled. Tones are stripped through the project's searchFold
// first, so "đ" becomes "d" (Eleventy's legacy `slug` filter would give "dj").
import slugifyLib from 'slugify';
import { searchFold } from './fold.ts';

const slugify = slugifyLib as unknown as (s: string, o: { lower: boolean; strict: boolean; locale: string }) => string;

export function slug(text: string, maxLength = 80): string {
  const s = slugify(searchFold(text), { lower: true, strict: true, locale: 'vi' });
  if (s.length <= maxLength) return s;
  const cut = s.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}
