// Hostile file names in content/ (issue 8): '..' inside a name, a newline, a 250-byte Vietnamese name,
// names that differ only in case or only in Unicode normalisation. Each is listed and read; the
// build succeeds; every file it writes is inside the output folder; and article URLs come from the
// record's slug (derived from the text), so no file name ever reaches a path. The files are made in
// a temporary folder here, never committed.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnreadable, listArticles, readSource } from '../../src/ingest/index.ts';
import type { ArticleRecord } from '../../src/records/schema.ts';
import { BUILD, filesUnder, ROOT } from '../site/build-helpers.ts';

const run = promisify(execFile);

const longName = (() => {
  let stem = '';
  while (Buffer.byteLength(`${stem}hội nghị .txt`) <= 250) stem += 'hội nghị ';
  while (Buffer.byteLength(`${stem}.txt`) < 250) stem += 'a';
  return `${stem}.txt`;
})();

/** Name → a distinct article: each file gives its own record and page. */
const NAMES: Record<string, string> = {
  dots: 'a..b.txt',
  dotsDir: '..bai..txt',
  newline: 'dòng một\ndòng hai.txt',
  long: longName,
  upper: 'Bai.txt',
  lower: 'bai.txt',
  nfc: 'hòa.txt'.normalize('NFC'),
  nfd: 'hòa.txt'.normalize('NFD'),
};

const article = (n: number, place: string) =>
  `Huyện ủy ${place} tổ chức hội nghị sơ kết lần ${n}\n\nSáng ngày ${n + 1}/3/2021, Huyện ủy ${place} tổ chức hội nghị sơ kết công tác quý I năm 2021. Đồng chí Nguyễn Văn ${String.fromCharCode(65 + n)} chủ trì hội nghị.\n`;

let parent: string;
let content: string;
let out: string;
const before: string[] = [];

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'bien-nien-hostile-names-'));
  content = join(parent, 'content');
  out = join(parent, 'site');
  mkdirSync(content);
  const places = ['Thạch Hà', 'Can Lộc', 'Hương Sơn', 'Kỳ Anh', 'Đức Thọ', 'Nghi Xuân', 'Cẩm Xuyên', 'Hương Khê'];
  Object.values(NAMES).forEach((name, i) => writeFileSync(join(content, name), article(i, places[i]!)));
  before.push(...readdirSync(content).sort());
});

afterAll(() => {
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe('hostile file names', () => {
  it('the file system holds them all as distinct files (case- and normalisation-sensitive)', () => {
    expect(Buffer.byteLength(NAMES.long!)).toBe(250);
    expect(NAMES.nfc).not.toBe(NAMES.nfd);
    // On a case- or normalisation-folding file system the pairs would be one file: the rest still holds.
    expect(before.length).toBeGreaterThanOrEqual(6);
  });

  it('listArticles finds every one, by its exact name, and reports no problem', async () => {
    const { files, problems } = await listArticles([content]);
    expect(problems).toEqual([]);
    expect(files.map((f) => relative(content, f)).sort()).toEqual([...before].filter((n) => !n.startsWith('.')).sort());
  });

  it('the name that starts with a dot is skipped as a dot-file, not read as a path', async () => {
    const { files } = await listArticles([content]);
    expect(files.some((f) => f.endsWith(NAMES.dotsDir!))).toBe(false);
  });

  it('each file is read, its own text', async () => {
    const { files } = await listArticles([content]);
    for (const file of files) {
      const source = await readSource(file);
      expect(isUnreadable(source), file).toBe(false);
      if (isUnreadable(source)) continue;
      const i = Object.values(NAMES).indexOf(relative(content, file));
      expect(source.text.startsWith(article(i, '').slice(0, 8)), file).toBe(true);
      expect(source.text).toContain(`lần ${i}`);
    }
  });

  describe('the build', () => {
    let records: ArticleRecord[];
    let written: string[];

    beforeAll(async () => {
      // The real CLI; no cache, so that every file the build writes is under `out`.
      await run(process.execPath, [...BUILD, '--content', content, '--out', out, '--no-cache', '--quiet'], {
        cwd: ROOT,
        env: { ...process.env, PATH_PREFIX: '', SITE_URL: '' },
        maxBuffer: 64 * 1024 * 1024,
      });
      records = JSON.parse(readFileSync(join(out, 'records.json'), 'utf8')) as ArticleRecord[];
      written = await filesUnder(out);
    });

    it('builds a page for every readable file, each named by its source file', () => {
      const listed = before.filter((n) => !n.startsWith('.'));
      expect(records.map((r) => r.sourceFile).sort()).toEqual(listed.sort());
      expect(new Set(records.map((r) => r.slug)).size).toBe(records.length);
    });

    it('writes nothing outside the output folder, and leaves content/ as it was', async () => {
      expect(readdirSync(parent).sort()).toEqual(['content', 'site']);
      expect(readdirSync(content).sort()).toEqual(before);
      for (const f of written) expect(f.split('/')).not.toContain('..');
    });

    it('puts each article at /bai-viet/<slug>/, the slug from its text: no file name reaches a path', () => {
      for (const r of records) {
        expect(r.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(written).toContain(`bai-viet/${r.slug}/index.html`);
      }
      const fragments = ['..', '\n', 'Bai', 'bai.txt', 'hòa', 'hòa'.normalize('NFD'), 'hội nghị hội'];
      for (const f of written) for (const bit of fragments) expect(f.includes(bit), `${JSON.stringify(f)} has ${JSON.stringify(bit)}`).toBe(false);
    });

    it('shows a source name with a newline as text on its page, not as markup', () => {
      const r = records.find((x) => x.sourceFile === NAMES.newline)!;
      expect(r).toBeDefined();
      const html = readFileSync(join(out, 'bai-viet', r.slug, 'index.html'), 'utf8');
      expect(html).not.toContain('<dòng');
    });
  });
});
