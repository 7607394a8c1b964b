// BIEN_NIEN_TRACE=1: a line on stderr at each step of a build (listing, extraction, model, data
// files, each Eleventy run), with the seconds since the process started, the thread, the processor
// time of all its threads and its memory, to see where a large build spends its time and which step
// holds the memory peak. Render threads write their own lines ("slice ..."), timed from the same start.
import { threadId } from 'node:worker_threads';

const on = Boolean(process.env.BIEN_NIEN_TRACE);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
// A worker thread's clock starts with the thread: the main thread's start reaches it through the
// environment, which worker threads inherit.
const ORIGIN_KEY = 'BIEN_NIEN_TRACE_ORIGIN';
if (on && threadId === 0) process.env[ORIGIN_KEY] = String(performance.timeOrigin);
// Read at the first line, not when the module loads: a thread may load before the main thread's
// build has set it (src/threads/render-threads.mjs).
let origin: number | null = null;

export function trace(step: string): void {
  if (!on) return;
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  origin ??= Number(process.env[ORIGIN_KEY] ?? performance.timeOrigin);
  const at = (performance.timeOrigin + performance.now() - origin) / 1000;
  process.stderr.write(`[trace ${at.toFixed(2)} s, thread ${threadId}, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s] ${step}: rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB, buffers ${mb(m.arrayBuffers)} MB\n`);
}
