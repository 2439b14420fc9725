import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateAt, valueAt } from './record-access.js';

/** A CMND is issued to citizens from 14 full years (Decree 05/1999/NĐ-CP Art. 3). */
const CMND_MIN_AGE = 14;
const CMND = /^\d{9}$/;

/**
 * Whom a register gives an ID: the date by which they must have reached 14 to hold a CMND, and the message's
 * words. A child at its birth registration; a deceased at death — no CMND is issued after it, so a child who
 * died at 3 with one in the ID column is a parent's or the declarant's number typed there.
 */
const HOLDERS = {
  child: { id: 'child.personalId', born: 'child.birthDate', by: 'registration.date', params: { person: 'trẻ', when: 'khi đăng ký khai sinh', declarant: 'người đi khai sinh' } },
  deceased: { id: 'deceased.personalId', born: 'deceased.birthDate', by: 'deathDate', params: { person: 'người chết', when: 'khi chết', declarant: 'người đi khai tử' } },
} as const;

/**
 * A 9-digit CMND on someone certainly under 14 on the date that matters: they cannot hold one, so it is
 * mostly a parent's or the declarant's number typed in their column. A re-registration (đăng ký lại) of
 * someone already 14 — a birth registered before 2016 whose book and certificate were lost (DOMAIN.md
 * §3.3) — may carry the person's own CMND and is not flagged. A warning: the number is kept.
 */
export function cmndUnderAge(holder: keyof typeof HOLDERS): (record: Readonly<Record<string, unknown>>) => BoundFinding[] {
  const paths = HOLDERS[holder];
  return (record) => {
    const id = valueAt(record, paths.id);
    if (typeof id !== 'string' || !CMND.test(id)) return [];
    const born = dateAt(record, paths.born);
    const by = dateAt(record, paths.by);
    if (born === null || by === null || !certainlyYounger(born, by, CMND_MIN_AGE)) return [];
    return [{ code: 'ID_CHILD_CMND', field: paths.id, value: id, params: paths.params }];
  };
}

/** The birth register's rule: a newborn's ID column holding a CMND. */
export const childCmnd = cmndUnderAge('child');

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
