import { ID_PROVINCE_CODES } from '../../reference/id-province-codes.js';

/**
 * The meaning of a 12-digit personal ID number (số định danh cá nhân), DOMAIN.md §2.1:
 * Decree 137/2015/NĐ-CP Art. 13, Circular 07/2016/TT-BCA Art. 7 (restated by Circular
 * 59/2021/TT-BCA Art. 4). Digits 7–12 are random; no check digit is published.
 */
export interface PersonalIdParts {
  /** Digits 1–3: province where the birth was registered (or a country code if abroad). */
  provinceCode: string;
  /** Digit 4: century of birth and sex. */
  centurySexDigit: number;
  /** Digits 5–6: last two digits of the birth year. */
  birthYearTwoDigits: number;
}

const TWELVE_DIGITS = /^\d{12}$/;

/** A 12-digit personal number as the normalizer writes it (a 9-digit CMND is none). */
export function isPersonalNumber(id: unknown): id is string {
  return typeof id === 'string' && TWELVE_DIGITS.test(id);
}

const KNOWN_PROVINCE_CODES: ReadonlySet<string> = new Set(ID_PROVINCE_CODES.map((province) => province.idCode));

/** Splits a 12-digit ID into its coded parts; null for anything else (9-digit CMNDs included). */
export function describePersonalId(id: string): PersonalIdParts | null {
  if (!isPersonalNumber(id)) return null;
  return {
    provinceCode: id.slice(0, 3),
    centurySexDigit: Number(id[3]),
    birthYearTwoDigits: Number(id.slice(4, 6)),
  };
}

/** One of the 63 province codes of Circular 07/2016/TT-BCA Appendix 1. */
export function isKnownIdProvinceCode(code: string): boolean {
  return KNOWN_PROVINCE_CODES.has(code);
}

/**
 * Digit 4: 1900–1999 male 0 / female 1, 2000–2099 male 2 / female 3, then 4/5 (2100s),
 * 6/7 (2200s), 8/9 (2300s) — even = male, each pair one century from 1900.
 */
export function decodeCenturySexDigit(digit: number): { sex: 'male' | 'female'; centuryStart: number } {
  return { sex: digit % 2 === 0 ? 'male' : 'female', centuryStart: 1900 + Math.floor(digit / 2) * 100 };
}

/** The 4th digit for a sex and birth year; null for a year outside 1900–2399 (no digit encodes it). */
export function centurySexDigitFor(sex: 'male' | 'female', birthYear: number): number | null {
  const centuryIndex = Math.floor(birthYear / 100) - 19;
  if (centuryIndex < 0 || centuryIndex > 4) return null;
  return centuryIndex * 2 + (sex === 'female' ? 1 : 0);
}
