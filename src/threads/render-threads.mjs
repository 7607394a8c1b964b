// Render threads (src/site/render-worker.ts) as Workers: made in one place, here, so that the
// launcher (src/cli/launch.mjs) can start them before the build's own code has loaded. Loading the
// build takes the main thread ~0.5 s (Eleventy alone ~0.3 s), during which the machine's other cores
// would idle; a render thread started then loads Eleventy meanwhile, instead of later beside the
// extraction. Plain JavaScript, typed by render-threads.d.mts: the launcher runs it before anything
// can be compiled.
import { SHARE_ENV, Worker } from 'node:worker_threads';
import { bundleFile, threadExecArgv } from './bundle.mjs';

/**
 * A render thread's old-generation heap, in MB: a slice's pages, their data and Eleventy (a cap, so
 * that V8 collects within a run instead of growing the heap).
 */
const RENDER_HEAP_MB = 320;

/**
 * Eleventy's ESM resolver busts the module cache for its dev server's reloads, and would run as
 * loader hooks on a thread of their own that see every import: a render thread never reloads.
 */
const SKIP_ESM_RESOLVER = { ELEVENTY_SKIP_ESM_RESOLVER: '1' };

/**
 * A render thread, loading its code; it waits for its settings, then for slices (render-worker.ts).
 * `env`: its environment, by default a copy of this thread's.
 */
export function newRenderThread(script, env = { ...process.env, ...SKIP_ESM_RESOLVER }) {
  return new Worker(script, { execArgv: threadExecArgv(), env, resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB } });
}

/** Kept on globalThis: the launcher's copy of this module and the one inside the build's bundle are two modules. */
const EARLY = Symbol.for('bien-nien.early-render-threads');

/**
 * Starts `count` render threads for a build to take over (takeEarlyRenderThreads). They do not keep
 * the process alive: a build that stops before drawing (a usage error) exits as it would without them.
 * A failure before they are taken over is kept for the taker to report.
 */
export async function startRenderThreadsEarly(count) {
  if (count < 1) return;
  const script = await bundleFile('render');
  // The environment is shared, not copied: what the build sets in it later (its trace's clock, say)
  // reaches threads started before. A build reloads no module, so its own Eleventy runs skip the
  // resolver too.
  Object.assign(process.env, SKIP_ESM_RESOLVER);
  const failures = new Map();
  const workers = Array.from({ length: count }, () => {
    const w = newRenderThread(script, SHARE_ENV);
    w.unref();
    w.on('error', (error) => failures.set(w, error));
    w.on('exit', (code) => failures.has(w) || failures.set(w, new Error(`a render thread stopped (exit code ${code})`)));
    return w;
  });
  globalThis[EARLY] = { workers, failures };
}

/** The render threads started early, once (then none): each kept alive again, with any failure it had. */
export function takeEarlyRenderThreads() {
  const early = globalThis[EARLY];
  globalThis[EARLY] = undefined;
  if (!early) return [];
  return early.workers.map((worker) => {
    worker.ref();
    worker.removeAllListeners('error');
    worker.removeAllListeners('exit');
    return { worker, failure: early.failures.get(worker) ?? null };
  });
}
