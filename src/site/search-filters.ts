// The names both sides of search agree on: the build (src/site/search.ts) and the search page's
// script (src/site/search-client.ts, bundled for the browser, so nothing here may import Node).

/** The filters of an article, keyed as Pagefind stores them, with the names readers see. */
export const SEARCH_FILTERS = {
  tinh: 'Tỉnh, thành phố',
  nam: 'Năm',
  quy: 'Quý',
  loai: 'Loại hội nghị',
  chu_tri: 'Người chủ trì',
} as const;
export type SearchFilterKey = keyof typeof SEARCH_FILTERS;

/** The index's directory under the site's root: one Pagefind bundle per shard, in `<n>/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** In SEARCH_BUNDLE_DIR: how many shards there are, `{ "shards": n }`. */
export const SEARCH_SHARDS_FILE = 'shards.json';
export type ShardsManifest = { shards: number };
/** The folded words' metadata key: searchable, never shown. */
export const FOLD_META = 'fold';
