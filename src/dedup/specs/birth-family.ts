/**
 * The family of a birth as ONE piece of evidence (DOMAIN.md §8, twins): mother,
 * father and commune are not independent — if the mother agrees, the father
 * and the commune almost always do too, for siblings as for duplicates — so
 * they make a single comparison whose levels run from "both parents agree" to
 * "parents differ", with the registration commune used only when neither
 * parent can be compared.
 */
import { nameLevel } from '../compare.js';
import type { DedupValues } from '../dedup-record.js';
import { defineComparison, type ComparisonLevel } from '../dedup-spec.js';

export type ParentAgreement = 'same' | 'close' | 'different';

const CLOSE_NAME = new Set(['exact', 'unmarked', 'folded', 'typo1']);

function yearGap(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a || !b) return null;
  return Math.abs(Number(a) - Number(b));
}

/**
 * One parent: 'same' (given name equal, family name and birth year equal or
 * missing), 'close' (a typo: given and family names within one edit or equal
 * once folded, birth years at most one apart), else 'different'; null when a
 * side has no name for that parent.
 */
const FIELDS = {
  mother: { given: 'mother.given', givenFolded: 'mother.given.folded', family: 'mother.family', familyFolded: 'mother.family.folded', unmarked: 'mother.unmarked', birthYear: 'mother.birthYear' },
  father: { given: 'father.given', givenFolded: 'father.given.folded', family: 'father.family', familyFolded: 'father.family.folded', unmarked: 'father.unmarked', birthYear: 'father.birthYear' },
} as const;

export function parentAgreement(a: DedupValues, b: DedupValues, role: 'mother' | 'father'): ParentAgreement | null {
  const fields = FIELDS[role];
  const given = nameLevel(a, b, fields.given, fields.givenFolded, fields.unmarked);
  if (given === null) return null;
  const family = nameLevel(a, b, fields.family, fields.familyFolded, fields.unmarked);
  const years = yearGap(a[fields.birthYear], b[fields.birthYear]);
  const sameFamily = family === null || family === 'exact' || family === 'unmarked';
  if ((given === 'exact' || given === 'unmarked') && sameFamily && (years === null || years === 0)) return 'same';
  const closeFamily = family === null || CLOSE_NAME.has(family);
  if (CLOSE_NAME.has(given) && closeFamily && (years === null || years <= 1)) return 'close';
  return 'different';
}

export type FamilyLevel =
  | 'both-parents'
  | 'one-known-parent'
  | 'close'
  | 'one-parent-differs'
  | 'parents-differ'
  | 'same-commune'
  | 'other-commune';

export function familyLevel(a: DedupValues, b: DedupValues): FamilyLevel | null {
  const mother = parentAgreement(a, b, 'mother');
  const father = parentAgreement(a, b, 'father');
  if (mother === null && father === null) {
    const left = a['registration.commune'];
    const right = b['registration.commune'];
    if (!left || !right) return null;
    return left === right ? 'same-commune' : 'other-commune';
  }
  const known = (mother === null ? 0 : 1) + (father === null ? 0 : 1);
  const different = (mother === 'different' ? 1 : 0) + (father === 'different' ? 1 : 0);
  if (different === known) return 'parents-differ';
  if (different > 0) return 'one-parent-differs';
  if (mother === 'close' || father === 'close') return 'close';
  return known === 2 ? 'both-parents' : 'one-known-parent';
}

/** Family levels that mean "the same parents" / "other parents" (vetoes). */
export const SAME_PARENTS: ReadonlySet<string> = new Set(['both-parents', 'one-known-parent', 'close']);
export const OTHER_PARENTS: ReadonlySet<string> = new Set(['one-parent-differs', 'parents-differ']);

/**
 * u of 'both-parents' is the chance that two births of a district are siblings
 * (~1.5 siblings per child among 100 000 births → 1.5e-5) plus coincidence on
 * two given names, years and family names (~5e-6): 2e-5. One known parent
 * (father missing on a side): the same-mother rate plus coincidence on one
 * parent (0.02 given × 0.04 year × 0.18 family ≈ 1.4e-4) → 2e-4. 'close' is a
 * typo in a parent's name (m 0.06). When no parent can be compared, the
 * registration commune is a weak stand-in (a district has ~12 communes; u 0.08;
 * re-registrations are often made elsewhere, m 0.6).
 */
const FAMILY_LEVELS: readonly ComparisonLevel[] = [
  { name: 'both-parents', m: 0.8, u: 2e-5 },
  { name: 'one-known-parent', m: 0.1, u: 2e-4 },
  { name: 'close', m: 0.06, u: 5e-4 },
  { name: 'one-parent-differs', m: 0.02, u: 0.005 },
  { name: 'parents-differ', m: 0.02, u: 0.99 },
  { name: 'same-commune', m: 0.6, u: 0.08 },
  { name: 'other-commune', m: 0.4, u: 0.92 },
];

export const familyComparison = defineComparison('parents', FAMILY_LEVELS, familyLevel);
