// The extraction cache on disk: one small JSON file per article, named by the hash of its bytes,
// under a directory named by the namespace (src/cache/key.ts):
//
//   .cache/records/<namespace>/<2 hex>/<key>.json
//
// Content-addressed, so builds running at the same time can share it: an entry is written to a
// temporary name and renamed into place, never seen half-written. Deleting .cache/ is always safe.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** What a cache entry holds: the record as extracted (before corrections), or why the file is unreadable. */
export type Entry = { record: unknown } | { unreadable: unknown };

export class CacheStore {
  readonly dir: string;
  private readonly root: string;
  private readonly namespace: string;
  private made = new Set<string>();
  private serial = 0;

  constructor(root: string, namespace: string) {
    this.root = join(root, 'records');
    this.namespace = namespace;
    this.dir = join(this.root, namespace);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The entry's JSON text, or null when absent. */
  async get(key: string): Promise<string | null> {
    try {
      return await readFile(this.pathOf(key), 'utf8');
    } catch {
      return null;
    }
  }

  /** Synchronous: called from worker threads, where blocking is harmless, and after extraction. */
  put(key: string, json: string): void {
    const sub = join(this.dir, key.slice(0, 2));
    try {
      if (!this.made.has(sub)) {
        mkdirSync(sub, { recursive: true });
        this.made.add(sub);
      }
      const tmp = join(sub, `.${key}.${process.pid}-${threadId}-${this.serial++}.tmp`);
      writeFileSync(tmp, json);
      renameSync(tmp, this.pathOf(key));
    } catch {
      // A cache that cannot be written (read-only checkout, full disk) only makes the next build slower.
    }
  }

  /** Removes the entries of other namespaces (an older extractor's records). */
  pruneOthers(): void {
    let names: string[];
    try {
      names = readdirSync(this.root);
    } catch {
      return;
    }
    for (const name of names) if (name !== this.namespace) rmSync(join(this.root, name), { recursive: true, force: true });
  }
}
