/**
 * Character classes shared by the detector, the syllable check and the cleanup.
 * Built once at module load from the generated letter list.
 */
import { VIETNAMESE_LETTERS } from '../../reference/legacy-tables.js';

/**
 * Tone marks in NFD, in the order of the tone index: 1 sắc (acute), 2 huyền
 * (grave), 3 hỏi (hook), 4 ngã (tilde), 5 nặng (dot below); 0 = ngang (none).
 */
export const TONE_MARKS = '\u0301\u0300\u0309\u0303\u0323';
const TONE_MARK_CHARACTER = new RegExp(`[${TONE_MARKS}]`, 'g');
const NOT_TONE_MARK = new RegExp(`[^${TONE_MARKS}]`, 'g');

/** The text without its tone marks, hats, breves and horns kept ('Hòang' → 'Hoang', 'Hưởng' → 'Hương'), composed. */
export function withoutToneMarks(text: string): string {
  return text.normalize('NFD').replace(TONE_MARK_CHARACTER, '').normalize('NFC');
}

/** The text's tone marks in order, as combining characters: '' for 'Hoa', '\u0300' for 'Hào'. */
export function toneMarksOf(text: string): string {
  return text.normalize('NFD').replace(NOT_TONE_MARK, '');
}

/** Toneless base (with its circumflex/breve/horn kept) and tone index 0–5 (see TONE_MARKS) of a lowercase letter. */
export interface LetterShape {
  base: string;
  tone: number;
}

function buildShapes(): ReadonlyMap<string, LetterShape> {
  const shapes = new Map<string, LetterShape>();
  for (const letter of VIETNAMESE_LETTERS.toLowerCase()) {
    const decomposed = letter.normalize('NFD');
    let tone = 0;
    let rest = '';
    for (const ch of decomposed) {
      const index = TONE_MARKS.indexOf(ch);
      if (index >= 0) tone = index + 1;
      else rest += ch;
    }
    shapes.set(letter, { base: rest.normalize('NFC'), tone });
  }
  for (let code = 0x61; code <= 0x7a; code++) {
    const ch = String.fromCharCode(code);
    shapes.set(ch, { base: ch, tone: 0 });
  }
  return shapes;
}

/** Lowercase ASCII and Vietnamese letters → shape. */
export const LETTER_SHAPES = buildShapes();

/**
 * The same shapes indexed by UTF-16 code unit, upper case included (every
 * Vietnamese letter is below U+1F00): the syllable test's hot loop.
 */
export const SHAPE_BY_CODE: readonly (LetterShape | undefined)[] = (() => {
  const table: (LetterShape | undefined)[] = new Array<LetterShape | undefined>(0x1f00).fill(undefined);
  for (const [letter, shape] of LETTER_SHAPES) {
    table[letter.charCodeAt(0)] = shape;
    table[letter.toUpperCase().charCodeAt(0)] = shape;
  }
  return table;
})();

/**
 * Vietnamese letters outside Latin-1 (Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư and U+1EA0–U+1EF9).
 * No legacy font or mojibake produces them, so their presence proves the text is
 * already Unicode whatever the font says (legacy-encodings.md §2).
 */
export const REAL_UNICODE_LETTER = new RegExp(
  `[${[...VIETNAMESE_LETTERS].filter((ch) => ch > '\u00ff').join('')}]`,
);

/** Combining diacritics: decomposed (NFD, CP1258-decoded) text is Unicode. */
export const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * A text made only of printable ASCII and precomposed Vietnamese letters,
 * single-spaced and trimmed: nothing for the cleanup to do.
 */
export const CLEAN_VIETNAMESE_TEXT = new RegExp(
  `^[\\x21-\\x7e${VIETNAMESE_LETTERS}]+(?: [\\x21-\\x7e${VIETNAMESE_LETTERS}]+)*$`,
);

/** Plain printable ASCII, single-spaced and trimmed (the commonest cell). */
export const CLEAN_ASCII_TEXT = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** What a text is made of, by cleanTextShape. */
export type CleanTextShape = 'ascii' | 'vietnamese' | 'other';

const PRINTABLE_ASCII = 1;
const LATIN1_LETTER = 2;
const UNICODE_ONLY_LETTER = 3;
const LOWER_ASCII_LETTER = 4;
/** CLEAN_*_TEXT's characters by UTF-16 code unit (the test on every text cell, as a table). */
const CLEAN_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(0x1f00);
  for (let code = 0x21; code <= 0x7e; code++) table[code] = code >= 0x61 && code <= 0x7a ? LOWER_ASCII_LETTER : PRINTABLE_ASCII;
  for (const letter of VIETNAMESE_LETTERS) {
    const code = letter.charCodeAt(0);
    table[code] = code > 0xff ? UNICODE_ONLY_LETTER : LATIN1_LETTER;
  }
  return table;
})();

/** â ê Â Ê, which VNI writes after a, e, o for ă â ê ô (legacy-encodings.md). */
const CIRCUMFLEX_AFTER = new Set([0xe2, 0xea, 0xc2, 0xca]);
const VNI_BASE_VOWEL = new Set([...'aeoAEO'].map((ch) => ch.charCodeAt(0)));

/**
 * One pass over a text for the text cleaner's first test: 'ascii' when it
 * matches CLEAN_ASCII_TEXT, 'vietnamese' when it matches CLEAN_VIETNAMESE_TEXT
 * and holds a REAL_UNICODE_LETTER, 'other' otherwise (also for VNI's 'aê', 'oâ' … beside Unicode letters); `lowerAscii` tells
 * whether an ASCII text has a lower-case letter.
 */
export function cleanTextShape(text: string): { shape: CleanTextShape; lowerAscii: boolean } {
  const length = text.length;
  let ascii = true;
  let unicodeLetter = false;
  let lowerAscii = false;
  let wordStart = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === wordStart) return OTHER;
      wordStart = i + 1;
      continue;
    }
    const kind = code < 0x1f00 ? (CLEAN_CHAR[code] ?? 0) : 0;
    if (kind === 0) return OTHER;
    if (kind === LOWER_ASCII_LETTER) lowerAscii = true;
    else if (kind === LATIN1_LETTER) {
      // VNI's circumflex after its vowel ('Vaên' for Văn, 'Hoâ'): no Unicode syllable has it; let the decoder judge.
      if (i > wordStart && CIRCUMFLEX_AFTER.has(code) && VNI_BASE_VOWEL.has(text.charCodeAt(i - 1))) return OTHER;
      ascii = false;
    }
    else if (kind === UNICODE_ONLY_LETTER) {
      ascii = false;
      unicodeLetter = true;
    }
  }
  if (wordStart === length) return OTHER;
  if (ascii) return lowerAscii ? ASCII_WITH_LOWER : ASCII_WITHOUT_LOWER;
  return unicodeLetter ? VIETNAMESE : OTHER;
}

const OTHER = Object.freeze({ shape: 'other', lowerAscii: false } as const);
const VIETNAMESE = Object.freeze({ shape: 'vietnamese', lowerAscii: false } as const);
const ASCII_WITH_LOWER = Object.freeze({ shape: 'ascii', lowerAscii: true } as const);
const ASCII_WITHOUT_LOWER = Object.freeze({ shape: 'ascii', lowerAscii: false } as const);

/**
 * A word of a cell as the legacy decoders see it: a run of anything but white space, ASCII
 * digits and ASCII punctuation, so legacy letters that are symbols in Unicode (¸ µ ¶) stay
 * in their word. Global: for replace and matchAll.
 */
export const LEGACY_WORD = /[^\s\x00-\x40\x5b-\x60\x7b-\x7f]+/g;
