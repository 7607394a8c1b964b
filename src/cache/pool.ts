// Extraction across the machine's cores: the main thread and `threads - 1` worker threads take
// batches of articles from one queue as they finish the last, so a slow article does not hold up the
// rest, and the main thread (whose extractor is already loaded) works while the workers start up.
// Results land at their job's index: the order of records never depends on which thread was faster
// or on how many there were.
import { Worker } from 'node:worker_threads';
import type { Job } from './job.ts';
import type { Batch, Done, WorkerData } from './worker.ts';

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
/** Small enough to balance the threads at the end, large enough that messages cost nothing. */
const BATCH = 32;

export type PoolOptions = WorkerData & {
  /** Threads in all, the main thread included: 1 extracts in the main thread only. */
  threads: number;
  /** The main thread's share of the work: one job → the entry's JSON (and its cache write). */
  local: (job: Job) => string;
};

export async function extractInPool(jobs: readonly Job[], options: PoolOptions): Promise<string[]> {
  const results: string[] = new Array<string>(jobs.length);
  const batches: { start: number; jobs: Job[] }[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) batches.push({ start, jobs: jobs.slice(start, start + BATCH) });
  const workers = Math.max(0, Math.min(options.threads - 1, batches.length - 1));
  const data: WorkerData = { cacheRoot: options.cacheRoot, namespace: options.namespace };
  let next = 0;
  const started: Worker[] = [];

  const worker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const w = new Worker(BOOT, { workerData: data });
      started.push(w);
      let busy = false;
      w.on('message', (m: 'ready' | Done) => {
        if (m !== 'ready') {
          const start = batches[m.batch]!.start;
          m.entries.forEach((json, i) => (results[start + i] = json));
        }
        busy = false;
        const b = batches[next];
        if (!b) {
          resolve();
          return;
        }
        busy = true;
        w.postMessage({ batch: next++, jobs: b.jobs } satisfies Batch);
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        if (busy || code !== 0) reject(new Error(`an extraction worker stopped (exit code ${code})`));
      });
    });

  const main = async (): Promise<void> => {
    for (let b = batches[next]; b; b = batches[next]) {
      next++;
      b.jobs.forEach((job, i) => (results[b!.start + i] = options.local(job)));
      // Let the workers' answers in, and hand them their next batch.
      await new Promise((r) => setImmediate(r));
    }
  };

  try {
    await Promise.all([main(), ...Array.from({ length: workers }, worker)]);
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
  return results;
}
