// What a keeper may write in a correction (a sidecar `bai-viet.yaml` or a Markdown article's front
// matter), derived from the record schema: each key is a record field, in the shapes a person writes
// by hand. A value that passes here is turned into the record's own field (src/corrections/apply.ts)
// and validated again by the record's schema, which is where a date like 2022-02-30 is refused.
import { z } from 'zod';
import { ArticleRecord, Chair, EventDate, Locality, MeetingType } from '../records/schema.ts';

const R = ArticleRecord.shape;
/** YAML reads an unquoted 2022 as a number. */
const YearOrText = z.union([z.string().trim().min(1), z.number().int()]);

export const CorrectionInput = z
  .object({
    title: R.title.unwrap().trim().min(1),
    /** "2022-04-14", "2022-04", 2022, or { value, precision }; null: the date is unknown. */
    date: z
      .union([YearOrText, z.object({ value: YearOrText, precision: EventDate.shape.precision.optional() }).strict()])
      .nullable(),
    /** { name, level } or "huyện Vĩnh Thuận"; null: no locality. */
    locality: z.union([z.string().trim().min(1), Locality.pick({ name: true, level: true }).strict()]).nullable(),
    /** A province's name, as the gazetteer knows it ("Kiên Giang", "TP Hồ Chí Minh"); null: unknown. */
    province: z.string().trim().min(1).nullable(),
    /** "Nguyễn Văn A" or { name, title }; null: nobody chaired. */
    chair: z
      .union([z.string().trim().min(1), Chair.pick({ name: true, title: true }).partial({ title: true }).strict()])
      .nullable(),
    meetingType: MeetingType.shape.key,
    tasks: R.tasks,
    /** "2022-04-14" or "2022-04-14T08:30"; null: unknown. */
    published: z.string().trim().min(1).nullable(),
    byline: R.byline,
    captions: R.captions,
    /** The article's URL segment; checked in apply.ts, which refuses any path ("../../x"). */
    slug: z.string(),
    permalink: z.string(),
  })
  .partial()
  .strict();

export type CorrectionInput = z.infer<typeof CorrectionInput>;
export type CorrectionKey = keyof CorrectionInput;
export const CORRECTION_KEYS = Object.keys(CorrectionInput.shape) as CorrectionKey[];
export const isCorrectionKey = (key: string): key is CorrectionKey => Object.hasOwn(CorrectionInput.shape, key);
