// The I/O edge of the site: content directory → records → SiteData, once per build.
//
//   list files → read bytes (a Markdown file's front matter set apart) → hash → cache hit, or
//   extraction (worker threads when there is much to do) → the keeper's corrections → records,
//   in the order of the files.
//
// The cache holds records as extracted; corrections are applied on every build (they are cheap), so
// editing a sidecar never re-extracts its article.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { namespace, entryKey } from '../cache/key.ts';
import { runJobs, type Job } from '../cache/job.ts';
import { BATCH, ExtractionPool } from '../cache/pool.ts';
import { CacheStore, parseEntry, type Entry } from '../cache/store.ts';
import { findSidecars, readArticleFile, stem } from '../corrections/article-file.ts';
import { applyCorrections, correctionMessage, type CorrectionEntry } from '../corrections/index.ts';
import { recordSlug } from '../extract/index.ts';
import { PROVINCES_2024, PROVINCES_2025, provinceToday } from '../gazetteer/index.ts';
import { ARTICLE_EXTENSIONS, listArticles, type Unreadable } from '../ingest/index.ts';
import { ByteArena } from '../records/byte-arena.ts';
import type { ArticleRecord, Message } from '../records/schema.ts';
import type { ArticlePage } from './article.ts';
import { siteSteps, type SiteData } from './model.ts';
import { trace } from './trace.ts';

export const GAZETTEER = { provinces2024: PROVINCES_2024, provinces2025: PROVINCES_2025, provinceToday };

export type LoadOptions = {
  /** The cache's root directory; null: no cache. Default: $BIEN_NIEN_CACHE ("off" for none), else ".cache". */
  cacheDir?: string | null;
  /** Extraction threads, the main thread included; 1: no worker threads. Default: $BIEN_NIEN_THREADS, else the machine's cores. */
  threads?: number;
  /** Fewest articles to extract that are worth starting threads for. Default: $BIEN_NIEN_THREADS_FROM, else 1000. */
  threadsFrom?: number;
};

export type LoadStats = {
  /** Article files found (readable or not). */
  files: number;
  /** Files extracted by this build, and taken from the cache. */
  extracted: number;
  cached: number;
  /** Threads that extracted, the main thread included (0: nothing to extract). */
  threads: number;
  /** Reading, hashing, cache and extraction, in milliseconds. */
  ms: number;
};

export type Loaded = {
  records: ArticleRecord[];
  /** Files that gave no record (fatal: skipped), and notes about the tree (symlinks, stray sidecars). */
  problems: Unreadable[];
  site: SiteData;
  duplicates: [ArticleRecord, ArticleRecord][];
  extractMs: number;
  stats: LoadStats;
};

/**
 * Below this many articles to extract, starting threads costs more than it saves: a worker takes
 * ~0.5 s to load the extractor, and an article ~1.5 ms to extract (measured on this machine).
 */
const THREADS_FROM = 1000;
/** A whole number of at least `min` from an environment variable, or null. */
export const wholeNumber = (s: string | undefined, min: number) => (s?.trim() && Number.isInteger(Number(s)) && Number(s) >= min ? Number(s) : null);

export function defaultOptions(env: NodeJS.ProcessEnv = process.env): Required<LoadOptions> {
  const cache = env.BIEN_NIEN_CACHE?.trim();
  return {
    cacheDir: cache === 'off' || cache === '0' ? null : resolve(cache || '.cache'),
    threads: wholeNumber(env.BIEN_NIEN_THREADS, 1) ?? availableParallelism(),
    threadsFrom: wholeNumber(env.BIEN_NIEN_THREADS_FROM, 0) ?? THREADS_FROM,
  };
}

const posix = (path: string) => path.split(sep).join('/');

/** Article files directly in a folder: a first count, before the whole tree is listed. */
function articlesIn(dir: string): number {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith('.') && ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))).length;
  } catch {
    return 0;
  }
}

const NO_BYTES = new Uint8Array(0);

/** One article file, read: what is extracted (the body) and what corrects it. */
type Item = {
  file: string;
  rel: string;
  job: Job | null;
  /** Set when the file could not be read at all. */
  failure: Message | null;
  corrections: CorrectionEntry[];
  notes: Message[];
};

/** An article file read (src/corrections/article-file.ts), with the extraction job for its bytes. */
function readItem(file: string, contentDir: string, sidecars: readonly string[]): Item {
  const rel = posix(relative(contentDir, file)) || file;
  const read = readArticleFile(file, rel, sidecars, (sidecar) => posix(relative(contentDir, sidecar)));
  return { file, rel, job: read.bytes && { key: entryKey(read.bytes), path: rel, bytes: read.bytes }, failure: read.failure, corrections: read.corrections, notes: read.notes };
}

/** A keeper-chosen slug already taken by another article falls back to the computed one (`computed`: each record's). */
function settleSlugs(records: ArticleRecord[], computed: readonly string[]): void {
  const owner = new Map<string, string>();
  records.forEach((r, i) => r.slug === computed[i] && owner.set(r.slug, r.id));
  for (const [i, r] of records.entries()) {
    if (r.slug === computed[i]) continue;
    const taken = owner.get(r.slug);
    if (taken === undefined || taken === r.id) {
      owner.set(r.slug, r.id);
      continue;
    }
    const message = { id: 'correction/slug-taken', severity: 'warning' as const, reason: `the address "${r.slug}" is another article's: this one keeps "${computed[i]}"` };
    records[i] = { ...r, slug: computed[i]!, messages: [...r.messages, message] };
  }
}

/** Records of every article under `contentDir`, in the order of the files, with what it cost. */
export async function loadRecords(contentDir: string, options: LoadOptions = {}): Promise<{ records: ArticleRecord[]; problems: Unreadable[]; stats: LoadStats }> {
  const started = performance.now();
  const opts = { ...defaultOptions(), ...options };
  const dir = resolve(contentDir);
  const ns = namespace();
  const store = opts.cacheDir ? new CacheStore(opts.cacheDir, ns).open() : null;
  // Threads pay when many articles are to be extracted. As soon as that many are known not to be in
  // the cache, the workers start loading the extractor, while the main thread lists the files (a
  // second at 20,000): first counting the articles the content folder itself holds, then all of them.
  // They take the articles a batch at a time as the main thread reads them, which it then joins.
  const threadsFor = (misses: number) => (misses >= opts.threadsFrom ? Math.max(1, opts.threads) : 1);
  const items: Item[] = [];
  const parsed: (Entry | null)[] = [];
  /** Which items are extracted (not in the cache), and their jobs, in the order of the files. */
  const misses: number[] = [];
  const jobs: Job[] = [];
  // The entries' bytes, for records.json (src/records/json-text.ts).
  const arena = new ByteArena();
  const take = (n: number, json: string, bytes: Uint8Array) => {
    parsed[misses[n]!] = parseEntry(json, bytes);
    // Extracted: the article's bytes can go now (~100 MB at 20,000 articles, outside V8's heap).
    jobs[n]!.bytes = NO_BYTES;
  };
  // An entry a worker extracted comes with its UTF-8 bytes, copied here; the main thread's own are
  // encoded here, once, for records.json and its pack.
  const fromWorker = (n: number, json: string, bytes: Uint8Array) => take(n, json, arena.copy(bytes));
  const local = (batch: readonly Job[]) =>
    runJobs(batch).map(({ json, cacheable }, i) => {
      const bytes = arena.text(json);
      if (cacheable) store?.put(batch[i]!.key, bytes);
      return { json, bytes };
    });
  const poolFor = async (articles: number) => {
    const workers = Math.min(threadsFor(articles) - 1, Math.ceil(articles / BATCH) - 1);
    return workers > 0 ? await ExtractionPool.start(workers, { cacheRoot: opts.cacheDir, namespace: ns }, fromWorker) : null;
  };
  const notCached = (articles: number) => articles - (store?.size ?? 0);
  let pool = await poolFor(notCached(articlesIn(dir)));
  let threads = 0;
  let listed: Awaited<ReturnType<typeof listArticles>>;
  let sidecars: string[];
  try {
    listed = await listArticles([dir]);
    trace(`listed ${listed.files.length} files`);
    const found = await findSidecars(listed.files);
    sidecars = found.all;
    pool ??= await poolFor(notCached(listed.files.length));
    let handedOver = 0;
    for (const file of listed.files) {
      const item = readItem(file, dir, found.byStem.get(stem(file)) ?? []);
      const hit = item.job && store ? store.get(item.job.key) : null;
      items.push(item);
      parsed.push(hit);
      if (!item.job || hit) continue;
      misses.push(items.length - 1);
      jobs.push(item.job);
      // A batch of articles read is a batch the workers can extract while the rest is read.
      if (pool && jobs.length - handedOver === BATCH) {
        pool.add(jobs.slice(handedOver));
        handedOver = jobs.length;
        await new Promise((r) => setImmediate(r));
      }
    }
    if (jobs.length) {
      threads = threadsFor(jobs.length);
      pool ??= await poolFor(jobs.length);
      trace('read every file');
      if (pool) {
        pool.add(jobs.slice(handedOver));
        await pool.finish(local);
      } else {
        for (let start = 0; start < jobs.length; start += BATCH) local(jobs.slice(start, start + BATCH)).forEach(({ json, bytes }, i) => take(start + i, json, bytes));
      }
      // The workers write their packs while the main thread writes its own.
      const closing = pool?.close();
      store?.writePack();
      await closing;
    }
  } finally {
    await pool?.close();
  }
  const problems: Unreadable[] = listed.problems.map((p) => ({ ...p, path: posix(relative(dir, p.path)) || p.path }));
  store?.tidy();
  trace(`extracted ${misses.length}, cached ${items.length - misses.length}`);

  const records: ArticleRecord[] = [];
  const computedSlugs: string[] = [];
  for (const [i, item] of items.entries()) {
    const p = parsed[i];
    const failure = item.failure ?? (p && 'unreadable' in p ? p.unreadable : null);
    if (failure || !p || !('record' in p)) {
      problems.push({ path: item.rel, message: failure ?? { id: 'ingest/unreadable', severity: 'fatal', reason: 'no record was produced' } });
      for (const note of item.notes) problems.push({ path: item.rel, message: note });
      continue;
    }
    // The same object when its source file is this one (not the same bytes under another name): its
    // JSON text stays known (src/records/json-text.ts).
    const record = p.record.sourceFile === item.rel ? p.record : { ...p.record, sourceFile: item.rel };
    if (item.corrections.length || item.notes.length) {
      const corrected = applyCorrections(record, item.corrections, item.notes);
      records.push(corrected);
      computedSlugs.push(recordSlug(corrected.id, corrected.title, corrected.date?.value ?? null));
    } else {
      // Extraction made this slug from the same id, title and date.
      records.push(record);
      computedSlugs.push(record.slug);
    }
  }
  settleSlugs(records, computedSlugs);

  // A sidecar that no article file takes: most likely a misspelt name.
  const stems = new Set(listed.files.map(stem));
  for (const sidecar of sidecars) {
    if (stems.has(stem(sidecar))) continue;
    const rel = posix(relative(dir, sidecar));
    problems.push({ path: rel, message: correctionMessage('correction/orphan', { file: rel }, 'no article file (.txt or .md) has this name: the corrections in it are not applied to anything') });
  }

  const cached = items.length - misses.length - items.filter((it) => !it.job).length;
  const ms = performance.now() - started;
  return { records, problems, stats: { files: items.length, extracted: misses.length, cached, threads, ms } };
}

/** The second and later files of one article (same text, so the same id), each with the first. */
export function duplicatesOf(records: readonly ArticleRecord[]): [ArticleRecord, ArticleRecord][] {
  const first = new Map<string, ArticleRecord>();
  const out: [ArticleRecord, ArticleRecord][] = [];
  for (const r of records) {
    const f = first.get(r.id);
    if (f) out.push([f, r]);
    else first.set(r.id, r);
  }
  return out;
}

/** Kept for tools that only need records: extraction without the site. */
export async function extractAll(contentDir: string, options: LoadOptions = {}): Promise<{ records: ArticleRecord[]; problems: Unreadable[] }> {
  const { records, problems } = await loadRecords(contentDir, options);
  return { records, problems };
}

export async function loadSite(contentDir: string, options: LoadOptions = {}): Promise<Loaded> {
  return (await loadSiteInSteps(contentDir, options)).rest();
}

/**
 * loadSite in two steps: the records kept and the article pages first, so that drawing them can
 * begin, then `rest()` computes the rest of the site (src/site/model.ts siteSteps).
 */
export async function loadSiteInSteps(contentDir: string, options: LoadOptions = {}): Promise<{ articles: ArticlePage[]; records: ArticleRecord[]; rest: () => Loaded }> {
  const { records, problems, stats } = await loadRecords(contentDir, options);
  let steps: ReturnType<typeof siteSteps> | null = siteSteps(records, { gazetteer: GAZETTEER });
  const first = steps.next();
  if (first.done) throw new Error('siteSteps returned before yielding the article pages');
  trace('article pages');
  return {
    ...first.value,
    rest: () => {
      const last = steps?.next();
      // A finished generator still holds its scope (every record, card and grouping): let it go.
      steps = null;
      if (!last?.done) throw new Error('siteSteps yielded twice, or rest() was called twice');
      trace('site model');
      return { ...last.value, problems, extractMs: stats.ms, stats };
    },
  };
}

/** Counts a keeper reads first: files read, pages built, files skipped, and records with a doubt. */
export function counts(loaded: Pick<Loaded, 'records' | 'problems' | 'duplicates' | 'stats'>): { read: number; built: number; skipped: number; uncertain: number; duplicates: number } {
  const skipped = new Set(loaded.problems.filter((p) => p.message.severity === 'fatal').map((p) => p.path)).size;
  const dupIds = new Set(loaded.duplicates.map(([, second]) => second));
  const kept = loaded.records.filter((r) => !dupIds.has(r));
  return {
    read: loaded.stats.files,
    built: kept.length,
    skipped,
    uncertain: kept.filter((r) => r.messages.some((m) => m.severity === 'warning')).length,
    duplicates: loaded.duplicates.length,
  };
}

/**
 * One summary on stderr: counts, then every file that could not be read or was dropped. The first
 * line is read by the benchmark (bench/run.ts parseBuildOutput): keep "extracted K of M" and
 * "extraction X ms" in it.
 */
export function summary(loaded: Loaded): string {
  const { stats } = loaded;
  const c = counts(loaded);
  const lines = [
    `site: ${loaded.site.total} articles from ${stats.files} files (extracted ${stats.extracted} of ${stats.files}, cached ${stats.cached}, extraction ${Math.round(stats.ms)} ms${stats.threads > 1 ? ` on ${stats.threads} threads` : ''})`,
    `  read ${c.read}, built ${c.built}, skipped ${c.skipped}, uncertain ${c.uncertain}${c.duplicates ? `, duplicates ${c.duplicates}` : ''}`,
  ];
  for (const p of loaded.problems) lines.push(`  ${p.message.severity === 'fatal' ? 'skipped' : p.message.severity} ${p.path}: ${p.message.id}: ${p.message.reason}`);
  for (const [first, second] of loaded.duplicates) lines.push(`  duplicate ${second.sourceFile}: same article as ${first.sourceFile}, one page kept`);
  const byId = new Map<string, number>();
  for (const r of loaded.records) for (const m of r.messages) if (m.severity !== 'info') byId.set(m.id, (byId.get(m.id) ?? 0) + 1);
  for (const [id, n] of [...byId].sort()) lines.push(`  ${id}: ${n}`);
  for (const r of loaded.records) for (const m of r.messages) if (m.id.startsWith('correction/')) lines.push(`  ${m.id}: ${m.reason}`);
  return `${lines.join('\n')}\n`;
}

/** The gazetteer's provenance note for the about page; absent in a checkout without it. */
export async function readProvenance(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
