// The build: content/ → records (src/site/load.ts) → pages (src/site/render.ts) → the search index,
// in a fresh directory put in place only when all of it succeeded. `npm start` runs Eleventy with
// .eleventy.ts instead (eleventyFor), whose options reach it through the environment.
import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { defaultOptions, loadSiteInSteps, summary } from './load.ts';
import { optionsFromEnv } from './plugin.ts';
import { RenderThreads, renderSite, type RenderSettings } from './render.ts';
import { trace } from './trace.ts';

export type RunOptions = {
  contentDir: string;
  outDir: string;
  pathPrefix?: string;
  siteUrl?: string | null;
  quiet?: boolean;
  /** Project root (where .eleventy.ts, layouts/ and assets/ are); defaults to the working directory. */
  root?: string;
  /** Runs on the written site before it is put in place (the search index); a failure fails the build. */
  afterWrite?: (siteDir: string) => Promise<unknown>;
};

export function applyEnv(options: RunOptions): void {
  process.env.BIEN_NIEN_CONTENT = resolve(options.contentDir);
  process.env.PATH_PREFIX = normalisePrefix(options.pathPrefix ?? process.env.PATH_PREFIX);
  if (options.siteUrl !== undefined) {
    if (options.siteUrl) process.env.SITE_URL = options.siteUrl;
    else delete process.env.SITE_URL;
  }
  if (options.quiet) process.env.BIEN_NIEN_QUIET = '1';
  else delete process.env.BIEN_NIEN_QUIET;
}

/** "archive" → "/archive/": Eleventy and the <base> plugin expect both slashes. */
export function normalisePrefix(prefix: string | undefined): string {
  const p = (prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
  return p ? `/${p}/` : '/';
}

export function eleventyFor(options: RunOptions, runMode: 'build' | 'serve' = 'build'): Eleventy {
  applyEnv(options);
  const root = options.root ?? process.cwd();
  return new Eleventy(resolve(root, 'layouts/pages'), resolve(options.outDir), {
    configPath: resolve(root, '.eleventy.ts'),
    pathPrefix: process.env.PATH_PREFIX,
    // Eleventy's line per written file is noise at 20,000 pages; its summary line still prints.
    quietMode: true,
    runMode,
  });
}

/**
 * Builds into a fresh sibling directory and puts it in place only when the build succeeded: the site
 * never holds pages of articles that are gone (stale slugs), and a failed build leaves the old one.
 */
export async function buildOnce(options: RunOptions): Promise<void> {
  const out = resolve(options.outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = join(dirname(out), `${basename(out)}.tmp-${stamp}`);
  const old = join(dirname(out), `${basename(out)}.old-${stamp}`);
  await mkdir(dirname(out), { recursive: true });
  applyEnv(options);
  const settings: RenderSettings = {
    root: options.root ?? process.cwd(),
    outDir: fresh,
    pathPrefix: process.env.PATH_PREFIX ?? '/',
    siteUrl: optionsFromEnv().siteUrl,
  };
  // Started now, they load Eleventy while the articles are read and extracted.
  const started = await RenderThreads.start(settings, defaultOptions().threads - 1);
  try {
    trace('start');
    const steps = await loadSiteInSteps(options.contentDir);
    const log = options.quiet ? () => {} : (text: string) => process.stderr.write(text);
    const began = performance.now();
    const rest = steps.rest;
    // The same object, handed over: renderSite lets go of the article pages as it sends them out.
    const written = await renderSite(Object.assign(steps, {
      rest: () => {
        const loaded = rest();
        log(summary(loaded));
        return loaded;
      },
    }), { ...settings, started });
    log(`pages: wrote ${written} files in ${((performance.now() - began) / 1000).toFixed(2)} s\n${cpuLine()}`);
    trace('pages written');
    await options.afterWrite?.(fresh);
    trace('after-write step done');
  } catch (error) {
    await started.end();
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  await rename(out, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await rename(fresh, out);
  // The old site, and any an earlier build's deletion left half done (the machine stopped, say).
  const leftOver = (await readdir(dirname(out))).filter((name) => name.startsWith(`${basename(out)}.old-`));
  removeInBackground(leftOver.map((name) => join(dirname(out), name)));
}

/**
 * The processor time of the build so far, every thread's, from the start of the process: on a machine
 * whose cores are all busy, this over the cores is the least the build's time can be.
 */
function cpuLine(): string {
  const { user, system } = process.cpuUsage();
  return `cpu: the site took ${((user + system) / 1e6).toFixed(2)} s of processor time (user ${(user / 1e6).toFixed(2)}, system ${(system / 1e6).toFixed(2)}) on ${availableParallelism()} cores\n`;
}

/**
 * Deletes folders in a detached process, once the new site is in place: deleting a large site's
 * 25,000 files takes seconds (6.7 s at 20,000 articles on this disk) that nobody need wait for.
 */
export function removeInBackground(dirs: readonly string[]): void {
  if (!dirs.length) return;
  const script = "for (const dir of process.argv.slice(1)) require('node:fs').rmSync(dir, { recursive: true, force: true })";
  spawn(process.execPath, ['-e', script, ...dirs], { detached: true, stdio: 'ignore' }).unref();
}
