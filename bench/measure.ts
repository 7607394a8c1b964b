// Running a command and measuring it: wall time, peak RSS (GNU time's "Maximum resident set size",
// or a preloaded probe for Node commands when /usr/bin/time is missing), output; and the size of
// what it wrote.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Timed = {
  wallS: number;
  /** Peak RSS of the largest single process (GNU time) or of the Node process (probe). */
  rssMb: number | null;
  /** Peak of the whole process tree's RSS summed at each sample (Linux /proc): Node, its worker
   * threads and child processes such as Pagefind together. Null where /proc is missing. */
  treeRssMb: number | null;
  /** Peak RSS per command name in the tree ("node", "pagefind_extended", ...), each summed over its processes. */
  rssByCommandMb: { [command: string]: number };
  /** Processor seconds (user + system) of the command and the children it waited for (GNU time); null without it. */
  cpuS: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
};

/** One process's resident memory in kB, and its command name; null once it has gone. */
function procRss(pid: number): { kb: number; command: string } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)/m.exec(status);
    const name = /^Name:\s+(.*)$/m.exec(status);
    return { kb: kb ? Number(kb[1]) : 0, command: name ? name[1]!.trim() : '?' };
  } catch {
    return null;
  }
}

/** A process and its descendants, from the children lists of every thread of each. */
function processTree(root: number): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) stack.push(Number(c));
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  }
  return out;
}

/** Samples the tree's memory every `everyMs` until stopped: the build's true peak, children included. */
function sampleTree(root: number, everyMs = 50): () => { totalKb: number | null; byCommandKb: Map<string, number> } {
  if (!existsSync('/proc/self/status')) return () => ({ totalKb: null, byCommandKb: new Map() });
  let peak = 0;
  const byCommand = new Map<string, number>();
  const sample = () => {
    let total = 0;
    const now = new Map<string, number>();
    for (const pid of processTree(root)) {
      const p = procRss(pid);
      if (!p) continue;
      total += p.kb;
      now.set(p.command, (now.get(p.command) ?? 0) + p.kb);
    }
    peak = Math.max(peak, total);
    for (const [c, kb] of now) byCommand.set(c, Math.max(byCommand.get(c) ?? 0, kb));
  };
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    return { totalKb: peak || null, byCommandKb: byCommand };
  };
}

const GNU_TIME = '/usr/bin/time';
const PROBE = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

/** Whether peak RSS comes from GNU time (whole process tree as waited for) or the Node probe. */
export function rssMethod(): 'time -v' | 'probe' {
  return existsSync(GNU_TIME) && process.env.BENCH_RSS !== 'probe' ? 'time -v' : 'probe';
}

export async function timed(cmd: string, args: readonly string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Timed> {
  const method = rssMethod();
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  let argv: string[];
  let probeFile: string | null = null;
  if (method === 'time -v') {
    argv = [GNU_TIME, '-v', cmd, ...args];
  } else if (cmd === process.execPath) {
    probeFile = join(opts.cwd, `.bench-rss-${process.pid}-${Date.now()}`);
    env.BENCH_RSS_FILE = probeFile;
    argv = [cmd, '--import', PROBE, ...args];
  } else {
    argv = [cmd, ...args];
  }
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopSampling = child.pid === undefined ? () => ({ totalKb: null, byCommandKb: new Map<string, number>() }) : sampleTree(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const wallS = (performance.now() - started) / 1000;
  const tree = stopSampling();
  let rssKb: number | null = null;
  let cpuS: number | null = null;
  if (method === 'time -v') {
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
    if (m) rssKb = Number(m[1]);
    const user = /User time \(seconds\):\s*([\d.]+)/.exec(stderr);
    const system = /System time \(seconds\):\s*([\d.]+)/.exec(stderr);
    if (user && system) cpuS = Number(user[1]) + Number(system[1]);
    // GNU time's report is not the command's output.
    const at = stderr.lastIndexOf('\tCommand being timed:');
    if (at >= 0) stderr = stderr.slice(0, at);
    if (code !== 0) stderr = stderr.replace(/Command exited with non-zero status \d+\n?$/, '');
  } else if (probeFile) {
    try {
      rssKb = Number(await readFile(probeFile, 'utf8')) || null;
      await rm(probeFile, { force: true });
    } catch {
      rssKb = null;
    }
  }
  return {
    wallS,
    rssMb: rssKb === null ? null : rssKb / 1024,
    treeRssMb: tree.totalKb === null ? null : tree.totalKb / 1024,
    rssByCommandMb: Object.fromEntries([...tree.byCommandKb].filter(([c]) => c !== 'time').map(([c, kb]) => [c, Math.round(kb / 1024)])),
    cpuS,
    code,
    stdout,
    stderr,
  };
}

export type TreeStats = { bytes: number; files: number; html: number };

/** Bytes, files and .html files under a directory (0s when it does not exist). */
export async function treeStats(dir: string): Promise<TreeStats> {
  const out: TreeStats = { bytes: 0, files: 0, html: 0 };
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) {
        out.files++;
        out.bytes += (await stat(path)).size;
        if (e.name.endsWith('.html')) out.html++;
      }
    }
  };
  await walk(dir);
  return out;
}

export const MB = 1024 * 1024;
