// Stable URLs and duplicates, in process: an article's address depends on its own date, title and
// text, never on its file name, its folder, the order of files or the other articles.
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/corpus.ts';
import { loadSite, summary } from '../../src/site/load.ts';
import { urlFor } from '../../src/site/urls.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let tmp: string;
let content: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'bien-nien-urls-'));
  content = join(tmp, 'content');
  await cp(join(ROOT, 'content'), content, { recursive: true });
  for (let i = 0; i < 20; i++) {
    const a = generateArticle(i);
    await writeFile(join(content, a.file), a.text);
  }
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const load = () => loadSite(content, { cacheDir: join(tmp, 'cache'), threads: 1 });
/** Article id → its page's URL. */
async function urls(): Promise<Map<string, string>> {
  const { records } = await load();
  return new Map(records.map((r) => [r.id, urlFor.article(r)]));
}

describe('article URLs', () => {
  it('are date, title and a short content hash', async () => {
    const { records } = await load();
    const vinhThuan = records.find((r) => r.sourceFile === '002_6e5d7d1bc601a596.txt')!;
    expect(urlFor.article(vinhThuan)).toMatch(/^\/bai-viet\/2020-07-28-hoi-nghi-ban-chap-hanh-dang-bo-huyen-lan-thu-2-[a-z0-9-]*[0-9a-f]{6}\/$/);
    expect(vinhThuan.slug.endsWith(vinhThuan.id.slice(0, 6))).toBe(true);
    expect(new Set(records.map((r) => r.slug)).size).toBe(records.length);
  });

  it('do not move when articles are added, removed or renamed, or files reordered', async () => {
    const before = await urls();
    expect(before.size).toBe(25);

    // Added: two more articles, one sorting before every other file.
    const extra = [generateArticle(500), { ...generateArticle(501), file: '0000 Bài đầu tiên.txt' }];
    for (const a of extra) await writeFile(join(content, a.file), a.text);
    const added = await urls();
    expect(added.size).toBe(27);
    for (const [id, url] of before) expect(added.get(id), id).toBe(url);

    // Removed: the new ones and one of the seeds.
    for (const a of extra) await rm(join(content, a.file));
    const seed = join(content, '001_797acb88c0c63cd6.txt');
    const seedText = await readFile(seed);
    await rm(seed);
    const removed = await urls();
    expect(removed.size).toBe(24);
    for (const [id, url] of removed) expect(url, id).toBe(before.get(id));

    // Renamed and moved into a folder with a Vietnamese name, spaces and capitals: the same URL.
    await writeFile(seed, seedText);
    await mkdir(join(content, 'Hà Tĩnh', 'Năm 2022'), { recursive: true });
    await rename(seed, join(content, 'Hà Tĩnh', 'Năm 2022', 'THÀNH ỦY giao ban.txt'));
    await rename(join(content, '003_f66d6dc4a8e384f9.txt'), join(content, 'zz-cuối.txt'));
    const renamed = await urls();
    expect(renamed).toEqual(before);
  });
});

describe('the same article saved twice', () => {
  it('gives one page, and a message naming both files', async () => {
    const before = await load();
    const original = join(content, '004_349bdbca796e081d.txt');
    const text = await readFile(original, 'utf8');
    // The same text after normalisation: Windows line endings, trailing spaces, an extra blank line.
    const copy = join(content, 'Bản sao (1).txt');
    await writeFile(copy, `${text.replace(/\n/g, ' \r\n')}\r\n`);
    try {
      const after = await load();
      expect(after.site.total).toBe(before.site.total);
      expect(after.duplicates).toHaveLength(1);
      const [first, second] = after.duplicates[0]!;
      expect(first.id).toBe(second.id);
      expect([first.sourceFile, second.sourceFile].sort()).toEqual(['004_349bdbca796e081d.txt', 'Bản sao (1).txt']);
      expect(summary(after)).toMatch(/duplicate (004_349bdbca796e081d\.txt|Bản sao \(1\)\.txt): same article as (Bản sao \(1\)\.txt|004_349bdbca796e081d\.txt)/);
      expect(urlFor.article(after.records.find((r) => r.id === first.id)!)).toBe(urlFor.article(before.records.find((r) => r.id === first.id)!));
    } finally {
      await rm(copy);
    }
  });
});
