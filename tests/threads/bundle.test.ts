import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundleFile, sourcesVersion, threadExecArgv } from '../../src/threads/bundle.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('bundleFile', () => {
  it('gives both kinds of thread a bundle in one directory per version of the sources, made once', async () => {
    const render = await bundleFile('render');
    const extract = await bundleFile('extract');
    expect(dirname(fileURLToPath(render))).toBe(dirname(fileURLToPath(extract)));
    expect(fileURLToPath(render)).toContain(join('node_modules', '.cache', 'bien-nien-threads'));
    expect((await bundleFile('render')).href).toBe(render.href);
  });

  it('leaves packages out and gives each module its own file for import.meta (the gazetteer reads units.json beside it)', async () => {
    const text = readFileSync(await bundleFile('extract'), 'utf8');
    expect(text).not.toContain('import.meta.url');
    expect(text).toContain(JSON.stringify(pathToFileURL(join(ROOT, 'src/gazetteer/index.ts')).href));
    const render = readFileSync(await bundleFile('render'), 'utf8');
    expect(render).toMatch(/from "@11ty\/eleventy"/);
    expect(render).not.toMatch(/class Eleventy\b/);
  });
});

describe('the launcher (src/cli/launch.mjs, what `npm run build` runs)', () => {
  it('runs the build command from its bundle, beside the threads\' bundles', async () => {
    const build = await bundleFile('build');
    expect(dirname(fileURLToPath(build))).toBe(dirname(fileURLToPath(await bundleFile('render'))));
    // The command's own usage error comes from the bundle, with the command's exit code.
    const run = await promisify(execFile)(process.execPath, ['src/cli/launch.mjs', 'build', '--no-such-option'], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(run).toMatchObject({ code: 2 });
    expect((run as { stderr: string }).stderr).toContain('usage: npm run build');
  });

  it('refuses a command it does not know, with its usage and exit code 2', async () => {
    const run = await promisify(execFile)(process.execPath, ['src/cli/launch.mjs', 'serve-all'], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(run).toMatchObject({ code: 2 });
    expect((run as { stderr: string }).stderr).toContain('usage: node src/cli/launch.mjs <build>');
  });
});

describe('sourcesVersion', () => {
  it('names the project\'s place as well as its sources: a copy of the tree (sharing node_modules) gets bundles of its own paths', () => {
    const copy = mkdtempSync(join(tmpdir(), 'bien-nien-copy-'));
    try {
      for (const dir of ['src', 'layouts']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
      expect(sourcesVersion(copy)).not.toBe(sourcesVersion(ROOT));
      expect(sourcesVersion(copy)).toMatch(/^[0-9a-f]{16}$/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('changes when a source file changes', () => {
    const copy = mkdtempSync(join(tmpdir(), 'bien-nien-copy-'));
    try {
      for (const dir of ['src', 'layouts']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
      const before = sourcesVersion(copy);
      cpSync(join(ROOT, 'src/site/urls.ts'), join(copy, 'src/site/urls2.ts'));
      expect(sourcesVersion(copy)).not.toBe(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('threadExecArgv', () => {
  it('keeps the profilers\' options and drops the preloaded TypeScript loader and V8 options (which a worker refuses)', () => {
    expect(threadExecArgv(['--expose-gc', '--import', 'tsx', '--cpu-prof', '--cpu-prof-dir=/tmp/p', '--max-semi-space-size=32'])).toEqual(['--cpu-prof', '--cpu-prof-dir=/tmp/p']);
    expect(threadExecArgv(['--import=tsx', '--require', 'tsx/cjs', '--heap-prof'])).toEqual(['--heap-prof']);
    expect(threadExecArgv([])).toEqual([]);
  });
});
