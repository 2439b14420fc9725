/**
 * Deduplication of births: the same child registered twice — an entry typed
 * twice, a copy with a typo, a re-registration (đăng ký lại) years later in
 * another commune, often with only the birth year (DOMAIN.md §3.3, §8) — while
 * twins, siblings and namesakes stay apart.
 */
import type { BirthRecord } from '../../record-types/birth.js';
import { dateLevel, DATE_AGREES, daysApart, exactLevel } from '../compare.js';
import type { DedupRecord, DedupValues } from '../dedup-record.js';
import { defineComparison, keyOf, type BlockingRule, type ComparisonLevel, type CrossedRoles, type DedupSpec, type PairLevels, type Veto, type VetoAction } from '../dedup-spec.js';
import { BOTH_PARENTS, COMMON_PARENTS, familyComparison, OTHER_PARENTS, SAME_PARENTS } from './birth-family.js';
import { dateLevels, FAMILY_NAME_LEVELS, GIVEN_NAME_LEVELS, MIDDLE_NAME_LEVELS, PERSONAL_ID_LEVELS, REGISTER_ENTRY_LEVELS, SEX_LEVELS } from './levels.js';
import { NameKeyMemo } from './name-key-memo.js';
import { addNameValues, addRegistrationValues, dedupRecordOf, fillablePaths, fullDateOf, isReRegistration, iyApart, monthsOf, nameComparisons, notesDeath, notesMultipleBirth, RE_REGISTRATION, swappableDateOf } from './record-values.js';
import { isCommonName } from './parent-names.js';
import { isPersonalNumber } from '../../normalize/codes/personal-id-structure.js';
import { FAR_APART, middleWordLost, otherRealMiddleName, slipOfOneName } from './middle-names.js';
import { otherPersonalIdVeto } from './other-personal-id.js';
import { entriesApart, NEIGHBOURING_ENTRIES, neighbouringEntries, registeredTogether, sameCommune } from './register-position.js';
import { parentsResidenceLevel, PARENTS_RESIDENCE_LEVELS } from './residence.js';
import { sexSlipOfEntryCopy } from './sex-slip.js';
import { bothRegisteredAsNewborns } from './registered-as-newborn.js';

/**
 * In order (a pair is tagged with the first that finds it): the personal ID;
 * the register position (a typo'd copy keeps it, §8); family + given name +
 * birth month (a typo in the day or in the mother's name); child's family name
 * + mother's name + birth month (a typo in the child's given name); given name
 * + full birth date (a typo in the family name); family name + mother's name +
 * the date with day and month in either order (a re-registration whose date
 * had day and month swapped, DOMAIN.md §5, leaves the other blocks: its month
 * is the other's day); last, the child's name as spelt (marks kept) + both
 * parents' names, whatever the date (a re-registration whose birth month or
 * year slipped a key, 01/04 → 01/05, 2016 → 2015, left every dated block and was
 * never even compared: its comparison sends it to review; with marks kept, siblings
 * Thúy and Thủy born years apart do not meet). Name keys are otherwise folded, so
 * Hùng and Hưng meet — and the comparison, not the block, tells them apart.
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
  {
    name: 'mother+swappable-date',
    description: "family name + mother's family and given name (folded) + full birth date with day and month in either order (both at most 12)",
    keys: (v) => keyOf(v['child.family.folded'], v['mother.family.folded'], v['mother.given.folded'], swappableDateOf(v['child.birthDate'])),
  },
  {
    name: 'name+parents',
    description: "family and given name (with their marks) + both parents' family and given names (folded), any birth date",
    keys: (v) => keyOf(v['child.family'], v['child.given'], v['mother.family.folded'], v['mother.given.folded'], v['father.family.folded'], v['father.given.folded']),
  },
];

/**
 * A pair of which one side only is a re-registration: it is written years later under a
 * number of its own, where the person lives now — another register entry and, as often as
 * not, the parents' residences of another village are what a re-registration is, not
 * evidence against it. Such a pair gets a level of weight 0 (m = u) there, as a marriage's
 * re-registration date does; an entry and residences that agree still count.
 */
const RE_REGISTERED = 're-registration';
const oneReRegistration = (a: DedupValues, b: DedupValues): boolean => (a[RE_REGISTRATION] === '1') !== (b[RE_REGISTRATION] === '1');
const RE_REGISTERED_LEVEL: ComparisonLevel = { name: RE_REGISTERED, m: 0.5, u: 0.5 };
/** The re-registration level before the last (disagreeing) one: levels run from agreement down to disagreement. */
const withReRegistered = (levels: readonly ComparisonLevel[]): ComparisonLevel[] => [...levels.slice(0, -1), RE_REGISTERED_LEVEL, ...levels.slice(-1)];

const comparisons = [
  ...nameComparisons('child', 'child', { given: GIVEN_NAME_LEVELS, family: FAMILY_NAME_LEVELS, middle: MIDDLE_NAME_LEVELS }),
  defineComparison('child.birthDate', dateLevels(25), (a, b) => dateLevel(a['child.birthDate'], b['child.birthDate'])),
  defineComparison('child.sex', SEX_LEVELS, (a, b) => exactLevel(a['child.sex'], b['child.sex'])),
  familyComparison,
  defineComparison('parents.residence', withReRegistered(PARENTS_RESIDENCE_LEVELS), (a, b) => {
    const level = parentsResidenceLevel(a, b);
    return level === 'different' && oneReRegistration(a, b) ? RE_REGISTERED : level;
  }),
  defineComparison('registration.entry', withReRegistered(REGISTER_ENTRY_LEVELS), (a, b) => {
    const level = exactLevel(a['registration.entry'], b['registration.entry']);
    if (level === null) return null;
    if (level === 'exact') return 'same-entry';
    return oneReRegistration(a, b) ? RE_REGISTERED : 'other-entry';
  }),
  defineComparison('child.personalId', PERSONAL_ID_LEVELS, (a, b) => exactLevel(a['child.personalId'], b['child.personalId'])),
];

/**
 * Parents typed in each other's columns (the father's name and year under the mother's
 * headings), which PARENT_NAME_SEX warns of on the entry ('Trần Văn Lực' as the mother):
 * a pair where that warning marks one side only is compared with the parents exchanged
 * when more of their name parts and birth years agree so — as marriages compare spouses.
 */
const PARENTS_CROSSED = 'parents.crossed';
const PARENT_NAME_SEX = 'PARENT_NAME_SEX';
const MOTHER_PREFIX = 'mother.';
const FATHER_PREFIX = 'father.';
const PARENT_KEYS = ['given.folded', 'family.folded', 'birthYear'];

/** Parents' name parts (folded) and birth years of a's `left` parent that b's `right` parent shares. */
function parentAgreement(a: DedupValues, b: DedupValues, left: string, right: string): number {
  let agreeing = 0;
  for (const key of PARENT_KEYS) {
    const value = a[left + key];
    if (value && value === b[right + key]) agreeing++;
  }
  return agreeing;
}

function exchangeParentPath(path: string): string {
  if (path.startsWith(MOTHER_PREFIX)) return FATHER_PREFIX + path.slice(MOTHER_PREFIX.length);
  if (path.startsWith(FATHER_PREFIX)) return MOTHER_PREFIX + path.slice(FATHER_PREFIX.length);
  return path;
}

const crossedRoles: CrossedRoles = {
  roles: ['mother', 'father'],
  crossed: (a, b) =>
    (a[PARENTS_CROSSED] === '1') !== (b[PARENTS_CROSSED] === '1') &&
    parentAgreement(a, b, MOTHER_PREFIX, FATHER_PREFIX) + parentAgreement(a, b, FATHER_PREFIX, MOTHER_PREFIX) >
      parentAgreement(a, b, MOTHER_PREFIX, MOTHER_PREFIX) + parentAgreement(a, b, FATHER_PREFIX, FATHER_PREFIX),
  exchange: (values) => {
    const exchanged: Record<string, string | null> = {};
    for (const key in values) exchanged[exchangeParentPath(key)] = values[key] ?? null;
    return exchanged;
  },
  exchangePath: exchangeParentPath,
};

const TYPO_APART = new Set(['folded', 'typo1']);
/** Family levels of both parents agreeing but for a slip in one (a letter of a name, a year a key or one off). */
const PARENT_SLIPS = new Set(['close', 'year-slip']);
/** Given-name levels a typing slip reaches (a letter or two). */
const TYPOS = new Set(['typo1', 'typo2']);
/** Given-name levels of two names a mark or a letter or two apart, both typed with their marks. */
const NEXT_ROW_TWIN_LEVELS = new Set(['folded', 'typo1', 'typo2']);
const sameEntry = (levels: PairLevels): boolean => levels['registration.entry'] === 'same-entry';
const sameParents = (levels: PairLevels): boolean => SAME_PARENTS.has(levels['parents'] ?? '');
const sameId = (levels: PairLevels): boolean => levels['child.personalId'] === 'exact';
/** Middle-name levels that mean another middle name (a name typed without marks is the same one). */
const OTHER_MIDDLE = new Set(['folded', 'typo1', 'typo2', 'different']);
/** Levels of `parents` where no parent could be compared (null too: nor the commune): the family is unknown. */
const NO_PARENTS = new Set(['same-commune', 'other-commune']);


/** Both communes known and different: not how twins are registered, but how a copy lands in another book. */
function otherCommunes(a: DedupRecord, b: DedupRecord): boolean {
  const left = a.values['registration.commune'];
  const right = b.values['registration.commune'];
  return Boolean(left) && Boolean(right) && left !== right;
}

/**
 * Entries known to have been made apart (not registeredTogether): two numbers of
 * one commune's year that are not neighbours, or two registration dates. Without
 * either (no numbers, no dates) nothing says the entries were made apart.
 */
function registeredApart(a: DedupRecord, b: DedupRecord): boolean {
  if (registeredTogether(a.values, b.values)) return false;
  if (entriesApart(a.values, b.values) !== null) return true;
  const left = a.values['registration.date'];
  const right = b.values['registration.date'];
  return Boolean(left) && Boolean(right) && left !== right;
}

/**
 * One side is a re-registration (đăng ký lại, DOMAIN.md §3.3: done where the person
 * lives now, so the parents' residences moved) and the child's family and given
 * name and the full birth date agree exactly: the original is expected. A name typed
 * without marks ('Nguyen Thi Lan', what a re-registration typed elsewhere often is)
 * agrees at its own precision: its letters are the other's (a given name only the
 * marks apart on both sides is the twins veto's, which still reviews it). A date of
 * only a year or a month, or with day and month swapped, tells two namesake families'
 * children apart only with both parents' birth years given and equal on both sides; a
 * name a slip apart never does.
 */
/** Name levels whose letters are the same: exact on the accent key, or one side typed without marks. */
const SAME_LETTERS: ReadonlySet<string> = new Set(['exact', 'unmarked']);

/** Parents' residences none of which agree: of another village, or a re-registration's (weight 0). */
const RESIDENCES_ELSEWHERE: ReadonlySet<string> = new Set(['different', RE_REGISTERED]);
/** A re-registration's birth date of only the year or the month, or with day and month swapped (DOMAIN.md §5, §8). */
const RE_REGISTERED_DATES: ReadonlySet<string> = new Set(['precision-year', 'precision-month', 'swapped']);

function reRegisteredElsewhere(levels: PairLevels, a: DedupRecord, b: DedupRecord): boolean {
  if (!a.reRegistration && !b.reRegistration) return false;
  if (!SAME_LETTERS.has(levels['child.givenName'] ?? '') || !SAME_LETTERS.has(levels['child.familyName'] ?? '')) return false;
  const date = levels['child.birthDate'];
  if (date === 'exact') return fullDateOf(a.values['child.birthDate']) !== null;
  // A date the re-registration gave less precisely (the year, as old people recall it) or swapped tells
  // no namesake family apart by itself; both parents' birth years, given on both sides and equal, do:
  // two couples of the commonest names born the same two years with a child of one name and year are
  // no coincidence a register meets (DOMAIN.md §8: a reduced-precision date agrees at its precision).
  return typeof date === 'string' && RE_REGISTERED_DATES.has(date) && parentsYearsGivenAndEqual(a.values, b.values);
}

function parentsYearsGivenAndEqual(a: DedupValues, b: DedupValues): boolean {
  return ['mother.birthYear', 'father.birthYear'].every((key) => Boolean(a[key]) && a[key] === b[key]);
}

/**
 * One entry has its register position and the other none: a book typed again without its 'Số'
 * column filled, not two entries of one book (each twin has their own number).
 */
function oneNumberMissing(a: DedupRecord, b: DedupRecord): boolean {
  return !a.values['registration.entry'] !== !b.values['registration.entry'];
}

/**
 * The two entries come from two files and were registered the same day: a book typed
 * again ('KS-2004-nhap-lai.xlsx' beside 'KS-2004.xlsx'), often with its numbering slipped
 * by one from some row on. Twins of one book are in one file. Files are only known for
 * the batch's own records (the registry keeps none): false for a record loaded before.
 */
function retypedInAnotherFile(a: DedupRecord, b: DedupRecord): boolean {
  if (a.sourceFile === undefined || b.sourceFile === undefined || a.sourceFile === b.sourceFile) return false;
  const date = fullDateOf(a.values['registration.date']);
  return date !== null && date === b.values['registration.date'];
}

/** Two entries of one file registered the same full day (a book whose commune no cell names): made together. */
function oneFileOneDay(a: DedupRecord, b: DedupRecord): boolean {
  if (a.sourceFile === undefined || a.sourceFile !== b.sourceFile) return false;
  const date = fullDateOf(a.values['registration.date']);
  return date !== null && date === b.values['registration.date'];
}

/**
 * Neighbouring numbers of one commune's year on rows typed one after the other in one file (the batch's
 * own records only: the registry keeps no file), registered on one day as twins are. A copy of the entry
 * further down the file, or one whose registration date differs (a slip of the copy), is no twin.
 */
function oneFileNeighbours(a: DedupRecord, b: DedupRecord): boolean {
  if (a.sourceFile === undefined || a.sourceFile !== b.sourceFile || !neighbouringEntries(a.values, b.values)) return false;
  const date = a.values['registration.date'];
  if (!date || date !== b.values['registration.date']) return false;
  return a.sourceOrder !== undefined && b.sourceOrder !== undefined && Math.abs(a.sourceOrder - b.sourceOrder) <= NEIGHBOURING_ENTRIES;
}

/**
 * Twins given one name and two middle names (Nguyễn Hoàng Anh / Nguyễn Tuấn Anh,
 * Đặng Thị Thu Trang / Đặng Thị Thùy Trang), the second often registered late.
 * A copy of one entry keeps its middle name, or loses it (no middle name, or a
 * word of it: not this veto); it does not turn it into another real middle name.
 * 'distinct' for neighbouring numbers of one commune's year, two IDs given in
 * one commune, or two middle names far apart (Hoàng/Tuấn) registered in one
 * commune; null for a slip that is no name ('Thj'); else 'review': two IDs of two
 * communes (a second registration elsewhere also gets a new ID), names a mark
 * or a letter apart (Thu/Thư, Thu/Thùy: twins, or a slip), entries of two
 * communes or of an unknown one. The same register entry never gets here (a copy).
 */
function twinsByMiddleName(levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null {
  const middle = levels['child.middleName'] ?? '';
  if (!OTHER_MIDDLE.has(middle)) return null;
  if (neighbouringEntries(a.values, b.values)) return 'distinct';
  const left = a.values['child.personalId'];
  const right = b.values['child.personalId'];
  if (levels['child.personalId'] === 'different' && isPersonalNumber(left) && isPersonalNumber(right)) {
    return sameCommune(a.values, b.values) ? 'distinct' : 'review';
  }
  if (middleWordLost(a, b, 'child.middle.folded') || (middle !== 'different' && slipOfOneName(a, b, 'child.middle.folded'))) return null;
  return FAR_APART.has(middle) && sameCommune(a.values, b.values) ? 'distinct' : 'review';
}

/**
 * The twins veto's action (see its description), whatever the personal IDs say.
 */
function twinsAction(levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null {
  const date = levels['child.birthDate'];
  const given = levels['child.givenName'];
  if (!sameParents(levels) || !given) return null;
  if (sameEntry(levels)) return DATE_AGREES.has(date ?? '') && typedOnNextRow(a, b) ? twinsOnNextRow(levels, a, b) : null;
  if (!DATE_AGREES.has(date ?? '')) return bornAroundMidnight(a, b) ? twinsAroundMidnight(given, a, b) : null;
  // Vy / Vi: one name to scoring, two to the parents of twins registered together; else a spelling of one name.
  if (given === 'exact') return iyApart(a.values, b.values, 'child') ? (registeredTogether(a.values, b.values) ? 'distinct' : null) : twinsByMiddleName(levels, a, b);
  // A name typed without marks on a re-typed book's row of the same day, born the same day: its copy, not a twin.
  // So is a re-registration's (typed elsewhere, often without marks): its letters are the entry's own; when a
  // co-twin's name has those letters too (Hùng / Hưng), the record matches both and the clusters review it. Two
  // entries registered together are no entry and its re-registration, but twins re-registered together.
  if (given === 'unmarked') {
    const reRegistered = (a.reRegistration || b.reRegistration) && !registeredTogether(a.values, b.values) && !oneFileOneDay(a, b);
    return (date === 'exact' && retypedInAnotherFile(a, b)) || reRegistered ? null : 'review';
  }
  if (TYPOS.has(given) && slipOfOneName(a, b, 'child.given.folded')) return registeredTogether(a.values, b.values) ? 'review' : null;
  if (!TYPO_APART.has(given)) return 'distinct';
  return date !== 'exact' || otherCommunes(a, b) || oneNumberMissing(a, b) || registeredApart(a, b) ? 'review' : 'distinct';
}

/**
 * One register entry on two rows typed one under the other in one file (the batch's own records
 * only: the registry keeps no file): twins typed under one 'Số' cell merged over both rows, or each
 * typing it. With another given name (not a slip of one: Sơn / Quang) the second row is the co-twin,
 * no copy of the first — a copy typed again lands further down or in another file.
 */
function typedOnNextRow(a: DedupRecord, b: DedupRecord): boolean {
  if (a.sourceFile === undefined || a.sourceFile !== b.sourceFile) return false;
  return a.sourceOrder !== undefined && b.sourceOrder !== undefined && Math.abs(a.sourceOrder - b.sourceOrder) === 1;
}

/**
 * Two rows of one entry typed one under the other: another given name, or the same one after another real
 * middle name (Hoàng Anh / Tuấn Anh: a copy keeps its middle name or loses it), is the co-twin's (distinct).
 * Names a mark or a letter apart (Hùng / Hưng, Thu Trang / Thùy Trang) read as a copy with a slip — save where
 * a row's remarks say a multiple birth ('Sinh đôi'): twins so named typed under one 'Số' cell, or a twin's row
 * typed twice, which an officer tells apart (review: neither child is lost). A slip into no word (Trag) is a copy's.
 */
function twinsOnNextRow(levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null {
  const given = levels['child.givenName'] ?? '';
  const middle = levels['child.middleName'];
  if (given === 'different' || (given === 'exact' && otherRealMiddleName(middle, a, b, 'child.middle.folded'))) return 'distinct';
  if (!(a.multipleBirth || b.multipleBirth)) return null;
  const [level, field] = given === 'exact' ? [middle ?? '', 'child.middle.folded'] : [given, 'child.given.folded'];
  if (!NEXT_ROW_TWIN_LEVELS.has(level) || middleWordLost(a, b, 'child.middle.folded')) return null;
  return TYPOS.has(level) && slipOfOneName(a, b, field) ? null : 'review';
}

/**
 * Two full birth dates one or two days apart (TWINS_MAX_DAYS), entered together in one
 * commune's book: twins born either side of midnight, each registered with their own date.
 */
function bornAroundMidnight(a: DedupRecord, b: DedupRecord): boolean {
  const days = daysApart(a.values['child.birthDate'], b.values['child.birthDate']);
  return days !== null && days > 0 && days <= TWINS_MAX_DAYS && registeredTogether(a.values, b.values);
}

/**
 * Twins born either side of midnight with given names a mark or a letter apart that are both
 * names (Phúc / Phú, Hùng / Hưng): two children, as twins born the same day are. A name a slip
 * from a word Vietnamese has not (Trang / Trag) is left to the score, as are the other levels.
 */
function twinsAroundMidnight(given: string, a: DedupRecord, b: DedupRecord): VetoAction | null {
  if (!TYPO_APART.has(given)) return null;
  return TYPOS.has(given) && slipOfOneName(a, b, 'child.given.folded') ? null : 'distinct';
}

/** Both entries give one valid 12-digit personal ID (DOMAIN.md §2: one person's number; twins never share one). */
function sharedPersonalId(levels: PairLevels, a: DedupRecord): boolean {
  return sameId(levels) && isPersonalNumber(a.values['child.personalId']);
}

/**
 * One side's name typed without any mark ('Ta Van Quyet') and the same letters as the other's given
 * name, the middle name not another one: no second real name stands beside the first, only the same
 * one unmarked. With one valid 12-digit ID on both, the ID says whose copy it is (a co-twin has an
 * ID of their own), so nothing is left for an officer: not 'twins-shared-id'.
 */
function unmarkedCopy(levels: PairLevels): boolean {
  return levels['child.givenName'] === 'unmarked' && !OTHER_MIDDLE.has(levels['child.middleName'] ?? '');
}

/**
 * Fewer days than this between two full birth dates cannot be two children of one mother
 * born apart (a pregnancy after a birth lasts six months at the very least); twins share the day.
 */
const SIBLING_MIN_DAYS = 180;
/**
 * A child given the name of an elder sibling who died is born a year or more after it, at the least:
 * two entries of one couple's child of one name closer than that (05/03 and 05/09 of one year) may be
 * one birth typed twice with the month slipped, which an officer decides (not the born-apart veto).
 */
const NAMESAKE_SIBLING_MIN_DAYS = 365;
/** Twins born late one evening and after midnight get two dates: a day (two, across a month's end typed loosely) apart. */
const TWINS_MAX_DAYS = 2;

/**
 * Twins and siblings are two register entries; the same entry typed twice is
 * not (its typo in a name or a sex is what review is for).
 */
const vetoes: readonly Veto[] = [
  {
    code: 'different-sex',
    labelVi: 'Giới tính khác nhau (cùng một dòng sổ: có thể gõ nhầm)',
    description:
      "Records of different sex are never merged (same register entry: review, a typing slip) — except a copy of the same register entry giving the child's whole name (marks dropped at most) and full birth date: the sex cell is the slip (sex-slip.ts).",
    check: (levels) => {
      if (levels['child.sex'] !== 'different') return null;
      if (!sameEntry(levels)) return 'distinct';
      return sexSlipOfEntryCopy(levels, 'child', 'child.birthDate') ? null : 'review';
    },
  },
  {
    code: 'twins',
    labelVi: 'Có thể là trẻ sinh đôi: cùng cha mẹ, cùng ngày sinh, tên khác nhau',
    description:
      'Same parents and birth date, different given names (Hùng/Hưng included): twins. Review instead when a copy cannot be told from a twin: a name typed without marks (Hung; no veto on the row of a book typed again in another file, registered the same day and born the same day, nor on a re-registration, typed elsewhere often without marks, save two entries registered together or on one day in one file (twins re-registered together): a co-twin whose name has its letters too is compared with it as well, and the clusters review a record matching both), names a typo apart with a date of only a year or a month, or names a mark or a letter apart in the books of two communes, or registered apart in one commune (numbers more than a neighbour apart, or two registration dates: twins are registered together, in one commune) or where only one entry has a register number (a book typed again without its numbers). Not twins: a name a letter or two from a word Vietnamese has not (Trang/Trag, a slip), unless the entries were made together (review). One given name and two middle names: twinsByMiddleName. Never on one valid 12-digit personal ID: twins-shared-id. One register entry is a copy, save two rows typed one under the other in one file giving another given name (not a slip of it) and the same birth date: twins typed under one \'Số\' cell merged over both rows, as are one given name after two real middle names (Hoàng Anh/Tuấn Anh); names a mark or a letter apart there (Hùng/Hưng) go to review when a row\'s remarks say a multiple birth (\'Sinh đôi\').',
    check: (levels, a, b) => (sharedPersonalId(levels, a) ? null : twinsAction(levels, a, b)),
  },
  {
    code: 'twins-shared-id',
    labelVi: 'Cùng số định danh cá nhân nhưng tên khác nhau: trẻ sinh đôi không bao giờ có chung số định danh — hoặc một trẻ được đăng ký hai lần, hoặc số định danh bị chép nhầm sang dòng của anh chị em',
    description:
      "What the twins veto would keep apart or send to review, on one valid 12-digit personal ID: twins never share one (DOMAIN.md §2), so it is one child typed twice with a name slip (Lan/Lanh) or an ID copied onto the co-twin's row — review, not a merge: both names are real, and which is the child's, or whose the ID is, takes the book. Not for a name typed without marks whose letters are the other's (Ta Van Quyet / Tạ Văn Quyết, in a neighbouring commune's book): only one real name is there, and the ID says whose copy it is.",
    check: (levels, a, b) => (sharedPersonalId(levels, a) && !unmarkedCopy(levels) && twinsAction(levels, a, b) !== null ? 'review' : null),
  },
  {
    code: 'born-apart',
    labelVi: 'Cùng cha mẹ, cùng tên, sinh cách nhau nhiều tháng và mỗi trẻ được đăng ký khi mới sinh: hai anh chị em',
    description:
      "Same parents and the child's given name (its letters: Thúy / Thủy is the siblings veto's), full birth dates at least a year apart, and each entry registered within a year of its own birth date (on time, or a few months late: 'quá hạn'), neither a re-registration: two children each registered when born (a child who died young and the next one given the name; siblings sharing a given name, Phùng Thu Trang / Phùng Quỳnh Trang) — not one child registered again years later with its date slipped (the name+parents block's re-registration, registered late). Never on the same register entry or personal ID.",
    check: (levels, a, b) => {
      if (!sameParents(levels) || !SAME_LETTERS.has(levels['child.givenName'] ?? '') || sameEntry(levels) || sameId(levels)) return null;
      return bothRegisteredAsNewborns(a, b, NAMESAKE_SIBLING_MIN_DAYS) ? 'distinct' : null;
    },
  },
  otherPersonalIdVeto('child.personalId', 'Hai số định danh cá nhân hợp lệ khác nhau trong sổ của một xã: có thể là hai trẻ khác nhau (trẻ sinh đôi, anh chị em)'),
  {
    code: 'siblings',
    labelVi: 'Có thể là anh chị em ruột: cùng cha mẹ, tên chỉ khác dấu',
    description:
      'Same parents, given names equal only once folded (Thúy/Thủy, Tuyên/Tuyền), different birth dates: siblings — review instead when the two full dates are more than two days (twins born either side of midnight) and less than 180 days apart (05/03 and 03/05 of one year: no two children of one mother are born so close save twins; a copy with its date swapped and a tone slipped).',
    check: (levels, a, b) => {
      const date = levels['child.birthDate'];
      const folded = levels['child.givenName'] === 'folded';
      if (!sameParents(levels) || !folded || !date || DATE_AGREES.has(date) || sameEntry(levels)) return null;
      const days = daysApart(a.values['child.birthDate'], b.values['child.birthDate']);
      // A day or two apart: twins born either side of midnight, registered with their own dates.
      return days !== null && days > TWINS_MAX_DAYS && days < SIBLING_MIN_DAYS ? 'review' : 'distinct';
    },
  },
  {
    code: 'namesakes',
    labelVi: 'Cha hoặc mẹ khác nhau: có thể là hai người trùng tên',
    description: 'A parent differs: namesakes (Nguyễn Văn Hùng born the same year). Same register entry or same personal ID: review.',
    check: (levels) => {
      if (!OTHER_PARENTS.has(levels['parents'] ?? '')) return null;
      return sameEntry(levels) || sameId(levels) ? 'review' : 'distinct';
    },
  },
  {
    code: 'common-parents-elsewhere',
    labelVi: 'Cha mẹ trùng họ tên rất phổ biến nhưng nơi cư trú khác nhau: có thể là hai gia đình trùng tên',
    description:
      "Parents' names agree but are among the commonest (Nguyễn Thị Hoa × Nguyễn Văn Hùng) and none of the parents' residences both entries give agree: namesake families of two villages, or a copy whose addresses changed — review, unless the same register entry or personal ID, or one side is a re-registration (đăng ký lại, made where the person lives now) agreeing on the child's family and given name (one side typed without marks at most) and the full birth date — or a birth date of only the year or the month, or with day and month swapped, when both parents' birth years are given on both sides and equal. A copy in the other parent's commune repeats at least one residence.",
    check: (levels, a, b) => {
      if (!RESIDENCES_ELSEWHERE.has(levels['parents.residence'] ?? '') || !SAME_PARENTS.has(levels['parents'] ?? '')) return null;
      if (a.values[COMMON_PARENTS] !== '1' || b.values[COMMON_PARENTS] !== '1') return null;
      return sameEntry(levels) || sameId(levels) || reRegisteredElsewhere(levels, a, b) ? null : 'review';
    },
  },
  {
    code: 'no-parents',
    labelVi: 'Không có thông tin cha mẹ để so sánh',
    description:
      'No parent on one side (or on both): nothing tells a namesake born the same day in the commune from a copy — review, unless the same register entry or personal ID, or one side is a re-registration (đăng ký lại: an original is expected, and often kept fewer fields).',
    check: (levels, a, b) => {
      if (a.reRegistration || b.reRegistration) return null;
      const family = levels['parents'] ?? null;
      const unknown = family === null || NO_PARENTS.has(family);
      return unknown && !sameEntry(levels) && !sameId(levels) ? 'review' : null;
    },
  },
  {
    code: 'two-entries',
    labelVi: 'Hai số đăng ký khác nhau trong sổ cùng năm của một xã',
    description:
      "Two numbers of one commune's register of one year are two registrations: review for neighbouring numbers on neighbouring rows of one file registered on one day giving one given name (entries made together, as twins are: one twin's name typed as the other's) unless the personal ID agrees; else merged only when both parents agree (a copy with its number mistyped), or the personal ID does, or a parent's name or year is a slip off ('close', 'year-slip') on the row of a book typed again in another file on the same registration date (a re-typed book whose numbering slipped); else review (namesakes whose mothers share a name, a father missing on one side).",
    check: (levels, a, b) => {
      if (sameId(levels)) return null;
      // Neighbouring numbers of one file: entries made one after the other, as twins are ('Sinh đôi' no. 2 and 3,
      // one twin's given name typed as the other's). A book typed once holds each entry once.
      // (Names apart by a mark or a letter are the twins veto's.)
      if (levels['child.givenName'] === 'exact' && oneFileNeighbours(a, b)) return 'review';
      if (BOTH_PARENTS.has(levels['parents'] ?? '')) return null;
      // A parent's name or year a slip off on a re-typed book's row of the same day (its number slipped): a copy's slip.
      if (PARENT_SLIPS.has(levels['parents'] ?? '') && retypedInAnotherFile(a, b)) return null;
      return entriesApart(a.values, b.values) === null ? null : 'review';
    },
  },
  {
    code: 'died',
    labelVi: 'Ghi chú cho biết một trẻ đã chết: có thể là em sinh sau được đặt trùng tên',
    description:
      "One entry's remarks say the child died ('Đã chết ngày …'): a later entry of the same name is more likely a younger sibling given the name than that child — review, unless the same register entry or personal ID.",
    check: (levels, a, b) => {
      const died = (a.values['child.died'] === '1') !== (b.values['child.died'] === '1');
      return died && !sameEntry(levels) && !sameId(levels) ? 'review' : null;
    },
  },
];

/** Person fields a survivor may take from a member (never a part of the registered person's name: see fillablePaths). */
const FILLABLE = fillablePaths([
  ...['sex', 'birthDate', 'birthPlace', 'hometown', 'ethnicityCode', 'nationality', 'personalId'].map((key) => `child.${key}`),
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
  values['mother.residence'] = names.place(record.mother.residence);
  values['father.residence'] = names.place(record.father?.residence ?? null);
  const common = isCommonName(values['mother.family.folded'], values['mother.given.folded']) && isCommonName(values['father.family.folded'], values['father.given.folded']);
  values[COMMON_PARENTS] = common ? '1' : null;
  values['child.died'] = notesDeath(record.remarks) ? '1' : null;
  if (isReRegistration(record.remarks, 'birth')) values[RE_REGISTRATION] = '1';
  // Only when set: the registry matches a moved entry by its exact comparison values, as loaded before this key existed.
  if (record.warnings.some((warning) => warning.code === PARENT_NAME_SEX)) values[PARENTS_CROSSED] = '1';
  addRegistrationValues(values, record.registration);
  const dedupRecord = dedupRecordOf(record, districtCode, values, blockingRules, FILLABLE);
  if (notesMultipleBirth(record.remarks)) dedupRecord.multipleBirth = true;
  return dedupRecord;
}

/**
 * Thresholds, on the weights above (levels.ts, birth-family.ts): an exact double
 * entry scores ~70, a copy with a typo ~45, a re-registration with only the
 * birth year in another commune ~29; namesakes that share name and full birth
 * date but whose parents are unknown reach ~25–27 and are left to review (the
 * 'no-parents' veto holds those in one commune, +2.9, below the merge).
 */
export const birthDedupSpec: DedupSpec<BirthRecord> = {
  type: 'birth',
  blockingRules,
  comparisons,
  vetoes,
  thresholds: { merge: 26, review: 12 },
  personalIdField: 'child.personalId',
  crossedRoles,
  toDedupRecord,
};
