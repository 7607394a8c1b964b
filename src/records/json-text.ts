// A record's JSON text (JSON.stringify's, as UTF-8 bytes) where it is already at hand: the cache entry
// the record was read from holds it byte for byte, as `{"record":<text>}`. records.json is written
// from these instead of serialising every record again (at 20,000 articles, ~0.5 processor seconds
// of JSON.stringify and UTF-8 encoding). Kept by the record object itself: a record that is changed
// (a keeper's correction, its source file's name, a settled slug) is a new object, which has none.
import type { ArticleRecord } from './schema.ts';

const KNOWN = new WeakMap<ArticleRecord, Uint8Array>();

/** The record's JSON text, as JSON.stringify(record) would give it, in UTF-8. */
export function rememberJson(record: ArticleRecord, bytes: Uint8Array): void {
  KNOWN.set(record, bytes);
}

/**
 * The record's JSON text when known (rememberJson), else its JSON.stringify. Known text is given out
 * once (records.json is written once a build) and then let go: it would otherwise hold ~110 MB at
 * 20,000 articles (and, read from the cache, the cache's whole files) for as long as the record lives.
 */
export function recordJson(record: ArticleRecord): string | Uint8Array {
  const known = KNOWN.get(record);
  if (!known) return JSON.stringify(record);
  KNOWN.delete(record);
  return known;
}
