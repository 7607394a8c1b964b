// `npm run check`: what the program understood of each file, the keeper's to-do list.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../src/cli/check.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let tmp: string;
let content: string;

const check = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', '--content', content, '--cache', join(tmp, 'cache'), ...args], { cwd: ROOT, encoding: 'utf8' });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'bien-nien-check-'));
  content = join(tmp, 'content');
  await cp(join(ROOT, 'content'), content, { recursive: true });
  await writeFile(join(content, '001_797acb88c0c63cd6.yaml'), 'title: Giao ban\ndate: 2022-02-30\nnguoi: X\n');
  await cp(join(content, '003_f66d6dc4a8e384f9.txt'), join(content, 'bản sao.txt'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('npm run check', () => {
  it('--json: one row a file with what was found, inferred, unknown and corrected, and a summary', () => {
    const r = check('--json');
    expect(r.status, r.stderr).toBe(0);
    const { files, summary } = JSON.parse(r.stdout) as { files: Row[]; summary: Record<string, number> };
    expect(summary).toMatchObject({ read: 6, built: 5, skipped: 0, duplicates: 1 });
    const vinhThuan = files.find((f) => f.file === '002_6e5d7d1bc601a596.txt')!;
    // The Vĩnh Thuận article states its date (28/7/2020), its chair and its meeting type.
    expect(vinhThuan).toMatchObject({ status: 'built', date: { value: '2020-07-28', precision: 'day' }, chair: 'Lê Trung Hồ', meetingType: 'hoi-nghi-bch', province: 'Kiên Giang' });
    expect(vinhThuan.found).toEqual(expect.arrayContaining(['date', 'chair', 'meetingType']));
    expect(vinhThuan.unknown).toEqual([]);
    // The Thị ủy article never names its town: its province is unknown.
    expect(files.find((f) => f.file === '004_349bdbca796e081d.txt')!.unknown).toContain('province');

    const corrected = files.find((f) => f.file === '001_797acb88c0c63cd6.txt')!;
    expect(corrected.title).toBe('Giao ban');
    expect(corrected.corrected).toEqual(['title']);
    expect(corrected.messages.filter((m) => m.id.startsWith('correction/')).map((m) => [m.id, m.line])).toEqual([
      ['correction/invalid', 2],
      ['correction/unknown-key', 3],
    ]);

    const copy = files.find((f) => f.file === 'bản sao.txt')!;
    expect(copy.status).toBe('duplicate');
    expect(copy.messages.find((m) => m.id === 'site/duplicate')?.reason).toContain('003_f66d6dc4a8e384f9.txt');
    expect(files.find((f) => f.file === '003_f66d6dc4a8e384f9.txt')!.messages.find((m) => m.id === 'site/duplicate')?.reason).toContain('bản sao.txt');
  });

  it('prints a table and the to-do list, and exits 1 when a file had to be skipped', async () => {
    await writeFile(join(content, 'rỗng.txt'), '');
    try {
      const r = check();
      expect(r.status).toBe(1);
      const [head] = r.stdout.split('\n');
      for (const col of ['file', 'title', 'date', 'province', 'chair', 'type', 'tasks', 'unknown', 'messages']) expect(head).toContain(col);
      expect(r.stdout).toMatch(/^rỗng\.txt +\(skipped\).*ingest\/empty$/m);
      expect(r.stdout).toContain('warning: correction/invalid: 001_797acb88c0c63cd6.yaml:2: date:');
      expect(r.stdout).toMatch(/check: read 7, built 5, skipped 1, uncertain \d+, duplicates 1/);
    } finally {
      await rm(join(content, 'rỗng.txt'));
    }
  });
});
