// BIEN_NIEN_TRACE=1: a line on stderr at each step of a build (listing, extraction, model, data
// files, each Eleventy run), with the seconds since the process started, the processor time of all its threads and its memory, to see
// where a large build spends its time and which step holds the memory peak. Render threads write
// their own lines ("slice ..."); their uptime counts from the thread's start.
const on = Boolean(process.env.BIEN_NIEN_TRACE);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

export function trace(step: string): void {
  if (!on) return;
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  process.stderr.write(`[trace ${process.uptime().toFixed(2)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s] ${step}: rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB, buffers ${mb(m.arrayBuffers)} MB\n`);
}
