// One record → what its lines in lists (Card) and its own page (ArticleView) show. Everything a
// template prints is computed here, once, so templates only loop and escape.
import { basename } from 'node:path';
import type { ArticleRecord } from '../records/schema.ts';
import { datetimeAttr, formatEventDate, formatShortDate, quarterLabel } from './dates.ts';
import { fieldName, provenanceNote } from './notes.ts';
import { urlFor } from './urls.ts';

export type Link = { label: string; url: string };

/** A record as one line of a list. Shared by every list it appears in. */
export type Card = {
  url: string;
  title: string;
  untitled: boolean;
  date: string;
  datetime: string | null;
  province: string | null;
  locality: string | null;
  type: string;
  chair: string | null;
};

/** One row of the article's facts: unknown values are shown as such, never dropped. */
export type Fact = {
  label: string;
  value: string;
  url: string | null;
  /** Text printed right after the (linked) value, with its own punctuation: ", Bí thư Huyện ủy". */
  extra: string | null;
  note: string | null;
  unknown: boolean;
  datetime: string | null;
};

export type ArticleView = {
  url: string;
  title: string;
  untitled: boolean;
  card: Card;
  crumbs: Link[];
  facts: Fact[];
  tasks: readonly string[];
  tasksNote: string | null;
  body: readonly string[];
  captions: readonly string[];
  byline: string | null;
  sourceFile: string;
  corrected: string[];
  messages: { label: string; id: string; reason: string }[];
  /** Older and newer article in the same province (or among those with an unknown province). */
  prev: Link | null;
  next: Link | null;
};

/** Where an article's page links to, worked out over the whole archive (src/site/model.ts). */
export type ArticleLinks = {
  /** Its province's page; null when the province is unknown or has no page. */
  provinceUrl: string | null;
  /** Today's province, when the article's changed on 1 July 2025: "tỉnh An Giang", to its page or its overview row. */
  today: Link | null;
  personUrl: string | null;
  sourceFile: string;
  /** Older and newer article in the same province (or among those with an unknown province). */
  prev: Link | null;
  next: Link | null;
};

/**
 * An article page's data as plain values: it travels to the render thread that draws the page, which
 * makes the view (articleView) there, so that 20,000 views are not all made and held in the main thread.
 */
export type ArticlePage = { record: ArticleRecord; card: Card; links: ArticleLinks };

export function localityLabel(record: ArticleRecord): string | null {
  const loc = record.locality;
  if (!loc) return null;
  return loc.name ? `${loc.level} ${loc.name}` : `${loc.level} (bài không nêu tên)`;
}

export function displayTitle(record: ArticleRecord): { title: string; untitled: boolean } {
  if (record.title) return { title: record.title, untitled: false };
  return { title: `Chưa rõ tiêu đề (${basename(record.sourceFile)})`, untitled: true };
}

export function cardOf(record: ArticleRecord): Card {
  const { title, untitled } = displayTitle(record);
  return {
    url: urlFor.article(record),
    title,
    untitled,
    date: formatEventDate(record.date),
    datetime: datetimeAttr(record.date),
    province: record.province?.name ?? null,
    locality: localityLabel(record),
    type: record.meetingType.label,
    chair: record.chair?.name ?? null,
  };
}

const SEVERITY = { fatal: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' } as const;

const fact = (label: string, value: string | null, rest: Partial<Omit<Fact, 'label' | 'value'>> = {}): Fact => ({
  label,
  value: value ?? 'chưa rõ',
  url: rest.url ?? null,
  extra: rest.extra ?? null,
  note: rest.note ?? null,
  unknown: value === null,
  datetime: rest.datetime ?? null,
});

export function articleView({ record, card, links }: ArticlePage): ArticleView {
  const province = record.province;
  const today = links.today;
  const facts: Fact[] = [
    fact('Ngày diễn ra', record.date ? card.date : null, { datetime: card.datetime, note: provenanceNote(record, 'date') }),
    fact('Quý', record.quarter ? quarterLabel(record.quarter) : null, {
      url: record.quarter ? urlFor.quarter(record.quarter) : urlFor.unknownDate(),
    }),
    fact('Kỳ báo cáo', record.reportingPeriod?.text ?? null),
    fact('Ngày đăng', record.published ? formatShortDate(record.published.value) : null, {
      datetime: record.published?.value ?? null,
      note: provenanceNote(record, 'published'),
    }),
    fact('Địa bàn', card.locality, { note: provenanceNote(record, 'locality') }),
    fact('Tỉnh, thành phố', province?.name ?? null, {
      url: province ? links.provinceUrl : urlFor.unknownProvince(),
      note: provenanceNote(record, 'province'),
    }),
    ...(today ? [fact('Nay thuộc', today.label, { url: today.url, extra: ' (từ 1/7/2025)' })] : []),
    fact('Người chủ trì', record.chair?.name ?? null, {
      url: links.personUrl,
      extra: record.chair?.title ? `, ${record.chair.title}` : null,
      note: provenanceNote(record, 'chair'),
    }),
    fact('Loại hội nghị', record.meetingType.label, {
      url: urlFor.meetingType(record.meetingType.key),
      note: provenanceNote(record, 'meetingType'),
    }),
    fact('Tin, ảnh', record.byline),
  ];
  const titleNote = provenanceNote(record, 'title');
  if (titleNote) facts.unshift(fact('Tiêu đề', card.untitled ? null : card.title, { note: titleNote }));
  return {
    url: card.url,
    title: card.title,
    untitled: card.untitled,
    card,
    crumbs: [
      { label: 'Trang chủ', url: urlFor.home() },
      { label: 'Tỉnh, thành phố', url: urlFor.provinces() },
      province
        ? { label: province.name, url: links.provinceUrl ?? urlFor.provinces() }
        : { label: 'Chưa rõ tỉnh', url: urlFor.unknownProvince() },
    ],
    facts,
    tasks: record.tasks,
    tasksNote: provenanceNote(record, 'tasks'),
    body: record.body,
    captions: record.captions,
    byline: record.byline,
    sourceFile: links.sourceFile,
    corrected: record.corrected.map(fieldName),
    messages: record.messages.map((m) => ({ label: SEVERITY[m.severity], id: m.id, reason: m.reason })),
    prev: links.prev,
    next: links.next,
  };
}
