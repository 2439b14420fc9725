/**
 * Letters typed for the digits they look like in an otherwise numeric date: O/o
 * for 0, l/I for 1 ('05/03/199O', 'O5/O3/1990', 'l5/3/1990') — typewriter habits
 * and typists' slips. Read only when the whole cell is digits, date separators
 * and such letters, with more digits than letters: never inside a word ('tháng',
 * 'lúc', 'không rõ' hold other letters), never a cell of letters ('lO', 'OI').
 */

/** Digits, the separators a plain date has, and the look-alike letters. */
const LOOKALIKE_DATE = /^[\d/.\- OolI]+$/;
/** Two capital I in a row are a Roman numeral month ('5/II/1990' is February), not 11. */
const ROMAN_MONTH = /II/;

const DIGIT_FOR: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

/**
 * The cell with its look-alike letters turned into digits ('O5/O3/199O' →
 * '05/03/1990'), or null when it is not a numeric date with such letters.
 */
export function digitsForLookalikes(text: string): string | null {
  if (!LOOKALIKE_DATE.test(text) || ROMAN_MONTH.test(text)) return null;
  let digits = 0;
  let letters = 0;
  let fixed = '';
  for (const char of text) {
    const digit = DIGIT_FOR[char];
    if (digit !== undefined) {
      letters++;
      fixed += digit;
    } else {
      if (char >= '0' && char <= '9') digits++;
      fixed += char;
    }
  }
  return letters > 0 && digits > letters ? fixed : null;
}
