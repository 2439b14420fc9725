/**
 * Turns a date as read (fields with roles, plus qualifiers) into the ISO value
 * and its findings: calendar checks, two-digit years, range, month-first,
 * lunar (converted to solar) and approximate dates.
 */
import { ok, type Finding, type Normalized } from '../finding.js';
import { daysInMonth, MIN_YEAR } from './calendar.js';
import { DATE_CODES } from './date-finding-codes.js';
import { beforeLimitDoubtVi, dateVi } from './date-vi.js';
import type { RawDate } from './field-roles.js';
import { lunarMonthSpan, lunarToSolar } from './lunar-calendar.js';
import { formatPartialDate, type PartialDate } from './partial-date.js';
import { expandTwoDigitYear } from './two-digit-year.js';

/** What the normalizer is filling: a date column, or a year column ('Năm sinh mẹ'). */
export type DateTarget = 'date' | 'year';

export interface DateQualifiers {
  approximate?: boolean;
  lunar?: boolean;
  /** 'nhuận': the leap month of the lunar year. */
  leapMonth?: boolean;
  timeDropped?: boolean;
  /** The value was a bare number read as an Excel serial. */
  fromSerial?: boolean;
  /** Two real readings of a compact value. */
  candidates?: string;
}

export interface ResolveContext {
  target: DateTarget;
  /** The cell as typed, for `from` of corrections. */
  source: string;
  /**
   * Latest year a two-digit year may become. A function: it is asked for only
   * when the cell has a two-digit year, which tells a memo whether the answer
   * depends on the registration date (src/normalize/memo/date-memo.ts).
   */
  twoDigitLimit: () => number;
  /** Whether the limit comes from a reference date (a registration date has none); asked for like the limit. */
  hasReferenceDate: () => boolean;
  /** The birth of a person of any age (DateOptions.anyAgeBirth): a century before the entry is no doubt. */
  anyAgeBirth: boolean;
  /** Latest acceptable year (the current year). */
  maxYear: number;
  /** The text is of a column written month first (DateOptions.monthFirst): a day-first order that is only positional is read month first. */
  monthFirst: boolean;
}

/**
 * A two-digit year at most this many years past the registration year ('96' for
 * 1995) goes back a century (1896): almost a hundred years before the entry, while
 * the other reading (1996) is after it. One of the two dates is mistyped; people
 * born 60–90 years before their (re-)registration are real and not reported, and
 * neither is the birth of a person of any age (the deceased: old people die).
 */
const DOUBTFUL_CENTURY_YEARS = 2;

function isCenturyDoubtful(year: number, twoDigitLimit: number, context: ResolveContext): boolean {
  return context.target === 'date' && !context.anyAgeBirth && year + 100 - twoDigitLimit <= DOUBTFUL_CENTURY_YEARS;
}

/**
 * '5/08', '11/05': a month and a two-digit year, or a day and a month with the
 * year left out. Without a registration date (the registration date itself) the
 * register's day/month order wins; with one, the month/year is kept when it falls
 * in a year before the registration's ('11/05' registered in 2000 → 11/1905),
 * not in the registration's own year ('05/03' in a 2003 book is as likely 5 March
 * of the book's year) nor where a century back is doubtful (isCenturyDoubtful).
 */
function dayMonthWins(year: number, twoDigitLimit: number, context: ResolveContext): boolean {
  return !context.hasReferenceDate() || year >= twoDigitLimit || isCenturyDoubtful(year, twoDigitLimit, context);
}

export function failure(code: string, params?: Record<string, string | number>): Normalized<null> {
  return ok(null, [params === undefined ? { code } : { code, params }]);
}

export function unknownDate(source: string): Normalized<null> {
  return ok(null, [{ code: DATE_CODES.unknown, from: source, to: '' }]);
}

export function resolveDate(raw: RawDate, qualifiers: DateQualifiers, context: ResolveContext): Normalized<string | null> {
  if (raw.year === null) {
    return raw.month === null && raw.day === null ? unknownDate(context.source) : failure(DATE_CODES.yearMissing);
  }
  const twoDigit = raw.yearDigits === 2;
  const twoDigitLimit = twoDigit ? context.twoDigitLimit() : 0;
  const year = twoDigit ? expandTwoDigitYear(raw.year, twoDigitLimit) : raw.year;
  if (raw.dayMonthAlternative && dayMonthWins(year, twoDigitLimit, context)) return failure(DATE_CODES.yearMissing);
  if (year < MIN_YEAR || year > context.maxYear) {
    return failure(DATE_CODES.outOfRange, { year, min: MIN_YEAR, max: context.maxYear });
  }
  let { month, day } = raw;
  const warnings: Finding[] = [];
  const notes: Finding[] = [];
  let date: PartialDate;
  if (qualifiers.lunar) {
    const solar = lunarAsSolar(year, month, day, qualifiers.leapMonth === true);
    if (solar === null) return failure(DATE_CODES.impossible);
    date = solar.date;
    if (date.year > context.maxYear) return failure(DATE_CODES.outOfRange, { year: date.year, min: MIN_YEAR, max: context.maxYear });
    if (solar.exact) notes.push({ code: DATE_CODES.lunarConverted, from: context.source, to: formatPartialDate(date), params: { result: dateVi(formatPartialDate(date)) } });
    else warnings.push({ code: DATE_CODES.lunar, params: { year: date.year } });
  } else {
    if (day !== null && month === null) return failure(DATE_CODES.impossible);
    let monthFirst = false;
    let monthFirstColumn = false;
    if (month !== null && month > 12) {
      // '03/25/1990': typed (or exported) US-style; read month-first only when the day order was a guess.
      if (!raw.orderFromPositionOnly || day === null || day > 12 || month > 31) return failure(DATE_CODES.impossible);
      [month, day] = [day, month];
      monthFirst = true;
    } else if (context.monthFirst && raw.orderFromPositionOnly && month !== null && day !== null && day <= 12 && day !== month) {
      // '1/3/2012' in a column whose other dates show the month first ('1/25/2012'): 3 January.
      [month, day] = [day, month];
      monthFirstColumn = true;
    }
    if (month !== null && day !== null && day > daysInMonth(year, month)) return failure(DATE_CODES.impossible);
    date = month === null ? { year } : day === null ? { year, month } : { year, month, day };
    if (monthFirst && context.target === 'date') warnings.push({ code: DATE_CODES.monthFirst, params: { result: dateVi(formatPartialDate(date)) } });
    if (monthFirstColumn && context.target === 'date') {
      // As officers write it (day first): the cell is month first, the answer must not read so too.
      warnings.push({ code: DATE_CODES.monthFirstColumn, params: { result: dateVi(formatPartialDate(date)) } });
    }
  }
  if (context.target === 'year') date = { year: date.year };
  const value = formatPartialDate(date);
  if (qualifiers.candidates !== undefined && context.target === 'date') {
    warnings.push({ code: DATE_CODES.ambiguous, params: { candidates: qualifiers.candidates, result: dateVi(value) } });
  }
  if (qualifiers.approximate) warnings.push({ code: DATE_CODES.approximate });
  if (twoDigit && isCenturyDoubtful(year, twoDigitLimit, context)) {
    // The message is the officer's: the date as they write it ('05/03/1896').
    const years = twoDigitLimit - year;
    const why = beforeLimitDoubtVi(year, years, year + 100, twoDigitLimit);
    warnings.push({ code: DATE_CODES.centuryDoubtful, params: { result: dateVi(value), years, alternative: year + 100, limit: twoDigitLimit, why } });
  }

  // Messages quote dates as officers write them (DOMAIN.md §5); `to` keeps the ISO value of the record.
  const correction = (code: string): Finding => ({ code, from: context.source, to: value, params: { result: dateVi(value) } });
  if (qualifiers.fromSerial) notes.push(correction(DATE_CODES.excelSerial));
  if (twoDigit) notes.push(correction(DATE_CODES.twoDigitYear));
  if (qualifiers.timeDropped && context.target === 'date') notes.push(correction(DATE_CODES.timeDropped));
  // Most dates have no warning: their notes (a fresh array) are the findings, with no copy.
  return ok(value, warnings.length === 0 ? notes : [...notes, ...warnings]);
}

/**
 * A lunar date (DOMAIN.md §5) in the solar calendar: a whole date converted
 * exactly (lunar-calendar.ts); a month or a year alone cannot be, and keeps the
 * solar year when the whole month falls in one (the 12th month of 1940 is all
 * in 1941), else the lunar year as written. Null when no such lunar day exists
 * (month 13, day 31, day 30 of a 29-day month, a leap month the year lacks).
 */
function lunarAsSolar(year: number, month: number | null, day: number | null, leap: boolean): { date: PartialDate; exact: boolean } | null {
  if (month === null) return day === null ? { date: { year }, exact: false } : null;
  if (day !== null) {
    const solar = lunarToSolar(day, month, year, leap);
    return solar === null ? null : { date: solar, exact: true };
  }
  const span = lunarMonthSpan(month, year, leap);
  if (span === null) return null;
  return { date: { year: span.first.year === span.last.year ? span.first.year : year }, exact: false };
}
