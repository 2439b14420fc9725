/**
 * A sex cell left blank in a book that has a sex column (s14 problem detection): the sex is basic
 * civil-status information (Law on Civil Status Art. 14), so the officer is told (SEX_MISSING),
 * and the entry still loads. A book without the column, or one that states the sex otherwise
 * (a deceased's title), says nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const warningsOf = (book: BookRead, row: number) => (book.clean.get(row)?.warnings ?? []).map((w: { code: string; field: string }) => `${w.code}@${w.field}`);

describe('SEX_MISSING', () => {
  let folder: string;
  let births: BookRead;
  let deaths: BookRead;
  let noColumn: BookRead;
  let withIds: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-sex-missing-'));
    births = await readBook(
      join(folder, 'ks-tam-hop-2019.xlsx'),
      [
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Năm sinh cha'],
        ['1', '05/03/2019', 'Nguyễn Văn An', 'Nam', '01/03/2019', 'Lê Thị Hoa', '1992', 'Nguyễn Văn Bình', '1990'],
        ['2', '06/03/2019', 'Trần Minh Khôi', '', '02/02/2019', 'Phạm Thị Lan', '1995', 'Trần Văn Cường', '1993'],
        ['3', '07/03/2019', 'Lê Ngọc Anh', '-', '03/02/2019', 'Đỗ Thị Mai', '1994', 'Lê Văn Dũng', '1991'],
        ['4', '08/03/2019', 'Lê Thị Thu', 'không rõ', '03/02/2019', 'Đỗ Thị Hằng', '1994', 'Lê Văn Hải', '1991'],
      ],
      { districtCode: '249' },
    );
    withIds = await readBook(
      join(folder, 'ks-huong-canh-2019.xlsx'),
      [
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số định danh', 'Họ tên mẹ', 'Họ tên cha'],
        ['1', '05/03/2019', 'Trần Minh Khôi', '', '02/02/2019', '026219004512', 'Phạm Thị Lan', 'Trần Văn Cường'],
        ['2', '06/03/2019', 'Lê Ngọc Anh', '', '03/02/2019', '026319004513', 'Đỗ Thị Mai', 'Lê Văn Dũng'],
        ['3', '07/03/2019', 'Lê Bảo Ngọc', '', '03/02/2019', '135111222', 'Đỗ Thị Hằng', 'Lê Văn Hải'],
      ],
      { districtCode: '249' },
    );
    deaths = await readBook(
      join(folder, 'kt-tam-hop-2019.xlsx'),
      [
        ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Ngày chết', 'Ghi chú'],
        ['1', '05/03/2019', 'Nguyễn Văn Tư', '', '1930', '04/03/2019', ''],
        ['2', '06/03/2019', 'Cụ bà Trần Thị Mơ', '', '1931', '05/03/2019', ''],
        ['3', '07/03/2019', 'Đỗ Thị Lý', 'Nữ', '1940', '06/03/2019', ''],
      ],
      { districtCode: '249' },
    );
    noColumn = await readBook(
      join(folder, 'kt-son-loi-2019.xlsx'),
      [
        ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Ngày chết'],
        ['1', '05/03/2019', 'Nguyễn Văn Tư', '1930', '04/03/2019'],
      ],
      { districtCode: '249' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("warns on a child's sex left blank or dashed, loading the entry", () => {
    expect(warningsOf(births, 3)).toEqual(['SEX_MISSING@child.sex']);
    expect(warningsOf(births, 4)).toEqual(['SEX_MISSING@child.sex']);
    expect(births.clean.get(3)?.child.sex).toBeNull();
  });

  it('says nothing of a filled sex, and one warning only for a sex written as not known', () => {
    expect(warningsOf(births, 2)).toEqual([]);
    expect(warningsOf(births, 5)).toEqual(['SEX_NOT_KNOWN@child.sex']);
  });

  it("warns on a deceased's blank sex unless the title states it", () => {
    expect(warningsOf(deaths, 2)).toEqual(['SEX_MISSING@deceased.sex']);
    expect(warningsOf(deaths, 3)).toEqual([]);
    expect(deaths.clean.get(3)?.deceased.sex).toBe('female');
    expect(warningsOf(deaths, 4)).toEqual([]);
  });

  it("tells the sex the 12-digit ID's 4th digit shows, and never fills the sex from it", () => {
    const message = (row: number): string => (withIds.clean.get(row)?.warnings ?? []).find((w: { code: string }) => w.code === 'SEX_MISSING')?.message ?? '';
    expect(message(2)).toBe('Ô giới tính để trống (chữ số thứ 4 của số định danh ứng với giới tính nam): giới tính là thông tin hộ tịch cơ bản phải ghi trong sổ.');
    expect(message(3)).toContain('(chữ số thứ 4 của số định danh ứng với giới tính nữ)');
    expect(withIds.clean.get(2)?.child.sex).toBeNull();
    expect(withIds.clean.get(3)?.child.sex).toBeNull();
    // A CMND (here a child's, warned on its own) shows no sex: the message as without an ID.
    expect(message(4)).toBe('Ô giới tính để trống: giới tính là thông tin hộ tịch cơ bản phải ghi trong sổ.');
  });

  it('says nothing in a book without a sex column', () => {
    expect(warningsOf(noColumn, 2)).toEqual([]);
  });
});
