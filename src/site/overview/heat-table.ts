// Province × year: a table of counts whose cells are shaded by count (the same classes as the
// maps), every number written and each non-zero cell a link to the province's page. Rows are the
// province pages (the province as it was on the event date), in Vietnamese order, then "chưa rõ tỉnh".
import { compareVi } from '../order.ts';
import { urlFor } from '../urls.ts';
import { articles, attrs, esc, num } from './html.ts';
import { scrollTable } from './quarter-chart.ts';
import { classesFor } from './scale.ts';

export type HeatRow = { label: string; url: string | null; years: ReadonlyMap<string, number> };

/** Year columns in order, "" (date unknown) last as "Chưa rõ". */
export function yearColumns(rows: readonly HeatRow[]): string[] {
  const years = new Set<string>();
  for (const r of rows) for (const [y, n] of r.years) if (n) years.add(y);
  return [...years].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1));
}

export function heatRows(provinceYears: ReadonlyMap<string, ReadonlyMap<string, number>>, names: ReadonlyMap<string, string>, provinceUrl: (slug: string) => string | null, unknown: ReadonlyMap<string, number>): HeatRow[] {
  const rows: HeatRow[] = [...provinceYears]
    .map(([slug, years]) => ({ label: names.get(slug) ?? slug, url: provinceUrl(slug), years }))
    .sort((a, b) => compareVi(a.label, b.label));
  if ([...unknown.values()].some((n) => n)) rows.push({ label: 'Chưa rõ tỉnh', url: urlFor.unknownProvince(), years: unknown });
  return rows;
}

export function heatTable(rows: readonly HeatRow[], caption: string): string {
  const years = yearColumns(rows);
  const classes = classesFor(rows.flatMap((r) => years.map((y) => r.years.get(y) ?? 0)));
  const yearLabel = (y: string) => (y === '' ? 'Chưa rõ năm' : y);
  const head = `<tr><th scope="col">Tỉnh, thành phố</th>${years.map((y) => `<th scope="col" class="num">${esc(yearLabel(y))}</th>`).join('')}<th scope="col" class="num">Tổng</th></tr>`;
  const body = rows
    .map((r) => {
      const cells = years
        .map((y) => {
          const n = r.years.get(y) ?? 0;
          if (!n || !r.url) return `<td class="num c${classes.classOf(n)}">${num(n)}</td>`;
          const label = `${r.label}, ${y === '' ? 'chưa rõ năm' : `năm ${y}`}: ${articles(n)}`;
          return `<td class="num c${classes.classOf(n)}"><a${attrs({ href: r.url, 'aria-label': label, title: label })}>${num(n)}</a></td>`;
        })
        .join('');
      const total = [...r.years.values()].reduce((a, b) => a + b, 0);
      const name = r.url ? `<a href="${esc(r.url)}">${esc(r.label)}</a>` : esc(r.label);
      return `<tr><th scope="row">${name}</th>${cells}<td class="num total">${num(total)}</td></tr>`;
    })
    .join('');
  return scrollTable(`<table class="figures heat"><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`, caption);
}
