// Render threads the launcher starts before the build has loaded (src/threads/render-threads.mjs):
// the build takes them over, each answering the slices it is sent once it has its settings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { RenderThreads, type RenderSettings } from '../../src/site/render.ts';
import { startRenderThreadsEarly, takeEarlyRenderThreads } from '../../src/threads/render-threads.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'bien-nien-early-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const settings: RenderSettings = { root: ROOT, outDir: out, pathPrefix: '/', siteUrl: null };

const answer = (w: Worker) => new Promise((resolve) => w.once('message', resolve));

describe('render threads started early', () => {
  it('are taken over once, without failures, and none are left for a second taker', async () => {
    await startRenderThreadsEarly(2);
    const taken = takeEarlyRenderThreads();
    expect(taken).toHaveLength(2);
    expect(taken.map((t) => t.failure)).toEqual([null, null]);
    expect(takeEarlyRenderThreads()).toEqual([]);
    await Promise.all(taken.map((t) => t.worker.terminate()));
  });

  it('are what the build draws with: as many as it asks for, each drawing a slice once sent its settings', async () => {
    await startRenderThreadsEarly(2);
    // A build asking for one render thread (--threads 2) takes one, and the other is ended.
    const threads = await RenderThreads.start(settings, 1);
    try {
      expect(threads.workers).toHaveLength(1);
      expect(takeEarlyRenderThreads()).toEqual([]);
      const [w] = threads.workers;
      // A slice without pages: an Eleventy run that writes nothing.
      w!.postMessage({});
      expect(await answer(w!)).toEqual({ written: 0 });
      expect(threads.failures.size).toBe(0);
    } finally {
      await threads.end();
    }
  });
});
