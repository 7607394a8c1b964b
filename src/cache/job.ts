// One article's extraction as the cache stores it: bytes in, the JSON text of an Entry out. The same
// function runs in worker threads and in the main thread, so a record is the same wherever it was
// made; the JSON round trip is the one a cached record takes, so cold and warm builds agree byte for byte.
import { extract } from '../extract/index.ts';
import { isUnreadable, sourceFromBytes } from '../ingest/index.ts';
import type { Entry } from './store.ts';

export type Job = { key: string; path: string; bytes: Uint8Array };

/** The entry's JSON, and whether it may be cached (an extractor that threw is not remembered). */
export function runJob(job: Job): { json: string; cacheable: boolean } {
  try {
    const source = sourceFromBytes(job.path, job.bytes);
    const entry: Entry = isUnreadable(source) ? { unreadable: source.message } : { record: extract(source) };
    return { json: JSON.stringify(entry), cacheable: true };
  } catch (error) {
    // A bug in a rule must cost one article, not the build: the file is skipped with the reason.
    const reason = `the extractor failed on this file: ${error instanceof Error ? error.message : String(error)}`;
    return { json: JSON.stringify({ unreadable: { id: 'extract/failed', severity: 'fatal', reason } } satisfies Entry), cacheable: false };
  }
}
