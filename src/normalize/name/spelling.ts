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
 * ('Duc', 'Nguyen', a middle 'Thi') only beside a marked syllable. A word ending in a
 * g or an h that a final n or c before it would make a syllable ('Trag' for Trang,
 * 'Thah' for Thanh or Thạch: a letter of -ng, -nh, -ch lost), or that is a syllable
 * without it ('Lâmh': a stray letter), is flagged too, but only
 * when every other word of the name is a syllable and one is marked: g and h close no
 * Vietnamese syllable, while minority and foreign names keep other words that are none
 * (Ê Đê 'Y Bih Niê'), or a vowel group no -ng/-nh/-ch follows ('Leah', 'Doug'). A word with
 * Vietnamese marks or letters ending in a bare g (not -ng) or a bare h (not -nh, -ch) is flagged
 * whatever the other words ('Phan Minh Đứg', 'Cườg'): no syllable ends so, and the marks say the
 * word is Vietnamese. So is a syllable with its final consonant typed twice ('Nguyễnn', 'Đứcc', and
 * 'Lann' beside a marked syllable), a word opening with the dd of Telex for đ ('Ddoàn', 'Ddức'), and a family name one letter short of one of the most common
 * ones that is no syllable as Vietnamese writes it ('Ngyễn', 'Nguyn', 'Phm'; 'Tần', 'Hàng' are).
 * A word of two letters or more with no vowel at all beside a marked syllable ('Trần Văn Hng', 'Lê Thị Th',
 * 'Nguyễn Vn Hùng') is flagged as well: every Vietnamese syllable, and every syllable of a minority's or a
 * foreign name, has a vowel, so its vowel was lost — a slip, or the ư of a TCVN3 cell (the invisible soft
 * hyphen U+00AD) stripped where nothing else in the sheet showed it (legacy-encodings.md §3.5).
 */
import { MARKED_MIDDLE_NAMES, MOST_COMMON_SURNAMES } from '../../reference/name-lists.js';
import { accentKey, foldedKey } from './name-keys.js';
import { SURNAME_ACCENT_KEYS } from './surname-keys.js';
import { isNameSyllable, SKELETON_CODE } from './word-flags.js';
import { hasNonAscii } from '../text/ascii.js';

const BARE_MARKED_MIDDLE_NAMES = new Set(MARKED_MIDDLE_NAMES.map(foldedKey));
/** Letters only Vietnamese writes: ă đ ĩ ũ ơ ư and those of U+1EA0–U+1EF9 (dot below, hook above, hat with a tone). */
const VIETNAMESE_ONLY_LETTER = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/u;
/** The skeleton (SKELETON_CODE) of a word shaped like a Vietnamese syllable: an initial, vowels, a final. */
const SYLLABLE_SHAPE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]+(?:ch|nh|ng|[cmnpt])?$/;

/**
 * The rimes -oong and -oóc of Tày, Nùng and Cao Lan names (Coóng, Noọng, Thoòng) and of loanwords
 * (xoong): no slips, wherever the tone sits (the syllable test wants it on the second o).
 */
const OO_RIME = /^(?:ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdđghklmnprstvx])?oo(?:ng|c)$/;

/** A skeleton without any vowel letter: 'hng', 'th', 'vn'. */
const NO_VOWEL = /^[^aăâeêioôơuưy]{2,}$/;

const LETTER_G = 0x67;
const LETTER_H = 0x68;
/** One vowel letter before the g or h, a consonant before that: 'Trag', not 'Noah' or 'Leah' (a word with marks may have more: 'Cườg'). */
const SINGLE_VOWEL_BEFORE_LAST = /(?:^|[^aăâeêioôơuưy])[aăâeêioôơuưy].$/;
const CONSONANT_BEFORE_LAST = /[^aăâeêioôơuưy].$/;

/**
 * A word ending in a g or an h that a letter slip made of a syllable: the n or c of its
 * final lost after a single vowel or in a word with marks ('Trag' → Trang, 'Thah' →
 * Thanh, 'Cườg' → Cường), or a stray g or h typed after its final ('Lâmh' → Lâm).
 */
function finalLetterSlip(word: string, skeleton: string, marked: boolean): boolean {
  const last = skeleton.charCodeAt(skeleton.length - 1);
  if (last !== LETTER_G && last !== LETTER_H) return false;
  const stem = word.slice(0, -1);
  if (CONSONANT_BEFORE_LAST.test(skeleton)) return isNameSyllable(stem);
  if (!marked && !SINGLE_VOWEL_BEFORE_LAST.test(skeleton)) return false;
  return last === LETTER_G ? isNameSyllable(`${stem}ng`) : isNameSyllable(`${stem}nh`) || isNameSyllable(`${stem}ch`);
}

const LETTER_N = 0x6e;
const LETTER_C = 0x63;
/** Final consonant letters: typed twice at a word's end ('Lann', 'Đứcc') they are a slip. */
const FINAL_CONSONANT = /[cghmnpt]/;

/**
 * A word with Vietnamese marks or letters ending in a g that is not -ng, or an h that is not -nh or
 * -ch ('Đứg', 'Cườg', 'Thàh'): no Vietnamese syllable ends so.
 */
function bareFinalGOrH(skeleton: string): boolean {
  const last = skeleton.charCodeAt(skeleton.length - 1);
  const before = skeleton.charCodeAt(skeleton.length - 2);
  if (last === LETTER_G) return before !== LETTER_N;
  return last === LETTER_H && before !== LETTER_N && before !== LETTER_C;
}

/** A syllable with its final consonant typed twice ('Nguyễnn', 'Lann', 'Đứcc'). */
function doubledFinal(word: string, skeleton: string): boolean {
  const last = skeleton.charAt(skeleton.length - 1);
  return skeleton.length >= 3 && skeleton.charAt(skeleton.length - 2) === last && FINAL_CONSONANT.test(last) && isNameSyllable(word.slice(0, -1));
}

/**
 * Spellings Vietnamese never writes, though the syllable test lets them pass: y after an initial
 * consonant with more letters after it (Vietnamese writes i there, or uy: 'Ngyễn', 'Hỳnh'), p without
 * h as an initial (loanwords only: 'Pạm'), and the rime -uyn of loanwords ('Nguyn').
 */
const UNWRITTEN_SPELLING = /^(?:ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdđghklmnprstvx])y.|^p(?!h)|uyn$/;

/**
 * The most common family names (MOST_COMMON_SURNAMES) with one letter dropped, lower case, where what
 * is left is no syllable as Vietnamese writes it and no family name ('ngyễn', 'nguyn', 'trn', 'phm').
 * Two letters or fewer are left out: 'Ng' is an abbreviation as often.
 */
const DROPPED_LETTER_FAMILY_NAMES = new Set<string>();
for (const surname of MOST_COMMON_SURNAMES) {
  const lower = surname.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const shorter = lower.slice(0, i) + lower.slice(i + 1);
    if (shorter.length < 3 || SURNAME_ACCENT_KEYS.has(accentKey(shorter))) continue;
    if (!isNameSyllable(shorter) || UNWRITTEN_SPELLING.test(skeletonOf(shorter) ?? '')) DROPPED_LETTER_FAMILY_NAMES.add(shorter);
  }
}

/** True when a family-name word in lower case (NFC) is a very common family name with a letter dropped ('ngyễn', 'nguyn'). */
export function isDroppedLetterFamilyName(lowerCaseWord: string): boolean {
  return DROPPED_LETTER_FAMILY_NAMES.has(lowerCaseWord);
}

/**
 * A word not shaped like a syllable that a letter slip made of one: a bare final g or h in a word
 * with marks; beside other syllables, a marked one among them, a lost or stray letter of a final
 * (finalLetterSlip) or a final consonant typed twice.
 */
function letterSlip(word: string, skeleton: string, marked: boolean, otherSyllables: boolean): boolean {
  if (marked && bareFinalGOrH(skeleton)) return true;
  if (!marked && !otherSyllables) return false;
  // 'Ddoàn', 'Ddức': the dd Telex types for đ left as typed while the rest of the word was converted.
  if (skeleton.startsWith('dd') && isNameSyllable(`đ${word.slice(2)}`)) return true;
  if (doubledFinal(word, skeleton)) return true;
  return otherSyllables && finalLetterSlip(word, skeleton, marked);
}

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
  const otherSyllables = (index: number): boolean => markedSyllable && syllable.every((isSyllable, other) => isSyllable || other === index);
  const doubtful: string[] = [];
  words.forEach((word, index) => {
    const skeleton = skeletonOf(word);
    if (skeleton === null) return;
    const marked = hasNonAscii(word);
    if (index < familyWordCount && isDroppedLetterFamilyName(word.toLowerCase())) {
      doubtful.push(word);
      return;
    }
    if (syllable[index] !== true) {
      if (OO_RIME.test(skeleton)) return;
      // 'Hng', 'Th' beside 'Văn': a vowel lost (a one-letter word is an initial, NAME_ABBREVIATED's).
      if (markedSyllable && NO_VOWEL.test(skeleton)) {
        doubtful.push(word);
        return;
      }
      if (SYLLABLE_SHAPE.test(skeleton) ? markedSyllable || (marked && VIETNAMESE_ONLY_LETTER.test(word)) : letterSlip(word, skeleton, marked, otherSyllables(index))) {
        doubtful.push(word);
      }
      return;
    }
    const middle = index >= familyWordCount && index < words.length - 1;
    if (middle && !marked && markedSyllable && BARE_MARKED_MIDDLE_NAMES.has(skeleton)) doubtful.push(word);
  });
  return doubtful;
}
