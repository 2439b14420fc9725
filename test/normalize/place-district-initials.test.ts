/**
 * A district written by its initials after its unit word ('H. BX', 'huyện YL'): its name, noted as the unit's
 * abbreviation is (PLACE_ABBREVIATION_EXPANDED). Until session 27 'H. BX' became 'huyện BX'.
 */
import { describe, expect, it } from 'vitest';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';

describe('normalizePlace: district initials after the unit word', () => {
  it.each([
    ['Trạm y tế xã Phú Xuân, H. BX', 'Trạm y tế xã Phú Xuân, huyện Bình Xuyên'],
    ['Thôn Nội, xã Tề Lỗ, huyện YL', 'Thôn Nội, xã Tề Lỗ, huyện Yên Lạc'],
    ['Xã Tứ Trưng, H.VT', 'Xã Tứ Trưng, Huyện Vĩnh Tường'],
    ['Thôn Đông, xã Tam Hợp, h. ML, t. Vĩnh Phú', 'Thôn Đông, xã Tam Hợp, huyện Mê Linh, tỉnh Vĩnh Phú'],
  ])('writes %j out as %j, with the note', (typed, clean) => {
    const result = normalizePlace(typed);
    expect(result.value).toBe(clean);
    expect(result.findings.map((finding) => finding.code)).toEqual(['PLACE_ABBREVIATION_EXPANDED']);
  });

  // 'TD' is Tam Dương or Tam Đảo typed without its Đ; initials after no unit word, or a longer word, stay as typed.
  it.each(['Xã Hợp Châu, huyện TD', 'Trạm y tế xã Phú Xuân, BX, VP', 'Bệnh viện đa khoa Tỉnh VP', 'Thôn Nội, huyện BXA', 'Văn phòng VP huyện Bình Xuyên', 'Huyện Bình Xuyên'])(
    'leaves %j as typed',
    (typed) => {
      expect(normalizePlace(typed).value).toBe(typed);
    },
  );
});
