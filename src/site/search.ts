// Full-text search: what an article page gives Pagefind (filters, sort key, metadata and the folded
// words), the index written beside the pages at the end of a build, and the search page's script.
//
// Diacritics. Pagefind (≥ 1.5) strips combining marks from the words it indexes and from the query,
// and keeps each word's accented form so that a query typed with the same accents ranks first. It
// cannot fold đ/Đ, which has no decomposed form: "da nang" would never find "Đà Nẵng". Every other
// word is already found without its accents, so an article gives Pagefind, as a metadata field the
// reader never sees ("fold"), the words with đ in them folded by the project's one normaliser
// (searchFold): "Đà Nẵng, Đảng ủy" → "da dang". Metadata is searchable but never part of an excerpt,
// and each folded word is counted once, so exact matches in the text keep their weight.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { searchFold } from '../text/fold.ts';
import type { ArticleView } from './article.ts';

import { SEARCH_BUNDLE_DIR, type SearchFilterKey } from './search-filters.ts';

/** Where the bundled script is written under the site's root (`meta.urls` links it). */
export const SEARCH_SCRIPT_FILE = 'assets/search.js';

/** The search page and its script, beside urlFor's page kinds in templates (`meta.urls.search()`). */
export const searchUrls = {
  search: () => '/tim-kiem/',
  searchScript: () => `/${SEARCH_SCRIPT_FILE}`,
} as const;

export { SEARCH_BUNDLE_DIR, SEARCH_FILTERS, FOLD_META, type SearchFilterKey } from './search-filters.ts';

export type SearchFields = {
  filters: { key: SearchFilterKey; value: string }[];
  /** ISO date (or month, or year) for sorting by event date; null when the date is unknown. */
  sort: string | null;
  /** Shown in a result: the event date as the article page says it, and the province. */
  date: string;
  province: string;
  /** Words of the article with đ/Đ, folded, each once, space-separated. */
  fold: string;
};

const D = /[đĐ]/g;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const WORD_REST = /[\p{L}\p{M}\p{N}]*/uy;

/**
 * The folded forms of the words that contain đ/Đ (runs of letters, marks and digits), each once, in
 * first-seen order. Built for every article page, so it looks only at the đ's and the words around
 * them, and folds each distinct word once (there are a few hundred).
 */
export function foldedDWords(texts: Iterable<string | null | undefined>): string {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    D.lastIndex = 0;
    for (let m = D.exec(text); m; m = D.exec(text)) {
      WORD_REST.lastIndex = m.index;
      WORD_REST.exec(text);
      const end = WORD_REST.lastIndex;
      seen.add(foldWord(text.slice(wordStart(text, m.index), end)));
      D.lastIndex = end;
    }
  }
  return [...seen].join(' ');
}

/** Where the word holding `at` begins: back over letters, marks and digits (a pair of UTF-16 units each, above U+FFFF). */
function wordStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    const unit = text.charCodeAt(start - 1);
    const width = unit >= 0xdc00 && unit <= 0xdfff && start >= 2 ? 2 : 1;
    if (start < width || !WORD_CHAR.test(text.slice(start - width, start))) return start;
    start -= width;
  }
}

const foldedWords = new Map<string, string>();
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= 50_000) foldedWords.clear();
    foldedWords.set(word, (folded = searchFold(word)));
  }
  return folded;
}

/** What an article page gives Pagefind besides its text. A Nunjucks filter: `article | searchFields`. */
export function searchFields(view: ArticleView): SearchFields {
  const card = view.card;
  const quarter = view.facts.find((f) => f.label === 'Quý');
  const year = card.datetime ? card.datetime.slice(0, 4) : null;
  const filters: SearchFields['filters'] = [
    { key: 'tinh', value: card.province ?? 'Chưa rõ tỉnh' },
    { key: 'nam', value: year ?? 'Chưa rõ năm' },
    { key: 'quy', value: quarter && !quarter.unknown ? quarter.value : 'Chưa rõ quý' },
    { key: 'loai', value: card.type },
    { key: 'chu_tri', value: card.chair ?? 'Chưa rõ người chủ trì' },
  ];
  // What the article layout gives Pagefind as text (tasks and notes quote the body: not indexed).
  const texts = [
    view.title,
    ...view.facts.filter((f) => !f.unknown).flatMap((f) => [f.value, f.extra]),
    ...view.body,
    ...view.captions,
    view.byline,
  ];
  return {
    filters,
    sort: card.datetime,
    date: card.date,
    province: card.province ?? 'Chưa rõ tỉnh',
    fold: foldedDWords(texts),
  };
}

/** The search page's script, src/site/search-client.ts with the normaliser it imports, as one file. */
export async function writeSearchScript(siteDir: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(import.meta.dirname, 'search-client.ts')],
    outfile: join(resolve(siteDir), SEARCH_SCRIPT_FILE),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
}

const UNUSED_BUNDLE_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export type IndexStats = { pages: number; seconds: number; bytes: number; files: number };

/**
 * Indexes the article pages of a written site into `<site>/pagefind/`. Only the article pages are
 * read (the glob), and of them only what the layout marks with data-pagefind-body.
 */
export async function indexSite(siteDir: string, log: (text: string) => void = () => {}): Promise<IndexStats> {
  const started = performance.now();
  const site = resolve(siteDir);
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: 'bai-viet/*/index.html' });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, SEARCH_BUNDLE_DIR) });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // Pagefind writes its own search UIs too; the site has its own page, so they would only be dead weight.
    for (const name of await readdir(join(site, SEARCH_BUNDLE_DIR))) {
      if (UNUSED_BUNDLE_FILE.test(name)) await rm(join(site, SEARCH_BUNDLE_DIR, name));
    }
    const size = await treeSize(join(site, SEARCH_BUNDLE_DIR));
    const seconds = (performance.now() - started) / 1000;
    // The glob also reads the list's own pages (bai-viet/trang-2/): Pagefind skips them, having no
    // data-pagefind-body. What it indexed is in its entry file.
    const entry = JSON.parse(await readFile(join(site, SEARCH_BUNDLE_DIR, 'pagefind-entry.json'), 'utf8')) as { languages: { [lang: string]: { page_count: number } } };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    log(`search: pagefind indexed ${pages} article pages in ${seconds.toFixed(2)} s (${size.files} files, ${(size.bytes / 2 ** 20).toFixed(1)} MiB)\n`);
    return { pages, seconds, ...size };
  } finally {
    await pagefind.close();
  }
}

async function treeSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}
