import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../src/normalize/date/calendar.js';
import { compareAtCommonPrecision, parsePartialDate, yearOf, type PartialDate } from '../../src/normalize/date/partial-date.js';

/** The reading as first written (a regex), against which the character-by-character one is held. */
function referenceParse(iso: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
const digits = (count: number): fc.Arbitrary<string> => fc.array(digit, { minLength: count, maxLength: count }).map((list) => list.join(''));
/** 'YYYY-MM-DD' cut to any length, with a few years only (so that pairs share one) and any month or day digits. */
const shaped = fc
  .tuple(fc.constantFrom('1990', '2000', '2024', '0000'), digits(2), digits(2), fc.constantFrom(4, 7, 10, 10, 10, 9, 8, 5))
  .map(([year, month, day, length]) => `${year}-${month}-${day}`.slice(0, length));
/** Texts of 0–11 characters mostly made of digits and hyphens, so most have the shape and many just miss it. */
const isoLike = fc.oneof(
  shaped,
  fc.tuple(fc.constantFrom('1990', '2024'), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  ),
  fc.array(fc.constantFrom('0', '1', '2', '9', '-', '-', ' ', 'a', '٣', '\n'), { maxLength: 11 }).map((chars) => chars.join('')),
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).chain((date) => {
    const iso = date.toISOString().slice(0, 10);
    return fc.constantFrom(iso, iso.slice(0, 7), iso.slice(0, 4), `${iso}\n`, iso.replace('-', '/'));
  }),
  fc.string({ maxLength: 12 }),
);

describe('partial ISO dates', () => {
  it('parsePartialDate and yearOf read exactly what the regex reads', () => {
    fc.assert(
      fc.property(isoLike, (text) => {
        expect(parsePartialDate(text)).toEqual(referenceParse(text));
        expect(yearOf(text)).toBe(referenceParse(text)?.year ?? null);
      }),
      { numRuns: 5000 },
    );
  });

  it('compareAtCommonPrecision on two texts agrees with the comparison of the parsed dates, and throws as it did', () => {
    fc.assert(
      fc.property(isoLike, isoLike, (a, b) => {
        const left = referenceParse(a);
        const right = referenceParse(b);
        if (left === null || right === null) {
          expect(() => compareAtCommonPrecision(a, b)).toThrow(RangeError);
          return;
        }
        expect(compareAtCommonPrecision(a, b)).toBe(compareAtCommonPrecision(left, right));
      }),
      { numRuns: 5000 },
    );
  });
});
