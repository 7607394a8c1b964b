// npm run bench -- --articles N [--articles M ...] [--repeat R] [--json out.json] [--keep] [--seed S] [--skip hugo,baseline,rebuild] [--profile dir]
//
// For each N: a synthetic corpus (bench/corpus.ts) in a temp directory; extraction throughput in
// this process on one core; the full build (`npm run build -- --content <tmp> --out <tmp>`) as a
// child, with its peak RSS, Eleventy's share, search indexing, site size and pages; a rebuild after
// adding one article; and, in the same run, bare Eleventy paginating the same records and Hugo
// (when installed) building the same articles. The machine is shared and noisy: compare ratios
// within one run, not seconds across runs. With --repeat R, the cold build and bare Eleventy run R
// times each, alternately, and the row gives their medians (single runs of the same tree spread
// ±10% here).
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../src/extract/index.ts';
import { isUnreadable, listArticles, readSource } from '../src/ingest/index.ts';
import type { ArticleRecord } from '../src/records/schema.ts';
import { FIELDS, score, type Accuracy } from './accuracy.ts';
import { bareEleventy, hugo, hugoVersion } from './baselines.ts';
import { DEFAULT_SEED, generateArticle, writeCorpus } from './corpus.ts';
import { MB, rssMethod, timed, treeStats, type Timed } from './measure.ts';
import { formatSummary, summarise } from './profile.ts';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** One line of the JSON output (per corpus size). Seconds, MiB ("mb"), articles per second. */
export type BenchRow = {
  articles: number;
  extract_per_s: number;
  build_s: number;
  /** Build time less extraction (as the build reports it) and search indexing: Eleventy, its data files, process start-up. */
  eleventy_s: number | null;
  baseline_s: number | null;
  /** Extraction + Eleventy: the build less search indexing (issue 4's "full build"). */
  site_s: number | null;
  /** site_s ÷ baseline_s: the headline (issue 4 asks ≤ 1.5). */
  site_ratio: number | null;
  /** Every cold build's site_s and every bare Eleventy run, in the order run (--repeat; site_s and baseline_s are their medians). */
  site_s_runs: number[];
  baseline_s_runs: number[];
  /** Processor seconds of the site, every thread's (as the build reports it; with --repeat, the median): over the cores, the least site_s can be. */
  site_cpu_s: number | null;
  /** Of site_cpu_s, the system's share: file creation on this disk, which varies with what was deleted before. */
  site_cpu_system_s: number | null;
  /** Processor seconds of bare Eleventy (GNU time's user + system). */
  baseline_cpu_s: number | null;
  /** build_s ÷ baseline_s, search indexing included. */
  ratio: number | null;
  hugo_s: number | null;
  hugo_ratio: number | null;
  /** Peak of the build's whole process tree (Node with its threads, Pagefind), summed per sample. */
  peak_rss_mb: number | null;
  /** Peak of the build's Node process alone (its threads included); with --repeat, the highest of the cold builds'. */
  node_rss_mb: number | null;
  baseline_rss_mb: number | null;
  hugo_rss_mb: number | null;
  /** Search indexing seconds (Pagefind) when the build has a search index; null when it has none. */
  index_s: number | null;
  index_mb: number | null;
  /** Peak RSS of Pagefind's processes during the build (or when timed alone). */
  index_rss_mb: number | null;
  site_mb: number;
  pages: number;
  rebuild_one_s: number | null;
  /** The rebuild less its search indexing: extraction + Eleventy with a warm cache (one article re-extracted). */
  rebuild_site_s: number | null;
  /** rebuild_site_s ÷ baseline_s: the site ratio of a keeper's everyday rebuild. */
  rebuild_site_ratio: number | null;
  /** Articles the rebuild re-extracted, when the build says so. */
  rebuild_reextracted: number | null;
  /** Extraction time inside the build, as the build reports it. */
  build_extract_s: number | null;
  /** Eleventy's own "Wrote N files in X seconds". */
  eleventy_reported_s: number | null;
  accuracy: number;
  accuracy_fields: Accuracy['fields'];
  accuracy_articles: number;
  rss_method: string;
  node: string;
  cores: number;
  date: string;
};

type Options = {
  articles: number[];
  /** Cold builds and bare Eleventy runs per corpus size, alternating. */
  repeat: number;
  json: string | null;
  keep: boolean;
  seed: number;
  skip: Set<string>;
  /** Where to put a CPU profile and Eleventy's benchmark lines of one more full build. */
  profile: string | null;
  log: (s: string) => void;
};

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (x: number | null, digits = 2) => (x === null || !Number.isFinite(x) ? null : Number(x.toFixed(digits)));
const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

/** What the build says about itself on stderr/stdout; every pattern optional (the build is changing). */
export function parseBuildOutput(text: string): { extractS: number | null; eleventyS: number | null; indexS: number | null; reextracted: number | null; siteCpuS: number | null; siteCpuSystemS: number | null } {
  const extract =
    /extraction\s+(?:in\s+)?([\d.]+)\s*(ms|s)\b/i.exec(text) ??
    /extract(?:ed)?[^\n]*?\bin\s+([\d.]+)\s*(ms|s)\b/i.exec(text);
  const eleventy =
    /pages: wrote\s+\d+\s+files?\s+in\s+([\d.]+)\s*s\b/i.exec(text) ??
    /Wrote\s+\d+\s+files?\s+in\s+([\d.]+)\s+seconds/i.exec(text) ??
    /eleventy\s+(?:in\s+)?([\d.]+)\s*s\b/i.exec(text);
  const index =
    /pagefind[^\n]*?\b([\d.]+)\s*(ms|s)\b/i.exec(text) ??
    /(?:search\s+)?index(?:ing|ed)?\b[^\n]*?\bin\s+([\d.]+)\s*(ms|s)\b/i.exec(text);
  const re =
    /re-?extract(?:ed|ing)?\s+(\d+)/i.exec(text) ??
    /(\d+)\s+(?:re-?extracted|extracted|changed)\b/i.exec(text) ??
    /extracted\s+(\d+)\s+(?:of|\/)/i.exec(text);
  const cpu = /cpu: the site took ([\d.]+) s[^\n]*?system ([\d.]+)/.exec(text);
  return {
    siteCpuS: cpu ? Number(cpu[1]) : null,
    siteCpuSystemS: cpu ? Number(cpu[2]) : null,
    extractS: extract ? seconds(extract[1]!, extract[2]!) : null,
    eleventyS: eleventy ? Number(eleventy[1]) : null,
    indexS: index ? seconds(index[1]!, index[2] ?? 's') : null,
    reextracted: re ? Number(re[1]) : null,
  };
}

/** The command `npm run build` runs, without npm in between when it is "node <file>" or "tsx <file>". */
function buildCommand(): { cmd: string; args: string[] } {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.build ?? '';
  // "node|tsx [--node-flag ...] <file> [args ...]": tsx passes the flags on to Node.
  const m = /^(node|tsx)((?:\s+--\S+)*)\s+([^-\s]\S*)((?:\s+\S+)*)\s*$/.exec(script.trim());
  const words = (s: string | undefined) => (s ?? '').trim().split(/\s+/).filter(Boolean);
  if (m) return { cmd: process.execPath, args: [...words(m[2]), ...(m[1] === 'tsx' ? ['--import', 'tsx'] : []), m[3]!, ...words(m[4])] };
  return { cmd: 'npm', args: ['run', '--silent', 'build', '--'] };
}

async function measureExtraction(dir: string): Promise<{ perS: number; records: ArticleRecord[] }> {
  const { files } = await listArticles([dir]);
  // A short warm-up (not counted) so that the figure is the steady rate, not the JIT's first pass.
  for (const file of files.slice(0, Math.min(200, files.length))) {
    const s = await readSource(file);
    if (!isUnreadable(s)) extract(s);
  }
  const records: ArticleRecord[] = [];
  const started = performance.now();
  for (const file of files) {
    const s = await readSource(file);
    if (!isUnreadable(s)) records.push(extract(s));
  }
  const elapsed = (performance.now() - started) / 1000;
  return { perS: files.length / elapsed, records };
}

function failed(what: string, t: Timed): Error {
  return new Error(`${what} exited with ${t.code}:\n${(t.stderr || t.stdout).slice(-4000)}`);
}

async function benchOne(n: number, opts: Options): Promise<BenchRow> {
  const { log } = opts;
  const tmp = await mkdtemp(join(tmpdir(), `bien-nien-bench-${n}-`));
  try {
    const content = join(tmp, 'content');
    const out = join(tmp, 'site');
    log(`[${n}] corpus → ${content}`);
    const expected = await writeCorpus(content, n, { seed: opts.seed });

    log(`[${n}] extraction in-process`);
    const { perS, records } = await measureExtraction(content);
    const accuracy = score(records, expected);

    log(`[${n}] full build`);
    const { cmd, args } = buildCommand();
    // A cache of the bench's own: a full build here is a cold build, and the rebuild below a warm one.
    const buildArgs = [...args, '--content', content, '--out', out, '--cache', join(tmp, `cache-${n}`)];
    const build = await timed(cmd, buildArgs, { cwd: ROOT });
    if (build.code !== 0) throw failed('the build', build);
    const said = parseBuildOutput(`${build.stderr}\n${build.stdout}`);
    const site = await treeStats(out);
    const index = await treeStats(join(out, 'pagefind'));
    const hasIndex = index.files > 0;

    let baseline: Timed | null = null;
    if (!opts.skip.has('baseline')) {
      log(`[${n}] baseline: bare Eleventy`);
      baseline = await bareEleventy(ROOT, join(tmp, 'baseline'), records);
      if (baseline.code !== 0) throw failed('bare Eleventy', baseline);
    }

    // More cold builds and bare runs, alternately, each into directories of its own (nothing deleted
    // between them: on this disk a deletion slows the file creations that follow), before the rebuild
    // below adds an article.
    const more: { build: Timed; said: ReturnType<typeof parseBuildOutput>; baseline: Timed | null }[] = [];
    for (let run = 2; run <= opts.repeat; run++) {
      log(`[${n}] cold build and bare Eleventy, run ${run} of ${opts.repeat}`);
      const again = await timed(cmd, [...args, '--content', content, '--out', join(tmp, `site-${run}`), '--cache', join(tmp, `cache-${n}-${run}`)], { cwd: ROOT });
      if (again.code !== 0) throw failed('the build', again);
      const bare = opts.skip.has('baseline') ? null : await bareEleventy(ROOT, join(tmp, `baseline-${run}`), records);
      if (bare && bare.code !== 0) throw failed('bare Eleventy', bare);
      more.push({ build: again, said: parseBuildOutput(`${again.stderr}\n${again.stdout}`), baseline: bare });
    }

    let hugoRun: Timed | null = null;
    if (!opts.skip.has('hugo') && hugoVersion()) {
      log(`[${n}] Hugo`);
      hugoRun = await hugo(join(tmp, 'hugo'), records);
      if (hugoRun.code !== 0) {
        log(`Hugo failed (reported as null): ${hugoRun.stderr.slice(-600)}`);
        hugoRun = null;
      }
    }

    let rebuild: Timed | null = null;
    let rebuildSaid: ReturnType<typeof parseBuildOutput> | null = null;
    if (!opts.skip.has('rebuild')) {
      log(`[${n}] rebuild after adding one article`);
      const extra = generateArticle(n, opts.seed);
      await writeFile(join(content, extra.file), extra.text);
      rebuild = await timed(cmd, buildArgs, { cwd: ROOT });
      if (rebuild.code !== 0) throw failed('the rebuild', rebuild);
      rebuildSaid = parseBuildOutput(`${rebuild.stderr}\n${rebuild.stdout}`);
    }

    missesNote(accuracy, log);
    if (opts.profile) await profileBuild(n, cmd, args, content, join(tmp, 'site-profiled'), opts);
    // A search index the build does not time: index the built site again, alone, to time it.
    let indexS = hasIndex ? said.indexS : null;
    const pagefindRss = Object.entries(build.rssByCommandMb).filter(([c]) => c.startsWith('pagefind')).map(([, mb]) => mb);
    let indexRss: number | null = pagefindRss.length ? Math.max(...pagefindRss) : null;
    if (hasIndex && indexS === null) {
      log(`[${n}] search index present, build gives no time: timing Pagefind alone`);
      const pf = await timed(process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', out, '--output-path', join(tmp, 'pagefind-alone')], { cwd: ROOT });
      if (pf.code === 0) {
        indexS = pf.wallS;
        indexRss = pf.treeRssMb ?? pf.rssMb;
      } else log(`Pagefind alone failed: ${pf.stderr.slice(-600)}`);
    }
    const eleventyS = said.extractS === null ? null : build.wallS - said.extractS - (indexS ?? 0);
    const siteOf = (t: Timed, index: number | null) => (hasIndex && index === null ? null : t.wallS - (hasIndex ? index! : 0));
    const siteRuns = [siteOf(build, indexS), ...more.map((m) => siteOf(m.build, m.said.indexS ?? indexS))].filter((x): x is number => x !== null);
    const bareRuns = [baseline, ...more.map((m) => m.baseline)].filter((t): t is Timed => t !== null).map((t) => t.wallS);
    const siteS = median(siteRuns);
    const baselineS = median(bareRuns);
    const nodeRss = [build, ...more.map((m) => m.build)].map((t) => t.rssByCommandMb.node).filter((x): x is number => x !== undefined);
    const rebuildSiteS = rebuild && (!hasIndex || rebuildSaid?.indexS != null) ? rebuild.wallS - (hasIndex ? rebuildSaid!.indexS! : 0) : null;
    return {
      articles: n,
      extract_per_s: Math.round(perS),
      build_s: round(build.wallS)!,
      eleventy_s: round(eleventyS),
      baseline_s: round(baselineS),
      site_s: round(siteS),
      site_ratio: round(baselineS !== null && siteS !== null ? siteS / baselineS : null),
      site_s_runs: siteRuns.map((x) => round(x)!),
      baseline_s_runs: bareRuns.map((x) => round(x)!),
      site_cpu_s: round(median([said.siteCpuS, ...more.map((m) => m.said.siteCpuS)].filter((x): x is number => x !== null))),
      site_cpu_system_s: round(said.siteCpuSystemS),
      baseline_cpu_s: round(baseline?.cpuS ?? null),
      ratio: round(baseline ? build.wallS / baseline.wallS : null),
      hugo_s: round(hugoRun?.wallS ?? null),
      hugo_ratio: round(hugoRun ? build.wallS / hugoRun.wallS : null),
      peak_rss_mb: round(build.treeRssMb ?? build.rssMb, 0),
      node_rss_mb: nodeRss.length ? Math.max(...nodeRss) : null,
      baseline_rss_mb: round(baseline?.treeRssMb ?? baseline?.rssMb ?? null, 0),
      hugo_rss_mb: round(hugoRun?.treeRssMb ?? hugoRun?.rssMb ?? null, 0),
      index_s: round(indexS),
      index_mb: hasIndex ? round(index.bytes / MB, 1) : null,
      index_rss_mb: round(indexRss, 0),
      site_mb: round(site.bytes / MB, 1)!,
      pages: site.html,
      rebuild_one_s: round(rebuild?.wallS ?? null),
      rebuild_site_s: round(rebuildSiteS),
      rebuild_site_ratio: round(baselineS !== null && rebuildSiteS !== null ? rebuildSiteS / baselineS : null),
      rebuild_reextracted: rebuildSaid?.reextracted ?? null,
      build_extract_s: round(said.extractS),
      eleventy_reported_s: round(said.eleventyS),
      accuracy: round(accuracy.overall, 4)!,
      accuracy_fields: Object.fromEntries(FIELDS.map((f) => [f, round(accuracy.fields[f], 4)])) as Accuracy['fields'],
      accuracy_articles: round(accuracy.articles, 4)!,
      rss_method: rssMethod(),
      node: process.version,
      cores: cpus().length,
      date: new Date().toISOString(),
    };
  } finally {
    if (opts.keep) log(`[${n}] kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

/** One more full build under --cpu-prof and DEBUG=Eleventy:Benchmark*: where its time goes. */
async function profileBuild(n: number, cmd: string, args: string[], content: string, out: string, opts: Options): Promise<void> {
  if (cmd !== process.execPath) {
    opts.log(`[${n}] --profile needs the build to be "node <file>" or "tsx <file>": skipped`);
    return;
  }
  const dir = resolve(opts.profile!, String(n));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  opts.log(`[${n}] profiling one more build → ${dir}`);
  const run = await timed(cmd, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args, '--content', content, '--out', out], {
    cwd: ROOT,
    env: { DEBUG: 'Eleventy:Benchmark*' },
  });
  await writeFile(join(dir, 'eleventy-benchmark.txt'), run.stderr);
  // One profile per thread: the main thread's is the largest.
  const profiles = await Promise.all(
    (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).map(async (f) => ({ f, size: (await stat(join(dir, f))).size })),
  );
  const main = profiles.sort((a, b) => b.size - a.size)[0];
  if (!main) return;
  const summary = formatSummary(summarise(JSON.parse(await readFile(join(dir, main.f), 'utf8')), 40));
  await writeFile(join(dir, 'summary.txt'), `${summary}\n`);
  opts.log(summary);
}

/** The first few misses per field on stderr, to read why (nothing is added to the row). */
function missesNote(accuracy: Accuracy, log: (s: string) => void): void {
  for (const field of FIELDS) {
    const misses = accuracy.misses.filter((m) => m.field === field);
    if (!misses.length) continue;
    log(`  accuracy ${field}: ${misses.length} missed, e.g. ${misses.slice(0, 3).map((m) => `${m.file} expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`).join('; ')}`);
  }
}

const fmt = (x: number | null, digits = 2) => (x === null ? '–' : x.toFixed(digits));

export function table(rows: readonly BenchRow[]): string {
  const head = ['articles', 'extract/s', 'build s', 'site s', '11ty s', 'bare 11ty s', 'site ratio', 'site CPU s', 'bare CPU s', 'ratio', 'hugo s', '÷hugo', 'RSS MB', 'node RSS', 'bare RSS', 'hugo RSS', 'index s', 'index RSS', 'index MB', 'site MB', 'pages', 'rebuild+1 s', 'warm site s', 'warm ratio', 'accuracy'];
  const body = rows.map((r) => [
    String(r.articles), String(r.extract_per_s), fmt(r.build_s), fmt(r.site_s), fmt(r.eleventy_s), fmt(r.baseline_s), fmt(r.site_ratio), r.site_cpu_s === null ? '–' : `${fmt(r.site_cpu_s)}${r.site_cpu_system_s === null ? '' : ` (sys ${fmt(r.site_cpu_system_s)})`}`, fmt(r.baseline_cpu_s), fmt(r.ratio), fmt(r.hugo_s), fmt(r.hugo_ratio),
    fmt(r.peak_rss_mb, 0), fmt(r.node_rss_mb, 0), fmt(r.baseline_rss_mb, 0), fmt(r.hugo_rss_mb, 0), fmt(r.index_s), fmt(r.index_rss_mb, 0), fmt(r.index_mb, 1), fmt(r.site_mb, 1), String(r.pages),
    r.rebuild_one_s === null ? '–' : `${fmt(r.rebuild_one_s)}${r.rebuild_reextracted === null ? '' : ` (${r.rebuild_reextracted})`}`, fmt(r.rebuild_site_s), fmt(r.rebuild_site_ratio), fmt(r.accuracy, 3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', multiple: true },
      repeat: { type: 'string' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      seed: { type: 'string' },
      skip: { type: 'string' },
      profile: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: npm run bench -- [--articles N ...] [--repeat R] [--json out.json] [--keep] [--seed S] [--skip hugo,baseline,rebuild] [--profile dir]\n');
    process.exit(0);
  }
  const articles = (values.articles ?? ['1000']).flatMap((a) => a.split(',')).map((a) => Number(a.replace(/_/g, '')));
  if (articles.some((a) => !Number.isInteger(a) || a < 1)) throw new Error(`--articles takes positive integers, got ${values.articles?.join(' ')}`);
  const repeat = Number(values.repeat ?? '1');
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat takes a whole number from 1, got ${values.repeat}`);
  const quiet = values.quiet;
  return {
    articles,
    repeat,
    json: values.json ?? null,
    keep: values.keep,
    seed: values.seed === undefined ? DEFAULT_SEED : Number(values.seed),
    skip: new Set((values.skip ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
    profile: values.profile ?? null,
    log: quiet ? () => {} : (s) => process.stderr.write(`${s}\n`),
  };
}

export async function main(argv: string[]): Promise<BenchRow[]> {
  const opts = options(argv);
  const hv = hugoVersion();
  const cpu = cpus();
  process.stdout.write(
    `bien-nien bench — ${cpu.length} cores (${cpu[0]?.model ?? '?'}), Node ${process.version}, ${hv ? hv.split(' ').slice(0, 2).join(' ') : 'no hugo'}, peak RSS by ${rssMethod()}, ${new Date().toISOString().slice(0, 10)}\n` +
      'Shared, noisy machine: compare the ratios within this run, not seconds across runs.\n',
  );
  const rows: BenchRow[] = [];
  for (const n of opts.articles) {
    rows.push(await benchOne(n, opts));
    if (opts.json) await writeFile(opts.json, `${JSON.stringify(rows, null, 2)}\n`);
  }
  process.stdout.write(`${table(rows)}\n`);
  process.stdout.write(
    'site s = build less search indexing (extraction + Eleventy); site ratio = site s ÷ bare Eleventy (same records, size-1 pagination, one-line template); ' +
      `${opts.repeat > 1 ? `site s, bare 11ty s and site CPU s are medians of ${opts.repeat} cold builds and bare runs, alternating (every run in the JSON's site_s_runs and baseline_s_runs); the other columns are the first run's; ` : ''}` +
      'site CPU s and bare CPU s = processor seconds, all threads together (over the cores, the least the time can be), system time in brackets (it grows when the disk has just deleted many files); ratio = the whole build (search index included) ÷ bare Eleventy; ÷hugo = build ÷ Hugo; RSS in MiB: the process tree summed (Node with its threads, Pagefind), node and index RSS its parts; ' +
      '11ty s = build − its reported extraction − indexing; rebuild+1 = rebuild after adding one article (re-extracted count when the build reports it); warm site s = that rebuild less its indexing, warm ratio = it ÷ bare Eleventy; ' +
      'accuracy = share of (article, field) checks right on the synthetic corpus.\n',
  );
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
