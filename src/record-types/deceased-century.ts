import type { BoundFinding } from '../normalize/bound-finding.js';
import { isLeapYear } from '../normalize/date/calendar.js';
import { dateVi, deceasedAgeDoubtVi } from '../normalize/date/date-vi.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { ageInYears } from './age-column.js';
import { foldDateText } from '../normalize/date/fold-date-text.js';
import { CYCLE_YEAR } from '../normalize/date/sexagenary-year.js';
import { DATE_CODES } from '../normalize/date/date-finding-codes.js';
import { kinAgeEvidence } from './declarant-kin-age.js';

/**
 * A deceased's birth date typed with a two-digit year ('2/1/16' in a 2018 death) takes the latest
 * century not after the entry (two-digit-year.ts): 2016, an infant. Old people die too, and an
 * infant's death and a centenarian's are both real, so where both centuries give an age at death
 * that registers hold — the later at most YOUNG_AGE, the earlier at most OLD_AGE — the row decides:
 * an age written in it (an age column, 'Thọ 102 tuổi', 'hưởng thọ 85' in the remarks or the cause)
 * takes the century it agrees with, an old person's cause ('Già yếu', 'tuổi già') or mention of
 * longevity ('hưởng thọ') the earlier one, an infant's ('sơ sinh', 'sinh non') the later one, and so
 * does the declarant's relation (declarant-kin-age.ts): a parent who declares, the later; a child, a
 * grandchild or a spouse of a deceased the later century makes too young to have one, the earlier.
 * Without evidence the later century stays, with DATE_CENTURY_DOUBTFUL for the officer (DOMAIN.md
 * §5: an ambiguous date is flagged, not guessed) when the earlier reading is no older than
 * DOUBTED_OLD_AGE. A 12-digit ID carries the century (id-century.ts):
 * with one, nothing is left to decide; a 9-digit CMND does not.
 */
const YOUNG_AGE = 15;
const OLD_AGE = 115;
/**
 * Without the row's word, the earlier century is doubted only up to this age: a centenarian of 101–105
 * is rare but registered, one of 106–115 so rare that a child of 6–15 is the reading (a 15-year-old's
 * cancer death of 1995 born '1/2/80' is no 115-year-old's, and warning it is a false alarm).
 */
const DOUBTED_OLD_AGE = 105;

const TWO_DIGIT_YEAR = 'DATE_TWO_DIGIT_YEAR';
/** The old identity card's number (DOMAIN.md §2.2.5): no sex, no birth year. */
const NINE_DIGIT_CMND = /^\d{9}$/;
const BIRTH_FIELD = 'deceased.birthDate';

/** An age written in words around it: 'Thọ 102 tuổi', 'hưởng thọ 85', '85 tuổi', 'tuổi 90', 'hưởng dương 20'. */
const WRITTEN_AGE = /(?<![\p{L}\d])(?:(?:th[oọ]|d[uư][oơ]ng|tu[oổ]i)\s*:?\s*(\d{1,3})(?!\s*[/.-]?\s*\d)|(\d{1,3})\s*tu[oổ]i)(?![\p{L}\d])/iu;
/**
 * Words of an old person's death: 'Già yếu', 'tuổi già', 'tuổi cao', 'hưởng thọ' (longevity is said of
 * the old only); typed without marks only as 'gia yeu' ('gia' alone is also 'gia đình').
 */
const OLD_WORDS = /(?<!\p{L})(?:già|gia\s+y[eế]u|tu[oổ]i\s+cao|th[oọ])(?!\p{L})/iu;
/** Words of an infant's death: 'sơ sinh', 'sinh non', 'ngạt sau sinh', '2 tháng tuổi'. */
const INFANT_WORDS = /(?<!\p{L})(?:s[oơ]\s+sinh|sinh\s+non|sau\s+sinh|th[aá]ng\s+tu[oổ]i|ng[aà]y\s+tu[oổ]i)(?!\p{L})/iu;

export interface DeceasedEvidence {
  /** The death date as read, else the registration date (ISO, any precision). */
  eventDate: string | null;
  personalId: string | null;
  cause: string | null;
  remarks: string | null;
  /** The declarant's relation to the deceased ('Bố', 'Con trai', 'Cháu nội'), from its column or cell. */
  declarantRelation: string | null;
}

/**
 * The deceased's birth date with its century settled as above; `birthDate` as read (and as the ID
 * made it). Reports DATE_CENTURY_DOUBTFUL when the row does not tell; the two-digit-year note names
 * the year kept when the row chose the earlier century.
 */
export function settleDeceasedCentury(reader: FieldReader, birthDate: string | null, evidence: DeceasedEvidence): string | null {
  // A 12-digit ID settled the century (id-century.ts); a 9-digit CMND carries no year and leaves the row to tell.
  if (birthDate === null || (evidence.personalId !== null && !NINE_DIGIT_CMND.test(evidence.personalId)) || evidence.eventDate === null) return birthDate;
  const cycled = settleDeceasedCycle(reader, birthDate, evidence.eventDate, evidence);
  if (cycled !== undefined) return cycled;
  const year = Number(birthDate.slice(0, 4));
  const { age, exact } = ageAt(birthDate, evidence.eventDate);
  // Fast check first: most birth dates are of adults, or typed with four digits.
  if (!(age >= 0 && age <= YOUNG_AGE && age + 100 <= OLD_AGE)) return birthDate;
  const guessed = reader.findings.find((finding) => finding.field === BIRTH_FIELD && finding.code === TWO_DIGIT_YEAR);
  if (guessed === undefined) return birthDate;
  const earlier = `${year - 100}${birthDate.slice(4)}`;
  // 29/02 of a leap year whose century before has none (2000 → 1900): that reading is no date.
  const earlierExists = !birthDate.endsWith('-02-29') || isLeapYear(year - 100);
  const verdict = rowEvidence(reader, evidence, age);
  if (verdict === 'later' || (verdict === null && age + 100 > DOUBTED_OLD_AGE)) return birthDate;
  if (verdict === 'earlier' && earlierExists) {
    // The bound note is this row's own copy: it now names the year kept.
    Object.assign(guessed, { to: earlier, normalized: earlier, params: { ...guessed.params, result: dateVi(earlier) } });
    return earlier;
  }
  const doubt: BoundFinding = {
    code: 'DATE_CENTURY_DOUBTFUL',
    field: BIRTH_FIELD,
    params: { result: dateVi(birthDate), alternative: year - 100, why: deceasedAgeDoubtVi(year, age, year - 100, age + 100, exact) },
  };
  if (guessed.column !== undefined) doubt.column = guessed.column;
  if (guessed.value !== undefined) doubt.value = guessed.value;
  reader.report(doubt);
  return birthDate;
}

/**
 * Whole years from the birth to the event, counted at the precision both dates give ('2017-12-20'
 * to '2018-06-02' is 0); `exact` when both give the day, else it is the difference of the years.
 */
function ageAt(birthDate: string, eventDate: string): { age: number; exact: boolean } {
  const years = Number(eventDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (birthDate.length < 10 || eventDate.length < 10) return { age: years, exact: false };
  return { age: eventDate.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years, exact: true };
}

/** Which century the row's own words point to: an age written (nearest of the two), then old or infant words. */
function rowEvidence(reader: FieldReader, evidence: DeceasedEvidence, age: number): 'earlier' | 'later' | null {
  const { written, texts } = writtenAge(reader, evidence);
  if (written !== null) return Math.abs(written - (age + 100)) < Math.abs(written - age) ? 'earlier' : 'later';
  if (texts.some((text) => INFANT_WORDS.test(text))) return 'later';
  if (texts.some((text) => OLD_WORDS.test(text))) return 'earlier';
  const kin = kinAgeEvidence(evidence.declarantRelation);
  if (kin?.kind === 'young') return 'later';
  // Only toward an age registers hold without a word of it (DOUBTED_OLD_AGE): a 14-year-old's son is no reason for a 114-year-old.
  if (kin?.kind === 'atLeast' && age < kin.minAge && age + 100 <= DOUBTED_OLD_AGE) return 'earlier';
  return null;
}

/** The age the row writes (its age column, else 'Thọ 85 tuổi' in the remarks or the cause), and those texts. */
function writtenAge(reader: FieldReader, evidence: DeceasedEvidence): { written: number | null; texts: string[] } {
  const ageCell = reader.sourceCell('deceased.age');
  const texts = [evidence.remarks, evidence.cause].filter((text): text is string => text !== null);
  let written = ageCell === undefined ? null : ageInYears(ageCell);
  for (const text of texts) {
    if (written !== null) break;
    const match = WRITTEN_AGE.exec(text);
    if (match !== null) written = Number(match[1] ?? match[2]);
  }
  return { written, texts };
}

/** The sexagenary cycle comes back every 60 years ('Canh Thìn': 1940, 2000). */
const CYCLE_YEARS = 60;
/** The youngest age 'Già yếu', 'tuổi già' or 'thọ' is said of. */
const OLD_WORDS_AGE = 50;
const LUNAR_CODES: ReadonlySet<string> = new Set(['DATE_LUNAR', 'DATE_LUNAR_CONVERTED']);

/**
 * A deceased's birth year named only in the cycle ('Canh Thìn', 'ngày 5 tháng Giêng năm Canh Thìn') is read
 * as the latest year of that name (sexagenary-year.ts): 2000 for a death of 2016, a boy of 16. The row
 * decides between the turns of the cycle as for a two-digit year's century: an age written takes the turn
 * nearest it, an old person's words the first turn that makes them at least OLD_WORDS_AGE, an infant's the
 * latest, a parent who declares the latest, a child, grandchild or spouse who declares the first turn that
 * makes the deceased old enough to have one (declarant-kin-age.ts); otherwise the
 * latest stays, with DATE_CYCLE_YEAR_DOUBTFUL when the turn before gives an age of at most DOUBTED_OLD_AGE
 * (a whole lunar date is converted without a warning, so nothing else tells the officer). A latest turn
 * after the death is no reading: the first turn before it is taken. The cell is read again against the year
 * chosen, so a whole lunar date is converted in that year. Undefined when the year is not a cycle name's
 * or the latest turn stays.
 */
function settleDeceasedCycle(reader: FieldReader, birthDate: string, eventDate: string, evidence: DeceasedEvidence): string | null | undefined {
  if (!birthYearNamedByCycle(reader, BIRTH_FIELD)) return undefined;
  const { age, exact } = ageAt(birthDate, eventDate);
  // The latest year of the name may put the birth after the death (a lunar birth in the 9th month of the
  // year the person died in the 8th): the turn before is then the first one possible.
  let first = 0;
  while (age + first * CYCLE_YEARS < 0) first++;
  if (age + first * CYCLE_YEARS > OLD_AGE) return undefined;
  const { written, texts } = writtenAge(reader, evidence);
  const infant = texts.some((t) => INFANT_WORDS.test(t));
  const kin = kinAgeEvidence(evidence.declarantRelation);
  let turns = first;
  let decided = true;
  if (written !== null) {
    while (age + (turns + 1) * CYCLE_YEARS <= OLD_AGE && Math.abs(written - (age + (turns + 1) * CYCLE_YEARS)) < Math.abs(written - (age + turns * CYCLE_YEARS))) turns++;
  } else if (!infant && texts.some((t) => OLD_WORDS.test(t))) {
    while (age + turns * CYCLE_YEARS < OLD_WORDS_AGE && age + (turns + 1) * CYCLE_YEARS <= OLD_AGE) turns++;
  } else if (infant && age + turns * CYCLE_YEARS <= YOUNG_AGE) {
    // An infant's death ('sơ sinh') at the latest turn: the turn before would be a person of 60 or more.
  } else if (kin?.kind === 'young') {
    // A parent or grandparent declares (declarant-kin-age.ts): the deceased died young, the latest turn.
  } else {
    // A child, grandchild or spouse who declares: a turn that makes the deceased too young to have one is none.
    if (kin?.kind === 'atLeast') while (age + turns * CYCLE_YEARS < kin.minAge && age + (turns + 1) * CYCLE_YEARS <= DOUBTED_OLD_AGE) turns++;
    decided = age + (turns + 1) * CYCLE_YEARS > DOUBTED_OLD_AGE;
  }
  const kept = turns === 0 ? birthDate : reader.rereadAnyAgeBirthDate(BIRTH_FIELD, BIRTH_FIELD, String(Number(birthDate.slice(0, 4)) - turns * CYCLE_YEARS));
  // Nothing in the row tells the turn and the one before also gives an age registers hold: the officer decides.
  if (!decided && kept !== null) reportCycleDoubt(reader, kept, age + turns * CYCLE_YEARS, exact);
  return turns === 0 ? undefined : kept;
}

/**
 * Whether the birth date under `field` (its column key too) took its year from a name of the sexagenary
 * cycle alone ('Canh Thìn', 'ngày 5 tháng Giêng năm Canh Thìn'), so that which turn of the cycle is
 * open; figures of a year beside the name ('Canh Thìn (1940)', '1940 (Canh Thìn)') already say which.
 */
export function birthYearNamedByCycle(reader: FieldReader, field: string): boolean {
  if (!reader.findings.some((finding) => finding.field === field && LUNAR_CODES.has(finding.code))) return false;
  const text = reader.sourceCell(field)?.text;
  return text !== undefined && !/\d{3}/.test(text) && CYCLE_YEAR.test(foldDateText(text));
}

/** DATE_CYCLE_YEAR_DOUBTFUL on the birth date kept, naming the year of the same name a cycle earlier. */
function reportCycleDoubt(reader: FieldReader, kept: string, age: number, exact: boolean): void {
  const cell = reader.sourceCell(BIRTH_FIELD);
  const year = Number(kept.slice(0, 4));
  const doubt: BoundFinding = {
    code: DATE_CODES.cycleYearDoubtful,
    field: BIRTH_FIELD,
    params: { result: dateVi(kept), alternative: year - CYCLE_YEARS, why: deceasedAgeDoubtVi(year, age, year - CYCLE_YEARS, age + CYCLE_YEARS, exact) },
  };
  if (cell !== undefined) Object.assign(doubt, { column: cell.column, value: reader.shownText(cell) });
  reader.report(doubt);
}
