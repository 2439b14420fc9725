/**
 * Decomposed text whose tone mark was written before the hat, breve or horn of its vowel
 * ('Tie' U+0301 U+0302 'n' for Tiến): NFC keeps that order (one combining class) and
 * leaves a loose hat the name check rejects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/normalize/text/clean-text.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const SHAPE = /[\u0302\u0306\u031b]/u;

/** The word decomposed, its tone mark written before its vowel's shape mark. */
function toneBeforeShape(word: string): string {
  return word.normalize('NFD').replace(/([\u0302\u0306\u031b])([\u0300\u0301\u0303\u0309\u0323])/u, '$2$1');
}

const SHAPED_AND_TONED = ['Tiến', 'Nguyễn', 'Tuyết', 'Hằng', 'Thắng', 'Mười', 'Hưởng', 'Lợi', 'Tuấn', 'Quốc', 'Đức', 'Ngọc', 'Việt', 'Hồng', 'Bắc', 'Ẩn', 'Ước', 'xã Quất Lưu'];

describe('a tone mark written before its vowel’s shape mark', () => {
  it('is put back on top of the shaped vowel in names and places', () => {
    expect(cleanText('Nguye\u0303\u0302n Va\u0306n Tie\u0301\u0302n')).toBe('Nguyễn Văn Tiến');
    expect(cleanText('Đỗ Thị Tuye\u0301\u0302t')).toBe('Đỗ Thị Tuyết');
    expect(cleanText('Lê Thị Ha\u0300\u0306ng')).toBe('Lê Thị Hằng');
    expect(cleanText('Tho\u0302n Ha\u0323\u0302u, xa\u0303 Qua\u0301\u0302t Lưu')).toBe('Thôn Hậu, xã Quất Lưu');
  });

  it('is read back whatever the syllable, and canonical order is left as it is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHAPED_AND_TONED), (word) => {
        const decomposed = word.normalize('NFD');
        if (TONE.test(decomposed) && SHAPE.test(decomposed)) expect(cleanText(toneBeforeShape(word))).toBe(word);
        expect(cleanText(decomposed)).toBe(word);
      }),
    );
  });

  it('loads the name it was typed in, with no invalid character', () => {
    const typed = normalizeText('Tra\u0300\u0302n Thi\u0323 Tuye\u0301\u0302t');
    expect(typed.value).toBe('Trần Thị Tuyết');
    const name = normalizeName(typed.value, { toneStyle: 'as-written' });
    expect(name.value?.fullName).toBe('Trần Thị Tuyết');
    expect(name.findings.map((finding) => finding.code)).not.toContain('NAME_INVALID_CHARACTERS');
  });
});
