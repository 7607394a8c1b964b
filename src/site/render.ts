// Pages from the site's data: Eleventy runs over slices of it, on the machine's cores.
//
//   one `lists` run (every page but the articles', the stylesheet, the data files)
//   + article runs of SLICE pages each, taken from one queue by the main thread and by worker threads
//
// Why slices: Eleventy keeps every page it renders (and its data) until its run ends, so one run
// over 20,000 articles holds the whole site in memory; a run's size bounds the memory instead. Why
// threads: Eleventy renders on one core. Every run uses the same configuration (siteConfig) and
// writes into the same directory; which thread drew a page never changes its bytes.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import Eleventy from '@11ty/eleventy';
import type { ArticleRecord } from '../records/schema.ts';
import type { ArticleView } from './article.ts';
import { SiteData } from './model.ts';
import { siteConfig, TEMPLATES_DIR, type Part, type SiteOptions } from './plugin.ts';

const BOOT = new URL('./render-boot.mjs', import.meta.url);
/** Article pages per Eleventy run: ~20 MB of pages held at once, and a run's start-up (~0.2 s) is spread thin. */
export const SLICE = 2500;

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

const wholeNumber = (s: string | undefined) => (s && /^[1-9]\d*$/.test(s.trim()) ? Number(s) : null);

function eleventyRun(settings: RenderSettings, part: Part, data: Pick<SiteOptions, 'site' | 'records'>): Eleventy {
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

/** One slice of article pages (in this thread, or in a render thread through render-worker.ts). */
export async function renderSlice(job: SliceJob, settings: RenderSettings): Promise<number> {
  const site = new SiteData({ ...EMPTY_SITE, articles: job.articles });
  return pagesWritten(await eleventyRun(settings, 'articles', { site }).write());
}

/** Every page of the site into `settings.outDir`; returns how many files were written. */
export async function renderSite(site: SiteData, records: readonly ArticleRecord[], options: RenderOptions): Promise<number> {
  const settings: RenderSettings = { root: options.root, outDir: options.outDir, pathPrefix: options.pathPrefix, siteUrl: options.siteUrl };
  const size = options.slice ?? wholeNumber(process.env.BIEN_NIEN_SLICE) ?? SLICE;
  const slices: SliceJob[] = [];
  for (let start = 0; start < site.articles.length; start += size) slices.push({ articles: site.articles.slice(start, start + size) });
  const threads = Math.min(options.threads ?? wholeNumber(process.env.BIEN_NIEN_THREADS) ?? availableParallelism(), slices.length);
  let next = 0;
  let written = 0;

  const main = async () => {
    const lists = new SiteData({ ...site, articles: [] });
    written += pagesWritten(await eleventyRun(settings, 'lists', { site: lists, records }).write());
    for (let job = slices[next]; job; job = slices[next]) {
      next++;
      written += await renderSlice(job, settings);
    }
  };

  const started: Worker[] = [];
  const worker = () =>
    new Promise<void>((resolvePromise, reject) => {
      const w = new Worker(BOOT, { workerData: settings });
      started.push(w);
      w.on('message', (m: 'ready' | { written: number } | { error: string }) => {
        if (typeof m === 'object' && 'error' in m) return reject(new Error(`a render thread failed: ${m.error}`));
        if (typeof m === 'object') written += m.written;
        const job = slices[next];
        if (!job) return resolvePromise();
        next++;
        w.postMessage(job);
      });
      w.on('error', reject);
      w.on('exit', (code) => reject(new Error(`a render thread stopped (exit code ${code})`)));
    });

  try {
    await Promise.all([main(), ...Array.from({ length: Math.max(0, threads - 1) }, worker)]);
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
