/**
 * The span of days a registration date may denote, as ISO strings compared lexically. A full
 * date is one day; "1998" or "1998-05" (partial dates are normal in old books, DOMAIN.md §5)
 * cover the year or month, and a name counts as in force if it was at any time in that span.
 * No (or an unreadable) date means "some time while the Vĩnh Phúc list applied". A partial date
 * that begins before 2025-07-01 and ends after it ("2025") is read against the Vĩnh Phúc list
 * only: the two lists reuse codes with other meanings (DOMAIN.md §1.4), so one period must not
 * mix them.
 */
import { VINH_PHUC_COMMUNES, VINH_PHUC_DISTRICTS, VINH_PHUC_LIST_ENDS_ON } from '../../reference/admin-units.js';
import { HELD_TOGETHER_BOUNDARIES } from './historical-units.js';
import { TOWN_NAME_ACCEPTED_UNTIL } from './me-linh-towns.js';
import { UNIT_VALIDITY_BOUNDARIES } from './unit-validity.js';

export interface RegistrationPeriod {
  start: string;
  end: string;
  /**
   * The end the date itself gives when `end` was cut at the Vĩnh Phúc list's last day ('2025'): the
   * district and province named are judged on the whole span (a 'tỉnh Phú Thọ' of the second half passes).
   */
  datedEnd?: string;
}

export const BEGINNING_OF_TIME = '0000-01-01';
/**
 * From the day Sông Lô was split off Lập Thạch (Decree 09/NĐ-CP, in force 18/01/2009;
 * DOMAIN.md §1.5) to the end of the district level (2025-07-01), no commune moved
 * between Vĩnh Phúc's districts: a commune then lay in exactly its listed district.
 */
export const DISTRICTS_FIXED_FROM = '2009-01-18';
export const END_OF_TIME = '9999-12-31';
const LAST_VINH_PHUC_DAY = '2025-06-30';
const VINH_PHUC_ERA: RegistrationPeriod = { start: BEGINNING_OF_TIME, end: LAST_VINH_PHUC_DAY };

// ISO (2015-03-07, 2015-03, 2015) as the date normalizer emits it; d/m/y as typed, as a fallback.
const ISO_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s])/;
const DMY_DATE = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/;

function pad2(value: string): string {
  return value.length === 1 ? `0${value}` : value;
}

function withinOneList(p: RegistrationPeriod): RegistrationPeriod {
  return p.start < VINH_PHUC_LIST_ENDS_ON && p.end >= VINH_PHUC_LIST_ENDS_ON ? { start: p.start, end: LAST_VINH_PHUC_DAY, datedEnd: p.end } : p;
}

function period(year: string, month: string | undefined, day: string | undefined): RegistrationPeriod | null {
  const monthNumber = month === undefined ? 0 : Number(month);
  const dayNumber = day === undefined ? 0 : Number(day);
  if (monthNumber > 12 || dayNumber > 31 || (month !== undefined && monthNumber < 1)) return null;
  if (day !== undefined && dayNumber < 1) return null;
  if (month === undefined) return withinOneList({ start: `${year}-01-01`, end: `${year}-12-31` });
  const yearMonth = `${year}-${pad2(month)}`;
  if (day === undefined) return { start: `${yearMonth}-01`, end: `${yearMonth}-31` };
  const date = `${yearMonth}-${pad2(day)}`;
  return { start: date, end: date };
}

/** The period a registration date denotes; never throws. */
export function registrationPeriod(date: unknown): RegistrationPeriod {
  if (typeof date !== 'string') return VINH_PHUC_ERA;
  const text = date.trim();
  const iso = ISO_DATE.exec(text);
  if (iso?.[1] !== undefined) return period(iso[1], iso[2], iso[3]) ?? VINH_PHUC_ERA;
  const dmy = DMY_DATE.exec(text);
  if (dmy?.[2] !== undefined && dmy[3] !== undefined) return period(dmy[3], dmy[2], dmy[1]) ?? VINH_PHUC_ERA;
  return VINH_PHUC_ERA;
}

/**
 * Every date on which a name, a type or a code of the list starts or stops
 * applying, and those of the district and province check (unit-validity.ts) and of
 * the districts held together before 2009 (historical-units.ts), and the last day a book may still
 * name Mê Linh's towns (me-linh-towns.ts).
 * Commune matching compares a period's ends only with these dates
 * (entry.from ≤ end, entry.until > start, start ≥ the 2025 list), so two
 * periods whose ends fall between the same boundaries match alike.
 */
const BOUNDARIES: readonly string[] = [
  ...new Set([
    VINH_PHUC_LIST_ENDS_ON,
    DISTRICTS_FIXED_FROM,
    ...[...VINH_PHUC_COMMUNES, ...VINH_PHUC_DISTRICTS].flatMap((unit) => unit.names.flatMap((name) => [name.from, name.until])),
    ...VINH_PHUC_COMMUNES.map((commune) => commune.abolishedOn),
    ...UNIT_VALIDITY_BOUNDARIES,
    ...HELD_TOGETHER_BOUNDARIES,
    TOWN_NAME_ACCEPTED_UNTIL,
  ]),
]
  .filter((date): date is string => date !== null)
  .sort();

/** True when the whole period lies where every commune's district is its listed one. */
export function withinFixedDistricts(period: RegistrationPeriod): boolean {
  return period.start >= DISTRICTS_FIXED_FROM && period.end < VINH_PHUC_LIST_ENDS_ON;
}

/** How many boundaries fall on or before a date (binary search: asked for every row). */
function era(date: string): number {
  let low = 0;
  let high = BOUNDARIES.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((BOUNDARIES[middle] ?? '') <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

const WHOLE_ISO_DAY = /^\d{4}-\d\d-\d\d$/;

/** 'yyyy-mm-dd' with a month 01–12 and a day 01–31: registrationPeriod reads it as the one day it writes. */
function isWholeIsoDay(date: string): boolean {
  if (!WHOLE_ISO_DAY.test(date)) return false;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A key equal for two registration dates that commune matching cannot tell apart (for memoizing). */
export function registrationPeriodKey(date: unknown): string {
  // Asked for every row's places: a whole ISO day, as the date normalizer writes it, is its own start and end.
  if (typeof date === 'string' && isWholeIsoDay(date)) {
    const dayEra = era(date);
    return `${dayEra}:${dayEra}`;
  }
  const { start, end, datedEnd } = registrationPeriod(date);
  return `${era(start)}:${era(end)}${datedEnd === undefined ? '' : `:${era(datedEnd)}`}`;
}
