// The cache's pack files: entries written by several threads and builds are all found, the newest
// pack's line wins, a damaged pack costs only its damaged entries, and packs that hold mostly entries
// no build uses any more, or are many, are rewritten as one.
import { mkdtemp, readdir, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheStore, parseEntry, writeAll } from '../../src/cache/store.ts';
import { recordJson } from '../../src/records/json-text.ts';
import type { ArticleRecord } from '../../src/records/schema.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'bien-nien-store-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const key = (n: number) => n.toString(16).padStart(32, '0');
const entry = (n: number, text = `bài ${n}`) => JSON.stringify({ record: { id: `id-${n}`, title: text } });
const packs = async () => (await readdir(join(root, 'records', 'ns'))).filter((f) => f.endsWith('.pack')).sort();

/** A build's thread: puts entries and writes them as one pack. */
function write(entries: [number, string?][]): void {
  const store = new CacheStore(root, 'ns');
  for (const [n, text] of entries) store.put(key(n), entry(n, text));
  store.writePack();
}

describe('the cache store', () => {
  it('finds what every thread wrote, Vietnamese text intact, and nothing else', async () => {
    write([[1], [2, 'Hội nghị Ban Chấp hành Đảng bộ huyện Vĩnh Thuận']]);
    write([[3]]);
    expect(await packs()).toHaveLength(2);
    const store = new CacheStore(root, 'ns').open();
    expect(store.size).toBe(3);
    expect(store.get(key(2))).toEqual({ record: { id: 'id-2', title: 'Hội nghị Ban Chấp hành Đảng bộ huyện Vĩnh Thuận' } });
    expect(store.get(key(3))).toEqual({ record: { id: 'id-3', title: 'bài 3' } });
    expect(store.get(key(4))).toBeNull();
  });

  it('takes the newest pack’s line for a key, and a cut-off pack’s whole lines only', async () => {
    write([[1, 'cũ'], [2]]);
    await new Promise((r) => setTimeout(r, 5));
    write([[1, 'mới'], [3]]);
    const [, newest] = await packs();
    // The last line loses its end, as a pack damaged on disk would.
    const file = join(root, 'records', 'ns', newest!);
    await truncate(file, (await stat(file)).size - 5);
    const store = new CacheStore(root, 'ns').open();
    expect(store.get(key(1))).toEqual({ record: { id: 'id-1', title: 'mới' } });
    expect(store.get(key(2))).not.toBeNull();
    expect(store.get(key(3))).toBeNull();
  });

  it('rewrites as one pack the entries used, once most entries are unused, and removes other namespaces', async () => {
    write([[1], [2], [3], [4]]);
    mkdirSync(join(root, 'records', 'old-namespace'), { recursive: true });
    const store = new CacheStore(root, 'ns').open();
    expect(store.get(key(1))).not.toBeNull();
    store.tidy();
    const left = await packs();
    expect(left).toHaveLength(1);
    const again = new CacheStore(root, 'ns').open();
    expect(again.size).toBe(1);
    expect(again.get(key(1))).toEqual({ record: { id: 'id-1', title: 'bài 1' } });
    expect(await readdir(join(root, 'records'))).toEqual(['ns']);
  });

  it('keeps the packs while most of what they hold is used, and rewrites them once they are many', async () => {
    for (let n = 1; n <= 9; n++) write([[n]]);
    const few = new CacheStore(root, 'ns').open();
    for (let n = 1; n <= 9; n++) few.get(key(n));
    few.tidy();
    expect(await packs()).toHaveLength(1);
    write([[10]]);
    const two = new CacheStore(root, 'ns').open();
    for (let n = 1; n <= 10; n++) two.get(key(n));
    two.tidy();
    expect(await packs()).toHaveLength(2);
  });

  it('writes a long pack as its entries come, and no other build sees it before it is finished', async () => {
    const store = new CacheStore(root, 'ns');
    for (let n = 1; n <= 1300; n++) store.put(key(n), entry(n));
    const dir = join(root, 'records', 'ns');
    const [tmp, ...others] = await readdir(dir);
    expect(others).toEqual([]);
    expect(tmp).toMatch(/^\..*\.tmp$/);
    // Two writes of 512 lines are in the file already; the last 276 are still held.
    const lineBytes = (n: number) => Buffer.byteLength(`${key(n)} ${entry(n)}\n`);
    let written = 0;
    for (let n = 1; n <= 1024; n++) written += lineBytes(n);
    expect((await stat(join(dir, tmp!))).size).toBe(written);
    expect(new CacheStore(root, 'ns').open().size).toBe(0);
    store.writePack();
    expect(await readdir(dir)).toEqual(await packs());
    const again = new CacheStore(root, 'ns').open();
    expect(again.size).toBe(1300);
    expect(again.get(key(1300))).toEqual({ record: { id: 'id-1300', title: 'bài 1300' } });
  });

  it('removes the temporary packs that an interrupted build left, not one being written now', async () => {
    write([[1]]);
    const dir = join(root, 'records', 'ns');
    await writeFile(join(dir, '.0old-1-0-aaaa.tmp'), `${key(2)} ${entry(2)}\n`);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    await utimes(join(dir, '.0old-1-0-aaaa.tmp'), twoHoursAgo, twoHoursAgo);
    await writeFile(join(dir, '.0new-2-0-bbbb.tmp'), `${key(3)} ${entry(3)}\n`);
    const store = new CacheStore(root, 'ns').open();
    store.get(key(1));
    store.tidy();
    expect((await readdir(dir)).sort()).toEqual(['.0new-2-0-bbbb.tmp', ...(await packs())]);
  });

  it('a cache it cannot write to is only not written: the build goes on', async () => {
    // Where the namespace's directory should be, a file: no pack can be created there.
    mkdirSync(join(root, 'records'), { recursive: true });
    await writeFile(join(root, 'records', 'ns'), 'not a directory');
    const store = new CacheStore(root, 'ns');
    expect(() => {
      for (let n = 1; n <= 600; n++) store.put(key(n), entry(n));
      store.writePack();
    }).not.toThrow();
    expect(await readdir(join(root, 'records'))).toEqual(['ns']);
    expect((await stat(join(root, 'records', 'ns'))).isFile()).toBe(true);
  });

  it('a damaged entry is a miss, and is not kept when the packs are rewritten', async () => {
    write([[1], [2]]);
    const [pack] = await packs();
    await writeFile(join(root, 'records', 'ns', pack!), `${key(1)} {"record": {\n${key(2)} ${entry(2)}\n`);
    const store = new CacheStore(root, 'ns').open();
    expect(store.get(key(1))).toBeNull();
    expect(store.get(key(2))).not.toBeNull();
    store.tidy();
    const again = new CacheStore(root, 'ns').open();
    expect(again.size).toBe(1);
    expect(again.get(key(2))).not.toBeNull();
  });
});

describe('writing a pack’s lines', () => {
  it('goes on from the first byte not written when the system writes less than asked', () => {
    const lines = ['aaa\n', '', 'bb\n', 'Hội nghị\n'].map((t) => Buffer.from(t));
    const out: number[] = [];
    let calls = 0;
    // A system that takes at most 4 bytes a call, wherever they fall among the buffers.
    const shortWritev = (_fd: number, buffers: Uint8Array[]) => {
      calls++;
      let taken = 0;
      for (const b of buffers) for (const byte of b) if (taken < 4) (out.push(byte), taken++);
      return taken;
    };
    writeAll(7, lines, shortWritev);
    expect(Buffer.from(out).toString('utf8')).toBe('aaa\nbb\nHội nghị\n');
    expect(calls).toBe(Math.ceil(Buffer.byteLength('aaa\nbb\nHội nghị\n') / 4));
  });
});

describe('parseEntry', () => {
  const record = { id: 'abc', title: 'Hội nghị Ban Chấp hành Đảng bộ huyện Vĩnh Thuận', body: ['Đ'] };
  const recordOf = (entry: ReturnType<typeof parseEntry>) => (entry as { record: ArticleRecord }).record;

  it('remembers the record’s own JSON text, within the entry’s bytes, for records.json, once', () => {
    const json = JSON.stringify({ record });
    const entry = parseEntry(json, Buffer.from(json));
    expect(recordOf(entry)).toEqual(record);
    const known = recordJson(recordOf(entry));
    expect(known).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(known as Uint8Array).toString('utf8')).toBe(JSON.stringify(record));
    // Given out, it is let go: the next call serialises the record.
    expect(recordJson(recordOf(entry))).toBe(JSON.stringify(record));
  });

  it('remembers nothing for an entry that is not exactly {"record": …}, or without its bytes', () => {
    const extra = JSON.stringify({ record, note: 1 });
    expect(recordJson(recordOf(parseEntry(extra, Buffer.from(extra))))).toBe(JSON.stringify(record));
    const spaced = `{"record": ${JSON.stringify(record)}}`;
    expect(recordJson(recordOf(parseEntry(spaced, Buffer.from(spaced))))).toBe(JSON.stringify(record));
    expect(recordJson(recordOf(parseEntry(JSON.stringify({ record }))))).toBe(JSON.stringify(record));
  });
});
