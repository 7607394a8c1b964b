// Every URL of the site, one function per page kind. Paths are root-relative ("/tinh/kien-giang/");
// under PATH_PREFIX Eleventy's HTML <base> plugin rewrites them in the written HTML, so nothing here
// knows about the prefix. Segments are Vietnamese words without tones, ASCII only.
import type { MeetingTypeKey } from '../records/schema.ts';

/** Page 1 is the list's own URL; later pages are ".../trang-2/". */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang-${page}/`;
}

export const urlFor = {
  home: () => '/',
  about: () => '/gioi-thieu/',
  /** The archive at a glance: charts, the province maps (src/site/overview/). */
  overview: () => '/tong-quan/',
  /** Article pages use the slug computed once into the record, so a library upgrade cannot move them. */
  article: (record: { slug: string }) => `/bai-viet/${record.slug}/`,
  articles: (page = 1) => pageUrl('/bai-viet/', page),
  provinces: () => '/tinh/',
  province: (slug: string, page = 1) => pageUrl(`/tinh/${slug}/`, page),
  unknownProvince: (page = 1) => pageUrl('/tinh/chua-ro/', page),
  quarters: () => '/quy/',
  /** "2022-Q2" → "/quy/2022-q2/". */
  quarter: (quarter: string, page = 1) => pageUrl(`/quy/${quarter.toLowerCase()}/`, page),
  unknownDate: (page = 1) => pageUrl('/chua-ro-ngay/', page),
  people: () => '/nguoi/',
  person: (slug: string, page = 1) => pageUrl(`/nguoi/${slug}/`, page),
  meetingTypes: () => '/loai/',
  meetingType: (key: MeetingTypeKey, page = 1) => pageUrl(`/loai/${key}/`, page),
  recordsJson: () => '/records.json',
  recordsCsv: () => '/records.csv',
  schema: () => '/schema/record.schema.json',
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
  stylesheet: () => '/assets/style.css',
  icon: () => '/assets/favicon.svg',
} as const;

/** The slug "chua-ro" is taken by the unknown-province page; a province never gets it. */
export const UNKNOWN_SLUG = 'chua-ro';
