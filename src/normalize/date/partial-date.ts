/**
 * Reduced-precision dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD') as the normalizer
 * emits them, and the comparisons validators and dedup need. Historical
 * registers often hold only a year or a month (DOMAIN.md §5), and a
 * re-registration that carries only "1947" must agree with 13/12/1947
 * (DOMAIN.md §8), so comparisons happen at the precision both sides share.
 */
import { daysInMonth, type CivilDate } from './calendar.js';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** A partial date as an object or as its ISO text. */
export type PartialDateInput = PartialDate | string;

const HYPHEN = 0x2d;

/** The ASCII digits at iso[start … start + count) as a number; -1 when one is not a digit. */
function digitsAt(iso: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = iso.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Year, month and day of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (zero-padded, real calendar date)
 * into `out` (0 = no month / day) without allocating; false for anything else. Validators call
 * this several times per row.
 */
function readPartialDate(iso: string, out: { year: number; month: number; day: number }): boolean {
  const { length } = iso;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  const year = digitsAt(iso, 0, 4);
  if (year < 0) return false;
  let month = 0;
  let day = 0;
  if (length >= 7) {
    month = iso.charCodeAt(4) === HYPHEN ? digitsAt(iso, 5, 2) : -1;
    if (month < 1 || month > 12) return false;
  }
  if (length === 10) {
    day = iso.charCodeAt(7) === HYPHEN ? digitsAt(iso, 8, 2) : -1;
    if (day < 1 || day > daysInMonth(year, month)) return false;
  }
  out.year = year;
  out.month = month;
  out.day = day;
  return true;
}

/** Reads 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (zero-padded, real calendar date); anything else → null. */
export function parsePartialDate(iso: string): PartialDate | null {
  if (typeof iso !== 'string') return null;
  const fields = { year: 0, month: 0, day: 0 };
  if (!readPartialDate(iso, fields)) return null;
  const { year, month, day } = fields;
  if (month === 0) return { year };
  return day === 0 ? { year, month } : { year, month, day };
}

function pad(value: number, width: number): string {
  // The common cases without padStart (every date read comes through here): the same text.
  if (Number.isInteger(value) && value >= 0) {
    if (width === 2) return value < 10 ? `0${value}` : String(value);
    if (width === 4 && value >= 1000) return String(value);
  }
  return String(value).padStart(width, '0');
}

/** ISO text of a partial date at its own precision (a day without a month is dropped). */
export function formatPartialDate(date: PartialDate): string {
  const year = pad(date.year, 4);
  if (date.month === undefined) return year;
  const month = `${year}-${pad(date.month, 2)}`;
  return date.day === undefined ? month : `${month}-${pad(date.day, 2)}`;
}

function toPartial(input: PartialDateInput): PartialDate | null {
  return typeof input === 'string' ? parsePartialDate(input) : input;
}

function sign(difference: number): -1 | 0 | 1 {
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * Orders two dates on the fields both have: '1947' equals '1947-12-13',
 * '1947-12' is before '1948'. Throws RangeError on text that is not a
 * partial ISO date — callers pass normalized values, so that is a bug.
 */
export function compareAtCommonPrecision(a: PartialDateInput, b: PartialDateInput): -1 | 0 | 1 {
  if (typeof a === 'string' && typeof b === 'string') {
    // The usual call (two ISO texts), compared without building objects.
    const x = { year: 0, month: 0, day: 0 };
    const y = { year: 0, month: 0, day: 0 };
    if (readPartialDate(a, x) && readPartialDate(b, y)) {
      if (x.year !== y.year) return sign(x.year - y.year);
      if (x.month === 0 || y.month === 0) return 0;
      if (x.month !== y.month) return sign(x.month - y.month);
      if (x.day === 0 || y.day === 0) return 0;
      return sign(x.day - y.day);
    }
  }
  const left = toPartial(a);
  const right = toPartial(b);
  if (left === null || right === null) {
    throw new RangeError(`compareAtCommonPrecision: not a partial ISO date: ${String(left === null ? a : b)}`);
  }
  if (left.year !== right.year) return sign(left.year - right.year);
  if (left.month === undefined || right.month === undefined) return 0;
  if (left.month !== right.month) return sign(left.month - right.month);
  if (left.day === undefined || right.day === undefined) return 0;
  return sign(left.day - right.day);
}

/** The year of a partial ISO date; null when the text is not one. */
export function yearOf(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string') return null;
  const fields = { year: 0, month: 0, day: 0 };
  return readPartialDate(iso, fields) ? fields.year : null;
}

function earliest(date: PartialDate): CivilDate {
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

function latest(date: PartialDate): CivilDate {
  const month = date.month ?? 12;
  return { year: date.year, month, day: date.day ?? daysInMonth(date.year, month) };
}

/**
 * Completed years from `birth` to `at`. A person born on 29 February reaches
 * the next age on 1 March in common years (the birthday is not "reached" on 28/02).
 */
function completedYears(birth: CivilDate, at: CivilDate): number {
  const beforeBirthday = at.month < birth.month || (at.month === birth.month && at.day < birth.day);
  return at.year - birth.year - (beforeBirthday ? 1 : 0);
}

/**
 * Age in completed years at `at`, as the range every reading of the two
 * reduced-precision dates allows (DOMAIN.md §5 "count conservatively"; marriage
 * ages §3.4 are counted from the exact birth date). `min` is never below 0;
 * null when `at` is wholly before the birth or either date is invalid.
 */
export function ageAt(birth: PartialDateInput, at: PartialDateInput): { min: number; max: number } | null {
  const born = toPartial(birth);
  const when = toPartial(at);
  if (born === null || when === null) return null;
  const max = completedYears(earliest(born), latest(when));
  if (max < 0) return null;
  const min = Math.max(0, completedYears(latest(born), earliest(when)));
  return { min, max };
}
