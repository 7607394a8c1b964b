// Extraction accuracy on the synthetic corpus: each record against the answers its article was
// generated with. A sanity check of the harness and the extractor, not a measure on real articles.
import type { ArticleRecord } from '../src/records/schema.ts';
import { nameKey } from '../src/text/fold.ts';
import type { Expected } from './corpus.ts';

export const FIELDS = ['date', 'quarter', 'province', 'locality', 'chair', 'meetingType', 'tasks'] as const;
export type Field = (typeof FIELDS)[number];

export type Miss = { file: string; field: Field; expected: unknown; got: unknown; shape: Expected['shape'] };
export type Accuracy = {
  /** Share of all (article, field) checks that were right. */
  overall: number;
  /** Share right per field. */
  fields: Record<Field, number>;
  /** Share of articles with every field right. */
  articles: number;
  misses: Miss[];
};

const same = (a: string | null | undefined, b: string) => a != null && nameKey(a) === nameKey(b);

function check(record: ArticleRecord | undefined, e: Expected): [Field, boolean, unknown][] {
  const r = record;
  return [
    ['date', r?.date?.value === e.date && r.date.precision === 'day', r?.date?.value ?? null],
    ['quarter', r?.quarter === e.quarter, r?.quarter ?? null],
    ['province', r?.province?.code === e.provinceCode, r?.province ? `${r.province.code} ${r.province.name}` : null],
    ['locality', same(r?.locality?.name, e.locality.name) && r?.locality?.level === e.locality.level, r?.locality ? `${r.locality.level} ${r.locality.name}` : null],
    ['chair', same(r?.chair?.name, e.chair), r?.chair?.name ?? null],
    ['meetingType', r?.meetingType.key === e.meetingType, r?.meetingType.key ?? null],
    ['tasks', r?.tasks.length === e.tasks, r?.tasks.length ?? null],
  ];
}

const expectedValue = (e: Expected, field: Field): unknown => ({
  date: e.date, quarter: e.quarter, province: `${e.provinceCode} ${e.provinceName}`, locality: `${e.locality.level} ${e.locality.name}`,
  chair: e.chair, meetingType: e.meetingType, tasks: e.tasks,
})[field];

/** Records are matched to answers by file name (the record's sourceFile ends with it). */
export function score(records: readonly ArticleRecord[], expected: readonly Expected[]): Accuracy {
  const byFile = new Map(records.map((r) => [r.sourceFile.slice(r.sourceFile.lastIndexOf('/') + 1), r]));
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: Miss[] = [];
  let allRight = 0;
  for (const e of expected) {
    let ok = true;
    for (const [field, good, got] of check(byFile.get(e.file), e)) {
      if (good) right[field]++;
      else {
        ok = false;
        misses.push({ file: e.file, field, expected: expectedValue(e, field), got, shape: e.shape });
      }
    }
    if (ok) allRight++;
  }
  const n = Math.max(expected.length, 1);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, right[f] / n])) as Record<Field, number>;
  const overall = FIELDS.reduce((sum, f) => sum + right[f], 0) / (n * FIELDS.length);
  return { overall, fields, articles: allRight / n, misses };
}
