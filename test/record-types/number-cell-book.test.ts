/**
 * The 'Số' cell of an old book as the clerk typed the position from the margin: 'số 15 quyển 01/1990' is
 * number 15 of book 01/1990 (the number was loaded as '15 quyển 01/1990', the book left empty); a sign
 * typed before the figures ('-6', '- 19', a minus Excel kept on a number cell) is no part of the number
 * (it was loaded as '-6'). Session 23, theme 5.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-number-cell-book-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let book: BookRead;
beforeAll(async () => {
  const entry = (number: string | number, child: string, day: number, remarks: string | null = null) =>
    [number, `${day + 4}/06/1990`, child, / Thị /.test(child) ? 'Nữ' : 'Nam', `${day}/06/1990`, 'Tại nhà', 'Nguyễn Văn Tư', '1960', 'Lê Thị Hợi', '1962', remarks];
  book = await readBook(
    join(folder, 'KS_TamHop_1990.xlsx'),
    [
      ['SỔ ĐĂNG KÝ KHAI SINH - XÃ TAM HỢP - NĂM 1990'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên cha', 'Năm sinh cha', 'Họ tên mẹ', 'Năm sinh mẹ', 'Ghi chú'],
      ['số 15 quyển 01/1990', 'Nguyễn Văn Toàn', 1],
      ['Số 16, quyển 01/1990', 'Nguyễn Thị Huệ', 2],
      ['17, Q.01', 'Nguyễn Văn Thắng', 3],
      [-18, 'Nguyễn Thị Loan', 4],
      ['- 19', 'Nguyễn Văn Lâm', 5],
      [20, 'Nguyễn Thị Quý', 6],
      ['21/KS', 'Nguyễn Văn Quyết', 7],
    ].map((row) => (row.length === 3 ? entry(row[0]!, row[1] as string, row[2] as number) : row)),
    { districtCode: '249' },
  );
});

const position = (row: number) => {
  const record = book.clean.get(row);
  return record && [record.registration.number, record.registration.book, record.warnings.map((w: { code: string }) => w.code)];
};

describe("a book named in the 'Số' cell, a sign before the number", () => {
  it("reads 'số 15 quyển 01/1990' as number 15 of book 01/1990", () => {
    expect(position(3)).toEqual(['15', '01/1990', []]);
    expect(position(4)).toEqual(['16', '01/1990', []]);
    expect(position(5)).toEqual(['17', '01', []]);
  });

  it("reads '-18' and '- 19' as 18 and 19", () => {
    expect(position(6)).toEqual(['18', null, []]);
    expect(position(7)).toEqual(['19', null, []]);
  });

  it('keeps other cells as they were read', () => {
    expect(position(8)).toEqual(['20', null, []]);
    expect(position(9)).toEqual(['21/KS', null, []]);
  });
});

/**
 * '4, Q.01' in a book whose title names it 'Quyển số: 01/1990': the row is in that book; the cell's bare
 * figures are its short form, not another book '01' (which would split the year's numbering in two).
 */
describe("a 'Số' cell naming the title's book by its figures alone", () => {
  let titled: BookRead;
  beforeAll(async () => {
    const entry = (number: string, child: string, day: number) =>
      [number, `${day + 4}/06/1990`, child, / Thị /.test(child) ? 'Nữ' : 'Nam', `${day}/06/1990`, 'Tại nhà', 'Nguyễn Văn Tư', '1960', 'Lê Thị Hợi', '1962', null];
    titled = await readBook(
      join(folder, 'KS_TamHop_1990_quyen01.xlsx'),
      [
        ['SỔ ĐĂNG KÝ KHAI SINH - XÃ TAM HỢP - NĂM 1990'],
        ['Quyển số: 01/1990'],
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên cha', 'Năm sinh cha', 'Họ tên mẹ', 'Năm sinh mẹ', 'Ghi chú'],
        entry('3', 'Nguyễn Văn Toàn', 1),
        entry('4, Q.01', 'Nguyễn Thị Huệ', 2),
        entry('5, Q.02', 'Nguyễn Văn Thắng', 3),
      ],
      { districtCode: '249' },
    );
  });

  it("keeps the title's book 01/1990 for '4, Q.01', and reads another book's figures as typed", () => {
    const at = (row: number) => { const record = titled.clean.get(row); return record && [record.registration.number, record.registration.book]; };
    expect([at(4), at(5), at(6)]).toEqual([['3', '01/1990'], ['4', '01/1990'], ['5', '02']]);
  });
});
