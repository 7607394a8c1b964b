// The keeper's routine through the real CLI: a cold build, a warm rebuild and a build without the
// cache give the same bytes; corrections reach the page and never the file system outside the site;
// a failed build leaves the previous site as it was.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD, filesUnder, readPages, ROOT, text } from '../site/build-helpers.ts';

const run = promisify(execFile);
let tmp: string;
let content: string;
let cache: string;

type Built = { out: string; stderr: string; code: number };

async function build(name: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Built> {
  const out = join(tmp, name);
  try {
    const r = await run(process.execPath, [...BUILD, '--content', content, '--out', out, ...args], {
      cwd: ROOT,
      env: { ...process.env, PATH_PREFIX: '', SITE_URL: '', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { out, stderr: r.stderr, code: 0 };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return { out, stderr: e.stderr ?? '', code: e.code ?? -1 };
  }
}

async function sameTree(a: string, b: string): Promise<void> {
  const files = await filesUnder(a);
  expect(await filesUnder(b)).toEqual(files);
  for (const f of files) expect((await readFile(join(b, f))).equals(await readFile(join(a, f))), f).toBe(true);
}

let cold: Built;
let warm: Built;
let uncached: Built;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'bien-nien-rebuild-'));
  content = join(tmp, 'content');
  cache = join(tmp, 'cache');
  await cp(join(ROOT, 'content'), content, { recursive: true });
  // A correction in a sidecar, one that tries to leave the site, and an article written as .md.
  await writeFile(join(content, '002_6e5d7d1bc601a596.yaml'), 'chair: { name: Lê Trung Hồ, title: Bí thư Huyện ủy Vĩnh Thuận }\nslug: ../../../thoat-ra\n');
  const hauGiang = await readFile(join(content, '003_f66d6dc4a8e384f9.txt'), 'utf8');
  await mkdir(join(content, 'Hậu Giang'));
  await writeFile(
    join(content, 'Hậu Giang', 'Làm việc với các cơ quan.md'),
    `---\ntitle: Thường trực Tỉnh ủy Hậu Giang làm việc với các cơ quan khối nội chính\ndate: 2021-03-18\npermalink: ../../../../thoat-ra-nua\n---\n${hauGiang.replace('Thường trực Tỉnh ủy làm việc', 'Thường trực Tỉnh ủy Hậu Giang làm việc')}`,
  );
  // Cold with worker threads (the real CLI under tsx), then warm, then without any cache.
  cold = await build('cold', ['--cache', cache, '--threads', '2'], { BIEN_NIEN_THREADS_FROM: '0' });
  [warm, uncached] = await Promise.all([build('warm', ['--cache', cache, '--threads', '1']), build('uncached', ['--no-cache'])]);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('rebuilding', () => {
  it('says how many articles it extracted and took from the cache', () => {
    expect(cold.code, cold.stderr).toBe(0);
    expect(cold.stderr).toMatch(/site: 6 articles from 6 files \(extracted 6 of 6, cached 0, extraction \d+ ms on 2 threads\)/);
    expect(warm.stderr).toMatch(/site: 6 articles from 6 files \(extracted 0 of 6, cached 6, extraction \d+ ms\)/);
    expect(uncached.stderr).toMatch(/extracted 6 of 6, cached 0/);
  });

  it('gives byte-identical sites cold, warm and without the cache, on 2 threads or 1', async () => {
    await sameTree(cold.out, warm.out);
    await sameTree(cold.out, uncached.out);
  });

  it('writes records.json as JSON.stringify writes each record, a corrected one with its corrections, from the cache as from extraction', async () => {
    for (const built of [cold, warm]) {
      const text = await readFile(join(built.out, 'records.json'), 'utf8');
      const records = JSON.parse(text) as { chair: { name: string; title: string } | null; sourceFile: string; messages: { id: string }[] }[];
      expect(text).toBe(`[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
      // The corrected records as corrected: the sidecar's chair, and each correction's refused path.
      const vinhThuan = records.find((r) => r.sourceFile === '002_6e5d7d1bc601a596.txt')!;
      expect(vinhThuan.chair).toMatchObject({ name: 'Lê Trung Hồ', title: 'Bí thư Huyện ủy Vĩnh Thuận' });
      expect(vinhThuan.messages.map((m) => m.id)).toContain('correction/unsafe-path');
      expect(records.find((r) => r.sourceFile.endsWith('.md'))!.messages.map((m) => m.id)).toContain('correction/unsafe-path');
    }
  });
});

describe('corrections on the site', () => {
  it('shows a sidecar correction as the keeper\'s, on the article page', async () => {
    const pages = await readPages(cold.out);
    const page = [...pages.values()].find((p) => p.html.includes('Vĩnh Thuận') && p.url.startsWith('/bai-viet/2020-07-28-'))!;
    const chair = [...page.document.querySelectorAll('.facts div')].find((d) => text(d.querySelector('dt')) === 'Người chủ trì')!;
    expect(text(chair)).toContain('Lê Trung Hồ, Bí thư Huyện ủy Vĩnh Thuận');
    expect(text(chair)).toContain('người lưu trữ đã hiệu chỉnh');
    expect(page.html).toContain('correction/unsafe-path');
  });

  it('builds a .md article with its front matter applied and its fence and YAML out of the text', async () => {
    const pages = await readPages(cold.out);
    const page = [...pages.values()].find((p) => p.url.startsWith('/bai-viet/2021-03-18-thuong-truc-tinh-uy-hau-giang-lam-viec'))!;
    expect(page, [...pages.keys()].join('\n')).toBeDefined();
    expect(text(page.document.querySelector('h1'))).toBe('Thường trực Tỉnh ủy Hậu Giang làm việc với các cơ quan khối nội chính');
    const body = text(page.document.querySelector('section.body'));
    expect(body).not.toContain('title:');
    expect(body).not.toContain('---');
    expect(page.html).toContain('correction/unsafe-path');
    expect(text(page.document.querySelector('.source code'))).toBe('Hậu Giang/Làm việc với các cơ quan.md');
  });

  it('writes nothing outside the output folder, whatever a slug or permalink says', async () => {
    expect((await readdir(tmp)).filter((f) => !f.startsWith('replaced')).sort()).toEqual(['cache', 'cold', 'content', 'uncached', 'warm']);
    for (const site of [cold.out, warm.out]) {
      expect((await filesUnder(site)).filter((f) => f.includes('thoat-ra'))).toEqual([]);
    }
  });
});

describe('a successful rebuild over a published site', () => {
  it('puts the new site in place and deletes the old one afterwards, with what an interrupted deletion left', async () => {
    const site = join(tmp, 'replaced');
    await cp(uncached.out, site, { recursive: true });
    await writeFile(join(site, 'stale.html'), 'a page of an article that is gone');
    // An earlier build's old site that was never fully deleted (the machine stopped mid-way).
    await mkdir(join(tmp, 'replaced.old-1-2', 'bai-viet'), { recursive: true });
    await writeFile(join(tmp, 'replaced.old-1-2', 'bai-viet', 'index.html'), 'left over');
    const rebuilt = await build('replaced', ['--cache', cache, '--quiet']);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    // In place as soon as the build returns: the deletion goes on in the background.
    await sameTree(warm.out, site);
    const leftOver = async () => (await readdir(tmp)).filter((f) => f.startsWith('replaced.'));
    for (let waited = 0; (await leftOver()).length && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(await leftOver()).toEqual([]);
  });
});

describe('a failed build', () => {
  it('leaves the previous site as it was, and no temporary folder behind', async () => {
    const site = join(tmp, 'published');
    await cp(warm.out, site, { recursive: true });
    const forced = await run(process.execPath, [...BUILD, '--content', content, '--out', site, '--quiet', '--cache', cache], {
      cwd: ROOT,
      env: { ...process.env, PATH_PREFIX: '', SITE_URL: '', BIEN_NIEN_FAIL_BEFORE_SWAP: '1' },
    }).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toContain('BIEN_NIEN_FAIL_BEFORE_SWAP');
    await sameTree(warm.out, site);

    // A mistyped content folder must not publish an empty site over the real one.
    const missing = await run(process.execPath, [...BUILD, '--content', join(tmp, 'no-such-folder'), '--out', site], { cwd: ROOT })
      .then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
    await sameTree(warm.out, site);
    expect((await readdir(tmp)).filter((f) => f.startsWith('published'))).toEqual(['published']);
  });
});
