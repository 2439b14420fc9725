/**
 * cleanTextShape is the text cleaner's first test on every cell, as one pass
 * over the char codes: it must say what the regular expressions it replaces say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEAN_ASCII_TEXT, CLEAN_VIETNAMESE_TEXT, cleanTextShape, REAL_UNICODE_LETTER } from '../../src/normalize/text/vietnamese-letters.js';
import { VIETNAMESE_LETTERS } from '../../src/reference/legacy-tables.js';

/** VNI's circumflex written after its vowel inside a word ('Vaên'): never Unicode Vietnamese. */
const VNI_CIRCUMFLEX_AFTER = /[aeoAEO][âêÂÊ]/;

function byRegex(text: string): { shape: string; lowerAscii: boolean } {
  if (CLEAN_ASCII_TEXT.test(text)) return { shape: 'ascii', lowerAscii: /[a-z]/.test(text) };
  const vietnamese = CLEAN_VIETNAMESE_TEXT.test(text) && REAL_UNICODE_LETTER.test(text) && !VNI_CIRCUMFLEX_AFTER.test(text);
  return { shape: vietnamese ? 'vietnamese' : 'other', lowerAscii: false };
}

const piece = fc.constantFrom(...VIETNAMESE_LETTERS, 'a', 'Z', '1', '/', ' ', '  ', '\u00a0', '\t', 'é', 'µ', '¸', 'Ö', '\u0301', '\u200b', 'ß', '—', '\ud83d\ude00', 'Nguyễn', 'Văn', 'Hà Nội', '12/03/1990', 'aê', 'Xuân', 'oâ');
const text = fc.oneof(fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join('')), fc.string({ unit: 'binary', maxLength: 12 }));

describe('cleanTextShape', () => {
  it('agrees with CLEAN_ASCII_TEXT, CLEAN_VIETNAMESE_TEXT and REAL_UNICODE_LETTER', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(cleanTextShape(value)).toEqual(byRegex(value));
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['Nguyễn Văn An', 'vietnamese'],
    ['Hà Nội', 'vietnamese'],
    ['Hoàng Hà', 'other'],
    ['12/03/1990', 'ascii'],
    ['Nguyễn  Văn', 'other'],
    [' An', 'other'],
    ['', 'other'],
    ['Nguyễn Vaên An', 'other'],
    ['Hoàng Thị Xuân Quế', 'vietnamese'],
  ])('%j is %s', (value, shape) => {
    expect(cleanTextShape(value).shape).toBe(shape);
  });
});
