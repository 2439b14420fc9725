/**
 * A cell under 'Họ tên, ngày sinh' (1990s birth books, old death books' 'Họ tên, năm sinh người chết') split
 * into the name and the birth date, each then read as its own column would be. Known limit until session 11:
 * the sheet had no header (SHEET_NO_HEADER) and its entries were lost; with a headerAliases workaround
 * the date was cut off the name as a remark and thrown away.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitNameWithBirthDate } from '../../src/normalize/name/name-with-birth-date.js';

describe('splitNameWithBirthDate', () => {
  it.each([
    ['Dương Văn Thành, sinh 15/3/1998', 'Dương Văn Thành', 'sinh 15/3/1998'],
    ['Lưu Thị Hoa; 05/03/1998', 'Lưu Thị Hoa', '05/03/1998'],
    ['Đặng Minh Nam - 14/1/1998', 'Đặng Minh Nam', '14/1/1998'],
    ['Đặng Minh Nam-14-1-1998', 'Đặng Minh Nam', '14-1-1998'],
    ['Nguyễn Thị Lan sinh ngày 2 tháng 9 năm 1945', 'Nguyễn Thị Lan', 'sinh ngày 2 tháng 9 năm 1945'],
    ['Nguyễn Văn Tâm sinh năm 1931', 'Nguyễn Văn Tâm', 'sinh năm 1931'],
    ['Lê Thị Hoa SN 1935', 'Lê Thị Hoa', 'SN 1935'],
    ['Lê Thị Hoa, NS: 12/5/1935', 'Lê Thị Hoa', 'NS: 12/5/1935'],
    ['Trần Văn Hùng 1940', 'Trần Văn Hùng', '1940'],
    ['Trần Văn Hùng (12/5/1940)', 'Trần Văn Hùng', '12/5/1940'],
    ['Ngô Văn Tâm; Canh Tý', 'Ngô Văn Tâm', 'Canh Tý'],
    ['Phạm Thị Mai, sinh năm Canh Tý', 'Phạm Thị Mai', 'sinh năm Canh Tý'],
    ['Hoàng Văn Long, khoảng năm 1940', 'Hoàng Văn Long', 'khoảng năm 1940'],
    ['DƯƠNG VĂN THÀNH SINH 15/3/1998', 'DƯƠNG VĂN THÀNH', 'SINH 15/3/1998'],
  ])("'%s' → name '%s', date '%s'", (cell, name, birthDate) => {
    expect(splitNameWithBirthDate(cell)).toEqual({ name, birthDate });
  });

  it.each([
    // 'Sinh', 'Năm' are given names: only a date marker or a figure ends the name.
    ['Nguyễn Văn Sinh, sinh 3/2/1990', 'Nguyễn Văn Sinh', 'sinh 3/2/1990'],
    ['Nguyễn Văn Sinh 1990', 'Nguyễn Văn Sinh', '1990'],
    ['Nguyễn Văn Năm 1990', 'Nguyễn Văn Năm', '1990'],
    ['Lê Văn Năm sinh năm 1952', 'Lê Văn Năm', 'sinh năm 1952'],
  ])("'%s' keeps the given name: '%s' | '%s'", (cell, name, birthDate) => {
    expect(splitNameWithBirthDate(cell)).toEqual({ name, birthDate });
  });

  it.each(['Dương Văn Thành', 'Nguyễn Thị Sinh', 'Marie-Claire Dupont', 'Tôn Nữ Minh Châu'])("'%s' is a name alone: no birth date", (cell) => {
    expect(splitNameWithBirthDate(cell)).toEqual({ name: cell, birthDate: null });
  });

  it('gives no name when the cell opens with the date', () => {
    expect(splitNameWithBirthDate('15/3/1998')).toEqual({ name: '', birthDate: '15/3/1998' });
  });

  it('never throws, and the name part holds no figure', () => {
    const piece = fc.constantFrom('Nguyễn', 'Văn', 'Sinh', 'sinh', 'Năm', 'năm', 'ngày', 'SN', ',', ';', ' - ', '-', '(', ')', '15/3/1998', '1940', '\n', ' ');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(' ')), fc.string({ maxLength: 30 })), (text) => {
        const { name, birthDate } = splitNameWithBirthDate(text);
        expect(/\d/.test(name)).toBe(false);
        expect(birthDate === null || birthDate.trim() !== '').toBe(true);
      }),
    );
  });
});

describe('a remark in brackets stays with the name', () => {
  it.each([
    ['Nguyễn Văn An (tức Tèo), sinh 1990', 'Nguyễn Văn An (tức Tèo)', 'sinh 1990'],
    ['Nguyễn Văn An (tức Tèo) 1990', 'Nguyễn Văn An (tức Tèo)', '1990'],
  ])("'%s' → '%s' | '%s'", (cell, name, birthDate) => {
    expect(splitNameWithBirthDate(cell)).toEqual({ name, birthDate });
  });

  it("'Nguyễn Văn An (tức Tèo)' has no birth date", () => {
    expect(splitNameWithBirthDate('Nguyễn Văn An (tức Tèo)')).toEqual({ name: 'Nguyễn Văn An (tức Tèo)', birthDate: null });
  });
});
