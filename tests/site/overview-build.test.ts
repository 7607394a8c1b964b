// The overview on the built seed archive (content/, as `npm run build` makes it), also under a
// PATH_PREFIX, and with article text that holds markup. Expected counts come from the seeds' labels
// in ../shared/seeds/expected.json (and tests/fixtures/golden), and the 2025 provinces from
// Nghị quyết 202/2025/QH15; never from the program's own output.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, buildInto, fileFor, readPages, ROOT, text, type Page } from './build-helpers.ts';

// From expected.json: 000 and 003 Hậu Giang, 001 Hà Tĩnh, 002 Kiên Giang, 004 unknown (its thị xã is
// never named); quarters 2022-Q2 (001), 2020-Q3 (002), 2021-Q1 (003), 2021-Q4 (004); 000 has no date
// (or only the year 2021), so no quarter.
const SEED_PROVINCES = { 'Hậu Giang': 2, 'Hà Tĩnh': 1, 'Kiên Giang': 1 };
const SEED_UNKNOWN_PROVINCE = 1;
const SEED_QUARTERS = ['2020-Q3', '2021-Q1', '2021-Q4', '2022-Q2'];
const SEED_NO_QUARTER = 1;
// Where they are from 1 July 2025 (NQ 202/2025/QH15): Hậu Giang joined Cần Thơ, Kiên Giang joined
// An Giang, Hà Tĩnh stayed as it was.
const SEED_TODAY = { 'Cần Thơ': 2, 'An Giang': 1, 'Hà Tĩnh': 1 };

const EVIL = '<img src=x onerror=alert(1)>';

let site: string, prefixed: string, hostile: string, hostileContent: string;
let pages: Map<string, Page>, prefixedPages: Map<string, Page>, hostilePages: Map<string, Page>;

beforeAll(async () => {
  hostileContent = await mkdtemp(join(tmpdir(), 'bien-nien-content-'));
  await cp(join(ROOT, 'content'), hostileContent, { recursive: true });
  // A keeper's correction is article-side text too: a chair and a locality holding markup.
  await writeFile(join(hostileContent, '002_6e5d7d1bc601a596.yaml'), `chair: "Lê ${EVIL} Hồ"\nlocality: { name: "Vĩnh <b>Thuận</b>", level: huyện }\n`);
  [site, prefixed] = await Promise.all([buildInto(join(ROOT, 'content')), buildInto(join(ROOT, 'content'), { PATH_PREFIX: '/archive/' })]);
  hostile = await buildInto(hostileContent);
  [pages, prefixedPages, hostilePages] = await Promise.all([readPages(site), readPages(prefixed, '/archive/'), readPages(hostile)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([site, prefixed, hostile, hostileContent].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

const overview = (all: Map<string, Page>, prefix = '/') => {
  const p = all.get(`${prefix}tong-quan/`);
  if (!p) throw new Error('no overview page');
  return p.document;
};
/** Tooltip → link of every linked region of a map (in the link layer over the picture). */
const regionLinks = (figure: Element) =>
  Object.fromEntries([...figure.querySelectorAll('svg.links a')].map((a) => [text(a.querySelector('title')), a.getAttribute('href')]));
const expectedTitles = (counts: { [name: string]: number }) => Object.keys(counts).map((n) => `${n}: ${counts[n]} bài`).sort();

describe('the overview page on the seeds', () => {
  it('is linked from the home page and from every page header', () => {
    expect(pages.get('/')!.document.querySelector('main a[href="/tong-quan/"]')).not.toBeNull();
    for (const p of pages.values()) expect(p.document.querySelector('header.site nav a[href="/tong-quan/"]'), p.url).not.toBeNull();
    expect(text(overview(pages).querySelector('h1'))).toBe('Tổng quan');
  });

  it('shows Hậu Giang 2, Kiên Giang 1, Hà Tĩnh 1 on the 63-province map, each linked to its page', () => {
    const figure = overview(pages).querySelector('#ban-do-63')!;
    const links = regionLinks(figure);
    expect(Object.keys(links).sort()).toEqual(expectedTitles(SEED_PROVINCES));
    expect(links['Kiên Giang: 1 bài']).toBe('/tinh/kien-giang/');
    expect(links['Hậu Giang: 2 bài']).toBe('/tinh/hau-giang/');
    expect(links['Hà Tĩnh: 1 bài']).toBe('/tinh/ha-tinh/');
    // The counts are written on the map too.
    expect([...figure.querySelectorAll('svg.map g.numbers text')].map(text).sort()).toEqual(Object.values(SEED_PROVINCES).map(String).sort());
    expect(figure.querySelector('svg.map[role="img"] title')).not.toBeNull();
  });

  it('shows their 2025 provinces on the 34-province map, each linked to its row of the table', () => {
    const doc = overview(pages);
    const links = regionLinks(doc.querySelector('#ban-do-34')!);
    expect(Object.keys(links).sort()).toEqual(expectedTitles(SEED_TODAY));
    for (const href of Object.values(links)) {
      const row = doc.getElementById(href!.split('#')[1]!);
      expect(row?.localName, href!).toBe('tr');
    }
    const canTho = doc.getElementById(links['Cần Thơ: 2 bài']!.split('#')[1]!)!;
    expect(canTho.querySelector('a[href="/tinh/hau-giang/"]')).not.toBeNull();
  });

  it('counts the article with no province in a visible "chưa rõ tỉnh" note', () => {
    const note = overview(pages).querySelector('#ban-do .map-note')!;
    expect(text(note)).toContain(`Chưa rõ tỉnh: ${SEED_UNKNOWN_PROVINCE} bài`);
    expect(note.querySelector('a')!.getAttribute('href')).toBe('/tinh/chua-ro/');
    expect(note.closest('[hidden], details:not([open])')).toBeNull();
  });

  it('has a bar per quarter with articles, linked to the quarter page, and says what has no quarter', () => {
    const doc = overview(pages);
    const bars = [...doc.querySelectorAll('#theo-quy svg.links a')].map((a) => a.getAttribute('href'));
    expect(bars).toEqual(SEED_QUARTERS.map((q) => `/quy/${q.toLowerCase()}/`));
    expect(text(doc.querySelector('#theo-quy'))).toContain(`Chưa rõ quý: ${SEED_NO_QUARTER} bài`);
    expect(doc.querySelectorAll('#theo-quy ul.legend li').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('#theo-quy table.figures tbody tr')).toHaveLength(SEED_QUARTERS.length);
  });

  it('links every map region and chart bar to a page that exists, and in-page links to an element that exists', () => {
    const doc = overview(pages);
    const hrefs = [...doc.querySelectorAll('svg a[href], table a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) {
      const [path, fragment] = href.split('#');
      const file = fileFor(site, '/', path!);
      expect(file && existsSync(file), href).toBe(true);
      if (fragment) expect(pages.get(path!)!.document.getElementById(fragment), href).not.toBeNull();
    }
    for (const p of pages.values()) expect(brokenLinks(site, '/', p), p.url).toEqual([]);
  });

  it('has the province × year table and the most frequent chairs and localities, linked', () => {
    const doc = overview(pages);
    const heat = doc.querySelector('#tinh-nam table')!;
    const row = [...heat.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === 'Kiên Giang')!;
    expect(row.querySelector('td a[href="/tinh/kien-giang/"]')!.getAttribute('aria-label')).toBe('Kiên Giang, năm 2020: 1 bài');
    const top = doc.querySelector('#nhieu-nhat')!;
    expect(top.querySelector('a[href="/nguoi/le-trung-ho/"]')).not.toBeNull();
    expect(text(top)).toContain('huyện Vĩnh Thuận');
  });

  it("gives each province page its locator map and quarterly chart; Kiên Giang's says it is in An Giang today", async () => {
    const kg = pages.get('/tinh/kien-giang/')!.document;
    expect(kg.querySelector('.mini-overview svg.map.mini[role="img"] title')).not.toBeNull();
    expect(text(kg.querySelector('.mini-where'))).toContain('thuộc tỉnh An Giang');
    expect([...kg.querySelectorAll('.mini-overview svg.links a')].map((a) => a.getAttribute('href'))).toEqual(['/quy/2020-q3/']);
    expect(pages.get('/tinh/chua-ro/')!.document.querySelector('.mini-overview')).toBeNull();
  });

  it('shows where the boundaries come from, on the map and on the about page', () => {
    expect(text(overview(pages).querySelector('#ban-do .attribution'))).toContain('geoBoundaries');
    const about = text(pages.get('/gioi-thieu/')!.document.querySelector('main'));
    expect(about).toContain('geoBoundaries');
    expect(about).toContain('CC BY 4.0');
  });
});

describe('under PATH_PREFIX=/archive/', () => {
  it('prefixes every map and chart link, and each resolves', () => {
    const doc = overview(prefixedPages, '/archive/');
    const hrefs = [...doc.querySelectorAll('svg a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBe(Object.keys(SEED_PROVINCES).length + Object.keys(SEED_TODAY).length + SEED_QUARTERS.length);
    for (const href of hrefs) {
      expect(href.startsWith('/archive/'), href).toBe(true);
      const file = fileFor(prefixed, '/archive/', href.split('#')[0]!);
      expect(file && existsSync(file), href).toBe(true);
    }
    for (const p of prefixedPages.values()) expect(brokenLinks(prefixed, '/archive/', p), p.url).toEqual([]);
  });
});

describe('article text holding markup', () => {
  it('is shown as text on the overview and the province page, never as markup', async () => {
    const doc = overview(hostilePages);
    expect(doc.querySelector('main img, main b')).toBeNull();
    expect(text(doc.querySelector('#nhieu-nhat'))).toContain(`Lê ${EVIL} Hồ`);
    expect(text(doc.querySelector('#nhieu-nhat'))).toContain('Vĩnh <b>Thuận</b>');
    const raw = await readFile(join(hostile, 'tong-quan', 'index.html'), 'utf8');
    expect(raw).not.toContain(EVIL);
  });
});
