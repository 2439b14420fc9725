/**
 * A name that reads as no Vietnamese name at all ('Maria Schmidt', 'John Smith'), for a person
 * whose nationality is Việt Nam or not recorded (FieldReader.name): often a foreign spouse or
 * parent whose 'Việt Nam' | 'Kinh' was typed down the column. Such a name is read as a foreign
 * one (foreign-name.ts) and warned of (NAME_FOREIGN_NATIONALITY_VN), instead of taking its first
 * word as the family name.
 *
 * The test is deliberately narrow, so that no Vietnamese name is caught: two words at least, and
 * not one of them a Vietnamese syllable — typed with marks (isNameSyllable), without them or
 * misspelt ('Nguyen', 'Hưong': isBareSyllable of the folded word, which also knows the -oong
 * of Tày and Cao Lan names), nor any part of a hyphenated word ('Min-jun') — and the name is not
 * one typed in Telex with the keyboard off ('Nguyeenx Vawn Hungf', telex.ts). A minority name
 * always has such a syllable ('Giàng A Páo', 'Hoàng Thị Slam', 'Triệu Mùi'), and so does a
 * Vietnamese name with one foreign word ('Nguyễn Anna').
 */
import { ETHNIC_GROUPS } from '../../reference/ethnic-groups.js';
import type { EthnicCodeList } from '../normalize-options.js';
import { foldedKey } from './name-keys.js';
import { isBareSyllable } from './no-diacritics.js';
import { typedInTelex } from './telex.js';
import { isNameSyllable } from './word-flags.js';
import { hasNonAscii } from '../text/ascii.js';

/** A word that is a Vietnamese syllable, with or without its marks, or holds one between hyphens. */
function vietnameseWord(word: string): boolean {
  // A word without marks is a syllable when its letters are one's without marks: a cheap test, before the syllable test's.
  const marked = hasNonAscii(word);
  if (marked && isNameSyllable(word)) return true;
  const folded = marked ? foldedKey(word) : word.toLowerCase();
  if (isBareSyllable(folded)) return true;
  return folded.includes('-') && folded.split('-').some((part) => part !== '' && isBareSyllable(part));
}

/** True when a capitalised, single-spaced full name reads as no Vietnamese name (see the module comment). */
export function readsAsForeignName(fullName: string): boolean {
  const firstSpace = fullName.indexOf(' ');
  if (firstSpace < 0) return false;
  // Nearly every name of a register ends here, on its family name.
  if (vietnameseWord(fullName.slice(0, firstSpace))) return false;
  const words = fullName.split(' ');
  return !words.some(vietnameseWord) && !typedInTelex(words);
}

/** Codes, by list, that name no minority group: Kinh, "foreigner" and "unknown" (ethnic-groups.ts). */
const NO_MINORITY: Record<EthnicCodeList, ReadonlySet<string>> = {
  '1979': new Set(ETHNIC_GROUPS.filter((group) => group.kind !== 'group' || group.name1979 === 'Kinh').map((group) => group.code1979)),
  '2008': new Set(ETHNIC_GROUPS.filter((group) => group.kind !== 'group' || group.name2008 === 'Kinh').map((group) => group.code2008)),
};

/**
 * True when an ethnicity (a code of `list`, or null: empty or unreadable) is Kinh or names no group.
 * A minority's own spelling is the minority's business ('Ksor H'Ben', Gia Rai): never warned of.
 */
export function kinhOrNoEthnicGroup(code: string | null, list: EthnicCodeList): boolean {
  return code === null || NO_MINORITY[list].has(code);
}
