// read bytes → detect encoding → decode → normalise → Source.
// A file that cannot be read becomes a fatal message naming it; the caller carries on with the rest.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message } from '../records/schema.ts';
import { cleanText } from '../text/fold.ts';
import { decode } from './decode.ts';

export type Source = {
  /** The path as the caller gave it (or as found under a directory it gave). */
  path: string;
  /** NFC, LF line endings, trailing spaces trimmed: what the reader sees and offsets point into. */
  text: string;
  encoding: string;
  messages: Message[];
};

export type Unreadable = { path: string; message: Message };

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
const isArticle = (name: string) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Files and directories (recursively) → article file paths, sorted so that output is deterministic. */
export async function listArticles(paths: readonly string[]): Promise<{ files: string[]; problems: Unreadable[] }> {
  const files: string[] = [];
  const problems: Unreadable[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push({ path, message: fatal('ingest/unreadable', `cannot open it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`) });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort();
      for (const entry of entries) {
        if (entry.startsWith('.')) continue;
        await walk(join(path, entry), false);
      }
    } else if (explicit || isArticle(path)) {
      files.push(path);
    }
  };
  for (const path of paths) await walk(path, true);
  return { files, problems };
}

export function fatal(id: string, reason: string): Message {
  return { id, severity: 'fatal', reason };
}

/** Bytes already in memory → Source or the reason it cannot be read. */
export function sourceFromBytes(path: string, bytes: Uint8Array): Source | Unreadable {
  const decoded = decode(bytes);
  if (!decoded.ok) return { path, message: fatal(decoded.id, decoded.reason) };
  const messages: Message[] = [];
  if (decoded.encoding !== 'utf-8') {
    messages.push({ id: 'ingest/encoding', severity: 'info', reason: `read as ${decoded.encoding}` });
  }
  return { path, text: cleanText(decoded.text), encoding: decoded.encoding, messages };
}

export async function readSource(path: string): Promise<Source | Unreadable> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { path, message: fatal('ingest/unreadable', `cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`) };
  }
  return sourceFromBytes(path, bytes);
}

export const isUnreadable = (s: Source | Unreadable): s is Unreadable => 'message' in s;
