// A worker thread of the extraction pool (src/cache/pool.ts): receives batches of jobs, extracts, and
// answers with the entries' JSON in the batch's order; when the pool closes, writes the entries it
// extracted to the cache as one pack.
import { parentPort, workerData } from 'node:worker_threads';
import { pieceAt, runJobs, type Job } from './job.ts';
import { CacheStore } from './store.ts';

export type WorkerData = { cacheRoot: string | null; namespace: string };
/** Jobs as they travel: their bytes one after another in one buffer, job i's ending at ends[i]. */
export type Batch = { batch: number; keys: string[]; paths: string[]; bytes: Uint8Array; ends: number[] };
/** Entries as they come back: their JSON, and the same in UTF-8, one after another in `bytes` (entry i's ending at ends[i]). */
export type Done = { batch: number; entries: string[]; bytes: Uint8Array; ends: number[] };

const data = workerData as WorkerData;
const store = data.cacheRoot ? new CacheStore(data.cacheRoot, data.namespace) : null;

/** Where a batch's entries are encoded, reused from batch to batch. */
let scratch = Buffer.alloc(0);

parentPort!.on('message', (message: Batch | 'close') => {
  if (message === 'close') {
    store?.writePack();
    parentPort!.postMessage('closed');
    return;
  }
  const { keys, paths, bytes, ends } = message;
  const jobs: Job[] = keys.map((key, i) => ({ key, path: paths[i]!, bytes: pieceAt(bytes, ends, i) }));
  const ran = runJobs(jobs);
  // Each entry is encoded once, here: for this thread's pack and for the main thread's records.json,
  // which would otherwise encode it again (~0.3 processor seconds there at 20,000 articles).
  // UTF-8 takes at most three bytes for a UTF-16 unit; what is sent is cut to what was written.
  const most = ran.reduce((n, { json }) => n + 3 * json.length, 0);
  if (scratch.length < most) scratch = Buffer.allocUnsafeSlow(most);
  const outEnds: number[] = [];
  let end = 0;
  ran.forEach(({ json, cacheable }, i) => {
    const start = end;
    end += scratch.write(json, start);
    outEnds.push(end);
    if (cacheable) store?.put(keys[i]!, scratch.subarray(start, end));
  });
  const out = new Uint8Array(end);
  out.set(scratch.subarray(0, end));
  const entries = ran.map((r) => r.json);
  parentPort!.postMessage({ batch: message.batch, entries, bytes: out, ends: outEnds } satisfies Done, [out.buffer]);
});
parentPort!.postMessage('ready');
