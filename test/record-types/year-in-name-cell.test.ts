/**
 * A birth year typed after the name in the person's own name cell ('Nguyễn Thị Hoa 1985', 'Trần Văn Nam
 * (1980)', 'Lê Thị Thu, SN 1990'), the book having no 'Họ tên, năm sinh' column: the name is read without
 * it, and the year is the person's where their own year column is empty: nothing is lost, so the split is a
 * note (NAME_BIRTH_YEAR_SPLIT), not a warning an officer must check on every such row; beside a filled year
 * column the typed year is dropped and NAME_REMARK_REMOVED quotes it. Before: a year after a space rejected the entry (NAME_INVALID_CHARACTERS), and one in brackets
 * or after a comma was dropped into the warning while the year column stayed empty.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-year-in-name-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha'];
const row = (n: number, mother: string, motherYear: string | null, father: string, fatherYear: string | null) => [
  n, `0${n}/03/2018`, `Kiều Văn Lâm`, `0${n}/01/2018`, 'Nam', 'Kinh', mother, motherYear, father, fatherYear,
];

let book: BookRead;
beforeAll(async () => {
  book = await readBook(join(folder, 'KS_ThienKe_2018.xlsx'), [
    ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2018'],
    HEADER,
    row(1, 'Nguyễn Thị Hoa 1985', null, 'Đỗ Văn Hưng 1975', null),
    row(2, 'Bùi Thị Nhung (SN: 1988)', null, 'Trần Văn Nam (1980)', null),
    row(3, 'Vũ Thị Hằng, sinh năm 1992', null, 'Hoàng Văn Sơn, 1983', '1983'),
    row(4, 'Lê Thị Thu - 1990', '1991', 'Phạm Văn Đông', '1978'),
    row(5, 'Nguyễn Thị Lan 2', '1990', 'Phạm Văn Tú', '1988'),
    row(6, 'Ngô Thị Lý', '1990', 'Lưu Văn Sinh 1975 tại Hà Nội', null),
  ], { districtCode: '249' });
});

const parent = (sheetRow: number, role: 'mother' | 'father') => {
  const record = book.clean.get(sheetRow);
  if (record === undefined) return undefined;
  const remark = record.warnings.find((w: { code: string; field: string }) => w.field === `${role}.fullName`);
  const note = record.notes.find((n: { code: string; field: string }) => n.field === `${role}.fullName`);
  return { fullName: record[role].fullName, birthYear: record[role].birthYear, warning: remark?.code ?? null, note: note?.code ?? null };
};

describe("a year typed after a parent's name", () => {
  it.each([
    [3, 'mother', 'Nguyễn Thị Hoa', '1985'],
    [3, 'father', 'Đỗ Văn Hưng', '1975'],
    [4, 'mother', 'Bùi Thị Nhung', '1988'],
    [4, 'father', 'Trần Văn Nam', '1980'],
    [5, 'mother', 'Vũ Thị Hằng', '1992'],
  ] as const)('row %i %s: %s, the year %s filling the empty year column, noted and not warned of', (sheetRow, role, fullName, birthYear) => {
    expect(parent(sheetRow, role)).toEqual({ fullName, birthYear, warning: null, note: 'NAME_BIRTH_YEAR_SPLIT' });
  });

  it("leaves a filled year column's value, the name's year quoted in the warning", () => {
    expect(parent(5, 'father')).toEqual({ fullName: 'Hoàng Văn Sơn', birthYear: '1983', warning: 'NAME_REMARK_REMOVED', note: null });
    expect(parent(6, 'mother')).toEqual({ fullName: 'Lê Thị Thu', birthYear: '1991', warning: 'NAME_REMARK_REMOVED', note: null });
    const record = book.clean.get(6)!;
    expect(record.warnings.find((w: { field: string }) => w.field === 'mother.fullName').message).toContain('"1990"');
  });

  it('reads no year from a figure that is no year, nor from words after the year: the name is still an error', () => {
    expect(book.rejected.get(7)).toEqual([{ code: 'NAME_INVALID_CHARACTERS', field: 'mother.fullName' }]);
    expect(book.rejected.get(8)).toEqual([{ code: 'NAME_INVALID_CHARACTERS', field: 'father.fullName' }]);
  });
});

/**
 * In a death book the figures after a name are not always a birth year: a lifespan ('(1924-2022)') or the death's
 * own year ('(2022)' in a 2022 book) stays a remark, the birth date empty, as before; 'SN 1940' names the birth.
 */
describe("figures typed after a deceased's name", () => {
  let deaths: BookRead;
  beforeAll(async () => {
    const death = (n: number, name: string) => [n, `0${n}/06/2022`, name, 'Nam', null, `0${n}/06/2022`, 'Tại nhà', 'Già yếu'];
    deaths = await readBook(join(folder, 'KT_TamHop_2022.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2022'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết', 'Nơi chết', 'Nguyên nhân'],
      death(1, 'Lê Văn Tý (1924-2022)'),
      death(2, 'Lê Văn Ngọ (2022)'),
      death(3, 'Lê Văn Dần (SN 1940)'),
      death(4, 'Lê Văn Mão (1938)'),
    ], { districtCode: '249' });
  });
  const deceased = (sheetRow: number) => {
    const record = deaths.clean.get(sheetRow);
    return record === undefined ? deaths.rejected.get(sheetRow) : { fullName: record.deceased.fullName, birthDate: record.deceased.birthDate };
  };

  const codesOf = (sheetRow: number) => {
    const record = deaths.clean.get(sheetRow)!;
    const own = (list: { code: string; field: string }[]) => list.filter((f) => f.field === 'deceased.fullName').map((f) => f.code);
    return { warnings: own(record.warnings), notes: own(record.notes) };
  };

  it('keeps a lifespan and a year that is not before the registration as remarks, the birth date empty', () => {
    expect(deceased(3)).toEqual({ fullName: 'Lê Văn Tý', birthDate: null });
    expect(deceased(4)).toEqual({ fullName: 'Lê Văn Ngọ', birthDate: null });
    // Nothing was read from them: the officer is shown what was cut off.
    expect(codesOf(3)).toEqual({ warnings: ['NAME_REMARK_REMOVED'], notes: [] });
    expect(codesOf(4)).toEqual({ warnings: ['NAME_REMARK_REMOVED'], notes: [] });
  });

  it('notes the birth year split into the blank birth date, without a warning', () => {
    expect(codesOf(5)).toEqual({ warnings: [], notes: ['NAME_BIRTH_YEAR_SPLIT'] });
    expect(codesOf(6)).toEqual({ warnings: [], notes: ['NAME_BIRTH_YEAR_SPLIT'] });
  });

  it("reads a year named as the birth's ('SN'), and a bare year long before the registration, as the birth year", () => {
    expect(deceased(5)).toEqual({ fullName: 'Lê Văn Dần', birthDate: '1940' });
    expect(deceased(6)).toEqual({ fullName: 'Lê Văn Mão', birthDate: '1938' });
  });
});

/**
 * A book with no parent year column at all (the 1990s-2010s commune layouts 'Họ tên mẹ' | 'Họ tên cha'): the year the
 * clerk typed after the name is the parent's birth year, noted; the row carries no warning.
 */
describe('a parent year typed in a book without year columns', () => {
  let book2: BookRead;
  beforeAll(async () => {
    book2 = await readBook(join(folder, 'KS_DongThinh_2010.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2010'],
      ['Số', 'Họ', 'Chữ đệm', 'Tên', 'Giới tính', 'Ngày sinh', 'Ngày đăng ký', 'Họ tên mẹ', 'Họ tên cha', 'Ghi chú'],
      [1, 'Vũ', 'Thị', 'Ngọc', 'Nữ', '02/01/2010', '10/01/2010', 'Hoàng Thị Lan - 1979', 'Vũ Đức Lực, SN 1976', null],
      [2, 'Lưu', 'Văn', 'Nam', 'Nam', '05/01/2010', '12/01/2010', 'Phạm Thị Huyền', 'Lưu Hữu Quang (1974)', null],
    ], { districtCode: '253' });
  });

  it.each([
    [3, 'mother', 'Hoàng Thị Lan', '1979'],
    [3, 'father', 'Vũ Đức Lực', '1976'],
    [4, 'father', 'Lưu Hữu Quang', '1974'],
  ] as const)('row %i %s: %s born %s, a note and no warning', (sheetRow, role, fullName, birthYear) => {
    const record = book2.clean.get(sheetRow)!;
    expect({ fullName: record[role].fullName, birthYear: record[role].birthYear }).toEqual({ fullName, birthYear });
    expect(record.warnings).toEqual([]);
    expect(record.notes.filter((n: { field: string }) => n.field === `${role}.fullName`).map((n: { code: string; to: string }) => [n.code, n.to])).toEqual([['NAME_BIRTH_YEAR_SPLIT', fullName]]);
  });
});

/**
 * The child's own birth year typed again after its name ('Kiều Văn Lâm 2018', born 05/01/2018): a bare year of the
 * registration's own year names no event by itself, but it is the year of the birth date typed beside it. Before, the
 * entry was rejected for the figure (NAME_INVALID_CHARACTERS); a year that is not the birth date's still is.
 */
describe("the child's birth year typed after its name", () => {
  let book3: BookRead;
  beforeAll(async () => {
    book3 = await readBook(join(folder, 'KS_ThienKe_2018_b.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2018'],
      HEADER,
      [1, '10/01/2018', 'Kiều Văn Lâm 2018', '05/01/2018', 'Nam', 'Kinh', 'Đỗ Thị Hà', '1990', 'Kiều Văn Hải', '1988'],
      [2, '11/01/2018', 'Kiều Thị Mai 2017', '06/01/2018', 'Nữ', 'Kinh', 'Lê Thị Nga', '1991', 'Kiều Văn Tú', '1989'],
    ], { districtCode: '249' });
  });

  it('reads the name without it, the year quoted in the warning', () => {
    const record = book3.clean.get(3)!;
    expect(record.child.fullName).toBe('Kiều Văn Lâm');
    expect(record.warnings.map((w: { code: string; field: string }) => [w.code, w.field])).toEqual([['NAME_REMARK_REMOVED', 'child.fullName']]);
  });

  it("leaves a year that is not the birth date's an error in the name", () => {
    expect(book3.rejected.get(4)).toEqual([{ code: 'NAME_INVALID_CHARACTERS', field: 'child.fullName' }]);
  });
});
