import { recordedVi } from '../normalize/codes/personal-id.js';
import { centurySexDigitFor, decodeCenturySexDigit, describePersonalId } from '../normalize/codes/personal-id-structure.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { yearNumber } from './registration-fields.js';
import { birthYearNamedByCycle } from './deceased-century.js';

export interface PersonIdFields {
  /** The birth date (or year) as read, its century possibly taken from the ID. */
  birthDate: string | null;
  personalId: string | null;
}

/** Who the ID belongs to, beyond their sex and birth date. */
export interface IdHolder {
  /** Their nationality as read (ISO alpha-2): another country's national holds a foreign paper. */
  nationality: string | null;
  /**
   * A parent of the registered person, as the officer names them ('mẹ', 'cha'): their ID is no part of
   * the event registered, so its problems are warnings (PARENT_ID_CODES) and the entry is loaded.
   */
  parent?: string;
}

const TWO_DIGIT_YEAR = 'DATE_TWO_DIGIT_YEAR';

/**
 * A parent's ID that disagrees with their recorded sex or birth year is kept with a warning, and one Excel
 * rounded or one that is no ID at all ('O26190012365') is left empty with a warning: the birth registered is the child's (Law on Civil Status Art. 14);
 * the parents' IDs only help to identify them, and one typing slip in them must not lose the child's entry.
 * The registered person's own ID (child, deceased) and a spouse's keep the error codes.
 */
const PARENT_ID_CODES: ReadonlyMap<string, string> = new Map([
  ['ID_SEX_CENTURY_MISMATCH', 'ID_PARENT_SEX_CENTURY_MISMATCH'],
  ['ID_BIRTH_YEAR_MISMATCH', 'ID_PARENT_BIRTH_YEAR_MISMATCH'],
  ['ID_DIGITS_LOST', 'ID_PARENT_DIGITS_LOST'],
  ['ID_MALFORMED', 'ID_PARENT_MALFORMED'],
]);

/**
 * Reads a person's personal ID after their birth date (or year) was read, and checks one against
 * the other (DOMAIN.md §2.2); a parent's problems become warnings (PARENT_ID_CODES).
 */
export function readPersonalIdAfterBirth(
  reader: FieldReader,
  keys: { birthDate: string; personalId: string },
  birthDate: string | null,
  sex: 'male' | 'female' | null,
  holder: IdHolder,
): PersonIdFields {
  const { parent } = holder;
  const foreign = holder.nationality !== null && holder.nationality !== 'VN';
  if (parent === undefined) return readIdWithCentury(reader, keys, birthDate, sex, foreign);
  const first = reader.findings.length;
  const read = readIdWithCentury(reader, keys, birthDate, sex, foreign);
  const { findings } = reader;
  for (let i = first; i < findings.length; i++) {
    const finding = findings[i]!;
    const code = finding.field === keys.personalId ? PARENT_ID_CODES.get(finding.code) : undefined;
    // The row's own bound copy: renamed in place, naming the parent for the officer.
    if (code !== undefined) Object.assign(finding, { code, params: Object.assign({}, finding.params, { person: parent }) });
  }
  return read;
}

/**
 * Years a birth year the register gives only roughly may lie from an ID's (DOMAIN.md §5): 'khoảng 1930',
 * '1930?' (DATE_APPROXIMATE) are rounded, often to 5 or 10 years, and a lunar year or month not
 * converted ('năm Canh Ngọ', DATE_LUNAR) ends in the next solar year. Its own warning already tells the
 * officer the year is not exact; an ID of a year that near is no second problem that rejects the entry.
 */
function roughBirthYearSlack(reader: FieldReader, birthDateKey: string): number | undefined {
  let slack: number | undefined;
  for (const finding of reader.findings) {
    if (finding.field !== birthDateKey) continue;
    if (finding.code === 'DATE_APPROXIMATE') return 5;
    if (finding.code === 'DATE_LUNAR') slack = 1;
  }
  return slack;
}

/**
 * A birth date typed with a two-digit year ('12/2/15') only guesses its century — the latest that
 * does not put the birth after the registration year — while a 12-digit ID carries the century
 * (digit 4) and the same two digits (5–6) (DOMAIN.md §2.1). So when the birth year was guessed, the
 * ID's century is taken if its two digits agree and it is an earlier century: a person born in 1915
 * and registered dead in 2019, typed '12/2/15', was born in 1915, not 2015. The two-digit-year note
 * then names the year kept. Otherwise the checks are the normalizer's.
 */
function readIdWithCentury(
  reader: FieldReader,
  keys: { birthDate: string; personalId: string },
  birthDate: string | null,
  sex: 'male' | 'female' | null,
  foreign: boolean,
): PersonIdFields {
  const guessed = birthDate === null ? undefined : reader.findings.find((finding) => finding.field === keys.birthDate && finding.code === TWO_DIGIT_YEAR);
  if (birthDate !== null && guessed === undefined && birthYearNamedByCycle(reader, keys.birthDate)) return readIdWithCycleTurn(reader, keys, birthDate, sex, foreign);
  if (birthDate === null || guessed === undefined) {
    const birthYearSlack = birthDate === null ? undefined : roughBirthYearSlack(reader, keys.birthDate);
    return { birthDate, personalId: reader.personalId(keys.personalId, keys.personalId, { sex, birthYear: yearNumber(birthDate), foreign, birthYearSlack }) };
  }
  // The century is a guess: the ID is checked on its sex alone, then its year digits here.
  const personalId = reader.personalId(keys.personalId, keys.personalId, { sex, birthYear: null, foreign });
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
      reader.report({
        code: 'ID_SEX_CENTURY_MISMATCH',
        field: keys.personalId,
        value: personalId,
        params: { digit: parts.centurySexDigit, expected, recorded: recordedVi(sex, year) },
      });
    }
    return { birthDate, personalId };
  }
  if (idYear === year) return { birthDate, personalId };
  const resolved = `${idYear}${birthDate.slice(4)}`;
  // The bound note is this row's own copy: it now names the year kept.
  Object.assign(guessed, { to: resolved, normalized: resolved, params: { ...guessed.params, result: resolved } });
  return { birthDate: resolved, personalId };
}

/** The sexagenary cycle comes back every 60 years ('Canh Ngọ': 1930, 1990). */
const CYCLE_YEARS = 60;

/**
 * A birth year named only in the sexagenary cycle ('năm Canh Ngọ') was read as the latest year of that
 * name (1990 for a death of 2010); a 12-digit ID names the turn (DOMAIN.md §2.1): its own year, or the
 * year before, whose lunar year ends in the first weeks of the ID's solar year. The birth is read again
 * in that turn (the lunar date converted in it); an ID naming no turn of that name disagrees as any other.
 */
function readIdWithCycleTurn(
  reader: FieldReader,
  keys: { birthDate: string; personalId: string },
  birthDate: string,
  sex: 'male' | 'female' | null,
  foreign: boolean,
): PersonIdFields {
  // The turn is open: the ID is checked on its sex alone, then its year here.
  const personalId = reader.personalId(keys.personalId, keys.personalId, { sex, birthYear: null, foreign });
  const parts = personalId === null ? null : describePersonalId(personalId);
  if (personalId === null || parts === null) return { birthDate, personalId };
  const year = Number(birthDate.slice(0, 4));
  const idYear = decodeCenturySexDigit(parts.centurySexDigit).centuryStart + parts.birthYearTwoDigits;
  const turn = [idYear, idYear - 1].find((candidate) => candidate <= year && (year - candidate) % CYCLE_YEARS === 0);
  if (turn === undefined) {
    reader.report({ code: 'ID_BIRTH_YEAR_MISMATCH', field: keys.personalId, value: personalId, params: { idYearDigits: personalId.slice(4, 6), birthYear: year } });
    return { birthDate, personalId };
  }
  return { birthDate: turn === year ? birthDate : reader.rereadAnyAgeBirthDate(keys.birthDate, keys.birthDate, String(turn)), personalId };
}
