import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJobs, type Job } from '../src/cache/job.ts';
import { entryKey } from '../src/cache/key.ts';
import { parseEntry } from '../src/cache/store.ts';
const dir = process.argv[2]!;
const t = (l: string, t0: number) => console.log(l, ((performance.now() - t0) / 1000).toFixed(2), 's');
let t0 = performance.now();
const names = readdirSync(dir).sort();
const jobs: Job[] = names.map((n) => { const bytes = readFileSync(join(dir, n)); return { key: entryKey(bytes), path: n, bytes }; });
t('read+hash', t0);
for (let pass = 0; pass < 2; pass++) {
  t0 = performance.now();
  const out: string[] = [];
  for (let i = 0; i < jobs.length; i += 32) for (const r of runJobs(jobs.slice(i, i + 32))) out.push(r.json);
  t('runJobs', t0);
  t0 = performance.now();
  const parsed = out.map(parseEntry);
  t('parse', t0);
}
