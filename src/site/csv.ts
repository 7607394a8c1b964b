// records.csv: the columns are derived from the record schema (src/records/schema.ts), never listed by
// hand, so a field added there appears here. Nested objects flatten to dotted names ("date.value",
// "chair.evidence.text"); lists of words become one cell with one item a line; lists of objects
// (messages) one JSON object a line. UTF-8 with a BOM so spreadsheet programs read Vietnamese.
import type { z } from 'zod';
import { recordJson } from '../records/json-text.ts';
import { ArticleRecord } from '../records/schema.ts';

export type Column = { name: string; path: string[]; kind: 'scalar' | 'list' | 'objects' };

type AnySchema = z.core.$ZodType;
const defOf = (s: AnySchema) => s._zod.def as { type: string; innerType?: AnySchema; element?: AnySchema; shape?: { [k: string]: AnySchema } };

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let def = defOf(s); ['nullable', 'optional', 'default', 'readonly'].includes(def.type) && def.innerType; def = defOf(s)) {
    s = def.innerType;
  }
  return s;
}

function columnsOf(schema: AnySchema, path: string[]): Column[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'object' && def.shape) {
    return Object.entries(def.shape).flatMap(([key, child]) => columnsOf(child, [...path, key]));
  }
  if (def.type === 'array' && def.element) {
    return [{ name: path.join('.'), path, kind: defOf(unwrap(def.element)).type === 'object' ? 'objects' : 'list' }];
  }
  return [{ name: path.join('.'), path, kind: 'scalar' }];
}

export const CSV_COLUMNS: readonly Column[] = columnsOf(ArticleRecord, []);

function valueAt(record: ArticleRecord, path: readonly string[]): unknown {
  let v: unknown = record;
  for (const key of path) {
    if (v === null || v === undefined || typeof v !== 'object') return null;
    v = (v as { [k: string]: unknown })[key];
  }
  return v ?? null;
}

function cellText(value: unknown, kind: Column['kind']): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((x) => (kind === 'objects' ? JSON.stringify(x) : String(x))).join('\n');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BOM = '\uFEFF';

/** records.csv in pieces, a row each (src/site/plugin.ts writes them through one buffer, so a build
 * never holds a whole 100 MB file as one string): CRLF line ends as RFC 4180 and spreadsheet programs expect. */
export function* csvPieces(records: readonly ArticleRecord[], columns: readonly Column[] = CSV_COLUMNS): Generator<string> {
  yield `${BOM}${columns.map((c) => csvCell(c.name)).join(',')}\r\n`;
  for (const r of records) yield `${columns.map((c) => csvCell(cellText(valueAt(r, c.path), c.kind))).join(',')}\r\n`;
}

/**
 * records.json in pieces, a record each: one record a line inside the array, so the file diffs well
 * between builds. A record's JSON text comes as bytes where it is already known (src/records/json-text.ts).
 */
export function* jsonPieces(records: readonly ArticleRecord[]): Generator<string | Uint8Array> {
  if (!records.length) {
    yield '[]\n';
    return;
  }
  for (const [i, r] of records.entries()) {
    yield i === 0 ? '[\n' : ',\n';
    yield recordJson(r);
  }
  yield '\n]\n';
}

export const recordsCsv = (records: readonly ArticleRecord[], columns: readonly Column[] = CSV_COLUMNS): string => [...csvPieces(records, columns)].join('');
const decoder = new TextDecoder();
export const recordsJson = (records: readonly ArticleRecord[]): string => [...jsonPieces(records)].map((p) => (typeof p === 'string' ? p : decoder.decode(p))).join('');
