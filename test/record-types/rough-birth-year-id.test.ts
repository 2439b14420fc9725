/**
 * A deceased's birth year named in the sexagenary cycle ('năm Canh Ngọ': 1930 or 1990) beside a 12-digit
 * ID: the ID names the turn (README: 'a 12-digit ID does' settle it), where before the latest turn stayed
 * and the ID was rejected for disagreeing with it.
 *
 * A deceased's birth year the book gives only roughly — 'khoảng 1930', '1930?' (DATE_APPROXIMATE), or
 * a lunar year 'năm Canh Ngọ' (DATE_LUNAR) — beside a 12-digit ID of a year close to it: the ID, issued
 * from the population records, is no second problem. Found by a blind death-book corpus of huyện Sông Lô
 * (xã Đồng Quế, 2010): 'khoảng 1930' beside 026032… was rejected for ID_BIRTH_YEAR_MISMATCH, though the
 * row's DATE_APPROXIMATE warning already tells the officer the year is not exact.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const HEADER = [
  'Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Số định danh/CMND',
  'Nơi cư trú', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai', 'Quan hệ',
];

/** An entry of the 2010 death book of xã Đồng Quế. */
const entry = (n: number, name: string, sex: string, birth: string, id: string): string[] => [
  String(n), `${String(n + 1).padStart(2, '0')}/01/2010`, name, birth, sex, 'Kinh', 'Việt Nam', id, 'Thôn Đồng Quế, xã Đồng Quế, huyện Sông Lô',
  `${String(n).padStart(2, '0')}/01/2010`, 'Tại nhà', 'Già yếu', 'Nguyễn Văn Tiến', 'Con trai',
];

describe("a rough birth year beside the deceased's 12-digit ID", () => {
  let folder: string;
  let book: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-rough-year-'));
    book = await readBook(join(folder, 'kt-dong-que-2010.xlsx'), [
      ['UBND XÃ ĐỒNG QUẾ'],
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2010'],
      HEADER,
      entry(1, 'Nguyễn Văn Khuyến', 'Nam', 'khoảng 1930', '026032001122'), // row 4: two years apart
      entry(2, 'Lê Thị Gái', 'Nữ', '1928?', '026125001133'), // row 5: three years apart
      entry(3, 'Phan Văn Đề', 'Nam', 'năm Canh Ngọ', '026031001144'), // row 6: the lunar year's last weeks
      entry(4, 'Đỗ Văn Lục', 'Nam', 'khoảng 1930', '026045001155'), // row 7: fifteen years apart
      entry(5, 'Hà Văn Thất', 'Nam', '1930', '026032001166'), // row 8: an exact year
      entry(6, 'Vũ Văn Bát', 'Nam', 'năm Canh Ngọ', '026032001177'), // row 9: two years past the lunar year
      entry(7, 'Trần Thị Cửu', 'Nữ', 'khoảng 1930', '026031001188'), // row 10: her ID says a man
      entry(8, 'Khổng Văn Thập', 'Nam', 'năm Canh Ngọ', '026030001199'), // row 11: the ID names the turn 1930, not 1990
      entry(9, 'Lưu Thị Nhất', 'Nữ', 'ngày 5 tháng Giêng năm Canh Ngọ', '026130001200'), // row 12: a whole lunar date
    ], { districtCode: '253' });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    [4, '1930'],
    [5, '1928'],
    [6, '1930'],
  ])('row %i: loaded with the year as typed (%s) and its ID; its own warning stays', (row, year) => {
    expect(book.rejected.get(row)).toBeUndefined();
    const record = book.clean.get(row);
    expect(record?.deceased.birthDate).toBe(year);
    expect(record?.deceased.personalId).toMatch(/^026\d{9}$/);
    const codes = (record?.warnings ?? []).map((w: { code: string }) => w.code);
    expect(codes.some((code: string) => code === 'DATE_APPROXIMATE' || code === 'DATE_LUNAR')).toBe(true);
    expect(codes).not.toContain('ID_BIRTH_YEAR_MISMATCH');
  });

  it.each([
    [11, '1930'],
    [12, '1930-02-03'], // 5 Giêng Canh Ngọ: Tết fell on 30/01/1930
  ])('row %i: a year named in the cycle takes the turn its ID names (%s)', (row, birthDate) => {
    expect(book.rejected.get(row)).toBeUndefined();
    expect(book.clean.get(row)?.deceased.birthDate).toBe(birthDate);
  });

  it.each([
    [7, ['ID_BIRTH_YEAR_MISMATCH']], // fifteen years from 'khoảng 1930'
    [8, ['ID_BIRTH_YEAR_MISMATCH']], // an exact year: no slack
    [9, ['ID_BIRTH_YEAR_MISMATCH']], // a lunar year reaches one year on, not two
    [10, ['ID_SEX_CENTURY_MISMATCH']], // the slack is the year's, never the sex's
  ])('row %i: still rejected for %j', (row, codes) => {
    expect(book.rejected.get(row)?.map(({ code }) => code)).toEqual(codes);
  });
});
