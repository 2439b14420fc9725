import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '249')), deathDedupSpec);

/** Đỗ Thị Nhung, entry 6 of Hương Sơn's 1998 book: born 1921, died 14/02/1998 (18 tháng Giêng, lunar). */
const original: DeathRecord = {
  ...deathThinh,
  id: 'death-huong-son-1998-6',
  registration: { ...deathThinh.registration, book: '01/1998', number: '6', date: '1998-02-16' },
  provenance: { file: 'KT-huong-son-1998.xlsx', sheet: 'KT 1998', row: 9 },
  deceased: { ...deathThinh.deceased, fullName: 'Đỗ Thị Nhung', familyName: 'Đỗ', middleName: 'Thị', givenName: 'Nhung', sex: 'female', birthDate: '1921', personalId: null, residence: 'Thôn Thiện Kế, xã Hương Sơn, huyện Bình Xuyên' },
  deathDate: '1998-02-14',
  declarant: { fullName: 'Đỗ Văn Hợi', relation: null },
};

/** Its re-registration of 2016, the book lost: the family gave the death day they keep, the lunar one, typed as solar. */
const reRegistered: DeathRecord = {
  ...original,
  id: 'death-huong-son-2016-23',
  registration: { ...original.registration, book: '01/2016', number: '23', date: '2016-07-14' },
  provenance: { file: 'KT-huong-son-2016.xlsx', sheet: 'KT 2016', row: 25 },
  deathDate: '1998-01-18',
  remarks: 'Đăng ký lại khai tử',
};

describe('a death re-registration giving another death date', () => {
  it('sends the original and its re-registration dated within two months (a lunar date typed as solar) to review, not apart', () => {
    const result = run([original, reRegistered]);
    expect(result.mergedAwayIds).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toEqual([{ code: 'other-death-date', action: 'review' }]);
  });

  it('finds the pair across a year end (a death in tháng Chạp re-registered with the lunar date)', () => {
    const january = { ...original, deathDate: '1998-01-20' };
    const december = { ...reRegistered, deathDate: '1997-12-23' };
    expect(run([january, december]).review).toHaveLength(1);
  });

  it('keeps two entries neither of which is a re-registration apart, as before', () => {
    const second = { ...reRegistered, remarks: null };
    const result = run([original, second]);
    expect(result.review).toEqual([]);
    expect(result.mergedAwayIds).toEqual([]);
  });

  it('keeps a re-registration whose death date is months away, or of a namesake born years apart, apart', () => {
    expect(run([original, { ...reRegistered, deathDate: '1998-07-02' }]).review).toEqual([]);
    const namesake = { ...reRegistered, deceased: { ...reRegistered.deceased, birthDate: '1936' } };
    expect(run([original, namesake]).review).toEqual([]);
  });
});
