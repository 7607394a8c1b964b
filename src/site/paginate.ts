// Long lists split into pages of PAGE_SIZE with numbered links. A province with 3,000 articles has 60
// pages: the pager shows the first, the last and a window around the current page, so it stays one line.

export const PAGE_SIZE = 50;

export type PagerLink = { number: number; url: string; current: boolean } | { gap: true };
export type Pager = {
  page: number;
  pages: number;
  links: PagerLink[];
  prev: string | null;
  next: string | null;
};

export function chunk<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Which page numbers to show: 1, last, and current ± `window`, with gaps between runs. */
export function pagerNumbers(page: number, pages: number, window = 2): (number | null)[] {
  const shown = new Set<number>([1, pages]);
  for (let n = page - window; n <= page + window; n++) if (n >= 1 && n <= pages) shown.add(n);
  // A gap of exactly one page is shown as that page: "1 2 3" reads better than "1 … 3".
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}

export function pager(page: number, pages: number, urlOf: (page: number) => string): Pager {
  return {
    page,
    pages,
    links: pagerNumbers(page, pages).map((n) => (n === null ? { gap: true as const } : { number: n, url: urlOf(n), current: n === page })),
    prev: page > 1 ? urlOf(page - 1) : null,
    next: page < pages ? urlOf(page + 1) : null,
  };
}
