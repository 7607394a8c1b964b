// dates: the publication stamp, the reporting period and the event date with its precision.
// The event date is the meeting's day in the lead; a missing year comes from the reporting period
// in the same lead ("quý I/2022") or from the publication stamp, and is then marked inferred.
// Anniversaries, deadlines and documents' dates are never the event date.
import type { EventDate, Published } from '../../records/schema.ts';
import type { Line, State } from '../state.ts';
import { isParagraph, leadLine, note } from '../state.ts';
import { eachMatch, lineSentences } from '../text.ts';
import { NOT_EVENT_DATE_BEFORE, PRINT_LABELS, PUBLICATION_LABELS, STAMP_LABELS, TIME_OF_DAY, alternation } from '../vocabulary.ts';

// ---------------------------------------------------------------- patterns
const YEAR = String.raw`(?:19|20)\d{2}`;
export const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)`;
// "(16:30 | 29/07/2020)", "18/03/2021 10:20", "29-07-2020"
// "15:20, Thứ Ba, 12/03/2024": the time may come first, a weekday between it and the date.
const STAMP_DATE_NUMERIC = String.raw`(?:(?<h1>\d{1,2}):(?<m1>\d{2})(?::\d{2})?\s*[|,\-–]?\s*(?:${WEEKDAY}\s*[,\-–]?\s*)?(?:ngày\s*)?)?(?<d>\d{1,2})\s*[/.-]\s*(?<mo>\d{1,2})\s*[/.-]\s*(?<y>${YEAR})(?:\s*[,\-–|]?\s*(?:lúc\s*)?(?<h2>\d{1,2})(?::|h)(?<m2>\d{2}))?`;
// A stamp line that is a date in words or in ISO form and nothing else: "Thứ Sáu, ngày 14 tháng 7 năm
// 2023", "Thứ hai, 09 Tháng 1 2023 07:30", "2023-07-14 10:15". Only whole lines: "Ngày 14 tháng 7 năm
// 2023, Huyện ủy ..." is a lead.
const STAMP_DATE_WORDS = String.raw`(?:ngày\s+)?(?<dw>\d{1,2})\s+tháng\s+(?<mow>\d{1,2})(?:\s*năm\s+|\s*[/,]\s*|\s+)(?<yw>${YEAR})`;
const STAMP_DATE_ISO = String.raw`(?<yi>${YEAR})-(?<moi>\d{1,2})-(?<di>\d{1,2})(?:[t\s]+(?<h3>\d{1,2}):(?<m3>\d{2})(?::\d{2})?)?`;
const STAMP_TIME = String.raw`(?:\s*[,\-–|]?\s*(?:lúc\s*)?(?<h4>\d{1,2})(?::|h)(?<m4>\d{2})(?::\d{2})?(?:\s*(?<ap4>[ap]m))?)?`;
/** The labels, weekday and time a stamp line may have before its date. */
const STAMP_PREFIX = String.raw`^[\s([]*(?:(?:${alternation([...STAMP_LABELS, ...PRINT_LABELS])})[\s:,(]*|\d{1,2}(?::|h)\d{2}(?::\d{2})?\s*(?:[|,\-–]\s*)?)*\(?`;
// A social network's stamp ends with whom the post is shown to: "12 tháng 7, 2023 lúc 09:14 · 🌏".
const AUDIENCE_MARK = String.raw`(?:\s*·\s*[\p{Extended_Pictographic}\uFE0F]*)?`;
const WHOLE_LINE_DATE = String.raw`${STAMP_PREFIX}(?:${STAMP_DATE_WORDS}|${STAMP_DATE_ISO})${STAMP_TIME}${AUDIENCE_MARK}[\s)\]]*$`;
/** Where a stamp line's date is: numbers anywhere in it, or the whole line a date in words or ISO form. */
const STAMP_DATE = new RegExp(`${STAMP_DATE_NUMERIC}|${WHOLE_LINE_DATE}`, 'u');
/** Whether a line starts as a stamp does ("Cập nhật: 18/03/2021") or is only a date in words or ISO form. */
/** A date in figures, day first: "29/07/2020", "18-03-2021" (noise.ts looks for one in chrome lines too). */
export const DATE_IN_FIGURES = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*${YEAR}`;
export const STAMP_LINE = new RegExp(`${STAMP_PREFIX}${DATE_IN_FIGURES}|${WHOLE_LINE_DATE}`, 'u');
const PRINT_RE = new RegExp(`(?:${alternation(PRINT_LABELS)})\\s*:?\\s*[\\d(]`, 'u');

// "ngày 14 tháng Sáu năm 2022": a month of the solar calendar in words ("tháng Giêng" and "tháng Chạp" are
// lunar), only with its year after it ("9 tháng năm 2024" is nine months; "2 tháng một lần", every two).
const MONTH_WORDS: Record<string, number> = {
  'một': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mười một': 11, 'mười hai': 12,
};
// "Chiều ngày 14/4", "sáng 28/7/2020", "ngày 5 tháng 3 năm 2021", "28-6-2020", "trong 2 ngày 7 và 8-5", "22 và 23/7/2025",
// "Trong hai ngày (14 và 15/7/2022)"
const EVENT_DATE = new RegExp(
  String.raw`(?<tod>(?:${alternation(TIME_OF_DAY)})\s+)?(?<weekday>${WEEKDAY}\s*,?\s*)?(?:(?:hôm\s+)?(?:nay|qua)\s*)?(?<paren>\(\s*)?(?<ngay>(?:từ\s+)?ngày\s+|(?:trong\s+)?(?:\d|hai|ba)\s+ngày\s*(?:\(\s*)?)?` +
    String.raw`(?<!\d[/.-]?)(?<day>\d{1,2})(?:\s*(?:và|,|-|–|đến)\s*(?:ngày\s+)?\d{1,2})?(?:\s*(?:/|-|\.|\s+tháng\s+)\s*(?<month>\d{1,2})(?!\d)|\s+tháng\s+(?<monthWord>${alternation(Object.keys(MONTH_WORDS))})(?=\s+năm\s+${YEAR}))` +
    String.raw`(?:\s*(?:/|-|\.|\s+năm\s+)\s*(?<year>${YEAR})(?!\d))?`,
  'gu',
);
// "Trong tháng 10/2021, ..." at a sentence's start: an event known to the month.
// A day said only relatively, at a lead's start, counted back from the stamp: "Sáng qua, ..." (yesterday),
// "Chiều thứ Sáu vừa qua, ..." (the last Friday before it), "Sáng nay, ..." (its own day).
const RELATIVE_DAY = new RegExp(String.raw`^(?:\([^)]{1,40}\)\s*[-–]\s*)?(?:(?:${alternation(TIME_OF_DAY)})\s+)?(?:(?<yesterday>hôm\s+qua|qua)|(?<today>hôm\s+nay|nay)|(?<weekday>${WEEKDAY})\s+(?:vừa\s+qua|tuần\s+trước|tuần\s+qua|qua))\s*,`, 'u');
const WEEKDAY_INDEX: Record<string, number> = { 'chủ nhật': 0, 'thứ hai': 1, 'thứ ba': 2, 'thứ tư': 3, 'thứ năm': 4, 'thứ sáu': 5, 'thứ bảy': 6 };
// "Trong tháng 5 vừa qua, ...": the month without its year, which the stamp gives (the month just past).
const EVENT_MONTH_NO_YEAR = /^(?:(?:trong|đầu|cuối|giữa|vào)\s+)?tháng\s+(?<month>\d{1,2})(?:\s+(?:vừa\s+qua|qua|này))?\s*,/u;
const EVENT_MONTH = new RegExp(String.raw`^(?:(?:trong|đầu|cuối|giữa|vào)\s+)?tháng\s+(?<month>\d{1,2})\s*(?:/|-|\s+năm\s+)\s*(?<year>${YEAR})\s*,`, 'u');
const NOT_EVENT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(NOT_EVENT_DATE_BEFORE)})(?:\s+số)?[\s\d\p{L}/.\-–]{0,24}[,\s]*(?:ngày\s*)?$`, 'u');
const DOCUMENT_NUMBER_BEFORE = /(?:số\s*)?\d+[\-/][\p{L}\d\-/]*\s*,?\s*(?:ngày\s*)?$/u;
const RANGE_AFTER = /^\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}/u;

// Reporting periods: "quý I/2022", "quý III năm 2021", "6 tháng đầu năm 2020", "năm 2021", "tháng 3/2022".
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const PERIOD = new RegExp(
  String.raw`quý\s+(?<q>iv|iii|ii|i|[1-4])(?![\p{L}\d])(?:\s*(?:/|-|năm)\s*(?<qy>${YEAR}))?` +
    String.raw`|(?<half>6|sáu|9|chín)\s+tháng\s+(?<which>đầu|cuối)\s+năm(?:\s+(?<hy>${YEAR}))?` +
    String.raw`|tháng\s+(?<pm>\d{1,2})\s*(?:/|năm)\s*(?<py>${YEAR})` +
    // "nhiệm vụ tháng 7 và triển khai nhiệm vụ tháng 8 năm 2025": a month without its year.
    String.raw`|tháng\s+(?<bm>\d{1,2})(?![\d/.\-–])(?!\s*năm\s*\d)` +
    String.raw`|(?<!nhiệm\s+kỳ\s+|giai\s+đoạn\s+|kỷ\s+niệm\s+)năm\s+(?<y>${YEAR})(?!\s*[-–]\s*\d)`,
  'gu',
);
// What a period is to the meeting: the nearest cue before it decides ("báo cáo kết quả quý III,
// phương hướng quý IV": review, then plan). A bare "nhiệm vụ" is neither: "tình hình thực hiện
// nhiệm vụ 9 tháng" is a review.
const PLAN_CUE = /phương hướng|nhiệm vụ trọng tâm|kế hoạch|triển khai nhiệm vụ|chương trình công tác|nhiệm vụ (?:trong )?(?:thời gian|năm|quý) tới/gu;
const REVIEW_CUE = /kết quả|đánh giá|sơ kết|tổng kết|báo cáo|tình hình|thực hiện|nhìn lại/gu;
const lastAt = (re: RegExp, text: string): number => {
  let at = -1;
  for (const m of eachMatch(re, text)) at = m.index;
  return at;
};
/** The role of a period from the words before it in its sentence (plan cues reach 40 characters, review cues 80). */
function roleOf(before: string): 'review' | 'plan' | 'unknown' {
  const clause = before.slice(before.search(/[^.;]*$/u));
  const plan = lastAt(PLAN_CUE, clause);
  const review = lastAt(REVIEW_CUE, clause);
  const planNear = plan >= 0 && clause.length - plan <= 60;
  const reviewNear = review >= 0 && clause.length - review <= 90;
  if (planNear && (!reviewNear || plan > review)) return 'plan';
  return reviewNear ? 'review' : 'unknown';
}

type Period = { text: string; offset: number; start: number; end: number; role: 'review' | 'plan' | 'unknown' };

const DAY_MS = 86_400_000;
const DAY_BEFORE_MONTH = /(?<![\d/.-])\d{1,2}\s+$/u;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const pad = (n: number) => String(n).padStart(2, '0');
const isRealDay = (y: number, m: number, d: number) => {
  const t = new Date(utc(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

export function dates(state: State): void {
  state.published = findPublished(state);
  const leadLines = leadOf(state);
  const periods = leadLines.flatMap((line) => findPeriods(line));
  // What the meeting reviewed: a period it plans for ("triển khai nhiệm vụ tháng 8") is not that.
  const review = periods.find((p) => p.role === 'review') ?? periods.find((p) => p.role === 'unknown');
  if (review) state.reportingPeriod = { text: review.text, offset: review.offset };
  state.date = findEventDate(state, leadLines, periods);
}

/** The title and the lead paragraph: where a news report says when its event took place. A lead that
 * only sums the story up ("Huyện ủy Phú Lương vừa tổ chức hội nghị giao ban ...") is followed by the
 * report proper, opening with the day ("Sáng 10/10, Huyện ủy Phú Lương tổ chức ..."): that too. */
function leadOf(state: State): Line[] {
  const title = state.lines.find((l) => l.kind === 'title');
  const lead = leadLine(state);
  const lines = [title, lead].filter((l): l is Line => Boolean(l));
  if (lead && !hasEventDate(lead.match)) {
    const next = state.lines.slice(state.lines.indexOf(lead) + 1).find(isParagraph);
    if (next && OPENS_WITH_DATE.test(next.match) && hasEventDate(next.match.slice(0, OPENING_CHARS))) lines.push(next);
  }
  return lines;
}

/** How far into a paragraph its opening date may be: "Sáng thứ Ba (10/10), " is the longest kind. */
const OPENING_CHARS = 40;
const OPENS_WITH_DATE = new RegExp(String.raw`^\s*(?:(?:${alternation(TIME_OF_DAY)})\s+)?(?:ngày\s+|hôm\s+|${WEEKDAY}|\(?\d)`, 'u');
const hasEventDate = (match: string): boolean => {
  const found = EVENT_DATE.test(match);
  EVENT_DATE.lastIndex = 0;
  return found;
};

const LABELLED_STAMP_RE = new RegExp(`^[\\s([]*(?:${alternation(PUBLICATION_LABELS)})\\s*[:,]?\\s*\\d`, 'u');

function findPublished(state: State): Published | null {
  // Stamp lines first; a print page's own date never counts.
  // Stamp lines first, then chrome above the lead: a date in the link list below the article is another story's.
  const leadAt = state.lead ? state.lines.indexOf(state.lead) : state.lines.length;
  // Last, a labelled stamp below the article ("Cập nhật: 14/11/2025 16:20" under its links), which says whose date it is.
  const ordered = [
    ...state.lines.filter((l) => l.kind === 'stamp'),
    ...state.lines.filter((l, i) => l.kind === 'noise' && i < leadAt),
    ...state.lines.filter((l, i) => l.kind === 'noise' && i > leadAt && LABELLED_STAMP_RE.test(l.match)),
  ];
  for (const line of ordered) {
    if (PRINT_RE.test(line.match)) continue;
    const m = STAMP_DATE.exec(line.match);
    if (!m?.groups) continue;
    const g = m.groups;
    const [day, month, year] = [Number(g.d ?? g.dw ?? g.di), Number(g.mo ?? g.mow ?? g.moi), Number(g.y ?? g.yw ?? g.yi)];
    if (!isRealDay(year, month, day)) continue;
    const minute = g.m1 ?? g.m2 ?? g.m3 ?? g.m4;
    // "2:30 pm" on portals built on English-language systems.
    const hour = g.ap4 && g.h4 && Number(g.h4) <= 12 ? String((Number(g.h4) % 12) + (g.ap4 === 'pm' ? 12 : 0)) : (g.h1 ?? g.h2 ?? g.h3 ?? g.h4);
    const time = hour && minute && Number(hour) < 24 && Number(minute) < 60 ? `T${pad(Number(hour))}:${minute}` : '';
    return {
      value: `${year}-${pad(month)}-${pad(day)}${time}`,
      certainty: 'stated',
      evidence: { text: line.text.slice(m.index, m.index + m[0].length), offset: line.offset + m.index },
      rule: 'dates/publication-stamp',
    };
  }
  return null;
}

function findPeriods(line: Line): Period[] {
  const out: Period[] = [];
  let pendingQuarters: { q: number; text: string; offset: number; role: Period['role'] }[] = [];
  let pendingMonths: { month: number; offset: number }[] = [];
  for (const m of eachMatch(PERIOD, line.match)) {
    const g = m.groups ?? {};
    const before = line.match.slice(Math.max(0, m.index - 90), m.index);
    const role: Period['role'] = roleOf(before);
    const text = line.text.slice(m.index, m.index + m[0].length);
    const offset = line.offset + m.index;
    let year: number | null = null;
    let start: [number, number] | null = null;
    let end: [number, number] | null = null;
    if (g.q) {
      const q = ROMAN[g.q]!;
      if (!g.qy) {
        // "quý III, phương hướng quý IV năm 2021": a quarter without a year takes the next one's.
        pendingQuarters.push({ q, text, offset, role });
        out.push({ text, offset, start: NaN, end: NaN, role });
        continue;
      }
      year = Number(g.qy);
      start = [q * 3 - 2, 1];
      end = [q * 3, q === 1 || q === 4 ? 31 : 30];
      for (const p of pendingQuarters) {
        const twin = out.find((o) => o.offset === p.offset);
        if (twin) Object.assign(twin, { start: utc(year, p.q * 3 - 2, 1), end: utc(year, p.q * 3 + 1, 1) - DAY_MS });
      }
      pendingQuarters = [];
    } else if (g.half) {
      if (!g.hy) continue;
      year = Number(g.hy);
      const months = g.half === '9' || g.half === 'chín' ? 9 : 6;
      [start, end] = g.which === 'đầu' ? [[1, 1], [months, 30]] : [[13 - months, 1], [12, 31]];
    } else if (g.bm) {
      // Only a month the meeting reviewed: "hội nghị thường kỳ tháng 3" is the meeting's own, "ngày
      // 7 tháng 9" a day. Its year is the next dated month's ("tháng 12 và ... tháng 1 năm 2024": 2023).
      const month = Number(g.bm);
      if (role !== 'review' || DAY_BEFORE_MONTH.test(before) || month < 1 || month > 12) continue;
      pendingMonths.push({ month, offset });
      out.push({ text, offset, start: NaN, end: NaN, role });
      continue;
    } else if (g.pm) {
      // "ngày 7 tháng 9 năm 2022": a day's date in words, not a month reviewed.
      if (DAY_BEFORE_MONTH.test(before)) continue;
      year = Number(g.py);
      const pm = Number(g.pm);
      if (pm < 1 || pm > 12) continue;
      start = [pm, 1];
      end = [pm, new Date(Date.UTC(year, pm, 0)).getUTCDate()];
      for (const p of pendingMonths) {
        const twin = out.find((o) => o.offset === p.offset);
        const y = p.month <= pm ? year : year - 1;
        if (twin) Object.assign(twin, { start: utc(y, p.month, 1), end: utc(y, p.month + 1, 1) - DAY_MS });
      }
      pendingMonths = [];
    } else if (g.y) {
      year = Number(g.y);
      [start, end] = [[1, 1], [12, 31]];
    }
    if (year === null || !start || !end) continue;
    out.push({ text, offset, start: utc(year, start[0], start[1]), end: utc(year, end[0], end[1]), role });
  }
  return out.filter((p) => !Number.isNaN(p.start) || out.length === 1);
}

/** The year that puts day/month where a meeting about these periods would fall; null when none does. */
function yearFromPeriods(day: number, month: number, periods: Period[]): { year: number; period: Period } | null {
  for (const period of periods) {
    if (Number.isNaN(period.start)) continue;
    const base = new Date(period.start).getUTCFullYear();
    const fits: number[] = [];
    for (const year of [base - 1, base, base + 1]) {
      if (!isRealDay(year, month, day)) continue;
      const t = utc(year, month, day);
      // A review comes at the end of its period or soon after; a plan is made just before it starts, or
      // carried out within it ("Sáng 24/3, ... theo kế hoạch học tập nghị quyết quý I/2026").
      const [from, to] =
        period.role === 'review' ? [period.end - 31 * DAY_MS, period.end + 92 * DAY_MS]
        : period.role === 'plan' ? [period.start - 92 * DAY_MS, Math.max(period.end, period.start + 31 * DAY_MS)]
        : [period.start - 62 * DAY_MS, period.end + 92 * DAY_MS];
      if (t >= from && t <= to) fits.push(year);
    }
    if (fits.length === 1) return { year: fits[0]!, period };
    // A plan for a year made in its last weeks or in the weeks before ("kế hoạch năm 2026" on 24/11): before.
    const before = period.role === 'plan' ? fits.filter((year) => utc(year, month, day) < period.start) : [];
    if (before.length === 1) return { year: before[0]!, period };
    // Two years fit the window ("kỳ họp cuối năm 2023" on 11/12): the one inside the period itself.
    const inside = fits.filter((year) => utc(year, month, day) >= period.start && utc(year, month, day) <= period.end);
    if (inside.length === 1) return { year: inside[0]!, period };
  }
  return null;
}

function findEventDate(state: State, leadLines: Line[], periods: Period[]): EventDate | null {
  let recently = false;
  for (const line of leadLines) {
    for (const sentence of lineSentences(line)) {
      if (line.kind !== 'title' && RECENTLY_RE.test(sentence.match)) recently = true;
      const month = EVENT_MONTH.exec(sentence.match);
      if (month?.groups) {
        const m = Number(month.groups.month);
        if (m >= 1 && m <= 12) {
          return {
            value: `${month.groups.year}-${pad(m)}`, precision: 'month', certainty: 'stated',
            evidence: evidence(state, sentence.offset + month.index, month[0].replace(/[\s,]+$/u, '').length), rule: 'dates/month-year',
          };
        }
      }
      const relative = state.published ? RELATIVE_DAY.exec(sentence.match) : null;
      if (relative?.groups && state.published) {
        const [py, pm, pd] = state.published.value.slice(0, 10).split('-').map(Number) as [number, number, number];
        const stamp = utc(py, pm, pd);
        const g = relative.groups;
        const wanted = g.weekday ? WEEKDAY_INDEX[g.weekday.replace(/\s+/gu, ' ')] : undefined;
        // The last such weekday before the stamp's day (a week back at most).
        const back = g.yesterday ? 1 : g.today ? 0 : wanted === undefined ? -1 : ((new Date(stamp).getUTCDay() - wanted + 7) % 7) || 7;
        if (back >= 0) {
          const day = new Date(stamp - back * DAY_MS);
          const value = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
          return { value, precision: 'day', certainty: 'inferred', evidence: state.published.evidence, rule: 'dates/relative-day+published' };
        }
      }
      const bare = EVENT_MONTH_NO_YEAR.exec(sentence.match);
      const m = Number(bare?.groups?.month);
      const fromStamp = bare && m >= 1 && m <= 12 ? yearFromStamp(state, 1, m) : null;
      if (bare && fromStamp) {
        return { value: `${fromStamp.year}-${pad(m)}`, precision: 'month', certainty: 'inferred', evidence: fromStamp.evidence, rule: 'dates/month+published-year' };
      }
      const found = eventDateIn(state, sentence, periods);
      if (found) return found;
    }
  }
  // "Vừa qua, ..." and no day or month: the stamp gives the year, and no more (unless it is early
  // January, when "just past" may be last year).
  const [py, pm, pd] = (state.published?.value.slice(0, 10).split('-').map(Number) ?? []) as number[];
  if (recently && state.published && !(pm === 1 && pd! <= EARLY_JANUARY_DAYS)) {
    return { value: String(py), precision: 'year', certainty: 'inferred', evidence: state.published.evidence, rule: 'dates/recently+published-year' };
  }
  const dayOnly = leadLines.some((l) => EVENT_DATE.test(l.match));
  EVENT_DATE.lastIndex = 0;
  // eventDateIn has said which day and month lack a year; dates it set aside (a document's, a
  // deadline's, an anniversary's) leave the meeting's date untold.
  const told = state.messages.some((m) => m.id === 'date/no-year');
  if (!told) note(state, 'date/none', 'warning', dayOnly ? "the lead's dates are not the meeting's (a document's, a deadline's or an anniversary's)" : 'the lead gives no date for the event');
  return null;
}

// "Vừa qua, Ban Chấp hành Đảng bộ xã ... tổ chức hội nghị ...": a lead that says only "recently".
const RECENTLY_RE = /^(?:\([^)]{1,40}\)\s*[-–]\s*)?(?:vừa\s+qua|mới\s+đây)\s*,/u;
const EARLY_JANUARY_DAYS = 20;

// "Vào ngày cuối tuần qua (12/7), ...", "Cuối tuần qua (12/7)": a sentence that opens with a day said
// relatively, its date in brackets (the "qua (" or "nay (" is the date's own match).
const RELATIVE_OPENING = /^\s*(?:vào\s+)?(?:(?:ngày|buổi)\s+)?(?:(?:cuối|đầu)\s+)?(?:tuần|sáng|chiều|tối|trưa)?\s*$/u;
// "Trong 3 ngày, từ 14 - 16/7/2020, ...": a sentence that opens with the meeting's span.
const SPAN_OPENING = /^\s*(?:trong\s+(?:\d+|hai|ba|bốn|năm)\s+ngày\s*,?\s*)?từ\s+$/u;

function eventDateIn(state: State, sentence: { match: string; offset: number }, periods: Period[]): EventDate | null {
  for (const m of eachMatch(EVENT_DATE, sentence.match)) {
    const g = m.groups ?? {};
    const before = sentence.match.slice(0, m.index);
    const after = sentence.match.slice(m.index + m[0].length);
    // Directive, resolution and plan dates; deadlines; anniversaries written as ranges.
    if (NOT_EVENT_BEFORE.test(before) || DOCUMENT_NUMBER_BEFORE.test(before) || RANGE_AFTER.test(after)) continue;
    // A date in brackets belongs to what precedes it ("(15/6/1957-15/6/2022)"), unless that is a day:
    // "thứ Hai (16/10)", "hôm nay (5/3)", "hôm qua (15/4)", "chiều qua (15/4)".
    if (/\(\s*$/u.test(before)) continue;
    if (g.paren && !g.weekday && !g.tod && !/(?:nay|qua)\s*\(/u.test(m[0])) continue;
    // A bare "14/4" inside a sentence is too weak unless it opens the sentence or has "ngày"/a time of day.
    const relative = g.paren !== undefined && RELATIVE_OPENING.test(before);
    if (!g.tod && !g.ngay && !g.weekday && before.trim() !== '' && !/,\s*$/u.test(before) && !SPAN_OPENING.test(before) && !relative) continue;
    const day = Number(g.day);
    const month = g.month !== undefined ? Number(g.month) : MONTH_WORDS[g.monthWord!]!;
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const at = sentence.offset + m.index + (m[0].length - m[0].trimStart().length);
    const length = m[0].trim().length;
    if (g.year) {
      const year = Number(g.year);
      if (!isRealDay(year, month, day)) continue;
      return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', certainty: 'stated', evidence: evidence(state, at, length), rule: 'dates/day-month-year' };
    }
    const fromPeriod = yearFromPeriods(day, month, periods);
    const fromStamp = yearFromStamp(state, day, month);
    // A story is published days after its meeting: where the stamp and the reported period disagree
    // on the year ("6/1" reviewing "năm 2025", stamped 06/01/2026), the stamp is the nearer witness.
    if (fromStamp && fromPeriod && fromStamp.year !== fromPeriod.year) {
      return { value: `${fromStamp.year}-${pad(month)}-${pad(day)}`, precision: 'day', certainty: 'inferred', evidence: fromStamp.evidence, rule: 'dates/day-month+published-year' };
    }
    if (fromPeriod) {
      return {
        value: `${fromPeriod.year}-${pad(month)}-${pad(day)}`, precision: 'day', certainty: 'inferred',
        evidence: { text: fromPeriod.period.text, offset: fromPeriod.period.offset }, rule: 'dates/day-month+period-year',
      };
    }
    if (fromStamp) {
      return {
        value: `${fromStamp.year}-${pad(month)}-${pad(day)}`, precision: 'day', certainty: 'inferred',
        evidence: fromStamp.evidence, rule: 'dates/day-month+published-year',
      };
    }
    note(state, 'date/no-year', 'warning', `"${state.text.slice(at, at + length)}" gives no year and nothing in the lead fixes it`);
    return null;
  }
  return null;
}

/** The year the publication stamp gives a day and month: the meeting comes before the story, within a few months. */
function yearFromStamp(state: State, day: number, month: number): { year: number; evidence: Published['evidence'] } | null {
  const published = state.published;
  if (!published) return null;
  const [py, pm, pd] = published.value.slice(0, 10).split('-').map(Number) as [number, number, number];
  // "28/12" published on 5/1 was last year's.
  const year = month > pm || (month === pm && day > pd) ? py - 1 : py;
  const gap = utc(py, pm, pd) - utc(year, month, day);
  return isRealDay(year, month, day) && gap <= 120 * DAY_MS ? { year, evidence: published.evidence } : null;
}

const evidence = (state: State, offset: number, length: number) => ({ text: state.text.slice(offset, offset + length), offset });
