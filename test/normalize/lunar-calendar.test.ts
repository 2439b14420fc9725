import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunarMonthSpan, lunarToSolar, type SolarDay } from '../../src/normalize/date/lunar-calendar.js';

const iso = (day: SolarDay | null): string | null =>
  day === null ? null : `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

/** Days since 1970-01-01 of a solar day, to compare spans. */
const dayNumber = (day: SolarDay): number => Date.UTC(day.year, day.month - 1, day.day) / 86_400_000;

describe('lunarToSolar: the Vietnamese lunar calendar', () => {
  it.each([
    // Tết (1st day of the 1st month), as celebrated in (northern) Vietnam.
    [1, 1, 1925, false, '1925-01-24'],
    [1, 1, 1940, false, '1940-02-08'],
    [1, 1, 1945, false, '1945-02-13'],
    [1, 1, 1954, false, '1954-02-03'],
    [1, 1, 1968, false, '1968-01-29'], // the North's Tết Mậu Thân (UTC+7); the South, on UTC+8, kept 30 January
    [1, 1, 1975, false, '1975-02-11'],
    [1, 1, 1985, false, '1985-01-21'], // a month before China's (20 February): the UTC+7 winter solstice
    [1, 1, 1990, false, '1990-01-27'],
    [1, 1, 2000, false, '2000-02-05'],
    [1, 1, 2007, false, '2007-02-17'], // China: 18 February
    [1, 1, 2023, false, '2023-01-22'],
    [1, 1, 2024, false, '2024-02-10'],
    // Mid-autumn (15th of the 8th month).
    [15, 8, 1950, false, '1950-09-26'],
    [15, 8, 2022, false, '2022-09-10'],
    [15, 8, 2024, false, '2024-09-17'],
    // Leap months: 2020 repeated the 4th, 2023 the 2nd, 1952 the 5th.
    [1, 4, 2020, false, '2020-04-23'],
    [1, 4, 2020, true, '2020-05-23'],
    [1, 5, 2020, false, '2020-06-21'],
    [1, 2, 2023, false, '2023-02-20'],
    [1, 2, 2023, true, '2023-03-22'],
    [5, 5, 1952, true, '1952-06-26'],
    // The 11th and 12th months end the lunar year in the next solar year.
    [1, 12, 1940, false, '1940-12-29'],
    [10, 12, 1940, false, '1941-01-07'],
  ])('%i/%i/%i (leap %s) → %s', (day, month, year, leap, expected) => {
    expect(iso(lunarToSolar(day, month, year, leap))).toBe(expected);
  });

  it.each([
    [5, 4, 1952, true], // 1952's leap month was the 5th
    [1, 4, 2021, true], // 2021 had no leap month
    [30, 12, 1950, false], // the 12th month of 1950 had 29 days
    [0, 1, 1990, false],
    [31, 1, 1990, false],
    [1, 13, 1990, false],
    [1, 0, 1990, false],
    [1.5, 1, 1990, false],
  ])('%i/%i/%i (leap %s) does not exist', (day, month, year, leap) => {
    expect(lunarToSolar(day, month, year, leap)).toBeNull();
  });

  it('a lunar month has 29 or 30 days and the next one starts the day after it ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2100 }), fc.integer({ min: 1, max: 11 }), (year, month) => {
        const span = lunarMonthSpan(month, year, false)!;
        expect([29, 30]).toContain(span.length);
        expect(dayNumber(span.last) - dayNumber(span.first)).toBe(span.length - 1);
        // The next month of the same number sequence: the leap month of this number if there is one, else month + 1.
        const next = lunarMonthSpan(month, year, true) ?? lunarMonthSpan(month + 1, year, false)!;
        expect(dayNumber(next.first)).toBe(dayNumber(span.last) + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('Tết falls between 20 January and 21 February, and a lunar year has 12 or 13 months (353–385 days)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2100 }), (year) => {
        const tet = lunarToSolar(1, 1, year)!;
        expect(tet.year).toBe(year);
        expect(dayNumber(tet) - Date.UTC(year, 0, 20) / 86_400_000).toBeGreaterThanOrEqual(0);
        expect(dayNumber(tet) - Date.UTC(year, 1, 21) / 86_400_000).toBeLessThanOrEqual(0);
        const length = dayNumber(lunarToSolar(1, 1, year + 1)!) - dayNumber(tet);
        const leapMonths = Array.from({ length: 12 }, (_, i) => lunarMonthSpan(i + 1, year, true)).filter((span) => span !== null);
        expect(leapMonths.length).toBeLessThanOrEqual(1);
        if (leapMonths.length === 0) expect(length).toBeGreaterThanOrEqual(353);
        if (leapMonths.length === 0) expect(length).toBeLessThanOrEqual(355);
        if (leapMonths.length === 1) expect(length).toBeGreaterThanOrEqual(383);
        if (leapMonths.length === 1) expect(length).toBeLessThanOrEqual(385);
      }),
      { numRuns: 120 },
    );
  });
});
