import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../src/site/load.ts';
import { articleView } from '../../src/site/article.ts';
import { buildSite, isNewEra } from '../../src/site/model.ts';
import { fieldName, provenanceNote, unknownDateReason, unknownProvinceReason } from '../../src/site/notes.ts';
import { chair, day, makeRecord, province } from './make-record.ts';

const KG = province('Kiên Giang', 'kien-giang', '91');
const HT = province('Hà Tĩnh', 'ha-tinh', '42');

function site(records: Parameters<typeof buildSite>[0], pageSize?: number) {
  return buildSite(records, { gazetteer: GAZETTEER, ...(pageSize ? { pageSize } : {}) }).site;
}

describe('buildSite: grouping', () => {
  const a = makeRecord({ n: 1, date: day('2020-07-28'), quarter: '2020-Q3', province: KG, chair: chair('Lê Trung Hồ', 'Bí thư Huyện ủy') });
  const b = makeRecord({ n: 2, date: day('2021-02-01'), quarter: '2021-Q1', province: KG, chair: chair('Lê Trung Hồ') });
  const c = makeRecord({ n: 3, date: day('2022-04-14'), quarter: '2022-Q2', province: HT, chair: chair('Lương Quốc Tuấn') });
  const d = makeRecord({ n: 4 }); // nothing known
  const s = site([d, c, b, a]);

  it('lists every article once, newest first, unknown dates last', () => {
    expect(s.total).toBe(4);
    expect(s.articles.map((x) => x.card.url)).toEqual([c, b, a, d].map((r) => `/bai-viet/${r.slug}/`));
  });

  it('makes one page per province, newest first, grouped by quarter', () => {
    const kg = s.provincePages.find((p) => p.url === '/tinh/kien-giang/')!;
    expect(kg.name).toBe('Kiên Giang');
    expect(kg.count).toBe(2);
    expect(kg.groups.map((g) => g.heading)).toEqual(['Quý I/2021', 'Quý III/2020']);
    expect(kg.facets.find((f) => f.heading === 'Người chủ trì')!.counts).toEqual([{ label: 'Lê Trung Hồ', url: '/nguoi/le-trung-ho/', count: 2 }]);
  });

  it('links older and newer articles in the same province', () => {
    const pageA = articleView(s.articles.find((x) => x.card.url.includes(a.slug))!);
    const pageB = articleView(s.articles.find((x) => x.card.url.includes(b.slug))!);
    expect(pageA.prev).toBeNull();
    expect(pageA.next?.url).toBe(`/bai-viet/${b.slug}/`);
    expect(pageB.prev?.url).toBe(`/bai-viet/${a.slug}/`);
  });

  it('shows unknowns rather than dropping them, with the reason', () => {
    const [unknownProvince] = s.unknownPages.filter((p) => p.kind === 'unknown-province');
    const [unknownDate] = s.unknownPages.filter((p) => p.kind === 'unknown-date');
    expect(unknownProvince!.count).toBe(1);
    expect(unknownProvince!.groups[0]!.items[0]!.note).toBe('Không tìm thấy địa bàn trong bài.');
    expect(unknownDate!.url).toBe('/chua-ro-ngay/');
    expect(unknownDate!.groups.flatMap((g) => g.items).map((i) => i.card.url)).toEqual([`/bai-viet/${d.slug}/`]);
    const page = articleView(s.articles.find((x) => x.card.url.includes(d.slug))!);
    expect(page.facts.find((f) => f.label === 'Tỉnh, thành phố')).toMatchObject({ value: 'chưa rõ', unknown: true, url: '/tinh/chua-ro/' });
    expect(page.facts.find((f) => f.label === 'Ngày diễn ra')).toMatchObject({ value: 'chưa rõ', unknown: true });
  });

  it('orders a person’s meetings as they happened', () => {
    const p = s.personPages.find((x) => x.name === 'Lê Trung Hồ')!;
    expect(p.groups.flatMap((g) => g.items).map((i) => i.card.url)).toEqual([a, b].map((r) => `/bai-viet/${r.slug}/`));
    expect(p.groups[0]!.items[0]!.note).toBe('Bí thư Huyện ủy');
  });

  it('indexes all 63 provinces and the 34, greying those without articles', () => {
    const [old, now] = s.provinceEras;
    expect(old!.rows).toHaveLength(63);
    expect(now!.rows).toHaveLength(34);
    expect(old!.rows.find((r) => r.label === 'Kiên Giang')).toMatchObject({ count: 2, url: '/tinh/kien-giang/', today: 'An Giang' });
    expect(old!.rows.find((r) => r.label === 'Cà Mau')).toMatchObject({ count: 0, url: null });
  });

  it('counts quarters by year and meeting types', () => {
    expect(s.years.map((y) => y.year)).toEqual(['2022', '2021', '2020']);
    expect(s.years[0]!.quarters.map((q) => q.count)).toEqual([0, 1, 0, 0]);
    expect(s.types.find((t) => t.label === 'Khác')!.count).toBe(4);
    expect(s.types).toHaveLength(10);
  });

  it('dates the feed from the newest record, not the clock', () => {
    expect(s.feed.updated?.toISOString()).toBe('2022-04-13T17:00:00.000Z');
    expect(s.feed.entries).toHaveLength(3);
  });
});

describe('buildSite: long lists and edge cases', () => {
  it('paginates a province with many articles, each page linked by number', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      makeRecord({ n: 1000 + i, date: day(`2021-01-${String((i % 28) + 1).padStart(2, '0')}`), quarter: '2021-Q1', province: KG }),
    );
    const s = site(many);
    const pages = s.provincePages.filter((p) => p.name === 'Kiên Giang');
    expect(pages.map((p) => p.url)).toEqual(['/tinh/kien-giang/', '/tinh/kien-giang/trang-2/', '/tinh/kien-giang/trang-3/']);
    expect(pages[1]!.pager).toMatchObject({ page: 2, pages: 3, prev: '/tinh/kien-giang/', next: '/tinh/kien-giang/trang-3/' });
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items))).toHaveLength(120);
    expect(s.sitemap).toContain('/tinh/kien-giang/trang-3/');
  });

  it('keeps one page for the same article saved twice', () => {
    const r = makeRecord({ n: 7 });
    const { site: s, duplicates } = buildSite([r, { ...r, sourceFile: 'content/copy.txt' }], { gazetteer: GAZETTEER });
    expect(s.total).toBe(1);
    expect(duplicates).toHaveLength(1);
  });

  it('gives people whose names fold to the same slug distinct pages', () => {
    const s = site([
      makeRecord({ n: 20, chair: chair('Lê Văn An') }),
      makeRecord({ n: 21, chair: chair('Lê Văn Ân') }),
    ]);
    expect(s.people.map((p) => p.url).sort()).toEqual(['/nguoi/le-van-an-2/', '/nguoi/le-van-an/']);
  });

  it('puts an event from 1 July 2025 in the 34-province era', () => {
    const r = makeRecord({ n: 30, date: day('2025-07-22'), quarter: '2025-Q3', province: province('An Giang', 'an-giang', '91') });
    expect(isNewEra(r)).toBe(true);
    expect(isNewEra(makeRecord({ n: 31, date: day('2025-06-30') }))).toBe(false);
    const s = site([r]);
    expect(s.provinceEras[1]!.rows.find((x) => x.label === 'An Giang')).toMatchObject({ count: 1, url: '/tinh/an-giang/' });
    expect(s.provinceEras[0]!.rows.find((x) => x.label === 'An Giang')).toMatchObject({ count: 0, url: null });
  });

  it('works with no records at all', () => {
    const s = site([]);
    expect(s.total).toBe(0);
    expect(s.articleListPages).toHaveLength(1);
    expect(s.feed.updated).toBeNull();
  });
});

describe('notes', () => {
  it('says which words an inferred year came from', () => {
    const r = makeRecord({ n: 40, date: day('2022-04-14', 'inferred', 'quý I/2022') });
    expect(provenanceNote(r, 'date')).toBe('năm suy ra từ «quý I/2022»');
    expect(provenanceNote(makeRecord({ n: 41, date: day('2022-04-14') }), 'date')).toBeNull();
  });

  it('marks a keeper’s correction', () => {
    expect(provenanceNote(makeRecord({ n: 42, date: day('2022-04-14'), corrected: ['date'] }), 'date')).toBe('người lưu trữ đã hiệu chỉnh');
  });

  it('explains unknown provinces and dates from the messages first, else from the fields', () => {
    const said = makeRecord({ n: 43, messages: [{ id: 'locality/unnamed', severity: 'warning', reason: 'Thị ủy without a name' }] });
    expect(unknownProvinceReason(said)).toBe('Thị ủy without a name');
    const unnamed = makeRecord({ n: 44, locality: { name: null, level: 'thị xã', certainty: 'stated', evidence: null, rule: 'locality/committee' } });
    expect(unknownProvinceReason(unnamed)).toBe('Bài chỉ nói «thị xã», không nêu tên địa bàn.');
    expect(unknownDateReason(makeRecord({ n: 45, date: { value: '2021', precision: 'year', certainty: 'inferred', evidence: null, rule: 'dates/year' } }))).toBe(
      'Chỉ biết năm 2021, chưa rõ tháng.',
    );
  });
});

describe('corrected fields are named in Vietnamese', () => {
  it('the keys a keeper corrected read as the reader names them', () => {
    expect(['title', 'province', 'chair', 'date'].map(fieldName)).toEqual(['tiêu đề', 'tỉnh', 'người chủ trì', 'ngày diễn ra']);
  });
});
