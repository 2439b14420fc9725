import { describe, expect, it } from 'vitest';
import { namesCommuneOfProvince } from '../../src/normalize/place/province-place.js';

describe('a residence, birth or death place that names a commune of the province (checked against the lists)', () => {
  it.each([
    'Thôn Đông, xã Minh Tân, huyện Bình Xuyên, tỉnh Vĩnh Phúc',
    'Thôn Đông, xã Minh Tân, huyện Bình Xuyên',
    'Tổ 5, thị trấn Tam Sơn, huyện Sông Lô, Vĩnh Phúc',
    'Số 12, phường Liên Bảo, TP Vĩnh Yên',
    'Trạm y tế xã Tam Hợp, tỉnh Vĩnh Phúc',
    'THÔN ĐÔNG, XÃ TAM HỢP, HUYỆN BÌNH XUYÊN',
    'thon Dong, xa Tam Hop, huyen Binh Xuyen',
    'Tổ 3, phường Hùng Vương, thị xã Phúc Yên',
  ])('%s: yes', (place) => {
    expect(namesCommuneOfProvince(place)).toBe(true);
  });

  it.each([
    // Another province's place: in no list of this project.
    'Thôn Đông, xã Minh Tân, huyện Kinh Môn, tỉnh Hải Dương',
    // No unit word for the commune, or none for the province or district.
    'Tam Hợp, Bình Xuyên, Vĩnh Phúc',
    'Thôn Đông, xã Tam Hợp',
    'Bệnh viện đa khoa tỉnh Vĩnh Phúc',
    'Tại nhà',
    // Mê Linh's communes were the province's until 2008 (DOMAIN.md §1.5) and are in no list.
    'Xã Thanh Lâm, huyện Mê Linh, tỉnh Vĩnh Phúc',
    // 'Vĩnh Phú' (1968-1996) also held Phú Thọ's communes.
    'Xã Thanh Minh, thị xã Phú Thọ, tỉnh Vĩnh Phú',
    // A town (thị xã) is a district: its 'xã' names no commune, and a residential group is in no list.
    'Tổ 3, thị xã Phúc Yên',
    'Tổ 3, Thị xã Phúc Yên, tỉnh Vĩnh Phúc',
    'Khu 2, TX Phúc Yên',
  ])('%s: no', (place) => {
    expect(namesCommuneOfProvince(place)).toBe(false);
  });
});
