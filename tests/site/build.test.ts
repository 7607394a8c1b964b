// Builds the seed archive (content/) once, as `npm run build` does, and checks the site a reader and
// a static server get: pages, titles, links, dates, counts, data files, and escaping.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/records/schema.ts';
import { BOM, CSV_COLUMNS } from '../../src/site/csv.ts';
import { formatEventDate, quarterLabel } from '../../src/site/dates.ts';
import { urlFor } from '../../src/site/urls.ts';
import { brokenLinks, buildInto, filesUnder, readPages, ROOT, text, xmlProblem, type Page } from './build-helpers.ts';

let site: string;
let again: string;
let prefixed: string;
let hostile: string;
let hostileContent: string;
let records: ArticleRecord[];
let pages: Map<string, Page>;

const SCRIPT = '<script>alert("xss")</script>';

beforeAll(async () => {
  hostileContent = await mkdtemp(join(tmpdir(), 'bien-nien-content-'));
  await cp(join(ROOT, 'content'), hostileContent, { recursive: true });
  await writeFile(
    join(hostileContent, 'hostile.txt'),
    `Huyện ủy thử nghiệm ${SCRIPT} tổ chức hội nghị\n\nSáng ngày 5/3/2021, Huyện ủy tổ chức hội nghị. <img src=x onerror=alert(1)> Đồng chí Nguyễn Văn A chủ trì hội nghị ${SCRIPT}.\n`,
  );
  // Two at a time: the machine has two cores.
  [site, prefixed] = await Promise.all([buildInto(join(ROOT, 'content')), buildInto(join(ROOT, 'content'), { PATH_PREFIX: '/archive/' })]);
  // Built again in slices of two articles, on two threads (src/site/render.ts): the bytes must not
  // depend on how the pages were split up or which thread drew them.
  [again, hostile] = await Promise.all([buildInto(join(ROOT, 'content'), { BIEN_NIEN_SLICE: '2', BIEN_NIEN_THREADS: '2' }), buildInto(hostileContent)]);
  records = JSON.parse(await readFile(join(site, 'records.json'), 'utf8'));
  pages = await readPages(site);
});

afterAll(async () => {
  await Promise.all([site, again, prefixed, hostile, hostileContent].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`no page at ${url}`);
  return p;
};
const title = (url: string) => text(page(url).document.querySelector('title'));
const hrefs = (url: string) => [...page(url).document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));

describe('the seed site', () => {
  it('has every page kind', () => {
    for (const url of ['/', '/bai-viet/', '/tinh/', '/tinh/chua-ro/', '/quy/', '/chua-ro-ngay/', '/nguoi/', '/loai/', '/gioi-thieu/', '/404.html']) {
      expect(pages.has(url), url).toBe(true);
    }
  });

  it('says lang="vi" on every page, has a title and one h1', () => {
    for (const p of pages.values()) {
      expect(p.document.documentElement.getAttribute('lang'), p.url).toBe('vi');
      expect(title(p.url), p.url).not.toBe('');
      expect(p.document.querySelectorAll('h1').length, p.url).toBe(1);
    }
  });

  it('has no broken internal link or asset', () => {
    for (const p of pages.values()) expect(brokenLinks(site, '/', p), p.url).toEqual([]);
  });

  it('links the home page to every index and the data', () => {
    const links = hrefs('/');
    for (const u of [urlFor.provinces(), urlFor.quarters(), urlFor.people(), urlFor.meetingTypes(), urlFor.about(), urlFor.articles(), urlFor.unknownProvince(), urlFor.unknownDate(), urlFor.recordsJson(), urlFor.recordsCsv(), urlFor.feed()]) {
      expect(links, u).toContain(u);
    }
  });

  it('makes one article page per record, with its title, date and links', () => {
    expect(records).toHaveLength(5);
    for (const r of records) {
      const url = urlFor.article(r);
      const p = page(url);
      if (r.title) expect(title(url)).toContain(r.title);
      const facts = text(p.document.querySelector('dl.facts'));
      expect(facts).toContain(formatEventDate(r.date) === 'chưa rõ ngày' ? 'Ngày diễn ra chưa rõ' : formatEventDate(r.date));
      const links = hrefs(url);
      expect(links).toContain(r.province ? urlFor.province(r.province.slug) : urlFor.unknownProvince());
      expect(links).toContain(r.quarter ? urlFor.quarter(r.quarter) : urlFor.unknownDate());
      expect(links).toContain(urlFor.meetingType(r.meetingType.key));
      if (r.chair) expect(text(p.document.querySelector('dl.facts'))).toContain(r.chair.name);
      expect(text(p.document.querySelector('.source'))).toContain(r.sourceFile.split('/').at(-1)!);
      for (const t of r.tasks) expect(text(p.document.querySelector('.tasks'))).toContain(t.replace(/\s+/g, ' ').trim());
    }
  });

  it('says which province a merged one belongs to today, with its unit word and a link that resolves', () => {
    // DOMAIN.md: from 1/7/2025 Kiên Giang is part of tỉnh An Giang, Hậu Giang of thành phố Cần Thơ;
    // Hà Tĩnh kept its name, so its article says nothing.
    const today = (r: ArticleRecord) => {
      const row = [...page(urlFor.article(r)).document.querySelectorAll('dl.facts > div')].find((d) => text(d.querySelector('dt')) === 'Nay thuộc');
      return row ? { text: text(row.querySelector('dd')), href: row.querySelector('dd a')?.getAttribute('href') ?? null } : null;
    };
    const byProvince = (name: string) => records.filter((r) => r.province?.name === name);
    for (const r of byProvince('Kiên Giang')) expect(today(r)?.text).toBe('tỉnh An Giang (từ 1/7/2025)');
    for (const r of byProvince('Hậu Giang')) expect(today(r)?.text).toBe('thành phố Cần Thơ (từ 1/7/2025)');
    for (const r of byProvince('Hà Tĩnh')) expect(today(r)).toBeNull();
    const links = [...byProvince('Kiên Giang'), ...byProvince('Hậu Giang')].map((r) => today(r)!.href!);
    for (const href of links) {
      const [path, id] = href.split('#');
      const target = page(path!);
      expect(target, href).toBeDefined();
      if (id) expect(target.document.getElementById(id), href).not.toBeNull();
    }
  });

  it('says where an inferred field came from', () => {
    for (const r of records.filter((x) => x.date?.certainty === 'inferred' && x.date.evidence)) {
      expect(text(page(urlFor.article(r)).document.querySelector('dl.facts'))).toContain(`năm suy ra từ «${r.date!.evidence!.text.trim()}»`);
    }
  });

  it('makes a page per province, quarter, person and meeting type, titled with its name', () => {
    for (const r of records) {
      if (r.province) {
        expect(title(urlFor.province(r.province.slug))).toContain(r.province.name);
        expect(hrefs(urlFor.province(r.province.slug))).toContain(urlFor.article(r));
      }
      if (r.quarter) {
        expect(title(urlFor.quarter(r.quarter))).toContain(quarterLabel(r.quarter));
        expect(hrefs(urlFor.quarter(r.quarter))).toContain(urlFor.article(r));
      }
      expect(hrefs(urlFor.meetingType(r.meetingType.key))).toContain(urlFor.article(r));
    }
    for (const r of records.filter((x) => x.chair)) {
      const person = [...pages.values()].find((p) => p.url.startsWith('/nguoi/') && p.url !== '/nguoi/' && title(p.url).startsWith(r.chair!.name));
      expect(person, r.chair!.name).toBeDefined();
      expect(hrefs(person!.url)).toContain(urlFor.article(r));
    }
  });

  it('counts articles per province on the provinces index, all 63 (and the 34) listed', () => {
    const rows = [...page('/tinh/').document.querySelectorAll('table.provinces tbody tr')];
    expect(rows).toHaveLength(63 + 34);
    const byProvince = new Map<string, number>();
    for (const r of records) if (r.province) byProvince.set(r.province.name, (byProvince.get(r.province.name) ?? 0) + 1);
    for (const [name, count] of byProvince) {
      const row = rows.find((tr) => text(tr.querySelector('th')) === name)!;
      expect(text(row.querySelector('td.num'))).toBe(String(count));
      expect(row.querySelector('a')).not.toBeNull();
    }
    expect(rows.filter((tr) => tr.classList.contains('empty')).length).toBeGreaterThan(50);
  });

  it('lists unknown provinces and dates with a reason', () => {
    const noProvince = records.filter((r) => !r.province);
    const noQuarter = records.filter((r) => !r.quarter);
    const uP = page('/tinh/chua-ro/').document;
    const uD = page('/chua-ro-ngay/').document;
    expect(uP.querySelectorAll('li.card')).toHaveLength(noProvince.length);
    expect(uD.querySelectorAll('li.card')).toHaveLength(noQuarter.length);
    for (const li of [...uP.querySelectorAll('li.card'), ...uD.querySelectorAll('li.card')]) expect(text(li.querySelector('.note'))).not.toBe('');
  });

  it('shows the quarters index by year', () => {
    const years = [...new Set(records.filter((r) => r.quarter).map((r) => r.quarter!.slice(0, 4)))];
    const headings = [...page('/quy/').document.querySelectorAll('h2')].map(text);
    for (const y of years) expect(headings.some((h) => h.startsWith(`Năm ${y}`))).toBe(true);
  });

  it('writes records.json, records.csv (with BOM) and the JSON Schema', async () => {
    for (const r of records) expect(() => ArticleRecord.parse(r)).not.toThrow();
    const csv = await readFile(join(site, 'records.csv'), 'utf8');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => c.name).join(','));
    // The same file as the repository's schema/record.schema.json (kept current by `npm run schema`).
    expect(await readFile(join(site, 'schema/record.schema.json'), 'utf8')).toBe(await readFile(join(ROOT, 'schema/record.schema.json'), 'utf8'));
  });

  it('writes a well-formed Atom feed dated by the newest record', async () => {
    const feed = join(site, 'feed.xml');
    expect(await xmlProblem(feed)).toBeNull();
    const xml = await readFile(feed, 'utf8');
    const newest = records.filter((r) => r.date).map((r) => r.date!.value).sort().at(-1);
    if (newest?.length === 10) {
      const [y, m, d] = newest.split('-').map(Number) as [number, number, number];
      const instant = new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000).toISOString().replace('.000', '');
      expect(xml).toContain(`<updated>${instant}</updated>`);
    }
    expect(xml.match(/<entry>/g)?.length).toBe(records.filter((r) => r.date).length);
  });

  it('writes a well-formed sitemap of every page, and robots.txt', async () => {
    expect(await xmlProblem(join(site, 'sitemap.xml'))).toBeNull();
    const xml = await readFile(join(site, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // Not the 404 page, nor the search page (a page of search results is not for search engines).
    for (const url of pages.keys()) if (url !== '/404.html' && url !== '/tim-kiem/') expect(locs, url).toContain(url);
    expect(await readFile(join(site, 'robots.txt'), 'utf8')).toContain('User-agent: *');
  });

  it('is byte-identical when built again from the same content, also when drawn in slices on two threads', async () => {
    const a = await filesUnder(site);
    expect(await filesUnder(again)).toEqual(a);
    for (const f of a) expect(await readFile(join(again, f)), f).toEqual(await readFile(join(site, f)));
  });
});

describe('a site built with PATH_PREFIX=/archive/', () => {
  it('has every link, asset and feed URL under the prefix, all resolving', async () => {
    const ppages = await readPages(prefixed, '/archive/');
    expect(ppages.size).toBe(pages.size);
    for (const p of ppages.values()) {
      expect(brokenLinks(prefixed, '/archive/', p), p.url).toEqual([]);
      for (const el of p.document.querySelectorAll('[href], [src]')) {
        const v = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (v.startsWith('/')) expect(v.startsWith('/archive/'), `${p.url}: ${v}`).toBe(true);
      }
    }
    const feed = await readFile(join(prefixed, 'feed.xml'), 'utf8');
    for (const m of feed.matchAll(/href="([^"]+)"/g)) expect(m[1]!.startsWith('/archive/'), m[1]).toBe(true);
    const sitemap = await readFile(join(prefixed, 'sitemap.xml'), 'utf8');
    for (const m of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(m[1]!.startsWith('/archive/'), m[1]).toBe(true);
  });
});

describe('article text', () => {
  it('is escaped everywhere: a <script> in an article never becomes an element', async () => {
    const hpages = await readPages(hostile);
    const article = [...hpages.values()].find((p) => p.html.includes('thử nghiệm'))!;
    expect(article).toBeDefined();
    expect(article.html).toContain('&lt;script&gt;');
    for (const p of hpages.values()) {
      // The only script of the site is the search page's own file (tests/site/search.test.ts).
      expect(p.document.querySelectorAll('script:not([src$="/assets/search.js"])'), p.url).toHaveLength(0);
      expect(p.document.querySelectorAll('img'), p.url).toHaveLength(0);
    }
    expect(await xmlProblem(join(hostile, 'feed.xml'))).toBeNull();
    expect(await readFile(join(hostile, 'feed.xml'), 'utf8')).not.toContain('<script');
  });
});
