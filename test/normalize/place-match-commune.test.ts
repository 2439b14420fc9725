import { describe, expect, it } from 'vitest';
import { matchCommune, type MatchCommuneOptions } from '../../src/normalize/place/match-commune.js';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';

const NO_OPTIONS: MatchCommuneOptions = {};

function code(text: string, options: MatchCommuneOptions = NO_OPTIONS): string | null {
  return matchCommune(text, options).value.communeCode;
}

function codes(text: string, options: MatchCommuneOptions = NO_OPTIONS): string[] {
  return matchCommune(text, options).findings.map((f) => f.code);
}

describe('matchCommune — the written forms of one registration place', () => {
  it.each([
    'Xã Tam Hợp',
    'xa Tam Hop',
    'XÃ TAM HỢP',
    'xã tam hợp',
    'X. Tam Hợp',
    'x.Tam Hợp',
    'X Tam Hợp',
    'Tam Hợp',
    'UBND xã Tam Hợp',
    'Ủy ban nhân dân xã Tam Hợp',
    // The space after the acronym dropped in typing.
    'UBNDxã Tam Hợp',
    'UBNDXã Tam Hợp',
    'UBND Tam Hợp',
    'Tam Hợp - Bình Xuyên - Vĩnh Phúc',
    'Tam Hợp-Bình Xuyên',
    'Xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc',
    'xã Tam Hợp huyện Bình Xuyên tỉnh Vĩnh Phúc',
    'X. Tam Hợp, H. Bình Xuyên, T. Vĩnh Phúc',
    'Tam Hợp, Bình Xuyên, Vĩnh Phú',
    '  Xã  Tam Hợp ,  ',
    'Xã Tam Hợp.',
    'xã Tam Hợp (cũ)',
  ])('%s → 08953 without a finding', (text) => {
    expect(matchCommune(text, NO_OPTIONS)).toEqual({ value: { communeCode: '08953', districtCode: '249' }, findings: [] });
  });

  it.each([
    ['TT Hương Canh', '08935'],
    ['TT. Hương Canh', '08935'],
    ['T.T Hương Canh', '08935'],
    ['TTr Hương Canh', '08935'],
    ['T.Tr Hương Canh, Bình Xuyên', '08935'],
    ['Ttr.Hương Canh', '08935'],
    ['tt.Hương Canh', '08935'],
    ['Thị trấn Hương Canh, huyện Bình Xuyên', '08935'],
    ['Thị trấn Hương Canh huyện Bình Xuyên', '08935'],
    ['P. Liên Bảo', '08710'],
    ['P.Liên Bảo, TP Vĩnh Yên', '08710'],
    ['Phường Liên Bảo, Thành phố Vĩnh Yên', '08710'],
    ['phường Xuân Hòa', '08746'],
    ['Phường Xuân Hoà', '08746'],
    ['PHƯỜNG XUÂN HÒA', '08746'],
    ['Như Thuỵ', '08827'],
    ['Như Thụy', '08827'],
    ['xa Nhu Thuy', '08827'],
    ['Xã Lũng Hòa', '09106'],
    ['Xã Lũng Hoà', '09106'],
    ['Thị Trấn Thổ Tang', '09112'],
    ['thị trấn Hợp Hoà', '08869'],
  ])('%s → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
    expect(codes(text)).toEqual([]);
  });
});

describe('matchCommune — every district', () => {
  it.each([
    ['Phường Tích Sơn, thành phố Vĩnh Yên', '08707', '243'],
    ['Xã Thanh Trù, TP Vĩnh Yên', '08731', '243'],
    ['Phường Hùng Vương, thành phố Phúc Yên', '08737', '244'],
    ['xã Ngọc Thanh - Phúc Yên', '08749', '244'],
    ['Thị trấn Hoa Sơn, huyện Lập Thạch', '08789', '246'],
    ['Xã Bắc Bình, H. Lập Thạch', '08785', '246'],
    ['Thị trấn Hợp Hòa, huyện Tam Dương', '08869', '247'],
    ['xã Hướng Đạo', '08881', '247'],
    ['Xã Hồ Sơn, huyện Tam Đảo', '08929', '248'],
    ['Thị trấn Tam Đảo', '08908', '248'],
    ['Xã Sơn Lôi, Bình Xuyên', '08959', '249'],
    ['Xã Tề Lỗ, huyện Yên Lạc', '09040', '251'],
    ['Thị trấn Yên Lạc', '09025', '251'],
    ['TT Yên Lạc, Vĩnh Phúc', '09025', '251'],
    ['Xã Kim Xá, huyện Vĩnh Tường', '09079', '252'],
    ['xa Kim Xa huyen Vinh Tuong', '09079', '252'],
    ['Xã Đức Bác, huyện Sông Lô', '08854', '253'],
    ['Thị trấn Tam Sơn - Sông Lô', '08824', '253'],
  ])('%s → %s in district %s', (text, expectedCode, expectedDistrict) => {
    expect(matchCommune(text, { registrationDate: '2019-06-01' })).toEqual({
      value: { communeCode: expectedCode, districtCode: expectedDistrict },
      findings: [],
    });
  });
});

describe('matchCommune — names that look like unit words', () => {
  it.each([
    ['Phuong Khoan', '08809'], // "phuong" is phường folded
    ['phường Phương Khoan', '08809'],
    ['xã Yên Phương huyện Yên Lạc', '09055'],
    ['xa Dong Tinh tinh Vinh Phuc', '08875'], // "tinh" is tỉnh folded
    ['Tam Quan, Tam Đảo', '08926'], // "quan" is quận folded
    ['Văn Quán', '08845'],
    ['Thôn Tam Hợp, xã Đạo Tú', '08884'], // a hamlet named like a commune
  ])('%s → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('matchCommune — a numbered hamlet typed against the commune, without a comma', () => {
  it.each([
    ['tổ 7 Tích Sơn, thị xã Vĩnh Yên, tỉnh Vĩnh Phú', '08707'],
    ['Tổ 12 Liên Bảo, Vĩnh Yên', '08710'],
    ['xóm 3 Đạo Tú, Tam Dương', '08884'],
    ['tổ dân phố 2 Hương Canh', '08935'],
  ])('%s → %s', (text, expected) => {
    expect(code(text, { registrationDate: '1992-05-01' })).toBe(expected);
    expect(codes(text, { registrationDate: '1992-05-01' })).not.toContain('PLACE_COMMUNE_UNKNOWN');
  });

  it('a hamlet with a name still tells nothing of where its name ends', () => {
    expect(code('xóm Chợ Đức Bác')).toBeNull();
  });
});

describe('matchCommune — ambiguity', () => {
  it('two communes of the name, no district → null with both candidates', () => {
    const result = matchCommune('Xuân Hòa', NO_OPTIONS);
    expect(result.value).toEqual({ communeCode: null, districtCode: null });
    expect(result.findings).toEqual([
      {
        code: 'PLACE_COMMUNE_AMBIGUOUS',
        params: { candidates: '08746 Phường Xuân Hoà (TP Phúc Yên); 08794 Xã Xuân Hòa (H. Lập Thạch)' },
      },
    ]);
  });

  it.each([
    ['Xuân Hòa', { districtCode: '246' }, '08794'],
    ['Xuân Hòa', { districtCode: '244' }, '08746'],
    ['Xuân Hòa, Lập Thạch', NO_OPTIONS, '08794'],
    ['Xuân Hoà - Phúc Yên', NO_OPTIONS, '08746'],
    ['xã Xuân Hòa', NO_OPTIONS, '08794'], // the unit word tells them apart
    ['P. Xuân Hòa', NO_OPTIONS, '08746'],
  ])('%s %j → %s', (text, options, expected) => {
    expect(code(text, options)).toBe(expected);
    expect(codes(text, options)).toEqual([]);
  });

  it('a source district that holds neither does not hide the ambiguity', () => {
    expect(codes('Xuân Hòa', { districtCode: '252' })).toEqual(['PLACE_COMMUNE_AMBIGUOUS']);
  });

  it('the text district wins over the source district', () => {
    expect(code('Xuân Hòa, huyện Lập Thạch', { districtCode: '244' })).toBe('08794');
  });
});

describe('matchCommune — unknown, missing, mismatched', () => {
  it('a typo → null, with the closest names of the district', () => {
    const result = matchCommune('Xã Tam Hơpp, huyện Bình Xuyên', NO_OPTIONS);
    expect(result.value).toEqual({ communeCode: null, districtCode: '249' });
    expect(result.findings).toEqual([{ code: 'PLACE_COMMUNE_UNKNOWN', params: { candidates: '08953 Xã Tam Hợp (H. Bình Xuyên)' } }]);
  });

  it('an unprefixed typo is suggested too', () => {
    const [finding] = matchCommune('Huong Cahn', NO_OPTIONS).findings;
    expect(finding?.code).toBe('PLACE_COMMUNE_UNKNOWN');
    expect(String(finding?.params?.candidates)).toContain('08935 Thị trấn Hương Canh');
  });

  it('a place outside the province → unknown, no far-fetched suggestion', () => {
    expect(matchCommune('Phường Láng Hạ, quận Đống Đa, Hà Nội', NO_OPTIONS).findings).toEqual([
      { code: 'PLACE_COMMUNE_UNKNOWN', params: { candidates: '—' } },
    ]);
  });

  it.each(['huyện Bình Xuyên', 'Bình Xuyên', 'H. Bình Xuyên, T. Vĩnh Phúc', 'tỉnh Vĩnh Phúc'])('%s → commune missing', (text) => {
    const result = matchCommune(text, NO_OPTIONS);
    expect(result.value.communeCode).toBeNull();
    expect(result.findings.map((f) => f.code)).toEqual(['PLACE_COMMUNE_MISSING']);
  });

  it.each([
    ['UBND huyện Bình Xuyên', '249'],
    ['Ủy ban nhân dân thành phố Vĩnh Yên', '243'],
    ['UBND TX Phúc Yên', '244'],
    ['Phòng Tư pháp huyện Bình Xuyên', '249'],
    ['Phòng tư pháp TP Vĩnh Yên', '243'],
    ['Phòng Tư pháp Bình Xuyên', '249'],
    ['PTP huyện Yên Lạc', '251'],
    ['P. Tư pháp huyện Bình Xuyên', '249'],
    ['P.Tư pháp H.Bình Xuyên', '249'],
  ])('%s → the district registered it (a foreign element): no commune, no warning', (text, districtCode) => {
    expect(matchCommune(text, NO_OPTIONS)).toEqual({ value: { communeCode: null, districtCode }, findings: [] });
  });

  it.each(['Sở Tư pháp tỉnh Vĩnh Phúc', 'Sở Tư pháp Vĩnh Phúc', 'STP Vĩnh Phúc', 'S. Tư pháp tỉnh Vĩnh Phúc', 'UBND tỉnh Vĩnh Phúc', 'Sở Tư pháp'])(
    '%s → the province registered it (a foreign element before 2016): no commune, no district, no warning',
    (text) => {
      expect(matchCommune(text, { districtCode: '249', registrationDate: '2012-05-01' })).toEqual({ value: { communeCode: null, districtCode: null }, findings: [] });
    },
  );

  it.each([
    ['UBND huyện Yên Lạc', '2015-03-11'],
    ['Phòng Tư pháp huyện Yên Lạc', '2012-06-01'],
    ['Ủy ban nhân dân huyện Yên Lạc', '2024-10-02'],
  ])("%s in a Bình Xuyên book (%s) → another district's authority: PLACE_OUTSIDE_SOURCE_DISTRICT", (text, registrationDate) => {
    expect(matchCommune(text, { districtCode: '249', registrationDate })).toEqual({
      value: { communeCode: null, districtCode: '251' },
      findings: [{ code: 'PLACE_OUTSIDE_SOURCE_DISTRICT', params: { code: '251', name: 'Huyện Yên Lạc', expected: 'tỉnh Vĩnh Phúc', source: 'H. Bình Xuyên' } }],
    });
  });

  it.each([
    ['UBND huyện Bình Xuyên', '249', '2015-03-11'],
    // Vĩnh Tường and Yên Lạc were one district, Vĩnh Lạc, from 1977 to 1995 (DOMAIN.md §1.5).
    ['UBND huyện Yên Lạc', '252', '1980-04-02'],
    // Bình Xuyên was part of Mê Linh until 2008.
    ['UBND huyện Mê Linh', '249', '2001-05-05'],
    // Without a date, any district ever held together with the book's (Bình Xuyên with Tam Đảo).
    ['UBND huyện Tam Đảo', '249', null],
  ])("%s in a book of district %s (%s) → the book's own district or one held with it: no warning", (text, districtCode, registrationDate) => {
    expect(matchCommune(text, { districtCode, registrationDate }).findings.map((f) => f.code)).not.toContain('PLACE_OUTSIDE_SOURCE_DISTRICT');
  });

  it('a justice office naming a commune is read as that commune', () => {
    expect(matchCommune('Phòng Tư pháp xã Tam Hợp', NO_OPTIONS).value).toEqual({ communeCode: '08953', districtCode: '249' });
  });

  it('a district that does not hold the commune → code kept, warning', () => {
    const result = matchCommune('xã Tam Hợp, huyện Vĩnh Tường', NO_OPTIONS);
    expect(result.value.communeCode).toBe('08953');
    expect(result.findings).toEqual([
      {
        code: 'PLACE_DISTRICT_MISMATCH',
        params: { code: '08953', name: 'Xã Tam Hợp', expected: 'H. Bình Xuyên', district: 'huyện Vĩnh Tường' },
      },
    ]);
  });

  it("a district written by its initials ('H. YL', 'H.BX', 'TX PY') is that district", () => {
    const options = { districtCode: '251', registrationDate: '2016-05-01' };
    for (const text of ['xã Tam Hồng, H. YL', 'xã Tam Hồng, H.YL, T.VP', 'Xã Tam Hồng - huyện YL - tỉnh Vĩnh Phúc']) {
      expect(matchCommune(text, options)).toEqual({ value: { communeCode: '09043', districtCode: '251' }, findings: [] });
    }
    expect(codes('xã Tam Hợp, H. BX', NO_OPTIONS)).toEqual([]);
    // Initials of another district are still a mismatch.
    expect(matchCommune('xã Tam Hồng, H. BX', options).findings).toEqual([
      { code: 'PLACE_DISTRICT_MISMATCH', params: { code: '09043', name: 'Xã Tam Hồng', expected: 'H. Yên Lạc', district: 'H. BX' } },
    ]);
  });

  it("a district written 'T/p' (thành phố, as handwriting shortens it), once the place is cleaned, is read as a district", () => {
    const options = { districtCode: '249', registrationDate: '2016-05-01' };
    const cleaned = (text: string): string => normalizePlace(text).value ?? '';
    expect(codes(cleaned('UBND xã Tam Hợp, T/p Vĩnh Yên'), options)).toEqual(['PLACE_DISTRICT_MISMATCH']);
    expect(matchCommune(cleaned('UBND phường Liên Bảo, T/p Vĩnh Yên'), { registrationDate: '2016-05-01' })).toEqual({
      value: { communeCode: '08710', districtCode: '243' },
      findings: [],
    });
  });

  it('a province other than the commune\'s written after it → code kept, warning', () => {
    const options = { districtCode: '251', registrationDate: '2016-05-01' };
    expect(matchCommune('xã Tam Hồng, huyện Yên Lạc, tỉnh Hà Nam', options)).toEqual({
      value: { communeCode: '09043', districtCode: '251' },
      findings: [{ code: 'PLACE_DISTRICT_MISMATCH', params: { code: '09043', name: 'Xã Tam Hồng', expected: 'H. Yên Lạc, tỉnh Vĩnh Phúc', district: 'tỉnh Hà Nam' } }],
    });
    expect(codes('xã Tam Hồng, Yên Lạc, Hà Nội', options)).toEqual(['PLACE_DISTRICT_MISMATCH']);
    expect(codes('xã Tam Hồng, Yên Lạc, TP. Hà Nội', options)).toEqual(['PLACE_DISTRICT_MISMATCH']);
    // Its own province, old or new, is no mismatch.
    expect(codes('xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phúc', options)).toEqual([]);
    expect(codes('xã Kim Xá, huyện Vĩnh Lạc, tỉnh Vĩnh Phú', { registrationDate: '1990-04-02' })).toEqual([]);
    // xã Bình Định (Yên Lạc) is named like a province: as the last part it is the commune.
    expect(matchCommune('huyện Yên Lạc, Bình Định', options)).toEqual({ value: { communeCode: '09034', districtCode: '251' }, findings: [] });
  });

  it('historical districts are not mismatches (Vĩnh Lạc 1977-1995, Lập Thạch before Sông Lô)', () => {
    expect(codes('xã Kim Xá, huyện Vĩnh Lạc, tỉnh Vĩnh Phú', { registrationDate: '1990-04-02' })).toEqual([]);
    expect(codes('xã Đức Bác, huyện Lập Thạch', { registrationDate: '2005-04-02' })).toEqual([]);
  });

  it('a commune of another district than the source\'s, 2009–2025 → code kept, warning', () => {
    const result = matchCommune('Xã Xuân Hòa', { districtCode: '249', registrationDate: '2015-03-02' });
    expect(result.value).toEqual({ communeCode: '08794', districtCode: '246' });
    expect(result.findings).toEqual([
      {
        code: 'PLACE_OUTSIDE_SOURCE_DISTRICT',
        params: { code: '08794', name: 'Xã Xuân Hòa', expected: 'H. Lập Thạch', source: 'H. Bình Xuyên' },
      },
    ]);
    expect(codes('Xã Tam Hợp', { districtCode: '252', registrationDate: '2010' })).toEqual(['PLACE_OUTSIDE_SOURCE_DISTRICT']);
  });

  it('before Sông Lô was split off (2009-01-18), or without a date, a commune of another district is no warning', () => {
    expect(codes('xã Đức Bác', { districtCode: '246', registrationDate: '2005-01-02' })).toEqual([]);
    expect(codes('xã Đức Bác', { districtCode: '246', registrationDate: '2009' })).toEqual([]);
    expect(codes('xã Đức Bác', { districtCode: '246', registrationDate: null })).toEqual([]);
    expect(codes('xã Đức Bác', { districtCode: '253', registrationDate: '2015-01-02' })).toEqual([]);
  });

  it('empty text → null, no finding', () => {
    expect(matchCommune('', NO_OPTIONS)).toEqual({ value: { communeCode: null, districtCode: null }, findings: [] });
    expect(matchCommune('   ', NO_OPTIONS).findings).toEqual([]);
  });
});

describe('matchCommune — a code typed in the place cell', () => {
  it('keeps a known code', () => {
    expect(matchCommune('08953', NO_OPTIONS)).toEqual({ value: { communeCode: '08953', districtCode: '249' }, findings: [] });
  });

  it('restores a lost leading zero', () => {
    expect(matchCommune('8953', NO_OPTIONS)).toEqual({
      value: { communeCode: '08953', districtCode: '249' },
      findings: [{ code: 'PLACE_CODE_LEADING_ZERO_RESTORED', from: '8953', to: '08953', params: { code: '08953' } }],
    });
  });

  // A 'Mã xã' column stored as numbers and written out by an export: a float, digit grouping, the text marker.
  it.each([['8953.0'], ['8953.00'], ['8,953'], ['8.953'], ["'8953"]])('reads %j as 08953, its zero restored', (typed) => {
    expect(matchCommune(typed, NO_OPTIONS)).toEqual({
      value: { communeCode: '08953', districtCode: '249' },
      findings: [{ code: 'PLACE_CODE_LEADING_ZERO_RESTORED', from: typed, to: '08953', params: { code: '08953' } }],
    });
  });

  it.each([['08953.0'], ["'08953"]])('reads %j as 08953 without a finding', (typed) => {
    expect(matchCommune(typed, NO_OPTIONS)).toEqual({ value: { communeCode: '08953', districtCode: '249' }, findings: [] });
  });

  it('an unknown number is not a commune', () => {
    expect(code('2015')).toBeNull();
    expect(codes('8953.5')).toEqual(['PLACE_COMMUNE_UNKNOWN']);
    expect(codes('2015')).toEqual(['PLACE_COMMUNE_UNKNOWN']);
  });
});
