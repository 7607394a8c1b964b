// Search in real Chromium on the seed archive and two fixture articles (Đà Nẵng with old tone
// placement, Khánh Hòa with new): a reader's queries with and without diacritics find the expected
// article first, a province filter narrows, no match is said in Vietnamese, ?q= links and the
// header's box work, axe finds nothing serious, no console error; and the same under PATH_PREFIX.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/records/schema.ts';
import { indexSite } from '../../src/site/search.ts';
import { buildInto, ROOT } from '../site/build-helpers.ts';
import { serve } from './serve.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const HAVE_CHROMIUM = existsSync(CHROMIUM);

if (!HAVE_CHROMIUM) {
  const how = `Chromium is not installed at ${CHROMIUM}: the search browser tests are skipped. Install it with: apt-get install -y chromium`;
  if (process.env.CI === 'true') throw new Error(how);
  console.warn(`\n*** ${how} ***\n`);
}

type Site = { dir: string; server: Awaited<ReturnType<typeof serve>>; records: ArticleRecord[] };

async function buildSite(content: string, prefix: string): Promise<Site> {
  const dir = await buildInto(content, { PATH_PREFIX: prefix });
  const records = JSON.parse(await readFile(join(dir, 'records.json'), 'utf8')) as ArticleRecord[];
  return { dir, records, server: await serve(dir, prefix) };
}

/** The same site with its index in shards of at most `shardPages` pages, as a large archive has it. */
async function shardedCopy(s: Site, shardPages: number): Promise<Site> {
  const dir = await mkdtemp(join(tmpdir(), 'bien-nien-search-sharded-'));
  await cp(s.dir, dir, { recursive: true });
  await indexSite(dir, undefined, { shardPages });
  return { dir, records: s.records, server: await serve(dir, '/') };
}

describe.skipIf(!HAVE_CHROMIUM)('search in Chromium', () => {
  let browser: Browser;
  let content: string;
  let site: Site;
  let prefixed: Site;
  /** The seven test articles indexed in three shards (of three, two and two pages). */
  let sharded: Site;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    content = await mkdtemp(join(tmpdir(), 'bien-nien-search-content-'));
    await cp(join(ROOT, 'content'), content, { recursive: true });
    await cp(join(ROOT, 'tests', 'fixtures', 'search'), join(content, 'fixtures'), { recursive: true });
    [site, prefixed] = await Promise.all([buildSite(content, '/'), buildSite(content, '/archive/')]);
    sharded = await shardedCopy(site, 3);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    for (const s of [site, prefixed, sharded]) {
      await s?.server.close();
      if (s) await rm(s.dir, { recursive: true, force: true });
    }
    if (content) await rm(content, { recursive: true, force: true });
  });

  async function open(s: Site, path: string, width = 1024): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`${path}: ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
    await page.goto(new URL(path.replace(/^\//, ''), s.server.url).href);
    return page;
  }

  /** The search page for a query, once it has said what it found. */
  async function searchFor(s: Site, q: string, extra = ''): Promise<Page> {
    const page = await open(s, `/tim-kiem/?q=${encodeURIComponent(q)}${extra}`);
    await waitForStatus(page);
    return page;
  }
  const waitForStatus = (page: Page) => expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toMatch(/Tìm thấy|Không tìm thấy/);
  const resultTitles = (page: Page) => page.locator('.search-results li a.title').allTextContents();
  const titleOf = (s: Site, pred: (r: ArticleRecord) => boolean) => {
    const r = s.records.find(pred);
    if (!r?.title) throw new Error('no such record in the test archive');
    return r.title;
  };

  /** A reader's queries, each with what its results must be. */
  function readerCases(s: Site): [string, (first: string, all: string[]) => void][] {
    const vinhThuan = titleOf(s, (r) => r.locality?.name === 'Vĩnh Thuận');
    const daNang = titleOf(s, (r) => r.province?.name === 'Đà Nẵng');
    const khanhHoa = titleOf(s, (r) => r.province?.name === 'Khánh Hòa');
    const viThanh = titleOf(s, (r) => r.locality?.name === 'Vị Thanh');
    const giaoBan = s.records.filter((r) => /giao ban/i.test(r.title ?? '')).map((r) => r.title);
    return [
      ['hoi nghi giao ban', (first) => expect(giaoBan).toContain(first)],
      ['hội nghị giao ban', (first) => expect(giaoBan).toContain(first)],
      ['vinh thuan', (first) => expect(first).toBe(vinhThuan)],
      ['Vị Thanh', (first) => expect(first).toBe(viThanh)],
      ['vi thanh', (first) => expect(first).toBe(viThanh)],
      ['da nang', (first) => expect(first).toBe(daNang)],
      ['Đà Nẵng', (first) => expect(first).toBe(daNang)],
      ['dang uy', (_, all) => expect(all.length).toBeGreaterThanOrEqual(2)],
      // Old and new tone placement find each other: the same word, ranked as one (fold.ts's matchForm).
      ['hoà giải', (_, all) => expect(all.slice(0, 2).sort()).toEqual([daNang, khanhHoa].sort())],
      ['hòa giải', (_, all) => expect(all.slice(0, 2).sort()).toEqual([daNang, khanhHoa].sort())],
      ['Đảng uỷ', (_, all) => expect(all).toEqual(expect.arrayContaining([daNang, titleOf(s, (r) => /Đảng ủy/.test(r.title ?? ''))]))],
      ['hoa giai', (_, all) => expect(all).toEqual(expect.arrayContaining([daNang, khanhHoa]))],
      ['Thành uỷ Đà Nẵng', (first) => expect(first).toBe(daNang)],
      ['thanh uy da nang', (first) => expect(first).toBe(daNang)],
    ];
  }

  /** What each reader's query shows on a site, and the cases whose check failed. */
  async function runReaderCases(s: Site): Promise<{ shown: Map<string, string[]>; failures: string[] }> {
    const shown = new Map<string, string[]>();
    const failures: string[] = [];
    for (const [q, check] of readerCases(s)) {
      const page = await searchFor(s, q);
      const titles = await resultTitles(page);
      shown.set(q, titles);
      try {
        check(titles[0] ?? '(none)', titles);
      } catch (e) {
        failures.push(`«${q}» → ${JSON.stringify(titles)}: ${(e as Error).message.split('\n')[0]}`);
      }
      await page.close();
    }
    return { shown, failures };
  }

  it('finds each reader’s query, with or without diacritics, with the expected article first', async () => {
    expect((await runReaderCases(site)).failures).toEqual([]);
  });

  it('finds the same in an index of several shards: every article one index finds, the expected one first', async () => {
    const [one, shards] = [await runReaderCases(site), await runReaderCases(sharded)];
    expect(shards.failures).toEqual([]);
    // Pagefind matches a word by its beginning only when the index has no such word: a shard of three
    // pages lacks words the whole archive has, so it may find a little more (never less).
    for (const [q, titles] of one.shown) expect(shards.shown.get(q), q).toEqual(expect.arrayContaining(titles));
  });

  it('counts the filters over every shard, and sorts by date across shards', async () => {
    const facets = async (p: Page) => (await p.locator('.search-facets label').allTextContents()).sort();
    // Before any query, the facets count every article: Hậu Giang has two, in different shards.
    const all = await open(sharded, '/tim-kiem/');
    const hauGiang = all.locator('fieldset[data-key="tinh"] label', { hasText: 'Hậu Giang' }).locator('.count');
    await expect.poll(() => hauGiang.textContent(), { timeout: 15_000 }).toBe('2');
    await all.close();
    const [one, shards] = [await searchFor(site, 'hoi nghi'), await searchFor(sharded, 'hoi nghi')];
    expect(await facets(shards)).toEqual(await facets(one));
    const found = await resultTitles(shards);
    await one.close();
    await shards.close();
    // Sorted by date, the results that have a date, newest or oldest first (the test articles' dates differ).
    const dateOf = new Map(sharded.records.map((r) => [r.title, r.date?.value ?? null]));
    const dated = found.filter((t) => dateOf.get(t)).sort((a, b) => (dateOf.get(a)! < dateOf.get(b)! ? -1 : 1));
    expect(dated.length).toBeGreaterThan(3);
    for (const [sx, expected] of [['moi', [...dated].reverse()], ['cu', dated]] as const) {
      const page = await searchFor(sharded, 'hoi nghi', `&sx=${sx}`);
      expect(await resultTitles(page), sx).toEqual(expected);
      await page.close();
    }
  });

  it('"dang uy" finds Đảng ủy and Đảng uỷ, and marks them in the excerpts', async () => {
    const page = await searchFor(site, 'dang uy');
    const marked = (await page.locator('.search-results mark').allTextContents()).map((m) => m.normalize('NFC'));
    expect(marked).toEqual(expect.arrayContaining(['Đảng', 'ủy', 'uỷ']));
    // The folded words are never shown.
    expect(await page.locator('main').innerText()).not.toMatch(/\bdang uy\b(?!»)/);
    await page.close();
  });

  it('narrows the results with a province filter, with counts, and keeps the filter in the URL', async () => {
    const page = await searchFor(site, 'hoi nghi');
    const before = (await resultTitles(page)).length;
    expect(before).toBeGreaterThan(2);
    const facet = page.locator('fieldset[data-key="tinh"]');
    await expect.poll(() => facet.locator('legend').textContent()).toBe('Tỉnh, thành phố');
    const label = facet.locator('label', { hasText: 'Kiên Giang' });
    expect(await label.locator('.count').textContent()).toBe('1');
    await label.click();
    await expect.poll(() => resultTitles(page)).toEqual([titleOf(site, (r) => r.province?.name === 'Kiên Giang')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('tinh=Kiên+Giang');
    // The link holds the filter: opened afresh, it shows the same.
    const again = await open(site, new URL(page.url()).pathname.replace(/^\//, '/') + new URL(page.url()).search);
    await waitForStatus(again);
    expect(await resultTitles(again)).toHaveLength(1);
    expect(await again.locator('fieldset[data-key="tinh"] input:checked').count()).toBe(1);
    await page.close();
    await again.close();
  });

  it('says so in Vietnamese when nothing matches', async () => {
    const page = await searchFor(site, 'xyzzyqwv');
    expect(await page.locator('.search-status').textContent()).toBe('Không tìm thấy kết quả nào cho «xyzzyqwv».');
    expect(await resultTitles(page)).toEqual([]);
    await page.close();
  });

  it('runs a search typed into the header’s box on any page, as a shareable ?q= link', async () => {
    const page = await open(site, '/gioi-thieu/');
    await page.locator('header form[role="search"] input[name="q"]').fill('vinh thuan');
    await page.locator('header form[role="search"] button').click();
    await page.waitForURL(/\/tim-kiem\/\?q=vinh\+thuan$/);
    await waitForStatus(page);
    expect(await page.locator('#tu-khoa').inputValue()).toBe('vinh thuan');
    await page.locator('.search-results a.title').first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(titleOf(site, (r) => r.locality?.name === 'Vĩnh Thuận'));
    await page.close();
  });

  it('never shows the folded words on an article page', async () => {
    const r = site.records.find((x) => x.province?.name === 'Đà Nẵng')!;
    const page = await open(site, `/bai-viet/${r.slug}/`);
    const fold = page.locator('[data-pagefind-meta="fold"]');
    expect(await fold.count()).toBe(1);
    expect(await fold.isVisible()).toBe(false);
    expect(await page.locator('body').innerText()).not.toContain(await fold.textContent());
    await page.close();
  });

  it('has no serious or critical axe violation on the search page, empty and with results and facets', async () => {
    const problems: string[] = [];
    for (const path of ['/tim-kiem/', `/tim-kiem/?q=${encodeURIComponent('hội nghị')}`]) {
      for (const width of [390, 1024]) {
        const page = await open(site, path, width);
        await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).not.toBe('');
        if (path.includes('?')) await waitForStatus(page);
        await page.evaluate(axe.source); // not a <script> tag: the page's CSP blocks inline scripts, DevTools evaluation is exempt
        const result = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
        });
        for (const v of result) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${path} @${width}: ${v.id} (${v.impact}): ${v.help} ${v.nodes.join('; ')}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
        if (width === 390) await page.screenshot({ path: join(ROOT, 'tests', 'artifacts', `search${path.includes('?') ? '-results' : ''}.png`), fullPage: true });
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('works under PATH_PREFIX=/archive/: the box, the index, and links to the results', async () => {
    const page = await open(prefixed, '/');
    await page.locator('header form[role="search"] input[name="q"]').fill('da nang');
    await page.locator('header form[role="search"] button').click();
    await page.waitForURL(/\/archive\/tim-kiem\/\?q=da\+nang$/);
    await waitForStatus(page);
    const link = page.locator('.search-results a.title').first();
    expect(await link.textContent()).toBe(titleOf(prefixed, (r) => r.province?.name === 'Đà Nẵng'));
    expect(await link.getAttribute('href')).toMatch(/^\/archive\/bai-viet\/[^/]+\/$/);
    await link.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(titleOf(prefixed, (r) => r.province?.name === 'Đà Nẵng'));
    await page.close();
  });

  it('logged no console error or warning', () => {
    expect(consoleErrors).toEqual([]);
  });
});
