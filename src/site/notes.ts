// What the site says about how a value is known: "năm suy ra từ «quý I/2022»", a keeper's correction,
// or why a record's province or date is unknown. Built from the record's provenance and messages only.
import type { FieldMeta, Message, ArticleRecord } from '../records/schema.ts';

/** The record fields that carry provenance, and how a reader names what was inferred in each. */
export const INFERRED_WHAT = {
  title: 'tiêu đề',
  date: 'năm', // the day and month are read from the lead; it is the year that comes from elsewhere
  locality: 'địa bàn',
  province: 'tỉnh',
  chair: 'người chủ trì',
  meetingType: 'loại hội nghị',
  tasks: 'nhiệm vụ',
  published: 'ngày đăng',
} as const;
export type NotedField = keyof typeof INFERRED_WHAT;

/** How a reader names a field a keeper corrected ("title" → "tiêu đề"). */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  ...INFERRED_WHAT,
  date: 'ngày diễn ra',
  byline: 'tác giả',
  captions: 'chú thích ảnh',
  published: 'ngày đăng',
};
export const fieldName = (field: string): string => FIELD_NAMES[field] ?? field;

/** The meta of a field, wherever the schema keeps it (inline or beside the value). */
export function metaOf(record: ArticleRecord, field: NotedField): FieldMeta | null {
  switch (field) {
    case 'title': return record.titleMeta;
    case 'tasks': return record.tasksMeta;
    default: return record[field];
  }
}

/** Null when the field is stated by the article and nobody corrected it. */
export function provenanceNote(record: ArticleRecord, field: NotedField): string | null {
  if (record.corrected.includes(field)) return 'người lưu trữ đã hiệu chỉnh';
  const meta = metaOf(record, field);
  if (!meta || meta.certainty !== 'inferred') return null;
  if (field === 'meetingType' && record.meetingType.key === 'khac' && !meta.evidence) {
    return 'không nhận ra loại hội nghị trong bài, xếp vào «Khác»';
  }
  const what = INFERRED_WHAT[field];
  return meta.evidence ? `${what} suy ra từ «${meta.evidence.text.trim()}»` : `${what} được suy ra (quy tắc ${meta.rule})`;
}

const reasonsFor = (messages: readonly Message[], prefixes: readonly string[]) =>
  messages.filter((m) => prefixes.some((p) => m.id.startsWith(p))).map((m) => m.reason);

/** Why the province is unknown: the extractor's own messages, else what the fields show. */
export function unknownProvinceReason(record: ArticleRecord): string {
  const said = reasonsFor(record.messages, ['province/', 'locality/', 'gazetteer/']);
  if (said.length) return said.join(' ');
  const loc = record.locality;
  if (!loc) return 'Không tìm thấy địa bàn trong bài.';
  if (!loc.name) return `Bài chỉ nói «${loc.level}», không nêu tên địa bàn.`;
  return `Chưa xác định được «${loc.level} ${loc.name}» thuộc tỉnh nào.`;
}

/** Why the date (or its quarter) is unknown. */
export function unknownDateReason(record: ArticleRecord): string {
  const said = reasonsFor(record.messages, ['date/', 'dates/']);
  if (said.length) return said.join(' ');
  if (record.date?.precision === 'year') return `Chỉ biết năm ${record.date.value}, chưa rõ tháng.`;
  return 'Không tìm thấy ngày diễn ra trong bài.';
}
