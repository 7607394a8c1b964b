// A worker thread of the extraction pool (src/cache/pool.ts): receives batches of jobs, extracts, and
// answers with the entries' JSON in the batch's order; when the pool closes, writes the entries it
// extracted to the cache as one pack.
import { parentPort, workerData } from 'node:worker_threads';
import { runJobs, type Job } from './job.ts';
import { CacheStore } from './store.ts';

export type WorkerData = { cacheRoot: string | null; namespace: string };
/** Jobs as they travel: their bytes one after another in one buffer, job i's ending at ends[i]. */
export type Batch = { batch: number; keys: string[]; paths: string[]; bytes: Uint8Array; ends: number[] };
export type Done = { batch: number; entries: string[] };

const data = workerData as WorkerData;
const store = data.cacheRoot ? new CacheStore(data.cacheRoot, data.namespace) : null;

parentPort!.on('message', (message: Batch | 'close') => {
  if (message === 'close') {
    store?.writePack();
    parentPort!.postMessage('closed');
    return;
  }
  const { keys, paths, bytes, ends } = message;
  const jobs: Job[] = keys.map((key, i) => ({ key, path: paths[i]!, bytes: bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]) }));
  const entries = runJobs(jobs).map(({ json, cacheable }, i) => {
    if (cacheable) store?.put(keys[i]!, json);
    return json;
  });
  parentPort!.postMessage({ batch: message.batch, entries } satisfies Done);
});
parentPort!.postMessage('ready');
