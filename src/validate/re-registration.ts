import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { firstRegistrationDate } from '../normalize/date/first-registration-date.js';
import { compareAtCommonPrecision } from '../normalize/date/partial-date.js';
import { isReRegistration } from '../normalize/text/re-registration.js';
import { dateAt, valueAt } from './record-access.js';

/**
 * Re-registration (đăng ký lại) writes again an event registered before whose book and
 * certificate were lost; from 01/01/2016 (Decree 123/2015/NĐ-CP, DOMAIN.md §3.3) only one
 * registered in Vietnam before that day. Remarks that call the entry a re-registration
 * while its own dates say it cannot be one: the remark, or a date, was typed wrongly.
 */
const DECREE_123_IN_FORCE = '2016-01-01';


/** The event a re-registration writes again, per record type: its date path and its name in the message. */
const EVENTS = {
  birth: { path: 'child.birthDate', eventVi: 'ngày sinh' },
  death: { path: 'deathDate', eventVi: 'ngày chết' },
  marriage: null,
} as const;

export function reRegistrationDates(type: keyof typeof EVENTS) {
  const event = EVENTS[type];
  return (record: Readonly<Record<string, unknown>>, findings: readonly BoundFinding[]): BoundFinding[] => {
    const remarks = valueAt(record, 'remarks');
    if (typeof remarks !== 'string') return [];
    if (!isReRegistration(remarks, type)) return [];
    // An entry the book cancelled ('Ghi sai, đăng ký lại ở số 12') is rejected for that already.
    if (findings.some((finding) => finding.code === 'ENTRY_CANCELLED' || finding.code === 'ENTRY_STRUCK_THROUGH')) return [];
    const registered = dateAt(record, 'registration.date');
    if (registered === null) return [];
    const first = firstRegistrationDate(remarks);
    const happened = event === null ? null : dateAt(record, event.path);
    const why = conflict(registered, first, happened, event?.eventVi ?? null);
    return why === null ? [] : [{ code: 'REREGISTRATION_DATES_CONFLICT', field: 'remarks', value: remarks, params: { why } }];
  };
}

/** Why the dates rule out a re-registration, in the officer's words; null when they allow one. */
function conflict(registered: string, first: string | null, happened: string | null, eventVi: string | null): string | null {
  const since2016 = compareAtCommonPrecision(registered, DECREE_123_IN_FORCE) >= 0;
  if (first !== null && compareAtCommonPrecision(first, registered) > 0) return `lần đăng ký đầu (${dateVi(first)}) lại sau ngày đăng ký lại (${dateVi(registered)})`;
  if (first !== null && happened !== null && compareAtCommonPrecision(first, happened) < 0) return `lần đăng ký đầu (${dateVi(first)}) lại trước ${eventVi!} (${dateVi(happened)})`;
  if (since2016 && first !== null && compareAtCommonPrecision(first, DECREE_123_IN_FORCE) >= 0)
    return `lần đăng ký đầu (${dateVi(first)}) không trước ngày 01/01/2016, trong khi từ ngày đó chỉ được đăng ký lại việc đã đăng ký trước ngày 01/01/2016`;
  if (since2016 && happened !== null && compareAtCommonPrecision(happened, DECREE_123_IN_FORCE) >= 0)
    return `${eventVi!} (${dateVi(happened)}) là từ ngày 01/01/2016 trở đi, trong khi chỉ được đăng ký lại việc đã đăng ký trước ngày 01/01/2016`;
  return null;
}
