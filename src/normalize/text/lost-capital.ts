/**
 * The opening capital a TCVN3 font could not type. .VnTime has capitals for A–Z and
 * Ă Â Ê Ô Ơ Ư Đ but none with a tone mark (legacy-encodings.md §3.2: re-capitalise after
 * decoding), so a clerk's 'Ốm nặng', 'Ủy quyền …' or 'Ấn định …' is typed 'èm nÆng',
 * 'ñy quyÒn …', 'Ên ®Þnh …' and decodes with a lower-case first letter. Only a cell decoded
 * from TCVN3 is touched, and only its first letter: Unicode and VNI cells could type the
 * capital, so their case is the clerk's.
 */
import type { Normalized } from '../finding.js';

const FIRST_LETTER = /^[^\p{L}\p{N}]*(\p{L})/u;
/** A lower-case vowel with a tone mark (acute, grave, hook, tilde, dot below) once decomposed. */
const TONED_LOWER_VOWEL = /^[aeiouy][\u0302\u0306\u031b]?[\u0300\u0301\u0303\u0309\u0323]/u;
/** A later sentence's first letter, when .VnTime could have typed its capital: lower case there is the clerk's. */
const TYPABLE_LOWER_SENTENCE_START = /[.!?]\s+[a-zđăâêôơư]/u;

/** The cell was decoded from TCVN3 (normalizeText's TEXT_LEGACY_TCVN3 note). */
export function decodedFromTcvn3(reading: Normalized<string>): boolean {
  const { findings } = reading;
  for (let i = 0; i < findings.length; i++) if (findings[i]!.code === 'TEXT_LEGACY_TCVN3') return true;
  return false;
}

/** Index of the text's first letter when it is a toned lower-case vowel .VnTime has no capital for; -1 otherwise. */
export function lostCapitalAt(text: string): number {
  // Fast path: an ASCII letter or digit first (every toned vowel is beyond ASCII).
  const code = text.charCodeAt(0);
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return -1;
  const match = FIRST_LETTER.exec(text);
  const letter = match?.[1];
  if (match === null || letter === undefined || letter === letter.toUpperCase()) return -1;
  return TONED_LOWER_VOWEL.test(letter.normalize('NFD')) ? match[0].length - letter.length : -1;
}

/** The text with the letter at `index` (a one-code-unit letter from lostCapitalAt) in capitals. */
export function capitalAt(text: string, index: number): string {
  return text.slice(0, index) + text.charAt(index).toUpperCase() + text.slice(index + 1);
}

/**
 * Free text whose first letter starts a sentence (cause of death, remarks): in a cell decoded from
 * TCVN3, a toned lower-case first letter gets its capital back — unless a later sentence of the
 * cell starts in lower case where the font had the capital (this clerk does not capitalise sentences).
 */
export function restoreSentenceCapital(reading: Normalized<string>): Normalized<string> {
  const { value } = reading;
  // Fast path: a cell with no finding was not decoded; most others start with a letter the font could type.
  if (reading.findings.length === 0 || !decodedFromTcvn3(reading)) return reading;
  const index = lostCapitalAt(value);
  if (index < 0 || TYPABLE_LOWER_SENTENCE_START.test(value)) return reading;
  return { value: capitalAt(value, index), findings: reading.findings };
}
