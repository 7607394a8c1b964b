// Pages from the site's data: Eleventy runs over slices of it, on the machine's cores.
//
//   one `singles` run (home, indexes, overview, feed, sitemap, ...; the stylesheet) and the data
//   files, in the main thread
//   + `slices` runs of SLICE paginated pages each (article pages, then list pages), taken from one
//     queue by render threads and by the main thread once its own work is done
//
// Why slices: Eleventy keeps every page it renders (and its data) until its run ends, so one run
// over 20,000 articles holds the whole site in memory; a run's size bounds the memory instead. Why
// threads: Eleventy renders on one core. Every run uses the same configuration (siteConfig) and
// writes into the same directory; which thread drew a page never changes its bytes.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import Eleventy from '@11ty/eleventy';
import type { ArticleRecord } from '../records/schema.ts';
import { LIST_TEMPLATES, type ListKey } from '../../layouts/list.ts';
import type { ArticlePage } from './article.ts';
import { defaultOptions, wholeNumber } from './load.ts';
import { SiteData, type ListPage, type SiteFields } from './model.ts';
import { bundleFile } from '../threads/bundle.mjs';
import { newRenderThread, takeEarlyRenderThreads } from '../threads/render-threads.mjs';
import { trace } from './trace.ts';
import { siteConfig, TEMPLATES_DIR, writeDataFiles, writeOtherDataFiles, writeRecordsJson, type Part, type SiteOptions } from './plugin.ts';

/** Pages per Eleventy run: ~20 MB of pages held at once, and a run's start-up (~0.03 s in a thread
 * that has drawn before, more in its first run) is spread thin. */
export const SLICE = 2500;
/** List pages go in slices of 1/LIST_SLICE_SHARE an article slice's weight. */
const LIST_SLICE_SHARE = 4;
/** Characters of article text per run, at most (a slice of long articles is cut shorter). */
const SLICE_TEXT = 20_000_000;
/** Slices a render thread holds at once: the one it draws and the next. */
const IN_FLIGHT = 2;

/** What every run needs besides its data; plain values, so that it reaches worker threads as it is. */
export type RenderSettings = {
  /** The project root: layouts/, assets/, the gazetteer's provenance note. */
  root: string;
  outDir: string;
  pathPrefix: string;
  siteUrl: string | null;
};
/** Some of the site's paginated pages: article pages, list pages of any kind. */
export type SliceJob = { articles?: ArticlePage[] } & { [K in ListKey]?: ListPage[] };

export type RenderOptions = RenderSettings & {
  /** Threads in all, the main thread included. Default: $BIEN_NIEN_THREADS, else the machine's cores. */
  threads?: number;
  /** Render threads started earlier with the same settings; renderSite ends them. */
  started?: RenderThreads;
  /** Pages per run. Default: $BIEN_NIEN_SLICE, else SLICE. */
  slice?: number;
};

function eleventyRun(settings: RenderSettings, part: Exclude<Part, 'all'>, data: Pick<SiteOptions, 'site'>, responsive = false): Eleventy {
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
    config: (config) => {
      siteConfig(config, options);
      if (responsive) config.addTransform('answer-render-threads', answerBetweenPages);
    },
  });
  // One line for the whole build comes from renderSite; a line per run would be noise.
  elev.disableLogger();
  return elev;
}

/** Pages drawn between two turns of the event loop, in a run of the main thread's. */
const PAGES_PER_TURN = 100;
let pagesSinceTurn = 0;

/**
 * A transform that changes nothing: every PAGES_PER_TURN pages it lets the main thread's event loop
 * turn. Eleventy draws a run's pages without waiting for anything else, so the main thread would
 * otherwise answer a render thread that has finished its slices only once its own run ends, and the
 * render thread would wait, idle (~0.3 s at a time at 20,000 articles).
 */
async function answerBetweenPages(content: unknown): Promise<unknown> {
  if (++pagesSinceTurn >= PAGES_PER_TURN) {
    pagesSinceTurn = 0;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return content;
}

/** Pages an Eleventy run wrote: its results list every page it rendered, with where it went. */
function pagesWritten(result: unknown): number {
  const templates = Array.isArray(result) ? (result[1] as unknown) : null;
  return Array.isArray(templates) ? templates.flat(Infinity).filter((t: { outputPath?: unknown }) => typeof t?.outputPath === 'string').length : 0;
}

/**
 * A full garbage collection, where the build runs with --expose-gc (package.json): called in the
 * main thread where much has just become garbage at once (what loading left, what the data files and
 * the single pages allocated, each Eleventy run's pages), so that the heap does not grow by hundreds
 * of MB before V8 collects it by itself.
 */
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/** One slice of pages (in this thread, or in a render thread through render-worker.ts). */
export async function renderSlice(job: SliceJob, settings: RenderSettings, responsive = false): Promise<number> {
  trace(`slice begun: ${Object.entries(job).map(([k, v]) => `${k} ${(v as unknown[]).length}`).join(', ')}`);
  const site = new SiteData({ ...EMPTY_SITE, ...job });
  const pages = pagesWritten(await eleventyRun(settings, 'slices', { site }, responsive).write());
  trace(`slice of ${pages} pages drawn`);
  return pages;
}

type Paginated = Pick<SiteFields, 'articles' | ListKey>;

/**
 * What drawing a list page costs, in article pages: a fixed part and a part per card. Measured in a
 * render thread at 20,000 articles: ~0.26 ms an article page, ~0.45 ms a list page of 50 cards,
 * ~0.18 ms a person's page of a few.
 */
export const listPageWeight = (page: ListPage): number => 0.6 + page.groups.reduce((n, g) => n + g.items.length, 0) / 40;

/**
 * The site's paginated pages in slices of about `size` article pages' worth (a list page weighs
 * listPageWeight) and at most about SLICE_TEXT characters of article text, so that a slice of long
 * articles (or one 20 MB article) stays within a render thread's memory. Articles come first (they
 * hold most of the memory, freed as slices are handed out), then list pages, each in the site's
 * order. The weight is shared evenly among as few slices as `size` allows (20,001 articles by 2,500:
 * nine slices of ~2,222, not eight and a run for one page): a slice ends at the page whose middle
 * passes its share.
 */
export function slicePages(site: Paginated, size: number): SliceJob[] {
  const lists = LIST_TEMPLATES.flatMap(([, key]) => site[key].map((page) => [key, page, listPageWeight(page)] as const));
  const total = site.articles.length + lists.reduce((n, [, , w]) => n + w, 0);
  const share = total / (Math.ceil(total / size) || 1);
  const slices: SliceJob[] = [];
  let current: { [K in keyof Paginated]?: unknown[] } = {};
  let pages = 0;
  let text = 0;
  let sum = 0;
  let end = share;
  const add = (key: keyof Paginated, page: unknown, weight: number, length: number) => {
    if (pages && (sum + weight / 2 > end || text + length > SLICE_TEXT)) {
      slices.push(current as SliceJob);
      current = {};
      pages = 0;
      text = 0;
    }
    while (sum + weight / 2 > end) end += share;
    (current[key] ??= []).push(page);
    pages++;
    text += length;
    sum += weight;
  };
  for (const a of site.articles) add('articles', a, 1, a.record.body.reduce((n, p) => n + p.length, 0));
  for (const [key, page, weight] of lists) add(key, page, weight, 0);
  if (pages) slices.push(current as SliceJob);
  return slices;
}

/**
 * Render threads started before the site's data is ready: each takes about a second to load Eleventy,
 * which it does while the main thread reads and extracts the articles. Those the launcher started
 * (src/threads/render-threads.mjs) are taken first. What goes wrong with one before renderSite takes
 * it over is kept for renderSite to report.
 */
export class RenderThreads {
  readonly workers: Worker[] = [];
  readonly failures = new Map<Worker, Error>();
  private constructor(script: URL | null, settings: RenderSettings, count: number) {
    const early = takeEarlyRenderThreads();
    // Started early for more threads than this build draws on (--threads): not needed.
    for (const { worker } of early.slice(count)) void worker.terminate();
    const adopted = early.slice(0, count);
    for (const { worker, failure } of adopted) if (failure) this.failures.set(worker, failure);
    const made = Array.from({ length: script ? count - adopted.length : 0 }, () => newRenderThread(script!));
    for (const w of [...adopted.map((a) => a.worker), ...made]) {
      w.on('error', (error) => this.failures.set(w, error));
      w.on('exit', (code) => this.failures.has(w) || this.failures.set(w, new Error(`a render thread stopped (exit code ${code})`)));
      w.postMessage({ settings } satisfies RenderThreadMessage);
      this.workers.push(w);
    }
  }

  /** `count` render threads (none: the main thread draws every page), loading their code. */
  static async start(settings: RenderSettings, count: number): Promise<RenderThreads> {
    return new RenderThreads(count > 0 ? await bundleFile('render') : null, settings, count);
  }

  end(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** What a render thread is sent: its settings first, then slices. */
export type RenderThreadMessage = { settings: RenderSettings } | SliceJob;

/**
 * What renderSite draws: the article pages first, then, from `rest()`, the rest of the site and the
 * records for the data files (src/site/load.ts loadSiteInSteps). The render threads begin on the
 * articles while the main thread computes the rest.
 */
export type SiteInput = {
  articles: ArticlePage[];
  /** The records kept (rest()'s), when known before the rest of the site: records.json is written first. */
  records?: readonly ArticleRecord[];
  rest: () => { site: SiteData; records: readonly ArticleRecord[] };
};

/** A site computed in one step, as renderSite takes it. */
export const wholeSite = (built: { site: SiteData; records: readonly ArticleRecord[] }): SiteInput => ({ articles: built.site.articles, rest: () => built });

/**
 * Every page of the site into `settings.outDir`; returns how many files were written. Render threads
 * (`threads - 1` of them, or those `started`) draw slices while the main thread computes the rest of
 * the site, writes the data files and draws the single pages, then joins them on the slices left. A
 * thread's heap is capped (RENDER_HEAP_MB in src/threads/render-threads.mjs), since what it holds depends on the slice size only, not
 * on the archive's, and V8 otherwise lets garbage pile up to gigabytes before collecting it.
 * It takes `input` over: the pages' data is let go as their slices are handed out, and the records
 * once the data files are written, so the main thread's memory shrinks as it goes.
 */
export async function renderSite(input: SiteInput, options: RenderOptions): Promise<number> {
  const settings: RenderSettings = { root: options.root, outDir: options.outDir, pathPrefix: options.pathPrefix, siteUrl: options.siteUrl };
  const size = options.slice ?? wholeNumber(process.env.BIEN_NIEN_SLICE, 1) ?? SLICE;
  const slices = takeArticleSlices(input, size);
  const pool = options.started ?? await RenderThreads.start(settings, Math.max(0, Math.min((options.threads ?? defaultOptions().threads) - 1, slices.length)));
  let next = 0;
  // Pages written, a number per run: pushed, never `written += await ...`, which would read the sum
  // before the await and lose what other threads reported meanwhile.
  const written: number[] = [];
  const take = (): SliceJob | undefined => {
    const job = slices[next];
    // Sent or drawn, a slice is no longer the main thread's to hold.
    if (job) slices[next++] = {};
    return job;
  };

  /** A render thread fed slices, two at a time: the main thread answers a thread only between the
   * steps of its own work, so a thread holds the next slice to go on with meanwhile. */
  const feed = (w: Worker) => {
    let inFlight = 0;
    let resolveDone!: () => void;
    let rejectDone!: (error: Error) => void;
    const done = new Promise<void>((resolve, reject) => {
      resolveDone = resolve;
      rejectDone = reject;
    });
    // Awaited below; until then (while the rest of the site is computed) a failure must not count
    // as unhandled.
    done.catch(() => {});
    const send = () => {
      for (let job: SliceJob | undefined; inFlight < IN_FLIGHT && (job = take()); inFlight++) w.postMessage(job);
    };
    const failed = pool.failures.get(w);
    if (failed) rejectDone(failed);
    w.on('message', (m: { written: number } | { error: string }) => {
      if ('error' in m) return rejectDone(new Error(`a render thread failed: ${m.error}`));
      written.push(m.written);
      inFlight--;
      send();
      if (!inFlight) resolveDone();
    });
    w.on('error', rejectDone);
    w.on('exit', (code) => rejectDone(new Error(`a render thread stopped (exit code ${code})`)));
    send();
    // Called once every slice is queued: a thread with nothing left to draw is done.
    const topUp = () => {
      send();
      if (!inFlight) resolveDone();
    };
    return { done, topUp };
  };

  try {
    const fed = pool.workers.map(feed);
    // records.json first, while the render threads draw: it lets go of the records' JSON text.
    const jsonWritten = input.records !== undefined;
    if (input.records) await writeRecordsJson(options.outDir, input.records);
    input.records = undefined;
    // Loading left garbage: the articles' bytes and the cache's packs, ~200 MB at 20,000 articles.
    // Collected once the render threads have their first slices, so that they need not wait for it.
    collectGarbage();
    // The rest of the site, computed while the render threads draw the first article slices; its
    // list pages join the queue behind the articles.
    const rest = input.rest();
    const { site } = rest;
    // In smaller slices: they are the queue's end, where a thread that finishes first waits for
    // the others (~0.03 s more per Eleventy run, against ~0.5 s that a thread idled at the end).
    slices.push(...takeListSlices(site, Math.ceil(size / LIST_SLICE_SHARE)));
    for (const f of fed) f.topUp();
    const singles = new SiteData(site);

    const main = async () => {
      await (jsonWritten ? writeOtherDataFiles : writeDataFiles)(options.outDir, rest.records);
      rest.records = [];
      trace('data files written');
      written.push(pagesWritten(await eleventyRun(settings, 'singles', { site: singles }).write()));
      trace('single pages drawn');
      // What the data files and the single pages allocated is garbage now.
      collectGarbage();
      for (let job = take(); job; job = take()) {
        written.push(await renderSlice(job, settings, pool.workers.length > 0));
        // Kept for the memory: without it (measured at 20,000 articles) the main thread's pauses
        // while drawing fell from 0.80 to 0.17 s, as each of these marks the queued slices'
        // articles (~240 MB), but the process's peak rose by 40–60 MiB, to within ~50 MiB of 1 GiB
        // as the benchmark measures it. gc's `execution: 'async'` only defers the same pause.
        // Render threads need no such call: their heap is capped (RENDER_HEAP_MB), so V8 collects
        // there by itself, at less cost than a full collection after every slice (measured at
        // 20,000 articles: 1.5–3 CPU s less, the same peak). List pages hold little: after a slice
        // of them (~0.1 s a collection) V8 is left to it.
        if (job.articles?.length) collectGarbage();
      }
    };
    await Promise.all([main(), ...fed.map((f) => f.done)]);
  } finally {
    await pool.end();
  }
  return written.reduce((x, y) => x + y, 0);
}

// Slicing takes the pages out of what it slices, in functions of their own rather than inline in
// renderSite: an async function keeps the temporaries of its expressions (such as the object that
// gathers every article page for slicePages) in its frame while it waits, as live as its variables,
// and renderSite waits for the whole drawing. Inline, they held every article page in the main
// thread to the end: 240 MB left after each collection at 20,000 articles instead of 215 falling
// to 75, and the build's peak ~60–120 MiB higher.

/** The article pages in slices; `input` lets go of them, and the slices do as they are handed out. */
function takeArticleSlices(input: SiteInput, size: number): SliceJob[] {
  const slices = slicePages({ ...EMPTY_PAGES, articles: input.articles }, size);
  input.articles = [];
  return slices;
}

/** The list pages in slices; `site` keeps its other fields, for the single pages. */
function takeListSlices(site: SiteData, size: number): SliceJob[] {
  const slices = slicePages({ ...site, articles: [] }, size);
  Object.assign(site, EMPTY_PAGES);
  return slices;
}

const EMPTY_PAGES = {
  articles: [],
  articleListPages: [], provincePages: [], quarterPages: [], personPages: [], typePages: [], unknownPages: [],
} satisfies Paginated;

/** The site's fields for a `slices` run: every list empty but the slice's own. */
const EMPTY_SITE = {
  ...EMPTY_PAGES,
  total: 0,
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
