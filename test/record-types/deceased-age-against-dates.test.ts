/**
 * A death book asking both the deceased's age ('Tuổi') and the birth year (xã Phú Xuân, 2001; xã Sơn Lôi, 2016):
 * an age far from the years between the birth and the death means one of the three was mistyped
 * (DEATH_AGE_DATES_DISAGREE, a warning). Ages as clerks count them — completed years, one less before the
 * birthday, the nominal age (tuổi mụ) up to two more — and ages beside a rough birth year stay quiet.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const problemsOf = (book: BookRead, row: number) =>
  [...(book.clean.get(row)?.warnings ?? []), ...(book.clean.get(row)?.notes ?? [])].map((w: { code: string; field: string }) => `${w.code}@${w.field}`);

describe("the deceased's age column beside a birth year", () => {
  let folder: string;
  let book: BookRead;
  let flat: BookRead;
  let infants: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-death-age-dates-'));
    book = await readBook(join(folder, 'kt-phu-xuan-2001.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2001'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Tuổi', 'Giới tính', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai'],
      // Row 3: '76' beside 1944, dead in 2001 (57 years): a mistyped age or year.
      ['1', '05/04/2001', 'Nguyễn Văn Khải', '1944', '76', 'Nam', '03/04/2001', 'Tại nhà', 'Bệnh', 'Nguyễn Văn Bình'],
      // Row 4: '45' beside 1920, dead in 2001 (81 years).
      ['2', '10/04/2001', 'Lê Thị Gấm', '1920', '45', 'Nữ', '08/04/2001', 'Tại nhà', 'Già yếu', 'Lê Văn Tâm'],
      // Rows 5–9: ages as clerks count them: completed years, the birthday not reached, the nominal age (+1, +2), an infant's months.
      ['3', '12/04/2001', 'Trần Văn Sáu', '1930', '71', 'Nam', '10/04/2001', 'Tại nhà', 'Già yếu', 'Trần Văn Hải'],
      ['4', '14/04/2001', 'Phạm Thị Nụ', '15/11/1930', '70', 'Nữ', '12/04/2001', 'Tại nhà', 'Già yếu', 'Phạm Văn Tư'],
      ['5', '16/04/2001', 'Đỗ Văn Bảy', '1930', '72 tuổi', 'Nam', '14/04/2001', 'Tại nhà', 'Già yếu', 'Đỗ Văn Tám'],
      ['6', '18/01/2001', 'Vũ Thị Lan', '10/01/1930', 73, 'Nữ', '16/01/2001', 'Tại nhà', 'Già yếu', 'Vũ Văn Hòa'],
      ['7', '20/04/2001', 'Hà Văn Tí', '2000', '3 tháng', 'Nam', '18/04/2001', 'Tại nhà', 'Sốt cao', 'Hà Văn Dũng'],
      // Rows 10–11: a rough birth year beside the age: 'khoảng 1930', a cycle year.
      ['8', '22/04/2001', 'Kiều Văn Lực', 'khoảng 1930', '80', 'Nam', '20/04/2001', 'Tại nhà', 'Già yếu', 'Kiều Văn Long'],
      ['9', '24/04/2001', 'Tạ Văn Quý', '1925?', '85', 'Nam', '22/04/2001', 'Tại nhà', 'Già yếu', 'Tạ Văn Sơn'],
      // Row 12: an age column left empty beside the year.
      ['10', '26/04/2001', 'Ngô Thị Mận', '1931', '', 'Nữ', '24/04/2001', 'Tại nhà', 'Già yếu', 'Ngô Văn Chiến'],
    ], { districtCode: '249' });
    // A two-level header copied flat, its 'Người đi khai' group lost: the second 'Họ và tên' | 'Tuổi' are the declarant's.
    flat = await readBook(join(folder, 'kt-son-loi-2012.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2012'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Họ và tên', 'Tuổi', 'Quan hệ'],
      ['1', '05/03/2012', 'Nguyễn Văn An', '1930', 'Nam', '03/03/2012', 'Tại nhà', 'Già yếu', 'Nguyễn Văn Hải', '52', 'Con trai'],
    ], { districtCode: '249' });
    // Infants of one to two years, their age counted in months as clerks count it ('21 tháng', '18 th'): 2019 − 2017 is 2 years.
    infants = await readBook(join(folder, 'kt-tam-hop-2019.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2019'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày sinh', 'Tuổi', 'Giới tính', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai'],
      ['1', '12/09/2019', 'Nguyễn Văn Hùng', '15/12/2017', '21 tháng', 'Nam', '10/09/2019', 'Tại nhà', 'Sốt cao', 'Nguyễn Văn Hải'],
      ['2', '03/07/2019', 'Ngô Văn Long', '30/12/2017', '18 th', 'Nam', '01/07/2019', 'Tại nhà', 'Sốt cao', 'Ngô Văn Chiến'],
      ['3', '30/12/2019', 'Dương Thị Yến', '25/12/2017', '24 tháng', 'Nữ', '28/12/2019', 'Tại nhà', 'Viêm phổi', 'Dương Văn Hòa'],
      // Row 6: '3 tháng' beside a birth in 2010, dead in 2019: still far.
      ['4', '30/12/2019', 'Kiều Thị Na', '25/12/2010', '3 tháng', 'Nữ', '28/12/2019', 'Tại nhà', 'Viêm phổi', 'Kiều Văn Hòa'],
      // Row 7: '85 thọ' (an old person's age, 'thọ' after it) is 85 years, not a month count.
      ['5', '30/12/2019', 'Kiều Văn Thành', '15/05/1934', '85 thọ', 'Nam', '28/12/2019', 'Tại nhà', 'Già yếu', 'Kiều Văn Hòa'],
    ], { districtCode: '249' });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('warns of an age far from the years between the birth and the death, on the birth date', () => {
    for (const row of [3, 4]) {
      expect(book.rejected.get(row)).toBeUndefined();
      expect(problemsOf(book, row)).toEqual(['DEATH_AGE_DATES_DISAGREE@deceased.birthDate']);
    }
    expect(book.clean.get(3)?.deceased.birthDate).toBe('1944');
  });

  it('leaves ages counted as clerks count them, beside a rough year or none, quiet', () => {
    for (const row of [5, 6, 7, 8, 9, 12]) expect(problemsOf(book, row)).toEqual([]);
    for (const row of [10, 11]) expect(problemsOf(book, row)).not.toContain('DEATH_AGE_DATES_DISAGREE@deceased.birthDate');
  });

  it('leaves an age column far from the birth column quiet: it may be the declarant\'s', () => {
    expect(flat.clean.get(3)?.deceased.birthDate).toBe('1930');
    expect(problemsOf(flat, 3)).not.toContain('DEATH_AGE_DATES_DISAGREE@deceased.birthDate');
  });

  it("weighs an infant's age in months as whole years: '21 tháng' beside a birth two calendar years before the death stays quiet", () => {
    for (const row of [3, 4, 5, 7]) expect(problemsOf(infants, row)).toEqual([]);
    expect(problemsOf(infants, 6)).toEqual(['DEATH_AGE_DATES_DISAGREE@deceased.birthDate']);
  });
});
