/**
 * Dates typed without separators. 8 digits are 'yyyymmdd' or 'ddmmyyyy' — never
 * both, since a 'ddmmyyyy' reading needs 18–21 in digits 5–6 and a 'yyyymmdd'
 * one a month 01–12 there. 7 digits are what Excel leaves of 'ddmmyyyy' typed
 * into a number cell (leading zero lost, like IDs): 'dmmyyyy'. 6 digits are
 * 'ddmmyy' ('050350', as '05-03-50' is read) when digits 3–4 are a month, or
 * 'mmyyyy' ('031950', as '03/1950') when digits 3–6 are a year: never both,
 * since a month is 01–12 and a year starts 18–21. The register's order is day
 * first (DOMAIN.md §5), so 'yymmdd' is not a reading. 'mmyyyy' is read only
 * where it cannot be a 'dmyyyy' with both digits unpadded: '111950' and
 * '121950' (November 1950 or 1 January 1950, December 1950 or 1 February 1950)
 * are not guessed; '031950' (no day 0) and '101950' (no month 0) are.
 */
import type { Normalized } from '../finding.js';
import { daysInMonth } from './calendar.js';
import type { RawDate } from './field-roles.js';
import { resolveDate, type ResolveContext } from './resolve-date.js';

const YEAR_FIRST = /^((?:18|19|20|21)\d\d)(0\d|1[0-2])(\d\d)$/;
const YEAR_LAST = /^(\d\d)(\d\d)((?:18|19|20|21)\d\d)$/;
const SEVEN_DIGITS = /^(\d)(\d)(\d)((?:18|19|20|21)\d\d)$/;
const DAY_MONTH_SHORT_YEAR = /^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d\d)$/;
/** A month, then a year; the month not two digits 1–9 (then it is also 'd' and 'm': see above). */
const MONTH_YEAR = /^(0[1-9]|10)((?:18|19|20|21)\d\d)$/;

export interface CompactReading {
  raw: RawDate;
  /** ISO texts of both readings when a 7-digit value reads as two real dates. */
  candidates?: string;
}

function raw(year: number, month: number, day: number): RawDate {
  return { year, yearDigits: 4, month: month === 0 ? null : month, day: day === 0 ? null : day, orderFromPositionOnly: false, dayMonthAlternative: false };
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A candidate reading as officers write a date (DOMAIN.md §5): it goes into a message. */
function dayFirst(year: number, month: number, day: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** A 6-digit run read as 'ddmmyy' or 'mmyyyy', or null. */
function readSixDigits(digits: string): CompactReading | null {
  const dayMonth = DAY_MONTH_SHORT_YEAR.exec(digits);
  if (dayMonth !== null) {
    const [, day, month, year] = dayMonth;
    return { raw: { year: Number(year), yearDigits: 2, month: Number(month), day: Number(day), orderFromPositionOnly: false, dayMonthAlternative: false } };
  }
  const monthYear = MONTH_YEAR.exec(digits);
  if (monthYear === null) return null;
  return { raw: { year: Number(monthYear[2]), yearDigits: 4, month: Number(monthYear[1]), day: null, orderFromPositionOnly: false, dayMonthAlternative: false } };
}

/** A 6-, 7- or 8-digit run read as a date, or null when it has no date shape. */
export function readCompactDate(digits: string): CompactReading | null {
  if (digits.length === 6) return readSixDigits(digits);
  const yearFirst = YEAR_FIRST.exec(digits);
  if (yearFirst !== null) return { raw: raw(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])) };
  const yearLast = YEAR_LAST.exec(digits);
  if (yearLast !== null) return { raw: raw(Number(yearLast[3]), Number(yearLast[2]), Number(yearLast[1])) };
  const seven = SEVEN_DIGITS.exec(digits);
  if (seven === null) return null;
  const [, a = '', b = '', c = '', yearText = ''] = seven;
  const year = Number(yearText);
  const zeroLost = { day: Number(a), month: Number(b + c) }; // d|mm
  const monthShort = { day: Number(a + b), month: Number(c) }; // dd|m
  const zeroLostReal = isRealDate(year, zeroLost.month, zeroLost.day);
  const monthShortReal = isRealDate(year, monthShort.month, monthShort.day);
  if (!zeroLostReal && monthShortReal) return { raw: raw(year, monthShort.month, monthShort.day) };
  const reading: CompactReading = { raw: raw(year, zeroLost.month, zeroLost.day) };
  if (zeroLostReal && monthShortReal) {
    reading.candidates = `${dayFirst(year, zeroLost.month, zeroLost.day)}, ${dayFirst(year, monthShort.month, monthShort.day)}`;
  }
  return reading;
}

/** A 6-, 7- or 8-digit run resolved as a compact date; null when it has no date shape. */
export function compactDateOrNull(digits: string, context: ResolveContext): Normalized<string | null> | null {
  const reading = readCompactDate(digits);
  if (reading === null) return null;
  return resolveDate(reading.raw, reading.candidates === undefined ? {} : { candidates: reading.candidates }, context);
}
