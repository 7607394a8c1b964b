// How records are ordered everywhere on the site. Dates compare as ISO strings, which also orders
// precisions sensibly ("2021-10-06" > "2021-10" > "2021"); unknown dates always come last; the slug
// breaks ties so that output never depends on file order.
import type { ArticleRecord } from '../records/schema.ts';

const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (a ă â b c d đ ...), numbers by value. */
export const compareVi = (a: string, b: string): number => viCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

function compareNullable(a: string | null | undefined, b: string | null | undefined, dir: 1 | -1): number {
  if (a === b) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return a < b ? -dir : dir;
}

const tieBreak = (a: ArticleRecord, b: ArticleRecord) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

export function compareNewest(a: ArticleRecord, b: ArticleRecord): number {
  return (
    compareNullable(a.date?.value, b.date?.value, -1) ||
    compareNullable(a.published?.value, b.published?.value, -1) ||
    tieBreak(a, b)
  );
}

export function compareOldest(a: ArticleRecord, b: ArticleRecord): number {
  return (
    compareNullable(a.date?.value, b.date?.value, 1) ||
    compareNullable(a.published?.value, b.published?.value, 1) ||
    tieBreak(a, b)
  );
}

/** Quarters newest first ("2022-Q2" before "2022-Q1" before "2021-Q4"): ISO-like strings sort by text. */
export const compareQuarterDesc = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);
