import { describe, expect, it } from 'vitest';
import { eventInstant, formatEventDate, formatShortDate, quarterLabel, quarterShortLabel } from '../../src/site/dates.ts';

describe('formatEventDate', () => {
  it('writes a day with its weekday, as Vietnamese prose does', () => {
    expect(formatEventDate({ value: '2022-04-14', precision: 'day' })).toBe('thứ Năm, 14 tháng 4 năm 2022');
    expect(formatEventDate({ value: '2020-07-28', precision: 'day' })).toBe('thứ Ba, 28 tháng 7 năm 2020');
    expect(formatEventDate({ value: '2022-04-17', precision: 'day' })).toBe('Chủ nhật, 17 tháng 4 năm 2022');
  });

  it('keeps the precision the record has and never invents the rest', () => {
    expect(formatEventDate({ value: '2021-10', precision: 'month' })).toBe('tháng 10/2021');
    expect(formatEventDate({ value: '2021', precision: 'year' })).toBe('năm 2021');
    expect(formatEventDate(null)).toBe('chưa rõ ngày');
  });

  it('does not depend on the machine time zone (a bare ISO day is not read as UTC midnight)', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(formatEventDate({ value: '2021-01-01', precision: 'day' })).toBe('thứ Sáu, 1 tháng 1 năm 2021');
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('rejects a value that is not a date rather than printing "Invalid DateTime"', () => {
    expect(() => formatEventDate({ value: '2022-02-30', precision: 'day' })).toThrow();
  });
});

describe('short dates and quarters', () => {
  it('formats publication stamps with and without time', () => {
    expect(formatShortDate('2020-07-29T16:30')).toBe('16:30 ngày 29/7/2020');
    expect(formatShortDate('2021-03-18')).toBe('18/3/2021');
    expect(formatShortDate(null)).toBe('chưa rõ ngày');
    expect(formatShortDate('2021-10')).toBe('tháng 10/2021');
    expect(formatShortDate('2021')).toBe('năm 2021');
  });

  it('writes a stamp as the wall-clock time it is, whatever zone the build machine is in', () => {
    // Vietnam's time as the portal printed it: the day never moves, even for a stamp just after midnight.
    expect(formatShortDate('2022-01-01T00:05')).toBe('00:05 ngày 1/1/2022');
    expect(formatShortDate('2021-12-31T23:55')).toBe('23:55 ngày 31/12/2021');
    expect(() => formatShortDate('14/4/2022')).toThrow();
  });

  it('names quarters with Roman numerals', () => {
    expect(quarterLabel('2022-Q2')).toBe('Quý II/2022');
    expect(quarterLabel('2021-Q4')).toBe('Quý IV/2021');
    expect(quarterShortLabel('2020-Q3')).toBe('Quý III');
    expect(() => quarterLabel('2022-Q5')).toThrow();
  });

  it('gives the Atom instant of a date as the start of that day in Vietnam', () => {
    expect(eventInstant('2022-04-14').toISOString()).toBe('2022-04-13T17:00:00.000Z');
    expect(eventInstant('2021-10').toISOString()).toBe('2021-09-30T17:00:00.000Z');
    expect(eventInstant('2021').toISOString()).toBe('2020-12-31T17:00:00.000Z');
  });
});
