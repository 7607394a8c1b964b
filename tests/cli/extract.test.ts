// The command other tools rely on: `npm run --silent extract -- <file|dir>...`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });

describe('extract CLI', () => {
  it('prints one JSON array of records on stdout and nothing else, messages on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-cli-'));
    copyFileSync('content/002_6e5d7d1bc601a596.txt', join(dir, 'a.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = run(dir);
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ sourceFile: join(dir, 'a.txt'), locality: { name: 'Vĩnh Thuận' } });
    expect(r.stderr).toContain(`${join(dir, 'empty.txt')}: ingest/empty`);
  });
  it("applies a keeper's corrections, from a Markdown article's front matter and from a sidecar, as the build does", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-cli-'));
    const text = readFileSync('content/002_6e5d7d1bc601a596.txt', 'utf8');
    writeFileSync(join(dir, 'a.md'), `---\nchair: { name: Nguyễn Văn Thử, title: Phó Bí thư Huyện ủy }\nmeetingType: giao-ban\n---\n${text}`);
    copyFileSync('content/002_6e5d7d1bc601a596.txt', join(dir, 'b.txt'));
    writeFileSync(join(dir, 'b.yaml'), 'province: null\nbroken: [\n');
    const r = run(dir);
    expect(r.status).toBe(0);
    const [a, b] = JSON.parse(r.stdout);
    expect(a).toMatchObject({ sourceFile: join(dir, 'a.md'), chair: { name: 'Nguyễn Văn Thử', title: 'Phó Bí thư Huyện ủy' }, meetingType: { key: 'giao-ban', rule: 'correction' } });
    expect(a.corrected).toEqual(expect.arrayContaining(['chair', 'meetingType']));
    // The sidecar's YAML is broken: nothing in it is applied, and the keeper is told where.
    expect(b.sourceFile).toBe(join(dir, 'b.txt'));
    expect(b.province).toMatchObject({ name: 'Kiên Giang' });
    expect(b.corrected).toEqual([]);
    expect(r.stderr).toContain(`${join(dir, 'b.txt')}: correction/yaml: ${join(dir, 'b.yaml')}:`);
  });
  it('exits 1 when no file could be read, 2 on a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(run(join(dir, 'empty.txt')).status).toBe(1);
    expect(run().status).toBe(2);
  });
});
