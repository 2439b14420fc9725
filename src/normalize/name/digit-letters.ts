/**
 * A digit typed for the letter it looks like inside a word of a name: 1 for l ('Trần Thị 1inh', '1ê Văn Nam'),
 * 1 for I in a word in capitals ('TRẦN VĂN M1NH'), 0 for o or O ('NGUYỄN VĂN L0NG'). Only a word of letters
 * and such digits, which reads as a Vietnamese syllable in exactly one way once they are letters, is mended; a
 * figure standing alone ('Nguyễn Văn Hùng 2'), one that mends into no syllable ('Nam1', 'Ng0c': Ngọc's mark is
 * not there to restore) or into two ('Ha1' in lower case: Hal is none, Hai needs the I of capitals) stays, and
 * the name stays unreadable for its characters (NAME_INVALID_CHARACTERS).
 */
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';

/** A word holding a look-alike digit and a letter, nothing else. */
const DIGIT_WORD = /^(?=.*\p{L})(?=.*[01])[\p{L}01]+$/u;
const HAS_LOWER = /\p{Ll}/u;

/** The letters a digit may stand for in a word, lower case; 'i' only for the I of a word in capitals. */
function lettersFor(digit: string, capitals: boolean): string[] {
  if (digit === '0') return ['o'];
  return capitals ? ['l', 'i'] : ['l'];
}

function mendWord(word: string): string {
  if (!DIGIT_WORD.test(word)) return word;
  const capitals = !HAS_LOWER.test(word);
  let readings = [''];
  for (const char of word.toLowerCase()) {
    const options = char === '0' || char === '1' ? lettersFor(char, capitals) : [char];
    readings = readings.flatMap((reading) => options.map((option) => reading + option));
  }
  const syllables = readings.filter((reading) => isVietnameseSyllable(reading));
  if (syllables.length !== 1) return word;
  const mended = syllables[0]!;
  // The word's own letters keep their case; a digit takes the case of the letters around it (a capital at the start: '1ê' → 'Lê' is capitaliseName's).
  return [...word].map((char, at) => (char === '0' || char === '1' ? (capitals ? mended[at]!.toUpperCase() : mended[at]!) : char)).join('');
}

/** `name` (NFC, single-spaced) with each look-alike digit of a word read as its letter; unchanged when none can be. Never throws. */
export function digitsAsLetters(name: string): string {
  if (typeof name !== 'string' || !/[01]/.test(name)) return name;
  const words = name.split(' ');
  // A name around the word: at least one word of the cell has no digit.
  if (words.every((word) => /\d/.test(word))) return name;
  return words.map(mendWord).join(' ');
}
