/**
 * Numbers in date cells: exceljs gives a number when the cell was not
 * date-formatted, so the number is what the clerk typed or what a paste of
 * values left. A whole number below 100 is a two-digit year ('80' typed into a
 * General cell, as the text '80' is); up to 2100 a four-digit year — mistyped
 * when outside 1850 … this year, never a serial of 1900–1905 that nobody types;
 * 6–8 digits a compact date ('120590' typed into a General cell; 7 digits one
 * that lost its leading zero); anything else an Excel
 * serial (1–99 999). In a year column — or a date column whose header names a
 * year ('Năm sinh') — every whole number up to 9999 is a year; in a date
 * column 2101–9999 stay serials: days of 1905–1927, old people's births whose
 * column lost its date format.
 */
import type { Normalized } from '../finding.js';
import { compactDateOrNull } from './compact-date.js';
import { DATE_CODES } from './date-finding-codes.js';
import { excelSerialToDate, MAX_SERIAL } from './excel-serial.js';
import { yearOnly, type RawDate } from './field-roles.js';
import { failure, resolveDate, unknownDate, type ResolveContext } from './resolve-date.js';

const TWO_DIGIT_YEAR_MAX = 99;
/** Whole numbers up to this are years in any date cell. */
const YEAR_NUMBER_MAX = 2100;
/** Whole numbers below this are years in a year column. */
const FIVE_DIGITS = 10_000;

/** `yearColumn`: the column holds years (a year field, or a date field under a year header). */
export function readNumber(value: number, date1904: boolean, context: ResolveContext, yearColumn: boolean): Normalized<string | null> {
  if (!Number.isFinite(value) || value < 0) return failure(DATE_CODES.unparseable);
  if (value === 0) return unknownDate(context.source); // an empty formula result, or Excel's '1900-01-00'
  const integer = Number.isInteger(value);
  if (integer && (value <= YEAR_NUMBER_MAX || (yearColumn && value < FIVE_DIGITS))) {
    return resolveDate(yearOnly(value, value <= TWO_DIGIT_YEAR_MAX ? 2 : 4), {}, context);
  }
  if (integer && value > MAX_SERIAL && value < 100_000_000) return compactDateOrNull(String(value), context) ?? failure(DATE_CODES.unparseable);
  if (value > MAX_SERIAL) return failure(DATE_CODES.unparseable);
  const serial = excelSerialToDate(value, date1904);
  if (serial.kind === 'fictitious-leap-day') return failure(DATE_CODES.impossible);
  if (serial.kind === 'out-of-range') return failure(DATE_CODES.unparseable); // 0 < value < 1: a time with no date
  const { date, hasTime } = serial.reading;
  const raw: RawDate = { year: date.year, yearDigits: 4, month: date.month, day: date.day, orderFromPositionOnly: false, dayMonthAlternative: false };
  return resolveDate(raw, { fromSerial: true, timeDropped: hasTime }, context);
}
