/**
 * A parent's whole birth date typed in the birth column ('Ngày sinh mẹ' 20/08/2002) that makes the mother 13
 * at the child's birth (05/03/2016): the record keeps her year only, and 2016 − 2002 = 14 passed the year
 * check, so the entry loaded with no warning. The whole dates now tell (PARENT_AGE_IMPLAUSIBLE, with the
 * age counted in full years, from a Date cell or a text); a mother who had turned 14, or a year typed alone, stays silent. Session 23, theme 5.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-parent-full-date-age-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let book: BookRead;
beforeAll(async () => {
  book = await readBook(
    join(folder, 'KS_HuongSon_2016.xlsx'),
    [
      ['SỔ ĐĂNG KÝ KHAI SINH - XÃ HƯƠNG SƠN - NĂM 2016'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Ngày sinh mẹ', 'Họ tên cha', 'Ngày sinh cha', 'Ghi chú'],
      [1, '10/03/2016', 'Lê Thị Hoa', 'Nữ', '05/03/2016', 'Trạm y tế xã Hương Sơn', 'Phạm Thị Hằng', new Date(Date.UTC(2002, 7, 20)) as unknown as string, 'Lê Văn Tú', '11/11/1999', null],
      [2, '17/03/2016', 'Đỗ Văn Minh', 'Nam', '15/03/2016', 'Trạm y tế xã Hương Sơn', 'Vũ Thị Hạnh', '10/01/2002', 'Đỗ Văn Khôi', '01/01/1995', null],
      [3, '21/03/2016', 'Trần Văn Đức', 'Nam', '18/03/2016', 'Trạm y tế xã Hương Sơn', 'Ngô Thị Thu', '2002', 'Trần Văn Quang', '1999', null],
      [4, '24/03/2016', 'Phùng Thị Ngọc', 'Nữ', '20/03/2016', 'Trạm y tế xã Hương Sơn', 'Hà Thị Nga', '02/02/1994', 'Phùng Văn Long', '25/12/2001', null],
      [6, '30/03/2016', 'Vương Thị Linh', 'Nữ', '27/03/2016', 'Trạm y tế xã Hương Sơn', 'Kim Thị Oanh', '9/9/2002', 'Vương Văn Hậu', '10/10/1993', null],
      [5, '28/03/2016', 'Hoàng Minh Tuấn', 'Nam', '25/03/2016', 'Trạm y tế xã Hương Sơn', 'Bùi Thị Mai', '15/06/1993', 'Hoàng Văn Sơn', '04/04/1990', null],
      // Dates in words, read by the date normalizer (before, only figures were).
      [7, '31/03/2016', 'Kiều Văn Nam', 'Nam', '28/03/2016', 'Trạm y tế xã Hương Sơn', 'Đặng Thị Yến', 'ngày 20 tháng 8 năm 2002', 'Kiều Văn Thắng', '01/01/1986', null],
      [8, '31/03/2016', 'Lưu Văn Tài', 'Nam', '28/03/2016', 'Trạm y tế xã Hương Sơn', 'Cao Thị Nhung', 'ngày 10 tháng 1 năm 2002', 'Lưu Văn Thành', 'ngày 9 tháng 9 năm 1992', null],
    ],
    { districtCode: '249' },
  );
});

const ages = (row: number) =>
  book.clean.get(row)?.warnings.filter((w: { code: string }) => w.code === 'PARENT_AGE_IMPLAUSIBLE').map((w: { field: string; message: string }) => [w.field, w.message]);

describe("a parent's age at the birth by whole dates", () => {
  it('warns of a mother of 13 whose year alone makes her 14 (a Date cell, a text)', () => {
    expect(ages(7)).toEqual([['mother.birthYear', 'Năm sinh của mẹ cho thấy tuổi 13 khi sinh con (tính đủ theo ngày sinh), ngoài khoảng thường gặp 14–55 tuổi.']]);
    expect(ages(3)).toEqual([['mother.birthYear', 'Năm sinh của mẹ cho thấy tuổi 13 khi sinh con (tính đủ theo ngày sinh), ngoài khoảng thường gặp 14–55 tuổi.']]);
  });

  it('reads a whole date written in words', () => {
    expect(ages(9)).toEqual([['mother.birthYear', 'Năm sinh của mẹ cho thấy tuổi 13 khi sinh con (tính đủ theo ngày sinh), ngoài khoảng thường gặp 14–55 tuổi.']]);
    expect(book.clean.get(10)?.warnings).toEqual([]);
  });

  it('warns of a father of 14 whose year alone makes him 15', () => {
    expect(ages(6)).toEqual([['father.birthYear', 'Năm sinh của cha cho thấy tuổi 14 khi sinh con (tính đủ theo ngày sinh), ngoài khoảng thường gặp 15–80 tuổi.']]);
  });

  it('stays silent on a mother who had turned 14, on years typed alone and on ordinary parents', () => {
    expect(ages(4)).toEqual([]);
    expect(ages(5)).toEqual([]);
    expect(ages(8)).toEqual([]);
    expect(book.clean.get(8)?.warnings).toEqual([]);
  });
});
