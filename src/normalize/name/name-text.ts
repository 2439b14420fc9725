/**
 * Character-level clean-up of a name cell: canonical spaces/quotes/dashes, parenthesised
 * remarks, stray punctuation at the edges, missing spaces, and the characters no Vietnamese
 * name can hold.
 */
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';
import { VN_LETTER_CLASS } from './letter-class.js';
import { BARE_MIDDLE, HASH_START, hashStep, REMARK_START, SKELETON_CODE, SYLLABLE, TONE_CODE, wordFlags } from './word-flags.js';

/** Zero-width and other format characters: invisible, carried over from Word/Excel. */
const FORMAT_CHARS = /\p{Cf}+/gu;
const BLANKS = /[\s\p{Cc}]+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02b9\u0060\u00b4\u2032]/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/gu;

/** Letters, apostrophe, hyphen and period in words separated by single spaces: nothing to clean. */
const PLAIN_NAME = /^[\p{L}'.-]+(?: [\p{L}'.-]+)*$/u;

/** Any input as an NFC string with single spaces and ASCII apostrophes/dashes; never throws. */
export function canonicalText(input: unknown): string {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input === null || input === undefined) return '';
  else {
    try {
      text = String(input);
    } catch {
      return '';
    }
  }
  const nfc = text.normalize('NFC');
  if (PLAIN_NAME.test(nfc)) return nfc;
  return nfc
    .replace(FORMAT_CHARS, '')
    .replace(BLANKS, ' ')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .trim();
}

/** A lower-case letter followed by a capital: where two words may have been typed without the space between them. */
const INNER_CAPITAL = /(?<=\p{Ll})(?=\p{Lu})/u;
const WORD_WITH_INNER_CAPITAL = /\S*\p{Ll}\p{Lu}\S*/gu;
const HAS_LOWER = /\p{Ll}/u;

/**
 * A capitalised word of one to three letters closed by a period and run into the next capitalised
 * word ('Ng.Văn An', 'Ô.Trần Văn Cần', 'Ng.T.Lan'); a web address or a remark's 'TP.HCM' in brackets is not one.
 */
const ABBREVIATION_JOINED = /(?<![^\s.])(\p{Lu}\p{L}{0,2}\.)(?=\p{Lu})/gu;

/** Words of letters joined by periods ('Nguyễn.Văn.Hùng'). */
const PERIOD_JOINED = /\p{L}+(?:\.\p{L}+)+/gu;

/** 'İ' (a Turkish keyboard's capital), the I that capitalising the name makes of it (name-case.ts). */
const DOTTED_CAPITAL_I = /\u0130/g;

/**
 * Periods typed for the spaces between whole syllables ('Nguyễn.Văn.Hùng'); an abbreviation ('Ng.Văn', 'T.Lan') has a
 * part that is none. A part is judged as capitalising will write it ('Rõİ' is 'Rõi'), or the next reading splits it.
 */
function periodsAsSpaces(word: string): string {
  const parts = word.split('.');
  const whole = parts.map((part) => part.length > 1 && isVietnameseSyllable(part.replace(DOTTED_CAPITAL_I, 'I')));
  // Pair by pair: 'Ng.Thủy.Văn' is 'Ng.Thủy Văn', as the next reading would make it once 'Ng.' stands apart.
  return parts.reduce((joined, part, at) => joined + (whole[at - 1]! && whole[at]! ? ' ' : '.') + part);
}

/**
 * Missing spaces put back: for the periods typed between whole syllables ('Nguyễn.Văn.Hùng'),
 * after an abbreviation's period ('Ng.Văn An' → 'Ng. Văn An'), and
 * (`innerCapitals`) inside a word with a capital right after a lower-case letter ('TrầnVăn', 'ThịThu') when
 * every part it splits into at such a capital is a Vietnamese syllable. No Vietnamese name
 * capitalises inside a word, and foreign ones that do ('McDonald', 'LeBlanc') have a part
 * that is no syllable.
 */
export function separateJoinedWords(text: string, innerCapitals = true): string {
  const spaced = text.includes('.') ? text.replace(PERIOD_JOINED, periodsAsSpaces).replace(ABBREVIATION_JOINED, '$1 ') : text;
  if (!innerCapitals) return spaced;
  return spaced.replace(WORD_WITH_INNER_CAPITAL, (word) => {
    const parts = word.split(INNER_CAPITAL);
    // Each word after a split is capitalised, not a lone capital: a .VnTime cell typed in capitals decodes
    // its toned capitals in lower case ('BùI', 'HữU': TCVN3 has no toned capitals), one word each.
    const joined = parts.every((part, index) => isVietnameseSyllable(part) && (index === 0 || HAS_LOWER.test(part)));
    return joined ? parts.join(' ') : word;
  });
}

/** Punctuation typed around a name by accident ('Nguyễn Văn An.', '- Lê Thị Hoa', '"An"'); '…' alone is no name. */
const EDGE_PUNCTUATION = /^[\s.,;:\-_*"'!…/\\]+|[\s.,;:\-_*"'!…/\\]+$/gu;

export function trimEdgePunctuation(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '');
}

/**
 * Characters allowed inside a name: Latin-script letters (Vietnamese, plus f/j/w/z and foreign
 * letters of spouses' names), space, apostrophe and hyphen (Ê Đê / Mông spellings such as
 * "H'Hen", 'Y-Moan'), and a period closing an abbreviated word ('Ng. Văn An').
 * Digits, '?', '@', U+FFFD, brackets, non-Latin scripts and stray combining marks are not.
 */
const NOT_NAME_CHAR = /(?![ '-])(?!(?=\p{L})\p{Script=Latin})(?!\.(?= |$))[\s\S]/gu;

const VN_LETTER = `${VN_LETTER_CLASS}+`;
const VN_WORD = `${VN_LETTER}(?:['-]${VN_LETTER})*`;
/** Fast path: Vietnamese words, apostrophes/hyphens only inside them, single spaces between. */
const VIETNAMESE_NAME_CHARS = new RegExp(`^(?:${VN_WORD}(?: ${VN_WORD})*)?$`, 'u');

/** What scanLetterWords found in a name cell made only of Vietnamese letter words. */
export interface LetterWords {
  /** Number of words (≥ 1). */
  wordCount: number;
  /** Index of the first and the last space (-1 for a one-word cell). */
  firstSpace: number;
  lastSpace: number;
  /** Every word is one capital followed by lower-case letters. */
  capitalised: boolean;
  /** Only ASCII letters: the name may have lost its diacritics. */
  ascii: boolean;
  /**
   * A word the name normalizer must look at more closely (word-flags.ts): in a name with
   * marks, one that is no syllable ('Hưong') or a middle word without the marks it always
   * has ('Nguyễn Thi Hằng'); in any name, a third word or later that may start a remark
   * ('Lê Thị Hoa tức Nụ').
   */
  closerLook: boolean;
}

const NOT_LETTER = 0;
const LOWER = 1;
const UPPER = 2;
/**
 * Each Vietnamese letter (VN_LETTER) by UTF-16 code unit, in one number for the scan's hot
 * loop: its case (bits 0–1: 0 for any other character), its tone (bits 2–4, TONE_CODE) and
 * its skeleton letter (from bit 8, SKELETON_CODE).
 */
const LETTER_INFO: Uint32Array = (() => {
  const table = new Uint32Array(0x1f00);
  const letter = new RegExp(`^${VN_LETTER_CLASS}$`, 'u');
  for (let code = 0; code < table.length; code++) {
    const char = String.fromCharCode(code);
    if (!letter.test(char)) continue;
    const kind = char.toLowerCase() === char ? LOWER : UPPER;
    table[code] = kind | (TONE_CODE[code]! << 2) | (SKELETON_CODE[code]! << 8);
  }
  return table;
})();

/**
 * Letters a Vietnamese word never has where Telex puts its keys (telex.ts), by lower-case
 * ASCII code: f, j, w anywhere; s, x, r after the first letter (r but in 'tr'); a, e, o, d
 * doubled.
 */
const TELEX_ANYWHERE = 1;
const TELEX_INSIDE = 2;
const TELEX_DOUBLED = 4;
/** The Telex kinds above of each ASCII code, in a table: the scan asks for every ASCII letter of every name. */
const TELEX_KEY: Uint8Array = (() => {
  const table = new Uint8Array(0x80);
  for (const code of [0x66, 0x6a, 0x77]) table[code] = TELEX_ANYWHERE;
  for (const code of [0x73, 0x78]) table[code] = TELEX_INSIDE;
  for (const code of [0x61, 0x65, 0x6f, 0x64]) table[code] = TELEX_DOUBLED;
  return table;
})();

/** Could the letter at `i` (lower-case ASCII code `lower`) be a Telex key typed as a letter? */
function mayBeTelexKey(text: string, i: number, wordStart: number, lower: number): boolean {
  const kind = TELEX_KEY[lower]!;
  if (kind === TELEX_ANYWHERE) return true;
  if (i === wordStart) return false;
  const before = text.charCodeAt(i - 1) | 0x20;
  if (kind === TELEX_INSIDE || (lower === 0x72 && before !== 0x74)) return true;
  return lower === before && kind === TELEX_DOUBLED;
}

/**
 * The words of a cell that holds only Vietnamese letters (quốc ngữ plus f j w z,
 * precomposed) in words between single spaces — nothing in it to clean, strip or
 * re-normalize — or null for any other cell (empty, other characters, stray spaces),
 * and for a cell the name normalizer must look at more closely: a capital right after
 * a lower-case letter (two words run together, 'TrầnVăn') or a letter that may be a
 * Telex key ('Hungf', 'Nguyeenx'; no Vietnamese name has one).
 */
export function scanLetterWords(text: string): LetterWords | null {
  const length = text.length;
  if (length === 0) return null;
  let wordStart = 0;
  let firstSpace = -1;
  let lastSpace = -1;
  let wordCount = 1;
  let capitalised = true;
  let ascii = true;
  let previous = NOT_LETTER;
  // The word being read (word-flags.ts): its skeleton hash, tone marks, and whether it is ASCII.
  let skeleton = HASH_START;
  let tone = 0;
  let toneIndex = -1;
  let toneCount = 0;
  let wordAscii = true;
  // What the words read so far call for (LetterWords.closerLook): no syllable, a bare middle name, a remark.
  let notSyllable = false;
  let bareMiddle = false;
  let remark = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === wordStart) return null;
      const flags = wordFlags(skeleton, tone, toneIndex, toneCount);
      if ((flags & SYLLABLE) === 0) notSyllable = true;
      // A word ended by a space is not the last: after the first, a middle word.
      if ((flags & BARE_MIDDLE) !== 0 && wordAscii && wordCount > 1) bareMiddle = true;
      if ((flags & REMARK_START) !== 0 && wordCount > 2) remark = true;
      if (firstSpace < 0) firstSpace = i;
      lastSpace = i;
      wordStart = i + 1;
      wordCount++;
      skeleton = HASH_START;
      tone = 0;
      toneIndex = -1;
      toneCount = 0;
      wordAscii = true;
      continue;
    }
    const info = code < LETTER_INFO.length ? LETTER_INFO[code]! : NOT_LETTER;
    const kind = info & 3;
    if (kind === NOT_LETTER) return null;
    if (code >= 0x80) {
      ascii = false;
      wordAscii = false;
      const mark = (info >> 2) & 7;
      if (mark !== 0) {
        tone = mark;
        toneIndex = i - wordStart;
        toneCount++;
      }
    } else if (mayBeTelexKey(text, i, wordStart, code | 0x20)) return null;
    skeleton = hashStep(skeleton, info >>> 8);
    if ((kind === UPPER) !== (i === wordStart)) {
      capitalised = false;
      if (kind === UPPER && previous === LOWER && i > wordStart) return null;
    }
    previous = kind;
  }
  if (wordStart === length) return null;
  // The last word starts no remark: something must follow it.
  if ((wordFlags(skeleton, tone, toneIndex, toneCount) & SYLLABLE) === 0) notSyllable = true;
  return { wordCount, firstSpace, lastSpace, capitalised, ascii, closerLook: remark || (!ascii && (notSyllable || bareMiddle)) };
}

/** True when `text` is only Vietnamese words (apostrophe/hyphen inside a word) and single spaces. */
export function isPlainVietnamese(text: string): boolean {
  return VIETNAMESE_NAME_CHARS.test(text);
}

/** The distinct characters that cannot be part of a name, printable form ('U+FFFD' for invisibles). */
export function invalidNameCharacters(text: string): string[] {
  if (VIETNAMESE_NAME_CHARS.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(NOT_NAME_CHAR)) {
    const char = match[0];
    found.add(/[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? char : codePointLabel(char));
  }
  return [...found];
}

function codePointLabel(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
}

/** A standalone '-' or "'" between words is a separator, not part of a name. */
export function hasLoosePunctuationWord(words: readonly string[]): boolean {
  return words.some((word) => /^[-'.]+$/.test(word));
}
