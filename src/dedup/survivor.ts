/**
 * Survivorship: which record of a cluster stays. A record loaded before
 * (another district, via the registry) always stays — its batch is not
 * rewritten. Among the others: the original registration before a
 * re-registration (đăng ký lại, DOMAIN.md §3.3: it is the copy made when the
 * book was lost), then the earliest registration date (compared at the
 * precision both have, the more precise first on a tie), then the most
 * complete record, then the smallest id — a total order, so the choice is the
 * same on every run.
 */
import { compareAtCommonPrecision, parsePartialDate } from '../normalize/date/partial-date.js';
import type { DedupRecord } from './dedup-record.js';

function precision(date: string): number {
  const parsed = parsePartialDate(date);
  if (parsed === null) return 0;
  return parsed.day !== undefined ? 3 : parsed.month !== undefined ? 2 : 1;
}

function compareRegistrationDates(a: string | null, b: string | null): number {
  const left = a !== null && parsePartialDate(a) !== null ? a : null;
  const right = b !== null && parsePartialDate(b) !== null ? b : null;
  if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
  return compareAtCommonPrecision(left, right) || precision(right) - precision(left);
}

/** The earlier source position first; a record without one after those with one. */
function compareSourceOrder(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a - b;
}

/** Negative when `a` should survive rather than `b` (both current records). */
export function compareSurvivorship(a: DedupRecord, b: DedupRecord): number {
  if (a.reRegistration !== b.reRegistration) return a.reRegistration ? 1 : -1;
  return (
    compareRegistrationDates(a.registrationDate, b.registrationDate) ||
    b.completeness - a.completeness ||
    compareSourceOrder(a.sourceOrder, b.sourceOrder) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface FieldFill {
  /** Record path the survivor lacks ('child.personalId'). */
  field: string;
  /** The member that has it (the first in survivorship order). */
  fromId: string;
  /** The member's path of the value, when not `field` (a marriage typed with the spouses crossed). */
  sourceField?: string;
}

/** A member's record path as the survivor's path of the same value. */
export type PathOnSurvivor = (member: DedupRecord, path: string) => string;

/**
 * Fields the survivor lacks that a member has; members are taken in survivorship order.
 * None when the survivor's filled fields are unknown (a registry entry without them).
 */
export function fillsFor(survivor: DedupRecord, members: readonly DedupRecord[], onSurvivor?: PathOnSurvivor): FieldFill[] {
  if (survivor.filledFields === undefined) return [];
  const have = new Set(survivor.filledFields);
  const fills: FieldFill[] = [];
  for (const member of [...members].sort(compareSurvivorship)) {
    for (const sourceField of member.filledFields ?? []) {
      const field = onSurvivor ? onSurvivor(member, sourceField) : sourceField;
      if (have.has(field)) continue;
      have.add(field);
      fills.push(field === sourceField ? { field, fromId: member.id } : { field, fromId: member.id, sourceField });
    }
  }
  return fills;
}
