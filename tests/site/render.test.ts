// renderSite (src/site/render.ts) draws the seed site in slices on threads: every page drawn once,
// each in the slice it belongs to, and the count it reports is the pages it wrote.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import { renderSite, slicePages, wholeSite } from '../../src/site/render.ts';
import { filesUnder, ROOT } from './build-helpers.ts';

const outs: string[] = [];
afterAll(async () => {
  await Promise.all(outs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Files an Eleventy template makes: pages, the feed, the sitemap, robots.txt (not the data files, the stylesheet or scripts). */
const isTemplateOutput = (f: string) => /\.(html|xml)$/.test(f) || f === 'robots.txt';

async function draw(threads: number, slice: number): Promise<{ written: number; files: string[] }> {
  const out = await mkdtemp(join(tmpdir(), 'bien-nien-render-'));
  outs.push(out);
  const loaded = await loadSite(join(ROOT, 'content'), { cacheDir: null });
  const written = await renderSite(wholeSite(loaded), { root: ROOT, outDir: out, pathPrefix: '/', siteUrl: null, threads, slice });
  return { written, files: await filesUnder(out) };
}

describe('renderSite', () => {
  it('counts every page it wrote, also when threads draw slices of two while the main thread draws its own', async () => {
    const [one, sliced] = await Promise.all([draw(1, 2500), draw(2, 2)]);
    const pages = one.files.filter(isTemplateOutput);
    // The seeds: five articles, their lists, the single pages; well over a slice of two.
    expect(pages.length).toBeGreaterThan(20);
    expect(one.written).toBe(pages.length);
    expect(sliced.files).toEqual(one.files);
    expect(sliced.written).toBe(pages.length);
  });
});

describe('renderSite when the rest of the site cannot be computed', () => {
  it('rejects with that error, its render threads ended, nothing left unhandled', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bien-nien-render-'));
    outs.push(out);
    const loaded = await loadSite(join(ROOT, 'content'), { cacheDir: null });
    const input = { articles: loaded.site.articles, rest: () => { throw new Error('the model failed'); } };
    await expect(renderSite(input, { root: ROOT, outDir: out, pathPrefix: '/', siteUrl: null, threads: 2, slice: 2 })).rejects.toThrow('the model failed');
  });
});

describe('slicePages', () => {
  /** A list page with `cards` cards: it weighs 0.6 + cards/40 article pages. */
  const list = (url: string, cards = 0) => ({ url, groups: [{ heading: 'x', items: Array.from({ length: cards }, () => ({})) }] }) as never;
  const article = (url: string, body: string[]) => ({ card: { url }, record: { body } }) as never;
  const empty = { articleListPages: [], provincePages: [], quarterPages: [], personPages: [], typePages: [], unknownPages: [] };

  it('puts articles first, then list pages, each page once, sharing the weight evenly', () => {
    // 3 articles + 3 list pages of 0.6 = 4.8, by 2: three slices of 1.6. A slice ends at the page
    // whose middle passes 1.6, 3.2, 4.8: f's middle (2.5) passes 1.6, a's (3.3) passes 3.2.
    const slices = slicePages({ ...empty, provincePages: [list('/tinh/a/'), list('/tinh/b/')], personPages: [list('/nguoi/c/')], articles: [article('/bai-viet/d/', ['x']), article('/bai-viet/e/', ['y']), article('/bai-viet/f/', ['z'])] }, 2);
    expect(slices).toEqual([
      { articles: [article('/bai-viet/d/', ['x']), article('/bai-viet/e/', ['y'])] },
      { articles: [article('/bai-viet/f/', ['z'])] },
      { provincePages: [list('/tinh/a/'), list('/tinh/b/')], personPages: [list('/nguoi/c/')] },
    ]);
  });

  it('weighs a list page by its cards: 50 cards count as 1.85 article pages, none as 0.6', () => {
    const full = Array.from({ length: 4 }, (_, i) => list(`/tinh/${i}/`, 50));
    const light = Array.from({ length: 6 }, (_, i) => list(`/nguoi/${i}/`, 0));
    // 4 × 1.85 + 6 × 0.6 = 11, by 4: three slices of ~3.67, ending where a page's middle passes
    // 3.67 (the third province page's, at 4.63) and 7.33 (the first person page's, at 7.7).
    const slices = slicePages({ ...empty, articles: [], provincePages: full, personPages: light }, 4);
    expect(slices.map((s) => [s.provincePages?.length ?? 0, s.personPages?.length ?? 0])).toEqual([[2, 0], [2, 0], [0, 6]]);
  });

  it('shares the pages evenly among as few slices as the size allows, with no slice of one page at the end', () => {
    const articles = ['a', 'b', 'c', 'd', 'e'].map((x) => article(`/bai-viet/${x}/`, [x]));
    expect(slicePages({ ...empty, articles }, 4).map((s) => s.articles!.length)).toEqual([3, 2]);
    const many = Array.from({ length: 20_001 }, (_, i) => article(`/bai-viet/${i}/`, ['x']));
    const sizes = slicePages({ ...empty, articles: many }, 2500).map((s) => s.articles!.length);
    expect(sizes).toHaveLength(9);
    expect(Math.min(...sizes)).toBeGreaterThan(2200);
    expect(sizes.reduce((x, y) => x + y)).toBe(20_001);
  });

  it('gives an article of more than 20 million characters a slice of its own', () => {
    const long = article('/bai-viet/dai/', ['đ'.repeat(20_000_001)]);
    const slices = slicePages({ ...empty, articles: [article('/bai-viet/a/', ['a']), long, article('/bai-viet/b/', ['b'])] }, 100);
    expect(slices.map((s) => s.articles!.map((a) => a.card.url))).toEqual([['/bai-viet/a/'], ['/bai-viet/dai/'], ['/bai-viet/b/']]);
  });
});
