import type { CellValue } from '../../ingest/source-cell.js';
import { ok, type Finding, type Normalized } from '../finding.js';
import { readIdDigits } from './personal-id-digits.js';
import {
  centurySexDigitFor,
  decodeCenturySexDigit,
  describePersonalId,
  isKnownIdProvinceCode,
} from './personal-id-structure.js';

export { describePersonalId, type PersonalIdParts } from './personal-id-structure.js';

/** What the register says about the person, to check digits 4–6 against (DOMAIN.md §2.2). */
export interface PersonalIdContext {
  sex?: 'male' | 'female' | null;
  birthYear?: number | null;
  /**
   * How many years the recorded birth year may lie from the ID's and still be the same birth: an
   * approximate year ('khoảng 1930') or a lunar one ('năm Canh Ngọ', whose last weeks fall in the next
   * solar year) only tells the year roughly, so an ID of a year that near is no mismatch. 0 when absent.
   */
  birthYearSlack?: number;
  /**
   * The person's nationality is read and is not Vietnamese: a number that is no 12-digit personal ID
   * is their own country's paper (a passport: 'G12345678', a Taiwanese '300123456'), never a CMND.
   */
  foreign?: boolean;
}

/** Where the cell's text comes from, which says whether a short number may have lost its zeros. */
export interface PersonalIdSource {
  /**
   * The text may lack leading zeros: a CSV field holds what Excel showed when it exported
   * the sheet, so an ID stored as a number was written out without them. A workbook's text
   * cell usually keeps what was typed, but a column stored as numbers and turned into text
   * afterwards holds the numbers' digits: there a short ID is restored only when the restored
   * number is one this person can hold (see restorableFromText).
   */
  textMayLackZeros?: boolean;
  /** Year of the registration: a person it registers was born by then. */
  registrationYear?: number | null;
}

/**
 * ID_MALFORMED, saying how many digits the cell holds ('02631600012': 11), so the officer sees at once whether a
 * digit is missing or one too many ('O26190012365', a letter O for the zero: 11 digits too).
 */
/** The digits of a date cell as messages quote it (shownText: dd/mm/yyyy). */
const DATE_CELL_DIGITS = 8;

const malformed = (value: CellValue): Normalized<string | null> => ok(null, [{ code: 'ID_MALFORMED', params: { digits: digitCount(value) } }]);

/**
 * The digits of a cell as typed (full-width ones too), whatever stands between them. A date cell (a date typed in
 * the ID column, which Excel stored as one) is quoted as it shows, dd/mm/yyyy: its 8 digits, not none.
 */
function digitCount(value: CellValue): number {
  if (value instanceof Date) return DATE_CELL_DIGITS;
  const text = typeof value === 'string' ? value.normalize('NFKC') : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  return (text.match(/\d/g) ?? []).length;
}
/**
 * A passport, or any paper of a foreign national but a 12-digit ID: 9 digits are a Taiwanese or Chinese
 * passport there, not a CMND, and other countries' numbers have shapes of their own.
 */
const passport = (): Normalized<string | null> => ok(null, [{ code: 'ID_PASSPORT' }]);

/**
 * A workbook's text cell that kept its leading zero never went through a number Excel could
 * round: '026198500000' typed as text is an ID (one real ID in 100,000 ends in five zeros).
 */
function keptZeros(read: ReturnType<typeof readIdDigits>, value: CellValue, source: PersonalIdSource): ReturnType<typeof readIdDigits> {
  if (read.kind !== 'digitsLost' || typeof value !== 'string' || source.textMayLackZeros === true) return read;
  const digits = value.trim();
  return /^0\d{11}$/.test(digits) ? { kind: 'digits', digits } : read;
}

/**
 * Personal ID cell → 12-digit ID or 9-digit legacy CMND (the only output shapes), or null.
 * Leading zeros a spreadsheet dropped — from a number, or from text that may lack them
 * (`source`) — are restored when the result is a known province code; a mismatch with the
 * register's sex or birth year is reported, never corrected. A workbook's text cell of 10–11
 * digits is restored only when the restored ID agrees with the register, of 8 digits always
 * (a CMND's police code may start with 0).
 */
export function normalizePersonalId(value: CellValue, context: PersonalIdContext, source: PersonalIdSource = {}): Normalized<string | null> {
  const read = keptZeros(readIdDigits(value), value, source);
  if (read.kind === 'blank') return ok(null);
  if (read.kind === 'digitsLost') return ok(null, [{ code: 'ID_DIGITS_LOST' }]);
  // Words without a number are no number typed wrong: left empty with a warning (the cell is kept in the record's raw).
  if (read.kind === 'noNumber') return ok(null, [{ code: 'ID_NO_NUMBER' }]);
  // A passport is a valid paper, but no personal ID: left empty (the cell is kept in the record's raw).
  if (read.kind === 'passport' || (context.foreign === true && !(read.kind === 'digits' && read.digits.length === 12))) return passport();
  if (read.kind === 'malformed') return malformed(value);
  const { digits } = read;
  if (read.fromDetails === true) {
    // The rest of the cell (issuing office, date) is not part of the number: kept in the audit trail.
    const checked = normalizePersonalId(digits, context, source);
    return ok(checked.value, [{ code: 'ID_DETAILS_REMOVED', from: String(value), to: digits }, ...checked.findings]);
  }
  // A number, or a CSV field written out from one, dropped its zeros for sure.
  const zerosMayBeLost = read.fromNumber === true || source.textMayLackZeros === true;
  switch (digits.length) {
    case 12:
      return ok(digits, checkTwelveDigits(digits, context));
    case 11:
    case 10: {
      // Excel drops the zeros of 0xx province codes; 10 digits = "00x" (Hà Nội 001 … Tuyên Quang 008).
      // It drops all of them, so digits that still start with 0 lost a digit elsewhere.
      const restored = digits.padStart(12, '0');
      if (digits.startsWith('0') || !isKnownIdProvinceCode(restored.slice(0, 3))) return malformed(value);
      const checks = checkTwelveDigits(restored, context);
      // Typed text may be short for another reason ('1351234567', a CMND with a digit too many): padded, it
      // is another province's ID whose 4th and year digits do not fit this person, and stays malformed.
      if (!zerosMayBeLost && !restorableFromText(restored, checks, source.registrationYear)) return malformed(value);
      // Padded, a number that lost a digit besides its zeros ('2621901234', a Vĩnh Phúc ID short of one) encodes a
      // birth after 2099 (4th digit 6: the 2200s): no ID Excel wrote out, but one typed short. (The registration's
      // year is not asked here: a number's zeros are lost for sure, and a mistyped registration year would undo it.)
      if (!encodesPossibleBirth(restored, null)) return malformed(value);
      const note: Finding = { code: 'ID_LEADING_ZERO_RESTORED', from: digits, to: restored };
      return ok(restored, [note, ...checks]);
    }
    case 9:
      return ok(digits, [legacyCmnd(digits)]);
    case 8: {
      // CMND numbers start with a two-digit police code, 01 … 09 for Hà Nội, TP HCM, Hải Phòng and the
      // northern mountain provinces (DOMAIN.md §2.2 item 5: any nine digits are a CMND), so a lost zero
      // is plausible in any cell; text that still starts with 0 lost a digit elsewhere.
      if (digits.startsWith('0')) return malformed(value);
      const restored = `0${digits}`;
      return ok(restored, [{ code: 'ID_LEADING_ZERO_RESTORED', from: digits, to: restored }, legacyCmnd(restored)]);
    }
    default:
      return malformed(value);
  }
}

/**
 * A 12-digit ID padded from a workbook's text is kept only when everything it encodes can be this
 * person's (DOMAIN.md §2.1): its 4th digit and year digits agree with the register's sex and birth
 * year where known (`checks` holds no mismatch), and the birth they encode falls in 1900–2099 and
 * not after the registration.
 */
function restorableFromText(restored: string, checks: readonly Finding[], registrationYear: number | null | undefined): boolean {
  return checks.length === 0 && encodesPossibleBirth(restored, registrationYear);
}

/** Whether the birth a 12-digit ID encodes falls in 1900–2099 and not after the registration's year (when known). */
function encodesPossibleBirth(restored: string, registrationYear: number | null | undefined): boolean {
  const parts = describePersonalId(restored);
  if (parts === null || parts.centurySexDigit > 3) return false;
  const birthYear = decodeCenturySexDigit(parts.centurySexDigit).centuryStart + parts.birthYearTwoDigits;
  return typeof registrationYear !== 'number' || birthYear <= registrationYear;
}

/** A 9-digit CMND carries no sex or birth year: only its format can be checked. */
function legacyCmnd(digits: string): Finding {
  return { code: 'ID_LEGACY_CMND', from: digits, to: digits };
}

function checkTwelveDigits(id: string, context: PersonalIdContext): Finding[] {
  const parts = describePersonalId(id);
  if (!parts) return [];
  const findings: Finding[] = [];
  if (!isKnownIdProvinceCode(parts.provinceCode)) {
    // May be a country code for a birth registered abroad (DOMAIN.md §2.1), hence a warning.
    findings.push({ code: 'ID_PROVINCE_UNKNOWN', params: { provinceCode: parts.provinceCode } });
  }
  const sex = context.sex ?? null;
  const decoded = decodeCenturySexDigit(parts.centurySexDigit);
  const birthYear = withinSlack(usableBirthYear(context.birthYear), decoded.centuryStart + parts.birthYearTwoDigits, context.birthYearSlack);
  const sexDiffers = sex !== null && decoded.sex !== sex;
  const centuryDiffers = birthYear !== null && decoded.centuryStart !== Math.floor(birthYear / 100) * 100;
  if (sexDiffers || centuryDiffers) {
    // What the digit should be; the side the register leaves unknown is taken from the ID.
    const expected = centurySexDigitFor(sex ?? decoded.sex, birthYear ?? decoded.centuryStart);
    findings.push({
      code: 'ID_SEX_CENTURY_MISMATCH',
      // What the register records, as the officer reads it: 'nữ, sinh năm 1990'.
      params: { digit: parts.centurySexDigit, expected: expected ?? 'không có', recorded: recordedVi(sex, birthYear) },
    });
  }
  if (birthYear !== null && birthYear % 100 !== parts.birthYearTwoDigits) {
    findings.push({
      code: 'ID_BIRTH_YEAR_MISMATCH',
      params: { idYearDigits: id.slice(4, 6), birthYear },
    });
  }
  return findings;
}

/** What the register records of the person, as the officer reads it: 'nữ, sinh năm 1990'. */
export function recordedVi(sex: 'male' | 'female' | null, birthYear: number | null): string {
  const parts = [sex === null ? '' : sex === 'male' ? 'nam' : 'nữ', birthYear === null ? '' : `sinh năm ${birthYear}`];
  return parts.filter((part) => part !== '').join(', ');
}

/** The ID's birth year where the recorded one, known only roughly, lies within `slack` years of it; else the recorded one. */
function withinSlack(recorded: number | null, idYear: number, slack: number | undefined): number | null {
  return recorded !== null && slack !== undefined && Math.abs(idYear - recorded) <= slack ? idYear : recorded;
}

/** A four-digit year, or null (unknown → that check is skipped). */
function usableBirthYear(year: number | null | undefined): number | null {
  return typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : null;
}
