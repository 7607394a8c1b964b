// Builds a site with the real CLI (as `npm run build` does) into a temporary directory, and reads
// its pages back with a real HTML parser.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';

const run = promisify(execFile);
export const ROOT = join(import.meta.dirname, '..', '..');
/** The build command's arguments to Node, as `npm run build` gives them (package.json), less its V8 options. */
export const BUILD = ['src/cli/launch.mjs', 'build'];

export async function buildInto(contentDir: string, env: { [k: string]: string } = {}): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'bien-nien-site-'));
  try {
    await run(process.execPath, [...BUILD, '--content', contentDir, '--out', out, '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, PATH_PREFIX: '', SITE_URL: '', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(out, { recursive: true, force: true });
    throw error;
  }
  return out;
}

export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out;
}

export type Page = { url: string; file: string; html: string; document: Document };

/** Every HTML page of a built site, keyed by its URL path under `prefix`. */
export async function readPages(site: string, prefix = '/'): Promise<Map<string, Page>> {
  const pages = new Map<string, Page>();
  for (const file of await filesUnder(site)) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(join(site, file), 'utf8');
    const url = prefix + file.replace(/(^|\/)index\.html$/, '$1');
    pages.set(url, { url, file, html, document: parseHTML(html).document as unknown as Document });
  }
  return pages;
}

/** The file a root-relative URL path is served from, or null when it leaves the prefix. */
export function fileFor(site: string, prefix: string, path: string): string | null {
  const p = decodeURIComponent(path);
  if (!p.startsWith(prefix)) return null;
  const f = join(site, p.slice(prefix.length));
  return existsSync(f) && statSync(f).isDirectory() ? join(f, 'index.html') : f;
}

/** Links and assets of a page that do not resolve to a file of the site. */
export function brokenLinks(site: string, prefix: string, page: Page): string[] {
  const broken: string[] = [];
  for (const el of page.document.querySelectorAll('[href], [src]')) {
    const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
    const u = new URL(raw, `http://site.invalid${page.url}`);
    if (u.host !== 'site.invalid') continue;
    const f = fileFor(site, prefix, u.pathname);
    if (!f || !existsSync(f)) broken.push(raw);
  }
  return broken;
}

/** Well-formed XML, checked by a real XML parser (Python's expat, as the site checker uses Python). */
export async function xmlProblem(path: string): Promise<string | null> {
  try {
    await run('python3', ['-c', 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])', path]);
    return null;
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error).trim().split('\n').at(-1) ?? 'invalid';
  }
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
