// An article file as read for extraction: its text's bytes (a Markdown file's front matter set
// apart) and the keeper's corrections for it, from that front matter and from its sidecar files
// (`<name>.yaml`, `<name>.yml` beside it). The build (src/site/load.ts) and `npm run extract` both
// read articles here, so that they give the same records.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { isMarkdown, splitFrontMatter } from '../ingest/front-matter.ts';
import type { Message } from '../records/schema.ts';
import { correctionMessage, readCorrections, type CorrectionEntry } from './parse.ts';

export const SIDECAR_EXTENSIONS = ['.yaml', '.yml'];

/** A path without its extension: an article and its sidecars share it. */
export const stem = (path: string) => path.slice(0, path.length - extname(path).length);

export type ArticleFile = {
  /** What is extracted; null when the file could not be read at all. */
  bytes: Uint8Array | null;
  /** Why the file could not be read. */
  failure: Message | null;
  corrections: CorrectionEntry[];
  /** Problems with the corrections (a broken front matter, an unreadable sidecar). */
  notes: Message[];
};

/** Sidecars by article stem, for every directory that holds articles; each directory listed once. */
export async function findSidecars(files: readonly string[]): Promise<{ byStem: Map<string, string[]>; all: string[] }> {
  const byStem = new Map<string, string[]>();
  const all: string[] = [];
  for (const dir of new Set(files.map(dirname))) {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.startsWith('.') || !SIDECAR_EXTENSIONS.includes(extname(name).toLowerCase())) continue;
      const path = join(dir, name);
      all.push(path);
      const list = byStem.get(stem(path)) ?? [];
      list.push(path);
      byStem.set(stem(path), list);
    }
  }
  return { byStem, all };
}

/**
 * Reads `file` and its sidecars; `name` and `sidecarName` say how messages name them (relative to
 * the content directory in the build). Synchronous: a read of a small file costs less than the
 * promise machinery around an asynchronous one.
 */
export function readArticleFile(file: string, name: string, sidecars: readonly string[], sidecarName: (path: string) => string): ArticleFile {
  const read: ArticleFile = { bytes: null, failure: null, corrections: [], notes: [] };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    read.failure = { id: 'ingest/unreadable', severity: 'fatal', reason: `cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    return read;
  }
  if (isMarkdown(file)) {
    const split = splitFrontMatter(bytes);
    bytes = split.body;
    if (split.kind === 'front-matter') {
      const found = readCorrections(split.frontMatter.yaml, { file: name, firstLine: split.frontMatter.firstLine });
      read.corrections.push(...found.entries);
      read.notes.push(...found.messages);
    } else if (split.kind === 'unclosed') {
      read.notes.push(correctionMessage('correction/unclosed', { file: name, line: 1 }, 'the front matter opened by "---" is never closed by another "---": the whole file was read as the article'));
    }
  }
  for (const sidecar of sidecars) {
    const shown = sidecarName(sidecar);
    let text: string;
    try {
      text = readFileSync(sidecar, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      read.notes.push(correctionMessage('correction/unreadable', { file: shown }, `cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`));
      continue;
    }
    const found = readCorrections(text, { file: shown });
    read.corrections.push(...found.entries);
    read.notes.push(...found.messages);
  }
  read.bytes = bytes;
  return read;
}
