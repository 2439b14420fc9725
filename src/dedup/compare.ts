/**
 * Agreement levels of one pair of values, Splink style: null when a side is
 * missing (neutral), then the levels from strongest to weakest agreement.
 * Pure functions on normalized values; the weights live with the specs.
 */
import levenshtein from 'fast-levenshtein';
import type { PartialDate } from '../normalize/date/partial-date.js';
import { needsDiacritics } from '../normalize/name/no-diacritics.js';
import type { DedupValues } from './dedup-record.js';

export type NameLevel = 'exact' | 'unmarked' | 'folded' | 'typo1' | 'typo2' | 'different';
export type DateLevel =
  | 'exact'
  | 'precision-month'
  | 'year-month'
  | 'swapped'
  | 'precision-year'
  | 'year'
  | 'within-year'
  | 'different';
export type ExactLevel = 'exact' | 'different';

/** Levels at which two dates agree as far as both are known ('1947' and '1947-12-13'). */
export const DATE_AGREES: ReadonlySet<string> = new Set(['exact', 'precision-month', 'precision-year']);

/** Edit distance, or 3 when the lengths alone show it is above 2 (the levels stop at 2). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  return levenshtein.get(a, b);
}

/**
 * A name part typed without a mark whose letters no Vietnamese word has unmarked ('Huong', 'Huyen' in
 * 'Nguyễn Thị Huong'): its marks were lost, it is no other name — the letters are all it gives, as
 * for a name typed without a single mark. 'Hung', 'Thuy', 'Linh' are words as typed: not this.
 */
function marksLost(accent: string, folded: string | null | undefined): boolean {
  return accent === folded && accent.split(' ').some(needsDiacritics);
}

/**
 * Name levels on one name part. `field` holds the accentKey (marks kept, tone
 * placement neutralised: Thuỷ = Thủy), `foldedField` the foldedKey. Equal
 * only once folded (Hùng/Hưng, Thúy/Thủy, Vinh/Vĩnh) is its own level below
 * exact (DOMAIN.md §8), except when one side's whole name was typed without
 * any mark (`unmarkedField`: 'Nguyen Van Hung'), or this part was typed without the marks its
 * letters need ('Nguyễn Thị Huong': marksLost), where folding is all we have.
 * Then one or two edits (letters, on the folded keys), then different.
 */
export function nameLevel(
  a: DedupValues,
  b: DedupValues,
  field: string,
  foldedField: string,
  unmarkedField: string | null,
): NameLevel | null {
  const left = a[field];
  const right = b[field];
  if (!left || !right) return null;
  if (left === right) return 'exact';
  if (a[foldedField] === b[foldedField]) {
    const oneUnmarked = unmarkedField !== null && (a[unmarkedField] === '1') !== (b[unmarkedField] === '1');
    return oneUnmarked || marksLost(left, a[foldedField]) || marksLost(right, b[foldedField]) ? 'unmarked' : 'folded';
  }
  // Edits are counted on the folded keys: marks were judged by the levels above, and moving a
  // tone to its key position makes 'Thủ' (a dropped letter of Thủy) two edits from 'thuỷ'.
  const distance = editDistance(a[foldedField] ?? left, b[foldedField] ?? right);
  if (distance <= 1) return 'typo1';
  if (distance <= 2) return 'typo2';
  return 'different';
}

const DIGIT_0 = 48;

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - DIGIT_0;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (the normalizer's output) as year, month
 * and day numbers, 0 for a part the date does not give; null when malformed.
 * Hand-parsed: this runs on every candidate pair.
 */
function readDate(text: string): PartialDate | null {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digits(text, 0, 4);
  const month = length >= 7 && text.charAt(4) === '-' ? digits(text, 5, 7) : length === 4 ? 0 : NaN;
  const day = length === 10 && text.charAt(7) === '-' ? digits(text, 8, 10) : length < 10 ? 0 : NaN;
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) return null;
  if (length >= 7 && (month < 1 || month > 12)) return null;
  if (length === 10 && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/** Days from a fixed origin (proleptic Gregorian), for "within a year". */
function dayNumber(date: PartialDate): number {
  const month = (date.month as number) <= 2 ? (date.month as number) + 12 : (date.month as number);
  const year = (date.month as number) <= 2 ? date.year - 1 : date.year;
  return 365 * year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + Math.floor((153 * (month - 3) + 2) / 5) + (date.day as number);
}

const EQUAL_AT_PRECISION: Record<number, DateLevel> = { 4: 'precision-year', 7: 'precision-month', 10: 'exact' };

/**
 * Date levels on ISO partial dates. Two full dates: exact / same year and month /
 * day and month swapped / same year / within a year / different. When a side
 * has only a year or a month, the pair is compared at the precision both have
 * (DOMAIN.md §8: a re-registration's '1947' agrees with 1947-12-13 at year
 * precision — 'precision-year' — and is no mismatch).
 */
export function dateLevel(left: string | null | undefined, right: string | null | undefined): DateLevel | null {
  if (!left || !right) return null;
  if (left === right) return readDate(left) === null ? null : (EQUAL_AT_PRECISION[left.length] ?? null);
  const a = readDate(left);
  const b = readDate(right);
  if (a === null || b === null) return null;
  if (a.day !== 0 && b.day !== 0) {
    if (a.year === b.year && a.month === b.month) return 'year-month'; // the days differ: the strings do
    if (a.year === b.year && a.day === b.month && a.month === b.day) return 'swapped';
    if (a.year === b.year) return 'year';
    return Math.abs(dayNumber(a) - dayNumber(b)) <= 366 ? 'within-year' : 'different';
  }
  if (a.year === b.year) {
    if (a.month === 0 || b.month === 0) return 'precision-year';
    return a.month === b.month ? 'precision-month' : 'year';
  }
  return Math.abs(a.year - b.year) <= 1 ? 'within-year' : 'different';
}

/** Days between two full ISO dates ('YYYY-MM-DD'), or null when either is partial or malformed. */
export function daysApart(left: string | null | undefined, right: string | null | undefined): number | null {
  if (!left || !right || left.length !== 10 || right.length !== 10) return null;
  const a = readDate(left);
  const b = readDate(right);
  return a === null || b === null ? null : Math.abs(dayNumber(a) - dayNumber(b));
}

/** Lengths of the old CMND (9 digits) and of the personal identification number (12 digits), DOMAIN.md §2. */
const CMND_LENGTH = 9;
const PERSONAL_NUMBER_LENGTH = 12;

/**
 * A person's two identity numbers, compared only when of one kind: a 9-digit CMND beside a
 * 12-digit personal number is one person's old and new paper (DOMAIN.md §2.2: the CMND carries
 * nothing of the other), neither agreement nor disagreement — null, as a missing one.
 */
export function identityNumberLevel(left: string | null | undefined, right: string | null | undefined): ExactLevel | null {
  if (!left || !right) return null;
  const lengths = [left.length, right.length].sort((x, y) => x - y);
  if (lengths[0] === CMND_LENGTH && lengths[1] === PERSONAL_NUMBER_LENGTH) return null;
  return exactLevel(left, right);
}

/** Exact equality of a code or number (personal ID, sex). */
export function exactLevel(left: string | null | undefined, right: string | null | undefined): ExactLevel | null {
  if (!left || !right) return null;
  return left === right ? 'exact' : 'different';
}
