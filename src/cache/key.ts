// What a cached record depends on, as hashes. An entry's key is the hash of the article's bytes
// within a namespace; the namespace changes, and so retires every entry at once, when any of these
// change:
// - EXTRACTOR_VERSION, bumped by hand when a rule changes what it extracts;
// - the gazetteer's data file (a new units.json moves provinces, so records must be redone);
// - the code the records come from (src/extract, src/ingest, src/text, the gazetteer's lookup and
//   the record schema): a rule edited without bumping the version still cannot serve stale records.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION } from '../extract/rules.ts';
import { filesUnder } from '../threads/bundle.mjs';

const SRC = fileURLToPath(new URL('..', import.meta.url));
/** Directories (recursively) and files under src/ whose content decides what a record holds. */
const INPUTS = ['extract', 'ingest', 'text', 'gazetteer', 'records/schema.ts'];
/** Bumped when the cache's own format changes (2: entries in pack files, src/cache/store.ts). */
const FORMAT = '2';

/** The namespace of an extractor version and its inputs (path and bytes of each file, in order). */
export function namespaceOf(version: string, inputs: Iterable<readonly [name: string, bytes: Uint8Array]>): string {
  const h = createHash('sha256').update(`format ${FORMAT}\nextractor ${version}\n`);
  for (const [name, bytes] of inputs) h.update(`${name} ${bytes.length}\n`).update(bytes);
  return h.digest('hex').slice(0, 16);
}

let memo: string | undefined;

/** 16 hex digits naming the current extractor, gazetteer and cache format. */
export function namespace(): string {
  memo ??= namespaceOf(
    EXTRACTOR_VERSION,
    INPUTS.flatMap((input) => filesUnder(join(SRC, input))).map((file) => [file.slice(SRC.length), readFileSync(file)] as const),
  );
  return memo;
}

/** The key of one article's bytes (its body, for a Markdown file with front matter). */
export function entryKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}
