// The province maps: a choropleth of article counts over the 63 provinces before 1 July 2025 or the
// 34 after, each province with a tooltip ("Kiên Giang: 12 bài") and, when it has articles, a link;
// the count written on the provinces large enough to hold it; Hoàng Sa and Trường Sa in their insets,
// coloured as the province they belong to. The legend and the same figures as a table come with it.
import type { GazetteerProvince } from '../model.ts';
import { compareVi } from '../order.ts';
import { classesFor, type Classes } from './scale.ts';
import { mapLayout, type Era, type MapLayout, type Shape } from './geo.ts';
import { articles, attrs, esc, num, px } from './html.ts';
import { scrollTable } from './quarter-chart.ts';

/** One province of a map: its count, where it links (null: no page), and the table's note (HTML, already escaped). */
export type Region = { code: string; name: string; count: number; url: string | null; noteHtml: string | null };

export type MapOptions = { id: string; era: Era; title: string; desc: string };

/** The width and height a count takes on the map at 11 px (digits of the system font, plus a margin). */
const labelBox = (text: string) => ({ w: text.length * 6.6 + 2, h: 11 });

/**
 * The counts written on the map: largest counts first, each at its province's centroid when the
 * province is about as large as the number and the number does not overlap one already placed.
 * The table below the map has every figure; this keeps the map legible where provinces are small.
 */
export function placeLabels(shapes: readonly Shape[], count: (code: string) => number): { x: number; y: number; text: string }[] {
  const placed: { x: number; y: number; w: number; h: number; text: string }[] = [];
  const candidates = shapes.filter((s) => count(s.code) > 0).sort((a, b) => count(b.code) - count(a.code) || b.area - a.area);
  for (const s of candidates) {
    const text = num(count(s.code));
    const { w, h } = labelBox(text);
    if (s.area < 0.9 * w * h) continue;
    const box = { x: s.cx - w / 2, y: s.cy - h / 2, w, h, text };
    if (placed.some((p) => box.x < p.x + p.w && p.x < box.x + box.w && box.y < p.y + p.h && p.y < box.y + box.h)) continue;
    placed.push(box);
  }
  return placed.map((p) => ({ x: p.x + p.w / 2, y: p.y + p.h / 2, text: p.text }));
}

/**
 * The map: a picture (`role="img"`, <title> and <desc>; an image holds no links) with, laid exactly
 * over it, a layer of links for the mouse that reuses each province's outline (<use>): a click opens
 * the province, hovering shows "Kiên Giang: 12 bài". That layer is hidden from assistive technology
 * and out of the tab order: keyboard and screen-reader users have the same links in the table.
 */
export function choropleth(regions: ReadonlyMap<string, Region>, o: MapOptions, classes: Classes = classesFor([...regions.values()].map((r) => r.count)), layout: MapLayout = mapLayout('full')): string {
  const { width, height } = layout;
  const region = (code: string, name: string): Region => regions.get(code) ?? { code, name, count: 0, url: null, noteHtml: null };
  const nameOf = new Map(layout.shapes[o.era].map((s) => [s.code, s.name]));
  const idOf = (key: string) => `${o.id}-${key}`;
  // The fill is set on a group around each outline, so that the outline reused in the link layer
  // takes that layer's (transparent) fill.
  const shapes = layout.shapes[o.era]
    .map((s) => `<g class="c${classes.classOf(region(s.code, s.name).count)}"><path id="${esc(idOf(s.code))}" d="${s.d}"/></g>`)
    .join('');
  const numbers = placeLabels(layout.shapes[o.era], (code) => regions.get(code)?.count ?? 0)
    .map((l) => `<text class="n" x="${px(l.x)}" y="${px(l.y)}" dy="0.35em" text-anchor="middle">${esc(l.text)}</text>`)
    .join('');
  const insets = layout.insets
    .map((i) => {
      const code = i.code[o.era];
      const cls = `c${classes.classOf(region(code, nameOf.get(code) ?? code).count)}`;
      const dots = i.dots.map(([x, y]) => `<circle cx="${px(x)}" cy="${px(y)}" r="2.5"/>`).join('');
      const label = `<text class="inset-name" x="${px(i.x + i.w / 2)}" y="${px(i.y + 12)}" text-anchor="middle">${esc(`QĐ. ${i.name}`)}</text>`;
      const box = `<rect class="inset" x="${i.x}" y="${i.y}" width="${i.w}" height="${i.h}"/>`;
      return `${box}${label}<g class="${cls}"><g id="${esc(idOf(i.id))}"><path d="${i.d}"/>${dots}</g></g>`;
    })
    .join('');

  const hit = (r: Region, label: string, target: string) => {
    const inner = `<title>${esc(`${label}: ${articles(r.count)}`)}</title><use href="#${esc(idOf(target))}"/>`;
    return r.url && r.count ? `<a${attrs({ href: r.url, tabindex: '-1' })}>${inner}</a>` : `<g>${inner}</g>`;
  };
  const links =
    layout.shapes[o.era].map((s) => hit(region(s.code, s.name), s.name, s.code)).join('') +
    layout.insets
      .map((i) => {
        const r = region(i.code[o.era], nameOf.get(i.code[o.era]) ?? i.code[o.era]);
        return hit(r, `Quần đảo ${i.name} (${r.name})`, i.id);
      })
      .join('');

  return (
    `<div class="graphic">` +
    `<svg class="map"${attrs({ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${o.id}-t ${o.id}-d`, width, height })}>` +
    `<title id="${esc(o.id)}-t">${esc(o.title)}</title><desc id="${esc(o.id)}-d">${esc(o.desc)}</desc>` +
    `<g class="regions">${shapes}</g>${insets}<g class="numbers">${numbers}</g></svg>` +
    linkLayer(width, height, 'map-links', links) +
    `</div>`
  );
}

/** The mouse's layer over a picture: same viewBox, hidden from assistive technology, out of the tab order. */
export function linkLayer(width: number, height: number, cls: string, inner: string): string {
  return `<svg${attrs({ class: `links ${cls}`, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' })}>${inner}</svg>`;
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
