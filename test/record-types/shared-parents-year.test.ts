/**
 * A birth book naming each parent in a column of their own and giving one 'Năm sinh' column after them
 * ('Họ tên cha' | 'Họ tên mẹ' | 'Năm sinh'): the clerk typed both parents' years in it ('1968, 1972').
 * Before, the column was the mother's (the person named to its left), the two years were no date and the
 * entry was rejected (DATE_UNPARSEABLE on the mother's year). Each parent now gets theirs, in the order of
 * the name columns. A book with a year column per parent is read as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-shared-parents-year-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const entry = (n: number, child: string, sex: string, first: string, second: string, years: string) => [
  n, `${10 + n}/03/1996`, child, sex, `0${n}/03/1996`, 'Tại nhà', first, second, years, 'Xóm Mới, xã Gia Khánh',
];
/** A 1996 book of xã Gia Khánh under `header`. */
const book1996 = (file: string, header: string[], rows: (string | number)[][]): Promise<BookRead> =>
  readBook(join(folder, file), [['SỔ ĐĂNG KÝ KHAI SINH - XÃ GIA KHÁNH - NĂM 1996'], header, ...rows], { districtCode: '249' });
const years = (book: BookRead, sheetRow: number) => {
  const record = book.clean.get(sheetRow);
  return record && [record.father?.birthYear ?? null, record.mother.birthYear, record.warnings.map((w: { code: string }) => w.code)];
};

describe("one 'Năm sinh' column after the father's and the mother's name columns", () => {
  let book: BookRead;
  beforeAll(async () => {
    book = await book1996('KS_GiaKhanh_1996.xlsx', ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên cha', 'Họ tên mẹ', 'Năm sinh', 'Nơi cư trú'], [
      entry(1, 'Hà Thị Linh', 'Nữ', 'Hà Xuân Sơn', 'Bùi Thị Nhung', '1968, 1972'),
      entry(2, 'Lưu Văn Tài', 'Nam', 'Lưu Văn Thành', 'Cao Thị Nhung', '1966 - 1970'),
      entry(3, 'Đào Văn Khang', 'Nam', 'Đào Văn Bình', 'Lý Thị Hương', '1969\n1971'),
      entry(4, 'Kiều Thị Hoa', 'Nữ', 'Kiều Văn Việt', 'Đặng Thị Yến', '1970'),
    ]);
  });

  it.each([
    [3, ['1968', '1972', []]],
    [4, ['1966', '1970', []]],
    [5, ['1969', '1971', []]],
  ])('row %i: gives each parent their year in the order of the name columns', (sheetRow, expected) => {
    expect(years(book, sheetRow)).toEqual(expected);
  });

  it('leaves one year to the parent named left of it, as before', () => {
    expect(years(book, 6)).toEqual([null, '1970', []]);
  });

  it('rejects none of them', () => {
    expect(book.rejected.size).toBe(0);
  });
});

describe("the mother's name column first", () => {
  let book: BookRead;
  beforeAll(async () => {
    book = await book1996('KS_GiaKhanh_1997.xlsx', ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Họ tên cha', 'Năm sinh', 'Nơi cư trú'], [
      entry(1, 'Hà Thị Linh', 'Nữ', 'Bùi Thị Nhung', 'Hà Xuân Sơn', '1972, 1968'),
    ]);
  });

  it("gives the first year to the mother", () => {
    expect(years(book, 3)).toEqual(['1968', '1972', []]);
  });
});

describe("one year beside a blank name of the parent left of it", () => {
  let book: BookRead;
  beforeAll(async () => {
    book = await book1996('KS_GiaKhanh_1999.xlsx', ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Họ tên cha', 'Năm sinh', 'Nơi cư trú'], [
      entry(1, 'Bùi Thị Hồng', 'Nữ', 'Bùi Thị Nhung', '', '1972'),
      entry(2, 'Cao Văn Đức', 'Nam', 'Cao Thị Nhung', 'Lưu Văn Thành', '1966'),
      entry(3, 'Lưu Văn Tài', 'Nam', '', 'Lưu Văn Thành', '1966'),
    ]);
  });

  it("is the mother's when she registers alone (no father named)", () => {
    expect(years(book, 3)).toEqual([null, '1972', []]);
    expect(book.clean.get(3)?.father ?? null).toBeNull();
  });

  it('stays the named parent left of it otherwise', () => {
    expect(years(book, 4)).toEqual(['1966', null, []]);
    expect(years(book, 5)).toEqual(['1966', null, []]);
  });
});

describe("one year column whose header names its parent ('Năm sinh cha')", () => {
  let book: BookRead;
  beforeAll(async () => {
    book = await book1996('KS_GiaKhanh_2000.xlsx', ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Họ tên cha', 'Năm sinh cha', 'Nơi cư trú'], [
      entry(1, 'Lưu Văn Tài', 'Nam', 'Cao Thị Nhung', '', '1966'),
    ]);
  });

  it("keeps the year the father's though his name is blank: no year is shared", () => {
    expect(years(book, 3)?.slice(0, 2)).toEqual(['1966', null]);
  });
});

describe('a book with a year column for each parent', () => {
  let book: BookRead;
  beforeAll(async () => {
    book = await book1996('KS_GiaKhanh_1998.xlsx', ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên cha', 'Năm sinh cha', 'Họ tên mẹ', 'Năm sinh mẹ', 'Nơi cư trú'], [
      [1, '11/03/1996', 'Hà Thị Linh', 'Nữ', '01/03/1996', 'Tại nhà', 'Hà Xuân Sơn', '1968', 'Bùi Thị Nhung', '1970, 1972', 'Xóm Mới, xã Gia Khánh'],
      [2, '12/03/1996', 'Lưu Văn Tài', 'Nam', '02/03/1996', 'Tại nhà', 'Lưu Văn Thành', '1966', 'Cao Thị Nhung', '1970', 'Xóm Mới, xã Gia Khánh'],
    ]);
  });

  it('does not split two years in one parent\'s own column', () => {
    expect(book.clean.has(3)).toBe(false);
  });

  it('reads the ordinary entry quietly', () => {
    expect(years(book, 4)).toEqual(['1966', '1970', []]);
  });
});
