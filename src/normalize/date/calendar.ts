/** Gregorian calendar arithmetic without Date allocations (hot path: 100k-row files). */

/** Earliest year accepted: registers older than this are not in scope (brief; DOMAIN.md §1.5). */
export const MIN_YEAR = 1850;

const MS_PER_DAY = 86_400_000;
/** Vietnam is UTC+7 all year; "the current year" is the year in Vietnam. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Proleptic Gregorian date of a day count since 1970-01-01.
 * Algorithm "civil_from_days" by Howard Hinnant (public domain).
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The current calendar year in Vietnam (UTC+7), read from the clock on each call (cheap: no Date allocated). */
export function currentYear(): number {
  return civilFromDays(Math.floor((Date.now() + VIETNAM_OFFSET_MS) / MS_PER_DAY)).year;
}

/** Today's date in Vietnam (UTC+7), read from the clock on each call: the latest day an event or a registration can fall on. */
export function todayInVietnam(): CivilDate {
  return civilFromDays(Math.floor((Date.now() + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}

/**
 * currentYear() for hot loops: the same answer, recomputed only when the clock
 * leaves the Vietnamese calendar year it last saw (either way).
 */
export class YearClock {
  private current = 0;
  private startsAt = Infinity;
  private endsAt = -Infinity;

  year(): number {
    const now = Date.now();
    if (now < this.startsAt || now >= this.endsAt) {
      this.current = civilFromDays(Math.floor((now + VIETNAM_OFFSET_MS) / MS_PER_DAY)).year;
      this.startsAt = Date.UTC(this.current, 0, 1) - VIETNAM_OFFSET_MS;
      this.endsAt = Date.UTC(this.current + 1, 0, 1) - VIETNAM_OFFSET_MS;
    }
    return this.current;
  }
}

export { MS_PER_DAY };
