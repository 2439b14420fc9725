/**
 * A marriage book with a sex column for each spouse ('Họ tên chồng' | 'Giới tính' | … | 'Họ tên vợ' | 'Giới tính'):
 * before, the columns were unknown and never read, so a husband typed 'Nữ' loaded without a word. A cell naming
 * the other sex now warns (MARRIAGE_SPOUSE_SEX_TYPED); right, blank or unreadable cells stay quiet, and an entry
 * whose names say the columns are crossed is told once, by MARRIAGE_SPOUSE_NAME_SEX.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-spouse-sex-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const R = 'Thôn Yên Lỗ, xã Tam Hợp, huyện Bình Xuyên';
const entry = (n: number, husband: string, husbandSex: string | null, wife: string, wifeSex: string | null) => [
  n, `${10 + n}/03/2019`, husband, husbandSex, '10/05/1990', R, wife, wifeSex, '12/08/1993', R, null,
];

let book: BookRead;
beforeAll(async () => {
  book = await readBook(join(folder, 'KH_TamHop_2019.xlsx'), [
    ['SỔ ĐĂNG KÝ KẾT HÔN - XÃ TAM HỢP - NĂM 2019'],
    ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Giới tính', 'Ngày sinh', 'Nơi cư trú', 'Họ tên vợ', 'Giới tính', 'Ngày sinh', 'Nơi cư trú', 'Ghi chú'],
    entry(1, 'Nguyễn Văn Hùng', 'Nam', 'Trần Thị Mai', 'Nữ'),
    entry(2, 'Lê Văn Quân', 'nam', 'Đỗ Thị Hạnh', 'nữ'),
    entry(3, 'Phạm Minh Tuấn', null, 'Vũ Thu Hà', null),
    entry(4, 'Hoàng Văn Sơn', '?', 'Dương Thị Nga', 'x'),
    entry(5, 'Kiều Văn Khải', 'Nữ', 'Lưu Thị Bích', 'Nữ'),
    entry(6, 'Ngô Văn Đạt', 'Nam', 'Hà Thị Gấm', 'Nam'),
    entry(7, 'Nguyễn Thị Thảo', 'Nữ', 'Trần Văn Quân', 'Nam'),
  ], { districtCode: '249' });
});

const codes = (sheetRow: number) => book.clean.get(sheetRow)?.warnings.map((w: { code: string; field: string }) => `${w.code} ${w.field}`);

describe("a marriage book's sex column for each spouse", () => {
  it.each([3, 4, 5, 6])('row %i: a right, blank or unreadable cell says nothing', (sheetRow) => {
    expect(codes(sheetRow)).toEqual([]);
  });

  it("warns of a husband typed 'Nữ' and of a wife typed 'Nam'", () => {
    expect(codes(7)).toEqual(['MARRIAGE_SPOUSE_SEX_TYPED husband.sex']);
    expect(codes(8)).toEqual(['MARRIAGE_SPOUSE_SEX_TYPED wife.sex']);
  });

  it('tells spouses typed in each other\'s columns once, by their names', () => {
    expect(codes(9)).toEqual(['MARRIAGE_SPOUSE_NAME_SEX husband.fullName', 'MARRIAGE_SPOUSE_NAME_SEX wife.fullName']);
  });

  it('keeps the cells in raw and loads every entry', () => {
    expect(book.rejected.size).toBe(0);
    expect(book.clean.get(7)?.raw).toMatchObject({ 'Giới tính': 'Nữ' });
  });
});
