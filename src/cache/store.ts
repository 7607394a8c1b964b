// The extraction cache on disk: entries keyed by the hash of an article's bytes, in pack files under a
// directory named by the namespace (src/cache/key.ts):
//
//   .cache/records/<namespace>/<time>-<pid>-<thread>-<random>.pack     lines of "<key> <entry JSON>\n"
//
// Each thread of a build writes the entries it extracted as one pack: one file instead of one per
// article, which cost seconds at 20,000 articles on a busy disk. A pack is written under a temporary
// name as its entries come (a thread holds no more than LINES_PER_WRITE of them) and renamed into
// place when finished, so builds running at the same time can share the cache and never read half a
// pack. Entries are content-addressed: a key means the same entry in every pack, and where a
// key is in several packs the newest pack's line is taken (it is the one a damaged line was redone in).
// A build reads every pack into one index; when the packs hold more entries the build did not use than
// entries it did (articles edited or removed), or are many, it rewrites the entries it used as one pack
// and removes the packs it read. Deleting .cache/ is always safe.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writevSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { rememberJson } from '../records/json-text.ts';
import type { ArticleRecord, Message } from '../records/schema.ts';

/** What a cache entry holds: the record as extracted (before corrections), or why the file is unreadable. */
export type Entry = { record: ArticleRecord } | { unreadable: Message };

/** What every entry of a record begins with (JSON.stringify of { record }); the entry ends with "}". */
const RECORD_ENTRY_START = '{"record":';

/**
 * An entry's JSON → the entry, or null when it is damaged (a miss: extracted again). With `bytes`
 * (the same JSON in UTF-8), a record's own JSON text within them is remembered with the record
 * (src/records/json-text.ts), when the entry is exactly `{"record":<record>}`.
 */
export function parseEntry(json: string, bytes?: Uint8Array): Entry | null {
  try {
    const entry = JSON.parse(json) as { record?: ArticleRecord; unreadable?: Message };
    if (entry.record && typeof entry.record.id === 'string') {
      const exact = json.startsWith(`${RECORD_ENTRY_START}{`) && json.endsWith('}}') && Object.keys(entry).length === 1;
      if (bytes && exact) rememberJson(entry.record, bytes.subarray(RECORD_ENTRY_START.length, bytes.length - 1));
      return { record: entry.record };
    }
    if (entry.unreadable && typeof entry.unreadable.id === 'string') return { unreadable: entry.unreadable };
  } catch {
    // Damaged: extracted again and written anew.
  }
  return null;
}

const PACK = '.pack';
const TMP = '.tmp';
/** Keys are hex of this length (src/cache/key.ts entryKey); a line is the key, a space, the JSON. */
const KEY_LENGTH = 32;
const NEWLINE = 0x0a;
const SPACE = 0x20;
/** More packs than this are rewritten as one, so that a build never opens many small files. */
const MAX_PACKS = 8;
/** Lines handed to one writev call (systems take at most 1,024 buffers in one), and held until then. */
const LINES_PER_WRITE = 512;
/** A temporary pack this old is what a build stopped midway left (a build takes minutes). */
const STALE_TMP_MS = 60 * 60 * 1000;

/** Where an entry's line lies in a pack read into memory. */
type Place = { pack: Buffer; start: number; end: number };

export class CacheStore {
  readonly dir: string;
  private readonly root: string;
  private readonly namespace: string;
  private readonly index = new Map<string, Place>();
  private packsRead: string[] = [];
  private linesRead = 0;
  /** Entries of the index this build took (parsed without damage). */
  private readonly used = new Map<string, Place>();
  /** Entries this thread extracted and has not written yet, and the pack they go to. */
  private fresh: Buffer[] = [];
  private pack: PackWriter | null = null;

  constructor(root: string, namespace: string) {
    this.root = join(root, 'records');
    this.namespace = namespace;
    this.dir = join(this.root, namespace);
  }

  /** Reads every pack of the namespace into the index (once per build, in the main thread). */
  open(): this {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith(PACK)).sort();
    } catch {
      return this;
    }
    for (const name of names) {
      let pack: Buffer;
      try {
        pack = readFileSync(join(this.dir, name));
      } catch {
        continue; // removed by a build tidying up at the same time: its entries are misses
      }
      this.packsRead.push(name);
      for (let start = 0; start < pack.length;) {
        const end = pack.indexOf(NEWLINE, start);
        // A line without its newline is the damaged end of a pack: not an entry.
        if (end < 0) break;
        if (end > start + KEY_LENGTH + 1) {
          this.index.set(pack.toString('latin1', start, start + KEY_LENGTH), { pack, start, end: end + 1 });
          this.linesRead++;
        }
        start = end + 1;
      }
    }
    return this;
  }

  /** Keys in the index: entries the build may take without extracting. */
  get size(): number {
    return this.index.size;
  }

  /** The entry of these bytes' key, or null when absent or damaged. */
  get(key: string): Entry | null {
    const place = this.index.get(key);
    if (!place) return null;
    const start = place.start + KEY_LENGTH + 1;
    const entry = parseEntry(place.pack.toString('utf8', start, place.end - 1), place.pack.subarray(start, place.end - 1));
    if (entry) this.used.set(key, place);
    return entry;
  }

  /**
   * An entry this thread extracted, for its pack: written with the next LINES_PER_WRITE, so that the
   * entries of 20,000 articles (~110 MB) are not all held until the end of extraction.
   */
  put(key: string, json: string | Uint8Array): void {
    if (typeof json === 'string') this.fresh.push(Buffer.from(`${key} ${json}\n`));
    else {
      // The entry already in UTF-8: copied after its key, not encoded again.
      const line = Buffer.allocUnsafe(key.length + json.length + 2);
      line.write(key, 0, 'latin1');
      line[key.length] = SPACE;
      line.set(json, key.length + 1);
      line[line.length - 1] = NEWLINE;
      this.fresh.push(line);
    }
    if (this.fresh.length >= LINES_PER_WRITE) this.writeFresh();
  }

  /** Finishes the pack of the entries put since the last call: from now on other builds read it. */
  writePack(): void {
    this.writeFresh();
    this.pack?.finish();
    this.pack = null;
  }

  private writeFresh(): void {
    const lines = this.fresh;
    this.fresh = [];
    if (lines.length) (this.pack ??= new PackWriter(this.dir)).write(lines);
  }

  /**
   * After the build took what it needed: when the packs read hold more entries it did not use than
   * entries it did, or are many, the entries it used become one pack and the packs read are removed.
   * Entries of other namespaces (an older extractor's) are removed.
   */
  tidy(): void {
    const unused = this.linesRead - this.used.size;
    if (this.packsRead.length > MAX_PACKS || (unused > 0 && unused >= this.used.size)) {
      const lines = [...this.used.values()].map((p) => p.pack.subarray(p.start, p.end));
      const pack = new PackWriter(this.dir);
      pack.write(lines);
      if (pack.finish()) {
        for (const name of this.packsRead) rmSync(join(this.dir, name), { force: true });
        this.packsRead = [];
      }
    }
    this.removeStaleTemporaries();
    this.pruneOthers();
  }

  /** Temporary packs that builds stopped midway (interrupted, say) left behind. */
  private removeStaleTemporaries(now = Date.now()): void {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.startsWith('.') && n.endsWith(TMP));
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        if (now - statSync(path).mtimeMs > STALE_TMP_MS) rmSync(path, { force: true });
      } catch {
        // Renamed or removed meanwhile by the build that was writing it.
      }
    }
  }

  /** Removes the entries of other namespaces (an older extractor's records). */
  private pruneOthers(): void {
    let names: string[];
    try {
      names = readdirSync(this.root);
    } catch {
      return;
    }
    for (const name of names) if (name !== this.namespace) rmSync(join(this.root, name), { recursive: true, force: true });
  }
}

/**
 * One pack being written: lines go to a file under a temporary name as they come (created with the
 * first), which is renamed into place when finished. A cache that cannot be written (read-only
 * checkout, full disk) only makes the next build slower: the pack is then dropped, not half kept.
 */
class PackWriter {
  private readonly dir: string;
  private fd: number | null = null;
  private name = '';
  private failed = false;

  constructor(dir: string) {
    this.dir = dir;
  }

  private get tmp(): string {
    return join(this.dir, `.${this.name}${TMP}`);
  }

  write(lines: readonly Uint8Array[]): void {
    if (this.failed || lines.length === 0) return;
    try {
      if (this.fd === null) {
        // Names sort by time, so that the newest pack's line for a key is the one the index keeps.
        this.name = `${Date.now().toString(36).padStart(9, '0')}-${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`;
        mkdirSync(this.dir, { recursive: true });
        this.fd = openSync(this.tmp, 'w');
      }
      for (let i = 0; i < lines.length; i += LINES_PER_WRITE) writeAll(this.fd, lines.slice(i, i + LINES_PER_WRITE));
    } catch {
      this.abandon();
    }
  }

  /** Puts the pack in place; false when some of its lines could not be written (nothing is then kept). */
  finish(): boolean {
    if (this.fd === null) return !this.failed;
    try {
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.tmp, join(this.dir, `${this.name}${PACK}`));
      return true;
    } catch {
      this.abandon();
      return false;
    }
  }

  private abandon(): void {
    this.failed = true;
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // Already unusable: the file goes anyway.
      }
      this.fd = null;
    }
    try {
      if (this.name) rmSync(this.tmp, { force: true });
    } catch {
      // Not there to remove (its directory could not be made, say).
    }
  }
}

/**
 * The lines written as they are, without joining them into one more copy first (Buffer.concat of a
 * pack took ~0.2 processor seconds per thread at 20,000 articles). A write may stop short: it goes
 * on from the first byte not written.
 */
export function writeAll(fd: number, lines: readonly Uint8Array[], writev: (fd: number, buffers: Uint8Array[]) => number = writevSync): void {
  let rest = lines.filter((line) => line.length > 0);
  while (rest.length) {
    let written = writev(fd, rest);
    let first = 0;
    while (first < rest.length && written >= rest[first]!.length) written -= rest[first++]!.length;
    rest = rest.slice(first);
    if (written > 0) rest[0] = rest[0]!.subarray(written);
  }
}
