// Search, built: Pagefind's index of the article pages (and nothing else), the folded words each
// article gives it, the filters, the search page and the header's box; and the pieces of the search
// page's script that run without a browser (excerpts, phrases, the URL).
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/records/schema.ts';
import { excerpts, findHits, phraseScore, stateFromUrl, urlFromState } from '../../src/site/search-client.ts';
import { foldedDWords, SEARCH_FILTERS } from '../../src/site/search.ts';
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

    it('writes a Pagefind index of exactly the article pages, in Vietnamese, without Pagefind’s own UIs', async () => {
      const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages)).toEqual(['vi']);
      expect(entry.languages.vi.page_count).toBe(records.length);
      const files = await filesUnder(join(site, 'pagefind'));
      expect(files).toContain('pagefind.js');
      expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
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
