import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateAt, valueAt } from './record-access.js';

/** A CMND is issued to citizens from 14 full years (Decree 05/1999/NĐ-CP Art. 3). */
const CMND_MIN_AGE = 14;
const CMND = /^\d{9}$/;

/**
 * A child given a 9-digit CMND in a birth register: a child under 14 cannot hold
 * one, so it is mostly a parent's or the declarant's number typed in the child's
 * column. A re-registration (đăng ký lại) of someone already 14 — a birth registered
 * before 2016 whose book and certificate were lost (DOMAIN.md §3.3) — may carry the
 * person's own CMND and is not flagged. A warning: the number is kept.
 */
export function childCmnd(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const id = valueAt(record, 'child.personalId');
  if (typeof id !== 'string' || !CMND.test(id)) return [];
  const born = dateAt(record, 'child.birthDate');
  const registered = dateAt(record, 'registration.date');
  if (born === null || registered === null || !certainlyYounger(born, registered, CMND_MIN_AGE)) return [];
  return [{ code: 'ID_CHILD_CMND', field: 'child.personalId', value: id }];
}

/**
 * Whether someone born on `born` was surely under `years` full years on `on`, at the
 * precision both dates have: a year alone decides only when the years differ by less.
 */
function certainlyYounger(born: string, on: string, years: number): boolean {
  const gap = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  if (gap !== years) return gap < years;
  // The year they turn `years`: younger only if the birthday, at the precision both give, had not come yet.
  const shared = Math.min(born.length, on.length);
  return shared > 4 && on.slice(5, shared) < born.slice(5, shared);
}
