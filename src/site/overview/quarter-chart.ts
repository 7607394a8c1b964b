// Meetings per quarter: horizontal bars, one row a quarter, oldest at the top, stacked by meeting
// type (d3-shape's stack, d3-scale's band and linear scales), each bar a link to its quarter's page
// with the count written at its end; the legend and the same counts as a table go beside it. Rows
// run so that a reader on a phone reads labels at full size rather than a squeezed time axis.
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { MEETING_TYPES, type MeetingTypeKey } from '../../records/schema.ts';
import { quarterLabel } from '../dates.ts';
import { urlFor } from '../urls.ts';
import { articles, attrs, esc, num, px } from './html.ts';

export type QuarterRow = { quarter: string; label: string; url: string | null; total: number; byType: Map<MeetingTypeKey, number> };

const quarterIndex = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
const quarterAt = (i: number) => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;

/**
 * One row per quarter from the first to the last with an article, empty quarters included (a gap
 * is information) unless a stray date would make the chart mostly empty rows: then only quarters
 * with articles are listed.
 */
export function quarterRows(quarters: ReadonlyMap<string, ReadonlyMap<MeetingTypeKey, number>>): QuarterRow[] {
  const keys = [...quarters.keys()].sort((a, b) => quarterIndex(a) - quarterIndex(b));
  if (!keys.length) return [];
  const first = quarterIndex(keys[0]!), last = quarterIndex(keys.at(-1)!);
  const span = last - first + 1;
  const all = span <= Math.max(48, 2 * keys.length) ? [...Array(span).keys()].map((i) => quarterAt(first + i)) : keys;
  return all.map((quarter) => {
    const byType = new Map(quarters.get(quarter) ?? []);
    const total = [...byType.values()].reduce((a, b) => a + b, 0);
    return { quarter, label: quarterLabel(quarter), url: total ? urlFor.quarter(quarter) : null, total, byType };
  });
}

export type ChartOptions = {
  /** Unique on the page: the ids of <title> and <desc> derive from it. */
  id: string;
  title: string;
  desc: string;
  /** Stack by these meeting types (in this order); without, one plain bar per quarter. */
  types?: readonly MeetingTypeKey[];
  width?: number;
  rowHeight?: number;
};

/** The tooltip of a bar: "Quý II/2022: 3 bài (Hội nghị giao ban 2, Buổi làm việc 1)". */
export function barTitle(row: QuarterRow, types: readonly MeetingTypeKey[] | undefined): string {
  const parts = (types ?? []).filter((k) => row.byType.get(k)).map((k) => `${MEETING_TYPES[k]} ${num(row.byType.get(k)!)}`);
  return `${row.label}: ${articles(row.total)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export function quarterChart(rows: readonly QuarterRow[], o: ChartOptions): string {
  const width = o.width ?? 400;
  const rowH = o.rowHeight ?? 20;
  const top = 18, label = 92, countRoom = 44;
  const height = top + rows.length * rowH + 4;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const x = scaleLinear().domain([0, max]).nice().range([label, width - countRoom]);
  const y = scaleBand<string>().domain(rows.map((r) => r.quarter)).range([top, top + rows.length * rowH]).paddingInner(0.25);
  const bar = y.bandwidth();

  // Segments: [x0, x1) per type and row, from d3-shape's stack.
  const keys = o.types?.length ? [...o.types] : ['all'];
  const series = stack<QuarterRow, string>()
    .keys(keys)
    .value((r, k) => (k === 'all' ? r.total : r.byType.get(k as MeetingTypeKey) ?? 0))(rows as QuarterRow[]);

  const ticks = x.ticks(Math.min(4, max)).filter((t) => Number.isInteger(t));
  const grid = ticks
    .map((t) => `<line class="grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${top - 4}" y2="${height - 4}"/><text class="tick" x="${px(x(t))}" y="${top - 7}" text-anchor="middle">${num(t)}</text>`)
    .join('');

  const body = rows
    .map((r, i) => {
      const y0 = y(r.quarter)!;
      const mid = px(y0 + bar / 2);
      const segs = series
        .map((s) => {
          const [a, b] = s[i]!;
          if (b <= a) return '';
          const cls = s.key === 'all' ? 'bar' : `bar t-${s.key}`;
          return `<rect class="${cls}" x="${px(x(a))}" y="${px(y0)}" width="${px(x(b) - x(a))}" height="${px(bar)}"/>`;
        })
        .join('');
      const text = `<text class="lbl" x="${label - 6}" y="${mid}" dy="0.35em" text-anchor="end">${esc(r.label)}</text>`;
      const count = `<text class="n" x="${px(x(r.total) + 4)}" y="${mid}" dy="0.35em">${num(r.total)}</text>`;
      return `<g${attrs({ class: r.total ? null : 'empty' })}>${text}${segs}${count}</g>`;
    })
    .join('');

  // The mouse's links: the whole row of a quarter with articles (label, bar and count) opens the
  // quarter's page; the table below has the same links for the keyboard and screen readers.
  const step = y.step();
  const links = rows
    .filter((r) => r.url)
    .map((r) => `<a${attrs({ href: r.url, tabindex: '-1' })}><title>${esc(barTitle(r, o.types))}</title><rect x="0" y="${px(y(r.quarter)! - (step - bar) / 2)}" width="${width}" height="${px(step)}"/></a>`)
    .join('');

  return (
    `<div class="graphic">` +
    `<svg class="chart quarters"${attrs({ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${o.id}-t ${o.id}-d`, width, height })}>` +
    `<title id="${esc(o.id)}-t">${esc(o.title)}</title><desc id="${esc(o.id)}-d">${esc(o.desc)}</desc>` +
    grid + body + '</svg>' +
    `<svg${attrs({ class: 'links chart-links', viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' })}>${links}</svg>` +
    `</div>`
  );
}

/** The legend of a stacked chart: a swatch and the type's name, for the types drawn. */
export function typeLegend(types: readonly MeetingTypeKey[]): string {
  return `<ul class="legend">${types.map((k) => `<li><span class="sw t-${k}" aria-hidden="true"></span>${esc(MEETING_TYPES[k])}</li>`).join('')}</ul>`;
}

/** The chart's figures: one row per quarter with articles, one column per type, and totals. */
export function quarterTable(rows: readonly QuarterRow[], types: readonly MeetingTypeKey[], caption: string): string {
  const used = rows.filter((r) => r.total);
  const totals = types.map((k) => used.reduce((n, r) => n + (r.byType.get(k) ?? 0), 0));
  const head = `<tr><th scope="col">Quý</th>${types.map((k) => `<th scope="col" class="num">${esc(MEETING_TYPES[k])}</th>`).join('')}<th scope="col" class="num">Tổng</th></tr>`;
  const body = used
    .map((r) => `<tr><th scope="row"><a href="${esc(r.url!)}">${esc(r.label)}</a></th>${types.map((k) => `<td class="num">${num(r.byType.get(k) ?? 0)}</td>`).join('')}<td class="num">${num(r.total)}</td></tr>`)
    .join('');
  const foot = `<tr><th scope="row">Tổng</th>${totals.map((t) => `<td class="num">${num(t)}</td>`).join('')}<td class="num">${num(used.reduce((n, r) => n + r.total, 0))}</td></tr>`;
  return scrollTable(`<table class="figures"><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody><tfoot>${foot}</tfoot></table>`, caption);
}

/** A wide table scrolls inside its own box on a phone; the box can take focus to be scrolled by keyboard. */
export function scrollTable(table: string, label: string): string {
  return `<div class="table-scroll"${attrs({ role: 'region', 'aria-label': label, tabindex: '0' })}>${table}</div>`;
}
