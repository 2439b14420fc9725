import { describe, expect, it } from 'vitest';
import { accentKey, normalizeName, type ToneStyle } from '../../src/normalize/name/normalize-name.js';
import { placeMisplacedToneMarks } from '../../src/normalize/name/misplaced-tone.js';

describe('a tone mark typed where Vietnamese spelling never puts it (DOMAIN.md §4.1)', () => {
  it.each<[string, string]>([
    // on the u of qu or the i of gi, which belong to the consonant
    ['Nguyễn Văn Qúy', 'Nguyễn Văn Quý'],
    ['Lê Thị Qùynh', 'Lê Thị Quỳnh'],
    ['Trần Văn Qúi', 'Trần Văn Quí'],
    ['Đỗ Thị Gíang', 'Đỗ Thị Giáng'],
    // on the first vowel of oa / uy / uâ before a consonant: both styles put it on the second
    ['Hòang Văn Tòan', 'Hoàng Văn Toàn'],
    ['Đòan Thị Hùynh', 'Đoàn Thị Huỳnh'],
    ['Nguyễn Văn Khỏan', 'Nguyễn Văn Khoản'],
    ['Trần Văn Túân', 'Trần Văn Tuấn'],
    ['Lê Thị Ngóay', 'Lê Thị Ngoáy'],
  ])('%s is %s, with a note', (typed, meant) => {
    const { value, findings } = normalizeName(typed, { toneStyle: 'as-written' });
    expect(value?.fullName).toBe(meant);
    expect(findings).toEqual([{ code: 'NAME_TONE_MARK_MOVED', from: typed, to: meant }]);
  });

  it('mends capitals and lower case too, and splits the mended name', () => {
    expect(normalizeName('HÒANG VĂN QÚY', { toneStyle: 'as-written' }).value).toEqual({
      fullName: 'Hoàng Văn Quý', familyName: 'Hoàng', middleName: 'Văn', givenName: 'Quý',
    });
    expect(normalizeName('đinh thị qùynh', { toneStyle: 'as-written' }).value?.givenName).toBe('Quỳnh');
  });

  it.each<ToneStyle>(['as-written', 'old', 'new'])('gives the name typed right in the %s style, so the two copies match', (toneStyle) => {
    const misspelt = normalizeName('Hòang Văn Qúy', { toneStyle }).value!;
    const right = normalizeName('Hoàng Văn Quý', { toneStyle }).value!;
    expect(misspelt).toEqual(right);
    expect(accentKey(misspelt.fullName)).toBe(accentKey('Hoàng Văn Quý'));
  });

  it.each([
    'Hòa', 'Hoà', 'Thủy', 'Thuỷ', 'Khỏe', 'Quý', 'Quỳnh', 'Giáp', 'Giữa', 'Hoàng', 'Người', 'Thủa', // right as typed
    'Hưóng', 'Ngũyen', 'Thúyết', // a letter wrong too, or two marks: left to NAME_SPELLING_DOUBTFUL
    'Slấu', 'Páo', 'Anna', // minority and foreign spellings
  ])('leaves %s as typed', (word) => {
    expect(placeMisplacedToneMarks(word)).toBe(word);
  });

  it('warns of, and keeps, a word no single move mends', () => {
    const { value, findings } = normalizeName('Lê Thị Hưóng', { toneStyle: 'as-written' });
    expect(value?.givenName).toBe('Hưóng');
    expect(findings.map((finding) => finding.code)).toEqual(['NAME_SPELLING_DOUBTFUL']);
  });

  it('never throws on a value that is not text', () => {
    expect(Reflect.apply(placeMisplacedToneMarks, undefined, [42])).toBe(42);
  });
});
