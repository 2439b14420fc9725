import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const toDedup = (record: BirthRecord, district = '249') => birthDedupSpec.toDedupRecord(record, district);

/** Nguyễn Văn Nam, entry 15 of Tam Hợp's 1990 book (digitised), no ID. */
const original: BirthRecord = {
  ...birthAn,
  id: 'birth-1990-tam-hop-15',
  registration: { ...birthAn.registration, book: '01', number: '15', date: '1990-04-12' },
  provenance: { file: '249/TamHop/KS-TamHop-1990.xlsx', sheet: 'Sheet1', row: 5 },
  child: { ...birthAn.child, ...childName('Nguyễn Văn Nam'), birthDate: '1990-04-01', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Hoàng Thị Mận', birthYear: '1964' },
  father: { ...birthAn.mother, fullName: 'Nguyễn Văn Tiến', birthYear: '1961' },
  declarant: { fullName: 'Nguyễn Văn Tiến', relation: 'Cha' },
};
/** The same birth registered again in Tam Hợp in 2016, typed in full: merges into the original. */
const againInFull: BirthRecord = {
  ...original,
  id: 'birth-2016-tam-hop-7',
  registration: { ...original.registration, number: '7', date: '2016-09-19' },
  provenance: { file: '249/TamHop/KS-TamHop-2016.xlsx', sheet: 'Sheet1', row: 8 },
  declarant: { fullName: 'Nguyễn Văn Nam', relation: null },
};
/** Re-registered (đăng ký lại) in Sơn Lôi with the birth year only and no mother: a pair for the officer. */
const yearOnly: BirthRecord = {
  ...original,
  id: 'birth-2016-son-loi-9',
  registration: { ...original.registration, communeCode: '08950', number: '9', date: '2016-12-01', place: 'Xã Sơn Lôi' },
  provenance: { file: '249/SonLoi/KS-SonLoi-2016-dang-ky-lai.xlsx', sheet: 'Sheet1', row: 2 },
  child: { ...original.child, birthDate: '1990' },
  mother: { ...original.mother, fullName: null, birthYear: null },
  remarks: 'Đăng ký lại',
};

describe('review pairs: one per cluster, not one per member', () => {
  it('lists a record in doubt against a cluster once, against its survivor, when the survivor is in doubt too', () => {
    const result = deduplicate([original, againInFull, yearOnly].map((record) => toDedup(record)), birthDedupSpec);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(original.id);
    expect(result.clusters[0]?.memberIds).toEqual([againInFull.id]);
    expect(result.review.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([[original.id, yearOnly.id].sort()]);
  });

  it('does the same when the cluster was loaded before (registry) and the record in doubt is new', () => {
    const previous = [{ ...toDedup(original, '251') }, { ...toDedup(againInFull, '251') }];
    const loaded = deduplicate(previous, birthDedupSpec);
    expect(loaded.clusters[0]?.memberIds).toEqual([againInFull.id]);
    const result = deduplicate([toDedup(yearOnly)], birthDedupSpec, { previous: [previous[0]!] });
    expect(result.review.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([[original.id, yearOnly.id].sort()]);
  });

  it('keeps a member\'s pair when the survivor\'s own pair with the record is not in doubt', () => {
    // Only the copy in full is known: its pair with the year-only record is the one to decide.
    const result = deduplicate([againInFull, yearOnly].map((record) => toDedup(record)), birthDedupSpec);
    expect(result.review).toHaveLength(1);
  });
});
