// Where a build's time goes: a V8 .cpuprofile (node --cpu-prof) summed by self time per function
// and per module, and Eleventy's own DEBUG=Eleventy:Benchmark* lines.
// usage: tsx bench/profile.ts <file.cpuprofile> [top=30] [fn1,fn2,...: inclusive time of these]
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type Hot = { name: string; ms: number; share: number };

/** "node_modules/@11ty/eleventy", "node_modules/nunjucks", "src/site", "(gc)", ... */
export function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return `node_modules/${nm[1]}`;
  const src = /\/(src\/[^/]+|layouts|bench|tests)\//.exec(url);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export function summarise(profile: CpuProfile, top = 30): { totalMs: number; functions: Hot[]; modules: Hot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fn = new Map<string, number>();
  const mod = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const short = url.replace(/^file:\/\/.*?\/(node_modules|src|layouts|bench)\//, '$1/');
    const key = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
    fn.set(key, (fn.get(key) ?? 0) + us);
    const m = moduleOf(url, functionName);
    mod.set(m, (mod.get(m) ?? 0) + us);
    total += us;
  }
  const rank = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: us / total }));
  return { totalMs: Math.round(total / 1000), functions: rank(fn), modules: rank(mod) };
}

/** Time (ms) of samples with a function of each name on their stack: where a phase's time goes. */
export function inclusive(profile: CpuProfile, names: readonly string[]): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const wanted = new Set(names);
  const memo = new Map<number, Set<string>>();
  const under = (id: number): Set<string> => {
    let set = memo.get(id);
    if (set) return set;
    const p = parent.get(id);
    set = new Set(p === undefined ? [] : under(p));
    const name = byId.get(id)?.callFrame.functionName;
    if (name && wanted.has(name)) set.add(name);
    memo.set(id, set);
    return set;
  };
  const out = new Map(names.map((n) => [n, 0]));
  profile.samples.forEach((id, i) => {
    for (const name of under(id)) out.set(name, out.get(name)! + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

export function formatSummary(s: ReturnType<typeof summarise>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
  return [
    `sampled ${s.totalMs} ms`,
    'by module (self time):',
    ...s.modules.map((h) => `  ${pct(h.share)} ${String(h.ms).padStart(7)} ms  ${h.name}`),
    'by function (self time):',
    ...s.functions.map((h) => `  ${pct(h.share)} ${String(h.ms).padStart(7)} ms  ${h.name}`),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, top = '30', under] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx bench/profile.ts <file.cpuprofile> [top] [fn1,fn2,...]\n');
    process.exit(2);
  }
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  process.stdout.write(`${formatSummary(summarise(profile, Number(top)))}\n`);
  if (under) {
    process.stdout.write('inclusive (samples with the function on the stack):\n');
    for (const [name, ms] of inclusive(profile, under.split(','))) process.stdout.write(`  ${String(Math.round(ms)).padStart(7)} ms  ${name}\n`);
  }
}
