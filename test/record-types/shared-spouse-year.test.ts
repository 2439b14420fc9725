/**
 * A marriage book's one year column for both spouses ('Năm sinh chồng/vợ': '1990/1992', '1990 - 1992', 'Chồng: 1990;
 * Vợ: 1992') gives each spouse their year, in the order the header names them. Until session 27 the column was the
 * husband's ('Năm sinh chồng' inside it) and two years rejected the entry DATE_UNPARSEABLE.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

let husbandFirst: BookRead;
let wifeFirst: BookRead;
let bareAfterShared: BookRead;

const years = (book: BookRead, row: number): [unknown, unknown] => {
  const record = book.clean.get(row);
  expect(record, `row ${row}: ${JSON.stringify(book.rejected.get(row))}`).toBeDefined();
  return [record!.husband.birthDate, record!.wife.birthDate];
};

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-shared-year-'));
  husbandFirst = await readBook(join(folder, 'kh.xlsx'), [
    ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Họ tên vợ', 'Năm sinh chồng/vợ', 'Dân tộc', 'Nơi cư trú'],
    ['1', '01/09/2020', 'Lê Văn Hùng', 'Nguyễn Thị Lan', '1990/1992', 'Kinh', 'Xã Sơn Lôi'],
    ['2', '02/09/2020', 'Trần Minh Đức', 'Phạm Thị Hồng', '1989 - 1993', 'Kinh', 'Xã Sơn Lôi'],
    ['3', '03/09/2020', 'Vũ Quang Huy', 'Đỗ Thị Mai', 'Vợ: 1994; Chồng: 1991', 'Kinh', 'Xã Sơn Lôi'],
  ]);
  wifeFirst = await readBook(join(folder, 'kh2.xlsx'), [
    ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Họ tên vợ', 'Năm sinh vợ/chồng', 'Dân tộc'],
    ['1', '04/04/2019', 'Đỗ Văn Cường', 'Vũ Thị Dung', '1994 - 1991', 'Kinh'],
    // One year: the wife's, whom the header names first, as before the column was known as both spouses'.
    ['2', '05/04/2019', 'Hà Văn Đức', 'Lý Thị Én', '1991', 'Kinh'],
  ]);
  bareAfterShared = await readBook(join(folder, 'kh3.xlsx'), [
    ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Họ tên vợ', 'Dân tộc (chồng/vợ)', 'Ngày sinh', 'Số CMND'],
    ['1', '02/04/2019', 'Lê Văn Hùng', 'Nguyễn Thị Lan', 'Kinh', '20/10/1993', '026193005678'],
  ]);
});

describe("a marriage book's 'Năm sinh chồng/vợ'", () => {
  it("gives each spouse their year in the header's order, or by label", () => {
    expect(years(husbandFirst, 2)).toEqual(['1990', '1992']);
    expect(years(husbandFirst, 3)).toEqual(['1989', '1993']);
    expect(years(husbandFirst, 4)).toEqual(['1991', '1994']);
    expect(years(wifeFirst, 2)).toEqual(['1991', '1994']);
    for (const row of [2, 3, 4]) expect(husbandFirst.clean.get(row)!.warnings).toEqual([]);
  });

  it('leaves a lone year to the spouse the header names first', () => {
    expect(years(wifeFirst, 3)).toEqual([null, '1991']);
  });

  it("leaves a bare 'Ngày sinh' or 'Số CMND' after a column of both spouses to the spouse named left of it", () => {
    const record = bareAfterShared.clean.get(2)!;
    expect([record.husband.birthDate, record.wife.birthDate]).toEqual([null, '1993-10-20']);
    expect([record.husband.personalId, record.wife.personalId]).toEqual([null, '026193005678']);
    expect(record.husband.ethnicityCode).toBe('01');
  });
});
