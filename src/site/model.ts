// Records → everything the site's templates show, computed in one pass of grouping (Maps) and one
// sort per list. Templates paginate these arrays; none of them filters or sorts records itself.
import { relative } from 'node:path';
import { escape } from 'html-escaper';
import { MEETING_TYPE_KEYS, MEETING_TYPES, type MeetingTypeKey, type ArticleRecord } from '../records/schema.ts';
import { nameKey } from '../text/fold.ts';
import { slug as slugOf } from '../text/slug.ts';
import { cardOf, type ArticlePage, type Card, type Link } from './article.ts';
import { eventInstant, formatEventDate, quarterLabel, quarterShortLabel } from './dates.ts';
import { unknownDateReason, unknownProvinceReason } from './notes.ts';
import { buildOverview, todayRowId, type Overview } from './overview/index.ts';
import { compareNewest, compareOldest, compareQuarterDesc, compareVi } from './order.ts';
import { chunk, pager, PAGE_SIZE, type Pager } from './paginate.ts';
import { UNKNOWN_SLUG, urlFor } from './urls.ts';

/** The part of the gazetteer the site needs (src/gazetteer/index.ts provides it). */
export type GazetteerProvince = { code: string; name: string; slug: string; kind: string; era: number | string };
export type Gazetteer = {
  provinces2024: readonly GazetteerProvince[];
  provinces2025: readonly GazetteerProvince[];
  provinceToday: (code2024: string) => GazetteerProvince | null | undefined;
};

export type Item = { card: Card; note: string | null };
export type Group = { heading: string | null; url: string | null; items: Item[] };
export type Count = { label: string; url: string | null; count: number; extra?: string | null };
export type Facet = { heading: string; counts: Count[] };

/** One page of a long list: a province's articles, a quarter's, a person's, ... */
export type ListPage = {
  kind: string;
  url: string;
  /** The list's name: <title>, <h1> and links to it all use it. */
  name: string;
  /** What the <h1> adds after the name ("12 bài viết"). */
  summary: string;
  intro: string | null;
  count: number;
  crumbs: Link[];
  groups: Group[];
  facets: Facet[];
  pager: Pager;
  /** A province's first page: its small overview, a locator map and chart (HTML from src/site/overview). */
  mini?: string | null;
};

export type ProvinceRow = Count & { kind: string; today: string | null };
export type ProvinceEra = { heading: string; intro: string; showToday: boolean; rows: ProvinceRow[] };
export type YearRow = { year: string; total: number; quarters: Count[]; yearOnly: number };

export type SiteFields = {
  total: number;
  /** One per article page; its view is made where the page is drawn (articleView). */
  articles: ArticlePage[];
  articleListPages: ListPage[];
  provincePages: ListPage[];
  quarterPages: ListPage[];
  personPages: ListPage[];
  typePages: ListPage[];
  /** "Chưa rõ tỉnh" and "Chưa rõ ngày": records listed with the reason. */
  unknownPages: ListPage[];
  provinceEras: ProvinceEra[];
  unknownProvinceCount: number;
  years: YearRow[];
  unknownDateCount: number;
  people: Count[];
  types: Count[];
  home: { latest: Card[]; provinces: Count[]; quarters: Count[]; types: Count[] };
  feed: { updated: Date | null; entries: FeedEntry[] };
  sitemap: string[];
  /** /tong-quan/: charts and province maps (src/site/overview); optional for a SiteData made of a slice of the lists. */
  overview?: Overview;
};

export type FeedEntry = { title: string; url: string; id: string; updated: Date; summary: string; html: string };

/**
 * A class instance, not a plain object: Eleventy deep-copies plain objects in global data for every
 * paginated template, which at 20,000 records costs seconds; instances are passed by reference.
 */
export interface SiteData extends SiteFields {}
export class SiteData {
  constructor(fields: SiteFields) {
    Object.assign(this, fields);
  }
}

export type BuildOptions = {
  gazetteer: Gazetteer;
  /** Source paths are shown relative to this (the content directory). */
  sourceRoot?: string;
  pageSize?: number;
  feedSize?: number;
  latestSize?: number;
};

const NEW_ERA = '2025-07-01';
const KIND_LABEL: { [kind: string]: string } = { tinh: 'tỉnh', 'thanh-pho-trung-uong': 'thành phố trực thuộc trung ương' };
/** The word before a province's name in running text: "tỉnh An Giang", "thành phố Cần Thơ". */
const UNIT_WORD: { [kind: string]: string } = { tinh: 'tỉnh', 'thanh-pho-trung-uong': 'thành phố' };
const ARTICLES = (n: number) => `${n.toLocaleString('vi-VN')} bài viết`;

/** Whether a record's province is one of the 34 (its event is on or after 1 July 2025). */
export function isNewEra(record: ArticleRecord): boolean {
  const d = record.date;
  if (!d) return false;
  return d.precision === 'year' ? d.value > NEW_ERA.slice(0, 4) : d.value >= NEW_ERA.slice(0, d.value.length);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const countsOf = <T>(values: Iterable<T>): Map<T, number> => {
  const m = new Map<T, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
};

/** Splits a sorted list into pages and groups each page's items under headings, in order. */
function listPages(
  spec: Omit<ListPage, 'url' | 'groups' | 'pager' | 'count'> & { urlOf: (page: number) => string },
  records: readonly ArticleRecord[],
  cards: Map<string, Card>,
  groupOf: (r: ArticleRecord) => { heading: string | null; url: string | null },
  noteOf: (r: ArticleRecord) => string | null,
  size: number,
): ListPage[] {
  const { urlOf, ...rest } = spec;
  const chunks = chunk(records, size);
  return chunks.map((part, i) => {
    const groups: Group[] = [];
    for (const r of part) {
      const g = groupOf(r);
      let last = groups.at(-1);
      if (!last || last.heading !== g.heading) groups.push((last = { heading: g.heading, url: g.url, items: [] }));
      last.items.push({ card: cards.get(r.id)!, note: noteOf(r) });
    }
    return { ...rest, url: urlOf(i + 1), count: records.length, groups, pager: pager(i + 1, chunks.length, urlOf) };
  });
}

const byQuarter = (r: ArticleRecord) =>
  r.quarter
    ? { heading: quarterLabel(r.quarter), url: urlFor.quarter(r.quarter) }
    : r.date
      ? { heading: `${formatEventDate(r.date)} (chưa rõ quý)`, url: null }
      : { heading: 'Chưa rõ ngày', url: urlFor.unknownDate() };

/** Drops a second record with the same id (the same article saved twice): one page per article. */
function dedupe(records: readonly ArticleRecord[]): { kept: ArticleRecord[]; duplicates: [ArticleRecord, ArticleRecord][] } {
  const byId = new Map<string, ArticleRecord>();
  const bySlug = new Map<string, ArticleRecord>();
  const duplicates: [ArticleRecord, ArticleRecord][] = [];
  for (const r of [...records].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0))) {
    const first = byId.get(r.id) ?? bySlug.get(r.slug);
    if (first) {
      duplicates.push([first, r]);
      continue;
    }
    byId.set(r.id, r);
    bySlug.set(r.slug, r);
  }
  return { kept: [...byId.values()], duplicates };
}

export type BuiltSite = { site: SiteData; records: ArticleRecord[]; duplicates: [ArticleRecord, ArticleRecord][] };

/** `records` are the ones kept, in file order: what records.json and records.csv hold. */
export function buildSite(input: readonly ArticleRecord[], options: BuildOptions): BuiltSite {
  const steps = siteSteps(input, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * buildSite in two steps: it yields the article pages as soon as they are known (the grouping, the
 * people's pages and the neighbours they link to), so that drawing them can begin, with the records
 * kept (as BuiltSite's), then returns the whole site (lists, indexes, overview, feed, sitemap) when
 * asked for the next step.
 */
export function* siteSteps(input: readonly ArticleRecord[], options: BuildOptions): Generator<{ articles: ArticlePage[]; records: ArticleRecord[] }, BuiltSite, void> {
  const size = options.pageSize ?? PAGE_SIZE;
  const { kept, duplicates } = dedupe(input);
  const records = [...kept].sort(compareNewest);
  const cards = new Map(records.map((r) => [r.id, cardOf(r)]));

  // One pass: every grouping the site shows.
  const byProvince = new Map<string, ArticleRecord[]>();
  const unknownProvince: ArticleRecord[] = [];
  const byQuarterKey = new Map<string, ArticleRecord[]>();
  const unknownDate: ArticleRecord[] = [];
  const byPerson = new Map<string, ArticleRecord[]>();
  const byType = new Map<MeetingTypeKey, ArticleRecord[]>();
  const provinceNames = new Map<string, string>();
  const eraCounts = new Map<string, number>(); // "2024:slug" / "2025:slug"
  for (const r of records) {
    if (r.province) {
      push(byProvince, r.province.slug, r);
      if (!provinceNames.has(r.province.slug)) provinceNames.set(r.province.slug, r.province.name);
      const era = `${isNewEra(r) ? 2025 : 2024}:${r.province.slug}`;
      eraCounts.set(era, (eraCounts.get(era) ?? 0) + 1);
    } else unknownProvince.push(r);
    if (r.quarter) push(byQuarterKey, r.quarter, r);
    else unknownDate.push(r);
    if (r.chair) push(byPerson, nameKey(r.chair.name), r);
    push(byType, r.meetingType.key, r);
  }

  const provinceUrl = (slug: string) => (byProvince.has(slug) && slug !== UNKNOWN_SLUG ? urlFor.province(slug) : null);

  // People: one page per name (folded: "Huyến"/"Huyến" in NFD or with old tones are one person).
  // Slugs are unique: a second name with the same ASCII form gets "-2", in name order, so stable.
  const personSlug = new Map<string, string>();
  const personName = new Map<string, string>();
  const takenSlugs = new Set<string>();
  const personKeys = [...byPerson.keys()].sort(compareVi);
  for (const key of personKeys) {
    const list = byPerson.get(key)!;
    // The spelling most articles use, ties to the first in order.
    const spellings = countsOf(list.map((r) => r.chair!.name));
    const name = [...spellings].sort((a, b) => b[1] - a[1] || compareVi(a[0], b[0]))[0]![0];
    const base = slugOf(name) || 'nguoi';
    let s = base;
    for (let n = 2; takenSlugs.has(s); n++) s = `${base}-${n}`;
    takenSlugs.add(s);
    personSlug.set(key, s);
    personName.set(key, name);
  }
  const personUrlOf = (r: ArticleRecord) => (r.chair ? urlFor.person(personSlug.get(nameKey(r.chair.name))!) : null);

  // Articles, with older/newer neighbours in the same province (lists are newest first).
  const neighbours = new Map<string, { prev: Link | null; next: Link | null }>();
  const linkTo = (r: ArticleRecord | undefined): Link | null => (r ? { label: cards.get(r.id)!.title, url: urlFor.article(r) } : null);
  for (const list of [...byProvince.values(), unknownProvince]) {
    list.forEach((r, i) => neighbours.set(r.id, { prev: linkTo(list[i + 1]), next: linkTo(list[i - 1]) }));
  }
  // Today's province: its page when it has articles of its own, else its row in the overview's table
  // of the 34, which lists the former provinces it took in.
  const provinces2025 = new Map(options.gazetteer.provinces2025.map((p) => [p.code, p]));
  const todayLink = (today: { name: string; slug: string; code: string }): Link => {
    const unit = UNIT_WORD[provinces2025.get(today.code)?.kind ?? ''];
    return { label: unit ? `${unit} ${today.name}` : today.name, url: provinceUrl(today.slug) ?? `${urlFor.overview()}#${todayRowId(today.slug)}` };
  };
  const sourceRoot = options.sourceRoot;
  const articles = records.map((r): ArticlePage => {
    const province = r.province;
    const today = r.provinceToday;
    const changed = province && today && (today.code !== province.code || today.name !== province.name);
    return {
      record: r,
      card: cards.get(r.id)!,
      links: {
        provinceUrl: province ? provinceUrl(province.slug) : null,
        today: changed ? todayLink(today) : null,
        personUrl: personUrlOf(r),
        sourceFile: sourceRoot ? relative(sourceRoot, r.sourceFile) : r.sourceFile,
        ...neighbours.get(r.id)!,
      },
    };
  });

  yield { articles, records: kept };

  const overview = buildOverview(records, {
    gazetteer: options.gazetteer,
    eraOf: (r) => (isNewEra(r) ? 2025 : 2024),
    provinceUrl,
    personOf: (r) => (r.chair ? { key: nameKey(r.chair.name), name: personName.get(nameKey(r.chair.name))!, url: personUrlOf(r)! } : null),
  });

  const home = { label: 'Trang chủ', url: urlFor.home() };
  const none = () => null;

  // Provinces.
  const provinceSlugs = [...byProvince.keys()].sort((a, b) => compareVi(provinceNames.get(a)!, provinceNames.get(b)!));
  const provincePages = provinceSlugs.flatMap((slug) => {
    const list = byProvince.get(slug)!;
    const name = provinceNames.get(slug)!;
    const localities = countsOf(list.flatMap((r) => (r.locality ? [r.locality.name ? `${r.locality.level} ${r.locality.name}` : r.locality.level] : [])));
    const chairs = countsOf(list.flatMap((r) => (r.chair ? [nameKey(r.chair.name)] : [])));
    const types = countsOf(list.map((r) => r.meetingType.key));
    const facets: Facet[] = [
      { heading: 'Địa bàn', counts: [...localities].sort((a, b) => compareVi(a[0], b[0])).map(([label, count]) => ({ label, url: null, count })) },
      {
        heading: 'Người chủ trì',
        counts: [...chairs]
          .map(([key, count]) => ({ label: personName.get(key)!, url: urlFor.person(personSlug.get(key)!), count }))
          .sort((a, b) => compareVi(a.label, b.label)),
      },
      { heading: 'Loại hội nghị', counts: typeCounts(types) },
    ];
    const pages = listPages(
      {
        kind: 'province', name, summary: ARTICLES(list.length), intro: null, facets,
        crumbs: [home, { label: 'Tỉnh, thành phố', url: urlFor.provinces() }],
        urlOf: (p) => urlFor.province(slug, p),
      },
      list, cards, byQuarter, none, size,
    );
    pages[0]!.mini = overview.provinceMini.get(slug) ?? null;
    return pages;
  });

  // Quarters, each grouped by province (unknown last), newest first within a province.
  const provinceOrder = (r: ArticleRecord) => r.province?.name ?? null;
  const byProvinceThenNewest = (a: ArticleRecord, b: ArticleRecord) => {
    const pa = provinceOrder(a), pb = provinceOrder(b);
    if (pa !== pb) return pa === null ? 1 : pb === null ? -1 : compareVi(pa, pb);
    return compareNewest(a, b);
  };
  const quarterKeys = [...byQuarterKey.keys()].sort(compareQuarterDesc);
  const quarterPages = quarterKeys.flatMap((q) => {
    const list = byQuarterKey.get(q)!.sort(byProvinceThenNewest);
    return listPages(
      {
        kind: 'quarter', name: quarterLabel(q), summary: ARTICLES(list.length), intro: null, facets: [],
        crumbs: [home, { label: 'Theo quý', url: urlFor.quarters() }],
        urlOf: (p) => urlFor.quarter(q, p),
      },
      list, cards,
      (r) => (r.province ? { heading: r.province.name, url: provinceUrl(r.province.slug) } : { heading: 'Chưa rõ tỉnh', url: urlFor.unknownProvince() }),
      none, size,
    );
  });

  // People: their meetings in the order they happened.
  const personPages = personKeys.flatMap((key) => {
    const list = byPerson.get(key)!.sort(compareOldest);
    const titles = countsOf(list.flatMap((r) => (r.chair?.title ? [r.chair.title] : [])));
    const provinces = countsOf(list.flatMap((r) => (r.province ? [r.province.slug] : [])));
    return listPages(
      {
        kind: 'person', name: personName.get(key)!, summary: `chủ trì ${ARTICLES(list.length)}`, intro: null,
        facets: [
          { heading: 'Chức vụ nêu trong bài', counts: [...titles].sort((a, b) => compareVi(a[0], b[0])).map(([label, count]) => ({ label, url: null, count })) },
          { heading: 'Tỉnh, thành phố', counts: [...provinces].map(([s, count]) => ({ label: provinceNames.get(s)!, url: provinceUrl(s), count })).sort((a, b) => compareVi(a.label, b.label)) },
        ],
        crumbs: [home, { label: 'Người chủ trì', url: urlFor.people() }],
        urlOf: (p) => urlFor.person(personSlug.get(key)!, p),
      },
      list, cards, byQuarter, (r) => r.chair?.title ?? null, size,
    );
  });

  // Meeting types.
  const typePages = MEETING_TYPE_KEYS.filter((k) => byType.has(k)).flatMap((key) => {
    const list = byType.get(key)!;
    return listPages(
      {
        kind: 'meeting-type', name: MEETING_TYPES[key], summary: ARTICLES(list.length), intro: null, facets: [],
        crumbs: [home, { label: 'Loại hội nghị', url: urlFor.meetingTypes() }],
        urlOf: (p) => urlFor.meetingType(key, p),
      },
      list, cards, byQuarter, none, size,
    );
  });

  // Unknowns, with the reason.
  const unknownPages = [
    ...listPages(
      {
        kind: 'unknown-province', name: 'Chưa rõ tỉnh', summary: ARTICLES(unknownProvince.length), facets: [],
        intro: 'Những bài viết chưa xác định được tỉnh, thành phố: bài không nêu địa bàn, chỉ nói «Thị ủy», «Huyện ủy» mà không nêu tên, hoặc nêu một tên có ở nhiều tỉnh. Chương trình không đoán; lý do ghi dưới mỗi bài.',
        crumbs: [home, { label: 'Tỉnh, thành phố', url: urlFor.provinces() }],
        urlOf: (p) => urlFor.unknownProvince(p),
      },
      unknownProvince, cards, byQuarter, unknownProvinceReason, size,
    ),
    ...listPages(
      {
        kind: 'unknown-date', name: 'Chưa rõ ngày', summary: ARTICLES(unknownDate.length), facets: [],
        intro: 'Những bài viết chưa xác định được ngày diễn ra, hoặc chỉ biết năm nên chưa xếp được vào quý nào. Chương trình không tự thêm phần ngày tháng mà bài không nêu; lý do ghi dưới mỗi bài.',
        crumbs: [home, { label: 'Theo quý', url: urlFor.quarters() }],
        urlOf: (p) => urlFor.unknownDate(p),
      },
      unknownDate, cards,
      (r) => (r.province ? { heading: r.province.name, url: provinceUrl(r.province.slug) } : { heading: 'Chưa rõ tỉnh', url: urlFor.unknownProvince() }),
      unknownDateReason, size,
    ),
  ];

  const articleListPages = listPages(
    {
      kind: 'articles', name: 'Tất cả bài viết', summary: ARTICLES(records.length), intro: 'Mới nhất trước.', facets: [],
      crumbs: [home], urlOf: (p) => urlFor.articles(p),
    },
    records, cards, byQuarter, none, size,
  );

  // The provinces index: every province of both eras, those without an article greyed.
  const eraRows = (era: 2024 | 2025, list: readonly GazetteerProvince[]): ProvinceRow[] => {
    const rows = new Map<string, ProvinceRow>();
    for (const p of list) {
      const count = eraCounts.get(`${era}:${p.slug}`) ?? 0;
      const today = era === 2024 ? options.gazetteer.provinceToday(p.code) : null;
      rows.set(p.slug, {
        label: p.name, url: count ? provinceUrl(p.slug) : null, count, kind: KIND_LABEL[p.kind] ?? p.kind,
        today: today && today.name !== p.name ? today.name : null,
      });
    }
    // A province the gazetteer does not know still gets its row: its page exists.
    for (const [key, count] of eraCounts) {
      const [e, slug] = key.split(':') as [string, string];
      if (Number(e) === era && !rows.has(slug)) {
        rows.set(slug, { label: provinceNames.get(slug)!, url: provinceUrl(slug), count, kind: '', today: null });
      }
    }
    return [...rows.values()].sort((a, b) => compareVi(a.label, b.label));
  };
  const provinceEras: ProvinceEra[] = [
    {
      heading: 'Trước 1/7/2025: 63 tỉnh, thành phố',
      intro: 'Bài viết về sự kiện trước ngày 1/7/2025 thuộc tỉnh, thành phố lúc đó.',
      showToday: true,
      rows: eraRows(2024, options.gazetteer.provinces2024),
    },
    {
      heading: 'Từ 1/7/2025: 34 tỉnh, thành phố',
      intro: 'Sự kiện từ ngày 1/7/2025 thuộc một trong 34 tỉnh, thành phố sau khi sắp xếp.',
      showToday: false,
      rows: eraRows(2025, options.gazetteer.provinces2025),
    },
  ];

  // Quarters index, by year.
  const years = new Map<string, YearRow>();
  const yearOf = (y: string) => {
    let row = years.get(y);
    if (!row) years.set(y, (row = { year: y, total: 0, yearOnly: 0, quarters: [] }));
    return row;
  };
  for (const [q, list] of byQuarterKey) yearOf(q.slice(0, 4)).total += list.length;
  for (const r of unknownDate) if (r.date) { const row = yearOf(r.date.value.slice(0, 4)); row.total++; row.yearOnly++; }
  for (const row of years.values()) {
    row.quarters = [1, 2, 3, 4].map((n) => {
      const q = `${row.year}-Q${n}`;
      const count = byQuarterKey.get(q)?.length ?? 0;
      return { label: quarterShortLabel(q), url: count ? urlFor.quarter(q) : null, count };
    });
  }

  const typeCountsAll = typeCounts(new Map([...byType].map(([k, v]) => [k, v.length])), true);
  const people: Count[] = personKeys
    .map((key) => ({ label: personName.get(key)!, url: urlFor.person(personSlug.get(key)!), count: byPerson.get(key)!.length }))
    .sort((a, b) => compareVi(a.label, b.label));

  // The feed: newest dated articles; `updated` from the newest record, never the clock.
  const dated = records.filter((r) => r.date).slice(0, options.feedSize ?? 50);
  const feed = {
    updated: dated[0]?.date ? dated[0].date.value : null,
    entries: dated.map((r) => feedEntry(r, cards.get(r.id)!)),
  };

  const allLists = [articleListPages, provincePages, quarterPages, personPages, typePages, unknownPages];
  const site = new SiteData({
    total: records.length,
    articles,
    articleListPages, provincePages, quarterPages, personPages, typePages, unknownPages,
    provinceEras,
    unknownProvinceCount: unknownProvince.length,
    years: [...years.values()].sort((a, b) => compareQuarterDesc(a.year, b.year)),
    unknownDateCount: unknownDate.length,
    people,
    types: typeCountsAll,
    home: {
      latest: records.slice(0, options.latestSize ?? 20).map((r) => cards.get(r.id)!),
      provinces: provinceSlugs.map((s) => ({ label: provinceNames.get(s)!, url: urlFor.province(s), count: byProvince.get(s)!.length })),
      quarters: quarterKeys.map((q) => ({ label: quarterLabel(q), url: urlFor.quarter(q), count: byQuarterKey.get(q)!.length })),
      types: typeCountsAll.filter((t) => t.count > 0),
    },
    feed: { updated: feed.updated ? eventInstant(feed.updated) : null, entries: feed.entries },
    overview,
    sitemap: [
      urlFor.home(), urlFor.about(), urlFor.overview(), urlFor.provinces(), urlFor.quarters(), urlFor.people(), urlFor.meetingTypes(),
      ...allLists.flatMap((pages) => pages.map((p) => p.url)),
      ...articles.map((a) => a.card.url),
    ],
  });
  return { site, records: kept, duplicates };
}

function typeCounts(counts: Map<MeetingTypeKey, number>, all = false): Count[] {
  return MEETING_TYPE_KEYS.filter((k) => all || counts.has(k)).map((k) => {
    const count = counts.get(k) ?? 0;
    return { label: MEETING_TYPES[k], url: count ? urlFor.meetingType(k) : null, count };
  });
}


function feedEntry(r: ArticleRecord, card: Card): FeedEntry {
  const summary = [card.date, card.province ?? 'chưa rõ tỉnh', card.type, card.chair ? `chủ trì: ${card.chair}` : null]
    .filter(Boolean)
    .join(' · ');
  // Atom `content type="html"` carries HTML as text: the article's words are escaped here, once,
  // and the template escapes the whole again for XML.
  const html = [
    ...r.body.slice(0, 3).map((p) => `<p>${escape(p)}</p>`),
    r.tasks.length ? `<ul>${r.tasks.map((t) => `<li>${escape(t)}</li>`).join('')}</ul>` : '',
  ].join('');
  return {
    title: card.title,
    url: card.url,
    id: `urn:bien-nien:bai-viet:${r.id}`,
    updated: eventInstant(r.date!.value),
    summary,
    html,
  };
}
