// Records built by hand for the site's tests: every field as the schema wants it, overridable.
import { createHash } from 'node:crypto';
import { ArticleRecord } from '../../src/records/schema.ts';

let counter = 0;

export function makeRecord(over: Partial<ArticleRecord> & { n?: number } = {}): ArticleRecord {
  const n = over.n ?? counter++;
  const id = createHash('sha256').update(`record-${n}`).digest('hex').slice(0, 16);
  const { n: _, ...rest } = over;
  const record: ArticleRecord = {
    id,
    slug: `bai-${n}-${id.slice(0, 6)}`,
    sourceFile: `content/bai-${n}.txt`,
    title: `Hội nghị số ${n}`,
    titleMeta: { certainty: 'stated', evidence: null, rule: 'title/first-line' },
    date: null,
    published: null,
    quarter: null,
    reportingPeriod: null,
    locality: null,
    province: null,
    provinceToday: null,
    chair: null,
    meetingType: { key: 'khac', label: 'Khác', certainty: 'inferred', evidence: null, rule: 'meeting-type/none' },
    tasks: [],
    tasksMeta: null,
    body: [`Nội dung bài số ${n}.`],
    captions: [],
    byline: null,
    corrected: [],
    messages: [],
    ...rest,
  };
  return ArticleRecord.parse(record);
}

export const day = (value: string, certainty: 'stated' | 'inferred' = 'stated', evidence: string | null = null) => ({
  value,
  precision: 'day' as const,
  certainty,
  evidence: evidence ? { text: evidence, offset: 0 } : null,
  rule: certainty === 'stated' ? 'dates/day-month-year' : 'dates/day-month+quarter-year',
});

export const province = (name: string, slug: string, code: string) => ({
  name, slug, code, certainty: 'stated' as const, evidence: null, rule: 'province/named',
});

export const chair = (name: string, title: string | null = null) => ({
  name, title, certainty: 'stated' as const, evidence: null, rule: 'chair/presided',
});
