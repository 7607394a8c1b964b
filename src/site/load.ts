// The I/O edge of the site: content directory → records → SiteData, once per build.
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { extract } from '../extract/index.ts';
import { PROVINCES_2024, PROVINCES_2025, provinceToday } from '../gazetteer/index.ts';
import { isUnreadable, listArticles, readSource, type Unreadable } from '../ingest/index.ts';
import type { ArticleRecord } from '../records/schema.ts';
import { buildSite, type SiteData } from './model.ts';

export const GAZETTEER = { provinces2024: PROVINCES_2024, provinces2025: PROVINCES_2025, provinceToday };

export type Loaded = { records: ArticleRecord[]; problems: Unreadable[]; site: SiteData; duplicates: [ArticleRecord, ArticleRecord][]; extractMs: number };

export async function extractAll(contentDir: string): Promise<{ records: ArticleRecord[]; problems: Unreadable[] }> {
  const { files, problems } = await listArticles([contentDir]);
  const records: ArticleRecord[] = [];
  for (const file of files) {
    const source = await readSource(file);
    if (isUnreadable(source)) problems.push(source);
    // The file's path inside the content directory: what the published data and pages show, the
    // same on every machine (an absolute path would make records.json depend on the checkout).
    else records.push({ ...extract(source), sourceFile: relative(contentDir, file).split(sep).join('/') });
  }
  return { records, problems };
}

export async function loadSite(contentDir: string): Promise<Loaded> {
  const started = performance.now();
  const { records, problems } = await extractAll(contentDir);
  const extractMs = performance.now() - started;
  const built = buildSite(records, { gazetteer: GAZETTEER });
  return { ...built, problems, extractMs };
}

/** One summary on stderr: counts, then every file that could not be read or was dropped. */
export function summary(loaded: Loaded): string {
  const lines = [`site: ${loaded.site.total} articles from ${loaded.records.length + loaded.duplicates.length} files (extraction ${Math.round(loaded.extractMs)} ms)`];
  for (const p of loaded.problems) lines.push(`  skipped ${p.path}: ${p.message.id}: ${p.message.reason}`);
  for (const [first, second] of loaded.duplicates) lines.push(`  duplicate ${second.sourceFile}: same article as ${first.sourceFile}, one page kept`);
  const byId = new Map<string, number>();
  for (const r of loaded.records) for (const m of r.messages) if (m.severity !== 'info') byId.set(m.id, (byId.get(m.id) ?? 0) + 1);
  for (const [id, n] of [...byId].sort()) lines.push(`  ${id}: ${n}`);
  return `${lines.join('\n')}\n`;
}

/** The gazetteer's provenance note for the about page; absent in a checkout without it. */
export async function readProvenance(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
