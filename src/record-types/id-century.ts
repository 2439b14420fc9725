import { centurySexDigitFor, decodeCenturySexDigit, describePersonalId } from '../normalize/codes/personal-id-structure.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { yearNumber } from './registration-fields.js';

export interface PersonIdFields {
  /** The birth date (or year) as read, its century possibly taken from the ID. */
  birthDate: string | null;
  personalId: string | null;
}

const TWO_DIGIT_YEAR = 'DATE_TWO_DIGIT_YEAR';

/**
 * Reads a person's personal ID after their birth date (or year) was read, and
 * checks one against the other (DOMAIN.md §2.2). A birth date typed with a
 * two-digit year ('12/2/15') only guesses its century — the latest that does
 * not put the birth after the registration year — while a 12-digit ID carries
 * the century (digit 4) and the same two digits (5–6) (DOMAIN.md §2.1). So when
 * the birth year was guessed, the ID's century is taken if its two digits
 * agree and it is an earlier century: a person born in 1915 and registered dead
 * in 2019, typed '12/2/15', was born in 1915, not 2015. The two-digit-year note
 * then names the year kept. Otherwise the checks are the normalizer's.
 */
export function readPersonalIdAfterBirth(
  reader: FieldReader,
  keys: { birthDate: string; personalId: string },
  birthDate: string | null,
  sex: 'male' | 'female' | null,
): PersonIdFields {
  const guessed = birthDate === null ? undefined : reader.findings.find((finding) => finding.field === keys.birthDate && finding.code === TWO_DIGIT_YEAR);
  if (birthDate === null || guessed === undefined) {
    return { birthDate, personalId: reader.personalId(keys.personalId, keys.personalId, { sex, birthYear: yearNumber(birthDate) }) };
  }
  // The century is a guess: the ID is checked on its sex alone, then its year digits here.
  const personalId = reader.personalId(keys.personalId, keys.personalId, { sex, birthYear: null });
  const parts = personalId === null ? null : describePersonalId(personalId);
  if (personalId === null || parts === null) return { birthDate, personalId };
  const year = Number(birthDate.slice(0, 4));
  if (parts.birthYearTwoDigits !== year % 100) {
    reader.report({ code: 'ID_BIRTH_YEAR_MISMATCH', field: keys.personalId, value: personalId, params: { idYearDigits: personalId.slice(4, 6), birthYear: year } });
    return { birthDate, personalId };
  }
  const decoded = decodeCenturySexDigit(parts.centurySexDigit);
  const idYear = decoded.centuryStart + parts.birthYearTwoDigits;
  if (idYear > year) {
    // The ID puts the birth in a later century than the registration allows: one of them is wrong.
    if (!reader.findings.some((finding) => finding.field === keys.personalId && finding.code === 'ID_SEX_CENTURY_MISMATCH')) {
      const expected = centurySexDigitFor(sex ?? decoded.sex, year) ?? 'không có';
      reader.report({ code: 'ID_SEX_CENTURY_MISMATCH', field: keys.personalId, value: personalId, params: { digit: parts.centurySexDigit, expected } });
    }
    return { birthDate, personalId };
  }
  if (idYear === year) return { birthDate, personalId };
  const resolved = `${idYear}${birthDate.slice(4)}`;
  // The bound note is this row's own copy: it now names the year kept.
  Object.assign(guessed, { to: resolved, normalized: resolved, params: { ...guessed.params, result: resolved } });
  return { birthDate: resolved, personalId };
}
