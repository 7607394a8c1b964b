// Validated correction entries → the record with those fields replaced. A corrected field is
// 'stated' by the keeper: certainty 'stated', rule 'correction', evidence "<file>:<line>" (offset: where
// the key is in that file), and its name in `record.corrected`. Each value is checked by the record's
// own field schema; what fails is reported and the extracted value stays.
import { quarterOf, recordSlug } from '../extract/index.ts';
import { findProvince, provinceOnDate, provinceToday, REFORM_DATE, type ProvinceEntry } from '../gazetteer/index.ts';
import { ArticleRecord, LEVELS, MEETING_TYPES, type Level, type Message } from '../records/schema.ts';
import { slug as slugify } from '../text/slug.ts';
import { correctionMessage, type CorrectionEntry } from './parse.ts';
import { CORRECTION_KEYS, type CorrectionInput } from './schema.ts';

type Fields = Partial<ArticleRecord>;
type Provenance = { certainty: 'stated'; evidence: { text: string; offset: number }; rule: 'correction' };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Longest first: "thành phố" before a shorter level that would also match. */
const LEVELS_LONGEST = [...LEVELS].sort((a, b) => b.length - a.length);

function provenance(e: CorrectionEntry): Provenance {
  return { certainty: 'stated', evidence: { text: `${e.file}:${e.line}`, offset: e.offset }, rule: 'correction' };
}

/** "2022-04-14" → day, "2022-04" → month, "2022" (or 2022) → year; anything else: null. */
function precisionOf(value: string): 'day' | 'month' | 'year' | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

/** A slug or permalink as a keeper wrote it: an address segment, or a reason to refuse it. */
export function checkSlug(value: string): { slug: string } | { unsafe: string } | { invalid: string } {
  const v = value.trim();
  if (/[/\\]|\.\.|^~|[\0-\x1f]/.test(v)) {
    return { unsafe: `"${value}" is a path, and would put the page outside its folder (or outside the site): only one address segment such as "2022-04-14-hoi-nghi" is allowed` };
  }
  if (!SLUG.test(v)) {
    const suggestion = slugify(v, 80);
    return { invalid: `"${value}" is not an address segment (lower-case letters without tones, digits and hyphens)${suggestion ? `; for example "${suggestion}"` : ''}` };
  }
  return { slug: v };
}

/** The province a name gives, in force on the record's date (a 2024 province before 1 July 2025). */
function resolveProvince(name: string, date: string | null): ProvinceEntry | null {
  const newEra = date !== null && date >= REFORM_DATE.slice(0, date.length);
  const found = findProvince(name, newEra ? 2025 : 2024) ?? findProvince(name);
  if (!found) return null;
  return found.era === 2024 && date ? (provinceOnDate(found.code, date) ?? found) : found;
}

/** null when applied; else why not (`unsafe` for an address that would leave the site's folders). */
type Failure = string | { unsafe: string } | null;
type Step = (e: CorrectionEntry, out: Fields, record: ArticleRecord) => Failure;

/** Per key: sets the record's field(s) in `out`, or returns why it cannot. */
const STEPS: { [K in keyof CorrectionInput]-?: Step } = {
  title: (e, out) => {
    out.title = e.value as string;
    out.titleMeta = provenance(e);
    return null;
  },
  date: (e, out) => {
    if (e.value === null) {
      out.date = null;
      return null;
    }
    const v = e.value as NonNullable<CorrectionInput['date']>;
    const value = String(typeof v === 'object' ? v.value : v);
    const precision = (typeof v === 'object' ? v.precision : undefined) ?? precisionOf(value);
    if (!precision) return `"${value}" is not a date: write 2022-04-14, 2022-04 or 2022`;
    out.date = { value, precision, ...provenance(e) };
    return null;
  },
  locality: (e, out) => {
    if (e.value === null) {
      out.locality = null;
      return null;
    }
    const v = e.value as NonNullable<CorrectionInput['locality']>;
    if (typeof v === 'object') {
      out.locality = { name: v.name, level: v.level, ...provenance(e) };
      return null;
    }
    const level = LEVELS_LONGEST.find((l) => v.toLowerCase().startsWith(`${l} `));
    if (!level) return `"${v}" does not start with a unit word (${LEVELS.join(', ')}): write "huyện Vĩnh Thuận" or { name: Vĩnh Thuận, level: huyện }`;
    out.locality = { name: v.slice(level.length).trim(), level: level as Level, ...provenance(e) };
    return null;
  },
  province: (e, out, record) => {
    if (e.value === null) {
      out.province = null;
      out.provinceToday = null;
      return null;
    }
    const date = (out.date !== undefined ? out.date : record.date)?.value ?? null;
    const p = resolveProvince(e.value as string, date);
    if (!p) return `"${e.value as string}" is not a province the gazetteer knows`;
    out.province = { name: p.name, slug: p.slug, code: p.code, ...provenance(e) };
    const today = p.era === 2025 ? p : provinceToday(p.code);
    out.provinceToday = today ? { name: today.name, slug: today.slug, code: today.code } : null;
    return null;
  },
  chair: (e, out) => {
    if (e.value === null) {
      out.chair = null;
      return null;
    }
    const v = e.value as NonNullable<CorrectionInput['chair']>;
    out.chair = typeof v === 'string' ? { name: v, title: null, ...provenance(e) } : { name: v.name, title: v.title ?? null, ...provenance(e) };
    return null;
  },
  meetingType: (e, out) => {
    const key = e.value as NonNullable<CorrectionInput['meetingType']>;
    out.meetingType = { key, label: MEETING_TYPES[key], ...provenance(e) };
    return null;
  },
  tasks: (e, out) => {
    out.tasks = e.value as string[];
    out.tasksMeta = provenance(e);
    return null;
  },
  published: (e, out) => {
    out.published = e.value === null ? null : { value: e.value as string, ...provenance(e) };
    return null;
  },
  byline: (e, out) => {
    out.byline = e.value as string | null;
    return null;
  },
  captions: (e, out) => {
    out.captions = e.value as string[];
    return null;
  },
  slug: (e, out) => {
    const checked = checkSlug(e.value as string);
    if ('slug' in checked) out.slug = checked.slug;
    return 'slug' in checked ? null : 'unsafe' in checked ? { unsafe: checked.unsafe } : checked.invalid;
  },
  permalink: (e, out, record) => STEPS.slug(e, out, record),
};

/** The record fields a key corrects (for `record.corrected` and for validation). */
const FIELDS_OF: { [K in keyof CorrectionInput]-?: readonly (keyof ArticleRecord)[] } = {
  title: ['title', 'titleMeta'],
  date: ['date'],
  locality: ['locality'],
  province: ['province', 'provinceToday'],
  chair: ['chair'],
  meetingType: ['meetingType'],
  tasks: ['tasks', 'tasksMeta'],
  published: ['published'],
  byline: ['byline'],
  captions: ['captions'],
  slug: ['slug'],
  permalink: ['slug'],
};

/**
 * Applies entries in order (a sidecar's after a front matter's: the later file wins). Returns a new
 * record; the messages of entries that could not be applied are added to its messages.
 */
export function applyCorrections(record: ArticleRecord, entries: readonly CorrectionEntry[], messages: readonly Message[] = []): ArticleRecord {
  const out: Fields = {};
  const notes: Message[] = [...messages];
  const corrected = new Set<string>(record.corrected);
  // In the schema's order, so that a province is placed by the corrected date; a stable sort keeps
  // the later file's value of one key last.
  const ordered = [...entries].sort((a, b) => CORRECTION_KEYS.indexOf(a.key) - CORRECTION_KEYS.indexOf(b.key));
  for (const e of ordered) {
    const trial: Fields = { ...out };
    const failed = STEPS[e.key](e, trial, record);
    if (typeof failed === 'object' && failed !== null) {
      notes.push(correctionMessage('correction/unsafe-path', e, `${e.key}: ${failed.unsafe}; refused`));
      continue;
    }
    if (failed) {
      notes.push(correctionMessage(e.key === 'province' ? 'correction/unknown-province' : 'correction/invalid', e, `${e.key}: ${failed}`));
      continue;
    }
    // The record's own schema has the last word (a calendar date, a published time, a level).
    const problem = FIELDS_OF[e.key].map((f) => ({ f, r: ArticleRecord.shape[f].safeParse(trial[f]) })).find((x) => !x.r.success);
    if (problem && !problem.r.success) {
      const issue = problem.r.error.issues[0];
      notes.push(correctionMessage('correction/invalid', e, `${e.key}: ${issue?.message ?? 'invalid value'}`));
      continue;
    }
    Object.assign(out, trial);
    if (e.key !== 'slug' && e.key !== 'permalink') corrected.add(e.key);
  }
  if (!Object.keys(out).length && !notes.length) return record;
  // The keeper reads them in the order of the file.
  notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const next: ArticleRecord = { ...record, ...out, corrected: [...corrected], messages: [...record.messages, ...notes] };
  if (out.date !== undefined) next.quarter = next.date && next.date.precision !== 'year' ? quarterOf(next.date.value) : null;
  // The address follows the corrected date and title, unless the keeper fixed the address itself.
  if (out.slug === undefined && (out.date !== undefined || out.title !== undefined)) next.slug = recordSlug(next.id, next.title, next.date?.value ?? null);
  return next;
}
