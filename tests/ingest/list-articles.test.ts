// listArticles: nested folders, names of every kind, dot-files, and symlinks that loop.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticles } from '../../src/ingest/index.ts';

let root: string;
const put = (rel: string, text = 'Hội nghị Tỉnh ủy.') => {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bien-nien-list-'));
  put('a.txt');
  put('Hà Tĩnh/Thạch Hà/hội nghị quý I.txt');
  put('Hà Tĩnh/BAI VIET.TXT');
  put('Hà Tĩnh/ghi chú.md');
  put('Hà Tĩnh/ảnh.png', 'not an article');
  put('Hà Tĩnh/.nháp.txt');
  put('.git/config.txt');
  put('nam 2022/thang 4/bai 1.txt');
  // Loops: a link to an ancestor, and a link to itself.
  symlinkSync(join(root, 'Hà Tĩnh'), join(root, 'Hà Tĩnh/Thạch Hà/vòng lặp'));
  symlinkSync(join(root, 'self'), join(root, 'self'));
  // Another way into a folder already listed, and a link to nowhere.
  symlinkSync(join(root, 'nam 2022'), join(root, 'z-bản sao'));
  symlinkSync(join(root, 'không có.txt'), join(root, 'hỏng.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listArticles', () => {
  it('finds .txt and .md files at any depth, any name, any case; skips dot-files and other files', async () => {
    const { files } = await listArticles([root]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual([
      'Hà Tĩnh/BAI VIET.TXT',
      'Hà Tĩnh/Thạch Hà/hội nghị quý I.txt',
      'Hà Tĩnh/ghi chú.md',
      'a.txt',
      'nam 2022/thang 4/bai 1.txt',
    ]);
  });

  it('does not hang on a symlink loop, and names each problem', async () => {
    const { problems } = await listArticles([root]);
    const byPath = Object.fromEntries(problems.map((p) => [p.path.slice(root.length + 1), p.message]));
    expect(byPath['Hà Tĩnh/Thạch Hà/vòng lặp']).toMatchObject({ id: 'ingest/symlink-loop', severity: 'warning' });
    expect(byPath['self']).toMatchObject({ id: 'ingest/symlink-loop' });
    expect(byPath['z-bản sao']).toMatchObject({ id: 'ingest/symlink-duplicate', severity: 'info' });
    expect(byPath['hỏng.txt']).toMatchObject({ id: 'ingest/unreadable', severity: 'fatal' });
    expect(problems).toHaveLength(4);
  });

  it('takes a file given by name whatever its extension, and reports a missing one', async () => {
    const { files, problems } = await listArticles([join(root, 'Hà Tĩnh/ảnh.png'), join(root, 'không có')]);
    expect(files).toEqual([join(root, 'Hà Tĩnh/ảnh.png')]);
    expect(problems.map((p) => p.message.id)).toEqual(['ingest/unreadable']);
  });

  it('lists the same tree the same way every time', async () => {
    expect(await listArticles([root])).toEqual(await listArticles([root]));
  });
});
