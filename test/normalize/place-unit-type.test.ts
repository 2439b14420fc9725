import { describe, expect, it } from 'vitest';
import { matchCommune } from '../../src/normalize/place/match-commune.js';

function at(text: string, districtCode: string | null, registrationDate: string | null) {
  return matchCommune(text, { districtCode, registrationDate });
}

function summary(text: string, districtCode: string | null, registrationDate: string | null) {
  const { value, findings } = at(text, districtCode, registrationDate);
  return { code: value.communeCode, findings: findings.map((f) => f.code) };
}

describe('matchCommune — the unit type typed counts before the source district', () => {
  it("'xã Xuân Hòa' in a Phúc Yên book of 2016 is Lập Thạch's xã, in another district (never phường Xuân Hoà)", () => {
    const result = at('UBND XÃ XUÂN HÒA', '244', '2016-03-05');
    expect(result.value.communeCode).toBe('08794');
    expect(result.findings).toEqual([
      { code: 'PLACE_OUTSIDE_SOURCE_DISTRICT', params: { code: '08794', name: 'Xã Xuân Hòa', expected: 'H. Lập Thạch', source: 'TP Phúc Yên' } },
    ]);
  });

  it('before 2009 (no district check) the same book gets both units as candidates, no code', () => {
    const result = at('UBND XÃ XUÂN HÒA', '244', '2005-03-05');
    expect(result.value.communeCode).toBeNull();
    expect(result.findings).toEqual([
      { code: 'PLACE_COMMUNE_AMBIGUOUS', params: { candidates: '08794 Xã Xuân Hòa (H. Lập Thạch); 08746 Phường Xuân Hoà (TP Phúc Yên)' } },
    ]);
  });

  it.each([
    ['Xuân Hòa', '244', '2016-03-05', '08746'],
    ['phường Xuân Hòa', '244', '2016-03-05', '08746'],
    ['xã Xuân Hòa', '246', '2005-03-05', '08794'],
  ])('%s in %s, %s → %s, no finding', (text, district, date, expected) => {
    expect(summary(text, district, date)).toEqual({ code: expected, findings: [] });
  });

  it("the text's district picks Lập Thạch's xã in a Phúc Yên book, which never held it: warned even without a date", () => {
    expect(summary('Xuân Hòa, huyện Lập Thạch', '244', null)).toEqual({ code: '08794', findings: ['PLACE_OUTSIDE_SOURCE_DISTRICT'] });
  });

  it("a type no unit of the name ever had ('xã Hương Canh') → the unit of the name, with a note", () => {
    const result = at('xã Hương Canh', '249', '2012-01-01');
    expect(result.value.communeCode).toBe('08935');
    expect(result.findings).toEqual([
      { code: 'PLACE_UNIT_TYPE_CORRECTED', from: 'xã Hương Canh', to: 'Thị trấn Hương Canh', params: { code: '08935', name: 'Thị trấn Hương Canh', typedType: 'xã' } },
    ]);
  });

  it.each([
    ['UBND xã Yên Lạc', '251', '2024-03-06', '09025', '09025 Thị trấn Yên Lạc (H. Yên Lạc)'],
    ['UBND xã Tam Đảo', '248', '2024-03-06', '08908', '08908 Thị trấn Tam Đảo (H. Tam Đảo)'],
  ])("'%s' in %s, %s: the 2025-07 xã, not yet in force → the thị trấn of the name, with a warning", (text, district, date, expected, candidates) => {
    const result = at(text, district, date);
    expect(result.value.communeCode).toBe(expected);
    expect(result.findings).toEqual([{ code: 'PLACE_NAME_NOT_YET_IN_FORCE', params: { since: '01/07/2025', candidates } }]);
  });

  it('a type of another period of the unit stays PLACE_FORMER_NAME_MAPPED', () => {
    expect(summary('xã Định Trung', '243', '2024-03-06')).toEqual({ code: '08725', findings: ['PLACE_FORMER_NAME_MAPPED'] });
    // Lập Thạch's xã in a Phúc Yên book: outside the book's district, as before 2025-07 (PLACE_OUTSIDE_SOURCE_DISTRICT).
    expect(summary('xã Xuân Hòa', '244', '2025-08-01')).toEqual({ code: '08761', findings: ['PLACE_FORMER_NAME_MAPPED', 'PLACE_OUTSIDE_SOURCE_DISTRICT'] });
  });
});

describe('matchCommune — a district name alone that is also its thị trấn name', () => {
  it.each([
    ['Yên Lạc', '251', '09025 Thị trấn Yên Lạc (H. Yên Lạc); Huyện Yên Lạc'],
    ['Yên Lạc', '249', '09025 Thị trấn Yên Lạc (H. Yên Lạc); Huyện Yên Lạc'],
    ['Tam Đảo', '248', '08908 Thị trấn Tam Đảo (H. Tam Đảo); Huyện Tam Đảo'],
    ['Lập Thạch', '246', '08761 Thị trấn Lập Thạch (H. Lập Thạch); Huyện Lập Thạch'],
    ['Vĩnh Tường', '252', '09076 Thị trấn Vĩnh Tường (H. Vĩnh Tường); Huyện Vĩnh Tường'],
    ['Yên Lạc, Vĩnh Phúc', null, '09025 Thị trấn Yên Lạc (H. Yên Lạc); Huyện Yên Lạc'],
  ])('%s (book of %s, 2015) → no code, both candidates', (text, district, candidates) => {
    const result = at(text, district, '2015-04-02');
    expect(result.value.communeCode).toBeNull();
    expect(result.findings).toEqual([{ code: 'PLACE_COMMUNE_AMBIGUOUS', params: { candidates } }]);
  });

  it.each([
    ['TT Yên Lạc', '251', '2015-04-02', '09025'],
    ['thị trấn Tam Đảo', '248', '2015-04-02', '08908'],
    ['Yên Lạc, Yên Lạc', '251', '2015-04-02', '09025'], // the thị trấn, then its district
    ['Yên Lạc', '251', '2025-08-01', '09025'], // no district level any more: the new xã Yên Lạc
  ])('%s (book of %s, %s) → %s', (text, district, date, expected) => {
    expect(summary(text, district, date)).toEqual({ code: expected, findings: [] });
  });
});

describe('matchCommune — a commune name a mark away from the list', () => {
  it.each([
    ['xã Tam Họp', 'Tam Họp'],
    ['Tam Hơp', 'Tam Hơp'],
    ['xã Tam Hộp', 'Tam Hộp'],
  ])('%s → 08953 with a note naming the typed words', (text, typed) => {
    const result = at(text, '249', '2016-01-01');
    expect(result.value.communeCode).toBe('08953');
    expect(result.findings).toEqual([{ code: 'PLACE_NAME_MARKS_MAPPED', from: text, to: 'Xã Tam Hợp', params: { code: '08953', name: 'Xã Tam Hợp', typed } }]);
  });

  it.each(['xã Tam Hop', 'XÃ TAM HỢP', 'Xã Xuân Hoà', 'xa Xuan Hoa', 'Xã Như Thuỵ'])('%s (no marks, capitals, the other tone placement) → no note', (text) => {
    expect(at(text, null, '2016-01-01').findings).toEqual([]);
  });
});
