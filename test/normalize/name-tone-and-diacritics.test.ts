import { describe, expect, it } from 'vitest';
import { applyToneStyle, normalizeName } from '../../src/normalize/name/normalize-name.js';

describe('applyToneStyle (DOMAIN.md §4.1)', () => {
  it.each<[string, string, string]>([
    // old, new
    ['Hòa', 'Hoà', 'final oa, huyền'],
    ['Khỏe', 'Khoẻ', 'final oe, hỏi'],
    ['Thủy', 'Thuỷ', 'final uy, hỏi'],
    ['Thúy', 'Thuý', 'final uy, sắc'],
    ['Thụy', 'Thuỵ', 'final uy, nặng'],
    ['Lũy', 'Luỹ', 'final uy, ngã'],
    ['HÒA', 'HOÀ', 'capitals'],
    ['Xuân Hòa Thủy', 'Xuân Hoà Thuỷ', 'several words'],
    ['Ủy', 'Uỷ', 'vowel-initial'],
  ])('%s ⇄ %s (%s)', (oldStyle, newStyle) => {
    expect(applyToneStyle(oldStyle, 'new')).toBe(newStyle);
    expect(applyToneStyle(newStyle, 'old')).toBe(oldStyle);
    expect(applyToneStyle(oldStyle, 'old')).toBe(oldStyle);
    expect(applyToneStyle(newStyle, 'new')).toBe(newStyle);
  });

  it.each(['Hoàn', 'Hoạch', 'Tuyết', 'Huýt', 'Quý', 'Quỳnh', 'Giá', 'Khuấy', 'Ngoáy', 'Quả', 'Khoa', 'Huy', 'Hùng'])(
    'leaves unambiguous %s alone in both styles',
    (word) => {
      expect(applyToneStyle(word, 'old')).toBe(word);
      expect(applyToneStyle(word, 'new')).toBe(word);
    },
  );

  it('as-written changes nothing', () => {
    expect(applyToneStyle('Thuỷ Hòa', 'as-written')).toBe('Thuỷ Hòa');
  });
});

describe('normalizeName tone style option', () => {
  it('keeps the registered spelling as written', () => {
    expect(normalizeName('Nguyễn Thị Thuỷ', { toneStyle: 'as-written' }).value?.givenName).toBe('Thuỷ');
    expect(normalizeName('Nguyễn Thị Thủy', { toneStyle: 'as-written' }).value?.givenName).toBe('Thủy');
  });

  it('imposes the new style with a note', () => {
    const result = normalizeName('NGUYỄN THỊ THỦY', { toneStyle: 'new' });
    expect(result.value).toEqual({ fullName: 'Nguyễn Thị Thuỷ', familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Thuỷ' });
    expect(result.findings).toEqual([
      { code: 'NAME_TONE_STYLE_APPLIED', from: 'Nguyễn Thị Thủy', to: 'Nguyễn Thị Thuỷ', params: { style: 'kiểu mới: hoà, thuỷ' } },
    ]);
  });

  it('imposes the old style with a note', () => {
    const result = normalizeName('Lê Văn Hoà', { toneStyle: 'old' });
    expect(result.value?.fullName).toBe('Lê Văn Hòa');
    expect(result.findings.map((finding) => finding.code)).toEqual(['NAME_TONE_STYLE_APPLIED']);
  });

  it('no note when the name already follows the style or is unaffected', () => {
    expect(normalizeName('Lê Văn Hòa', { toneStyle: 'old' }).findings).toEqual([]);
    expect(normalizeName('Trần Quý Hoàn', { toneStyle: 'new' }).findings).toEqual([]);
  });
});

describe('NAME_NO_DIACRITICS', () => {
  it.each([
    'Nguyen Van Hung',
    'NGUYEN THI LAN',
    'Tran Anh', // bare Trần in the family position
    'Le Thi Hoa',
    'Pham Minh',
    'Chu Van An', // bare Văn in a middle position
    'Mai Anh Tuan', // 'tuan' needs â
    'Ha Duc', // 'duc' ends in a stop consonant: needs sắc/nặng
    'Truong Hoa',
    'Nguyen',
  ])('flags %s', (input) => {
    const result = normalizeName(input, { toneStyle: 'as-written' });
    expect(result.findings.map((finding) => finding.code)).toContain('NAME_NO_DIACRITICS');
    expect(result.value?.fullName.toLowerCase()).toBe(input.toLowerCase()); // kept as written
  });

  it.each([
    'Mai Lan',
    'Hoa Lan',
    'Lan Anh',
    'Lê Anh',
    'Cao Minh',
    'Kim Chi',
    'John Smith', // foreign spouse: not Vietnamese syllables
    'Maria Ivanova',
    'Phan Thanh Binh', // every syllable is also a plausible unmarked one: accepted miss
    'Nguyễn Văn Hùng',
  ])('does not flag %s', (input) => {
    const codes = normalizeName(input, { toneStyle: 'as-written' }).findings.map((finding) => finding.code);
    expect(codes).not.toContain('NAME_NO_DIACRITICS');
  });

  // Lam (Sán Dìu, Hoa), Lai and Ung are family names written without marks, not Lâm, Lại, Ứng
  // typed bare: a name of such a surname and unmarked syllables is spelled right.
  it.each(['Lam Kim Sinh', 'Lam Kim Ba', 'Lam Kim Lan', 'Lai Minh Anh', 'Ung Kim Chi', 'LAM KIM SINH'])('does not flag %s (unmarked family name)', (input) => {
    const codes = normalizeName(input, { toneStyle: 'as-written' }).findings.map((finding) => finding.code);
    expect(codes).not.toContain('NAME_NO_DIACRITICS');
  });

  it.each([
    'Lam Van Quang', // bare Văn in a middle position still tells
    'Lai Thi Hoa',
    'Lai Thi Thu Huong', // 'huong' needs ư, ơ
    'Le Van Nam',
    'Tran Thi Lan',
    'Lam Duc', // 'duc' needs a mark
    'Lang Minh', // Lăng has no unmarked homograph
  ])('still flags %s (marks dropped elsewhere)', (input) => {
    const codes = normalizeName(input, { toneStyle: 'as-written' }).findings.map((finding) => finding.code);
    expect(codes).toContain('NAME_NO_DIACRITICS');
  });
});
