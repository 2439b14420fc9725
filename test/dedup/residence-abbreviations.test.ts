/**
 * Residences as the clerks type them: unit words abbreviated ('Th.', 'X.', 'H.', 'TT.',
 * 'P.', 'T.', 'TDP', 'KP') and parts joined by ' - ' compare as the full words.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import { residenceKey, samePlace } from '../../src/dedup/specs/residence.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { deathDaiDinh } from './clean-records.js';

const same = (left: string, right: string): boolean => samePlace(residenceKey(left) as string, residenceKey(right) as string);

describe('residenceKey: abbreviated unit words', () => {
  it('reads Th. (thôn), X. (xã), H. (huyện), T. (tỉnh) as the full words, with or without a space after the dot', () => {
    expect(residenceKey('Th. Sơn Đình - Đại Đình')).toBe('son dinh,dai dinh');
    expect(residenceKey('Th.Sơn Đình - X.Đại Đình, H.Tam Đảo, T.Vĩnh Phúc')).toBe('son dinh,dai dinh,tam dao,vinh phuc');
    expect(same('Th. Sơn Đình - Đại Đình', 'Thôn Sơn Đình, xã Đại Đình')).toBe(true);
    expect(same('Thôn Sơn Đình, X. Đại Đình, H. Tam Đảo', 'Thôn Sơn Đình, xã Đại Đình, huyện Tam Đảo')).toBe(true);
  });

  it('reads TT. (thị trấn), P. (phường), tổ dân phố / TDP, khu phố / KP, khu, xóm as the full words', () => {
    expect(same('TDP 5 - TT. Hợp Châu', 'Tổ dân phố số 5, thị trấn Hợp Châu')).toBe(true);
    expect(same('Tổ 5, TT. Hương Canh', 'Tổ dân phố 5, thị trấn Hương Canh')).toBe(true);
    expect(same('KP.2 - P. Liên Bảo', 'Khu phố 2, phường Liên Bảo')).toBe(true);
    expect(same('Khu 3 - Tam Hồng', 'khu phố 3, xã Tam Hồng')).toBe(true);
    expect(same('Xóm Chùa - Xuân Hòa', 'xóm Chùa, xã Xuân Hòa')).toBe(true);
  });

  it('keeps place names that begin like an abbreviation (Thanh Lãng, Xuân Hòa, Tô Hiệu, Hà Nội) and tells villages apart', () => {
    expect(residenceKey('Thanh Lãng, H. Bình Xuyên')).toBe('thanh lang,binh xuyen');
    expect(residenceKey('Xuân Hòa')).toBe('xuan hoa');
    expect(residenceKey('Tô Hiệu')).toBe('to hieu');
    expect(residenceKey('Hà Nội')).toBe('ha noi');
    expect(same('Th. Sơn Đình - Đại Đình', 'Thôn Đồng Lính, xã Đại Đình')).toBe(false);
  });
});

describe('death deduplication with an abbreviated residence', () => {
  const daiDinh: DeathRecord = {
    ...deathDaiDinh,
  };
  const hopChau: DeathRecord = {
    ...daiDinh,
    id: 'death-hop-chau-2010-2',
    registration: { ...daiDinh.registration, communeCode: '08911', number: '2', date: '2010-05-09', place: 'UBND xã Hợp Châu' },
    provenance: { file: '248/KT_HopChau_2010.xlsx', sheet: 'Sheet1', row: 6 },
    deceased: { ...daiDinh.deceased, residence: 'Th. Sơn Đình - Đại Đình' },
  };

  it('merges the same death registered in Hợp Châu with the residence typed Th. Sơn Đình - Đại Đình (it was review at 25.74)', () => {
    const result = deduplicate([daiDinh, hopChau].map((record) => deathDedupSpec.toDedupRecord(record, '248')), deathDedupSpec);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'deceased.residence', level: 'same' }));
    expect(result.review).toEqual([]);
  });
});
