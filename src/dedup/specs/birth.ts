/**
 * Deduplication of births: the same child registered twice — an entry typed
 * twice, a copy with a typo, a re-registration (đăng ký lại) years later in
 * another commune, often with only the birth year (DOMAIN.md §3.3, §8) — while
 * twins, siblings and namesakes stay apart.
 */
import type { BirthRecord } from '../../record-types/birth.js';
import { dateLevel, DATE_AGREES, exactLevel } from '../compare.js';
import type { DedupRecord } from '../dedup-record.js';
import { defineComparison, keyOf, type BlockingRule, type DedupSpec, type PairLevels, type Veto } from '../dedup-spec.js';
import { familyComparison, OTHER_PARENTS, SAME_PARENTS } from './birth-family.js';
import { dateLevels, FAMILY_NAME_LEVELS, GIVEN_NAME_LEVELS, MIDDLE_NAME_LEVELS, PERSONAL_ID_LEVELS, REGISTER_ENTRY_LEVELS, SEX_LEVELS } from './levels.js';
import { NameKeyMemo } from './name-key-memo.js';
import { addNameValues, addRegistrationValues, dedupRecordOf, fillablePaths, fullDateOf, monthsOf, nameComparisons } from './record-values.js';

/**
 * In order (a pair is tagged with the first that finds it): the personal ID;
 * the register position (a typo'd copy keeps it, §8); family + given name +
 * birth month (a typo in the day or in the mother's name); child's family name
 * + mother's name + birth month (a typo in the child's given name); given name
 * + full birth date (a typo in the family name). Name keys are folded, so Hùng
 * and Hưng meet — and the comparison, not the block, tells them apart.
 * The month, not the year: Nguyễn (38 %) with a common given name and a birth
 * year made blocks of hundreds at a million births (67 candidate pairs a
 * record, benchmark of 2026-11-29); a date known only to the year keys on
 * every month of it (monthsOf).
 */
const blockingRules: readonly BlockingRule[] = [
  { name: 'id', description: 'child personal ID', keys: (v) => keyOf(v['child.personalId']) },
  { name: 'entry', description: 'commune + registration year + number', keys: (v) => keyOf(v['registration.entry']) },
  {
    name: 'name+month',
    description: 'family + given name (folded) + birth month (every month of the year when only the year is known)',
    keys: (v) => monthsOf(v['child.birthDate']).flatMap((month) => keyOf(v['child.family.folded'], v['child.given.folded'], month)),
  },
  {
    name: 'mother+month',
    description: "family name + mother's family and given name (folded) + birth month (every month of a year-only date)",
    keys: (v) => monthsOf(v['child.birthDate']).flatMap((month) => keyOf(v['child.family.folded'], v['mother.family.folded'], v['mother.given.folded'], month)),
  },
  {
    name: 'given+date',
    description: 'given name (folded) + full birth date',
    keys: (v) => keyOf(v['child.given.folded'], fullDateOf(v['child.birthDate'])),
  },
];

const comparisons = [
  ...nameComparisons('child', 'child', { given: GIVEN_NAME_LEVELS, family: FAMILY_NAME_LEVELS, middle: MIDDLE_NAME_LEVELS }),
  defineComparison('child.birthDate', dateLevels(25), (a, b) => dateLevel(a['child.birthDate'], b['child.birthDate'])),
  defineComparison('child.sex', SEX_LEVELS, (a, b) => exactLevel(a['child.sex'], b['child.sex'])),
  familyComparison,
  defineComparison('registration.entry', REGISTER_ENTRY_LEVELS, (a, b) => {
    const level = exactLevel(a['registration.entry'], b['registration.entry']);
    return level === null ? null : level === 'exact' ? 'same-entry' : 'other-entry';
  }),
  defineComparison('child.personalId', PERSONAL_ID_LEVELS, (a, b) => exactLevel(a['child.personalId'], b['child.personalId'])),
];

const TYPO_APART = new Set(['folded', 'typo1']);
const sameEntry = (levels: PairLevels): boolean => levels['registration.entry'] === 'same-entry';
const sameParents = (levels: PairLevels): boolean => SAME_PARENTS.has(levels['parents'] ?? '');

/**
 * Twins and siblings are two register entries; the same entry typed twice is
 * not (its typo in a name or a sex is what review is for).
 */
const vetoes: readonly Veto[] = [
  {
    code: 'different-sex',
    description: 'Records of different sex are never merged (same register entry: review, a typing slip).',
    check: (levels) => (levels['child.sex'] !== 'different' ? null : sameEntry(levels) ? 'review' : 'distinct'),
  },
  {
    code: 'twins',
    description:
      'Same parents and birth date, different given names (Hùng/Hưng included): twins. Review instead when a copy cannot be told from a twin: a name typed without marks (Hung), or names a typo apart with a date of only a year or a month.',
    check: (levels) => {
      const date = levels['child.birthDate'];
      const given = levels['child.givenName'];
      if (!sameParents(levels) || !DATE_AGREES.has(date ?? '') || sameEntry(levels) || !given || given === 'exact') return null;
      if (given === 'unmarked') return 'review';
      return date !== 'exact' && TYPO_APART.has(given) ? 'review' : 'distinct';
    },
  },
  {
    code: 'siblings',
    description: 'Same parents, given names equal only once folded (Thúy/Thủy, Tuyên/Tuyền), different birth dates: siblings.',
    check: (levels) => {
      const date = levels['child.birthDate'];
      const folded = levels['child.givenName'] === 'folded';
      return sameParents(levels) && folded && date && !DATE_AGREES.has(date) && !sameEntry(levels) ? 'distinct' : null;
    },
  },
  {
    code: 'namesakes',
    description: 'A parent differs: namesakes (Nguyễn Văn Hùng born the same year). Same register entry or same personal ID: review.',
    check: (levels) => {
      if (!OTHER_PARENTS.has(levels['parents'] ?? '')) return null;
      return sameEntry(levels) || levels['child.personalId'] === 'exact' ? 'review' : 'distinct';
    },
  },
];

/** Person fields a survivor may take from a member. */
const FILLABLE = fillablePaths([
  ...['fullName', 'familyName', 'middleName', 'givenName', 'sex', 'birthDate', 'birthPlace', 'hometown', 'ethnicityCode', 'nationality', 'personalId'].map((key) => `child.${key}`),
  ...['mother', 'father'].flatMap((parent) => ['fullName', 'birthYear', 'ethnicityCode', 'nationality', 'residence', 'personalId'].map((key) => `${parent}.${key}`)),
]);

function toDedupRecord(record: BirthRecord, districtCode: string, names = new NameKeyMemo()): DedupRecord {
  const values: Record<string, string | null> = {};
  addNameValues(values, 'child', record.child, names);
  addNameValues(values, 'mother', { fullName: record.mother.fullName }, names, false);
  addNameValues(values, 'father', { fullName: record.father?.fullName ?? null }, names, false);
  values['child.sex'] = record.child.sex;
  values['child.birthDate'] = record.child.birthDate;
  values['child.personalId'] = record.child.personalId;
  values['mother.birthYear'] = record.mother.birthYear;
  values['father.birthYear'] = record.father?.birthYear ?? null;
  addRegistrationValues(values, record.registration);
  return dedupRecordOf(record, districtCode, values, blockingRules, FILLABLE);
}

/**
 * Thresholds, on the weights above (levels.ts, birth-family.ts): an exact double
 * entry scores ~70, a copy with a typo ~45, a re-registration with only the
 * birth year in another commune ~29; namesakes that share name and full birth
 * date but whose parents are unknown reach ~25 and are left to review.
 */
export const birthDedupSpec: DedupSpec<BirthRecord> = {
  type: 'birth',
  blockingRules,
  comparisons,
  vetoes,
  thresholds: { merge: 26, review: 12 },
  toDedupRecord,
};
