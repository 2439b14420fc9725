/**
 * A parent's birth-year cell holding a bare two-digit number ('35') that, read as a year, gives the parent an age at
 * the child's birth no parent has (1935 for a mother of a child born 2004: 69), while the number itself is an age a
 * parent has (35): most likely the parent's age typed in the year column (the forms of the 1960s–80s ask the ages,
 * 'Tuổi cha', 'Tuổi mẹ', and clerks copying such a book into a newer template put them under 'Năm sinh'). Neither
 * reading is certain and a year computed from an age is a guess (DOMAIN.md §5), so the year is left empty with
 * PARENT_YEAR_LIKE_AGE instead of a wrong year and PARENT_AGE_IMPLAUSIBLE. A number both readings make plausible
 * ('40' for a child of 1975: born 1940, 35) is the year its column asks; one neither does ('08' in 1990) stays a
 * year, with PARENT_AGE_IMPLAUSIBLE.
 */
import type { FieldReader } from '../normalize/field-reader.js';
import { DATE_CODES } from '../normalize/date/date-finding-codes.js';
import { PLAUSIBLE_AGE } from '../validate/parent-age.js';

/** A bare one- or two-digit number as typed (text or a number cell), nothing else in the cell. */
const BARE_TWO_DIGITS = /^\d{1,2}$/;

/** The birth year to keep: `birthYear`, or null when the cell reads as the parent's age (see the module comment). */
export function parentYearUnlessAge(reader: FieldReader, role: 'mother' | 'father', birthKey: string, birthYear: string | null, childBirthDate: string | null): string | null {
  if (birthYear === null || childBirthDate === null || !/^\d{4}$/.test(birthYear)) return birthYear;
  const cell = reader.sourceCell(birthKey);
  if (cell === undefined) return birthYear;
  const typed = (typeof cell.value === 'number' ? String(cell.value) : cell.text).trim();
  if (!BARE_TWO_DIGITS.test(typed)) return birthYear;
  const expanded = reader.findings.findIndex((finding) => finding.field === birthKey && finding.code === DATE_CODES.twoDigitYear);
  if (expanded < 0) return birthYear;
  const { min, max, labelVi } = PLAUSIBLE_AGE[role];
  const ageAsYear = Number(childBirthDate.slice(0, 4)) - Number(birthYear);
  const ageAsTyped = Number(typed);
  if ((ageAsYear >= min && ageAsYear <= max) || ageAsTyped < min || ageAsTyped > max) return birthYear;
  reader.findings.splice(expanded, 1);
  reader.report({
    code: 'PARENT_YEAR_LIKE_AGE',
    field: birthKey,
    column: cell.column,
    value: reader.shownText(cell),
    params: { parent: labelVi, year: Number(birthYear), ageAsYear, min, max },
  });
  return null;
}
