// The overview's modules on small hand-made data (src/site/overview/): counts by era, colour
// classes, the quarterly chart, the maps, the heat table, the top lists, the province page's small
// overview, and escaping of everything that comes from an article. Expected values are worked out
// by hand from the records written here.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, MeetingTypeKey } from '../../src/records/schema.ts';
import { GAZETTEER } from '../../src/site/load.ts';
import { buildSite, isNewEra } from '../../src/site/model.ts';
import { choropleth, mapTable, placeLabels, type Region } from '../../src/site/overview/choropleth.ts';
import { countRecords, type OverviewDeps } from '../../src/site/overview/counts.ts';
import { mapLayout, type Shape } from '../../src/site/overview/geo.ts';
import { heatRows, heatTable } from '../../src/site/overview/heat-table.ts';
import { buildOverview } from '../../src/site/overview/index.ts';
import { quarterChart, quarterRows, quarterTable } from '../../src/site/overview/quarter-chart.ts';
import { classesFor } from '../../src/site/overview/scale.ts';
import { topList } from '../../src/site/overview/top.ts';
import { urlFor } from '../../src/site/urls.ts';
import { nameKey } from '../../src/text/fold.ts';
import { chair, day, makeRecord, province } from './make-record.ts';

const KG = province('Kiên Giang', 'kien-giang', '91');
const HG = province('Hậu Giang', 'hau-giang', '93');
const HT = province('Hà Tĩnh', 'ha-tinh', '42');
// After 1 July 2025 An Giang is code 91, the code Kiên Giang had before: the era must decide.
const AG2025 = province('An Giang', 'an-giang', '91');

const type = (key: MeetingTypeKey, label: string) => ({ key, label, certainty: 'stated' as const, evidence: null, rule: 'meeting-type/test' });
const GIAO_BAN = type('giao-ban', 'Hội nghị giao ban');
const BCH = type('hoi-nghi-bch', 'Hội nghị Ban Chấp hành');

const deps = (pages: string[] = ['kien-giang', 'hau-giang', 'ha-tinh', 'an-giang']): OverviewDeps => ({
  gazetteer: GAZETTEER,
  eraOf: (r) => (isNewEra(r) ? 2025 : 2024),
  provinceUrl: (slug) => (pages.includes(slug) ? urlFor.province(slug) : null),
  personOf: (r) => (r.chair ? { key: nameKey(r.chair.name), name: r.chair.name, url: `/nguoi/${nameKey(r.chair.name).replace(/\s+/g, '-')}/` } : null),
});

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

// Five records shaped like the seed archive, plus one after the merger.
const a = makeRecord({ n: 1, date: day('2020-07-28'), quarter: '2020-Q3', province: KG, meetingType: BCH, chair: chair('Lê Trung Hồ'), locality: { name: 'Vĩnh Thuận', level: 'huyện', certainty: 'stated', evidence: null, rule: 't' } });
const b = makeRecord({ n: 2, date: day('2021-03-17'), quarter: '2021-Q1', province: HG, chair: chair('Lê Tiến Châu') });
const c = makeRecord({ n: 3, date: { value: '2021', precision: 'year', certainty: 'inferred', evidence: null, rule: 't' }, province: HG, chair: chair('Trần Văn Huyến') });
const d = makeRecord({ n: 4, date: day('2022-04-14'), quarter: '2022-Q2', province: HT, meetingType: GIAO_BAN, chair: chair('Lương Quốc Tuấn') });
const e = makeRecord({ n: 5, date: day('2021-10-06'), quarter: '2021-Q4', meetingType: GIAO_BAN, chair: chair('Đào Quang Minh') });
const f = makeRecord({ n: 6, date: day('2025-08-01'), quarter: '2025-Q3', province: AG2025, chair: chair('Lê Trung Hồ') });
const SIX = [a, b, c, d, e, f];

describe('countRecords', () => {
  const counts = countRecords(SIX, deps());

  it('counts the 63 by the province in force, the 34 by where the place is today', () => {
    expect(Object.fromEntries(counts.map2024)).toEqual({ '91': 1, '93': 2, '42': 1 });
    // Kiên Giang and the 2025 article → An Giang (91); Hậu Giang → Cần Thơ (92); Hà Tĩnh stays 42.
    expect(Object.fromEntries(counts.map2025)).toEqual({ '91': 2, '92': 2, '42': 1 });
    expect(counts.after2025).toBe(1);
    expect(counts.noProvince).toBe(1);
    expect(counts.unmapped).toBe(0);
  });

  it('counts quarters by meeting type, and what has no quarter', () => {
    expect(counts.quarters.get('2020-Q3')).toEqual(new Map([['hoi-nghi-bch', 1]]));
    expect(counts.quarters.get('2021-Q4')).toEqual(new Map([['giao-ban', 1]]));
    expect(counts.noQuarter).toBe(1); // c: only the year
  });

  it('counts province pages by year, the unknown year as ""', () => {
    expect(counts.provinceYears.get('hau-giang')).toEqual(new Map([['2021', 2]]));
    expect(counts.noProvinceYears).toEqual(new Map([['2021', 1]]));
  });

  it('ranks chairs and named localities by count, ties in Vietnamese order', () => {
    expect(counts.chairs.slice(0, 2).map((t) => [t.label, t.count])).toEqual([['Lê Trung Hồ', 2], ['Đào Quang Minh', 1]]);
    expect(counts.localities).toHaveLength(1);
    expect(counts.localities[0]).toMatchObject({ label: 'huyện Vĩnh Thuận', url: '/tinh/kien-giang/', count: 1, extra: 'Kiên Giang' });
  });

  it('calls a province unknown to the gazetteer unmapped rather than drawing it somewhere', () => {
    const odd = makeRecord({ n: 7, date: day('2021-01-01'), quarter: '2021-Q1', province: province('Tỉnh Lạ', 'tinh-la', '99') });
    expect(countRecords([odd], deps()).unmapped).toBe(1);
  });
});

describe('classesFor', () => {
  it('gives each count its own class when there are few, the top one darkest', () => {
    const k = classesFor([0, 1, 1, 2]);
    expect(k.legend).toEqual([{ cls: 0, label: '0' }, { cls: 3, label: '1' }, { cls: 5, label: '2' }]);
    expect([0, 1, 2].map(k.classOf)).toEqual([0, 3, 5]);
  });

  it('breaks a long tail at rounded quantiles, covering 1 to the maximum', () => {
    const counts = [...Array(60).keys()].map((i) => i * i); // 0 … 3481
    const k = classesFor(counts);
    expect(k.legend).toHaveLength(6);
    expect(k.legend[1]!.label.startsWith('1–')).toBe(true);
    expect(k.legend.at(-1)!.label.endsWith('3.481')).toBe(true);
    expect(k.classOf(3481)).toBe(5);
    expect(k.classOf(1)).toBe(1);
    for (let i = 1; i < counts.length; i++) expect(k.classOf(counts[i]!)).toBeGreaterThanOrEqual(k.classOf(counts[i - 1]!));
  });
});

describe('the quarterly chart', () => {
  const rows = quarterRows(countRecords([a, b, d], deps()).quarters);

  it('has a row for every quarter from the first to the last, empty ones included', () => {
    expect(rows.map((r) => [r.label, r.total])).toEqual([
      ['Quý III/2020', 1], ['Quý IV/2020', 0], ['Quý I/2021', 1], ['Quý II/2021', 0],
      ['Quý III/2021', 0], ['Quý IV/2021', 0], ['Quý I/2022', 0], ['Quý II/2022', 1],
    ]);
  });

  it('is an image with a title and description, the count written at each bar, and a link per bar for the mouse', () => {
    const html = doc(quarterChart(rows, { id: 'q', title: 'T', desc: 'D', types: ['hoi-nghi-bch', 'giao-ban', 'khac'] }));
    const svg = html.querySelector('svg.chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('q-t q-d');
    expect(svg.querySelector('title#q-t')!.textContent).toBe('T');
    // An image holds no links: they are in the layer over it, hidden from assistive technology
    // and out of the tab order (the table has them for the keyboard).
    expect(svg.querySelector('a')).toBeNull();
    expect(svg.querySelectorAll('rect.t-giao-ban')).toHaveLength(1);
    // The count is written at each bar's end, so colour is not the only cue.
    expect([...svg.querySelectorAll('text.n')].map((t) => t.textContent)).toEqual(['1', '0', '1', '0', '0', '0', '0', '1']);
    const layer = html.querySelector('svg.links')!;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    const links = [...layer.querySelectorAll('a')];
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/quy/2020-q3/', '/quy/2021-q1/', '/quy/2022-q2/']);
    expect(links.every((l) => l.getAttribute('tabindex') === '-1')).toBe(true);
    expect(links[0]!.querySelector('title')!.textContent).toBe('Quý III/2020: 1 bài (Hội nghị Ban Chấp hành 1)');
    expect(layer.getAttribute('viewBox')).toBe(svg.getAttribute('viewBox'));
  });

  it('gives the same figures as a table, with totals', () => {
    const t = doc(quarterTable(rows, ['hoi-nghi-bch', 'giao-ban', 'khac'], 'Bảng')).querySelector('table')!;
    const cells = [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells).toEqual([['Quý III/2020', '1', '0', '0', '1'], ['Quý I/2021', '0', '0', '1', '1'], ['Quý II/2022', '0', '1', '0', '1']]);
    expect([...t.querySelectorAll('tfoot td')].map((c) => c.textContent)).toEqual(['1', '1', '1', '3']);
  });

  it('lists only quarters with articles when a stray date would make it mostly empty rows', () => {
    const q = new Map([['1990-Q1', new Map([['khac', 1]])], ['2021-Q1', new Map([['khac', 1]])]]) as Map<string, Map<MeetingTypeKey, number>>;
    expect(quarterRows(q).map((r) => r.quarter)).toEqual(['1990-Q1', '2021-Q1']);
  });
});

describe('the province maps', () => {
  const regions = new Map<string, Region>([
    ['91', { code: '91', name: 'Kiên Giang', count: 1, url: '/tinh/kien-giang/', noteHtml: null }],
    ['93', { code: '93', name: 'Hậu Giang', count: 2, url: '/tinh/hau-giang/', noteHtml: null }],
  ]);
  const html = doc(choropleth(regions, { id: 'm', era: 2024, title: 'Bản đồ', desc: 'Mô tả' }));
  const svg = html.querySelector('svg.map')!;
  const layer = html.querySelector('svg.links')!;

  it('draws all 63 provinces, an accessible image with a title and description', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title#m-t')!.textContent).toBe('Bản đồ');
    expect(svg.querySelector('desc#m-d')!.textContent).toBe('Mô tả');
    expect(svg.querySelectorAll('g.regions path')).toHaveLength(63);
    expect(svg.querySelector('a')).toBeNull();
  });

  it('links provinces with articles to their pages, with a "name: n bài" tooltip; the rest only have the tooltip', () => {
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    const links = [...layer.querySelectorAll('a')];
    expect(links.map((l) => [l.getAttribute('href'), l.querySelector('title')!.textContent, l.getAttribute('tabindex')])).toEqual([
      ['/tinh/kien-giang/', 'Kiên Giang: 1 bài', '-1'],
      ['/tinh/hau-giang/', 'Hậu Giang: 2 bài', '-1'],
    ]);
    // Each link is the province's own outline, reused.
    expect(links.map((l) => l.querySelector('use')!.getAttribute('href'))).toEqual(['#m-91', '#m-93']);
    expect(svg.querySelector('path#m-91')).not.toBeNull();
    expect([...layer.querySelectorAll(':scope > g > title')].map((t) => t.textContent)).toContain('Bạc Liêu: 0 bài');
  });

  it('colours by class, the larger count darker, and writes the counts on the map, also on a province as small as Hậu Giang', () => {
    const cls = (code: string) => svg.querySelector(`path#m-${code}`)!.parentElement!.getAttribute('class');
    expect(cls('93')).toBe('c5');
    expect(cls('91')).toBe('c3');
    expect(cls('94')).toBe('c0');
    expect([...svg.querySelectorAll('g.numbers text')].map((t) => t.textContent).sort()).toEqual(['1', '2']);
  });

  it('draws Hoàng Sa and Trường Sa in insets, as parts of Đà Nẵng and Khánh Hòa', () => {
    const names = [...svg.querySelectorAll('text.inset-name')].map((t) => t.textContent);
    expect(names).toEqual(['QĐ. Hoàng Sa', 'QĐ. Trường Sa']);
    const titles = [...layer.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles).toContain('Quần đảo Hoàng Sa (Đà Nẵng): 0 bài');
    expect(titles).toContain('Quần đảo Trường Sa (Khánh Hòa): 0 bài');
    // The inset sits beside the mainland, inside the picture.
    const layout = mapLayout('full');
    for (const i of layout.insets) expect(i.x + i.w <= layout.width && i.y + i.h <= layout.height && i.dots.length > 0).toBe(true);
  });

  it('gives the figures as a table of the provinces with articles, and names the rest', () => {
    const html = doc(mapTable(regions, GAZETTEER.provinces2024, { caption: 'Bảng', noteHeading: 'Nay' }));
    expect([...html.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent])).toEqual([['Hậu Giang', '2'], ['Kiên Giang', '1']]);
    expect(html.querySelector('p.zero')!.textContent).toContain('Chưa có bài (61 tỉnh, thành phố)');
  });
});

describe('placeLabels', () => {
  const shape = (code: string, cx: number, area: number): Shape => ({ code, name: code, d: '', cx, cy: 100, area });
  it('writes a count where it fits and does not overlap a larger one', () => {
    const shapes = [shape('a', 100, 500), shape('b', 104, 500), shape('c', 200, 20), shape('d', 300, 500)];
    const counts: { [k: string]: number } = { a: 12, b: 3, c: 5, d: 0 };
    // b overlaps a (placed first, larger count); c is too small for a number; d has none.
    expect(placeLabels(shapes, (c) => counts[c]!).map((l) => l.text)).toEqual(['12']);
  });
});

describe('the heat table', () => {
  it('has a column per year, "Chưa rõ năm" last, and links each non-zero cell to the province', () => {
    const counts = countRecords(SIX, deps());
    const rows = heatRows(counts.provinceYears, counts.provinceNames, deps().provinceUrl, counts.noProvinceYears);
    const t = doc(heatTable(rows, 'Bảng')).querySelector('table')!;
    expect([...t.querySelectorAll('thead th')].map((h) => h.textContent)).toEqual(['Tỉnh, thành phố', '2020', '2021', '2022', '2025', 'Tổng']);
    const row = (name: string) => [...t.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === name)!;
    expect([...row('Hậu Giang').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['0', '2', '0', '0', '2']);
    expect(row('Hậu Giang').querySelector('td a')!.getAttribute('href')).toBe('/tinh/hau-giang/');
    expect(row('Hậu Giang').querySelector('td a')!.getAttribute('aria-label')).toBe('Hậu Giang, năm 2021: 2 bài');
    expect(row('Chưa rõ tỉnh').querySelector('th a')!.getAttribute('href')).toBe('/tinh/chua-ro/');
  });
});

describe('escaping', () => {
  const evil = '<script>alert(1)</script>';
  it('escapes chair names, localities and province names from articles', () => {
    const r = makeRecord({
      n: 8, date: day('2021-01-05'), quarter: '2021-Q1', province: province(`Hậu Giang ${evil}`, 'hau-giang', '93'),
      chair: chair(`Nguyễn ${evil}`), locality: { name: `X${evil}`, level: 'huyện', certainty: 'stated', evidence: null, rule: 't' },
    });
    const counts = countRecords([r], deps());
    const html = topList(counts.chairs, '') + topList(counts.localities, '') + heatTable(heatRows(counts.provinceYears, counts.provinceNames, deps().provinceUrl, counts.noProvinceYears), 'B');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const o = buildOverview([r], deps());
    for (const s of o.sections) expect(s.html, s.id).not.toContain('<script>');
    for (const m of o.provinceMini.values()) expect(m).not.toContain('<script>');
  });
});

describe('buildOverview', () => {
  const o = buildOverview(SIX, deps());

  it('has the sections in order, and says how many articles have no province', () => {
    expect(o.url).toBe('/tong-quan/');
    expect(o.sections.map((s) => s.id)).toEqual(['ban-do', 'theo-quy', 'tinh-nam', 'nhieu-nhat']);
    const maps = doc(o.sections[0]!.html);
    expect(maps.querySelector('.map-note')!.textContent).toContain('Chưa rõ tỉnh: 1 bài');
    expect(maps.querySelector('.map-note a')!.getAttribute('href')).toBe('/tinh/chua-ro/');
    expect(maps.querySelectorAll('svg.map')).toHaveLength(2);
    expect(maps.querySelector('.attribution')!.textContent).toContain('geoBoundaries');
  });

  it('links each region of the 34 map to its row in the table, which lists the provinces it was made of', () => {
    const maps = doc(o.sections[0]!.html);
    const map34 = maps.querySelector('#ban-do-34 svg.links')!;
    const titles = [...map34.querySelectorAll('a')].map((l) => [l.querySelector('title')!.textContent, l.getAttribute('href')]);
    expect(titles).toEqual([
      ['Hà Tĩnh: 1 bài', '/tong-quan/#nay-ha-tinh'],
      ['An Giang: 2 bài', '/tong-quan/#nay-an-giang'],
      ['Cần Thơ: 2 bài', '/tong-quan/#nay-can-tho'],
    ]);
    const row = maps.querySelector('tr#nay-can-tho')!;
    expect(row.textContent).toContain('Hậu Giang 2');
    expect(row.querySelector('a[href="/tinh/hau-giang/"]')).not.toBeNull();
    // The 2025 An Giang article: its page is linked from An Giang's row.
    expect(maps.querySelector('tr#nay-an-giang')!.textContent).toContain('từ 1/7/2025: An Giang');
  });

  it('gives each province page a locator map and its quarters', () => {
    const kg = doc(o.provinceMini.get('kien-giang')!);
    expect(kg.querySelector('svg.map.mini path.here')).not.toBeNull();
    expect(kg.querySelector('svg.map.mini path.today')).not.toBeNull(); // An Giang today, outlined
    expect(kg.querySelector('.mini-where')!.textContent).toContain('Kiên Giang thuộc tỉnh An Giang');
    expect([...kg.querySelectorAll('.mini-chart svg.links a')].map((l) => l.getAttribute('href'))).toEqual(['/quy/2020-q3/']);
    const ht = doc(o.provinceMini.get('ha-tinh')!);
    expect(ht.querySelector('svg.map.mini path.today')).toBeNull(); // not merged
    expect(ht.querySelector('.mini-where')!.textContent).toContain('vẫn là tỉnh Hà Tĩnh');
    const hg = doc(o.provinceMini.get('hau-giang')!);
    expect(hg.querySelector('.mini-where')!.textContent).toContain('thuộc thành phố Cần Thơ');
    expect(hg.body.textContent).toContain('Chưa rõ quý: 1 bài');
  });

  it('is what buildSite puts in site.overview and on the first page of each province', () => {
    const site = buildSite(SIX, { gazetteer: GAZETTEER, pageSize: 1 }).site;
    expect(site.overview!.sections.map((s) => s.id)).toEqual(o.sections.map((s) => s.id));
    const hg = site.provincePages.filter((p) => p.url.startsWith('/tinh/hau-giang/'));
    expect(hg.map((p) => Boolean(p.mini))).toEqual([true, false]);
    expect(site.sitemap).toContain('/tong-quan/');
  });
});
