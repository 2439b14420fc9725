import type { BoundFinding } from '../normalize/bound-finding.js';
import { MIN_YEAR, todayInVietnam } from '../normalize/date/calendar.js';
import { compareAtCommonPrecision, formatPartialDate } from '../normalize/date/partial-date.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { dateAt } from './record-access.js';

type Record_ = Readonly<Record<string, unknown>>;

/**
 * The date normalizer rejects a year after the current one (DATE_OUT_OF_RANGE) but cannot see
 * the day: '15/12/2026' read on 30/11/2026 is in this year and yet has not come. No event is
 * registered before it happens, nor a registration dated ahead (usually a year mistyped: 2026
 * for 2016), so a date after today — at the precision it was typed, '12/2026' in November is
 * after it, '2026' is not — is the same error.
 */
export function datesNotAfterToday(fields: readonly string[]) {
  return (record: Record_): BoundFinding[] => {
    const today = formatPartialDate(todayInVietnam());
    const findings: BoundFinding[] = [];
    for (const field of fields) {
      const date = dateAt(record, field);
      if (date === null || compareAtCommonPrecision(date, today) <= 0) continue;
      findings.push({ code: 'DATE_OUT_OF_RANGE', field, value: dateVi(date), params: { year: Number(date.slice(0, 4)), min: MIN_YEAR, max: dateVi(today) } });
    }
    return findings;
  };
}
