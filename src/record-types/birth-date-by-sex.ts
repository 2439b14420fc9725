import type { FieldReader } from '../normalize/field-reader.js';
import type { ColumnDefinition } from './column.js';

/**
 * Old books split the birth-year column by sex — 'Năm sinh' over 'Nam' | 'Nữ' —
 * and write the year under the person's sex: the one cell gives both.
 */
export function birthDateBySexColumns(role: string): ColumnDefinition[] {
  return [
    {
      key: `${role}.birthDateMale`,
      header: 'Năm sinh Nam',
      aliases: ['Sinh năm Nam', 'Ngày sinh Nam', 'Ngày tháng năm sinh Nam', 'Ngày, tháng, năm sinh Nam'],
      // 'Ngày, tháng, năm sinh' over 'Năm' folds to the same words: a label ending in 'năm' as written is a year, not 'Nam'.
      notMatching: /năm[^\p{L}]*$/u,
    },
    { key: `${role}.birthDateFemale`, header: 'Năm sinh Nữ', aliases: ['Sinh năm Nữ', 'Ngày sinh Nữ', 'Ngày tháng năm sinh Nữ', 'Ngày, tháng, năm sinh Nữ'] },
  ];
}

type Sex = 'male' | 'female';

/**
 * The birth date and sex of a person whose register splits the birth year by sex,
 * given what the other columns said (`sex`, `birthDate`). The year under Nam or
 * Nữ gives the sex when no other column does; both filled, or a sex column that
 * says the other, is SEX_CONFLICTING_MARKS (an error: which is right is the book's).
 * `anyAge`: the person may be of any age (FieldReader.anyAgeBirthDate).
 */
export function readBirthDateBySex(
  reader: FieldReader,
  role: string,
  sex: Sex | null,
  birthDate: string | null,
  anyAge = false,
): { sex: Sex | null; birthDate: string | null } {
  const maleKey = `${role}.birthDateMale`;
  const femaleKey = `${role}.birthDateFemale`;
  if (!reader.has(maleKey) && !reader.has(femaleKey)) return { sex, birthDate };
  const field = `${role}.birthDate`;
  const male = anyAge ? reader.anyAgeBirthDate(maleKey, field) : reader.date(maleKey, field);
  const female = anyAge ? reader.anyAgeBirthDate(femaleKey, field) : reader.date(femaleKey, field);
  const bySex: Sex | null = male !== null && female === null ? 'male' : female !== null && male === null ? 'female' : null;
  if ((male !== null && female !== null) || (sex !== null && bySex !== null && sex !== bySex)) {
    reader.report({ code: 'SEX_CONFLICTING_MARKS', field: `${role}.sex`, params: { male: male ?? (sex === 'male' ? 'Nam' : ''), female: female ?? (sex === 'female' ? 'Nữ' : '') } });
  }
  return { sex: sex ?? bySex, birthDate: birthDate ?? male ?? female };
}
