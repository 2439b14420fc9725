/**
 * Values of historical books (1960s–1990s) that were rejected or lost:
 * the Democratic Republic's name as a nationality, years named in the sexagenary cycle, a fallen
 * soldier's 'hy sinh' date and 'L/S' title, the sex a death book states only by the title before the
 * name, and a personal ID written later in the remarks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead as Read, type Cell } from './read-book.js';

const codes = (record: Record<string, any> | undefined, kind: 'notes' | 'warnings', field: string): string[] =>
  (record?.[kind] ?? []).filter((finding: { field: string }) => finding.field === field).map((finding: { code: string }) => finding.code);

const RESIDENCE = 'xã Đại Đồng, huyện Vĩnh Lạc, tỉnh Vĩnh Phú';

describe('historical books: values', () => {
  let folder: string;
  let noSexColumn: Read;
  let deaths: Read;
  let births: Read;
  let marriages: Read;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-historical-values-'));
    // A 1985 death book of xã Đại Đồng with no sex column: the title before the name is the only statement of it.
    noSexColumn = await readBook(join(folder, 'kt-1985.xlsx'), [
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Ngày chết', 'Nơi thường trú'],
      ['1', '10-1-85', 'Cụ bà Lê Thị Mơ', '1910', '5-1-85', RESIDENCE],
      ['2', '11-1-85', 'Cụ ông Nguyễn Văn Tý', '1905', '6-1-85', RESIDENCE],
      ['3', '12-1-85', 'Bà Nguyễn Thị Gái', '1912', '7-1-85', RESIDENCE],
      ['4', '13-1-85', 'Ông Trần Văn Hợi', '1915', '8-1-85', RESIDENCE],
      ['5', '14-1-85', 'Cụ Đỗ Thị Tẹo', '1900', '9-1-85', RESIDENCE],
      ['6', '15-1-85', 'Lê Văn Bình', '1920', '10-1-85', RESIDENCE],
    ]);
    deaths = await readBook(join(folder, 'kt.xlsx'), [
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Quốc tịch', 'Ngày chết', 'Ghi chú'],
      // 2–3: the sex column's value stands; an empty cell takes the title's.
      ['1', '20-3-85', 'Bà Nguyễn Văn Tư', 'Nam', '1920', 'Việt Nam', '1-3-85', null],
      ['2', '20-3-85', 'Bà Lê Thị Hoa', null, '1921', 'Việt Nam', '2-3-85', null],
      // 4–7: years named in the cycle, fixed by the registration date and, for the birth, the death date.
      ['3', '20-3-85', 'Phạm Văn Ba', 'Nam', '1922', 'Việt Nam', 'ngày 15 tháng 1 năm Ất Sửu', null],
      ['4', '20-3-85', 'Đỗ Văn Tư', 'Nam', 'Canh Tý', 'Việt Nam', '3-2-85', null],
      ['5', '10-3-2016', 'Vũ Văn Năm', 'Nam', 'Canh Tý', 'Việt Nam', '5-3-1958', 'Khai tử cho người chết đã lâu'],
      ['6', '10-3-2016', 'Hoàng Văn Sáu', 'Nam', '12/6/10', 'Việt Nam', '5-3-1958', 'Khai tử cho người chết đã lâu'],
      // 8–9: a fallen soldier; Vietnam's name until 1976.
      ['7', '10-1-76', 'L/S Hoàng Văn Khánh', 'Nam', '1950', 'Việt Nam Dân chủ Cộng hòa', 'hy sinh ngày 3-4-75', null],
      ['8', '10-1-76', 'Liệt sĩ Trần Văn Lực', 'Nam', '1951', 'VNDCCH', 'Hy sinh 3/4/1975', null],
      // 10–11: the deceased's ID written in the remarks (digit 4 = 0: a man born 1900–1999).
      ['9', '10-3-2016', 'Lê Văn Chín', 'Nam', '1940', 'Việt Nam', '5-3-2016', 'Số định danh cá nhân: 026040001234'],
      ['10', '10-3-2016', 'Lê Thị Mười', 'Nữ', '1942', 'Việt Nam', '6-3-2016', 'CCCD số 026042001234'],
      // 12: the remark gives the declarant's number, not the deceased's.
      ['11', '10-3-2016', 'Lê Văn Một', 'Nam', '1944', 'Việt Nam', '7-3-2016', 'CCCD người đi khai: 026070001234'],
    ]);
    births = await readBook(join(folder, 'ks-1976.xlsx'), [
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ tên cha', 'Năm sinh', 'Họ tên mẹ', 'Năm sinh', 'Ghi chú'],
      ['1', '20-8-76', 'Lê Thị Thủy', 'Nữ', '12-8-76', 'Lê Văn Sửu', '1949', 'Đỗ Thị Tý', '1952', 'Số định danh cá nhân: 026076001234'],
      ['2', '21-8-76', 'Lê Văn Hải', 'Nam', '14-8-76', 'Lê Văn Tư', '1948', 'Đỗ Thị Mận', '1950', 'CCCD 026076005678'],
      ['3', '22-8-76', 'Lê Văn Hà', 'Nam', '15-8-76', 'Lê Văn Năm', '1947', 'Đỗ Thị Mai', '1952', 'ĐDCN của mẹ: 026152001234'],
      ['4', '23-8-76', 'Lê Văn Hòa', 'Nam', '16-8-76', 'Lê Văn Sáu', '1946', 'Đỗ Thị Đào', '1951', 'Số ĐDCN 026076005679, 026076005680'],
    ]);
    marriages = await readBook(join(folder, 'kh-1982.xlsx'), [
      ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ', 'Ghi chú'],
      ['1', '5-2-82', 'Nguyễn Văn An', '1960', 'Trần Thị Bình', '1962', 'Số định danh của vợ: 026162001234'],
      ['2', '6-2-82', 'Nguyễn Văn Cường', '1959', 'Trần Thị Dung', '1961', 'Số định danh cá nhân: 026059001234'],
    ]);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('a death book without a sex column takes the sex from the title removed from the name, with a note', () => {
    const sexes = [2, 3, 4, 5].map((row) => noSexColumn.clean.get(row)?.deceased.sex);
    expect(sexes).toEqual(['female', 'male', 'female', 'male']);
    for (const row of [2, 3, 4, 5]) {
      expect(codes(noSexColumn.clean.get(row), 'notes', 'deceased.sex')).toEqual(['SEX_FROM_TITLE']);
      expect(noSexColumn.clean.get(row)?.warnings).toEqual([]);
    }
  });

  it("'Cụ' alone, or no title, states no sex", () => {
    expect(noSexColumn.clean.get(6)?.deceased.sex).toBeNull();
    expect(noSexColumn.clean.get(7)?.deceased.sex).toBeNull();
    expect(codes(noSexColumn.clean.get(6), 'notes', 'deceased.sex')).toEqual([]);
  });

  it("never overrides a sex column's value; an empty cell takes the title's", () => {
    expect(deaths.clean.get(2)?.deceased.sex).toBe('male');
    expect(codes(deaths.clean.get(2), 'notes', 'deceased.sex')).toEqual([]);
    expect(deaths.clean.get(3)?.deceased.sex).toBe('female');
    expect(codes(deaths.clean.get(3), 'notes', 'deceased.sex')).toEqual(['SEX_FROM_TITLE']);
  });

  it('reads a lunar death date whose year is named in the cycle, against the registration date', () => {
    expect(deaths.rejected.get(4)).toBeUndefined();
    expect(deaths.clean.get(4)?.deathDate).toBe('1985-02-04');
    expect(codes(deaths.clean.get(4), 'notes', 'deathDate')).toEqual(['DATE_LUNAR_CONVERTED']);
  });

  it("reads the deceased's birth year 'Canh Tý' as the latest not after the registration, nor after the death", () => {
    expect(deaths.clean.get(5)?.deceased.birthDate).toBe('1960');
    // Nothing in the row tells 1960 (25 at death) from 1900 (85): the officer is asked.
    expect(codes(deaths.clean.get(5), 'warnings', 'deceased.birthDate')).toEqual(['DATE_LUNAR', 'DATE_CYCLE_YEAR_DOUBTFUL']);
    // Died in 1958, registered in 2016: Canh Tý 1960 is after the death, 1900 is not.
    expect(deaths.rejected.get(6)).toBeUndefined();
    expect(deaths.clean.get(6)?.deceased.birthDate).toBe('1900');
  });

  it("a two-digit birth year of a death registered long after is not after the death either ('12/6/10', died 1958: 1910)", () => {
    expect(deaths.rejected.get(7)).toBeUndefined();
    expect(deaths.clean.get(7)?.deceased.birthDate).toBe('1910-06-12');
  });

  it("reads 'hy sinh ngày …' as a death date, strips 'L/S', and takes Việt Nam Dân chủ Cộng hòa as VN, without a warning", () => {
    for (const row of [8, 9]) {
      const record = deaths.clean.get(row);
      expect(deaths.rejected.get(row)).toBeUndefined();
      expect(record?.deathDate).toBe('1975-04-03');
      expect(record?.deceased.nationality).toBe('VN');
      expect(record?.warnings).toEqual([]);
    }
    expect(deaths.clean.get(8)?.deceased.fullName).toBe('Hoàng Văn Khánh');
  });

  it("takes the deceased's ID from the remarks, with a note, and checks it as any ID", () => {
    const record = deaths.clean.get(10);
    expect(record?.deceased.personalId).toBe('026040001234');
    expect(codes(record, 'notes', 'deceased.personalId')).toEqual(['ID_FROM_REMARKS']);
    // A woman's ID with digit 4 = 0 (a man's): rejected as the same ID in the ID column would be.
    expect(deaths.rejected.get(11)).toEqual([{ code: 'ID_SEX_CENTURY_MISMATCH', field: 'deceased.personalId' }]);
    // The declarant's number is no one's the record holds.
    expect(deaths.clean.get(12)?.deceased.personalId).toBeNull();
  });

  it("a birth: the child's ID unless the remark names a parent; checked against the child's sex", () => {
    expect(births.rejected.get(2)).toEqual([{ code: 'ID_SEX_CENTURY_MISMATCH', field: 'child.personalId' }]);
    const boy = births.clean.get(3);
    expect(boy?.child.personalId).toBe('026076005678');
    expect(codes(boy, 'notes', 'child.personalId')).toEqual(['ID_FROM_REMARKS']);
    const mothers = births.clean.get(4);
    expect(mothers?.child.personalId).toBeNull();
    expect(mothers?.mother.personalId).toBe('026152001234');
    expect(mothers?.father.personalId).toBeNull();
    // Two numbers: whose is which is not said.
    expect(births.clean.get(5)?.child.personalId).toBeNull();
  });

  it("a marriage: only the spouse the remark names ('vợ', 'chồng')", () => {
    expect(marriages.clean.get(2)?.wife.personalId).toBe('026162001234');
    expect(marriages.clean.get(2)?.husband.personalId).toBeNull();
    expect(marriages.clean.get(3)?.husband.personalId).toBeNull();
    expect(marriages.clean.get(3)?.wife.personalId).toBeNull();
  });
});
