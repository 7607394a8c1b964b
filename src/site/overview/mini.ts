// The small overview on a province's page: where the province lies (on the 63-province map, with the
// outline of the province that holds it since 1 July 2025; a province known only from articles after
// that date on the 34-province map) and its articles per quarter, each bar a link to the quarter.
import type { MeetingTypeKey } from '../../records/schema.ts';
import type { Gazetteer, GazetteerProvince } from '../model.ts';
import { compareVi } from '../order.ts';
import { urlFor } from '../urls.ts';
import type { Era } from './counts.ts';
import { mapLayout, type MapLayout } from './geo.ts';
import { articles, attrs, esc, num, px } from './html.ts';
import { quarterChart, quarterRows } from './quarter-chart.ts';

export type MiniInput = {
  slug: string;
  name: string;
  quarters: ReadonlyMap<string, ReadonlyMap<MeetingTypeKey, number>>;
  noQuarter: number;
  /** Its codes on the 63 map, on the 34 map, and the 34 that hold its 63 today. */
  codes2024: ReadonlySet<string>;
  codes2025: ReadonlySet<string>;
  today2025: ReadonlySet<string>;
};

const unitWord = (p: GazetteerProvince) => (p.kind === 'thanh-pho-trung-uong' ? 'thành phố' : 'tỉnh');
const joinVi = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`);

/** The locator map: the province filled, today's province outlined; no links (the page is the province's own). */
export function locatorMap(o: { id: string; era: Era; here: ReadonlySet<string>; outline: ReadonlySet<string>; title: string; desc: string }, layout: MapLayout = mapLayout('mini')): string {
  const { width, height } = layout;
  const shapes = layout.shapes[o.era];
  const here = shapes.filter((s) => o.here.has(s.code)).map((s) => s.d).join('');
  const outline = layout.shapes[2025].filter((s) => o.outline.has(s.code)).map((s) => s.d).join('');
  const insets = layout.insets
    .map((i) => {
      const cls = o.here.has(i.code[o.era]) ? 'here' : 'land';
      const dots = i.dots.map(([x, y]) => `<circle class="${cls}" cx="${px(x)}" cy="${px(y)}" r="1.5"/>`).join('');
      return `<rect class="inset" x="${i.x}" y="${i.y}" width="${i.w}" height="${i.h}"/><path class="${cls}" d="${i.d}"/>${dots}`;
    })
    .join('');
  return (
    `<svg class="map mini"${attrs({ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${o.id}-t ${o.id}-d`, width, height })}>` +
    `<title id="${esc(o.id)}-t">${esc(o.title)}</title><desc id="${esc(o.id)}-d">${esc(o.desc)}</desc>` +
    `<path class="land" d="${layout.land}"/>` +
    (here ? `<path class="here" d="${here}"/>` : '') +
    `<path class="borders" d="${layout.borders[o.era]}"/>` +
    (outline ? `<path class="today" d="${outline}"/>` : '') +
    insets +
    '</svg>'
  );
}

export function provinceMini(p: MiniInput, gazetteer: Gazetteer): string {
  const id = `mini-${p.slug}`;
  const by2024 = new Map(gazetteer.provinces2024.map((x) => [x.code, x]));
  const by2025 = new Map(gazetteer.provinces2025.map((x) => [x.code, x]));
  const members = (code2025: string) => gazetteer.provinces2024.filter((x) => gazetteer.provinceToday(x.code)?.code === code2025);

  // The map: the 63 when the page has articles from before 1 July 2025, else the 34.
  const era: Era = p.codes2024.size ? 2024 : 2025;
  const here = era === 2024 ? p.codes2024 : p.codes2025;
  const today = [...p.today2025].map((c) => by2025.get(c)).filter((x): x is GazetteerProvince => !!x);
  const merged = today.filter((t) => members(t.code).length > 1);
  const sentences: string[] = [];
  if (era === 2024) {
    sentences.push(`${p.name} (tô đậm) trên bản đồ 63 tỉnh, thành phố trước ngày 1/7/2025.`);
    for (const t of today) {
      const others = members(t.code).filter((m) => !p.codes2024.has(m.code)).map((m) => m.name).sort(compareVi);
      sentences.push(
        others.length
          ? `Từ ngày 1/7/2025, ${p.name} thuộc ${unitWord(t)} ${t.name} (đường viền đậm), cùng với ${joinVi(others)}.`
          : `Từ ngày 1/7/2025 vẫn là ${unitWord(t)} ${t.name}.`,
      );
    }
    if (p.codes2025.size) sentences.push(`Trang này cũng có bài về ${p.name} sau ngày 1/7/2025 (một trong 34 tỉnh, thành phố).`);
  } else {
    const names = [...p.codes2025].map((c) => by2025.get(c)).filter((x): x is GazetteerProvince => !!x);
    sentences.push(`${p.name} (tô đậm) trên bản đồ 34 tỉnh, thành phố từ ngày 1/7/2025.`);
    for (const t of names) {
      const from = members(t.code).map((m) => m.name).sort(compareVi);
      if (from.length > 1) sentences.push(`Gồm các tỉnh, thành phố trước đây: ${joinVi(from)}.`);
    }
  }
  const hereNames = [...here].map((c) => (era === 2024 ? by2024 : by2025).get(c)?.name ?? c);
  const map = locatorMap({
    id: `${id}-map`,
    era,
    here,
    outline: era === 2024 ? new Set(merged.map((t) => t.code)) : new Set(),
    title: `Vị trí ${joinVi(hereNames)} trên bản đồ Việt Nam`,
    desc: sentences.join(' '),
  });

  const rows = quarterRows(p.quarters);
  const dated = rows.filter((r) => r.total).map((r) => `${r.label}: ${articles(r.total)}`);
  const chart = rows.length
    ? quarterChart(rows, {
        id: `${id}-chart`,
        title: `Số bài viết về ${p.name} theo quý`,
        desc: `${dated.join('; ')}.${p.noQuarter ? ` Chưa rõ quý: ${articles(p.noQuarter)}.` : ''}`,
        width: 320,
        rowHeight: 18,
      })
    : '';
  const noQuarter = p.noQuarter ? `<p class="note"><a href="${esc(urlFor.unknownDate())}">Chưa rõ quý</a>: ${articles(p.noQuarter)} (chưa rõ ngày, hoặc chỉ biết năm).</p>` : '';

  return (
    `<div class="mini-overview">${map}<div class="mini-text">` +
    `<p class="mini-where">${esc(sentences.join(' '))} <a href="${esc(urlFor.overview())}#ban-do">Bản đồ tổng quan</a></p>` +
    `<figure class="mini-chart"><figcaption>Số bài theo quý${rows.length ? ` (${num(rows.filter((r) => r.total).length)} quý có bài)` : ''}</figcaption>${chart || '<p class="empty">Chưa có bài nào rõ quý.</p>'}${noQuarter}</figure>` +
    `</div></div>`
  );
}
