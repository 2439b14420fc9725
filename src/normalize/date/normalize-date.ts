/**
 * Date and year normalizers for register cells (DOMAIN.md §3.2, §5).
 *
 * Output is ISO 8601 at the precision the cell gives — 'YYYY-MM-DD', 'YYYY-MM'
 * or 'YYYY' — never padded to 01/01. Problems are findings (codes in
 * ./date-finding-codes.ts, wording in src/catalog/date-codes.ts); nothing
 * here throws on cell content, and normalizing an output again returns it.
 */
import type { CellValue, DaySwapVerdict } from '../../ingest/source-cell.js';
import { ok, type Normalized } from '../finding.js';
import { currentYear, MS_PER_DAY, type CivilDate } from './calendar.js';
import { DATE_CODES } from './date-finding-codes.js';
import { dateVi } from './date-vi.js';
import { dateObjectToDate, unixDaysToExcelSerial } from './excel-serial.js';
import { readNumber } from './read-number.js';
import { readText } from './read-text.js';
import { yearOnly } from './field-roles.js';
import { failure, resolveDate, type DateTarget, type ResolveContext } from './resolve-date.js';
import { hasReferenceYear, twoDigitYearLimit } from './two-digit-year.js';

export interface DateOptions {
  /** The workbook uses the 1904 date system (old Mac files); affects numeric serials only. */
  date1904?: boolean;
  /**
   * The record's registration date (ISO, any precision). Two-digit years
   * resolve to the latest century not after it: an event is not registered
   * before it happens. Without it, the current year is the limit.
   */
  referenceDate?: string | null;
  /**
   * The column's header names a year ('Năm sinh', 'Năm sinh chồng') though the
   * field holds dates (a spouse's or the deceased's birth): a year typed into a
   * date-formatted cell, and a whole number up to 9999, are years there as in a
   * year column; a full date typed there is kept whole.
   */
  yearColumn?: boolean;
  /**
   * The date is the birth of a person of any age (the deceased): a two-digit year
   * a century before the entry raises no DATE_CENTURY_DOUBTFUL — old people die.
   */
  anyAgeBirth?: boolean;
  /**
   * A Date cell whose column was typed d/m/yyyy on a PC set to US dates
   * (SourceCell.dayMonthSwapped): Excel stored the day typed as the month. Its day and
   * month are exchanged back, with DATE_US_LOCALE_SWAPPED ('certain') or
   * DATE_US_LOCALE_LIKELY ('likely'). Dates only, not years (the year is as typed).
   */
  dayMonthSwapped?: DaySwapVerdict;
  /**
   * A text of a column written month first (SourceCell.monthFirst): a d/m/y text whose
   * order is only its fields' positions is read month/day/year, with DATE_MONTH_FIRST_COLUMN
   * when the two differ. Dates only, not years.
   */
  monthFirst?: boolean;
}

/** A date cell's answer, and whether it depended on the reference date (only a two-digit year does). */
export interface DateCellReading {
  result: Normalized<string | null>;
  usesReferenceDate: boolean;
}

/**
 * normalizeDate / normalizeYear with the current year given and the use of the
 * reference date reported, so a memo can key an answer on exactly what it
 * depends on: the cell, the target, the date system, the current year and —
 * only when `usesReferenceDate` — twoDigitLimitKey(referenceDate, thisYear, anyAgeBirth).
 */
export function readDateCell(value: CellValue | undefined, target: DateTarget, options: DateOptions, thisYear: number): DateCellReading {
  let usesReferenceDate = false;
  const twoDigitLimit = (): number => {
    usesReferenceDate = true;
    return twoDigitYearLimit(options.referenceDate, thisYear);
  };
  const hasReferenceDate = (): boolean => {
    usesReferenceDate = true;
    return hasReferenceYear(options.referenceDate);
  };
  const yearColumn = target === 'year' || options.yearColumn === true;
  const monthFirst = target === 'date' && options.monthFirst === true;
  const limits = { twoDigitLimit, hasReferenceDate, anyAgeBirth: options.anyAgeBirth === true, maxYear: thisYear, monthFirst };
  const swap = target === 'date' ? options.dayMonthSwapped : undefined;
  const result = normalizeCell(value, options.date1904 === true, target, yearColumn, limits, swap);
  return { result, usesReferenceDate };
}

/** decimalAsTyped's answer for a day whose month is 1 or 10. */
export const AMBIGUOUS_MONTH = 'ambiguous month';
/** A decimal below 100 with 1–4 decimals ('3.1985', '15.8'); Excel keeps no trailing zero ('10.1990' → 10.199, '15.10' → 15.1). */
const TYPED_DECIMAL = /^(\d{1,2})\.(\d{1,4})$/;

/**
 * The text a clerk typed that Excel took for a number: 'm.yyyy' or 'd.m' in a General cell on a PC whose
 * decimal separator is the dot (a US-English Windows, common in communes). Such a number is never a
 * serial anyone typed (1–99 are days of early 1900). Excel dropped a year's trailing zero ('10.1990' is
 * stored 10.199): three decimals are a year that ended in 0, as no day or month has three digits.
 * AMBIGUOUS_MONTH for 'd.1' (January, or October typed 'd.10'); null for any other number.
 */
export function decimalAsTyped(value: number): string | null {
  if (Number.isInteger(value) || value < 1 || value >= 100) return null;
  const match = TYPED_DECIMAL.exec(String(value));
  if (match === null) return null;
  const [, whole = '', decimals = ''] = match;
  const first = Number(whole);
  // d.m: a day and a month; m.yyyy: a month and a year. Anything else stays a number ('60.25', a serial and a time).
  if (decimals.length <= 2) {
    if (first > 31 || Number(decimals) < 1 || Number(decimals) > 12) return null;
    // 15.1 was typed '15.1' or '15.10' (Excel drops the 0): January or October, nobody can tell.
    return decimals === '1' ? AMBIGUOUS_MONTH : `${whole}.${decimals}`;
  }
  if (first > 12) return null;
  return decimals.length === 3 ? `${whole}.${decimals}0` : `${whole}.${decimals}`;
}

/**
 * The ResolveContext of one cell. A Date cell is quoted by its toISOString, which costs about as much
 * as the rest of the cell's reading (a microsecond) and is needed only by a finding that quotes the
 * cell (a dropped time): it is made when one asks for it.
 */
class CellContext implements ResolveContext {
  readonly twoDigitLimit: () => number;
  readonly hasReferenceDate: () => boolean;
  readonly anyAgeBirth: boolean;
  readonly maxYear: number;
  readonly monthFirst: boolean;

  constructor(
    readonly target: DateTarget,
    private readonly cell: string | Date,
    limits: Pick<ResolveContext, 'twoDigitLimit' | 'hasReferenceDate' | 'anyAgeBirth' | 'maxYear' | 'monthFirst'>,
  ) {
    this.twoDigitLimit = limits.twoDigitLimit;
    this.hasReferenceDate = limits.hasReferenceDate;
    this.anyAgeBirth = limits.anyAgeBirth;
    this.maxYear = limits.maxYear;
    this.monthFirst = limits.monthFirst;
  }

  get source(): string {
    return typeof this.cell === 'string' ? this.cell : this.cell.toISOString();
  }
}

function normalizeCell(
  value: CellValue | undefined,
  date1904: boolean,
  target: DateTarget,
  yearColumn: boolean,
  limits: Pick<ResolveContext, 'twoDigitLimit' | 'hasReferenceDate' | 'anyAgeBirth' | 'maxYear' | 'monthFirst'>,
  swap: DaySwapVerdict | undefined,
): Normalized<string | null> {
  if (value === null || value === undefined) return ok(null);
  const context = (source: string | Date): ResolveContext => new CellContext(target, source, limits);
  if (typeof value === 'string') {
    if (value.trim() === '') return ok(null);
    return readText(value, context(value.trim()));
  }
  if (typeof value === 'number') {
    const typed = decimalAsTyped(value);
    if (typed === AMBIGUOUS_MONTH) return failure(DATE_CODES.unparseable);
    if (typed !== null) return readText(typed, context(typed));
    return readNumber(value, date1904, context(String(value)), yearColumn);
  }
  if (value instanceof Date) {
    // Only a year column (or a year header): a real day of early 1905 under 'Ngày sinh' (an old person's birth) is a day.
    const typed = yearColumn ? yearTypedIntoDateCell(value, date1904, limits.maxYear) : null;
    if (typed !== null) {
      const shown = value.toISOString().slice(0, 10).split('-').reverse().join('/');
      // '45' typed: a two-digit year, resolved as any other (DATE_TWO_DIGIT_YEAR follows).
      const read = typed < 100 ? resolveDate(yearOnly(typed, 2), {}, context(String(typed))) : ok(String(typed));
      if (read.value !== null) {
        return ok(read.value, [{ code: DATE_CODES.yearInDateCell, from: shown, to: read.value, params: { year: read.value, shown } }, ...read.findings]);
      }
    }
    // exceljs has already applied the workbook's date system to Date objects. Taken at face
    // value: exceljs ignores the 1900 leap-year bug, so its Dates before 1900-03-01 are one
    // day early — the reader's conversion to fix, not something a Date can reveal here.
    const reading = dateObjectToDate(value);
    if (reading === null) return failure(DATE_CODES.unparseable);
    const { date, hasTime } = reading;
    // Exchanged only where that gives a day: the stored day is the month typed (at most 12), the stored month the day (at most 12).
    if (swap !== undefined && date.day <= 12 && date.day !== date.month) return exchangedDayAndMonth(date, hasTime, swap, context(value));
    const raw = { year: date.year, yearDigits: 4, month: date.month, day: date.day, orderFromPositionOnly: false, dayMonthAlternative: false };
    return resolveDate(raw, { timeDropped: hasTime }, context(value));
  }
  return failure(DATE_CODES.unparseable);
}

/**
 * A Date cell Excel made on a US-locale PC of a d/m/yyyy typed: read with its day and
 * month exchanged back, the exchange reported from the day Excel stored to the day read.
 */
function exchangedDayAndMonth(date: CivilDate, hasTime: boolean, swap: DaySwapVerdict, context: ResolveContext): Normalized<string | null> {
  const raw = { year: date.year, yearDigits: 4, month: date.day, day: date.month, orderFromPositionOnly: false, dayMonthAlternative: false };
  const read = resolveDate(raw, { timeDropped: hasTime }, context);
  if (read.value === null) return read;
  const stored = `${date.year}-${twoDigits(date.month)}-${twoDigits(date.day)}`;
  const code = swap === 'certain' ? DATE_CODES.usLocaleSwapped : DATE_CODES.usLocaleLikely;
  return ok(read.value, [{ code, from: stored, to: read.value, params: { shown: dateVi(stored), result: dateVi(read.value) } }, ...read.findings]);
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

const MIN_TYPED_YEAR = 1850;

/**
 * The year a clerk typed into a cell formatted as a date ('1925' → serial 1925 →
 * shown 08/04/1905; '45' → shown 14/02/1900), or null: a whole-day serial between
 * 1850 and this year, or from 1 to 99 (a two-digit year).
 */
function yearTypedIntoDateCell(value: Date, date1904: boolean, maxYear: number): number | null {
  const ms = value.getTime();
  if (!Number.isFinite(ms) || ms % MS_PER_DAY !== 0) return null;
  const serial = unixDaysToExcelSerial(ms / MS_PER_DAY, date1904);
  if (serial >= 1 && serial <= 99) return serial;
  return serial >= MIN_TYPED_YEAR && serial <= maxYear ? serial : null;
}

/** A date cell → 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | null, with findings. */
export function normalizeDate(value: CellValue, options?: DateOptions): Normalized<string | null> {
  return readDateCell(value, 'date', options ?? {}, currentYear()).result;
}

/**
 * A year cell ('Năm sinh mẹ') → 'YYYY' | null. Accepts every date shape; a full
 * date yields its year without a finding, small numbers are two-digit years.
 */
export function normalizeYear(value: CellValue, options?: DateOptions): Normalized<string | null> {
  return readDateCell(value, 'year', options ?? {}, currentYear()).result;
}
