import { describe, expect, it } from 'vitest';
import { matchCommune } from '../../src/normalize/place/match-commune.js';

function at(registrationDate: string, text: string, districtCode: string | null = '244') {
  return matchCommune(text, { registrationDate, districtCode });
}
const codes = (text: string, date: string, district: string | null = '244') => at(date, text, district).findings.map((f) => f.code);

// Decree 153/2003/NĐ-CP (09/12/2003): thị trấn Phúc Yên → phường Trưng Trắc, Trưng Nhị, Hùng Vương, Phúc Thắng;
// thị trấn Xuân Hòa → phường Xuân Hòa. Phúc Yên's archive delivers both towns' books of 1977-2003.
describe('matchCommune — the towns of huyện Mê Linh that became Phúc Yên in 2003', () => {
  it.each([
    ['1996-04-12', 'UBND THỊ TRẤN PHÚC YÊN'],
    ['2002-03-12', 'UBND thị trấn Phúc Yên, huyện Mê Linh'],
    ['2004-06-01', 'Thị trấn Phúc Yên'],
  ])('%s %s: the town divided among four wards — no code, district 244, no finding', (date, text) => {
    const result = at(date, text);
    expect(result.value).toEqual({ communeCode: null, districtCode: '244' });
    expect(result.findings).toEqual([]);
  });

  it('names the four wards when a later book still says thị trấn Phúc Yên', () => {
    const result = at('2010-05-05', 'UBND thị trấn Phúc Yên');
    expect(result.value.communeCode).toBeNull();
    expect(result.findings.map((f) => f.code)).toEqual(['PLACE_COMMUNE_AMBIGUOUS']);
    expect(String(result.findings[0]?.params?.candidates)).toMatch(/08734.*08737.*08740.*08743/);
  });

  it('reads thị trấn Xuân Hòa of its time as phường Xuân Hoà without a correction note', () => {
    const result = at('2001-03-12', 'UBND THỊ TRẤN XUÂN HÒA');
    expect(result.value.communeCode).toBe('08746');
    expect(result.findings).toEqual([]);
    expect(codes('UBND thị trấn Xuân Hòa', '2008-03-01')).toEqual(['PLACE_FORMER_NAME_MAPPED']);
  });

  it.each([
    // near misses: the 2025 phường Phúc Yên, the thị xã / thành phố, Lập Thạch's xã Xuân Hòa, the phường itself
    ['2025-08-12', 'UBND phường Phúc Yên', '244', '08740', []],
    ['2010-05-05', 'UBND thị xã Phúc Yên', '244', null, []],
    ['2001-03-12', 'phường Xuân Hoà', '244', '08746', []],
    ['2005-03-12', 'UBND xã Xuân Hòa', '246', '08794', []],
    ['2001-03-12', 'UBND thị trấn Xuân Hòa', '246', '08794', ['PLACE_UNIT_TYPE_CORRECTED']],
  ])('%s %s (book of %s) → %s as before', (date, text, district, code, expected) => {
    const result = at(date, text, district);
    expect(result.value.communeCode).toBe(code);
    expect(result.findings.map((f) => f.code)).toEqual(expected);
  });
});
