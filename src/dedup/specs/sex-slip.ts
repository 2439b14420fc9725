/**
 * A copy of one register entry whose sex cell was mistyped: the same commune, year and
 * number, the person's whole name the same (marks dropped at most) and the same full
 * date. Two people of one entry do not exist, and twins or siblings of another sex carry
 * other names, so the sex is the slip: the copies merge and the survivor's sex is loaded
 * with DEDUP_COPIES_DISAGREE for the officer (copies-disagree.ts).
 */
import type { PairLevels } from '../dedup-spec.js';

/** Name levels of one name written alike: exact, or one side typed without marks. */
const SAME_NAME = new Set(['exact', 'unmarked']);

export function sexSlipOfEntryCopy(levels: PairLevels, person: string, dateField: string): boolean {
  if (levels['registration.entry'] !== 'same-entry' || levels[dateField] !== 'exact') return false;
  const middle = levels[`${person}.middleName`];
  return (
    SAME_NAME.has(levels[`${person}.givenName`] ?? '') &&
    SAME_NAME.has(levels[`${person}.familyName`] ?? '') &&
    (middle === null || middle === undefined || SAME_NAME.has(middle))
  );
}
