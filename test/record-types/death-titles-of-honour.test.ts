/**
 * Titles of state honour, party address, army rank and religion typed before a deceased's name ('Mẹ VNAH
 * Nguyễn Thị Thứ', 'Đồng chí Lê Văn Tám', 'Thượng tá …', 'Hòa thượng Thích Thanh Tứ'). Found by a blind
 * death-book corpus of huyện Bình Xuyên (xã Thiện Kế, 2006): the title was loaded as the family and middle
 * names ('Mẹ | Vnah Nguyễn Thị | Thứ') without a word, and 'Đ/c …' rejected the entry for its slash.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook } from './read-book.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Giới tính', 'Dân tộc', 'Nơi cư trú', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai', 'Quan hệ'];

/** An entry of the 2006 death book of xã Thiện Kế. */
const entry = (n: number, name: string, sex: string, born = '1930'): string[] => [
  String(n), `${String(n + 2).padStart(2, '0')}/03/2006`, name, born, sex, 'Kinh', 'Thôn Ấp Đồn, xã Thiện Kế, huyện Bình Xuyên',
  `${String(n).padStart(2, '0')}/03/2006`, 'Tại nhà', 'Già yếu', 'Lê Văn Tú', 'Con trai',
];

describe("a title of honour, rank or religion before the deceased's name", () => {
  let folder: string;
  const deceased = new Map<number, { fullName: string; familyName: string; middleName: string; givenName: string; sex: string | null }>();
  const codes = new Map<number, string[]>();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-death-titles-'));
    const book = await readBook(join(folder, 'kt-thien-ke-2006.xlsx'), [
      ['UBND XÃ THIỆN KẾ'],
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2006'],
      HEADER,
      entry(1, 'Mẹ VNAH Nguyễn Thị Thứ', '', '1915'), // row 4: the title gives her sex
      entry(2, 'Đồng chí Lê Văn Tám', 'Nam'), // row 5
      entry(3, 'Đ/c Trần Quang Khải', 'Nam'), // row 6
      entry(4, 'Thượng tá Phạm Văn Hải', 'Nam', '1950'), // row 7
      entry(5, 'Hòa thượng Thích Thanh Tứ', '', '1931'), // row 8: the religious name stays whole
      entry(6, 'DONG CHI NGUYEN VAN TAM', ''), // row 9: typed without marks; its 'CHI' is no Chị and says no sex
      // near misses: names that only look titled
      entry(7, 'Đồng Chí Thanh', 'Nam'), // row 10: of the Đồng family
      entry(8, 'Đồng Văn Chí', 'Nam'), // row 11
      entry(9, 'Đồng Chí Hoàng Minh', 'Nam'), // row 12: Hoàng is as often a middle name
      entry(10, 'Sư Cô Lan', 'Nữ'), // row 13: no whole name after it
      entry(11, 'Thương binh Đỗ Văn Lực', 'Nam', '1948'), // row 14
      entry(12, 'Cô giáo Lê Thị Mai', '', '1950'), // row 15: the title gives her sex
      entry(13, 'Đ.c Phạm Văn Lâm', 'Nam'), // row 16: 'Đồng chí' cut short otherwise than 'Đ/c'
      entry(14, 'Đc Hoàng Văn Mạnh', 'Nam'), // row 17
      entry(15, 'CCB Đỗ Văn Oánh', 'Nam', '1947'), // row 18: 'Cựu chiến binh' cut short
    ], { districtCode: '249' });
    for (const [row, record] of book.clean) {
      deceased.set(row, record.deceased);
      codes.set(row, [...record.warnings, ...record.notes].map((p: { code: string }) => p.code));
    }
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    [4, 'Nguyễn Thị Thứ', 'female'],
    [5, 'Lê Văn Tám', 'male'],
    [6, 'Trần Quang Khải', 'male'],
    [7, 'Phạm Văn Hải', 'male'],
    [8, 'Thích Thanh Tứ', 'male'],
    [9, 'Nguyen Van Tam', null],
    [14, 'Đỗ Văn Lực', 'male'],
    [15, 'Lê Thị Mai', 'female'],
    [16, 'Phạm Văn Lâm', 'male'],
    [17, 'Hoàng Văn Mạnh', 'male'],
    [18, 'Đỗ Văn Oánh', 'male'],
  ])('row %i: the title comes off (%s), noted', (row, name, sex) => {
    expect(deceased.get(row)?.fullName).toBe(name);
    expect(deceased.get(row)?.sex).toBe(sex);
    expect(codes.get(row)).toContain('NAME_HONORIFIC_REMOVED');
  });

  it('a title that states a sex gives it where the sex cell is empty; Đồng chí states none', () => {
    expect(codes.get(4)).toContain('SEX_FROM_TITLE');
    expect(codes.get(8)).toContain('SEX_FROM_TITLE');
    expect(codes.get(9)).not.toContain('SEX_FROM_TITLE');
  });

  it('the religious name keeps its parts', () => {
    expect(deceased.get(8)).toMatchObject({ familyName: 'Thích', middleName: 'Thanh', givenName: 'Tứ' });
  });

  it.each([
    [10, 'Đồng Chí Thanh'],
    [11, 'Đồng Văn Chí'],
    [12, 'Đồng Chí Hoàng Minh'],
    [13, 'Sư Cô Lan'],
  ])('row %i: a name that only looks titled stays as typed (%s)', (row, name) => {
    expect(deceased.get(row)?.fullName).toBe(name);
    expect(codes.get(row)).not.toContain('NAME_HONORIFIC_REMOVED');
  });
});
