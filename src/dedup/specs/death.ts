/**
 * Deduplication of deaths: the same person (name, birth date or year, sex)
 * with the same death date — an entry typed twice, a copy with a typo, a
 * late or repeated registration. Another death date is another death (or a
 * typo an officer must settle); a namesake born years apart is another person,
 * and twins who died together (Hùng/Hưng, or Minh Anh/Tuấn Anh, born the same day)
 * are two — as children; adults a tone apart go to review.
 */
import { ageAt } from '../../normalize/date/partial-date.js';
import type { DeathRecord } from '../../record-types/death.js';
import { DATE_AGREES, dateLevel, daysApart, exactLevel, identityNumberLevel } from '../compare.js';
import type { DedupRecord, DedupValues } from '../dedup-record.js';
import { defineComparison, keyOf, type BlockingRule, type DedupSpec, type PairLevels, type Veto, type VetoAction } from '../dedup-spec.js';
import { dateLevels, FAMILY_NAME_LEVELS, GIVEN_NAME_LEVELS, MIDDLE_NAME_LEVELS, PERSONAL_ID_LEVELS, REGISTER_ENTRY_LEVELS, SEX_LEVELS } from './levels.js';
import { NameKeyMemo } from './name-key-memo.js';
import { addNameValues, addRegistrationValues, dedupRecordOf, fillablePaths, fullDateOf, isReRegistration, iyApart, monthsOf, nameComparisons, RE_REGISTRATION } from './record-values.js';
import { otherRealMiddleName, slipOfOneName } from './middle-names.js';
import { otherPersonalIdVeto } from './other-personal-id.js';
import { entriesApart, neighbouringEntries } from './register-position.js';
import { deceasedResidenceLevel, DECEASED_RESIDENCE_LEVELS } from './residence.js';
import { sexSlipOfEntryCopy } from './sex-slip.js';

/** 'YYYY-MM' shifted by whole months. */
function shiftMonth(month: string, shift: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + shift;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The months of the death date (monthsOf); a re-registration's, given to the month or the day,
 * with the two months either side: its date may be the lunar one typed as solar
 * (RE_REGISTRATION_DATE_DAYS), which the original entry's month would not meet.
 */
function deathMonthsOf(values: DedupValues): readonly (string | null)[] {
  const date = values['deathDate'];
  if (values[RE_REGISTRATION] !== '1' || !date || date.length < 7) return monthsOf(date);
  return [-2, -1, 0, 1, 2].map((shift) => shiftMonth(date.slice(0, 7), shift));
}

/**
 * Personal ID, register position, name + death month (every month of a date
 * known only to the year; the year alone made blocks of hundreds at a quarter
 * of a million deaths), given name + full death date (a typo in the family
 * name), family name + sex + full death date (a slip in the given name of an
 * entry typed again under another number: Tuất/Tuấn, Hải/Hài, which no name key
 * survives; with or without a birth date). The last adds 1.1 candidate pairs a
 * record on the 1M benchmark (271,138 for 247,960 deaths: 3.4 → 4.5 a record);
 * death date + birth year would add 0.2 but miss deaths without a birth date.
 */
const blockingRules: readonly BlockingRule[] = [
  { name: 'id', description: 'personal ID of the deceased', keys: (v) => keyOf(v['deceased.personalId']) },
  { name: 'entry', description: 'commune + registration year + number', keys: (v) => keyOf(v['registration.entry']) },
  {
    name: 'name+death-month',
    description: "family + given name (folded) + month of death (every month of a year-only date; a re-registration's two months either side too)",
    keys: (v) => deathMonthsOf(v).flatMap((month) => keyOf(v['deceased.family.folded'], v['deceased.given.folded'], month)),
  },
  {
    name: 'given+death-date',
    description: 'given name (folded) + full death date',
    keys: (v) => keyOf(v['deceased.given.folded'], fullDateOf(v['deathDate'])),
  },
  {
    name: 'family+sex+death-date',
    description: 'family name (folded) + sex + full death date',
    keys: (v) => keyOf(v['deceased.family.folded'], v['deceased.sex'], fullDateOf(v['deathDate'])),
  },
];

/**
 * Birth dates of the deceased span ~90 years (u of exact 1/32 850); a death
 * register's death dates ~20 years (1/7 300). The last residence is the same on
 * an entry, its copy and its re-registration (residence.ts): with it a
 * re-registration that kept only the years ('1941', '2016': agreeing at their
 * own precision, +6.4 and +4.3 instead of +15 and +12.8) still merges.
 */
const comparisons = [
  ...nameComparisons('deceased', 'deceased', { given: GIVEN_NAME_LEVELS, family: FAMILY_NAME_LEVELS, middle: MIDDLE_NAME_LEVELS }),
  defineComparison('deceased.sex', SEX_LEVELS, (a, b) => exactLevel(a['deceased.sex'], b['deceased.sex'])),
  defineComparison('deceased.birthDate', dateLevels(90), (a, b) => dateLevel(a['deceased.birthDate'], b['deceased.birthDate'])),
  defineComparison('deathDate', dateLevels(20), (a, b) => dateLevel(a['deathDate'], b['deathDate'])),
  defineComparison('deceased.residence', DECEASED_RESIDENCE_LEVELS, deceasedResidenceLevel),
  defineComparison('registration.entry', REGISTER_ENTRY_LEVELS, (a, b) => {
    const level = exactLevel(a['registration.entry'], b['registration.entry']);
    return level === null ? null : level === 'exact' ? 'same-entry' : 'other-entry';
  }),
  defineComparison('deceased.personalId', PERSONAL_ID_LEVELS, (a, b) => identityNumberLevel(a['deceased.personalId'], b['deceased.personalId'])),
];

const sameEntry = (levels: PairLevels): boolean => levels['registration.entry'] === 'same-entry';
/**
 * Given names two edits apart or more are other names (one syllable: Tuất/Tuyết),
 * as marriages' 'other-spouse' holds; one edit (Tuất/Tuấn) stays a possible slip.
 * Without this veto the family+sex+death-date block sent about 2,300 more pairs
 * of different people to review on the 1M benchmark (2,668 instead of 324: the
 * same day, family, sex and birth year outweigh another given name, death date
 * +12.7 against given −5.3).
 */
const OTHER_GIVEN_NAME = new Set(['typo2', 'different']);
/** Distinct, unless it is the same register entry (then a typo an officer settles). */
const unlessSameEntry = (levels: PairLevels) => (sameEntry(levels) ? 'review' : 'distinct');
const sameId = (levels: PairLevels): boolean => levels['deceased.personalId'] === 'exact';

/**
 * Two entries of one commune's register of one year (their own numbers) made together:
 * neighbouring numbers or the same registration day — how the deaths of twins or of
 * siblings who died together (an accident, a flood) are registered, one after the other.
 */
function registeredTogether(a: DedupRecord, b: DedupRecord): boolean {
  if (neighbouringEntries(a.values, b.values)) return true;
  const date = a.values['registration.date'];
  return Boolean(date) && date === b.values['registration.date'] && entriesApart(a.values, b.values) !== null;
}

/**
 * Age from which two people a tone apart who died the same day are taken for a copy worth an
 * officer's look rather than twins: twin infants and children die together (at birth, an
 * epidemic, drowning), adult twins dying on one day are rare, and then an entry typed again
 * with a tone slipped is likelier.
 */
const ADULT_AGE = 16;

/**
 * Whether the deceased may have been ADULT_AGE or older at death on both entries, from the
 * shared full birth date and each death date (required, DeathRecord): a death date of only the
 * year that leaves it open counts as adult (review rather than a silent split).
 */
function diedAdult(a: DedupRecord, b: DedupRecord): boolean {
  const born = a.values['deceased.birthDate'];
  if (!born) return false;
  const ageA = ageAt(born, a.values['deathDate'] ?? '');
  const ageB = ageAt(born, b.values['deathDate'] ?? '');
  return ageA !== null && ageB !== null && ageA.max >= ADULT_AGE && ageB.max >= ADULT_AGE;
}

/** Name levels of one name as typed ('unmarked': one side typed without marks). */
const SAME_NAME = new Set(['exact', 'unmarked']);

/**
 * One given name and two real middle names far apart (Phạm Minh Anh / Phạm Tuấn Anh), one
 * family name, born the same day or year as far as both give it: twins or siblings given one
 * name, as births keep apart (birth.ts twinsByMiddleName) — a copy keeps its middle name or
 * loses a word of it, and a slip one edit apart or into no name (middle-names.ts) is not this
 * veto. Distinct when born the same full day and registered together (neighbouring numbers
 * or the same day of one commune's register, as twins who died together are); review
 * otherwise: one person registered in two books under two middle names cannot be told from
 * a sibling.
 */
function twinsByMiddleName(levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null {
  const born = levels['deceased.birthDate'];
  if (!SAME_NAME.has(levels['deceased.givenName'] ?? '') || !SAME_NAME.has(levels['deceased.familyName'] ?? '') || !DATE_AGREES.has(born ?? '')) return null;
  if (!otherRealMiddleName(levels['deceased.middleName'], a, b, 'deceased.middle.folded')) return null;
  return born === 'exact' && registeredTogether(a, b) ? 'distinct' : 'review';
}

/**
 * Given names a tone or a vowel mark apart (Hùng/Hưng, Anh/Ánh: different names, DOMAIN.md §8)
 * of two people born the same day: twins, as the birth spec's 'twins' veto holds. Distinct when
 * the two entries were registered together in one commune (twins die and are registered together)
 * and died as children; review otherwise — adults (twins dying the same day as adults are rare; an
 * entry typed twice with a tone slipped is likelier), numbers apart, two communes, a number or a
 * full birth date missing: a copy with one mark slipped cannot be told from a twin. A name typed
 * without any mark ('Hung') in another entry of the same register: review. Given names a letter apart
 * that are both real names (Phúc/Phú) are twins too when born the same day, registered together and
 * dead as children (distinct); otherwise left to the score, as a copy's slip. The same entry or
 * personal ID: not this veto.
 */
function twins(levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null {
  if (sameEntry(levels) || sameId(levels)) return null;
  const middle = twinsByMiddleName(levels, a, b);
  if (middle !== null) return middle;
  const given = levels['deceased.givenName'];
  // Vy / Vi: one name to scoring (a late registration spells it anew), two names of infant twins who died together.
  if (given === 'exact' && iyApart(a.values, b.values, 'deceased')) {
    return levels['deceased.birthDate'] === 'exact' && registeredTogether(a, b) && !diedAdult(a, b) ? 'distinct' : null;
  }
  // Phúc / Phú, Lan / Lanh: a letter apart and both real names (a slip into no name, Trang / Trag, is a copy's),
  // born the same day and registered together: twin infants who died together, as for folded names. Adults
  // at neighbouring numbers (Hải / Hà dead in one accident, registered one after the other) an officer tells
  // apart; further apart on one day a copy typed again later (Tý / Tú, a key slipped) is likelier: the score.
  if (given === 'typo1') {
    if (slipOfOneName(a, b, 'deceased.given.folded')) return null;
    if (levels['deceased.birthDate'] !== 'exact' || !registeredTogether(a, b)) return null;
    if (!diedAdult(a, b)) return 'distinct';
    return neighbouringEntries(a.values, b.values) ? 'review' : null;
  }
  if (given !== 'folded' && given !== 'unmarked') return null;
  if (given === 'unmarked') return entriesApart(a.values, b.values) === null ? null : 'review';
  return levels['deceased.birthDate'] === 'exact' && registeredTogether(a, b) && !diedAdult(a, b) ? 'distinct' : 'review';
}

/**
 * Death dates a slip apart: one day (a death near midnight registered in the
 * commune of residence and where it happened, or a day mistyped) or day and
 * month swapped (Excel, DOMAIN.md §5). The same entry or personal ID makes it
 * one death; otherwise an officer decides.
 */
function deathDateSlip(levels: PairLevels, a: DedupRecord, b: DedupRecord): boolean {
  if (levels['deathDate'] === 'swapped') return true;
  const days = daysApart(a.values['deathDate'], b.values['deathDate']);
  return days !== null && days <= 1;
}

/**
 * Days within which a re-registration's death date, beside an original entry's, is taken for the
 * same death written another way rather than another death: families keep a death by its lunar
 * date (the anniversary), and a re-registration made decades later from their memory may give that
 * lunar day and month as if solar (DOMAIN.md §5), which falls three to seven weeks before the
 * solar date (up to two months after a leap month). An officer decides: review, never a merge.
 */
const RE_REGISTRATION_DATE_DAYS = 62;

/** One entry a re-registration (đăng ký lại), the other not, their full death dates within two months. */
function reRegisteredDateApart(a: DedupRecord, b: DedupRecord): boolean {
  if (a.reRegistration === b.reRegistration) return false;
  const days = daysApart(a.values['deathDate'], b.values['deathDate']);
  return days !== null && days <= RE_REGISTRATION_DATE_DAYS;
}

const vetoes: readonly Veto[] = [
  {
    code: 'different-sex',
    labelVi: 'Giới tính khác nhau (cùng một dòng sổ: có thể gõ nhầm)',
    description:
      "Records of different sex are never merged (same register entry: review) — except a copy of the same register entry giving the deceased's whole name (marks dropped at most) and full death date: the sex cell is the slip (sex-slip.ts).",
    check: (levels) => {
      if (levels['deceased.sex'] !== 'different') return null;
      return sexSlipOfEntryCopy(levels, 'deceased', 'deathDate') ? null : unlessSameEntry(levels);
    },
  },
  {
    code: 'other-death-date',
    labelVi: 'Ngày chết khác nhau',
    description:
      'Death dates differ (at the precision both give): not the same death (same register entry: review). A day apart or day and month swapped: a slip, weighed as such with the same register entry or personal ID, else review. A re-registration\'s date within two months of an original entry\'s (a lunar date typed as solar): review.',
    check: (levels, a, b) => {
      const date = levels['deathDate'];
      if (!date || DATE_AGREES.has(date)) return null;
      if (deathDateSlip(levels, a, b)) return sameEntry(levels) || sameId(levels) ? null : 'review';
      if (reRegisteredDateApart(a, b)) return 'review';
      return unlessSameEntry(levels);
    },
  },
  {
    code: 'namesakes',
    labelVi: 'Năm sinh cách nhau hơn một năm: có thể là hai người trùng tên',
    description: 'Birth dates more than a year apart: namesakes (same register entry: review).',
    check: (levels) => (levels['deceased.birthDate'] === 'different' ? unlessSameEntry(levels) : null),
  },
  {
    code: 'other-given-name',
    labelVi: 'Tên khác nhau: có thể là hai người chết cùng ngày',
    description: 'Given names more than one edit apart: two people who died the same day (same register entry or same personal ID: review).',
    check: (levels) => {
      if (!OTHER_GIVEN_NAME.has(levels['deceased.givenName'] ?? '')) return null;
      return sameEntry(levels) || sameId(levels) ? 'review' : 'distinct';
    },
  },
  otherPersonalIdVeto('deceased.personalId', 'Hai số định danh cá nhân hợp lệ khác nhau trong sổ của một xã: có thể là hai người khác nhau'),
  {
    code: 'twins',
    labelVi: 'Tên chỉ khác dấu (Hùng/Hưng) hoặc cùng tên khác tên đệm (Minh Anh/Tuấn Anh), hai số đăng ký: có thể là hai anh chị em sinh đôi cùng chết',
    description:
      'Given names a tone or mark apart (Hùng/Hưng, Anh/Ánh), two entries: twins or siblings who died together — distinct when born the same day, registered together (neighbouring numbers or the same day of one commune\'s register) and dead before 16 (so too given names a letter apart that are both real names, Phúc/Phú — review when dead at 16 or older at neighbouring numbers, else the score decides), else review (dead at 16 or older: adult twins rarely die the same day, a copy with a tone slipped is likelier; numbers apart, two communes, a birth date of only the year or none: a copy with a mark slipped is possible). One name typed without marks under another number of the same register: review. One given and family name with two real middle names far apart (Minh Anh/Tuấn Anh; not a slip, not a word dropped), born the same day or year: distinct when born the same full day and registered together, else review. Same register entry or personal ID: not applied.',
    check: twins,
  },
];

/** Person fields a survivor may take from a member (never a part of the registered person's name: see fillablePaths). */
const FILLABLE = fillablePaths([
  ...['sex', 'birthDate', 'ethnicityCode', 'nationality', 'personalId', 'residence'].map((key) => `deceased.${key}`),
  'deathPlace',
  'cause',
]);

function toDedupRecord(record: DeathRecord, districtCode: string, names = new NameKeyMemo()): DedupRecord {
  const values: Record<string, string | null> = {};
  addNameValues(values, 'deceased', record.deceased, names);
  values['deceased.sex'] = record.deceased.sex;
  values['deceased.birthDate'] = record.deceased.birthDate;
  values['deceased.personalId'] = record.deceased.personalId;
  values['deathDate'] = record.deathDate;
  values['deceased.residence'] = names.place(record.deceased.residence);
  addRegistrationValues(values, record.registration);
  if (isReRegistration(record.remarks, 'death')) values[RE_REGISTRATION] = '1';
  return dedupRecordOf(record, districtCode, values, blockingRules, FILLABLE);
}

/**
 * An exact double entry scores ~70; the same person and death date in another
 * register ~35; a namesake with the same death date but no birth date ~22 (review).
 */
export const deathDedupSpec: DedupSpec<DeathRecord> = {
  type: 'death',
  blockingRules,
  comparisons,
  vetoes,
  thresholds: { merge: 26, review: 12 },
  personalIdField: 'deceased.personalId',
  toDedupRecord,
};
