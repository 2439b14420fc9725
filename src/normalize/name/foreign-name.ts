/**
 * The name of a person whose nationality is read and is not Vietnamese (a foreign spouse,
 * a foreign parent). Vietnamese rules do not hold for it: the family name may come last
 * ('John Michael SMITH') or first ('KIM Min-jun'), capitals inside a word are meant
 * ('McDonald', "O'Brien"), and a word without marks or of one letter is normal. So:
 * - letter case is kept as typed; a cell all in capitals or all in lower case (which tells
 *   nothing) is capitalised part by part ('LEE JAE HOON' → 'Lee Jae Hoon', "o'brien" →
 *   "O'Brien"; a capital inside a word typed all in capitals, MCDONALD, cannot be told);
 * - the family name is the word or words typed all in capitals at the start or the end of
 *   a name whose other words are not ('John Michael SMITH' → SMITH | John Michael, as a
 *   passport writes the surname); the given name is the rest and the middle name is empty;
 * - without that mark the name is not split: the whole name is the given name, family and
 *   middle names empty (as the national population database stores such names in `Ten`,
 *   DOMAIN.md §2.3).
 * A name typed as Vietnamese (every word a Vietnamese syllable, with marks: 'Nguyễn Văn
 * An' of another nationality) is left to the Vietnamese rules by the caller.
 */
import type { PersonName } from './normalize-name.js';
import { capitaliseName } from './name-case.js';

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTERS = /\p{L}/gu;

/** A word typed all in capitals, of two letters at least ('SMITH', "O'BRIEN"; not an initial 'J.'). */
function allCapitals(word: string): boolean {
  return !LOWER.test(word) && (word.match(LETTERS)?.length ?? 0) >= 2;
}

/** A foreign name from a clean, single-spaced cell (no remark, title or invalid character left). */
export function foreignName(name: string): PersonName {
  const mixedCase = LOWER.test(name) && UPPER.test(name);
  const fullName = mixedCase ? name : capitaliseName(name).normalize('NFC');
  const whole: PersonName = { fullName, familyName: '', middleName: '', givenName: fullName };
  if (!mixedCase) return whole;
  const words = fullName.split(' ');
  const capitals = words.map(allCapitals);
  const first = capitals.indexOf(true);
  const last = capitals.lastIndexOf(true);
  // One run of capitals, at one end, with other words beside it.
  if (first < 0 || (first > 0 && last < words.length - 1) || capitals.slice(first, last + 1).includes(false)) return whole;
  if (last - first + 1 === words.length) return whole;
  const familyName = words.slice(first, last + 1).join(' ');
  const givenName = [...words.slice(0, first), ...words.slice(last + 1)].join(' ');
  return { fullName, familyName, middleName: '', givenName };
}
