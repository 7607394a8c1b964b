// The province maps: a choropleth of article counts over the 63 provinces before 1 July 2025 or the
// 34 after, each province with a tooltip ("Kiên Giang: 12 bài") and, when it has articles, a link;
// the count written on the provinces large enough to hold it; Hoàng Sa and Trường Sa in their insets,
// coloured as the province they belong to. The legend and the same figures as a table come with it.
import type { GazetteerProvince } from '../model.ts';
import { compareVi } from '../order.ts';
import { classesFor, type Classes } from './scale.ts';
import { mapLayout, type Era, type MapLayout } from './geo.ts';
import { articles, attrs, esc, num, px } from './html.ts';
import { scrollTable } from './quarter-chart.ts';

/** One province of a map: its count, where it links (null: no page), and the table's note (HTML, already escaped). */
export type Region = { code: string; name: string; count: number; url: string | null; noteHtml: string | null };

export type MapOptions = { id: string; era: Era; title: string; desc: string };

/** Provinces smaller than this (in square pixels of the viewBox) are too small for their number. */
const LABEL_AREA = 260;

export function choropleth(regions: ReadonlyMap<string, Region>, o: MapOptions, classes: Classes = classesFor([...regions.values()].map((r) => r.count)), layout: MapLayout = mapLayout('full')): string {
  const { width, height } = layout;
  const region = (code: string, name: string): Region => regions.get(code) ?? { code, name, count: 0, url: null, noteHtml: null };
  const linked = (r: Region, label: string, inner: string) => {
    const title = `<title>${esc(`${label}: ${articles(r.count)}`)}</title>`;
    // Links inside role="img" are for the mouse; keyboard and screen-reader users have the same
    // links in the table below the map, so these stay out of the tab order.
    return r.url && r.count ? `<a${attrs({ href: r.url, tabindex: '-1' })}>${title}${inner}</a>` : `<g>${title}${inner}</g>`;
  };

  const shapes = layout.shapes[o.era]
    .map((s) => {
      const r = region(s.code, s.name);
      return linked(r, r.name, `<path class="c${classes.classOf(r.count)}" d="${s.d}"/>`);
    })
    .join('');
  const numbers = layout.shapes[o.era]
    .filter((s) => (regions.get(s.code)?.count ?? 0) > 0 && s.area >= LABEL_AREA)
    .map((s) => `<text class="n" x="${px(s.cx)}" y="${px(s.cy)}" dy="0.35em" text-anchor="middle">${num(regions.get(s.code)!.count)}</text>`)
    .join('');
  const insets = layout.insets
    .map((i) => {
      const code = i.code[o.era];
      const r = region(code, code);
      const cls = `c${classes.classOf(r.count)}`;
      const dots = i.dots.map(([x, y]) => `<circle class="${cls}" cx="${px(x)}" cy="${px(y)}" r="2.5"/>`).join('');
      const label = `<text class="inset-name" x="${px(i.x + i.w / 2)}" y="${px(i.y + 12)}" text-anchor="middle">${esc(`QĐ. ${i.name}`)}</text>`;
      const box = `<rect class="inset" x="${i.x}" y="${i.y}" width="${i.w}" height="${i.h}"/>`;
      return box + label + linked(r, `Quần đảo ${i.name} (${r.name})`, `<path class="${cls}" d="${i.d}"/>${dots}`);
    })
    .join('');

  return (
    `<svg class="map"${attrs({ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${o.id}-t ${o.id}-d`, width, height })}>` +
    `<title id="${esc(o.id)}-t">${esc(o.title)}</title><desc id="${esc(o.id)}-d">${esc(o.desc)}</desc>` +
    `<g class="regions">${shapes}</g><g class="numbers" aria-hidden="true">${numbers}</g>${insets}</svg>`
  );
}

/** The legend: a swatch per class with its range of counts. */
export function mapLegend(classes: Classes, caption = 'Số bài viết'): string {
  return `<div class="legend-map"><span class="legend-title">${esc(caption)}:</span><ul class="legend">${classes.legend
    .map((l) => `<li><span class="sw c${l.cls}" aria-hidden="true"></span>${esc(l.label)}</li>`)
    .join('')}</ul></div>`;
}

/**
 * The map's figures as a table: the provinces of the era with articles, in Vietnamese alphabetical
 * order, with the count, the link to the page, and the note (today's province, or the provinces
 * merged into it); then the provinces with none, named in one line. Rows carry an id so that a map
 * region can link to its row.
 */
export function mapTable(regions: ReadonlyMap<string, Region>, provinces: readonly GazetteerProvince[], o: { caption: string; noteHeading: string; rowId?: (p: GazetteerProvince) => string }): string {
  const sorted = [...provinces].sort((a, b) => compareVi(a.name, b.name));
  const count = (p: GazetteerProvince) => regions.get(p.code)?.count ?? 0;
  const rows = sorted
    .filter((p) => count(p) > 0)
    .map((p) => {
      const r = regions.get(p.code)!;
      const name = r.url ? `<a href="${esc(r.url)}">${esc(p.name)}</a>` : esc(p.name);
      return `<tr${attrs({ id: o.rowId?.(p) })}><th scope="row">${name}</th><td class="num">${num(r.count)}</td><td>${r.noteHtml ?? ''}</td></tr>`;
    })
    .join('');
  const none = sorted.filter((p) => count(p) === 0);
  const zero = none.length
    ? `<p class="zero"><span class="zero-head">${esc(`Chưa có bài (${num(none.length)} tỉnh, thành phố):`)}</span> ${none.map((p) => esc(p.name)).join(', ')}.</p>`
    : '';
  const table = rows
    ? `<table class="figures"><caption>${esc(o.caption)}</caption><thead><tr><th scope="col">Tỉnh, thành phố</th><th scope="col" class="num">Số bài</th><th scope="col">${esc(o.noteHeading)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p class="figures-caption">${esc(o.caption)}: chưa có bài nào.</p>`;
  return `<div class="map-table">${scrollTable(table, o.caption)}${zero}</div>`;
}
