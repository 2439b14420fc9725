import { describe, expect, it } from 'vitest';
import { matchCommune } from '../../src/normalize/place/match-commune.js';

function read(text: string, districtCode: string, registrationDate: string) {
  const { value, findings } = matchCommune(text, { districtCode, registrationDate });
  return { code: value.communeCode, codes: findings.map((finding) => finding.code) };
}

// After 2025-07-01 the district level is gone, but a book still comes from a former district's delivery.
describe('a 2025 Phú Thọ commune in a former district\'s book', () => {
  it('none of whose former units lay in the book\'s district: warned, the code kept', () => {
    expect(read('Phường Xuân Hòa', '246', '2025-08-28')).toEqual({ code: '08746', codes: ['PLACE_OUTSIDE_SOURCE_DISTRICT'] });
    expect(read('xã Bình Nguyên', '252', '2025-08-01')).toEqual({ code: '08935', codes: ['PLACE_OUTSIDE_SOURCE_DISTRICT'] });
    const [finding] = matchCommune('Phường Xuân Hòa', { districtCode: '246', registrationDate: '2025-08-28' }).findings;
    expect(finding?.params).toMatchObject({ expected: 'Tỉnh Phú Thọ, từ 01/07/2025 (đơn vị cũ thuộc TP Phúc Yên)', source: 'H. Lập Thạch' });
  });

  it('with a former unit in the book\'s district, whichever of two districts it spans: nothing', () => {
    expect(read('Phường Xuân Hòa', '244', '2025-08-28')).toEqual({ code: '08746', codes: [] });
    expect(read('xã Sơn Đông', '246', '2025-08-01')).toEqual({ code: '08866', codes: [] });
    expect(read('xã Sơn Đông', '253', '2025-08-01')).toEqual({ code: '08866', codes: [] });
    expect(read('xã Tam Dương Bắc', '248', '2025-08-01')).toEqual({ code: '08872', codes: [] });
    expect(read('xã Bình Nguyên', '249', '2025-08-01')).toEqual({ code: '08935', codes: [] });
  });

  it("a former name of the book's district, carried to its 2025 commune: the note only", () => {
    expect(read('xã Tam Hợp', '249', '2025-08-01')).toEqual({ code: '08935', codes: ['PLACE_FORMER_NAME_MAPPED'] });
    expect(read('Xuân Hòa', '246', '2025-08-01')).toEqual({ code: '08761', codes: ['PLACE_FORMER_NAME_MAPPED'] });
  });
});
