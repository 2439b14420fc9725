/**
 * A couple married in 2005, divorced, and married again in 2014: two true marriages of one
 * couple. The 2005 book was later lost and the first marriage re-registered (đăng ký lại) with
 * the birth years only and a remark naming its first date. The re-registration is the 2005
 * marriage's: it must not merge with the 2014 one too (which chained the two marriages and
 * listed them for review once per copy), and a remark naming no date still merges as before.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import { firstRegistrationDate } from '../../src/normalize/date/first-registration-date.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from './clean-records.js';

const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '249')), marriageDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();

const RESIDENCE = 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên';
/** Tam Hợp 2005, No 3: Phạm Văn Tùng 02/02/1980 and Đỗ Thị Hạnh 09/09/1982. */
const first: MarriageRecord = {
  ...marriageDong,
  id: 'marriage-tam-hop-2005-3',
  registration: { ...marriageDong.registration, communeCode: '08953', book: '01/2005', number: '3', date: '2005-01-20', place: 'UBND xã Tam Hợp' },
  provenance: { file: 'KH-TamHop.xlsx', sheet: 'Sheet1', row: 4 },
  husband: { ...marriageDong.husband, ...childName('Phạm Văn Tùng'), birthDate: '1980-02-02', residence: RESIDENCE, personalId: null },
  wife: { ...marriageDong.wife, ...childName('Đỗ Thị Hạnh'), birthDate: '1982-09-09', residence: RESIDENCE, personalId: null },
  remarks: null,
};
/** Tam Hợp 2014, No 21: the same couple married again. */
const second: MarriageRecord = {
  ...first,
  id: 'marriage-tam-hop-2014-21',
  registration: { ...first.registration, book: '01/2014', number: '21', date: '2014-11-11' },
  provenance: { file: 'KH-TamHop.xlsx', sheet: 'Sheet1', row: 5 },
};
/** Tam Hợp 2019, No 4: the 2005 marriage re-registered, birth years only. */
const reRegistered: MarriageRecord = {
  ...first,
  id: 'marriage-tam-hop-2019-4',
  registration: { ...first.registration, book: '01/2019', number: '4', date: '2019-08-12' },
  provenance: { file: 'KH-TamHop.xlsx', sheet: 'Sheet1', row: 8 },
  husband: { ...first.husband, birthDate: '1980' },
  wife: { ...first.wife, birthDate: '1982' },
  remarks: 'Đăng ký lại kết hôn, đăng ký lần đầu ngày 20/01/2005',
};

describe('a re-registration of the first of two marriages of one couple', () => {
  it('reads the first registration date its remarks name', () => {
    expect(firstRegistrationDate('Đăng ký lại kết hôn, đăng ký lần đầu ngày 20/01/2005')).toBe('2005-01-20');
    expect(firstRegistrationDate('ĐKL; ĐK lần đầu: 3-2-1998')).toBe('1998-02-03');
    expect(firstRegistrationDate('Đăng ký lại')).toBeNull();
    expect(firstRegistrationDate('đăng ký lần đầu ngày 31/02/2005')).toBeNull();
    // The wordings the re-registration check read and deduplication did not: one reading for both now.
    expect(firstRegistrationDate('ĐK lại. Đã ĐK ngày 12/05/1990 tại UBND xã Sơn Lôi')).toBe('1990-05-12');
    expect(firstRegistrationDate('Đăng ký lại, đã đăng ký kết hôn ngày 3.2.1998')).toBe('1998-02-03');
    expect(firstRegistrationDate('Đã đăng ký lại ngày 12/05/2017')).toBeNull();
  });

  it('merges with the marriage of that date only; the remarriage stays apart, listed once for review', () => {
    const result = run([first, second, reRegistered]);
    expect(groups(result)).toEqual([[first.id, reRegistered.id].sort()]);
    expect(result.review.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([[first.id, second.id].sort()]);
    expect(result.review[0]?.reason).toBe('veto');
    const member = result.clusters[0]?.members[0];
    expect(member?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'registration.date', level: 'exact' }));
  });

  it('sends for review, not keeps apart silently, a re-registration whose remark names a year the only entry lacks (a slip)', () => {
    const slip = { ...reRegistered, remarks: 'Đăng ký lại kết hôn, đăng ký lần đầu ngày 20/01/2006' };
    const result = run([first, slip]);
    expect(groups(result)).toEqual([]);
    expect(result.review.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([[first.id, slip.id].sort()]);
  });

  it('still merges a re-registration whose remarks name no first date', () => {
    const result = run([first, { ...reRegistered, remarks: 'Đăng ký lại kết hôn' }]);
    expect(groups(result)).toEqual([[first.id, reRegistered.id].sort()]);
  });
});
