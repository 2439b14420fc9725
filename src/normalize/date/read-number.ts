/**
 * Numbers in date cells: exceljs gives a number when the cell was not
 * date-formatted, so a number is a year (1800–2100, brief), a compact date
 * that lost its leading zero (7–8 digits), or an Excel serial (1–99 999).
 * In a year column numbers below 100 are two-digit years ('75' typed into a
 * number cell) and 100–999 mistyped years; larger ones follow the date rules.
 */
import type { Normalized } from '../finding.js';
import { compactDateOrNull } from './compact-date.js';
import { DATE_CODES } from './date-finding-codes.js';
import { excelSerialToDate, MAX_SERIAL } from './excel-serial.js';
import { yearOnly, type RawDate } from './field-roles.js';
import { failure, resolveDate, unknownDate, type ResolveContext } from './resolve-date.js';

const YEAR_NUMBER_MIN = 1800;
const YEAR_NUMBER_MAX = 2100;

export function readNumber(value: number, date1904: boolean, context: ResolveContext): Normalized<string | null> {
  if (!Number.isFinite(value) || value < 0) return failure(DATE_CODES.unparseable);
  if (value === 0) return unknownDate(context.source); // an empty formula result, or Excel's '1900-01-00'
  const integer = Number.isInteger(value);
  if (integer && context.target === 'year' && value < 1000) {
    return resolveDate(yearOnly(value, value < 100 ? 2 : 4), {}, context);
  }
  if (integer && value >= YEAR_NUMBER_MIN && value <= YEAR_NUMBER_MAX) return resolveDate(yearOnly(value, 4), {}, context);
  if (integer && value >= 1_000_000 && value < 100_000_000) return compactDateOrNull(String(value), context) ?? failure(DATE_CODES.unparseable);
  if (value > MAX_SERIAL) return failure(DATE_CODES.unparseable);
  const serial = excelSerialToDate(value, date1904);
  if (serial.kind === 'fictitious-leap-day') return failure(DATE_CODES.impossible);
  if (serial.kind === 'out-of-range') return failure(DATE_CODES.unparseable); // 0 < value < 1: a time with no date
  const { date, hasTime } = serial.reading;
  const raw: RawDate = { year: date.year, yearDigits: 4, month: date.month, day: date.day, orderFromPositionOnly: false };
  return resolveDate(raw, { fromSerial: true, timeDropped: hasTime }, context);
}
