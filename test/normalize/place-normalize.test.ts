import { describe, expect, it } from 'vitest';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';

function value(text: string): string {
  return normalizePlace(text).value;
}

describe('normalizePlace — abbreviations at the start of a part', () => {
  it.each([
    ['X. Tam Hợp', 'Xã Tam Hợp', 'X. → Xã'],
    ['x.Tam Hợp', 'Xã Tam Hợp', 'x. → Xã'],
    ['H. Bình Xuyên', 'Huyện Bình Xuyên', 'H. → Huyện'],
    ['h.Bình Xuyên', 'Huyện Bình Xuyên', 'h. → Huyện'],
    ['T. Vĩnh Phúc', 'Tỉnh Vĩnh Phúc', 'T. → Tỉnh'],
    ['T. Hà Nội', 'Thành phố Hà Nội', 'T. → Thành phố'],
    ['t.Hải Phòng', 'Thành phố Hải Phòng', 't. → Thành phố'],
    ['P. Liên Bảo', 'Phường Liên Bảo', 'P. → Phường'],
    ['P.3', 'Phường 3', 'P. → Phường'],
    ['Q. Ba Đình', 'Quận Ba Đình', 'Q. → Quận'],
    ['TP Vĩnh Yên', 'Thành phố Vĩnh Yên', 'TP → Thành phố'],
    ['TP. Vĩnh Yên', 'Thành phố Vĩnh Yên', 'TP. → Thành phố'],
    ['Tp.Vĩnh Yên', 'Thành phố Vĩnh Yên', 'Tp. → Thành phố'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh', 'TP.HCM → Thành phố Hồ Chí Minh'],
    ['TT Hương Canh', 'Thị trấn Hương Canh', 'TT → Thị trấn'],
    ['TT. Hương Canh', 'Thị trấn Hương Canh', 'TT. → Thị trấn'],
    ['TX Phúc Yên', 'Thị xã Phúc Yên', 'TX → Thị xã'],
    ['TX.Phúc Yên', 'Thị xã Phúc Yên', 'TX. → Thị xã'],
  ])('%s → %s', (text, expected, expansion) => {
    expect(normalizePlace(text)).toEqual({
      value: expected,
      findings: [{ code: 'PLACE_ABBREVIATION_EXPANDED', from: text, to: expected, params: { expansions: expansion } }],
    });
  });

  it('expands every part of an address, after commas and spaced dashes', () => {
    const result = normalizePlace('Thôn Đông, X. Tam Hợp, H. Bình Xuyên - T. Vĩnh Phúc');
    expect(result.value).toBe('Thôn Đông, Xã Tam Hợp, Huyện Bình Xuyên - Tỉnh Vĩnh Phúc');
    expect(result.findings).toEqual([
      {
        code: 'PLACE_ABBREVIATION_EXPANDED',
        from: 'Thôn Đông, X. Tam Hợp, H. Bình Xuyên - T. Vĩnh Phúc',
        to: 'Thôn Đông, Xã Tam Hợp, Huyện Bình Xuyên - Tỉnh Vĩnh Phúc',
        params: { expansions: 'X. → Xã; H. → Huyện; T. → Tỉnh' },
      },
    ]);
  });

  it.each([
    ['P.3, Q.1, TP. Hồ Chí Minh', 'Phường 3, Quận 1, Thành phố Hồ Chí Minh'],
    ['Khu II, TT Hương Canh', 'Khu II, Thị trấn Hương Canh'],
    ['Xã Tam Hợp (nay là X. Bình Nguyên)', 'Xã Tam Hợp (nay là X. Bình Nguyên)'],
    ['Xã Tam Hợp (X. Bình Nguyên)', 'Xã Tam Hợp (Xã Bình Nguyên)'],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});

describe('normalizePlace — what must NOT be expanded', () => {
  it.each([
    'Nguyễn T. Lan', // an initial inside a name
    'Bệnh viện Đa khoa, nhà ông Nguyễn T. Lan', // not at a part start
    'Thôn X, xã Tam Hợp', // no dot
    'TT Y tế huyện Bình Xuyên', // the district's Trung tâm Y tế, not a thị trấn
    'Xã Tam Hợp, T. ', // nothing after it
    'x. tam, Bình Xuyên', // mixed case text, next word not capitalised
    'Th. Đông', // Th. is Thôn, Thị or Thành: left alone
    'Số 12-14 Nguyễn Trãi', // hyphen inside a token
    'Tổ 1,2 phố Mới', // digits around a comma
    'XÃ', // one word: recased, nothing to expand
    'Hương Canh',
    'Xã Hợp Châu',
    'TTYT huyện Tam Đảo', // an acronym, not TT + word
    'Thị xã Phúc Yên',
  ])('%s keeps its abbreviations', (text) => {
    expect(normalizePlace(text).findings.filter((f) => f.code === 'PLACE_ABBREVIATION_EXPANDED')).toEqual([]);
  });

  it('a clean place yields no finding and no change', () => {
    const text = 'Xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc';
    expect(normalizePlace(text)).toEqual({ value: text, findings: [] });
  });
});

describe('normalizePlace — case of all-capital or all-lower text', () => {
  it.each([
    ['XÃ TAM HỢP, HUYỆN BÌNH XUYÊN', 'Xã Tam Hợp, Huyện Bình Xuyên'],
    ['THỊ TRẤN HƯƠNG CANH', 'Thị trấn Hương Canh'],
    // descriptive places: their common words stay in lower case after the first
    ['TẠI NHÀ', 'Tại nhà'],
    ['tại nhà', 'Tại nhà'],
    ['trên đường đi cấp cứu', 'Trên đường đi cấp cứu'],
    ['TẠI NHÀ RIÊNG, THÔN 3', 'Tại nhà riêng, Thôn 3'],
    // …but a name that holds those words stays a name
    ['ĐƯỜNG NGUYỄN TRÃI', 'Đường Nguyễn Trãi'],
    ['TẠI NHÀ HỘ SINH TAM DƯƠNG', 'Tại Nhà hộ sinh Tam Dương'],
    ['XÓM TRÊN, XÃ ĐẠO TÚ', 'Xóm Trên, Xã Đạo Tú'],
    ['THÔN NHÀ THỜ', 'Thôn Nhà Thờ'],
    ['XÃ ĐƯỜNG LÂM', 'Xã Đường Lâm'],
    ['XÃ CẤP TIẾN', 'Xã Cấp Tiến'],
    ['THÔN ĐỒNG CỨU', 'Thôn Đồng Cứu'],
    ['xã tam hợp, huyện bình xuyên', 'Xã Tam Hợp, Huyện Bình Xuyên'],
    ['THÀNH PHỐ VĨNH YÊN', 'Thành phố Vĩnh Yên'],
    ['KHU III, PHƯỜNG ĐỒNG TÂM', 'Khu III, Phường Đồng Tâm'],
    ['UBND XÃ ĐẠO TÚ', 'UBND Xã Đạo Tú'],
    ['đồng tâm', 'Đồng Tâm'],
  ])('%s → %s', (text, expected) => {
    expect(normalizePlace(text)).toEqual({
      value: expected,
      findings: [{ code: 'PLACE_CASE_NORMALIZED', from: text, to: expected, params: { to: expected } }],
    });
  });

  it('recases first, so capitalised abbreviations are then expanded', () => {
    const result = normalizePlace('X. TAM HỢP, H. BÌNH XUYÊN, T. VĨNH PHÚC');
    expect(result.value).toBe('Xã Tam Hợp, Huyện Bình Xuyên, Tỉnh Vĩnh Phúc');
    expect(result.findings.map((f) => f.code)).toEqual(['PLACE_CASE_NORMALIZED', 'PLACE_ABBREVIATION_EXPANDED']);
    expect(value('tt hương canh - vĩnh phúc')).toBe('Thị trấn Hương Canh - Vĩnh Phúc');
  });

  it('mixed-case text keeps its capitals', () => {
    expect(value('xã Tam Hợp, huyện Bình Xuyên')).toBe('xã Tam Hợp, huyện Bình Xuyên');
    expect(value('Bệnh viện Sản Nhi Vĩnh Phúc')).toBe('Bệnh viện Sản Nhi Vĩnh Phúc');
  });
});

describe('normalizePlace — separators', () => {
  it.each([
    ['Tam Hợp ,Bình Xuyên', 'Tam Hợp, Bình Xuyên'],
    [' ,Tam Hợp,,Bình Xuyên ,', 'Tam Hợp, Bình Xuyên'],
    ['Tam Hợp , , Bình Xuyên', 'Tam Hợp, Bình Xuyên'],
    ['Tam Hợp -Bình Xuyên', 'Tam Hợp - Bình Xuyên'],
    ['Tam Hợp – Bình Xuyên', 'Tam Hợp - Bình Xuyên'],
    ['Tam Hợp;Bình Xuyên', 'Tam Hợp; Bình Xuyên'],
    ['Xã Tân Cương ( cũ )', 'Xã Tân Cương (cũ)'],
    ['Tam   Hợp\tBình Xuyên', 'Tam Hợp Bình Xuyên'],
    ['Vĩnh Phúc -', 'Vĩnh Phúc'],
  ])('%j → %j without a finding', (text, expected) => {
    expect(normalizePlace(text)).toEqual({ value: expected, findings: [] });
  });

  it('empty or blank → empty, no finding', () => {
    expect(normalizePlace('')).toEqual({ value: '', findings: [] });
    expect(normalizePlace(' , - ')).toEqual({ value: '', findings: [] });
  });
});
