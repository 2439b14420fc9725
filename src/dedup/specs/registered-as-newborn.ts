/**
 * Births registered as newborns: what tells two entries of one couple's child of one name,
 * born years apart, for two children (a child who died young and the next one given the
 * name, or siblings sharing a given name: Phùng Thu Trang / Phùng Quỳnh Trang) rather than
 * one child registered again with its birth date slipped.
 */
import { daysApart } from '../compare.js';
import type { DedupRecord } from '../dedup-record.js';

/**
 * Births are due within 60 days (Law on Civil Status 60/2014 Art. 15, DOMAIN.md §3.2), and rural books hold
 * many a few weeks or months late ('quá hạn': born 20/01, registered 25/03): an entry made within a year of
 * the birth it gives was made for the newborn. A re-registration (đăng ký lại) comes years after the birth.
 */
export const NEWBORN_REGISTRATION_DAYS = 365;

/**
 * The entry's full registration date is on or within a year after its full birth date (NEWBORN_REGISTRATION_DAYS):
 * the child was registered as a newborn, not re-registered years later (đăng ký lại, whose birth
 * date a slip of a key can move by a month or a year). False when either date is partial or missing.
 */
export function registeredAsNewborn(record: DedupRecord): boolean {
  const born = record.values['child.birthDate'];
  const registered = record.values['registration.date'];
  if (!born || !registered || born.length !== 10 || registered.length !== 10 || registered < born) return false;
  const days = daysApart(born, registered);
  return days !== null && days <= NEWBORN_REGISTRATION_DAYS;
}

/**
 * Two entries neither of which is a re-registration, each registered as a newborn, with full birth
 * dates at least `minDays` apart (no two children of one mother are born closer, twins aside): two
 * births, each entered when it happened — not one child whose date a copy slipped.
 */
export function bothRegisteredAsNewborns(a: DedupRecord, b: DedupRecord, minDays: number): boolean {
  if (a.reRegistration || b.reRegistration) return false;
  if (!registeredAsNewborn(a) || !registeredAsNewborn(b)) return false;
  const days = daysApart(a.values['child.birthDate'], b.values['child.birthDate']);
  return days !== null && days >= minDays;
}
