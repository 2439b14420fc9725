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
import { reRegistrationDates } from '../../src/validate/re-registration.js';
import { registerPositionOf } from '../../src/validate/register-numbers.js';
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
    // 'đăng ký' shortened with its vowel kept, and the register's letters run on after ĐKL.
    'Đ.ký lại',
    'Đký lại khai sinh',
    'đ/kí lại',
    'Đ. ký lại',
    'ĐKLKS',
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
    // A name after a bare initial: Kỳ Lai, not 'ký lại'.
    'Đ Kỳ Lai đi khai',
    'Đỗ Kỳ Lai đi khai',
    'Đ.ký quá hạn',
  ])('does not read %j as one', (remark) => {
    expect(isReRegistration(remark)).toBe(false);
  });
});

/**
 * Only a re-registration of the entry's own event counts (regression tester 2): 'Đăng ký lại' of
 * a residence, of a change to the entry, or of the parents' marriage in a birth book merged
 * two different children whose birth date gave only the year.
 */
describe('isReRegistration of the entry in its own register', () => {
  it.each<[string, 'birth' | 'marriage' | 'death']>([
    ['Đăng ký lại', 'birth'],
    ['ĐKL', 'death'],
    ['Đ/K lại', 'marriage'],
    ['ĐKKS lại (mất bản chính)', 'birth'],
    ['Đăng ký lại khai sinh', 'birth'],
    ['Đăng ký khai sinh lại', 'birth'],
    ['ĐKL-KS', 'birth'],
    ['Mẹ đăng ký lại khai sinh cho con', 'birth'],
    ['Đăng ký lại kết hôn (mất giấy chứng nhận)', 'marriage'],
    ['Vợ chồng đăng ký lại kết hôn', 'marriage'],
    ['ĐKKH lại do mất bản chính', 'marriage'],
    ['Đăng ký lại khai tử', 'death'],
    ['ĐKKT lại', 'death'],
    ['Đăng ký lại tại UBND xã Yên Bình ngày 10/5/2019', 'birth'],
    ['Đăng ký lại do mất sổ gốc', 'birth'],
    ['Đăng ký lại việc sinh', 'birth'],
    ['Đăng ký lại việc tử (sổ gốc bị mất)', 'death'],
    ['Đăng ký lại việc kết hôn', 'marriage'],
    ['Đăng ký lại, bổ sung tên cha', 'birth'],
    ['Mẹ đăng ký lại thường trú; đăng ký lại khai sinh', 'birth'],
    ['Đã cải chính ngày sinh; Đăng ký lại khai sinh năm 2019', 'birth'],
    // A note on the mother beside the entry's own re-registration, and a name that may be the deceased's.
    ['Mẹ - đơn thân - ĐKL', 'birth'],
    ['Mẹ đơn thân, đăng ký lại', 'birth'],
    ['Ông (Nguyễn Văn Thịnh) - ĐKL', 'death'],
    // A parent named in a death book is the deceased, seen from the declarant (regression tester 3).
    ['Khai tử cho mẹ (Nguyễn Thị Hoa) - ĐKL', 'death'],
    ['Cha - Trần Văn Tư - ĐKL', 'death'],
    ['Mẹ: Đỗ Thị Nụ - đăng ký lại', 'death'],
    // A parent named as the declarant or the one who asked: the entry's own re-registration.
    ['Người đi khai: Mẹ - Nguyễn Thị Hoa - ĐKL', 'birth'],
    ['Theo yêu cầu của mẹ: Lê Thị Thu - ĐKL', 'birth'],
    ['Theo đề nghị của bố - Đặng Văn Hòa - đăng ký lại', 'birth'],
    ['Người đi khai là cha (Lê Văn Hải) - Đăng ký lại', 'birth'],
  ])('reads %j in a %s book as its re-registration', (remark, kind) => {
    expect(isReRegistration(remark, kind)).toBe(true);
  });

  it.each<[string, 'birth' | 'marriage' | 'death']>([
    ['Đăng ký lại việc thay đổi họ cho con ngày 05/6/2005', 'birth'],
    ['Đăng ký khai sinh quá hạn; mẹ đăng ký lại thường trú tại xã Yên Bình', 'birth'],
    ['Đăng ký quá hạn. Cha mẹ đăng ký lại kết hôn năm 2018', 'birth'],
    ['Đăng ký lại kết hôn', 'birth'],
    ['ĐKKH lại', 'birth'],
    ['Đăng ký kết hôn lại', 'death'],
    ['Đăng ký lại khai sinh cho con', 'marriage'],
    ['ĐKKS lại', 'death'],
    ['Đăng ký lại tạm trú', 'birth'],
    ['Đăng ký lại hộ khẩu', 'death'],
    ['Đăng ký lại việc cải chính ngày sinh', 'birth'],
    ['Đăng ký lại việc sinh', 'death'],
    ['Đăng ký lại việc kết hôn', 'birth'],
    ['Mẹ đăng ký lại', 'birth'],
    ['Bố mẹ đã đăng ký lại', 'birth'],
    // The parent named, in brackets or after a colon or dash, between the person word and 'đăng ký lại'.
    ['Mẹ (Nguyễn Thị Hoa) đăng ký lại', 'birth'],
    ['Cha: Đỗ Văn Quân đã ĐK lại', 'birth'],
    ['Mẹ - Nguyễn Thị Hoa - ĐKL', 'birth'],
    ['Đã cải chính ngày sinh, ĐK lại theo QĐ 15/QĐ-UBND', 'birth'],
    ['Đăng ký kết hôn lại sau khi ly hôn', 'marriage'],
  ])('does not read %j in a %s book as its re-registration', (remark, kind) => {
    expect(isReRegistration(remark, kind)).toBe(false);
  });
});

describe('the row checks read the remark for their own register', () => {
  it('REREGISTRATION_DATES_CONFLICT is not raised of a residence registered again', () => {
    const record = { type: 'birth', child: { birthDate: '2016-02-01' }, registration: { date: '2016-03-06' } };
    expect(reRegistrationDates('birth')({ ...record, remarks: 'Mẹ đăng ký lại thường trú' }, [])).toEqual([]);
    expect(reRegistrationDates('birth')({ ...record, remarks: 'Đăng ký lại' }, []).map((finding) => finding.code)).toEqual(['REREGISTRATION_DATES_CONFLICT']);
  });

  it('the register position marks only its own re-registration', () => {
    const position = (type: string, remarks: string) =>
      registerPositionOf({ type, remarks, registration: { communeCode: '09079', number: '2', date: '2016-03-06' } }, { file: 'KS.xlsx', sheet: 'KS', row: 7 }).reRegistration;
    expect(position('birth', 'Mẹ đăng ký lại thường trú')).toBeUndefined();
    expect(position('birth', 'Cha mẹ đăng ký lại kết hôn năm 2018')).toBeUndefined();
    expect(position('marriage', 'Đăng ký lại kết hôn')).toBe(true);
    expect(position('birth', 'ĐKKS lại')).toBe(true);
  });

  it('a death long after it is late unless the death itself was registered again', () => {
    const record = { deathDate: '1998-04-02', registration: { date: '2019-05-10' } };
    expect(deathRegisteredSoonAfter({ ...record, remarks: 'Con đăng ký lại khai sinh năm 2019' }).map((finding) => finding.code)).toEqual(['DEATH_REGISTRATION_LATE']);
    expect(deathRegisteredSoonAfter({ ...record, remarks: 'Đăng ký lại hộ khẩu' }).map((finding) => finding.code)).toEqual(['DEATH_REGISTRATION_LATE']);
    expect(deathRegisteredSoonAfter({ ...record, remarks: 'Đăng ký lại khai tử (mất sổ)' })).toEqual([]);
    // The shortenings a clerk types for it say the same (they raised the late warning on the re-registration).
    expect(deathRegisteredSoonAfter({ ...record, remarks: 'Đ.ký lại' })).toEqual([]);
    expect(deathRegisteredSoonAfter({ ...record, remarks: 'ĐKLKT' })).toEqual([]);
    expect(deathRegisteredSoonAfter({ ...record, remarks: 'ĐKLKS' }).map((finding) => finding.code)).toEqual(['DEATH_REGISTRATION_LATE']);
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

  it.each(['Đăng ký lại khai sinh cho con năm 2019', 'Vợ đăng ký lại thường trú tại xã Tam Hợp'])('reviews %j: no re-registration of the marriage (regression tester 2)', (remarks) => {
    const result = run([first, again(remarks)]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
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
