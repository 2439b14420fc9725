import type { SourceCell } from '../ingest/source-cell.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { marriageAgeRule } from '../validate/marriage-age.js';
import { PLAUSIBLE_AGE } from '../validate/parent-age.js';
import { ageAt, yearOf } from '../normalize/date/partial-date.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { foldedKey } from '../normalize/name/name-keys.js';

/** Oldest age a register gives a living or deceased person; a larger number is no age (a year, a house number). */
const MAX_AGE = 130;
/**
 * An age as typed in an age column: one number of one to three digits, with words around it and
 * no other figure ('28', '30 tuổi', 'thọ 85', '85t', '2 tháng', in a legacy font too: '30 tuæi').
 * '1945' (a year typed under 'Tuổi') and '5/3' are no age.
 */
const AGE_TEXT = /^\D*(\d{1,3})\D*$/;

function isAge(cell: SourceCell): boolean {
  return ageInYears(cell) !== null;
}

/** A figure beside a letter that stands for a digit ('2O', 'l9', '4o'): the age is not what the digits alone say. */
const LOOKALIKE_BESIDE_DIGIT = /\d[OoIl]|[OoIl]\d/;

/**
 * The age the age checks weigh: ageInYears, but none where a letter standing for a digit touches the figure
 * ('2O' is 20, not 2): a warning of a spouse 'aged 2' would be the reader's mistake, not the book's.
 */
function checkedAge(cell: SourceCell): number | null {
  if (typeof cell.value === 'string' && LOOKALIKE_BESIDE_DIGIT.test(cell.text)) return null;
  return ageInYears(cell);
}

/** An infant's age counted in months, weeks or days ('2 tháng', '5 ngày tuổi'): under a year. */
const UNDER_A_YEAR = /th[aá]ng|tu[aầ]n|ng[aà]y/i;

/** A newborn's age in words, as an old death book's age column gives an infant's ('Sơ sinh', 'mới sinh', 'mới đẻ'), folded. */
const NEWBORN = /^(?:tre )?so sinh$|^moi (?:sinh|de)$/;

/** The age typed in an age cell, in whole years ('2 tháng', 'Sơ sinh' are 0), or null when the cell holds no age (isAge). */
export function ageInYears(cell: SourceCell): number | null {
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) && cell.value >= 0 && cell.value <= MAX_AGE ? cell.value : null;
  if (typeof cell.value !== 'string') return null;
  if (NEWBORN.test(foldedKey(cell.text).trim())) return 0;
  const age = AGE_TEXT.exec(cell.text);
  if (age === null || Number(age[1]) > MAX_AGE) return null;
  return UNDER_A_YEAR.test(cell.text) ? 0 : Number(age[1]);
}

/**
 * A person's age column ('Tuổi', 'Tuổi cha', 'Tuổi vợ': books of the 1960s–80s asked the age, not
 * the birth date) beside no birth date: the birth date (`birthKey`'s field) stays empty and the row
 * says why, with DATE_AGE_ONLY as for an age typed in the date cell ('85 tuổi'). No year is
 * derived from the age (README, Known limits). With a birth date or year typed, the age only stays
 * in `raw` (ColumnDefinition.keptInRaw). `birthDate`: the birth date as read.
 */
export function reportAgeOnly(reader: FieldReader, ageKey: string, birthKey: string, birthDate: string | null): void {
  if (birthDate !== null) return;
  const cell = reader.sourceCell(ageKey);
  if (cell === undefined || reader.has(birthKey) || !isAge(cell)) return;
  reader.report({ code: 'DATE_AGE_ONLY', field: birthKey, column: cell.column, value: reader.shownText(cell) });
}

/** A four-digit year of the 19th–21st century, alone among the figures of a cell ('sinh năm 1932', 'SN 1932', '1932 (âm lịch)'). */
const YEAR_FIGURES = /^\D*(?:18|19|20)\d\d\D*$/;

/**
 * The birth year or date a clerk wrote in the age column because the book gave it there ('sinh năm 1932',
 * '1932', '5/3/1932' under 'Tuổi'), beside no birth date: read by `read` as if typed in the birth column,
 * its findings bound to `birthKey`'s field. Null (nothing reported) when a birth date was typed, the
 * column holds an age ('85', 'ngoài 80') or no four-digit year. `read(key)` is the birth column's own
 * reader (a year for a parent, a date of any age for the deceased) applied to the cell under `key`.
 */
export function birthInAgeColumn(reader: FieldReader, ageKey: string, birthKey: string, typed: string | null, read: (key: string) => string | null): string | null {
  if (typed !== null || reader.has(birthKey)) return typed;
  const cell = reader.sourceCell(ageKey);
  if (cell === undefined || typeof cell.value !== 'string' || isAge(cell)) return typed;
  const figures = cell.text.replace(/(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(?=\d{4})/, '');
  if (!YEAR_FIGURES.test(figures)) return typed;
  return read(ageKey);
}

/** Oldest age at death no register entry goes past (as src/validate/event-order.ts: the oldest verified lives are 117–122). */
const OLDEST_AGE_AT_DEATH = 115;

/**
 * The deceased's age column beside no birth date holding an age past 115 ('130', '125 tuổi', '205': one
 * number of up to three digits, not counted in months or days): a mistyped age, warned of on the birth
 * date (DEATH_AGE_TYPED_IMPLAUSIBLE), which stays empty. With a birth date, DEATH_AGE_IMPLAUSIBLE judges it.
 */
export function reportDeathAgeTooHigh(reader: FieldReader, ageKey: string, birthKey: string, birthDate: string | null): void {
  if (birthDate !== null) return;
  const cell = reader.sourceCell(ageKey);
  if (cell === undefined || reader.has(birthKey)) return;
  let age: number | null = null;
  if (typeof cell.value === 'number') age = Number.isInteger(cell.value) && cell.value < 1000 ? cell.value : null;
  else if (typeof cell.value === 'string' && !UNDER_A_YEAR.test(cell.text)) {
    const typed = AGE_TEXT.exec(cell.text);
    age = typed === null ? null : Number(typed[1]);
  }
  if (age === null || age <= OLDEST_AGE_AT_DEATH) return;
  reader.report({ code: 'DEATH_AGE_TYPED_IMPLAUSIBLE', field: birthKey, column: cell.column, value: reader.shownText(cell), params: { max: OLDEST_AGE_AT_DEATH } });
}

/**
 * How far a typed age may stand from the years between the birth and the death: one less (the birthday not yet
 * reached in the year of death) to two more (the nominal age, tuổi mụ, counts the year of birth as one and a new
 * lunar year between January and Tết as another).
 */
const AGE_BELOW_YEARS = 1;
const AGE_ABOVE_YEARS = 2;
/** Columns at most between the age and the birth date or year ('Năm sinh' | 'Tuổi', 'Tuổi' | 'Giới tính' | 'Năm sinh'). */
const AGE_BESIDE_BIRTH_COLUMNS = 2;
/** A column's letters as its number (A = 1, AA = 27). */
const columnNumber = (letters: string): number => [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
/** Findings that leave the birth year uncertain ('khoảng 1920', a lunar or cycle year, a doubtful century): an age proves nothing against it. */
const UNCERTAIN_BIRTH_YEAR = new Set(['DATE_APPROXIMATE', 'DATE_LUNAR', 'DATE_CYCLE_YEAR_DOUBTFUL', 'DATE_CENTURY_DOUBTFUL']);

/** An infant's age counted in months ('21 tháng', '18 th', '15th.'): its figure, before the month's word or abbreviation. */
const MONTHS_TYPED = /^\D*?(\d{1,3})\s*th(?:[aá]ng|\.|(?!\p{L}))/iu;

/**
 * The age DEATH_AGE_DATES_DISAGREE weighs: checkedAge, but an age in months in whole years ('21 tháng' is 1, '24 tháng' 2;
 * ageInYears reads every month count as 0, and '18 th' as 18 years), as the years between the birth and the death count it.
 */
function ageAtDeathInYears(cell: SourceCell): number | null {
  const months = typeof cell.value === 'string' ? MONTHS_TYPED.exec(cell.text) : null;
  return months === null ? checkedAge(cell) : Math.floor(Number(months[1]) / 12);
}

/**
 * The deceased's age column beside a birth date or year typed too, the age far from the years between the birth and
 * the death ('Tuổi' 95, born 1935, died 2010): the age, the birth year or the death date was mistyped (DEATH_AGE_DATES_DISAGREE,
 * a warning on the birth date; the entry is loaded as typed). Only an age in years as ageInYears reads it, and only beside
 * a birth year the book states (UNCERTAIN_BIRTH_YEAR) and a death after it, in a column beside the birth's.
 */
export function reportDeathAgeAgainstDates(reader: FieldReader, ageKey: string, birthKey: string, birthDate: string | null, deathDate: string | null): void {
  if (birthDate === null || deathDate === null) return;
  const cell = reader.sourceCell(ageKey);
  const birth = reader.sourceCell(birthKey);
  // Beside the birth column only: an age column far from it may be another person's whose label was lost in a flat copy
  // of a two-level header ('Họ và tên' | 'Tuổi' of the declarant after the death's columns).
  if (cell === undefined || birth === undefined || Math.abs(columnNumber(cell.column) - columnNumber(birth.column)) > AGE_BESIDE_BIRTH_COLUMNS) return;
  const age = ageAtDeathInYears(cell);
  const born = yearOf(birthDate);
  const died = yearOf(deathDate);
  if (age === null || born === null || died === null || died < born) return;
  const years = died - born;
  if (age >= years - AGE_BELOW_YEARS && age <= years + AGE_ABOVE_YEARS) return;
  if (reader.findings.some((finding) => finding.field === birthKey && UNCERTAIN_BIRTH_YEAR.has(finding.code))) return;
  reader.report({
    code: 'DEATH_AGE_DATES_DISAGREE',
    field: birthKey,
    column: cell.column,
    value: reader.shownText(cell),
    params: { born: dateVi(birthDate), died: dateVi(deathDate), years },
  });
}

/** The word 'tuổi' (with or without its marks) that makes a number in a birth date or year cell an age: '22 tuổi'. */
const AGE_WORD = /tu[oôổ]i/i;

/**
 * The cell holding a person's age, for the age checks: the age column beside an empty birth date or
 * year, or else the birth date or year cell itself when it holds an age written as one ('22 tuổi'
 * under 'Năm sinh chồng', read as DATE_AGE_ONLY); a bare number there is a year, never an age.
 */
function typedAgeCell(reader: FieldReader, ageKey: string, birthKey: string): SourceCell | undefined {
  const column = reader.sourceCell(ageKey);
  if (column !== undefined && !reader.has(birthKey)) return column;
  const birth = reader.sourceCell(birthKey);
  return birth !== undefined && typeof birth.value === 'string' && AGE_WORD.test(birth.text) ? birth : undefined;
}

/**
 * A spouse's age column ('Tuổi', 'Tuổi chồng', 'Tuổi vợ' of the marriage books of the 1960s–80s) beside no
 * birth date, giving an age under the minimum of the law in force on the registration date (marriage-age.ts):
 * MARRIAGE_UNDER_AGE on the birth date, which stays empty, as a birth date would give it. The age is taken
 * as typed; a nominal age (tuổi mụ) is never less than the completed years, so a typed age under the minimum
 * is under it whichever way the clerk counted. An age at or above it says nothing (a nominal 19 may be 17
 * completed years): no warning. `minimumOf`: the spouse whose minimum applies (the other column's when the
 * names say the spouses were typed in each other's columns).
 */
export function reportSpouseAgeUnderMinimum(
  reader: FieldReader,
  ageKey: string,
  birthKey: string,
  birthDate: string | null,
  spouse: 'husband' | 'wife',
  minimumOf: 'husband' | 'wife',
): void {
  const registered = reader.registrationDate;
  if (birthDate !== null || registered === null) return;
  const cell = typedAgeCell(reader, ageKey, birthKey);
  if (cell === undefined) return;
  const age = checkedAge(cell);
  const rule = marriageAgeRule(registered);
  // 0 is no spouse's age: a placeholder for an age not known.
  if (age === null || age === 0 || rule === undefined || age >= rule[minimumOf]) return;
  const params = { spouse: spouse === 'husband' ? 'chồng' : 'vợ', age: String(age), basis: '', minimum: rule[minimumOf], law: rule.law };
  reader.report({ code: 'MARRIAGE_UNDER_AGE', field: birthKey, column: cell.column, value: reader.shownText(cell), params });
}

/**
 * Years a nominal age (tuổi mụ, counted from 1 at birth and on each lunar new year) may run ahead of
 * the completed years: a typed age over the range is only warned of past this margin.
 */
const NOMINAL_AGE_MARGIN = 2;

/**
 * A parent's age column ('Tuổi cha', 'Tuổi mẹ', or 'Tuổi' after the parent's name: birth books of the
 * 1960s–80s) beside no birth year, giving an age the parent cannot have had at the child's birth — the
 * range PARENT_AGE_IMPLAUSIBLE applies to a birth year (mother 14–55, father 15–80):
 * PARENT_AGE_TYPED_IMPLAUSIBLE on the birth year, which stays empty. The age is the one at the
 * registration: under the minimum it was under it at the birth too, whichever way the clerk counted;
 * over the maximum it is warned of only when, less the years from the birth to the registration and
 * a nominal age's lead, it is still past it (a late registration or a nominal 57 is no warning).
 */
export function reportParentAgeTyped(reader: FieldReader, role: 'mother' | 'father', ageKey: string, birthKey: string, birthYear: string | null, childBirthDate: string | null): void {
  if (birthYear !== null) return;
  const cell = typedAgeCell(reader, ageKey, birthKey);
  if (cell === undefined) return;
  const age = typeof cell.value === 'string' && UNDER_A_YEAR.test(cell.text) ? null : checkedAge(cell);
  if (age === null) return;
  const { min, max } = PLAUSIBLE_AGE[role];
  const registered = reader.registrationDate;
  const sinceBirth = childBirthDate !== null && registered !== null ? ageAt(childBirthDate, registered) : null;
  const tooYoung = age < min;
  const tooOld = sinceBirth !== null && age - NOMINAL_AGE_MARGIN - sinceBirth.max > max;
  if (!tooYoung && !tooOld) return;
  reader.report({ code: 'PARENT_AGE_TYPED_IMPLAUSIBLE', field: birthKey, column: cell.column, value: reader.shownText(cell), params: { parent: role === 'mother' ? 'mẹ' : 'cha', min, max } });
}
