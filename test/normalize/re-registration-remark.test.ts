/**
 * A re-registration (đăng ký lại, DOMAIN.md §3.3) is read from its remark the same way by every
 * stage. Clerks shorten it ('Đ/K lại', 'ĐKKS lại', 'Đ.K.L') or name the register before 'lại'
 * ('Đăng ký khai sinh lại'); deduplication used to know only 'Đăng ký lại', 'ĐK lại' and 'ĐKL',
 * so a couple re-registered as 'Đ/K lại kết hôn' went to review as a second marriage while the
 * row's date check took the same remark for a re-registration.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import { isReRegistration } from '../../src/normalize/text/re-registration.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { deathRegisteredSoonAfter } from '../../src/validate/event-order.js';
import { childName, marriageDong } from '../dedup/clean-records.js';

describe('isReRegistration', () => {
  it.each([
    'Đăng ký lại',
    'đăng kí lại',
    'Dang ky lai',
    'Đăng ký lại khai sinh (mất bản chính)',
    'Đăng ký khai sinh lại',
    'Đăng ký khai tử lại',
    'ĐK lại',
    'Đk lại',
    'ĐK.lại',
    'Đ/K lại khai sinh',
    'đ.k lại',
    'ĐKL',
    'Đ.K.L',
    'ĐKL-KS',
    'ĐKKS lại (mất bản chính)',
    'ĐKKT lại',
    'ĐKKH lại do mất bản chính',
    'Đăng ký lại kết hôn; hai bên đã ly hôn năm 2010',
  ])('reads %j as a re-registration', (remark) => {
    expect(isReRegistration(remark)).toBe(true);
  });

  it.each([
    null,
    '',
    'Cấp lại bản chính',
    'Đã đăng ký lần đầu ngày 12/3/1990',
    'ĐK lần đầu',
    'Đăng ký kết hôn lại sau khi ly hôn',
    'Kết hôn lại sau ly hôn',
    'Ghi sai, viết lại ở số 12',
    'Đinh Khắc Lai đi khai',
    'Đăng ký quá hạn',
  ])('does not read %j as one', (remark) => {
    expect(isReRegistration(remark)).toBe(false);
  });
});

/** Tam Hợp 2015, No 13, and the couple's re-registration of 2019 after the certificate was lost. */
const first: MarriageRecord = {
  ...marriageDong,
  id: 'marriage-tam-hop-2015-13',
  registration: { ...marriageDong.registration, communeCode: '08953', book: '01/2015', number: '13', date: '2015-06-09', place: 'UBND xã Tam Hợp' },
  provenance: { file: 'KH-08953-2015.xlsx', sheet: 'KH 2015', row: 16 },
  husband: { ...marriageDong.husband, ...childName('Phạm Quang Kiên'), birthDate: '1988-03-14', residence: 'Thôn Vinh Tiến, xã Tam Hợp', personalId: null },
  wife: { ...marriageDong.wife, ...childName('Đỗ Thị Duyên'), birthDate: '1992-11-02', residence: 'Thôn Hữu Bằng, xã Tam Hợp', personalId: null },
  remarks: null,
};
const again = (remarks: string): MarriageRecord => ({
  ...first,
  id: 'marriage-tam-hop-2019-4',
  registration: { ...first.registration, book: '01/2019', number: '4', date: '2019-03-21' },
  provenance: { file: 'KH-08953-2019.xlsx', sheet: 'KH 2019', row: 7 },
  remarks,
});
const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '249')), marriageDedupSpec);

describe('a marriage re-registered under a shortened remark', () => {
  it.each(['Đ/K lại kết hôn (mất GCN)', 'ĐKKH lại do mất bản chính', 'đ.k lại'])('merges %j into the first registration, which survives', (remarks) => {
    const result = run([first, again(remarks)]);
    expect(result.review).toEqual([]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(first.id);
    expect(result.clusters[0]?.members[0]?.explanation.differed).toContainEqual({ field: 'registration.date', level: 're-registration', weight: 0 });
  });

  it('still reviews the couple registered again after a divorce', () => {
    const result = run([first, again('Đăng ký kết hôn lại sau khi ly hôn')]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
  });
});

describe('a death re-registered as "ĐKKT lại"', () => {
  it('is no late registration', () => {
    const record = { deathDate: '1998-04-02', registration: { date: '2019-05-10' }, remarks: 'ĐKKT lại (sổ gốc bị mất)' };
    expect(deathRegisteredSoonAfter(record)).toEqual([]);
    expect(deathRegisteredSoonAfter({ ...record, remarks: null }).map((finding) => finding.code)).toEqual(['DEATH_REGISTRATION_LATE']);
  });
});
