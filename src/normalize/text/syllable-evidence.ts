/**
 * How Vietnamese a text reads, word by word: the measure the legacy detector
 * compares before and after each candidate decoding.
 */
import { COMMON_SYLLABLES } from '../../reference/legacy-tables.js';
import { isMojibakeNbsp } from './decode-mojibake.js';
import { isSyllableAllowingEth } from './lookalikes.js';
import { REAL_UNICODE_LETTER } from './vietnamese-letters.js';
import { isDoubledORime } from './vietnamese-syllable.js';

const LETTER = 1;
const JOINER = 2;

/**
 * Word characters by UTF-16 code unit. Letters: ASCII, Latin-1 (every TCVN3/VNI
 * byte is a letter there, even ¸ or ×), Latin Extended, combining marks, Latin
 * Extended Additional. Joiners — C1 controls and the Windows-1252 punctuation of
 * bytes 0x80–0x9F — belong to a word only right after a Latin-1 character, as
 * inside UTF-8 mojibake (`Nguyá»…n`); elsewhere they separate. An NBSP belongs to
 * a word only as a byte of UTF-8 mojibake (`HoÃ\u00a0ng`, isMojibakeNbsp).
 */
const WORD_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(0x2200);
  const mark = (from: number, to: number, kind: number): void => {
    for (let code = from; code <= to; code++) table[code] = kind;
  };
  mark(0x41, 0x5a, LETTER);
  mark(0x61, 0x7a, LETTER);
  mark(0xa1, 0xff, LETTER);
  mark(0x100, 0x24f, LETTER);
  mark(0x300, 0x36f, LETTER);
  mark(0x1e00, 0x1eff, LETTER);
  mark(0x80, 0xa0, JOINER);
  for (const code of [0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020,
    0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122]) {
    table[code] = JOINER;
  }
  return table;
})();

const COMMON = new Set(COMMON_SYLLABLES);

/** Calls `visit` with every word that holds a non-ASCII character (ASCII words read the same in every encoding). */
function eachNonAsciiWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const kind = code < 0x2200 ? (WORD_CHAR[code] ?? 0) : 0;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    const inWord =
      kind === LETTER || (kind === JOINER && start >= 0 && prev >= 0xa0 && prev <= 0xff && (code !== 0xa0 || isMojibakeNbsp(text, i)));
    if (inWord) {
      if (start < 0) start = i;
      if (code >= 0x80) nonAscii = true;
    } else if (start >= 0) {
      if (nonAscii) visit(text.slice(start, i));
      start = -1;
      nonAscii = false;
    }
  }
}

/** Syllables minus non-syllables among the words with a non-ASCII character. */
export function syllableBalance(text: string): number {
  let balance = 0;
  eachNonAsciiWord(text, (word) => {
    balance += isSyllableAllowingEth(word) ? 1 : -1;
  });
  return balance;
}

/** How many of those words are common place/name syllables (COMMON_SYLLABLES). */
export function commonSyllableCount(text: string): number {
  let count = 0;
  eachNonAsciiWord(text, (word) => {
    if (COMMON.has(word.toLowerCase())) count++;
  });
  return count;
}

/** How many of those words are syllables of the rare doubled-o rimes (isDoubledORime). */
export function doubledORimeCount(text: string): number {
  let count = 0;
  eachNonAsciiWord(text, (word) => {
    if (isDoubledORime(word)) count++;
  });
  return count;
}

/** True when a word holds a Vietnamese-only letter (ỹ, ộ, ă …) yet is no syllable: 'Mỹller', 'Josộ'. */
export function hasForeignWordWithVietnameseLetter(text: string): boolean {
  let found = false;
  eachNonAsciiWord(text, (word) => {
    if (!found && REAL_UNICODE_LETTER.test(word) && !isSyllableAllowingEth(word)) found = true;
  });
  return found;
}
