/**
 * (s11-officer) A 'Họ tên, ngày sinh' birth book whose parents' years stand in unlabelled 'Năm sinh'
 * columns after each parent's name: the child's birth date is the combined cell's, each 'Năm sinh' its
 * parent's. Before, the first 'Năm sinh' took the child's birth date (the mother's year, 1985, loaded as
 * the child's) and the cell's real date was dropped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-name-date-parents-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let book: BookRead;
beforeAll(async () => {
  book = await readBook(
    join(folder, 'KS-ThienKe-2009.xlsx'),
    [
      ['Số', 'Ngày đăng ký', 'Họ tên, ngày sinh', 'Giới tính', 'Họ tên mẹ', 'Năm sinh', 'Họ tên cha', 'Năm sinh', 'Ghi chú'],
      [1, '06/01/2009', 'Nguyễn Thị Hằng, 01/01/2009', 'Nữ', 'Trần Thị Lan', 1985, 'Nguyễn Văn Bình', 1983, null],
      [2, '08/01/2009', 'Lê Văn Hùng, sinh 03/01/2009', 'Nam', 'Phạm Thị Thu', 1988, 'Lê Văn Toàn', 1986, null],
    ],
    { districtCode: '249' },
  );
});

describe("a 'Họ tên, ngày sinh' book with the parents' years in unlabelled columns", () => {
  it("reads the child's birth date from the combined cell and each 'Năm sinh' as its parent's year", () => {
    const first = book.clean.get(2);
    expect([first?.child.fullName, first?.child.birthDate, first?.mother.birthYear, first?.father.birthYear]).toEqual(['Nguyễn Thị Hằng', '2009-01-01', '1985', '1983']);
    const second = book.clean.get(3);
    expect([second?.child.birthDate, second?.mother.birthYear, second?.father.birthYear]).toEqual(['2009-01-03', '1988', '1986']);
    for (const record of book.clean.values()) expect(record.warnings ?? []).toEqual([]);
  });
});
