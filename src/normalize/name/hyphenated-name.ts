/**
 * A Vietnamese name written with hyphens between its syllables, as older papers did ('Nguyễn-văn-Ba',
 * 'Trần-Thị-Hoa') or a clerk joined a double given name ('Lê Thị Thu-Hà'): the hyphens stand for the
 * spaces, and kept they make the whole name one word (no family name, NAME_SINGLE_WORD). Only when
 * the name starts with a known family name and every hyphenated part is a Vietnamese syllable (by
 * its letters alone when the name is typed without marks: 'Nguyen-van-Ba'):
 * minority and foreign spellings keep theirs ('Y-Moan Ênuôl', 'Kim Min-jun', 'Kim Sung-ho').
 */
import { hasNonAscii } from '../text/ascii.js';
import { accentKey, foldedKey } from './name-keys.js';
import { SURNAME_ACCENT_KEYS, SURNAME_FOLDED_KEYS } from './surname-keys.js';
import { isBareSyllable } from './no-diacritics.js';
import { isNameSyllable } from './word-flags.js';

/** A hyphen between two letters (a dash beside a space separates a remark: name-remarks.ts). */
const INNER_HYPHEN = /(?<=\p{L})-(?=\p{L})/u;
const INNER_HYPHENS = /(?<=\p{L})-(?=\p{L})/gu;
const DOTTED_CAPITAL_I = /\u0130/g;

/** `text` with the hyphens between the syllables of a Vietnamese name made spaces; unchanged otherwise. Never throws. */
export function spaceHyphenatedSyllables(text: string): string {
  if (typeof text !== 'string' || !INNER_HYPHEN.test(text)) return text;
  const words = text.split(' ');
  // Two words with the hyphen in the second only is the shape of a Korean or Chinese name ('Kim Sung-ho'),
  // not of a Vietnamese one, whose double given name follows a middle name ('Lê Thị Thu-Hà').
  if (words.length < 3 && !INNER_HYPHEN.test(words[0] ?? '')) return text;
  const first = (words[0] ?? '').split('-')[0] ?? '';
  // 'Nguyen-van-Ba': a name typed without marks is read by its letters alone.
  const bare = !hasNonAscii(text);
  if (!(bare ? SURNAME_FOLDED_KEYS.has(foldedKey(first)) : SURNAME_ACCENT_KEYS.has(accentKey(first)))) return text;
  const hyphenated = words.filter((word) => INNER_HYPHEN.test(word));
  // 'İ' (a Turkish keyboard's capital) is the I that capitalising the name makes of it (name-case.ts).
  const syllable = (part: string): boolean => (bare ? isBareSyllable(part.toLowerCase()) : isNameSyllable(part.normalize('NFC').replace(DOTTED_CAPITAL_I, 'I')));
  const syllables = hyphenated.every((word) => word.split('-').every(syllable));
  return syllables ? text.replace(INNER_HYPHENS, ' ') : text;
}
