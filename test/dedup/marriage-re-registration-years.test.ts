/**
 * A 1990s marriage book gives the spouses' birth years only; the couple's
 * re-registration ('Đăng ký lại', DOMAIN.md §3.3) years later is the same
 * marriage when both spouses' names, birth years (at year precision, §8),
 * ethnicity and residence agree: its new registration date is expected, not
 * evidence against. Namesake couples elsewhere, or the couple registered again
 * without the remark (a remarriage after a divorce), are not merged.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { residenceKey } from '../../src/dedup/specs/residence.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from './clean-records.js';

const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '249')), marriageDedupSpec);

/** Quất Lưu 1995 (a TCVN3 book), No 7: Lưu Văn Sáng 1972 and Trần Thị Dậu 1975, Sán Dìu (2008 code 17), Thôn Núi. */
const sang1995: MarriageRecord = {
  ...marriageDong,
  id: 'marriage-quat-luu-1995-7',
  registration: { ...marriageDong.registration, book: '01/1995', number: '7', date: '1995-04-20', place: 'Xã Quất Lưu' },
  provenance: { file: 'QuatLuu_KH_1995.xlsx', sheet: 'KH 1995', row: 12 },
  husband: { ...marriageDong.husband, ...childName('Lưu Văn Sáng'), birthDate: '1972', ethnicityCode: '17', residence: 'Thôn Núi, xã Quất Lưu', personalId: null },
  wife: { ...marriageDong.wife, ...childName('Trần Thị Dậu'), birthDate: '1975', ethnicityCode: '17', residence: 'Thôn Núi, xã Quất Lưu', personalId: null },
};

/** Quất Lưu 2014, No 5: the same couple re-registered, with their CMNDs. */
const sang2014: MarriageRecord = {
  ...sang1995,
  id: 'marriage-quat-luu-2014-5',
  registration: { ...sang1995.registration, book: '01/2014', number: '5', date: '2014-10-08' },
  provenance: { file: 'QuatLuu_KH_2014.xlsx', sheet: 'KH 2014', row: 10 },
  husband: { ...sang1995.husband, personalId: '135222333' },
  wife: { ...sang1995.wife, personalId: '135444555' },
  remarks: 'Đăng ký lại',
};

describe('a re-registered marriage whose old entry gives birth years only', () => {
  it('merges into the 1995 entry, which survives and takes the CMNDs', () => {
    const result = run([sang2014, sang1995]);
    expect(result.review).toEqual([]);
    expect(result.clusters).toHaveLength(1);
    const cluster = result.clusters[0];
    expect(cluster?.survivor.id).toBe(sang1995.id);
    expect(cluster?.memberIds).toEqual([sang2014.id]);
    expect(cluster?.fills.map((fill) => fill.field)).toEqual(['husband.personalId', 'wife.personalId']);
    const explanation = cluster?.members[0]?.explanation;
    expect(explanation?.agreed).toContainEqual(expect.objectContaining({ field: 'residence', level: 'same' }));
    expect(explanation?.agreed).toContainEqual(expect.objectContaining({ field: 'husband.birthDate', level: 'precision-year' }));
    // The re-registration's own date is no evidence against it.
    expect(explanation?.differed).toContainEqual({ field: 'registration.date', level: 're-registration', weight: 0 });
  });

  it('merges when the re-registration writes the address with the district added', () => {
    const longer = (spouse: MarriageRecord['husband']) => ({ ...spouse, residence: 'Thôn Núi - xã Quất Lưu, huyện Bình Xuyên' });
    const result = run([sang1995, { ...sang2014, husband: longer(sang2014.husband), wife: longer(sang2014.wife) }]);
    expect(result.clusters).toHaveLength(1);
  });

  it('sends the couple registered again without the remark to review (a remarriage, or a mistyped date)', () => {
    const result = run([sang1995, { ...sang2014, remarks: null }]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toEqual([{ code: 'other-registration', action: 'review' }]);
  });

  it('does not merge a namesake couple of another village, nor of another ethnicity', () => {
    const elsewhere = (spouse: MarriageRecord['husband']) => ({ ...spouse, residence: 'Thôn Đồng Sậu, xã Quất Lưu' });
    const otherVillage = run([sang1995, { ...sang2014, husband: elsewhere(sang2014.husband), wife: elsewhere(sang2014.wife) }]);
    expect(otherVillage.clusters).toEqual([]);
    expect(otherVillage.review).toHaveLength(1);
    const kinh = (spouse: MarriageRecord['husband']) => ({ ...spouse, ethnicityCode: '01' });
    const otherPeople = run([sang1995, { ...sang2014, husband: kinh(sang2014.husband), wife: kinh(sang2014.wife) }]);
    expect(otherPeople.clusters).toEqual([]);
  });

  it('does not merge a re-registration of another couple with the same common names and years in one village when a spouse’s given name differs', () => {
    const other: MarriageRecord = { ...sang2014, wife: { ...sang2014.wife, ...childName('Trần Thị Dung') } };
    const result = run([sang1995, other]);
    expect(result.clusters).toEqual([]);
  });
});

describe('residenceKey', () => {
  it('keeps the address parts, without marks, case or unit words', () => {
    expect(residenceKey('Thôn Núi, xã Quất Lưu')).toBe('nui,quat luu');
    expect(residenceKey('Thôn Núi - Quất Lưu')).toBe('nui,quat luu');
    expect(residenceKey('Tổ 5, thị trấn Hương Canh')).toBe('5,huong canh');
    expect(residenceKey('xã Lãng Công')).toBe(residenceKey('Lãng Công'));
    expect(residenceKey(' , ')).toBeNull();
    expect(residenceKey(null)).toBeNull();
  });
});
