/**
 * Decides which field is the day, the month and the year. Vietnamese order is
 * always day/month/year (DOMAIN.md §5); year-first appears in ISO text and
 * compact 'yyyymmdd'; month-first only when a label or a month name says so
 * (unlabelled '03/25/1990' is handled later as DATE_MONTH_FIRST).
 */
import type { DateField, DateRole } from './date-fields.js';

/** A date as read, before calendar checks. null = unknown (placeholder or 0). */
export interface RawDate {
  year: number | null;
  /** Digits the year was typed with: 2 → expand, 4 → as is. */
  yearDigits: number;
  month: number | null;
  day: number | null;
  /** Day and month were told apart by position only, so a month-first reading may be tried. */
  orderFromPositionOnly: boolean;
  /**
   * A month and a two-digit year that could also be a day and a month with the year
   * left out ('5/08', '11/05'): resolveDate keeps the month/year only where the
   * registration date makes it plausible, else it is DATE_YEAR_MISSING.
   */
  dayMonthAlternative: boolean;
}

/** A bare year ('1950', '75'). */
export function yearOnly(year: number, yearDigits: number): RawDate {
  return { year, yearDigits, month: null, day: null, orderFromPositionOnly: false, dayMonthAlternative: false };
}

/** Orders tried for each field count, in order of preference. */
const ORDERS: Readonly<Record<number, readonly (readonly DateRole[])[]>> = {
  1: [['year'], ['month'], ['day']],
  2: [
    ['month', 'year'],
    ['year', 'month'],
    ['day', 'month'],
  ],
  3: [
    ['day', 'month', 'year'],
    ['year', 'month', 'day'],
    ['month', 'day', 'year'],
  ],
};

function fits(field: DateField, role: DateRole): boolean {
  if (field.label !== null && field.label !== role) return false;
  if (field.digits === null) return true;
  const width = field.digits.length;
  return role === 'year' ? width === 2 || width === 4 : width <= 2;
}

const MAX_MONTH = 12;

/**
 * 'mm/yy' is a real shape ('3/90', '12/85'), but the register's order is day
 * then month (DOMAIN.md §5): two unlabelled fields whose first is no month
 * ('25/12', '../03', '00/03') are a day and a month with the year left out.
 * Only a second field that is no month ('90') makes the pair surely a month and
 * a year; when both are 1–12 ('05/03', '11/05') either reading is possible
 * (isDayMonthAlternative) and the registration date decides (resolve-date.ts).
 */
function looksLikeDayMonth(order: readonly DateRole[], fields: readonly DateField[]): boolean {
  if (!isUnlabelledMonthShortYear(order, fields)) return false;
  const firstValue = fields[0]?.digits == null ? 0 : Number(fields[0].digits);
  if (firstValue >= 1 && firstValue <= MAX_MONTH) return false;
  const secondValue = Number(fields[1]?.digits);
  return firstValue > MAX_MONTH || (secondValue >= 1 && secondValue <= MAX_MONTH);
}

function isUnlabelledMonthShortYear(order: readonly DateRole[], fields: readonly DateField[]): boolean {
  const [first, second] = fields;
  return order[0] === 'month' && order[1] === 'year' && first?.label === null && second?.label === null && second.digits?.length === 2;
}

/** A month 1–12 and a two-digit year 01–12: also a day and a month ('05/03'). */
function isDayMonthAlternative(order: readonly DateRole[], fields: readonly DateField[]): boolean {
  if (!isUnlabelledMonthShortYear(order, fields)) return false;
  const secondValue = Number(fields[1]?.digits);
  return secondValue >= 1 && secondValue <= MAX_MONTH;
}

/** Year-first is ISO ('1990-03-05', '1990-03'): only with a four-digit or labelled year. */
function isShortYearFirst(order: readonly DateRole[], fields: readonly DateField[]): boolean {
  const first = fields[0];
  return order[0] === 'year' && order.length > 1 && first?.label !== 'year' && first?.digits?.length !== 4;
}

function chooseOrder(fields: readonly DateField[]): readonly DateRole[] | null {
  const candidates = ORDERS[fields.length] ?? [];
  return (
    candidates.find(
      (order) =>
        order.every((role, i) => fits(fields[i] ?? { digits: null, label: null }, role)) &&
        !looksLikeDayMonth(order, fields) &&
        !isShortYearFirst(order, fields),
    ) ?? null
  );
}

function numberOrUnknown(field: DateField | undefined): number | null {
  if (field?.digits == null) return null;
  const value = Number(field.digits);
  return value === 0 ? null : value;
}

/** The roles of the fields, or null when no order fits them. */
export function assignRoles(fields: readonly DateField[]): RawDate | null {
  const order = chooseOrder(fields);
  if (order === null) return null;
  const byRole = (role: DateRole): DateField | undefined => fields[order.indexOf(role)];
  const yearField = byRole('year');
  const month = numberOrUnknown(byRole('month'));
  const day = numberOrUnknown(byRole('day'));
  let year: number | null = null;
  if (yearField?.digits != null) {
    const value = Number(yearField.digits);
    // '0000' is never a year; '00' is 2000 unless every field is zero ('00/00/00' = unknown).
    const unknownYear = value === 0 && (yearField.digits.length === 4 || (month === null && day === null));
    year = unknownYear ? null : value;
  }
  const dayIndex = order.indexOf('day');
  return {
    year,
    yearDigits: yearField?.digits?.length ?? 4,
    month,
    day,
    orderFromPositionOnly: dayIndex === 0 && order[1] === 'month' && fields[0]?.label === null && fields[1]?.label === null,
    dayMonthAlternative: isDayMonthAlternative(order, fields),
  };
}
