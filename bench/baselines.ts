// The two builds ours is compared with, on the same records in the same run:
// - bare Eleventy 3 (this project's node_modules): the records as plain JSON global data, paginated
//   with size 1 through a one-line template, one page per record, no config file;
// - Hugo (when installed): the same articles as Markdown content with `province` and `quarter`
//   taxonomies, minimal one-line layouts, lists paginated by 50 and feeds of the newest 50.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ArticleRecord } from '../src/records/schema.ts';
import { timed, type Timed } from './measure.ts';

/** The whole bare template: front matter and one line. */
export const BASELINE_TEMPLATE = `---
pagination:
  data: records
  size: 1
  alias: r
permalink: "bai-viet/{{ pagination.pageNumber }}-{{ r.slug }}/index.html"
---
<!doctype html><html lang="vi"><meta charset="utf-8"><title>{{ r.title }}</title><h1>{{ r.title }}</h1>{% for p in r.body %}<p>{{ p }}</p>{% endfor %}</html>
`;

export async function bareEleventy(root: string, dir: string, records: readonly ArticleRecord[]): Promise<Timed> {
  await mkdir(join(dir, 'src', '_data'), { recursive: true });
  await writeFile(join(dir, 'src', '_data', 'records.json'), JSON.stringify(records));
  await writeFile(join(dir, 'src', 'bai-viet.njk'), BASELINE_TEMPLATE);
  const cmd = resolve(root, 'node_modules/@11ty/eleventy/cmd.cjs');
  return timed(process.execPath, [cmd, '--input=src', '--output=_site', '--formats=njk', '--quiet'], { cwd: dir });
}

export function hugoVersion(): string | null {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const HUGO_CONFIG = `baseURL = "/"
languageCode = "vi"
title = "Biên niên (Hugo)"
# As our site: long lists paginated by 50, feeds of the newest 50 (Hugo's default is every page).
paginate = 50
rssLimit = 50
[taxonomies]
  province = "province"
  quarter = "quarter"
`;
const HUGO_SINGLE = '<!doctype html><html lang="vi"><meta charset="utf-8"><title>{{ .Title }}</title><h1>{{ .Title }}</h1>{{ .Content }}</html>\n';
const HUGO_LIST = '<!doctype html><html lang="vi"><meta charset="utf-8"><title>{{ .Title }}</title><h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></html>\n';

/** Markdown text as a paragraph: nothing in it read as markup. */
const mdEscape = (text: string) => text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');

export async function hugo(dir: string, records: readonly ArticleRecord[]): Promise<Timed> {
  const content = join(dir, 'content', 'bai-viet');
  await mkdir(content, { recursive: true });
  await mkdir(join(dir, 'layouts', '_default'), { recursive: true });
  await writeFile(join(dir, 'hugo.toml'), HUGO_CONFIG);
  await writeFile(join(dir, 'layouts', '_default', 'single.html'), HUGO_SINGLE);
  await writeFile(join(dir, 'layouts', '_default', 'list.html'), HUGO_LIST);
  const batch = 256;
  for (let start = 0; start < records.length; start += batch) {
    await Promise.all(records.slice(start, start + batch).map((r, k) => {
      const front: string[] = ['---', `title: ${JSON.stringify(r.title ?? 'Bài viết')}`];
      if (r.date?.precision === 'day') front.push(`date: ${r.date.value}`);
      if (r.province) front.push(`province: [${JSON.stringify(r.province.name)}]`);
      if (r.quarter) front.push(`quarter: [${JSON.stringify(r.quarter)}]`);
      front.push('---', '');
      return writeFile(join(content, `${start + k}-${r.slug}.md`), `${front.join('\n')}${r.body.map(mdEscape).join('\n\n')}\n`);
    }));
  }
  return timed('hugo', ['--source', dir, '--destination', join(dir, 'public'), '--quiet', '--noBuildLock'], { cwd: dir });
}
