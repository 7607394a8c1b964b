// The extraction cache and the keeper's routine, in process (no Eleventy): a rebuild extracts only
// what changed, and the records are the same whether they came from the cache, the main thread or
// worker threads. Synthetic articles come from the benchmark's generator.
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/corpus.ts';
import { entryKey, namespaceOf } from '../../src/cache/key.ts';
import { runJob, type Job } from '../../src/cache/job.ts';
import { extractInPool } from '../../src/cache/pool.ts';
import { loadRecords, type LoadOptions } from '../../src/site/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let tmp: string;
const dirs = { content: '', cache: '' };

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'bien-nien-cache-'));
  dirs.content = join(tmp, 'content');
  dirs.cache = join(tmp, 'cache');
  await cp(join(ROOT, 'content'), dirs.content, { recursive: true });
  for (let i = 0; i < 6; i++) {
    const a = generateArticle(i);
    await writeFile(join(dirs.content, a.file), a.text);
  }
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const load = (options: LoadOptions = {}) => loadRecords(dirs.content, { cacheDir: dirs.cache, threads: 1, ...options });

describe('the extraction cache', () => {
  it('extracts every article cold, none warm, and gives the same records either way', async () => {
    const cold = await load();
    expect(cold.stats).toMatchObject({ files: 11, extracted: 11, cached: 0 });
    const warm = await load();
    expect(warm.stats).toMatchObject({ files: 11, extracted: 0, cached: 11 });
    expect(JSON.stringify(warm.records)).toBe(JSON.stringify(cold.records));
    const none = await load({ cacheDir: null });
    expect(none.stats).toMatchObject({ extracted: 11, cached: 0 });
    expect(JSON.stringify(none.records)).toBe(JSON.stringify(cold.records));
  });

  it('re-extracts only the article added or changed; a removed one costs nothing', async () => {
    await load();
    const added = generateArticle(100);
    await writeFile(join(dirs.content, added.file), added.text);
    expect((await load()).stats).toMatchObject({ files: 12, extracted: 1, cached: 11 });

    const file = join(dirs.content, '003_f66d6dc4a8e384f9.txt');
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text}\nThêm một dòng.\n`);
    expect((await load()).stats).toMatchObject({ files: 12, extracted: 1, cached: 11 });
    await writeFile(file, text);

    await rm(join(dirs.content, added.file));
    expect((await load()).stats).toMatchObject({ files: 11, extracted: 0, cached: 11 });
  });

  it('a renamed or moved file is the same bytes: taken from the cache, under its new name', async () => {
    await load();
    await mkdir(join(dirs.content, 'Kiên Giang 2020'), { recursive: true });
    const from = join(dirs.content, '002_6e5d7d1bc601a596.txt');
    const to = join(dirs.content, 'Kiên Giang 2020', 'Bài Vĩnh Thuận.TXT');
    await rename(from, to);
    try {
      const after = await load();
      expect(after.stats).toMatchObject({ files: 11, extracted: 0, cached: 11 });
      expect(after.records.map((r) => r.sourceFile)).toContain('Kiên Giang 2020/Bài Vĩnh Thuận.TXT');
    } finally {
      await rename(to, from);
      await rm(join(dirs.content, 'Kiên Giang 2020'), { recursive: true });
    }
  });

  it('editing a sidecar re-extracts nothing and changes the record', async () => {
    await load();
    const sidecar = join(dirs.content, '002_6e5d7d1bc601a596.yaml');
    await writeFile(sidecar, 'chair: Nguyễn Văn Bình\n');
    try {
      const after = await load();
      expect(after.stats.extracted).toBe(0);
      const r = after.records.find((x) => x.sourceFile === '002_6e5d7d1bc601a596.txt')!;
      expect(r.chair).toMatchObject({ name: 'Nguyễn Văn Bình', rule: 'correction', evidence: { text: '002_6e5d7d1bc601a596.yaml:1' } });
      expect(r.corrected).toEqual(['chair']);
    } finally {
      await rm(sidecar);
    }
  });

  it('a damaged entry is extracted again', async () => {
    await load();
    // Cut the JSON of one article's entry short, in every pack that holds it; the other entries stay usable.
    const key = entryKey(await readFile(join(dirs.content, '000_85224041e6d51241.txt')));
    const packs = (await readdir(dirs.cache, { recursive: true })).filter((f) => f.endsWith('.pack'));
    for (const pack of packs) {
      const lines = (await readFile(join(dirs.cache, pack), 'utf8')).split('\n');
      await writeFile(join(dirs.cache, pack), lines.map((l) => (l.startsWith(key) ? l.slice(0, 60) : l)).join('\n'));
    }
    expect((await load()).stats).toMatchObject({ extracted: 1, cached: 10 });
    // The entry extracted again is the one taken from now on.
    expect((await load()).stats).toMatchObject({ extracted: 0, cached: 11 });
  });

  it('a new extractor version or gazetteer file is a new namespace', () => {
    const units = new TextEncoder().encode('{"format":1}');
    const base = namespaceOf('1', [['gazetteer/units.json', units]]);
    expect(namespaceOf('1', [['gazetteer/units.json', units]])).toBe(base);
    expect(namespaceOf('2', [['gazetteer/units.json', units]])).not.toBe(base);
    expect(namespaceOf('1', [['gazetteer/units.json', new TextEncoder().encode('{"format":2}')]])).not.toBe(base);
  });
});

describe('extraction in worker threads', () => {
  it('loads the TypeScript extractor in a worker and gives what the main thread gives, in order', async () => {
    const files = (await readdir(dirs.content)).filter((f) => f.endsWith('.txt')).sort();
    // Five batches, and a main thread slowed down (20 ms a job) so that the worker, once started,
    // takes some of them: the records must not show who made them.
    const jobs: Job[] = [];
    for (let i = 0; i < 160; i++) {
      const name = files[i % files.length]!;
      const bytes = await readFile(join(dirs.content, name));
      jobs.push({ key: entryKey(bytes), path: `${i}-${name}`, bytes });
    }
    const local = (job: Job) => runJob(job).json;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let inMain = 0;
    const slow = (job: Job) => {
      inMain++;
      Atomics.wait(pause, 0, 0, 20);
      return local(job);
    };
    const threaded = await extractInPool(jobs, { threads: 2, cacheRoot: null, namespace: 'test', local: (batch) => batch.map(slow) });
    expect(inMain).toBeGreaterThan(0);
    expect(inMain).toBeLessThan(jobs.length);
    expect(threaded.map((e) => e.json)).toEqual(jobs.map(local));
    // Each entry's bytes are its JSON in UTF-8, whichever thread extracted it.
    expect(threaded.map((e) => Buffer.from(e.bytes).toString('utf8'))).toEqual(jobs.map(local));
  });

  it('a build of the same files on 2 threads and on 1 gives the same records', async () => {
    const one = await load({ cacheDir: null, threads: 1 });
    const two = await load({ cacheDir: null, threads: 2, threadsFrom: 0 });
    expect(two.stats.threads).toBe(2);
    expect(JSON.stringify(two.records)).toBe(JSON.stringify(one.records));
  });
});
