// One article's extraction as the cache stores it: bytes in, the JSON text of an Entry out. The same
// function runs in worker threads and in the main thread, so a record is the same wherever it was
// made; the JSON round trip is the one a cached record takes, so cold and warm builds agree byte for byte.
import { extractEach } from '../extract/index.ts';
import { isUnreadable, sourceFromBytes, type Source } from '../ingest/index.ts';
import type { Entry } from './store.ts';

export type Job = { key: string; path: string; bytes: Uint8Array };

/** Piece i of pieces laid one after another in `bytes`, piece i ending at ends[i]: how batches travel between threads. */
export const pieceAt = (bytes: Uint8Array, ends: readonly number[], i: number): Uint8Array => bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);
/** The entry's JSON, and whether it may be cached (an extractor that threw is not remembered). */
export type Ran = { json: string; cacheable: boolean };

/** Each job's entry, the jobs extracted together (src/extract extractEach: faster than one by one). */
export function runJobs(jobs: readonly Job[]): Ran[] {
  const out: Ran[] = new Array(jobs.length);
  const sources: Source[] = [];
  const sourceAt: number[] = [];
  jobs.forEach((job, i) => {
    try {
      const source = sourceFromBytes(job.path, job.bytes);
      if (isUnreadable(source)) out[i] = ran({ unreadable: source.message });
      else {
        sources.push(source);
        sourceAt.push(i);
      }
    } catch (error) {
      out[i] = failed(error);
    }
  });
  extractEach(sources).forEach((result, n) => (out[sourceAt[n]!] = 'failed' in result ? failed(result.failed) : ran({ record: result })));
  return out;
}

export function runJob(job: Job): Ran {
  return runJobs([job])[0]!;
}

function ran(entry: Entry): Ran {
  try {
    return { json: JSON.stringify(entry), cacheable: true };
  } catch (error) {
    return failed(error);
  }
}

/** A bug in a rule must cost one article, not the build: the file is skipped with the reason. */
function failed(error: unknown): Ran {
  const reason = `the extractor failed on this file: ${error instanceof Error ? error.message : String(error)}`;
  return { json: JSON.stringify({ unreadable: { id: 'extract/failed', severity: 'fatal', reason } } satisfies Entry), cacheable: false };
}
