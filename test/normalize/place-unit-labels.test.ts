import { describe, expect, it } from 'vitest';
import { matchCommune } from '../../src/normalize/place/match-commune.js';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';
import { namesCommuneOfProvince } from '../../src/normalize/place/province-place.js';

// Printed forms and some clerks write the unit words as labels: 'Xã: Tam Hợp, Huyện: Bình Xuyên'.
describe('normalizePlace — unit words written as labels with a colon', () => {
  it.each([
    ['Xã: Tam Hợp', 'Xã Tam Hợp'],
    ['Thôn: Đông, Xã: Tam Hợp, Huyện: Bình Xuyên', 'Thôn Đông, Xã Tam Hợp, Huyện Bình Xuyên'],
    ['Xã : Tam Hợp , Huyện : Bình Xuyên', 'Xã Tam Hợp, Huyện Bình Xuyên'],
    ['Tổ: 5, phường: Trưng Trắc', 'Tổ 5, phường Trưng Trắc'],
    // A form's header: the labels, not commas, separate the parts.
    ['Xã: Quất Lưu    Huyện: Bình Xuyên    Tỉnh: Vĩnh Phúc', 'Xã Quất Lưu, Huyện Bình Xuyên, Tỉnh Vĩnh Phúc'],
    ['Thôn Đông xã: Tam Hợp huyện: Bình Xuyên', 'Thôn Đông xã Tam Hợp, huyện Bình Xuyên'],
  ])('%j → %j without a finding', (text, expected) => {
    expect(normalizePlace(text)).toEqual({ value: expected, findings: [] });
  });

  it('recases and expands as an address typed without labels', () => {
    expect(normalizePlace('XÃ: TAM HỢP - HUYỆN: BÌNH XUYÊN').value).toBe(normalizePlace('XÃ TAM HỢP - HUYỆN BÌNH XUYÊN').value);
  });

  it.each([
    // Labels that are no unit word, and a unit word with nothing after its colon, stay as typed.
    'Ghi chú: xã Tam Hợp',
    'Bệnh viện: Sản Nhi Vĩnh Phúc',
    'Địa chỉ: thôn Đông, xã Tam Hợp',
    'Thôn Đông, xã:',
    // A word that only ends like a unit word is no label.
    'Cụm công nghiệpKhu: A',
  ])('%j stays as typed', (text) => {
    expect(normalizePlace(text).value).toBe(text);
  });

  it('is idempotent', () => {
    for (const text of ['Xã: Quất Lưu    Huyện: Bình Xuyên', 'Xã:: Tam Hợp', 'Xã: : Tam Hợp', 'xã:Tam Hợp(huyện:Bình Xuyên)']) {
      const once = normalizePlace(text).value;
      expect(normalizePlace(once).value).toBe(once);
    }
  });
});

describe('a labelled residence is checked against the lists as an unlabelled one', () => {
  function slips(typed: string, registrationDate: string): string[] {
    const place = normalizePlace(typed).value;
    if (!namesCommuneOfProvince(place)) return [];
    return matchCommune(place, { registrationDate }).findings.map((finding) => finding.code);
  }

  it('a commune no list has', () => {
    expect(slips('Xã: Minh Tân, Huyện: Bình Xuyên, Tỉnh: Vĩnh Phúc', '2023-05-02')).toContain('PLACE_COMMUNE_UNKNOWN');
  });

  it('a district the commune never belonged to', () => {
    expect(slips('Thôn: Đông, Xã: Tam Hợp, Huyện: Vĩnh Tường, Tỉnh: Vĩnh Phúc', '2023-05-02')).toContain('PLACE_DISTRICT_MISMATCH');
  });

  it('a right address: nothing', () => {
    expect(slips('Thôn: Đông, Xã: Tam Hợp, Huyện: Bình Xuyên, Tỉnh: Vĩnh Phúc', '2023-05-02')).toEqual([]);
  });

  it('a labelled registration place names its commune', () => {
    expect(matchCommune(normalizePlace('Xã: Tam Hợp   Huyện: Bình Xuyên').value, { districtCode: '249', registrationDate: '2023-05-02' }).value.communeCode).toBe('08953');
  });
});
