// Records → the counts every overview chart, map and table draws, in one pass. A record's province
// is its own (the gazetteer's code, decided at extraction); today's province is the record's
// provinceToday or, failing that, the gazetteer's merger table. Nothing here looks at geometry.
import { MEETING_TYPE_KEYS, type ArticleRecord, type MeetingTypeKey } from '../../records/schema.ts';
import { nameKey } from '../../text/fold.ts';
import type { Gazetteer, GazetteerProvince } from '../model.ts';
import { compareVi } from '../order.ts';

export type Era = 2024 | 2025;

/** What the overview needs from the rest of the site: eras, and the URLs of pages that exist. */
export type OverviewDeps = {
  gazetteer: Gazetteer;
  /** The era of the record's province: 2025 when its event is on or after 1 July 2025. */
  eraOf: (r: ArticleRecord) => Era;
  /** The province page's URL, or null when it has none. */
  provinceUrl: (slug: string) => string | null;
  /** The chair's person page: a stable key (the folded name), the name it is shown under, the URL. */
  personOf: (r: ArticleRecord) => { key: string; name: string; url: string } | null;
};

export type Tally = { count: number };
export type ProvinceTally = { code: string; name: string; slug: string; count: number; url: string | null };
export type NamedTally = { key: string; label: string; url: string | null; count: number; extra: string | null };

export type OverviewCounts = {
  total: number;
  /** Quarter ("2022-Q2") → meeting type → count. */
  quarters: Map<string, Map<MeetingTypeKey, number>>;
  /** Records with no quarter (no date, or only a year). */
  noQuarter: number;
  /** The 63 (events before 1 July 2025) and the 34 (every located record, by today's province). */
  map2024: Map<string, number>;
  map2025: Map<string, number>;
  /** Records from 1 July 2025 on: on the 34 map only. */
  after2025: number;
  noProvince: number;
  /** A province the gazetteer does not know (cannot happen through extraction; kept honest). */
  unmapped: number;
  /** Province page slug → year ("2021", or "" when the date is unknown) → count. */
  provinceYears: Map<string, Map<string, number>>;
  provinceNames: Map<string, string>;
  /** Records with no province, by year. */
  noProvinceYears: Map<string, number>;
  chairs: NamedTally[];
  localities: NamedTally[];
  /** Per province page slug: its quarters, its codes on the 63 map and on the 34 map. */
  perProvince: Map<string, { quarters: Map<string, Map<MeetingTypeKey, number>>; noQuarter: number; codes2024: Set<string>; codes2025: Set<string>; today2025: Set<string> }>;
  types: MeetingTypeKey[];
};

const inc = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

export function countRecords(records: readonly ArticleRecord[], deps: OverviewDeps): OverviewCounts {
  const { gazetteer } = deps;
  const known = {
    2024: new Map(gazetteer.provinces2024.map((p) => [p.code, p])),
    2025: new Map(gazetteer.provinces2025.map((p) => [p.code, p])),
  };
  const entry = (era: Era, code: string, slug: string): GazetteerProvince | null => {
    const p = known[era].get(code);
    return p && p.slug === slug ? p : null;
  };

  const quarters = new Map<string, Map<MeetingTypeKey, number>>();
  const map2024 = new Map<string, number>(), map2025 = new Map<string, number>();
  const provinceYears = new Map<string, Map<string, number>>();
  const provinceNames = new Map<string, string>();
  const noProvinceYears = new Map<string, number>();
  const chairs = new Map<string, NamedTally>();
  const localities = new Map<string, NamedTally & { spellings: Map<string, number> }>();
  const perProvince: OverviewCounts['perProvince'] = new Map();
  const typesSeen = new Set<MeetingTypeKey>();
  let noQuarter = 0, after2025 = 0, noProvince = 0, unmapped = 0;

  for (const r of records) {
    typesSeen.add(r.meetingType.key);
    if (r.quarter) {
      let q = quarters.get(r.quarter);
      if (!q) quarters.set(r.quarter, (q = new Map()));
      inc(q, r.meetingType.key);
    } else noQuarter++;
    const year = r.date?.value.slice(0, 4) ?? '';

    const p = r.province;
    if (!p) {
      noProvince++;
      inc(noProvinceYears, year);
    } else {
      if (!provinceNames.has(p.slug)) provinceNames.set(p.slug, p.name);
      let years = provinceYears.get(p.slug);
      if (!years) provinceYears.set(p.slug, (years = new Map()));
      inc(years, year);
      let mine = perProvince.get(p.slug);
      if (!mine) perProvince.set(p.slug, (mine = { quarters: new Map(), noQuarter: 0, codes2024: new Set(), codes2025: new Set(), today2025: new Set() }));
      if (r.quarter) {
        let q = mine.quarters.get(r.quarter);
        if (!q) mine.quarters.set(r.quarter, (q = new Map()));
        inc(q, r.meetingType.key);
      } else mine.noQuarter++;

      // The era says which list the code is in (An Giang is 89 before, 91 after); a province that
      // is not in the list of its era is looked up in the other before it is called unmapped.
      const era = deps.eraOf(r);
      const other: Era = era === 2024 ? 2025 : 2024;
      const at = entry(era, p.code, p.slug) ? era : entry(other, p.code, p.slug) ? other : null;
      if (at === 2024) {
        inc(map2024, p.code);
        mine.codes2024.add(p.code);
        const today = r.provinceToday?.code ?? gazetteer.provinceToday(p.code)?.code;
        if (today && known[2025].has(today)) {
          inc(map2025, today);
          mine.today2025.add(today);
        }
      } else if (at === 2025) {
        after2025++;
        inc(map2025, p.code);
        mine.codes2025.add(p.code);
      } else unmapped++;
    }

    const person = deps.personOf(r);
    if (person) {
      const c = chairs.get(person.key);
      if (c) c.count++;
      else chairs.set(person.key, { key: person.key, label: person.name, url: person.url, count: 1, extra: null });
    }

    // Localities the article names, keyed by province, level and folded name ("huyện Châu Thành"
    // of two provinces are two places). Their page is the province's: it lists them.
    const loc = r.locality;
    if (loc?.name) {
      const key = `${p?.slug ?? ''}|${loc.level}|${nameKey(loc.name)}`;
      const label = `${loc.level} ${loc.name}`;
      let l = localities.get(key);
      if (!l) {
        l = { key, label, url: p ? deps.provinceUrl(p.slug) : null, count: 0, extra: p?.name ?? null, spellings: new Map() };
        localities.set(key, l);
      }
      l.count++;
      inc(l.spellings, label);
    }
  }

  const byCount = (a: NamedTally, b: NamedTally) => b.count - a.count || compareVi(a.label, b.label) || (a.key < b.key ? -1 : 1);
  return {
    total: records.length,
    quarters, noQuarter,
    map2024, map2025, after2025, noProvince, unmapped,
    provinceYears, provinceNames, noProvinceYears,
    chairs: [...chairs.values()].sort(byCount),
    // The spelling most of its articles use, ties to the first in Vietnamese order.
    localities: [...localities.values()]
      .map(({ spellings, ...l }) => ({ ...l, label: [...spellings].sort((a, b) => b[1] - a[1] || compareVi(a[0], b[0]))[0]![0] }))
      .sort(byCount),
    perProvince,
    types: MEETING_TYPE_KEYS.filter((k) => typesSeen.has(k)),
  };
}
