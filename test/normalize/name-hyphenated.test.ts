import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

describe('a Vietnamese name written with hyphens between its syllables', () => {
  it.each<[string, string, string, string]>([
    ['Nguyễn-văn-Ba', 'Nguyễn', 'Văn', 'Ba'],
    ['Trần-Thị-Hoa', 'Trần', 'Thị', 'Hoa'],
    ['NGUYỄN-VĂN-AN', 'Nguyễn', 'Văn', 'An'],
    ['Lê Thị Thu-Hà', 'Lê', 'Thị Thu', 'Hà'],
    ['Tôn-Nữ Thu-Hà', 'Tôn Nữ', 'Thu', 'Hà'],
  ])('%s is split as a name typed with spaces', (typed, familyName, middleName, givenName) => {
    const { value, findings } = normalizeName(typed, { toneStyle: 'as-written' });
    expect(value).toEqual({ fullName: [familyName, middleName, givenName].join(' '), familyName, middleName, givenName });
    expect(findings.map((finding) => finding.code)).toEqual(['NAME_WORDS_SEPARATED']);
  });

  it('reads the hyphens as spaces once a dash or dot before or after the name is gone, and once only', () => {
    for (const typed of ['-Nguyễn-văn-Ba', 'Nguyễn-văn-Ba.', '- Trần-Thị-Hoa -']) {
      const { value, findings } = normalizeName(typed, { toneStyle: 'as-written' });
      expect(value?.familyName).toBe(typed.includes('Trần') ? 'Trần' : 'Nguyễn');
      expect(findings.map((finding) => finding.code)).toEqual(['NAME_PUNCTUATION_REMOVED', 'NAME_WORDS_SEPARATED']);
      expect(normalizeName(value!.fullName, { toneStyle: 'as-written' }).findings).toEqual([]);
    }
  });

  it.each<[string, string, string, string]>([
    ['Nguyen-van-Ba', 'Nguyen', 'Van', 'Ba'],
    ['TRAN-THI-HOA', 'Tran', 'Thi', 'Hoa'],
    ['Le Thi Thu-Ha', 'Le', 'Thi Thu', 'Ha'],
  ])('%s, typed without marks, is split as a name typed with spaces', (typed, familyName, middleName, givenName) => {
    const { value, findings } = normalizeName(typed, { toneStyle: 'as-written' });
    expect(value).toEqual({ fullName: [familyName, middleName, givenName].join(' '), familyName, middleName, givenName });
    expect(findings.map((finding) => finding.code)).toEqual(['NAME_WORDS_SEPARATED', 'NAME_NO_DIACRITICS']);
  });

  it('takes the title off a hyphenated name, and its remark', () => {
    expect(normalizeName('Ông Nguyễn-văn-Ba (Tý)', { toneStyle: 'as-written' }).value?.fullName).toBe('Nguyễn Văn Ba');
  });

  it.each<[string, string]>([
    ['Y-Moan Ênuôl', 'Y-Moan Ênuôl'], // Ê Đê: no known family name first
    ['Kim Min-jun', 'Kim Min-Jun'], // 'jun' is no Vietnamese syllable
    ['Kim Sung-ho', 'Kim Sung-Ho'], // two words, the hyphen in the given name only: a Korean name, though 'ho' is a syllable
    ['Le-Anne Martin Smith', 'Le-Anne Martin Smith'], // 'anne' is no syllable, even without marks
    ['Nguyễn Văn An - Tý', 'Nguyễn Văn An'], // a dash beside spaces is a remark's, not a hyphen
  ])('keeps the hyphen of %s', (typed, fullName) => {
    expect(normalizeName(typed, { toneStyle: 'as-written' }).value?.fullName).toBe(fullName);
  });

  it("keeps a foreign national's hyphens", () => {
    expect(normalizeName('Trần-Văn-An', { toneStyle: 'as-written', foreign: true }).value?.fullName).toBe('Trần-Văn-An');
  });
});

describe('a name written with periods between its syllables', () => {
  // Before: 'Nguyễn.Văn.Hùng' read as 'Nguyễn.văn. Hùng', unreadable, and the entry rejected.
  it.each<[string, string, string, string]>([
    ['Nguyễn.Văn.Hùng', 'Nguyễn', 'Văn', 'Hùng'],
    ['nguyễn.thị.thu.hà', 'Nguyễn', 'Thị Thu', 'Hà'],
  ])('%s is split as a name typed with spaces', (typed, familyName, middleName, givenName) => {
    const { value, findings } = normalizeName(typed, { toneStyle: 'as-written' });
    expect(value).toEqual({ fullName: [familyName, middleName, givenName].join(' '), familyName, middleName, givenName });
    expect(findings.map((finding) => finding.code)).toEqual(['NAME_WORDS_SEPARATED']);
  });

  it('keeps an abbreviation run into the next word an abbreviation', () => {
    expect(normalizeName('Ng.T.Lan', { toneStyle: 'as-written' }).value?.fullName).toBe('Ng. T. Lan');
    expect(normalizeName('Ng.Văn An', { toneStyle: 'as-written' }).findings.map((finding) => finding.code)).toContain('NAME_ABBREVIATED');
  });
});
