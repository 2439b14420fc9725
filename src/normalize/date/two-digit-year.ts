/**
 * Two-digit years ('15.8.75', '5/3/90' — DOMAIN.md §5: old registers often use
 * them). An event is not after its registration, so the year becomes the
 * latest one ending in those digits that is not after the registration year
 * (nor after the current year: a mistyped future registration date must not
 * push events into the future); without a registration date, not after the
 * current year. A parent's birth year in a birth record is given the child's
 * birth date as its reference instead (a parent is born first: a father typed
 * '15' in a 2018 re-registration of a 1962 birth was born in 1915).
 *
 * The comparison is on years only: a birth typed '15/3/90' in a book entry
 * registered on 10/03/1990 stays 1990 — a date after its registration inside
 * the same year is a typing error for the validator to report, not a sign of
 * the previous century.
 */
import { currentYear } from './calendar.js';

/** Leading four digits of an ISO date of any precision ('1990', '1990-03-05', '1990-03-05T…'). */
const ISO_YEAR_PREFIX = /^\s*(\d{4})(?!\d)/;

/** The latest year a two-digit year may expand to: the registration year, never after the current year. */
export function twoDigitYearLimit(referenceDate: string | null | undefined, thisYear = currentYear()): number {
  if (typeof referenceDate === 'string') {
    const match = ISO_YEAR_PREFIX.exec(referenceDate);
    if (match !== null) return Math.min(Number(match[1]), thisYear);
  }
  return thisYear;
}

/** 75 with limit 2024 → 1975; 24 → 2024; 25 → 1925. */
export function expandTwoDigitYear(twoDigits: number, limitYear: number): number {
  const year = Math.floor(limitYear / 100) * 100 + twoDigits;
  return year > limitYear ? year - 100 : year;
}
