/**
 * SEX_TITLE_MISMATCH: the deceased's sex cell against the title typed before the name. Found by a blind
 * death-book corpus of huyện Sông Lô (xã Đồng Quế, 2010): 'Bà Lê Minh Hòa' under Nam was loaded as a man
 * without a word, the title taken off and the conflict lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook } from './read-book.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Giới tính', 'Dân tộc', 'Nơi cư trú', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai', 'Quan hệ'];

/** An entry of the 2010 death book of xã Đồng Quế. */
const entry = (n: number, name: string, sex: string): string[] => [
  String(n), `${String(n + 2).padStart(2, '0')}/02/2010`, name, '1938', sex, 'Kinh', 'Thôn Đồng Quế, xã Đồng Quế, huyện Sông Lô',
  `${String(n).padStart(2, '0')}/02/2010`, 'Tại nhà', 'Già yếu', 'Lê Văn Tú', 'Con trai',
];

describe("the deceased's sex cell against the title before the name", () => {
  let folder: string;
  const warnings = new Map<number, string[]>();
  const notes = new Map<number, string[]>();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-title-sex-'));
    const book = await readBook(join(folder, 'kt-dong-que-2010.xlsx'), [
      ['UBND XÃ ĐỒNG QUẾ'],
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2010'],
      HEADER,
      entry(1, 'Bà Lê Minh Hòa', 'Nam'), // row 4: the title says a woman
      entry(2, 'Cụ bà Đỗ Thanh Tâm', 'Nam'), // row 5
      entry(3, 'Ông Trần Ngọc Lâm', 'Nữ'), // row 6: the title says a man
      entry(4, 'Bà Nguyễn Thị Hoa', 'Nam'), // row 7: 'Thị' says it already
      entry(5, 'Ông Trần Văn Nam', 'Nam'), // row 8: they agree
      entry(6, 'Cụ Lê Minh Hòa', 'Nữ'), // row 9: 'Cụ' says no sex
      entry(7, 'Bà Lê Minh Hòa', ''), // row 10: no sex typed: the title gives it
    ], { districtCode: '253' });
    for (const [row, record] of book.clean) {
      warnings.set(row, record.warnings.map((w: { code: string }) => w.code));
      notes.set(row, record.notes.map((n: { code: string }) => n.code));
    }
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([4, 5, 6])('row %i: the sex typed and the title disagree: warned of, both kept', (row) => {
    expect(warnings.get(row)).toEqual(['SEX_TITLE_MISMATCH']);
  });

  it('a middle name saying the same is told once, by SEX_MIDDLE_NAME_MISMATCH', () => {
    expect(warnings.get(7)).toEqual(['SEX_MIDDLE_NAME_MISMATCH']);
  });

  it.each([8, 9])('row %i: nothing to tell', (row) => {
    expect(warnings.get(row)).toEqual([]);
  });

  it('a sex cell left empty takes the title, as before', () => {
    expect(warnings.get(10)).toEqual([]);
    expect(notes.get(10)).toContain('SEX_FROM_TITLE');
  });
});
