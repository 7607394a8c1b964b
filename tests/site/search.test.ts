// Search, built: Pagefind's index of the article pages (and nothing else), the folded words each
// article gives it, the filters, the search page and the header's box; and the pieces of the search
// page's script that run without a browser (excerpts, phrases, the URL).
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/records/schema.ts';
import { excerpts, findHits, mergeByDate, phraseScore, stateFromUrl, sumCounts, urlFromState } from '../../src/site/search-client.ts';
import { foldedDWords, indexSite, planShards, SEARCH_FILTERS, type IndexedPage } from '../../src/site/search.ts';
import { urlFor } from '../../src/site/urls.ts';
import { searchFold } from '../../src/text/fold.ts';
import { brokenLinks, buildInto, filesUnder, readPages, ROOT, text, type Page } from './build-helpers.ts';

describe('foldedDWords', () => {
  it('folds the words with đ/Đ, each once, and nothing else', () => {
    expect(foldedDWords(['Đà Nẵng, Đảng ủy', null, 'đảng viên; HĐND và Đảng'])).toBe('da dang hdnd');
    expect(foldedDWords(['Vĩnh Thuận hội nghị'])).toBe('');
    expect(foldedDWords(['đ', 'Đ3, 12đ! (đđ) Đ\u0301ồng-đội'])).toBe('d d3 12d dd dong doi');
  });

  it('is the words of the text that hold đ/Đ, folded, each once, in order, whatever the text', () => {
    // The definition: a word is a run of letters, marks and digits.
    const reference = (texts: string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => m[0]).filter((w) => /[đĐ]/.test(w)).map(searchFold)))].join(' ');
    const piece = fc.constantFrom('đ', 'Đ', 'a', 'ả', 'o', '\u0301', '7', ' ', ',', '-', '𝐀', 'ǅ', '\n');
    fc.assert(fc.property(fc.array(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), { maxLength: 4 }), (texts) => foldedDWords(texts) === reference(texts)));
  });
});

describe('shards', () => {
  const page = (dir: string, date: string | null): IndexedPage => ({ dir, date });
  const dirs = (shards: IndexedPage[][]) => shards.map((s) => s.map((p) => p.dir));

  it('deals the dated pages out in date order, then the undated ones', () => {
    // Date order: d (2019-12-31), b (2020), a and c (the same day: by folder), f (2022); then the
    // undated e and g (by folder).
    const pages = [page('g', null), page('c', '2021-05-01'), page('b', '2020'), page('e', null), page('a', '2021-05-01'), page('d', '2019-12-31'), page('f', '2022-01-02')];
    expect(dirs(planShards(pages, 4))).toEqual([['d', 'a', 'f', 'g'], ['b', 'c', 'e']]);
    expect(dirs(planShards(pages, 3))).toEqual([['d', 'c', 'g'], ['b', 'f'], ['a', 'e']]);
    expect(dirs(planShards(pages, 7))).toEqual([['d', 'b', 'a', 'c', 'f', 'e', 'g']]);
    expect(planShards([], 6)).toEqual([]);
  });

  it('adds up the shards’ filter counts', () => {
    const counts = sumCounts([{ tinh: { 'Hà Tĩnh': 1, 'Kiên Giang': 2 } }, { tinh: { 'Hà Tĩnh': 3 }, nam: { '2020': 1 } }, {}]);
    expect(counts).toEqual({ tinh: { 'Hà Tĩnh': 4, 'Kiên Giang': 2 }, nam: { '2020': 1 } });
  });

  // Pagefind, asked to sort by date, keeps the results that have a date and scores each with its place in
  // its shard's date order, negated for 'asc' (pagefind_web/src/lib.rs, search). Pages of the same date
  // may come in any order.
  it('merges the shards’ date-sorted results into the archive’s date order, in both directions', async () => {
    const archive = fc.array(fc.record({ date: fc.option(fc.integer({ min: 2019, max: 2024 }).map(String), { nil: null }), matches: fc.boolean() }), { maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(archive, fc.integer({ min: 1, max: 7 }), fc.constantFrom('asc' as const, 'desc' as const), async (drawn, size, sort) => {
        const pages = drawn.map((p, i) => ({ ...p, dir: `bai-viet/${String(i).padStart(2, '0')}` }));
        const shards = planShards(pages, size);
        const responses = shards.map((shard) => {
          const dated = shard.filter((p) => p.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : Math.random() - 0.5));
          const results = dated.filter((p) => p.matches).map((p) => ({ score: sort === 'asc' ? -dated.indexOf(p) : dated.indexOf(p), data: async () => ({ url: p.dir, content: '', meta: { date: p.date! } }) }));
          return { results, filters: {}, totalFilters: {} };
        });
        const dates = await Promise.all(mergeByDate(responses, sort).results.map(async (r) => (await r.data()).meta.date!));
        const expected = pages.filter((p) => p.date !== null && p.matches).map((p) => p.date!).sort();
        expect(dates).toEqual(sort === 'asc' ? expected : expected.reverse());
      }),
    );
  });
});

describe('the search page script, without a browser', () => {
  it('finds the words of a query with or without accents, and marks them', () => {
    const t = 'Thành ủy Đà Nẵng tạo bước đột phá về văn hoá.';
    expect(findHits(t, 'da nang dot hoa').map((h) => t.slice(h.start, h.end))).toEqual(['Đà', 'Nẵng', 'đột', 'hoá']);
    const [p] = excerpts(t, 'dot pha');
    expect(p!.marks.map(([a, b]) => p!.text.slice(a, b))).toEqual(['đột', 'phá']);
  });

  it('puts a phrase typed with the article’s accents above the same words folded, and both above scattered words', () => {
    const exact = phraseScore('Vị Thanh', '', 'thành phố Vị Thanh');
    const folded = phraseScore('Vị Thanh', '', 'thành phố Vi Thanh');
    const scattered = phraseScore('Vị Thanh', '', 'đơn vị, Thành ủy');
    expect(exact).toBeGreaterThan(folded);
    expect(folded).toBeGreaterThan(scattered);
    expect(phraseScore('hoà giải', '', 'công tác hòa giải')).toBe(exact); // tone placement is not an accent
  });

  it('keeps the query and filters in the URL', () => {
    const state = stateFromUrl('?q=vinh+thuan&tinh=Ki%C3%AAn+Giang&nam=2020&sx=moi&other=x');
    expect(state).toEqual({ q: 'vinh thuan', filters: new Map([['tinh', ['Kiên Giang']], ['nam', ['2020']]]), sort: 'moi' });
    expect(stateFromUrl(urlFromState(state))).toEqual(state);
    expect(stateFromUrl('?q=x&sx=bogus').sort).toBe('');
  });
});

for (const prefix of ['/', '/archive/']) {
  describe(`the built search (PATH_PREFIX=${prefix})`, () => {
    let site: string;
    let pages: Map<string, Page>;
    let records: ArticleRecord[];
    const articleUrls = () => new Set(records.map((r) => prefix + urlFor.article(r).slice(1)));

    beforeAll(async () => {
      site = await buildInto(join(ROOT, 'content'), { PATH_PREFIX: prefix });
      pages = await readPages(site, prefix);
      records = JSON.parse(await readFile(join(site, 'records.json'), 'utf8'));
    });
    afterAll(async () => {
      if (site) await rm(site, { recursive: true, force: true });
    });

    it('writes a Pagefind index of exactly the article pages, in Vietnamese, in one shard, without Pagefind’s own UIs', async () => {
      expect(JSON.parse(await readFile(join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual({ shards: 1 });
      const entry = JSON.parse(await readFile(join(site, 'pagefind', '0', 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages)).toEqual(['vi']);
      expect(entry.languages.vi.page_count).toBe(records.length);
      const files = await filesUnder(join(site, 'pagefind'));
      expect(files).toContain('0/pagefind.js');
      expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    });

    it('indexes in shards of at most so many pages, every article page once', async () => {
      const copy = await mkdtemp(join(tmpdir(), 'bien-nien-shards-'));
      try {
        await cp(site, copy, { recursive: true });
        const stats = await indexSite(copy, undefined, { shardPages: 2 });
        // Five articles in shards of at most two: three shards, of two, two and one.
        expect(records).toHaveLength(5);
        expect(stats).toMatchObject({ pages: 5, shards: 3 });
        expect(JSON.parse(await readFile(join(copy, 'pagefind', 'shards.json'), 'utf8'))).toEqual({ shards: 3 });
        const counts = [];
        for (const n of [0, 1, 2]) counts.push(JSON.parse(await readFile(join(copy, 'pagefind', String(n), 'pagefind-entry.json'), 'utf8')).languages.vi.page_count);
        expect(counts).toEqual([2, 2, 1]);
        expect((await filesUnder(join(copy, 'pagefind'))).filter((f) => /ui|highlight/.test(f))).toEqual([]);
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    });

    it('marks the article body for indexing on article pages only, with filters, sort key and metadata', () => {
      const articles = articleUrls();
      for (const page of pages.values()) {
        const bodies = page.document.querySelectorAll('[data-pagefind-body]');
        expect(bodies.length, page.url).toBe(articles.has(page.url) ? 1 : 0);
      }
      for (const r of records) {
        const page = pages.get(prefix + urlFor.article(r).slice(1))!;
        const body = page.document.querySelector('[data-pagefind-body]')!;
        expect(body.tagName).toBe('ARTICLE');
        expect(body.closest('header, nav, footer')).toBeNull();
        const filters = Object.fromEntries([...body.querySelectorAll('[data-pagefind-filter]')].map((e) => [e.getAttribute('data-pagefind-filter'), text(e)]));
        expect(Object.keys(filters).sort()).toEqual(Object.keys(SEARCH_FILTERS).sort());
        expect(filters.tinh).toBe(r.province?.name ?? 'Chưa rõ tỉnh');
        expect(filters.nam).toBe(r.date ? r.date.value.slice(0, 4) : 'Chưa rõ năm');
        expect(filters.chu_tri).toBe(r.chair?.name ?? 'Chưa rõ người chủ trì');
        expect(filters.loai).toBe(r.meetingType.label);
        expect(body.getAttribute('data-pagefind-sort')).toBe(r.date ? `date:${r.date.value}` : null);
        const meta = Object.fromEntries([...body.querySelectorAll('[data-pagefind-meta]')].map((e) => [e.getAttribute('data-pagefind-meta'), text(e)]));
        expect(meta.title).toBe(text(page.document.querySelector('h1')));
        expect(meta.province).toBe(r.province?.name ?? 'Chưa rõ tỉnh');
        expect(meta.date).toBeTruthy();
      }
    });

    it('gives every article its đ-words folded, in an element that is hidden and not indexed as text', () => {
      for (const r of records) {
        const page = pages.get(prefix + urlFor.article(r).slice(1))!;
        const fold = page.document.querySelector('[data-pagefind-meta="fold"]');
        const words = fold ? text(fold).split(' ') : [];
        // The text Pagefind indexes: the article less what it is told to ignore.
        const indexed = page.document.querySelector('[data-pagefind-body]')!.cloneNode(true) as Element;
        for (const e of indexed.querySelectorAll('[data-pagefind-ignore]')) e.remove();
        const expected = [...new Set([...text(indexed).matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => m[0]).filter((w) => /[đĐ]/.test(w)).map(searchFold))];
        expect(words.sort(), page.url).toEqual(expected.sort());
        expect(words.every((w) => w === searchFold(w) && /^[\p{L}\p{N}]+$/u.test(w)), page.url).toBe(true);
        if (fold) {
          const holder = fold.closest('[hidden]');
          expect(holder, page.url).not.toBeNull();
          expect(holder!.hasAttribute('data-pagefind-ignore')).toBe(true);
        }
      }
      expect(records.some((r) => pages.get(prefix + urlFor.article(r).slice(1))!.html.includes('data-pagefind-meta="fold">'))).toBe(true);
    });

    it('has a search page and a search box in the header of every page, both plain GET forms', () => {
      const search = pages.get(`${prefix}tim-kiem/`)!;
      expect(search).toBeDefined();
      expect(text(search.document.querySelector('h1'))).toBe('Tìm kiếm');
      expect(search.document.querySelector('title')!.textContent).toContain('Tìm kiếm');
      const script = search.document.querySelector('script[type="module"]')!;
      expect(script.getAttribute('src')).toBe(`${prefix}assets/search.js`);
      expect(existsSync(join(site, 'assets', 'search.js'))).toBe(true);
      expect(brokenLinks(site, prefix, search)).toEqual([]);
      for (const page of pages.values()) {
        if (page.file === '404.html') continue;
        const box = page.document.querySelector('header form[role="search"]');
        expect(box, page.url).not.toBeNull();
        expect(box!.getAttribute('action')).toBe(`${prefix}tim-kiem/`);
        expect(box!.getAttribute('method')).toBe('get');
        expect(box!.querySelector('input[name="q"]')).not.toBeNull();
        expect(page.document.querySelector(`label[for="${box!.querySelector('input')!.id}"]`)).not.toBeNull();
      }
    });

    it('has no inline script and no script but the search page’s (a CSP of script-src self can hold)', () => {
      for (const page of pages.values()) {
        const scripts = [...page.document.querySelectorAll('script')];
        expect(scripts.every((s) => s.getAttribute('src')), page.url).toBe(true);
        expect(scripts.length, page.url).toBe(page.url === `${prefix}tim-kiem/` ? 1 : 0);
        expect(/\son[a-z]+=/i.test(page.html), page.url).toBe(false);
      }
    });
  });
}
