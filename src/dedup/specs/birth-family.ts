/**
 * The family of a birth as ONE piece of evidence (DOMAIN.md §8, twins): mother,
 * father and commune are not independent — if the mother agrees, the father
 * and the commune almost always do too, for siblings as for duplicates — so
 * they make a single comparison whose levels run from "both parents agree" to
 * "parents differ", with the registration commune used only when neither
 * parent can be compared.
 */
import { isBareSyllable } from '../../normalize/name/no-diacritics.js';
import { toneMarksOf } from '../../normalize/text/vietnamese-letters.js';
import { nameLevel } from '../compare.js';
import type { DedupValues } from '../dedup-record.js';
import { defineComparison, type ComparisonLevel } from '../dedup-spec.js';

export type ParentAgreement = 'same' | 'close' | 'year-slip' | 'different';

const CLOSE_NAME = new Set(['exact', 'unmarked', 'folded', 'typo1']);

function yearGap(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a || !b) return null;
  return Math.abs(Number(a) - Number(b));
}

/**
 * Two four-digit years one keystroke apart: one digit differs (1990/1996,
 * 1988/1983, 1966/1986) or two neighbouring digits are swapped (1989/1998).
 * Years are typed from handwriting, and a re-registration takes the parents'
 * years from memory; 3/8, 1/7 and 0/6 are read for each other.
 */
export function yearSlip(a: string, b: string): boolean {
  return a.length === 4 && b.length === 4 && oneKeystrokeApart(a, b);
}

/** Two strings of one length that differ in one character, or in two neighbouring ones swapped ('hoa' / 'hao'). */
function oneKeystrokeApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let differing = 0;
  for (let index = 0; index < a.length; index++) {
    if (a.charCodeAt(index) === b.charCodeAt(index)) continue;
    if (differing === 0) first = index;
    differing++;
  }
  if (differing === 1) return true;
  return differing === 2 && a.charAt(first) === b.charAt(first + 1) && a.charAt(first + 1) === b.charAt(first);
}

/**
 * Two neighbouring letters swapped is one keystroke when the tones agree ('Hao' for Hoa) or when one side is
 * no syllable at all ('Pahm' for Phạm, 'Nla' for Lan). Two syllables of other tones are two names: 'Hoa' and
 * 'Hào', 'Thoa' and 'Thảo' — another mother of a namesake family, not a slip.
 */
function swapSlip(accentLeft: string | null | undefined, accentRight: string | null | undefined, left: string, right: string): boolean {
  if (!oneKeystrokeApart(left, right)) return false;
  if (!accentLeft || !accentRight || toneMarksOf(accentLeft) === toneMarksOf(accentRight)) return true;
  return !isBareSyllable(left) || !isBareSyllable(right);
}

/**
 * A parent's name part typed with a slip: within one edit or equal once folded, or two neighbouring
 * letters swapped ('Phạm Thị Hao' for Hoa: one keystroke, though two edits; swapSlip).
 */
function closeName(
  level: string | null,
  [accentLeft, accentRight]: readonly [string | null | undefined, string | null | undefined],
  left: string | null | undefined,
  right: string | null | undefined,
): boolean {
  if (level === null || CLOSE_NAME.has(level)) return true;
  return level === 'typo2' && Boolean(left) && Boolean(right) && swapSlip(accentLeft, accentRight, left!, right!);
}

/**
 * One parent: 'same' (given name equal, family name and birth year equal or
 * missing), 'close' (a typo: given and family names within one edit or equal
 * once folded or two neighbouring letters swapped, or the family name shortened to its first letters — 'Ng. Thị
 * Hoa' — birth years at most one apart), 'year-slip' (the names as for
 * 'same', birth years a keystroke apart: yearSlip), else 'different'; null
 * when a side has no name for that parent.
 */
const FIELDS = {
  mother: { given: 'mother.given', givenFolded: 'mother.given.folded', family: 'mother.family', familyFolded: 'mother.family.folded', unmarked: 'mother.unmarked', birthYear: 'mother.birthYear' },
  father: { given: 'father.given', givenFolded: 'father.given.folded', family: 'father.family', familyFolded: 'father.family.folded', unmarked: 'father.unmarked', birthYear: 'father.birthYear' },
} as const;

/**
 * One family name written as its first letters without a vowel ('Ng.' or 'Ng' for Nguyễn, 'Tr.' for
 * Trần: a clerk's shortening of the parent's name, NAME_ABBREVIATED) and the other's folded name
 * begins with them. No Vietnamese family name lacks a vowel, so it is no other family.
 */
const NO_VOWEL = /^[b-df-hj-np-tv-xzđ]{1,3}$/;

function abbreviatedFamily(left: string | null | undefined, right: string | null | undefined): boolean {
  const [a, b] = [left?.replace(/\.+$/, ''), right?.replace(/\.+$/, '')];
  if (!a || !b || a === b) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return NO_VOWEL.test(short) && long.startsWith(short);
}

export function parentAgreement(a: DedupValues, b: DedupValues, role: 'mother' | 'father'): ParentAgreement | null {
  const fields = FIELDS[role];
  const given = nameLevel(a, b, fields.given, fields.givenFolded, fields.unmarked);
  if (given === null) return null;
  const family = nameLevel(a, b, fields.family, fields.familyFolded, fields.unmarked);
  const years = yearGap(a[fields.birthYear], b[fields.birthYear]);
  const sameFamily = family === null || family === 'exact' || family === 'unmarked';
  const sameName = (given === 'exact' || given === 'unmarked') && sameFamily;
  if (sameName && (years === null || years === 0)) return 'same';
  const closeFamily =
    closeName(family, [a[fields.family], b[fields.family]], a[fields.familyFolded], b[fields.familyFolded]) ||
    abbreviatedFamily(a[fields.familyFolded], b[fields.familyFolded]);
  if (closeName(given, [a[fields.given], b[fields.given]], a[fields.givenFolded], b[fields.givenFolded]) && closeFamily && (years === null || years <= 1)) return 'close';
  if (sameName && yearSlip(a[fields.birthYear] as string, b[fields.birthYear] as string)) return 'year-slip';
  return 'different';
}

export type FamilyLevel =
  | 'both-parents'
  | 'common-parents'
  | 'one-known-parent'
  | 'close'
  | 'year-slip'
  | 'one-parent-differs'
  | 'parents-differ'
  | 'same-commune'
  | 'other-commune';

/**
 * A parent's year slip is one keystroke in one entry; the other parent then
 * agrees fully (or is missing). Both parents' years off (1991/1993 and
 * 1989/1990) is how namesake couples of one age differ: 'different'.
 */
function oneSlipOnly(agreement: ParentAgreement | null, other: ParentAgreement | null): ParentAgreement | null {
  return agreement === 'year-slip' && other !== null && other !== 'same' ? 'different' : agreement;
}

export function familyLevel(a: DedupValues, b: DedupValues): FamilyLevel | null {
  const motherAgreement = parentAgreement(a, b, 'mother');
  const fatherAgreement = parentAgreement(a, b, 'father');
  const mother = oneSlipOnly(motherAgreement, fatherAgreement);
  const father = oneSlipOnly(fatherAgreement, motherAgreement);
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
  if (mother === 'year-slip' || father === 'year-slip') return 'year-slip';
  if (mother === 'close' || father === 'close') return 'close';
  if (known === 1) return 'one-known-parent';
  return a[COMMON_PARENTS] === '1' && b[COMMON_PARENTS] === '1' ? 'common-parents' : 'both-parents';
}

/** Value set to '1' when both parents' names are among the commonest (parent-names.ts). */
export const COMMON_PARENTS = 'parents.common';

/** Family levels that mean "the same parents" / "other parents" (vetoes). */
export const SAME_PARENTS: ReadonlySet<string> = new Set(['both-parents', 'common-parents', 'one-known-parent', 'close', 'year-slip']);
/** Family levels where both parents' names and years agree. */
export const BOTH_PARENTS: ReadonlySet<string> = new Set(['both-parents', 'common-parents']);
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
 * 'common-parents' is 'both-parents' when both parents' names are among the
 * commonest (Nguyễn Thị Hoa × Nguyễn Văn Hùng): coincidence on two such names
 * is ~0.0115² ≈ 1.3e-4 by DOMAIN.md §4 shares (Nguyễn 0.384 × a top given name
 * ~0.03), more where a commune's families share a clan name; with the siblings,
 * u 1e-4 (+13.0 instead of +15.3). 'year-slip' is both parents' names agreeing
 * with a parent's birth year a keystroke off (1990/1996): siblings' entries
 * repeat their parents' years, so only a slip in one of them or namesake
 * parents reach it — counted as a typo in a parent, a little under 'close'
 * (m 0.04: a year digit misread on a copy, or a re-registration's year from
 * memory).
 */
const FAMILY_LEVELS: readonly ComparisonLevel[] = [
  { name: 'both-parents', m: 0.8, u: 2e-5 },
  { name: 'common-parents', m: 0.8, u: 1e-4 },
  { name: 'one-known-parent', m: 0.1, u: 2e-4 },
  { name: 'close', m: 0.06, u: 5e-4 },
  { name: 'year-slip', m: 0.04, u: 5e-4 },
  { name: 'one-parent-differs', m: 0.02, u: 0.005 },
  { name: 'parents-differ', m: 0.02, u: 0.99 },
  { name: 'same-commune', m: 0.6, u: 0.08 },
  { name: 'other-commune', m: 0.4, u: 0.92 },
];

export const familyComparison = defineComparison('parents', FAMILY_LEVELS, familyLevel);
