/**
 * Decomposed text whose combining tone mark followed the consonant after its vowel
 * ('Dun' U+0303 'g' for Dũng): NFC alone glues the mark to the consonant ('Duñg').
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/normalize/text/clean-text.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The word decomposed, its tone mark moved one letter right when that letter is a consonant. */
function markAfterNextLetter(word: string): string {
  const chars = [...word.normalize('NFD')];
  const at = chars.findIndex((char) => TONE.test(char));
  if (at < 0 || at + 1 >= chars.length || !/[bcdđghklmnpqrstvx]/i.test(chars[at + 1]!)) return word.normalize('NFD');
  const [tone] = chars.splice(at, 1);
  chars.splice(at + 1, 0, tone!);
  return chars.join('');
}

const TONED_WORDS = ['Dũng', 'Ngọc', 'Hoàng', 'Cường', 'Bình', 'Ánh', 'Ứng', 'Đức', 'Thượng', 'Hằng', 'cấp', 'bản', 'chính', 'Hiền', 'Phùng', 'Lũng', 'Ấp', 'Quỳnh', 'Nguyễn', 'Tuấn', 'Khánh', 'Mạnh'];

describe('a combining tone mark typed after the consonant', () => {
  it('goes back onto its vowel in names, places and remarks', () => {
    expect(cleanText('Nguye\u0302n\u0303 Va\u0306n Dun\u0303g')).toBe('Nguyễn Văn Dũng');
    expect(cleanText('Tho\u0302n Ngoc\u0323 Ba\u0309o, huye\u0323\u0302n Bin\u0300h Xuye\u0302n')).toBe('Thôn Ngọc Bảo, huyện Bình Xuyên');
    expect(cleanText('U\u0309y ban nha\u0302n da\u0302n xa\u0303 ca\u0302p\u0301 ban\u0309 chin\u0301h')).toBe('Ủy ban nhân dân xã cấp bản chính');
    expect(cleanText('U\u031bn\u0301g')).toBe('Ứng');
  });

  it('is read back whatever the toned syllable', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TONED_WORDS), (word) => {
        expect(cleanText(markAfterNextLetter(word))).toBe(word);
      }),
    );
  });

  it('loads the name it was typed in, with no invalid character', () => {
    const typed = normalizeText('Quach\u0301 Thi\u0323 Thu Ngoc\u0323');
    expect(typed.value).toBe('Quách Thị Thu Ngọc');
    const name = normalizeName(typed.value, { toneStyle: 'as-written' });
    expect(name.value?.fullName).toBe('Quách Thị Thu Ngọc');
    expect(name.findings.map((finding) => finding.code)).not.toContain('NAME_INVALID_CHARACTERS');
  });

  it('leaves a precomposed ñ (VNI đ, Spanish) and foreign words alone', () => {
    expect(cleanText('Muñoz')).toBe('Muñoz');
    expect(cleanText('Mun\u0303oz')).toBe('Muñoz');
    expect(cleanText('Gdan\u0301sk')).toBe('Gdańsk');
    expect(cleanText('ñi')).toBe('ñi');
    // Two tone marks: no single move mends it.
    expect(cleanText('Ho\u0300an\u0300g')).toBe('Ho\u0300an\u0300g'.normalize('NFC'));
  });
});
