import type { FieldReader } from '../normalize/field-reader.js';
import { ageAt } from '../normalize/date/partial-date.js';
import { normalizeDate } from '../normalize/date/normalize-date.js';
import { PLAUSIBLE_AGE } from '../validate/parent-age.js';


/**
 * PARENT_AGE_IMPLAUSIBLE for a parent whose whole birth date, typed in the birth column ('Ngày sinh mẹ'
 * '20/08/2002'), makes them younger than the minimum at the child's whole birth date (a mother of 13 at
 * a birth of 05/03/2016) while the years alone (2016 − 2002 = 14) pass: the record keeps the parent's
 * year only, so the check on the record (parent-age.ts) cannot see it. Only the year at the minimum is
 * looked at (a cheap test turns every other row away); a Date cell shown at month or year precision, or text
 * the date normalizer does not read as a whole date, is left to the year check.
 */
export function reportParentUnderAgeByDate(reader: FieldReader, role: 'mother' | 'father', key: string, birthYear: string | null, childBirthDate: string | null): void {
  const { min, max, labelVi } = PLAUSIBLE_AGE[role];
  if (birthYear === null || childBirthDate === null || childBirthDate.length !== 10 || Number(childBirthDate.slice(0, 4)) - Number(birthYear) !== min) return;
  const cell = reader.sourceCell(key);
  if (cell === undefined) return;
  let born: string | null = null;
  if (cell.value instanceof Date) {
    if (cell.datePrecision === undefined) born = cell.value.toISOString().slice(0, 10);
  } else if (typeof cell.value === 'string') {
    // Read as the date normalizer reads a date cell: '20/08/2003', '20-8-2003', 'ngày 20 tháng 8 năm 2003'.
    const read = normalizeDate(cell.text, { referenceDate: childBirthDate }).value;
    if (read !== null && read.length === 10) born = read;
  }
  if (born === null || born.slice(0, 4) !== birthYear) return;
  const age = ageAt(born, childBirthDate)?.max;
  if (age === undefined || age >= min) return;
  reader.report({
    code: 'PARENT_AGE_IMPLAUSIBLE',
    field: key,
    column: cell.column,
    value: reader.shownText(cell),
    params: { parent: labelVi, age, min, max, ageVi: `tuổi ${age} khi sinh con (tính đủ theo ngày sinh)` },
  });
}
