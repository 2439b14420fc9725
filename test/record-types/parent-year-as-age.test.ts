/**
 * A bare two-digit number in a parent's 'Năm sinh' column: read as a year (the latest century not after the child's
 * birth) unless that year gives the parent an age at the birth no parent has while the number itself is an age a
 * parent has ('32' for a mother of 2004: 1932 would make her 72) — then it is most likely the age typed in the year
 * column, and the year is left empty with PARENT_YEAR_LIKE_AGE rather than a wrong year.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ tên cha', 'Năm sinh', 'Họ tên mẹ', 'Năm sinh'];
const codesOf = (record: Record<string, any> | undefined): string[] => (record?.warnings ?? []).map((finding: { code: string; field: string }) => `${finding.code} ${finding.field}`);

describe("a two-digit parent's birth year that reads as an age", () => {
  let folder: string;
  let book: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-parent-year-age-'));
    book = await readBook(
      join(folder, 'ks-2004.xlsx'),
      [
        ['UBND XÃ ĐỒNG VĂN'],
        HEADER,
        [1, '12/02/2004', 'Phạm Văn Toàn', 'Nam', '05/02/2004', 'Phạm Văn Hưởng', '75', 'Đỗ Thị Loan', '78'], // row 3: years
        [2, '20/02/2004', 'Kim Thị Duyên', 'Nữ', '14/02/2004', 'Kim Văn Khải', '70', 'Hà Thị Gấm', '32'], // row 4: the mother's age
        [3, '02/03/2004', 'Lê Văn Việt', 'Nam', '25/02/2004', 'Lê Văn Tài', 20, 'Ngô Thị Lụa', '80'], // row 5: the father's age, a number cell
        [4, '10/03/2004', 'Vũ Văn Lâm', 'Nam', '01/03/2004', 'Vũ Văn Lợi', '45', 'Chu Thị Tâm', '79'], // row 6: 1945, a father of 59: a year
        [5, '18/03/2004', 'Đặng Thị Nga', 'Nữ', '11/03/2004', 'Đặng Văn Long', '76', 'Bùi Thị Mai', '1932'], // row 7: four digits stay
        [6, '25/03/2004', 'Hà Văn Bình', 'Nam', '20/03/2004', 'Hà Văn Kiên', '74', 'Dương Thị Yến', '08'], // row 8: 1908 or 8: neither
      ],
      { districtCode: '251' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a two-digit year that gives a plausible age as the year', () => {
    expect([book.clean.get(3)?.father.birthYear, book.clean.get(3)?.mother.birthYear, book.clean.get(6)?.father.birthYear]).toEqual(['1975', '1978', '1945']);
    for (const row of [3, 6]) expect(codesOf(book.clean.get(row)), `row ${row}`).toEqual([]);
  });

  it('leaves the year empty with PARENT_YEAR_LIKE_AGE when the number reads as the age and the year as no age', () => {
    expect(book.clean.get(4)?.mother.birthYear).toBeNull();
    expect(codesOf(book.clean.get(4))).toEqual(['PARENT_YEAR_LIKE_AGE mother.birthYear']);
    expect(book.clean.get(4)?.warnings[0].message).toBe(
      'Ô năm sinh của mẹ ghi "32": nếu là năm 1932 thì mẹ 72 tuổi khi sinh con, ngoài khoảng thường gặp 14–55 tuổi; số này có thể là tuổi của mẹ ghi nhầm vào cột năm sinh. Năm sinh để trống.',
    );
    // The expansion note is dropped with the year it named.
    expect(book.clean.get(4)?.notes.map((note: { code: string; field: string }) => `${note.code} ${note.field}`)).not.toContain('DATE_TWO_DIGIT_YEAR mother.birthYear');
    expect(book.clean.get(5)?.father.birthYear).toBeNull();
    expect(codesOf(book.clean.get(5))).toEqual(['PARENT_YEAR_LIKE_AGE father.birthYear']);
  });

  it('keeps four digits, and a number no age explains, as the year with PARENT_AGE_IMPLAUSIBLE', () => {
    expect(book.clean.get(7)?.mother.birthYear).toBe('1932');
    expect(codesOf(book.clean.get(7))).toEqual(['PARENT_AGE_IMPLAUSIBLE mother.birthYear']);
    expect(book.clean.get(8)?.mother.birthYear).toBe('1908');
    expect(codesOf(book.clean.get(8))).toEqual(['PARENT_AGE_IMPLAUSIBLE mother.birthYear']);
  });
});
