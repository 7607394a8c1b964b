// Full-text search: what an article page gives Pagefind (filters, sort key, metadata and the folded
// words), the index written beside the pages at the end of a build (in shards, two at a time, so that
// a large archive is indexed within bounded memory on both cores), and the search page's script.
//
// Diacritics. Pagefind (≥ 1.5) strips combining marks from the words it indexes and from the query,
// and keeps each word's accented form so that a query typed with the same accents ranks first. It
// cannot fold đ/Đ, which has no decomposed form: "da nang" would never find "Đà Nẵng". Every other
// word is already found without its accents, so an article gives Pagefind, as a metadata field the
// reader never sees ("fold"), the words with đ in them folded by the project's one normaliser
// (searchFold): "Đà Nẵng, Đảng ủy" → "da dang". Metadata is searchable but never part of an excerpt,
// and each folded word is counted once, so exact matches in the text keep their weight.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { threadExecArgv } from '../threads/bundle.mjs';
import { searchFold } from '../text/fold.ts';
import type { ArticleView } from './article.ts';
import { SEARCH_BUNDLE_DIR, SEARCH_SHARDS_FILE, type SearchFilterKey, type ShardsManifest } from './search-filters.ts';
import { urlFor } from './urls.ts';

/** Where the bundled script is written under the site's root (`meta.urls` links it). */
export const SEARCH_SCRIPT_FILE = 'assets/search.js';

/** The search page and its script, beside urlFor's page kinds in templates (`meta.urls.search()`). */
export const searchUrls = {
  search: () => '/tim-kiem/',
  searchScript: () => `/${SEARCH_SCRIPT_FILE}`,
} as const;

export { SEARCH_BUNDLE_DIR, SEARCH_FILTERS, SEARCH_SHARDS_FILE, FOLD_META, type SearchFilterKey } from './search-filters.ts';

export type SearchFields = {
  filters: { key: SearchFilterKey; value: string }[];
  /** ISO date (or month, or year) for sorting by event date; null when the date is unknown. */
  sort: string | null;
  /** Shown in a result: the event date as the article page says it, and the province. */
  date: string;
  province: string;
  /** Words of the article with đ/Đ, folded, each once, space-separated. */
  fold: string;
};

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SMALL_D = 'đ';
const CAPITAL_D = 'Đ';

/**
 * Whether each UTF-16 unit outside the surrogates is a letter, mark or digit (WORD_CHAR's answer),
 * asked once per unit: 0 not asked yet, 1 yes, 2 no. A page asks about a few thousand units, most
 * of them the same few hundred.
 */
const unitIsWord = new Uint8Array(0x10000);
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/** Whether the character of `width` units (1, or 2 for a surrogate pair) at `at` is a letter, mark or digit. */
function wordCharAt(text: string, at: number, width: number): boolean {
  if (width === 2) return WORD_CHAR.test(text.slice(at, at + 2));
  const unit = text.charCodeAt(at);
  let answer = unitIsWord[unit]!;
  if (answer === 0) unitIsWord[unit] = answer = !isSurrogate(unit) && WORD_CHAR.test(text[at]!) ? 1 : 2;
  return answer === 1;
}

/** Units in the character at `at`: 2 for a surrogate pair, else 1. */
const widthAt = (text: string, at: number) => (isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1);
/** Units in the character that ends at `end`. */
const widthBefore = (text: string, end: number) => (end >= 2 && isLow(text.charCodeAt(end - 1)) && isHigh(text.charCodeAt(end - 2)) ? 2 : 1);
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The folded forms of the words that contain đ/Đ (runs of letters, marks and digits), each once, in
 * first-seen order. Built for every article page, so it looks only at the đ's (found by indexOf) and
 * the words around them, unit by unit, and folds each distinct word once (there are a few hundred).
 */
export function foldedDWords(texts: Iterable<string | null | undefined>): string {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    let small = text.indexOf(SMALL_D);
    let capital = text.indexOf(CAPITAL_D);
    while (small >= 0 || capital >= 0) {
      const at = small < 0 ? capital : capital < 0 ? small : Math.min(small, capital);
      let start = at;
      for (let w = widthBefore(text, start); start >= w && wordCharAt(text, start - w, w); w = widthBefore(text, start)) start -= w;
      let end = at + 1;
      for (let w = widthAt(text, end); end < text.length && wordCharAt(text, end, w); w = widthAt(text, end)) end += w;
      seen.add(foldWord(text.slice(start, end)));
      if (small >= 0 && small < end) small = text.indexOf(SMALL_D, end);
      if (capital >= 0 && capital < end) capital = text.indexOf(CAPITAL_D, end);
    }
  }
  return [...seen].join(' ');
}

const foldedWords = new Map<string, string>();
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= 50_000) foldedWords.clear();
    foldedWords.set(word, (folded = searchFold(word)));
  }
  return folded;
}

/** What an article page gives Pagefind besides its text; the article template prints it. */
export function searchFields(view: ArticleView): SearchFields {
  const card = view.card;
  const quarter = view.facts.find((f) => f.label === 'Quý');
  const year = card.datetime ? card.datetime.slice(0, 4) : null;
  const filters: SearchFields['filters'] = [
    { key: 'tinh', value: card.province ?? 'Chưa rõ tỉnh' },
    { key: 'nam', value: year ?? 'Chưa rõ năm' },
    { key: 'quy', value: quarter && !quarter.unknown ? quarter.value : 'Chưa rõ quý' },
    { key: 'loai', value: card.type },
    { key: 'chu_tri', value: card.chair ?? 'Chưa rõ người chủ trì' },
  ];
  // What the article layout gives Pagefind as text (tasks and notes quote the body: not indexed).
  const texts = [
    view.title,
    ...view.facts.filter((f) => !f.unknown).flatMap((f) => [f.value, f.extra]),
    ...view.body,
    ...view.captions,
    view.byline,
  ];
  return {
    filters,
    sort: card.datetime,
    date: card.date,
    province: card.province ?? 'Chưa rõ tỉnh',
    fold: foldedDWords(texts),
  };
}

/** The search page's script, src/site/search-client.ts with the normaliser it imports, as one file. */
export async function writeSearchScript(siteDir: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(import.meta.dirname, 'search-client.ts')],
    outfile: join(resolve(siteDir), SEARCH_SCRIPT_FILE),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
}

/**
 * Article pages per shard. Pagefind holds every page it indexes in memory until it has written the
 * index (~270 KB a page of ~500 words at its peak, ~0.5 KB a word), so a shard's size bounds its
 * memory: ~0.55 GB, two shards at a time. A site of up to this many articles has one shard.
 */
export const SHARD_PAGES = 2_000;
/** Shards indexed at once, each by its own Pagefind process (Pagefind's own threads idle while it writes). */
const THREADS = Math.min(2, availableParallelism());
/**
 * Pages per fragment file. Pagefind writes a page's text as a file of its own by default; in files of
 * a few pages it writes and compresses several times fewer files (less time, a smaller index), and a
 * result costs the browser a few neighbours' text more.
 */
const PAGES_PER_FRAGMENT_FILE = 4;

const IN_MEMORY_TMP = '/dev/shm';
const INDEXER = new URL('./search-indexer.mjs', import.meta.url);
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** An article page as the index needs it: its folder under the site, and its sort key (an ISO date), if any. */
export type IndexedPage = { dir: string; date: string | null };

/**
 * Which shard indexes which page: the dated pages in date order, then the undated ones, dealt out in
 * turn. Every shard is then a sample of the whole archive (its word statistics, hence Pagefind's
 * scores, are alike), and the page of the r-th date in the archive is the (r div n)-th in date order of
 * shard r mod n, which lets the search page merge the shards' date-sorted results exactly
 * (search-client.ts, mergeByDate).
 */
export function planShards<T extends IndexedPage>(pages: readonly T[], maxPages = SHARD_PAGES): T[][] {
  const ordered = [...pages].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    return a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0;
  });
  const shards: T[][] = Array.from({ length: Math.ceil(ordered.length / maxPages) }, () => []);
  ordered.forEach((page, i) => shards[i % shards.length]!.push(page));
  return shards;
}

/** The pages Pagefind would index: those of the article folder that mark a body (its list pages do not). */
function articlePages(site: string): IndexedPage[] {
  const folder = urlFor.articles().slice(1);
  const pages: IndexedPage[] = [];
  for (const name of readdirSync(join(site, folder))) {
    const dir = `${folder}${name}`;
    let html: string;
    try {
      html = readFileSync(join(site, dir, 'index.html'), 'utf8');
    } catch {
      continue; // bai-viet/index.html itself, not a folder
    }
    if (!html.includes('data-pagefind-body')) continue;
    pages.push({ dir, date: /\bdata-pagefind-sort="date:([^"]+)"/.exec(html)?.[1] ?? null });
  }
  return pages;
}

export type IndexStats = { pages: number; shards: number; seconds: number; bytes: number; files: number };

/**
 * Indexes the article pages of a written site into `<site>/pagefind/<shard>/`, one Pagefind bundle per
 * shard of at most `shardPages` pages (planShards), with `pagefind/shards.json` saying how many; the
 * search page searches them all and merges the results. Of a page, Pagefind reads only what the layout
 * marks with data-pagefind-body.
 */
export async function indexSite(
  siteDir: string,
  log: (text: string) => void = () => {},
  { shardPages = SHARD_PAGES }: { shardPages?: number } = {},
): Promise<IndexStats> {
  const started = performance.now();
  const site = resolve(siteDir);
  const bundle = join(site, SEARCH_BUNDLE_DIR);
  const shards = planShards(articlePages(site), shardPages);
  await rm(bundle, { recursive: true, force: true });
  // Pagefind indexes a folder: each shard is a folder of links to its pages, laid out as in the site
  // so that the pages keep their URLs. In memory where there is a memory file system: on this
  // machine's disk, making and removing 20,000 folders takes tens of seconds.
  const links = await mkdtemp(join(existsSync(IN_MEMORY_TMP) ? IN_MEMORY_TMP : tmpdir(), 'bien-nien-search-'));
  let pages = 0;
  try {
    const indexed = await inThreads(shards.length, (index, n) => {
      const shard = shards[n]!;
      const source = join(links, String(n));
      for (const page of shard) {
        mkdirSync(join(source, page.dir), { recursive: true });
        symlinkSync(join(site, page.dir, 'index.html'), join(source, page.dir, 'index.html'));
      }
      const config = { forceLanguage: 'vi', maxFragments: Math.ceil(shard.length / PAGES_PER_FRAGMENT_FILE) };
      return index({ source, glob: '**/index.html', output: join(bundle, String(n)), config }).finally(() => rmSync(source, { recursive: true, force: true }));
    });
    pages = indexed.reduce((sum, n) => sum + n, 0);
  } finally {
    rmSync(links, { recursive: true, force: true });
  }
  await mkdir(bundle, { recursive: true });
  await writeFile(join(bundle, SEARCH_SHARDS_FILE), JSON.stringify({ shards: shards.length } satisfies ShardsManifest));
  // Pagefind writes its own search UIs too; the site has its own page, so they would only be dead weight.
  for (const entry of await readdir(bundle, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && UNUSED_BUNDLE_FILE.test(entry.name)) await rm(join(entry.parentPath, entry.name));
  }
  const size = await treeSize(bundle);
  const seconds = (performance.now() - started) / 1000;
  // Said with the time first: the bench reads the first time after "pagefind".
  log(`search: pagefind indexed ${pages} article pages in ${seconds.toFixed(2)} s (${shards.length} shard${shards.length === 1 ? '' : 's'}, ${size.files} files, ${(size.bytes / 2 ** 20).toFixed(1)} MiB)\n`);
  return { pages, shards: shards.length, seconds, ...size };
}

type IndexJob = { source: string; glob: string; output: string; config: { forceLanguage: string; maxFragments: number } };
type Indexer = (job: IndexJob) => Promise<number>;

/**
 * Runs tasks 0 … count-1 on THREADS search-index threads (search-indexer.mjs), each task given its
 * thread's indexer; what each task returned (the pages it indexed), in task order.
 */
async function inThreads(count: number, task: (index: Indexer, n: number) => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  let next = 0;
  const thread = async () => {
    const worker = new Worker(INDEXER, { execArgv: threadExecArgv() });
    const index: Indexer = async (job) => {
      const reply = await new Promise<{ pages: number } | { error: string }>((resolvePromise, reject) => {
        worker.once('message', resolvePromise);
        worker.once('error', reject);
        worker.postMessage(job);
      });
      worker.removeAllListeners('error');
      if ('error' in reply) throw new Error(`pagefind: ${reply.error}`);
      return reply.pages;
    };
    try {
      for (let n = next++; n < count; n = next++) results[n] = await task(index, n);
    } finally {
      await worker.terminate();
    }
  };
  // Settled, all of them: the shards' links are removed only once no thread reads them any more.
  const threads = await Promise.allSettled(Array.from({ length: Math.min(THREADS, count) }, thread));
  for (const t of threads) if (t.status === 'rejected') throw t.reason;
  return results;
}

async function treeSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}
