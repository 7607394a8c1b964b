// Extraction across the machine's cores: the main thread and `threads - 1` worker threads take
// batches of articles from one queue as they finish the last, so a slow article does not hold up the
// rest. Workers are started before there is work for them (they take about half a second to load the
// extractor) and take batches as the caller adds them, while it is still listing and reading the
// articles; the main thread, whose extractor is already loaded, joins in when it has read them all.
// Results land at their job's index: the order of records never depends on which thread was faster
// or on how many there were.
import { Worker } from 'node:worker_threads';
import { bundleFile, threadExecArgv } from '../threads/bundle.mjs';
import { pieceAt, type Job } from './job.ts';
import type { Batch, Done, WorkerData } from './worker.ts';

/** Small enough to balance the threads at the end, large enough that messages cost nothing. */
export const BATCH = 32;
/**
 * Batches a worker holds at once: the main thread answers a worker only between its own batches, so a
 * worker with a single batch would wait for it, idle, once per batch (a quarter of its time at 20,000).
 * Two (~20 ms of work) did not cover the main thread's longer stretches (a collection, a batch of its
 * own and the entries to parse): with four, extracting 20,000 articles took 4.6–5.0 s instead of
 * 5.0–5.5 in five of six alternating pairs of cold builds, the build 0.3 s less on average. A worker
 * may then finish up to four batches (~40 ms) after the main thread.
 */
const IN_FLIGHT = 4;

/** An entry's JSON, and the same in UTF-8. */
export type Encoded = { json: string; bytes: Uint8Array };

type Slot = { worker: Worker; ready: boolean; inFlight: number; worked: boolean };

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly batches: { start: number; jobs: readonly Job[] }[] = [];
  private readonly take: (index: number, json: string, bytes: Uint8Array) => void;
  /** Jobs added so far: the next job's index. */
  private added = 0;
  private next = 0;
  private done = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private closed: Promise<void> | null = null;

  /**
   * Starts `workers` worker threads loading the extractor; each writes its cache pack when closed.
   * Each job's entry (JSON, and the same in UTF-8) is handed to `take` with the job's index as it
   * arrives, in the main thread between its own work, so that what the caller does with an entry is
   * shared out like the rest. The bytes are the batch's: `take` copies what it keeps.
   */
  private constructor(script: URL | null, workers: number, data: WorkerData, take: (index: number, json: string, bytes: Uint8Array) => void) {
    this.take = take;
    for (let i = 0; script && i < workers; i++) {
      const slot: Slot = { worker: new Worker(script, { workerData: data, execArgv: threadExecArgv() }), ready: false, inFlight: 0, worked: false };
      slot.worker.on('message', (m: 'ready' | 'closed' | Done) => {
        if (m === 'closed') return;
        if (m === 'ready') slot.ready = true;
        else {
          slot.inFlight--;
          this.settle(m.batch, m.entries.map((json, i) => ({ json, bytes: pieceAt(m.bytes, m.ends, i) })));
        }
        this.feed(slot);
      });
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (slot.inFlight > 0 || code !== 0) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  /** A pool of `workers` threads (none: the caller extracts every batch), loading their code. */
  static async start(workers: number, data: WorkerData, take: (index: number, json: string, bytes: Uint8Array) => void): Promise<ExtractionPool> {
    return new ExtractionPool(workers > 0 ? await bundleFile('extract') : null, workers, data, take);
  }

  /** More jobs, numbered on from the last: ready workers take them at once, while the caller goes on. */
  add(jobs: readonly Job[]): void {
    for (let from = 0; from < jobs.length; from += BATCH) this.batches.push({ start: this.added + from, jobs: jobs.slice(from, from + BATCH) });
    this.added += jobs.length;
    for (const slot of this.slots) this.feed(slot);
  }

  /** The main thread extracts (`local`) the batches no worker has taken, then waits for the workers' last ones. */
  async finish(local: (jobs: readonly Job[]) => Encoded[]): Promise<void> {
    for (let b = this.batches[this.next]; b && !this.failure; b = this.batches[this.next]) {
      const batch = this.next++;
      this.settle(batch, local(b.jobs));
      // Let the workers' answers in, and hand them their next batch.
      await new Promise((r) => setImmediate(r));
    }
    while (this.done < this.batches.length && !this.failure) await new Promise<void>((r) => (this.wake = r));
    if (this.failure) throw this.failure;
  }

  /** Workers that extracted write their cache packs, then every worker stops (once, however often asked). */
  close(): Promise<void> {
    this.closed ??= (async () => {
      const closing = this.slots.filter((s) => s.worked && !this.failure).map(
        (s) => new Promise<void>((resolve) => {
          s.worker.on('message', (m) => m === 'closed' && resolve());
          s.worker.once('exit', () => resolve());
          s.worker.postMessage('close');
        }),
      );
      await Promise.all(closing);
      await Promise.all(this.slots.map((s) => s.worker.terminate()));
    })();
    return this.closed;
  }

  private feed(slot: Slot): void {
    for (let b = this.batches[this.next]; slot.ready && slot.inFlight < IN_FLIGHT && b && !this.failure; b = this.batches[this.next]) {
      slot.inFlight++;
      slot.worked = true;
      // The articles' bytes travel in one buffer, handed over rather than copied.
      const bytes = new Uint8Array(b.jobs.reduce((n, job) => n + job.bytes.length, 0));
      const ends: number[] = [];
      let end = 0;
      for (const job of b.jobs) {
        bytes.set(job.bytes, end);
        ends.push((end += job.bytes.length));
      }
      const batch: Batch = { batch: this.next++, keys: b.jobs.map((j) => j.key), paths: b.jobs.map((j) => j.path), bytes, ends };
      slot.worker.postMessage(batch, [bytes.buffer]);
    }
  }

  private settle(batch: number, entries: readonly Encoded[]): void {
    const start = this.batches[batch]!.start;
    entries.forEach(({ json, bytes }, i) => this.take(start + i, json, bytes));
    this.done++;
    if (this.done === this.batches.length) this.wake?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake?.();
  }
}

/** One pool for one list of jobs: started, used and closed. */
export async function extractInPool(jobs: readonly Job[], options: WorkerData & { threads: number; local: (jobs: readonly Job[]) => string[] }): Promise<Encoded[]> {
  const results = new Array<Encoded>(jobs.length);
  const pool = await ExtractionPool.start(Math.max(0, options.threads - 1), { cacheRoot: options.cacheRoot, namespace: options.namespace }, (i, json, bytes) => (results[i] = { json, bytes }));
  try {
    pool.add(jobs);
    await pool.finish((batch) => options.local(batch).map((json) => ({ json, bytes: Buffer.from(json) })));
    return results;
  } finally {
    await pool.close();
  }
}
