// The record: one schema, written once. The TypeScript types, validation of corrections, the
// exported JSON Schema (schema/record.schema.json) and the CSV columns all derive from it.
import { z } from 'zod';

export const MEETING_TYPES = {
  'hoi-nghi-bch': 'Hội nghị Ban Chấp hành',
  'hoi-nghi-btv': 'Hội nghị Ban Thường vụ',
  'giao-ban': 'Hội nghị giao ban',
  'lam-viec': 'Buổi làm việc',
  'so-ket-tong-ket': 'Hội nghị sơ kết, tổng kết',
  'quan-triet': 'Hội nghị học tập, quán triệt nghị quyết',
  'chuyen-de': 'Hội nghị chuyên đề, hội thảo, tọa đàm',
  'dai-hoi': 'Đại hội Đảng bộ',
  'tiep-xuc-doi-thoai': 'Tiếp xúc, đối thoại với Nhân dân',
  khac: 'Khác',
} as const;
export type MeetingTypeKey = keyof typeof MEETING_TYPES;
export const MEETING_TYPE_KEYS = Object.keys(MEETING_TYPES) as [MeetingTypeKey, ...MeetingTypeKey[]];

/** The Vietnamese unit words a locality's level is written with. */
// (đặc khu: a special zone, a commune-level unit from 1 July 2025, such as đặc khu Cô Tô.)
export const LEVELS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'] as const;
export type Level = (typeof LEVELS)[number];

const Evidence = z
  .object({
    text: z.string().describe('the words in the article that gave the value'),
    offset: z.number().int().nonnegative().describe('where those words start in the cleaned text'),
  })
  .strict();

/** How a value is known: every extracted field carries this. */
const Provenance = {
  certainty: z.enum(['stated', 'inferred']).describe('stated by the article, or inferred from other words'),
  evidence: Evidence.nullable(),
  rule: z.string().describe("the rule that set it, e.g. 'dates/day-month+quarter-year', or 'correction'"),
};
const FieldMeta = z.object(Provenance).strict();

const IsoDay = /^\d{4}-\d{2}-\d{2}$/;
const IsoMonth = /^\d{4}-\d{2}$/;
const IsoYear = /^\d{4}$/;

/** A real calendar date: rejects 2022-02-30. */
function isCalendarDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const EventDate = z
  .object({
    value: z.string(),
    precision: z.enum(['day', 'month', 'year']),
    ...Provenance,
  })
  .strict()
  .superRefine((d, ctx) => {
    const ok =
      d.precision === 'day' ? IsoDay.test(d.value) && isCalendarDay(d.value)
      : d.precision === 'month' ? IsoMonth.test(d.value) && Number(d.value.slice(5)) >= 1 && Number(d.value.slice(5)) <= 12
      : IsoYear.test(d.value);
    if (!ok) ctx.addIssue({ code: 'custom', message: `"${d.value}" is not a valid date of precision ${d.precision}` });
  });

export const Published = z
  .object({
    value: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/).refine((v) => isCalendarDay(v.slice(0, 10)), 'not a calendar date'),
    ...Provenance,
  })
  .strict();

export const ProvinceRef = z
  .object({
    name: z.string(),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    code: z.string().regex(/^\d{2}$/),
  })
  .strict();

export const Locality = z
  .object({
    name: z.string().nullable().describe('null when the article names only the level ("Thị ủy")'),
    level: z.enum(LEVELS),
    ...Provenance,
  })
  .strict();

export const Province = ProvinceRef.extend(Provenance).strict();

export const Chair = z
  .object({
    name: z.string(),
    title: z.string().nullable(),
    ...Provenance,
  })
  .strict();

export const MeetingType = z
  .object({
    key: z.enum(MEETING_TYPE_KEYS),
    label: z.string(),
    ...Provenance,
  })
  .strict();

export const Message = z
  .object({
    id: z.string().describe("stable id, e.g. 'ingest/empty' or 'province/ambiguous'"),
    severity: z.enum(['fatal', 'warning', 'info']),
    reason: z.string(),
    line: z.number().int().positive().optional(),
  })
  .strict();

export const ArticleRecord = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/).describe('hash of the normalised article text: stable across file names'),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('URL segment, computed once'),
    sourceFile: z.string(),
    title: z.string().nullable(),
    titleMeta: FieldMeta.nullable(),
    date: EventDate.nullable(),
    published: Published.nullable(),
    quarter: z.string().regex(/^\d{4}-Q[1-4]$/).nullable().describe('calendar quarter of the event date'),
    reportingPeriod: z
      .object({ text: z.string(), offset: z.number().int().nonnegative() })
      .strict()
      .nullable()
      .describe('the period the meeting reviewed ("quý I/2022"), as written'),
    locality: Locality.nullable(),
    province: Province.nullable().describe('the province in force on the event date'),
    provinceToday: ProvinceRef.nullable().describe('the province (after 1 July 2025) that holds the place today'),
    chair: Chair.nullable(),
    meetingType: MeetingType,
    tasks: z.array(z.string()),
    tasksMeta: FieldMeta.nullable(),
    body: z.array(z.string()),
    captions: z.array(z.string()),
    byline: z.string().nullable(),
    corrected: z.array(z.string()).describe('fields a keeper corrected in front matter or a sidecar file'),
    messages: z.array(Message),
  })
  .strict();

export type Evidence = z.infer<typeof Evidence>;
export type FieldMeta = z.infer<typeof FieldMeta>;
export type EventDate = z.infer<typeof EventDate>;
export type Published = z.infer<typeof Published>;
export type ProvinceRef = z.infer<typeof ProvinceRef>;
export type Locality = z.infer<typeof Locality>;
export type Province = z.infer<typeof Province>;
export type Chair = z.infer<typeof Chair>;
export type MeetingType = z.infer<typeof MeetingType>;
export type Message = z.infer<typeof Message>;
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** The JSON Schema file's content, derived from the schema above. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(z.array(ArticleRecord), { target: 'draft-2020-12', unrepresentable: 'any' });
}
