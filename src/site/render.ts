// Pages from the site's data: Eleventy runs over slices of it, on the machine's cores.
//
//   one `lists` run (every page but the articles', the stylesheet, the data files) in the main thread
//   + article runs of SLICE pages each, taken from one queue by worker threads (by the main thread
//     when there is one thread)
//
// Why slices: Eleventy keeps every page it renders (and its data) until its run ends, so one run
// over 20,000 articles holds the whole site in memory; a run's size bounds the memory instead. Why
// threads: Eleventy renders on one core. Every run uses the same configuration (siteConfig) and
// writes into the same directory; which thread drew a page never changes its bytes.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import Eleventy from '@11ty/eleventy';
import type { ArticleRecord } from '../records/schema.ts';
import type { ArticleView } from './article.ts';
import { defaultOptions, wholeNumber } from './load.ts';
import { SiteData } from './model.ts';
import { siteConfig, TEMPLATES_DIR, writeDataFiles, type Part, type SiteOptions } from './plugin.ts';

const BOOT = new URL('./render-boot.mjs', import.meta.url);
/** Article pages per Eleventy run: ~20 MB of pages held at once, and a run's start-up (~0.2 s) is spread thin. */
export const SLICE = 2500;
/** Characters of article text per run, at most (a slice of long articles is cut shorter). */
const SLICE_TEXT = 20_000_000;
/** A render thread's old-generation heap, in MB: a slice's pages, their data and Eleventy (a cap,
 * so that V8 collects within a run instead of growing the heap). */
const RENDER_HEAP_MB = 320;

/** What every run needs besides its data; plain values, so that it reaches worker threads as it is. */
export type RenderSettings = {
  /** The project root: layouts/, assets/, the gazetteer's provenance note. */
  root: string;
  outDir: string;
  pathPrefix: string;
  siteUrl: string | null;
};
export type SliceJob = { articles: ArticleView[] };

export type RenderOptions = RenderSettings & {
  /** Threads in all, the main thread included. Default: $BIEN_NIEN_THREADS, else the machine's cores. */
  threads?: number;
  /** Article pages per run. Default: $BIEN_NIEN_SLICE, else SLICE. */
  slice?: number;
};

function eleventyRun(settings: RenderSettings, part: Part, data: Pick<SiteOptions, 'site'>): Eleventy {
  const options: SiteOptions = {
    contentDir: '',
    siteUrl: settings.siteUrl,
    provenancePath: resolve(settings.root, 'src/gazetteer/PROVENANCE.md'),
    assetsDir: resolve(settings.root, 'assets'),
    log: () => {},
    part,
    ...data,
  };
  const elev = new Eleventy(resolve(settings.root, TEMPLATES_DIR), settings.outDir, {
    pathPrefix: settings.pathPrefix,
    quietMode: true,
    runMode: 'build',
    config: (config) => siteConfig(config, options),
  });
  // One line for the whole build comes from renderSite; a line per run would be noise.
  elev.disableLogger();
  return elev;
}

/** Pages an Eleventy run wrote: its results list every page it rendered, with where it went. */
function pagesWritten(result: unknown): number {
  const templates = Array.isArray(result) ? (result[1] as unknown) : null;
  return Array.isArray(templates) ? templates.flat(Infinity).filter((t: { outputPath?: unknown }) => typeof t?.outputPath === 'string').length : 0;
}

/**
 * A full garbage collection, where the build runs with --expose-gc (package.json): called between
 * Eleventy runs, when nearly everything a run allocated has become garbage. V8 would otherwise let
 * the heap grow to gigabytes first, as nothing presses it to collect.
 */
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/** One slice of article pages (in this thread, or in a render thread through render-worker.ts). */
export async function renderSlice(job: SliceJob, settings: RenderSettings): Promise<number> {
  const site = new SiteData({ ...EMPTY_SITE, articles: job.articles });
  const pages = pagesWritten(await eleventyRun(settings, 'articles', { site }).write());
  collectGarbage();
  return pages;
}

/**
 * Article views in slices of at most `size` pages and about SLICE_TEXT characters of text, so that a
 * slice of long articles (or one 20 MB article) stays within a render thread's memory.
 */
export function sliceArticles(articles: readonly ArticleView[], size: number): SliceJob[] {
  const slices: SliceJob[] = [];
  let current: ArticleView[] = [];
  let text = 0;
  for (const a of articles) {
    const length = a.body.reduce((n, p) => n + p.length, 0);
    if (current.length && (current.length >= size || text + length > SLICE_TEXT)) {
      slices.push({ articles: current });
      current = [];
      text = 0;
    }
    current.push(a);
    text += length;
  }
  if (current.length) slices.push({ articles: current });
  return slices;
}

/**
 * Every page of the site into `settings.outDir`; returns how many files were written. With more
 * than one thread, the main thread draws the lists while worker threads draw the article slices:
 * a worker's heap is capped (RENDER_HEAP_MB), since what it holds depends on the slice size only,
 * not on the archive's, and V8 otherwise lets garbage pile up to gigabytes before collecting it.
 * It takes `input` over: the data files are written first and the records let go, and the article
 * views are let go as their slices are handed out, so the main thread's memory shrinks as it goes.
 */
export async function renderSite(input: { site: SiteData; records: readonly ArticleRecord[] }, options: RenderOptions): Promise<number> {
  const settings: RenderSettings = { root: options.root, outDir: options.outDir, pathPrefix: options.pathPrefix, siteUrl: options.siteUrl };
  const size = options.slice ?? wholeNumber(process.env.BIEN_NIEN_SLICE, 1) ?? SLICE;
  const { site } = input;
  await writeDataFiles(options.outDir, input.records);
  input.records = [];
  collectGarbage();
  const slices = sliceArticles(site.articles, size);
  const threads = options.threads ?? defaultOptions().threads;
  const workers = threads > 1 ? Math.min(threads, slices.length) : 0;
  const lists = new SiteData({ ...site, articles: [] });
  site.articles = [];
  let next = 0;
  let written = 0;
  const take = (): SliceJob | undefined => {
    const job = slices[next];
    // Sent or drawn, a slice is no longer the main thread's to hold.
    if (job) slices[next++] = { articles: [] };
    return job;
  };

  const main = async () => {
    // Not `written += await ...`: that reads `written` before the await and loses the workers' counts.
    const pages = pagesWritten(await eleventyRun(settings, 'lists', { site: lists }).write());
    written += pages;
    collectGarbage();
    if (workers) return;
    for (let job = take(); job; job = take()) {
      const n = await renderSlice(job, settings);
      written += n;
    }
  };

  const started: Worker[] = [];
  const worker = () =>
    new Promise<void>((resolvePromise, reject) => {
      const w = new Worker(BOOT, { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB } });
      started.push(w);
      w.on('message', (m: 'ready' | { written: number } | { error: string }) => {
        if (typeof m === 'object' && 'error' in m) return reject(new Error(`a render thread failed: ${m.error}`));
        if (typeof m === 'object') written += m.written;
        const job = take();
        if (!job) return resolvePromise();
        w.postMessage(job);
        // The slice just sent is a copy in the worker now: free the main thread's.
        collectGarbage();
      });
      w.on('error', reject);
      w.on('exit', (code) => reject(new Error(`a render thread stopped (exit code ${code})`)));
    });

  try {
    await Promise.all([main(), ...Array.from({ length: workers }, worker)]);
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
  return written;
}

/** The site's fields for a run that draws only article pages: every list empty. */
const EMPTY_SITE = {
  total: 0,
  articles: [],
  articleListPages: [], provincePages: [], quarterPages: [], personPages: [], typePages: [], unknownPages: [],
  provinceEras: [],
  unknownProvinceCount: 0,
  years: [],
  unknownDateCount: 0,
  people: [],
  types: [],
  home: { latest: [], provinces: [], quarters: [], types: [] },
  feed: { updated: null, entries: [] },
  sitemap: [],
} satisfies ConstructorParameters<typeof SiteData>[0];
