/**
 * Words of a name typed with Vietnamese marks that cannot be right: a misspelt syllable
 * ('Trần Thị Hưong', 'Nguỳen', 'Nguyẽn', 'Nguễn': a mark misplaced, a hat or a letter
 * missing) or a middle name without the marks it always has ('Nguyễn Thi Hằng', 'Nguyễn
 * Van Hùng'). A copy of an entry with such a slip goes to review instead of merging, so
 * the officer is told. Only for a name with marks (a name with none is no-diacritics.ts'
 * business), and only for a word shaped like a Vietnamese syllable — consonants, vowels,
 * a Vietnamese final — so that foreign and minority spellings (Anna, Ksor, "H'Hen Niê")
 * pass. A misspelt word is flagged when it holds a letter only Vietnamese writes (ă đ ơ ư,
 * a dot below, a hook) or another word of the name is a marked syllable; a bare word
 * ('Duc', 'Nguyen', a middle 'Thi') only beside a marked syllable.
 */
import { MARKED_MIDDLE_NAMES } from '../../reference/name-lists.js';
import { foldedKey } from './name-keys.js';
import { isNameSyllable, SKELETON_CODE } from './word-flags.js';
import { hasNonAscii } from '../text/ascii.js';

const BARE_MARKED_MIDDLE_NAMES = new Set(MARKED_MIDDLE_NAMES.map(foldedKey));
/** Letters only Vietnamese writes: ă đ ĩ ũ ơ ư and those of U+1EA0–U+1EF9 (dot below, hook above, hat with a tone). */
const VIETNAMESE_ONLY_LETTER = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/u;
/** The skeleton (SKELETON_CODE) of a word shaped like a Vietnamese syllable: an initial, vowels, a final. */
const SYLLABLE_SHAPE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]+(?:ch|nh|ng|[cmnpt])?$/;

/**
 * The rimes -oong and -oóc of Tày, Nùng and Cao Lan names (Coóng, Noọng, Thoòng) and of loanwords
 * (xoong): syllables the syllable test leaves out (it reads 'oo' as VNI residue), no slips.
 */
const OO_RIME = /^(?:ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdđghklmnprstvx])?oo(?:ng|c)$/;

/** The word's letters without tone marks, lower case; null when it holds anything else (an apostrophe, a hyphen, a period). */
function skeletonOf(word: string): string | null {
  let skeleton = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const letter = code < SKELETON_CODE.length ? SKELETON_CODE[code]! : 0;
    if (letter === 0) return null;
    skeleton += String.fromCharCode(letter);
  }
  return skeleton;
}

/**
 * The doubtful words of a capitalised, single-spaced name (words family name first;
 * `familyWordCount` words of family name), in the order typed; none for a name without marks.
 */
export function doubtfulWords(words: readonly string[], familyWordCount: number): string[] {
  if (!words.some((word) => hasNonAscii(word))) return [];
  const syllable = words.map(isNameSyllable);
  const markedSyllable = words.some((word, index) => syllable[index] === true && hasNonAscii(word));
  const doubtful: string[] = [];
  words.forEach((word, index) => {
    const skeleton = skeletonOf(word);
    if (skeleton === null) return;
    const marked = hasNonAscii(word);
    if (syllable[index] !== true) {
      if (OO_RIME.test(skeleton)) return;
      if (SYLLABLE_SHAPE.test(skeleton) && (markedSyllable || (marked && VIETNAMESE_ONLY_LETTER.test(word)))) doubtful.push(word);
      return;
    }
    const middle = index >= familyWordCount && index < words.length - 1;
    if (middle && !marked && markedSyllable && BARE_MARKED_MIDDLE_NAMES.has(skeleton)) doubtful.push(word);
  });
  return doubtful;
}
