// The seed archive with every bad-input fixture dropped in beside it (issue 8): the build succeeds,
// names each file it had to skip with the reason's id, and the seed articles' records and pages
// are what they are without the bad files. Built once, with the real CLI.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/records/schema.ts';
import { writeFixtures } from '../fixtures/bad/make-fixtures.ts';
import { BUILD, buildInto, readPages, ROOT } from './build-helpers.ts';

let content: string;
let alone: string;
let mixed: string;
let stderr: string;

/** Every fatal fixture and the message id the summary must give for it. */
const SKIPPED = {
  'empty.txt': 'ingest/empty',
  'whitespace-only.txt': 'ingest/empty',
  'image-renamed.txt': 'ingest/binary',
  'binary-noise.txt': 'ingest/binary',
  'utf8-bom-undecodable.txt': 'ingest/undecodable',
};

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'bien-nien-bad-archive-'));
  await cp(join(ROOT, 'content'), content, { recursive: true });
  writeFixtures(content);
  // The large files: a 20 MB text of real sentences, and one 1 MB line.
  const sentence = 'Sáng ngày 5/3/2021, Huyện ủy tổ chức hội nghị sơ kết công tác quý I. ';
  await writeFile(join(content, 'huge.txt'), `Hội nghị rất dài\n\n${sentence.repeat(Math.ceil(20_000_000 / Buffer.byteLength(sentence)))}\n`);
  await writeFile(join(content, 'one-line.txt'), `${'Huyện ủy tổ chức hội nghị, '.repeat(40_000)}\n`);
  const out = await mkdtemp(join(tmpdir(), 'bien-nien-bad-site-'));
  const run = await promisify(execFile)(process.execPath, [...BUILD, '--content', content, '--out', out, '--no-cache'], {
    cwd: ROOT,
    env: { ...process.env, PATH_PREFIX: '', SITE_URL: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  stderr = run.stderr;
  mixed = out;
  alone = await buildInto(join(ROOT, 'content'));
}, 300_000);

afterAll(async () => {
  await Promise.all([content, alone, mixed].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the seed archive with every bad fixture beside it, a 20 MB article and a 1 MB line', () => {
  it('names each skipped file with the id of its reason, and counts them', () => {
    for (const [file, id] of Object.entries(SKIPPED)) expect(stderr).toContain(`skipped ${file}: ${id}:`);
    expect(stderr).toMatch(new RegExp(`skipped ${Object.keys(SKIPPED).length}\\b`));
  });

  it('keeps the seed records exactly as they are without the bad files', async () => {
    const seeds = JSON.parse(await readFile(join(alone, 'records.json'), 'utf8')) as ArticleRecord[];
    const all = JSON.parse(await readFile(join(mixed, 'records.json'), 'utf8')) as ArticleRecord[];
    for (const seed of seeds) expect(all.find((r) => r.sourceFile === seed.sourceFile), seed.sourceFile).toEqual(seed);
  });

  it('draws each seed article at the same address with the same record on its page', async () => {
    const seedPages = await readPages(alone);
    const mixedPages = await readPages(mixed);
    const articles = [...seedPages.values()].filter((p) => /^\/bai-viet\/[^/]+\/$/.test(p.url) && !p.url.includes('/trang-'));
    expect(articles.length).toBe(5);
    for (const page of articles) {
      const other = mixedPages.get(page.url);
      expect(other, page.url).toBeDefined();
      // The record as shown; the links to the previous and next article in the province may differ,
      // as the readable fixtures are articles too.
      const record = (p: typeof page) => p.document.querySelector('article.record')!.outerHTML;
      expect(record(other!), page.url).toBe(record(page));
    }
  });

  it('reads each readable fixture, whatever its encoding, as the same article, and the huge files too', async () => {
    const all = JSON.parse(await readFile(join(mixed, 'records.json'), 'utf8')) as ArticleRecord[];
    const has = (file: string) => all.some((r) => r.sourceFile === file);
    // The encoded fixtures all hold one article: decoded right, they are one text, so one page,
    // and the summary names every other file as a duplicate of it.
    const encoded = ['utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'utf16le-no-bom.txt', 'utf16be-no-bom.txt', 'windows-1258.txt', 'nfd.txt', 'mixed-line-endings.txt', 'tcvn3.txt', 'vni.txt', 'tcvn3-resaved-utf8.txt', 'saved-page.txt'];
    expect(encoded.filter(has)).toHaveLength(1);
    for (const file of encoded.filter((f) => !has(f))) expect(stderr, file).toMatch(new RegExp(`duplicate ${file.replace('.', '\\.')}: same article as `));
    for (const file of ['hostile-markup.txt', 'huge.txt', 'one-line.txt']) expect(has(file), file).toBe(true);
    const pages = await readPages(mixed);
    for (const p of pages.values()) expect(p.document.querySelector('article script, article img'), p.url).toBeNull();
  });
});
