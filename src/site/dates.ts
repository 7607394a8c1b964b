// Dates as a Vietnamese reader writes them. Records keep ISO strings; they are read here in
// Asia/Ho_Chi_Minh (never the build machine's zone: a bare "2022-04-14" parsed as a JS Date in local
// time is the 13th west of UTC) and formatted with luxon's `vi` locale.
import { DateTime } from 'luxon';
import type { EventDate } from '../records/schema.ts';

export const ZONE = 'Asia/Ho_Chi_Minh';
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function parseDay(iso: string): DateTime {
  const dt = DateTime.fromISO(iso, { zone: ZONE, locale: 'vi' });
  if (!dt.isValid) throw new Error(`not an ISO date: "${iso}"`);
  return dt;
}

/** luxon's `vi` weekday is "Thứ Năm"/"Chủ Nhật"; inside a date Vietnamese writes "thứ Năm" and "Chủ nhật". */
function weekday(dt: DateTime): string {
  const name = dt.toFormat('cccc');
  return dt.weekday === 7 ? 'Chủ nhật' : name.charAt(0).toLowerCase() + name.slice(1);
}

// A large archive has tens of thousands of records but only a few thousand distinct days, and
// luxon's locale formatting is the costly part: each distinct value is formatted once per build.
const formatted = new Map<string, string>();
function memo(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format()));
  return text;
}

/** "thứ Năm, 14 tháng 4 năm 2022", "tháng 10/2021", "năm 2021", "chưa rõ ngày": at the record's precision. */
export function formatEventDate(date: Pick<EventDate, 'value' | 'precision'> | null): string {
  if (!date) return 'chưa rõ ngày';
  return memo(`event|${date.precision}|${date.value}`, () => formatEventDateOnce(date));
}

function formatEventDateOnce(date: Pick<EventDate, 'value' | 'precision'>): string {
  switch (date.precision) {
    case 'day': {
      const dt = parseDay(date.value);
      return `${weekday(dt)}, ${dt.day} tháng ${dt.month} năm ${dt.year}`;
    }
    case 'month': {
      const dt = parseDay(`${date.value}-01`);
      return `tháng ${dt.month}/${dt.year}`;
    }
    case 'year':
      return `năm ${date.value}`;
  }
}

/**
 * "14/4/2022" or, with a time, "16:30 ngày 29/7/2020": the short form for publication stamps and lists.
 * A record's publication stamp is already Vietnam's wall-clock time, written without an offset
 * (src/records/schema.ts Published), so it is only rewritten: no zone to convert, and no luxon parse,
 * which would cost ~30 µs for each of thousands of distinct stamps.
 */
export function formatShortDate(iso: string | null): string {
  if (!iso) return 'chưa rõ ngày';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: "${iso}"`);
  const [, year, month, day, time] = m;
  if (!month) return `năm ${year}`;
  if (!day) return `tháng ${Number(month)}/${year}`;
  const date = `${Number(day)}/${Number(month)}/${year}`;
  return time ? `${time} ngày ${date}` : date;
}

/** The machine-readable form for `<time datetime>`: the ISO value at its own precision. */
export function datetimeAttr(date: Pick<EventDate, 'value'> | null): string | null {
  return date?.value ?? null;
}

/** "2022-Q2" → "Quý II/2022". */
export function quarterLabel(quarter: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`not a quarter: "${quarter}"`);
  return `Quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}`;
}

/** "2022-Q2" → "Quý II": within a year's heading the year is already said. */
export function quarterShortLabel(quarter: string): string {
  return quarterLabel(quarter).slice(0, -5);
}

/**
 * A record's date as an instant for Atom's `updated`: the start of its day (or month, or year)
 * in Vietnam, written in UTC. Derived from the record, never from the clock, so feeds are reproducible.
 */
export function eventInstant(iso: string): Date {
  const padded = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
  return parseDay(padded).toJSDate();
}
