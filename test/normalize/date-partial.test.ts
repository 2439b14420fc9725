import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt, compareAtCommonPrecision, formatPartialDate, parsePartialDate, yearOf } from '../../src/normalize/date/partial-date.js';

describe('parsePartialDate / formatPartialDate', () => {
  it.each([
    ['1950', { year: 1950 }],
    ['1950-03', { year: 1950, month: 3 }],
    ['1950-03-05', { year: 1950, month: 3, day: 5 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
  ])('%s', (iso, parts) => {
    expect(parsePartialDate(iso)).toEqual(parts);
    expect(formatPartialDate(parts)).toBe(iso);
  });

  it.each(['', '195', '1950-3', '1950-13', '1950-00', '1950-02-30', '1900-02-29', '05/03/1950', '1950-03-05T00:00', ' 1950'])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});

describe('compareAtCommonPrecision', () => {
  it.each([
    ['1947', '1947-12-13', 0], // a re-registration with only the year agrees (DOMAIN.md §8)
    ['1947-12', '1947-12-13', 0],
    ['1947-11', '1947-12-13', -1],
    ['1947-12-14', '1947-12-13', 1],
    ['1948', '1947-12-13', 1],
    ['1947-12-13', '1947-12-13', 0],
    ['1946', '1947', -1],
  ] as const)('%s vs %s → %d', (a, b, expected) => {
    expect(compareAtCommonPrecision(a, b)).toBe(expected);
    expect(compareAtCommonPrecision(b, a)).toBe(-expected || 0);
  });

  it('takes objects too', () => {
    expect(compareAtCommonPrecision({ year: 1990, month: 3 }, '1990-03-31')).toBe(0);
  });

  it('throws on text that is not a normalized date (a caller bug)', () => {
    expect(() => compareAtCommonPrecision('05/03/1990', '1990')).toThrow(RangeError);
  });
});

describe('yearOf', () => {
  it.each([
    ['1990-03-05', 1990],
    ['1990-03', 1990],
    ['1990', 1990],
    ['05/03/1990', null],
    ['', null],
    [null, null],
  ] as const)('%j → %j', (iso, year) => {
    expect(yearOf(iso)).toBe(year);
  });
});

describe('ageAt', () => {
  it.each([
    // marriage-age checks (DOMAIN.md §3.4): completed years at registration
    ['2000-05-10', '2020-05-10', { min: 20, max: 20 }],
    ['2000-05-10', '2020-05-09', { min: 19, max: 19 }],
    ['2000', '2020-05-09', { min: 19, max: 20 }],
    ['2000-05', '2020-05-09', { min: 19, max: 20 }],
    ['2000-05', '2020-06-01', { min: 20, max: 20 }],
    ['2000', '2020', { min: 19, max: 20 }],
    ['2000-02-29', '2018-02-28', { min: 17, max: 17 }], // turns 18 on 1 March in a common year
    ['2000-02-29', '2018-03-01', { min: 18, max: 18 }],
    ['2000-05-10', '2000-05-10', { min: 0, max: 0 }],
    ['2000', '2000-06', { min: 0, max: 0 }],
  ] as const)('born %s, at %s → %j', (birth, at, range) => {
    expect(ageAt(birth, at)).toEqual(range);
  });

  it('is null when the event is wholly before the birth or a date is invalid', () => {
    expect(ageAt('2000-05-10', '1999-12-31')).toBeNull();
    expect(ageAt('2000', '1999')).toBeNull();
    expect(ageAt('not a date', '2000')).toBeNull();
  });

  it('property: min ≤ max, and the exact ages of any full dates inside the ranges lie between them', () => {
    const day = fc.record({ year: fc.integer({ min: 1850, max: 2025 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    const precision = fc.constantFrom(1, 2, 3);
    fc.assert(
      fc.property(day, day, precision, precision, (birth, at, pb, pa) => {
        const cut = (date: typeof birth, p: number) => formatPartialDate(p === 1 ? { year: date.year } : p === 2 ? { year: date.year, month: date.month } : date);
        const exact = ageAt(formatPartialDate(birth), formatPartialDate(at));
        const range = ageAt(cut(birth, pb), cut(at, pa));
        if (exact === null) return;
        if (range === null) throw new Error(`no range for ${cut(birth, pb)} at ${cut(at, pa)}`);
        expect(exact.min).toBe(exact.max);
        expect(range.min).toBeLessThanOrEqual(exact.min);
        expect(range.max).toBeGreaterThanOrEqual(exact.max);
      }),
    );
  });
});
