import { describe, expect, it } from 'vitest';
import { chunk, pager, pagerNumbers } from '../../src/site/paginate.ts';
import { urlFor } from '../../src/site/urls.ts';

describe('urlFor', () => {
  it('gives each page kind its Vietnamese, ASCII path', () => {
    expect(urlFor.article({ slug: '2022-04-14-giao-ban-e8c9d4' })).toBe('/bai-viet/2022-04-14-giao-ban-e8c9d4/');
    expect(urlFor.province('kien-giang')).toBe('/tinh/kien-giang/');
    expect(urlFor.quarter('2022-Q2')).toBe('/quy/2022-q2/');
    expect(urlFor.person('le-trung-ho')).toBe('/nguoi/le-trung-ho/');
    expect(urlFor.meetingType('giao-ban')).toBe('/loai/giao-ban/');
    expect(urlFor.unknownProvince()).toBe('/tinh/chua-ro/');
    expect(urlFor.unknownDate()).toBe('/chua-ro-ngay/');
  });

  it('puts later pages of a list under trang-N/', () => {
    expect(urlFor.province('kien-giang', 1)).toBe('/tinh/kien-giang/');
    expect(urlFor.province('kien-giang', 3)).toBe('/tinh/kien-giang/trang-3/');
    expect(urlFor.unknownDate(2)).toBe('/chua-ro-ngay/trang-2/');
  });

  it('only ever gives ASCII paths', () => {
    const all = [urlFor.home(), urlFor.about(), urlFor.provinces(), urlFor.quarters(), urlFor.people(), urlFor.meetingTypes(), urlFor.feed()];
    for (const u of all) expect(u).toMatch(/^[\x21-\x7e]+$/);
  });
});

describe('pagination', () => {
  it('cuts lists into pages of 50 and keeps one empty page for an empty list', () => {
    expect(chunk(Array.from({ length: 120 }, (_, i) => i)).map((c) => c.length)).toEqual([50, 50, 20]);
    expect(chunk([])).toEqual([[]]);
  });

  it('shows first, last and a window around the current page, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(30, 60)).toEqual([1, null, 28, 29, 30, 31, 32, null, 60]);
    expect(pagerNumbers(4, 60)).toEqual([1, 2, 3, 4, 5, 6, null, 60]);
  });

  it('links previous and next pages', () => {
    const p = pager(2, 3, (n) => urlFor.province('ha-tinh', n));
    expect(p.prev).toBe('/tinh/ha-tinh/');
    expect(p.next).toBe('/tinh/ha-tinh/trang-3/');
    expect(p.links).toContainEqual({ number: 2, url: '/tinh/ha-tinh/trang-2/', current: true });
    expect(pager(1, 1, (n) => `/x/${n}/`)).toMatchObject({ prev: null, next: null });
  });
});
