import type { ShownDatePrecision } from '../../ingest/source-cell.js';
import { ok, type Normalized } from '../finding.js';
import { wholeNumberWrittenAsFloat } from './float-written.js';

/** 'Số 15', 'số: 15' (the label typed into the cell). */
const NUMBER_LABEL = /^(?:số\s*:?\s*)+/i;
/**
 * 'KS 13', 'KT-05', 'KH.7', 'KS số 13': the book's kind (khai sinh, khai tử, kết hôn) typed before the number
 * as a label, as 'Số' is. Only before figures: '15/KS' and 'KS' alone stay as typed.
 */
const BOOK_KIND_LABEL = /^k[sth]\s*[-.:]?\s*(?:số\s*:?\s*)?(?=\d)/iu;
/** A year after the book's kind ('KS 2019', 'KS-2019/13'): the book's code typed in the number's cell, not a number. */
const BOOK_YEAR = /^(?:19|20)\d\d(?!\d)/;
/**
 * '-6', '- 19', '+3': a sign before the number (a list's dash typed before it, or a minus Excel kept on a
 * number cell); no register number is signed, so the figures are the number, as with '12.' below.
 */
const SIGN = /^[-–—+]\s*(?=\d)/u;
const DIGITS = /^\d+$/;
/** '12.': the number with a full stop typed after it (as in a numbered list). */
const DIGITS_FULL_STOP = /^(\d+)\.$/;
/** '3/2016', '03 / 2016', '3/16': the number and the year it belongs to, as certificates of some periods print it. */
const YEAR_SUFFIX = /^(\d+)\s*\/\s*(\d{4}|\d{2})$/;
const LEADING_ZEROS = /^0+(?=\d)/;

/**
 * The registration number ('Số') of a book row as the number the certificate carries, so
 * that one entry has one spelling (DOMAIN.md §3.3: the number runs from 01 through a
 * commune's calendar year, and the certificate prints the book row's number): '0015',
 * '15', '15.0', '15.', '-15', 'Số 15' and 'KS 15' are 15 ('KS 2019', a book's code, is kept); '15/2016' or '15/16' in a 2016 registration is
 * 15 of that year — the year is dropped, with a note. Anything else (another year, '15/KS',
 * a letter) is kept as typed; another four-digit year ('47/2005' in 2017) with a warning.
 * Idempotent in its value; `registrationYear` null keeps a year suffix.
 */
export function normalizeRegisterNumber(text: string | null, registrationYear: number | null): Normalized<string | null> {
  if (text === null) return ok(null);
  const unlabelled = text.replace(NUMBER_LABEL, '');
  const kindless = unlabelled.replace(BOOK_KIND_LABEL, '');
  const typed = (kindless.length !== unlabelled.length && BOOK_YEAR.test(kindless) ? unlabelled : kindless).replace(SIGN, '');
  if (DIGITS.test(typed)) return ok(typed.replace(LEADING_ZEROS, ''));
  const plain = wholeNumberWrittenAsFloat(typed) ?? DIGITS_FULL_STOP.exec(typed)?.[1];
  if (plain !== undefined && plain !== null) return ok(plain.replace(LEADING_ZEROS, ''));
  const suffixed = YEAR_SUFFIX.exec(typed);
  if (suffixed?.[1] !== undefined && suffixed[2] !== undefined && registrationYear !== null) {
    if (isRegistrationYear(suffixed[2], registrationYear)) {
      const number = suffixed[1].replace(LEADING_ZEROS, '');
      return ok(number, [{ code: 'REGISTER_NUMBER_YEAR_DROPPED', from: text, to: number, params: { year: registrationYear } }]);
    }
    // '47/2005' on a 2017 entry: the number's year or the date's is wrong. Only a four-digit year says so:
    // '15/01' may be a number and its book ('Số 15, quyển 01').
    if (FOUR_DIGIT_YEAR.test(suffixed[2])) return ok(typed, [{ code: 'REGISTER_NUMBER_YEAR_MISMATCH', params: { numberYear: suffixed[2], year: registrationYear } }]);
  }
  return ok(typed);
}

const FOUR_DIGIT_YEAR = /^(?:19|20)\d\d$/;

/** '2016', or '16' for a registration of 2016 (a two-digit year names the registration's own century). */
function isRegistrationYear(year: string, registrationYear: number): boolean {
  return year.length === 2 ? Number(year) === registrationYear % 100 : Number(year) === registrationYear;
}

const SHOWN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** 'Jan-16', 'Mar-1995': Excel's 'mmm-yy' display of a month/year it parsed, as a CSV saved from it holds it. */
const SHOWN_MONTH_YEAR = /^\s*([a-z]{3})-(\d{2}|\d{4})\s*$/i;

/**
 * The date behind a book-number or registration-number text that is Excel's display of
 * one ('Jan-16': '01/2016' typed on a US-locale PC, then saved as CSV), as the first of
 * its month; null for any other text. Two-digit years follow Excel: 00–29 are 2000–2029.
 */
export function excelShownMonthYear(text: string): Date | null {
  const match = SHOWN_MONTH_YEAR.exec(text);
  if (match === null) return null;
  const month = SHOWN_MONTHS.indexOf(match[1]!.toLowerCase());
  if (month < 0) return null;
  const figures = match[2]!;
  const year = figures.length === 4 ? Number(figures) : Number(figures) + (Number(figures) < 30 ? 2000 : 1900);
  return new Date(Date.UTC(year, month, 1));
}

/**
 * What a clerk typed into a book-number or registration-number cell that Excel turned
 * into a date. Excel reads '01/1995' and '3/95' as the first day of a month (shown
 * 'Jan-95'), so a date on the 1st, or one whose format shows only month and year, was
 * typed as month/year: the book '01/1995' (two digits, as books are numbered from 01),
 * the number '3/1995'. A format showing only the year gives the year; any other day is
 * written as the day the sheet shows ('05/03/1995').
 */
export function typedBeforeExcelDate(date: Date, precision: ShownDatePrecision | undefined, kind: 'book' | 'number'): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = String(date.getUTCFullYear());
  if (precision === 'year') return year;
  const month = date.getUTCMonth() + 1;
  const monthText = kind === 'book' ? String(month).padStart(2, '0') : String(month);
  const day = date.getUTCDate();
  if (precision === 'month' || day === 1) return `${monthText}/${year}`;
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
