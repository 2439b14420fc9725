/**
 * A parent's or the deceased's birth year told only by its branch of the twelve ('tuổi Ngọ') or as two years
 * ('1970-1971'): no one year is written. Before, the cell was unreadable (DATE_UNPARSEABLE) and the whole entry
 * rejected for an optional year; now the year is left empty with DATE_YEAR_UNDETERMINED and the entry loaded.
 * A stem with the branch ('Canh Tuất') and a plain year are read as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-year-undetermined-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const codes = (record: Record<string, any> | undefined, field: string) =>
  record && [...record.warnings, ...record.notes].filter((finding: { field: string }) => finding.field === field).map((finding: { code: string }) => finding.code);

describe("a birth book's mother's year named by no one year", () => {
  let book: BookRead;
  beforeAll(async () => {
    const entry = (n: number, child: string, mother: string, year: string | number) => [
      n, `${10 + n}/04/2005`, child, n % 2 ? 'Nam' : 'Nữ', `0${n}/04/2005`, 'Trạm y tế xã Tam Hợp', mother, year, 'Thôn Ngọc Bảo, xã Tam Hợp',
    ];
    book = await readBook(join(folder, 'KS_TamHop_2005.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI SINH - XÃ TAM HỢP - NĂM 2005'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Năm sinh mẹ', 'Nơi cư trú'],
      entry(1, 'Nguyễn Văn An', 'Trần Thị Lan', 'tuổi Ngọ'),
      entry(2, 'Lê Thị Hoa', 'Phạm Thị Hương', '1970-1971'),
      entry(3, 'Đỗ Văn Hùng', 'Vũ Thị Mai', 'năm Canh Tuất'),
      entry(4, 'Bùi Thị Ngọc', 'Hà Thị Nga', 1978),
      entry(5, 'Kiều Văn Sơn', 'Tạ Thị Yến', '1924-2010'),
    ], { districtCode: '249' });
  });

  it.each([
    [3, 'tuổi Ngọ'],
    [4, '1970-1971'],
  ])('row %i (%s): loaded, the year empty and warned of', (row) => {
    const record = book.clean.get(row);
    expect(record?.mother.birthYear).toBeNull();
    expect(codes(record, 'mother.birthYear')).toEqual(['DATE_YEAR_UNDETERMINED']);
  });

  it('reads a stem with its branch and a plain year as before, silent on the plain one', () => {
    expect(book.clean.get(5)?.mother.birthYear).toBe('1970');
    expect(book.clean.get(6)?.mother.birthYear).toBe('1978');
    expect(codes(book.clean.get(6), 'mother.birthYear')).toEqual([]);
  });

  it('leaves years far apart unreadable', () => {
    expect(book.rejected.get(7)).toContainEqual({ code: 'DATE_UNPARSEABLE', field: 'mother.birthYear' });
  });
});
