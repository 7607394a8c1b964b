// Running a command and measuring it: wall time, peak RSS (GNU time's "Maximum resident set size",
// or a preloaded probe for Node commands when /usr/bin/time is missing), output; and the size of
// what it wrote.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Timed = { wallS: number; rssMb: number | null; code: number | null; stdout: string; stderr: string };

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
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const wallS = (performance.now() - started) / 1000;
  let rssKb: number | null = null;
  if (method === 'time -v') {
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
    if (m) rssKb = Number(m[1]);
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
  return { wallS, rssMb: rssKb === null ? null : rssKb / 1024, code, stdout, stderr };
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
