/**
 * A retyped copy of a register entry (same commune, year and number: a '-nhap-lai'
 * file, a second clerk's retype) is that entry's registration. When the entry merges
 * into a survivor of another commune and the copy's slips keep it below the merge with
 * that survivor, it still joins the cluster with the entry it copies — it is not chained
 * out to review and loaded twice. A record linked in by anything weaker is still chained out.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { birthAn, childName, deathDaiDinh, marriageDong } from './clean-records.js';

const groups = (result: ReturnType<typeof deduplicate>) => result.clusters.map((cluster) => [cluster.survivor.id, [...cluster.memberIds].sort()]);

describe('a retyped copy of a member’s register entry joins its cluster', () => {
  // Nguyễn Hữu Hải, died 08/05/2010 at the Tam Đảo district health centre: entry 3 of Đại Đình's 2010
  // book, its retype in KT_DaiDinh_2010-nhap-lai.xlsx, and the same death registered in Hợp Châu on 09/05.
  const original: DeathRecord = {
    ...deathDaiDinh,
    declarant: { fullName: 'Nguyễn Hữu Tâm', relation: 'Con' },
  };
  const hopChau: DeathRecord = {
    ...original,
    id: 'death-hop-chau-2010-2',
    registration: { ...original.registration, communeCode: '08911', number: '2', date: '2010-05-09', place: 'UBND xã Hợp Châu' },
    provenance: { file: '248/KT_HopChau_2010.xlsx', sheet: 'Sheet1', row: 6 },
  };
  /** The retype: 'Số' typed '03', the village and the district for the residence, no declarant. */
  const retype: DeathRecord = {
    ...original,
    id: 'death-dai-dinh-2010-3-nhap-lai',
    registration: { ...original.registration, number: '03' },
    provenance: { file: '248/KT_DaiDinh_2010-nhap-lai.xlsx', sheet: 'Sheet1', row: 7 },
    deceased: { ...original.deceased, residence: 'Sơn Đình - Tam Đảo' },
    declarant: { fullName: null, relation: 'Con' },
  };
  const runDeaths = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '248')), deathDedupSpec);

  it('merges the original, its retype and the other commune’s registration into one survivor (the retype was a chained review, loaded twice)', () => {
    const result = runDeaths([original, retype, hopChau]);
    expect(groups(result)).toEqual([[hopChau.id, [original.id, retype.id].sort()]]);
    expect(result.review).toEqual([]);
    expect(result.mergedAwayIds).toEqual([original.id, retype.id].sort());
  });

  it('does the same for a retype whose tone slipped (Hãi), which the twins guard sends to review against the other commune', () => {
    const slipped: DeathRecord = { ...retype, deceased: { ...original.deceased, ...childName('Nguyễn Hữu Hãi') } };
    const result = runDeaths([original, slipped, hopChau]);
    expect(groups(result)).toEqual([[hopChau.id, [original.id, slipped.id].sort()]]);
    expect(result.review).toEqual([]);
  });

  it('still chains out a record that merges with the member under another number (not a copy of its entry)', () => {
    // Hợp Châu wrote the full birth date and only the commune; entry 13 another date of 1941 and only the
    // village: each agrees with the original, not with the other.
    const hopChauBorn: DeathRecord = { ...hopChau, deceased: { ...hopChau.deceased, birthDate: '1941-03-10', residence: 'Xã Đại Đình' } };
    const otherNumber: DeathRecord = {
      ...original,
      id: 'death-dai-dinh-2010-13',
      registration: { ...original.registration, number: '13', date: '2010-05-20' },
      deceased: { ...original.deceased, birthDate: '1941-07-02', residence: 'Thôn Sơn Đình' },
    };
    const result = runDeaths([original, otherNumber, hopChauBorn]);
    expect(groups(result)).toEqual([[hopChau.id, [original.id]]]);
    expect(result.review).toMatchObject([{ reason: 'chained', a: { id: hopChau.id }, b: { id: otherNumber.id }, linkedThrough: [original.id] }]);
  });

  it('closes the same gap for births: a retype of the entry with the child’s tone slipped (An/Ân)', () => {
    const entry: BirthRecord = { ...birthAn, id: 'birth-tam-hop-2015-7', registration: { ...birthAn.registration, number: '7', date: '2015-01-20' } };
    const quatLuu: BirthRecord = {
      ...birthAn,
      id: 'birth-quat-luu-2015-3',
      registration: { ...birthAn.registration, communeCode: '08956', number: '3', date: '2015-01-12', place: 'UBND xã Quất Lưu' },
      provenance: { file: '249-binh-xuyen/khai-sinh-quat-luu-2015.xlsx', sheet: 'KS 2015', row: 7 },
      child: { ...birthAn.child, personalId: null },
    };
    const retyped: BirthRecord = {
      ...entry,
      id: 'birth-tam-hop-2015-7-nhap-lai',
      registration: { ...entry.registration, number: '07' },
      provenance: { file: '249-binh-xuyen/khai-sinh-tam-hop-2015-nhap-lai.xlsx', sheet: 'Quyển 01-2015', row: 14 },
      child: { ...entry.child, ...childName('Nguyễn Văn Ân'), personalId: null },
    };
    const result = deduplicate([entry, retyped, quatLuu].map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
    expect(groups(result)).toEqual([[quatLuu.id, [entry.id, retyped.id].sort()]]);
    expect(result.review).toEqual([]);
  });

  it('and for marriages: a retype of a re-registration that lost its remark (other-registration against the original)', () => {
    const first: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-tam-hop-2016-12',
      registration: { ...marriageDong.registration, communeCode: '08953', number: '12', date: '2016-03-15', place: 'UBND xã Tam Hợp' },
      provenance: { file: '249-binh-xuyen/ket-hon-tam-hop-2016.xlsx', sheet: 'KH 2016', row: 16 },
      husband: { ...marriageDong.husband, personalId: null },
      wife: { ...marriageDong.wife, personalId: null },
    };
    const again: MarriageRecord = { ...marriageDong, id: 'marriage-quat-luu-2018-9', registration: { ...marriageDong.registration, number: '9' }, remarks: 'Đăng ký lại' };
    const retyped: MarriageRecord = { ...again, id: 'marriage-quat-luu-2018-9-nhap-lai', registration: { ...again.registration, number: '09' }, remarks: null };
    const result = deduplicate([again, retyped, first].map((record) => marriageDedupSpec.toDedupRecord(record, '249')), marriageDedupSpec);
    expect(groups(result)).toEqual([[first.id, [again.id, retyped.id].sort()]]);
    expect(result.review).toEqual([]);
  });
});
