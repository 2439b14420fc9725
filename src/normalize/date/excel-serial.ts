/**
 * Excel date serials and the Date objects exceljs builds from them.
 *
 * Accepted serial range: 1 – 99 999 (1900-01-01 – 2173-10-14 in the 1900
 * system). Dates after the current year are rejected later as out of range;
 * larger numbers are not dates Excel can have produced for these registers.
 */
import { civilFromDays, MS_PER_DAY, type CivilDate } from './calendar.js';

export const MIN_SERIAL = 1;
export const MAX_SERIAL = 99_999;

/**
 * Excel's 1900 system copies Lotus 1-2-3's bug: serial 60 is 1900-02-29,
 * a day that never existed, so serials 1–59 count from 1899-12-31 and
 * serials from 61 on count from 1899-12-30 (Microsoft KB 214326).
 */
const FICTITIOUS_LEAP_DAY_SERIAL = 60;
const UNIX_DAYS_BEFORE_SERIAL_1 = -25_568; // 1899-12-31
const UNIX_DAYS_BEFORE_SERIAL_61 = -25_569; // 1899-12-30
/** 1904 system (old Mac workbooks): serial 0 is 1904-01-01, no bug (KB 214330). */
const UNIX_DAYS_OF_1904_SERIAL_0 = -24_107;

/**
 * exceljs converts with floating-point arithmetic, so a whole-day serial can
 * land a few ms before midnight. Anything this close to the next midnight is
 * that noise and is rounded up; a real time of day (a death at 14:30) is
 * floored to its own day instead of being rounded to the nearest one.
 */
const MIDNIGHT_TOLERANCE_MS = 1000;

export interface DayAndTime {
  date: CivilDate;
  /** The value carried a time of day that is not midnight. */
  hasTime: boolean;
}

export type SerialReading = { kind: 'date'; reading: DayAndTime } | { kind: 'fictitious-leap-day' } | { kind: 'out-of-range' };

function splitDayAndTime(wholeDays: number, msOfDay: number): { days: number; hasTime: boolean } {
  if (msOfDay > MS_PER_DAY - MIDNIGHT_TOLERANCE_MS) return { days: wholeDays + 1, hasTime: false };
  return { days: wholeDays, hasTime: msOfDay >= MIDNIGHT_TOLERANCE_MS };
}

/** Calendar date of an Excel serial (fraction = time of day). */
export function excelSerialToDate(serial: number, date1904: boolean): SerialReading {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial >= MAX_SERIAL + 1) return { kind: 'out-of-range' };
  const whole = Math.floor(serial);
  const { days: serialDays, hasTime } = splitDayAndTime(whole, (serial - whole) * MS_PER_DAY);
  let unixDays: number;
  if (date1904) {
    unixDays = serialDays + UNIX_DAYS_OF_1904_SERIAL_0;
  } else if (serialDays === FICTITIOUS_LEAP_DAY_SERIAL) {
    return { kind: 'fictitious-leap-day' };
  } else {
    unixDays = serialDays + (serialDays < FICTITIOUS_LEAP_DAY_SERIAL ? UNIX_DAYS_BEFORE_SERIAL_1 : UNIX_DAYS_BEFORE_SERIAL_61);
  }
  return { kind: 'date', reading: { date: civilFromDays(unixDays), hasTime } };
}

/** The whole Excel serial of a day (days since 1970-01-01): the inverse of excelSerialToDate. */
export function unixDaysToExcelSerial(unixDays: number, date1904: boolean): number {
  if (date1904) return unixDays - UNIX_DAYS_OF_1904_SERIAL_0;
  const afterLeapDay = unixDays - UNIX_DAYS_BEFORE_SERIAL_61;
  return afterLeapDay > FICTITIOUS_LEAP_DAY_SERIAL ? afterLeapDay : unixDays - UNIX_DAYS_BEFORE_SERIAL_1;
}

/**
 * Calendar date of a Date object read in UTC (exceljs builds dates from the
 * serial in UTC). Null for an invalid Date.
 */
export function dateObjectToDate(value: Date): DayAndTime | null {
  const ms = value.getTime();
  if (!Number.isFinite(ms)) return null;
  const wholeDays = Math.floor(ms / MS_PER_DAY);
  const { days, hasTime } = splitDayAndTime(wholeDays, ms - wholeDays * MS_PER_DAY);
  return { date: civilFromDays(days), hasTime };
}
