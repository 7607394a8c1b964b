// The command other tools rely on: `npm run --silent extract -- <file|dir>...`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
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
  it('exits 1 when no file could be read, 2 on a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(run(join(dir, 'empty.txt')).status).toBe(1);
    expect(run().status).toBe(2);
  });
});
