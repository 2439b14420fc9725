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
 * the previous century. Only the birth of a person of any age (the deceased) is
 * compared at full precision (centuryEarlierReference).
 */
import type { Normalized } from '../finding.js';
import { currentYear } from './calendar.js';
import { DATE_CODES } from './date-finding-codes.js';
import { compareAtCommonPrecision, yearOf } from './partial-date.js';

/** Leading four digits of an ISO date of any precision ('1990', '1990-03-05', '1990-03-05T…'). */
const ISO_YEAR_PREFIX = /^\s*(\d{4})(?!\d)/;

/** The year of an ISO reference date of any precision, or null when there is none. */
function referenceYear(referenceDate: string | null | undefined): number | null {
  if (typeof referenceDate !== 'string') return null;
  const match = ISO_YEAR_PREFIX.exec(referenceDate);
  return match === null ? null : Number(match[1]);
}

/** The latest year a two-digit year may expand to: the registration year, never after the current year. */
export function twoDigitYearLimit(referenceDate: string | null | undefined, thisYear = currentYear()): number {
  const year = referenceYear(referenceDate);
  return year === null ? thisYear : Math.min(year, thisYear);
}

/** Whether a reference date is given (a registration date is read without one). */
export function hasReferenceYear(referenceDate: string | null | undefined): boolean {
  return referenceYear(referenceDate) !== null;
}

/**
 * What the answer of a two-digit-year cell depends on besides the cell: the limit,
 * whether it came from a reference date, and whether the date is the birth of a
 * person of any age (DateOptions.anyAgeBirth) — one number, a memo's key.
 */
export function twoDigitLimitKey(referenceDate: string | null | undefined, thisYear: number, anyAgeBirth: boolean): number {
  return twoDigitYearLimit(referenceDate, thisYear) * 4 + (hasReferenceYear(referenceDate) ? 2 : 0) + (anyAgeBirth ? 1 : 0);
}

/** 75 with limit 2024 → 1975; 24 → 2024; 25 → 1925. */
export function expandTwoDigitYear(twoDigits: number, limitYear: number): number {
  const year = Math.floor(limitYear / 100) * 100 + twoDigits;
  return year > limitYear ? year - 100 : year;
}

/**
 * The birth of a person of any age (the deceased) cannot be after the entry: a
 * two-digit year that lands in the registration's own year but after the
 * registration date at full precision ('12/6/00' registered 10/01/2000) is a
 * century earlier (12/06/1900). Returns the reference to read the cell again with
 * (the year before the registration's), or null when the reading stands. Other
 * dates keep the year-only rule above: a child born after its registration is a
 * typing error for the validator to report.
 */
export function centuryEarlierReference(read: Normalized<string | null> | null, referenceDate: string | null): string | null {
  const value = read?.value;
  if (typeof value !== 'string' || value.length === 4 || referenceDate === null) return null;
  const year = yearOf(referenceDate);
  if (year === null || yearOf(value) !== year || compareAtCommonPrecision(value, referenceDate) <= 0) return null;
  return read!.findings.some((finding) => finding.code === DATE_CODES.twoDigitYear) ? String(year - 1) : null;
}
