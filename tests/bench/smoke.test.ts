// The benchmark harness at 50 articles, so that it keeps working; the bench itself is not part of npm test.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median, type BenchRow } from '../../bench/run.ts';
import { generateArticle } from '../../bench/corpus.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let dir: string;
let rows: BenchRow[];
let stdout: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bien-nien-bench-smoke-'));
  const json = join(dir, 'out.json');
  const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--articles', '50', '--repeat', '2', '--json', json, '--quiet'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  stdout = run.stdout;
  rows = JSON.parse(await readFile(json, 'utf8')) as BenchRow[];
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run bench -- --articles 50 --repeat 2', () => {
  it('writes one row with sane numbers', () => {
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect(r.articles).toBe(50);
    for (const key of ['extract_per_s', 'build_s', 'baseline_s', 'site_mb', 'pages', 'rebuild_one_s'] as const) {
      expect(r[key], key).toBeGreaterThan(0);
    }
    expect(Number.isFinite(r.ratio)).toBe(true);
    expect(r.ratio!).toBeGreaterThan(0);
    // The headline leaves search indexing out: extraction and Eleventy only.
    expect(r.site_s!).toBeGreaterThan(0);
    expect(r.site_s!).toBeLessThanOrEqual(r.build_s);
    expect(r.site_ratio!).toBeCloseTo(r.site_s! / r.baseline_s!, 1);
    // Every thread's processor time: the site's is at least a good share of its time on one core.
    expect(r.site_cpu_s!).toBeGreaterThan(0.5 * r.site_s!);
    expect(r.site_cpu_system_s!).toBeGreaterThan(0);
    expect(r.site_cpu_system_s!).toBeLessThan(r.site_cpu_s!);
    if (r.rss_method === 'time -v') expect(r.baseline_cpu_s!).toBeGreaterThan(0);
    // The warm rebuild's site phase: its indexing left out too.
    expect(r.rebuild_site_s!).toBeGreaterThan(0);
    expect(r.rebuild_site_s!).toBeLessThan(r.rebuild_one_s!);
    expect(r.rebuild_site_ratio!).toBeCloseTo(r.rebuild_site_s! / r.baseline_s!, 1);
    // The whole process tree's peak holds at least its Node process's.
    if (r.peak_rss_mb !== null && r.node_rss_mb !== null) expect(r.peak_rss_mb).toBeGreaterThanOrEqual(r.node_rss_mb);
    // One page per article at least.
    expect(r.pages).toBeGreaterThanOrEqual(50);
    if (r.peak_rss_mb !== null) expect(r.peak_rss_mb).toBeGreaterThan(10);
    if (r.hugo_s !== null) expect(Number.isFinite(r.hugo_ratio)).toBe(true);
  });

  it('times two cold builds and two bare runs, and gives their medians', () => {
    const r = rows[0]!;
    expect(r.site_s_runs).toHaveLength(2);
    expect(r.baseline_s_runs).toHaveLength(2);
    expect(r.site_s).toBeCloseTo((r.site_s_runs[0]! + r.site_s_runs[1]!) / 2, 1);
    expect(r.baseline_s).toBeCloseTo((r.baseline_s_runs[0]! + r.baseline_s_runs[1]!) / 2, 1);
    expect(stdout).toContain('medians of 2 cold builds');
  });

  it('extracts the synthetic corpus with accuracy of at least 0.9', () => {
    expect(rows[0]!.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('prints a table', () => {
    expect(stdout).toMatch(/articles\s+extract\/s\s+build s/);
    expect(stdout).toMatch(/^\s+50\s+\d+/m);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe('the synthetic corpus', () => {
  it('is deterministic: the same index and seed give the same article', () => {
    expect(generateArticle(7).text).toBe(generateArticle(7).text);
    expect(generateArticle(7, 1).text).not.toBe(generateArticle(7).text);
  });

  it('draws every meeting type and both units with and without a year in the date', () => {
    const articles = Array.from({ length: 400 }, (_, i) => generateArticle(i).expected);
    expect(new Set(articles.map((a) => a.meetingType)).size).toBe(10);
    expect(articles.some((a) => a.shape.dateForm.startsWith('day-month+'))).toBe(true);
    expect(articles.some((a) => a.shape.dateForm.startsWith('day-month-year'))).toBe(true);
    expect(articles.some((a) => a.shape.unit === 'province')).toBe(true);
    expect(articles.some((a) => a.shape.unit === 'district+province-named')).toBe(true);
    for (const a of articles) expect(a.tasks).toBeGreaterThanOrEqual(3);
  });
});
