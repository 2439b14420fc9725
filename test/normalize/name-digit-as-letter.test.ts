/**
 * A digit typed for the letter it looks like inside a word of a name (digit-letters.ts): 1 for l, 1 for I in
 * capitals, 0 for o. Before, 'Trần Thị 1inh' was unreadable and the child's entry rejected.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digitsAsLetters } from '../../src/normalize/name/digit-letters.js';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const asWritten = { toneStyle: 'as-written' } as const;

describe('a look-alike digit inside a word of the name', () => {
  it.each<[string, string]>([
    ['Trần Thị 1inh', 'Trần Thị Linh'],
    ['1ê Văn Nam', 'Lê Văn Nam'],
    ['TRẦN VĂN M1NH', 'Trần Văn Minh'],
    ['NGUYỄN VĂN L0NG', 'Nguyễn Văn Long'],
    ['Phạm Thị 1an', 'Phạm Thị Lan'],
  ])('%s → %s, noted', (cell, fullName) => {
    const read = normalizeName(cell, asWritten);
    expect(read.value?.fullName).toBe(fullName);
    expect(read.findings.map((finding) => finding.code)).toEqual(['NAME_DIGIT_AS_LETTER']);
  });

  it.each([
    'Nguyễn Văn Hùng 2', // a figure alone: a number typed after the name
    'Lê Văn Nam1', // mends into no syllable
    'Nguyễn Thị Ng0c Ánh', // Ngoc is no syllable: Ngọc's mark cannot be restored
    'Trần Văn Ha1', // lower case: 1 is an l here, and Hal is no syllable
    'Nguyễn Văn 10',
  ])('%s stays unreadable', (cell) => {
    expect(normalizeName(cell, asWritten).findings.map((finding) => finding.code)).toEqual(['NAME_INVALID_CHARACTERS']);
  });

  it('leaves names without digits, and cells of figures only, alone', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const mended = digitsAsLetters(text);
        expect(digitsAsLetters(mended)).toBe(mended);
        if (!/[01]/.test(text) || !/\p{L}/u.test(text)) expect(mended).toBe(text);
      }),
    );
    expect(digitsAsLetters('1 10')).toBe('1 10');
  });
});
