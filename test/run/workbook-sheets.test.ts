import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { severityOf } from '../../src/catalog/catalog.js';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister, type RegisterEvent } from '../../src/run/read-register.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// The sheets a commune's workbook holds besides a register's: a book typed on over a second
// sheet without its header, counts kept beside the book, lists and instructions.
type Cell = string | number | null;

async function workbook(name: string, sheets: Record<string, Cell[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-sheets-')), name);
  await book.xlsx.writeFile(path);
  return path;
}

const BIRTH_HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Ghi chú'];
const birth = (number: number, name: string, sex = 'Nam'): Cell[] => [number, `${String(number).padStart(2, '0')}/03/2010`, name, sex, '01/03/2010', 'Kinh', 'Lê Thị Hà', 1985, 'Nguyễn Văn Đông', 1982, null];
const birthBook = [['SỔ ĐĂNG KÝ KHAI SINH NĂM 2010'], ['Quyển số: 01/2010'], BIRTH_HEADER, birth(1, 'Trần Văn An'), birth(2, 'Trần Thị Bình', 'Nữ')];

const DEATH_HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày sinh', 'Giới tính', 'Nơi thường trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Ghi chú'];
const death = (number: number, registered: string, name: string, born: string, sex: string, died: string): Cell[] => [number, registered, name, born, sex, 'Thôn Phú Trì, xã Sơn Lôi', died, 'Tại nhà', 'Già yếu', null];
const deathBook = [
  ['UBND XÃ SƠN LÔI'],
  ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2005'],
  DEATH_HEADER,
  death(1, '10/01/2005', 'Nguyễn Văn Tý', '1920', 'Nam', '08/01/2005'),
  death(2, '15/01/2005', 'Trần Thị Mơ', '1925', 'Nữ', '12/01/2005'),
];
const counts = [['TỔNG HỢP SỐ LIỆU ĐĂNG KÝ KHAI TỬ'], ['Năm', 'Số trường hợp', 'Nam', 'Nữ', 'Ghi chú'], [2005, 5, 3, 2], [2006, 4, 2, 2], ['Cộng', 9, 5, 4]];

interface Problem {
  code: string;
  sheet: string | null;
  message: string;
  type: RecordTypeName | null;
}
const problemsOf = (out: string, code: string): Problem[] => (readJson(join(out, 'summary.json')).problems as Problem[]).filter((problem) => problem.code === code);

async function events(path: string, types?: readonly RecordTypeName[]): Promise<RegisterEvent[]> {
  const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
  const options = { provinceCode: '26', districtCode: '249', file: path.split('/').pop()!, options: DEFAULT_NORMALIZE_OPTIONS, indexes, ...(types && { types }) };
  const seen: RegisterEvent[] = [];
  for await (const event of readRegister(path, options)) seen.push(event);
  return seen;
}

describe('a book typed on over sheets without its header', () => {
  it("reads 'Trang 2' and 'Trang 3' with the header and book number of the sheet before, and says so once per sheet", async () => {
    const path = await workbook('so-khai-sinh-2010.xlsx', {
      'Trang 1': birthBook,
      'Trang 2': [birth(3, 'Trần Văn Cường'), birth(4, 'Trần Văn Dũng'), birth(5, 'Trần Văn Giang')],
      'Trang 3': [['Trang 3'], birth(6, 'Trần Thị Hoa', 'Nữ'), [], [null, 'Người ghi sổ', null, null, null, null, null, 'Chủ tịch UBND xã']],
    });
    const { out, result } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(result.exitCode).toBe(0);
    const { counts: batch } = readJson(join(out, '249/birth/manifest.json'));
    expect(batch).toMatchObject({ rowsRead: 6, clean: 6, rejected: 0 });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => [(record.provenance as { sheet: string }).sheet, (record.provenance as { row: number }).row, (record.registration as { book: string }).book, (record.child as { fullName: string }).fullName])).toEqual([
      ['Trang 1', 4, '01/2010', 'Trần Văn An'],
      ['Trang 1', 5, '01/2010', 'Trần Thị Bình'],
      ['Trang 2', 1, '01/2010', 'Trần Văn Cường'],
      ['Trang 2', 2, '01/2010', 'Trần Văn Dũng'],
      ['Trang 2', 3, '01/2010', 'Trần Văn Giang'],
      ['Trang 3', 2, '01/2010', 'Trần Thị Hoa'],
    ]);
    // The sheet is reported, not each entry: the entries are clean.
    expect(clean.flatMap((record) => record.warnings as unknown[])).toEqual([]);
    expect(problemsOf(out, 'SHEET_HEADER_FROM_PREVIOUS').map(({ sheet, type, message }) => [sheet, type, message.includes('"Trang 1"') ? 'Trang 1' : message.includes('"Trang 2"') ? 'Trang 2' : message])).toEqual([
      ['Trang 2', 'birth', 'Trang 1'],
      ['Trang 3', 'birth', 'Trang 2'],
    ]);
    expect(problemsOf(out, 'SHEET_NO_HEADER')).toEqual([]);
  });

  it("gives a sheet named for another year (one sheet per year, only the first with its header) that year, not the book of the sheet before", async () => {
    const year = (y: number) => (number: number, name: string, sex = 'Nam'): Cell[] => {
      const row = birth(number, name, sex);
      row[1] = `${String(number).padStart(2, '0')}/03/${y}`;
      row[4] = `01/03/${y}`;
      return row;
    };
    const path = await workbook('KS_SonLoi_2010-2012.xlsx', {
      '2010': [['UBND XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/2010'], BIRTH_HEADER, year(2010)(1, 'Trần Văn An'), year(2010)(2, 'Trần Thị Bình', 'Nữ')],
      // The next year's sheet copied without the header, nor any title.
      'Năm 2011': [year(2011)(1, 'Trần Văn Cường'), year(2011)(2, 'Trần Văn Dũng'), year(2011)(3, 'Trần Văn Giang')],
      // A second page of the same year's book keeps its book.
      '2011 (2)': [year(2011)(4, 'Trần Thị Hoa', 'Nữ')],
      // A page without a year in its name keeps the book before, as 'Trang 2' does.
      'Trang 2': [year(2011)(5, 'Trần Văn Khải')],
    });
    const { out, result } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(result.exitCode).toBe(0);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => [(record.provenance as { sheet: string }).sheet, (record.registration as { book: string | null }).book, (record.registration as { communeCode: string }).communeCode])).toEqual([
      ['2010', '01/2010', '08959'],
      ['2010', '01/2010', '08959'],
      ['Năm 2011', null, '08959'],
      ['Năm 2011', null, '08959'],
      ['Năm 2011', null, '08959'],
      ['2011 (2)', null, '08959'],
      ['Trang 2', null, '08959'],
    ]);
    // Neither 'the 2011 dates are not the 2010 book's' nor 'number 1 of 2010 used twice' on any entry.
    expect(clean.flatMap((record) => (record.warnings as { code: string }[]).map((warning) => warning.code))).toEqual([]);
  });

  it("gives the entries under a 'Năm 1999' heading, in a sheet of several years under one header, that year and no book number of another", async () => {
    const year = (y: number) => (number: number, name: string, sex = 'Nam'): Cell[] => {
      const row = birth(number, name, sex);
      row[1] = `${String(number).padStart(2, '0')}/03/${y}`;
      row[4] = `01/03/${y}`;
      // Parents of their age in 2010's entries, not a mother of 13 in 1998 (PARENT_AGE_IMPLAUSIBLE).
      row[7] = y - 25;
      row[9] = y - 28;
      return row;
    };
    const path = await workbook('KS_SonLoi_1998-2000.xlsx', {
      KS: [
        ['UBND XÃ SƠN LÔI'],
        ['Quyển số: 01/1998'],
        BIRTH_HEADER,
        year(1998)(1, 'Trần Văn An'),
        year(1998)(2, 'Trần Thị Bình', 'Nữ'),
        [null, null, 'Năm 1999'],
        year(1999)(1, 'Trần Văn Cường'),
        year(1999)(2, 'Trần Văn Dũng'),
        ['NĂM: 2000'],
        year(2000)(1, 'Trần Thị Hoa', 'Nữ'),
        // A year in a line of words is no heading: 'Năm 2000 có 1 trường hợp' stays a footer's words.
        [null, null, 'Năm 2000 có 1 trường hợp'],
      ],
    });
    const { out, result } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(result.exitCode).toBe(0);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => [(record.provenance as { row: number }).row, (record.registration as { book: string | null }).book, (record.registration as { number: string }).number])).toEqual([
      [4, '01/1998', '1'],
      [5, '01/1998', '2'],
      [7, null, '1'],
      [8, null, '2'],
      [10, null, '1'],
    ]);
    expect(clean.flatMap((record) => (record.warnings as { code: string }[]).map((warning) => warning.code))).toEqual([]);
    expect(readJson(join(out, '249/birth/manifest.json')).counts).toMatchObject({ rowsRead: 5, clean: 5, rejected: 0 });
  });

  it("takes the commune and book number of a cover sheet typed before the register's sheet", async () => {
    const cover = [['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['UỶ BAN NHÂN DÂN XÃ SƠN LÔI'], [], ['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/2010'], ['Mở sổ ngày 04 tháng 01 năm 2010']];
    const path = await workbook('so-dang-ky.xlsx', {
      'Bìa': cover,
      'Sổ': [BIRTH_HEADER, birth(1, 'Trần Văn An'), birth(2, 'Trần Thị Bình', 'Nữ')],
      // Only the sheet right after the cover is its book: a later sheet without a title names none.
      Sheet3: [BIRTH_HEADER, birth(3, 'Trần Văn Cường')],
    });
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => [(record.provenance as { sheet: string }).sheet, (record.registration as { book: string | null }).book, (record.registration as { communeCode: string | null }).communeCode])).toEqual([
      ['Sổ', '01/2010', '08959'],
      ['Sổ', '01/2010', '08959'],
      ['Sheet3', null, '08959'],
    ]);
    expect(clean.flatMap((record) => (record.warnings as { code: string }[]).map((warning) => warning.code))).toEqual([]);
    expect(problemsOf(out, 'SHEET_COMMUNE_MISSING')).toEqual([]);

    // A cover of another register, or a sheet named for another year, gives no book number.
    const other = await workbook('so-dang-ky.xlsx', {
      'Bìa': [['UỶ BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI TỬ'], ['Quyển số: 01/2010']],
      'Sổ': [BIRTH_HEADER, birth(1, 'Trần Văn An')],
    });
    const { out: otherOut } = await runInto({ type: 'birth', districts: ['249'], inputs: [other] });
    expect(readJsonl(join(otherOut, '249/birth/clean.jsonl')).map((record) => (record.registration as { book: string | null }).book)).toEqual([null]);
    const later = await workbook('so-dang-ky.xlsx', { 'Bìa': cover, '2011': [BIRTH_HEADER, birth(1, 'Trần Văn An')] });
    const { out: laterOut } = await runInto({ type: 'birth', districts: ['249'], inputs: [later] });
    expect(readJsonl(join(laterOut, '249/birth/clean.jsonl')).map((record) => (record.registration as { book: string | null }).book)).toEqual([null]);
  });

  it("gives a cover's book number to no sheet whose own title names another year or another commune (regression tester 2)", async () => {
    const cover = [['UỶ BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/2009']];
    const bookOf = async (register: Cell[][]): Promise<(string | null)[]> => {
      const path = await workbook('so-dang-ky.xlsx', { 'Bìa': cover, Sheet2: register });
      const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
      return readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => (record.registration as { book: string | null }).book);
    };
    // Last year's workbook copied on: the sheet's own title is of 2010, the cover still of 2009.
    expect(await bookOf([['SỔ ĐĂNG KÝ KHAI SINH NĂM 2010'], BIRTH_HEADER, birth(1, 'Trần Văn An')])).toEqual([null]);
    // Another commune's title under Sơn Lôi's cover.
    expect(await bookOf([['UBND XÃ THIỆN KẾ'], BIRTH_HEADER, birth(1, 'Trần Văn An')])).toEqual([null]);
    // The same commune and year as the cover's: its book.
    const same = await workbook('so-dang-ky.xlsx', { 'Bìa': [['UBND XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/2010']], Sheet2: [['UBND xã Sơn Lôi'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2010'], BIRTH_HEADER, birth(1, 'Trần Văn An')] });
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [same] });
    expect(readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => (record.registration as { book: string | null }).book)).toEqual(['01/2010']);
  });

  it("reads a page copied with only the lower row of the two-level header with the whole header of the sheet before", async () => {
    const top: Cell[] = ['Số', 'Ngày đăng ký', 'Người được khai sinh', null, null, 'Mẹ', null, 'Cha', null, 'Ghi chú'];
    const sub: Cell[] = [null, null, 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh', null];
    const entry = (number: number, name: string): Cell[] => [number, `${String(number).padStart(2, '0')}/03/2010`, name, 'Nam', '01/03/2010', `Lê Thị Hà`, 1985, 'Trần Văn Đông', 1982, null];
    const book = new ExcelJS.Workbook();
    const first = book.addWorksheet('Trang 1');
    for (const row of [['UBND XÃ SƠN LÔI'], ['Quyển số: 01/2010'], top, sub, entry(1, 'Trần Văn An'), entry(2, 'Trần Văn Bình')]) first.addRow(row);
    for (const range of ['A3:A4', 'B3:B4', 'C3:E3', 'F3:G3', 'H3:I3', 'J3:J4']) first.mergeCells(range);
    const second = book.addWorksheet('Trang 2');
    for (const row of [sub, entry(3, 'Trần Văn Cường'), entry(4, 'Trần Văn Dũng'), entry(5, 'Trần Văn Giang')]) second.addRow(row);
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-sheets-')), 'so-khai-sinh-2010.xlsx');
    await book.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(readJsonl(join(out, '249/birth/rejected.jsonl'))).toEqual([]);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => [(record.provenance as { sheet: string }).sheet, (record.registration as { date: string }).date, (record.registration as { book: string }).book, (record.mother as { fullName: string }).fullName, (record.father as { birthYear: string }).birthYear])).toEqual([
      ['Trang 1', '2010-03-01', '01/2010', 'Lê Thị Hà', '1982'],
      ['Trang 1', '2010-03-02', '01/2010', 'Lê Thị Hà', '1982'],
      ['Trang 2', '2010-03-03', '01/2010', 'Lê Thị Hà', '1982'],
      ['Trang 2', '2010-03-04', '01/2010', 'Lê Thị Hà', '1982'],
      ['Trang 2', '2010-03-05', '01/2010', 'Lê Thị Hà', '1982'],
    ]);
    expect(readJson(join(out, '249/birth/manifest.json')).counts.skippedByReason).toMatchObject({ 'repeated-header': 1 });
    expect(problemsOf(out, 'SHEET_HEADER_FROM_PREVIOUS').map(({ sheet }) => sheet)).toEqual(['Trang 2']);
    expect(problemsOf(out, 'COLUMN_UNKNOWN')).toEqual([]);
  });

  it("reads a later sheet under its own header when it names the registration's number and date, 'Ghi chú' dropped", async () => {
    const full: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Họ và tên cha', 'Ghi chú'];
    const entry = (number: number, name: string, year: number): Cell[] => [number, `${String(number).padStart(2, '0')}/03/${year}`, name, 'Nam', `01/03/${year}`, 'Lê Thị Hà', 'Trần Văn Đông'];
    const path = await workbook('so-khai-sinh.xlsx', {
      '2000': [['UBND XÃ SƠN LÔI'], ['Quyển số: 01/2000'], full, entry(1, 'Trần Văn An', 2000)],
      '2001': [['UBND XÃ SƠN LÔI'], ['Quyển số: 01/2001'], full.slice(0, -1), entry(1, 'Trần Văn Bình', 2001), entry(2, 'Trần Văn Cường', 2001)],
    });
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => (record.registration as { book: string }).book)).toEqual(['01/2000', '01/2001', '01/2001']);
    expect(problemsOf(out, 'SHEET_HEADER_FROM_PREVIOUS')).toEqual([]);
  });

  it("gives the cover's commune to a register sheet without a title whose 'Nơi đăng ký' column is left empty (regression tester 2)", async () => {
    const header = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', ...BIRTH_HEADER.slice(2)];
    const withPlace = (number: number, name: string, place: string | null): Cell[] => { const row = birth(number, name); return [row[0]!, row[1]!, place, ...row.slice(2)]; };
    const path = await workbook('so-dang-ky.xlsx', {
      'Bìa': [['UỶ BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/2010']],
      'Sổ': [header, withPlace(1, 'Trần Văn An', null), withPlace(2, 'Trần Văn Bình', 'UBND xã Thiện Kế')],
    });
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    // The entry's own cell wins over the cover.
    expect(clean.map((record) => [(record.registration as { book: string | null }).book, (record.registration as { communeCode: string | null }).communeCode])).toEqual([
      ['01/2010', '08959'],
      ['01/2010', '08947'],
    ]);
  });

  it("keeps the title's book number under 'Năm 1999' headings that group a book's entries by another year than they were registered in (regression tester 2)", async () => {
    // A re-registration book of 2019 grouping older births under their birth years.
    const reRegistered = (number: number, name: string, born: number): Cell[] => {
      const row = birth(number, name);
      row[1] = `${String(number).padStart(2, '0')}/03/2019`;
      row[4] = `01/02/${born}`;
      row[10] = 'Đăng ký lại';
      return row;
    };
    const path = await workbook('KS_SonLoi_2019.xlsx', {
      KS: [
        ['UBND XÃ SƠN LÔI'],
        ['SỔ ĐĂNG KÝ KHAI SINH (ĐĂNG KÝ LẠI)'],
        ['Quyển số: 01/2019'],
        BIRTH_HEADER,
        ['Năm 1999'],
        reRegistered(1, 'Trần Văn An', 1999),
        reRegistered(2, 'Trần Văn Bình', 1999),
        ['Năm 2000'],
        reRegistered(3, 'Trần Văn Cường', 2000),
      ],
    });
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => (record.registration as { book: string | null }).book)).toEqual(['01/2019', '01/2019', '01/2019']);
    expect(clean.flatMap((record) => (record.warnings as { code: string }[]).map((warning) => warning.code))).toEqual([]);

    // A book splitting its registration date over 'Ngày' | 'Tháng' | 'Năm': the year's column tells.
    const header = ['Số', 'Ngày đăng ký', 'Tháng đăng ký', 'Năm đăng ký', ...BIRTH_HEADER.slice(2)];
    const split = (number: number, name: string, year: number): Cell[] => { const row = birth(number, name); row[4] = `01/03/${year}`; return [row[0]!, '05', '03', String(year), ...row.slice(2)]; };
    const splitPath = await workbook('KS_SonLoi_1998-1999.xlsx', { KS: [['UBND XÃ SƠN LÔI'], ['Quyển số: 01/1998'], header, split(1, 'Trần Văn An', 1998), ['Năm 1999'], split(1, 'Trần Văn Bình', 1999)] });
    const { out: splitOut } = await runInto({ type: 'birth', districts: ['249'], inputs: [splitPath] });
    expect(readJsonl(join(splitOut, '249/birth/clean.jsonl')).map((record) => (record.registration as { book: string | null }).book)).toEqual(['01/1998', null]);
  });

  it("gives registration dates typed without their year the year of the 'Năm 2016' heading above them when nothing else names one", async () => {
    const noYear = (number: number, name: string, year: number): Cell[] => {
      const row = birth(number, name);
      row[1] = `${String(number + 10)}/03`;
      row[4] = `01/03/${year}`;
      return row;
    };
    const path = await workbook('so-dang-ky.xlsx', {
      KS: [['UBND XÃ SƠN LÔI'], BIRTH_HEADER, ['Năm 2016'], noYear(1, 'Trần Văn An', 2016), noYear(2, 'Trần Văn Bình', 2016), ['Năm 2017'], noYear(1, 'Trần Văn Cường', 2017)],
    });
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(readJson(join(out, '249/birth/manifest.json')).counts).toMatchObject({ rowsRead: 3, clean: 3, rejected: 0 });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => (record.registration as { date: string }).date)).toEqual(['2016-03-11', '2016-03-12', '2017-03-11']);
    expect(clean.map((record) => (record.warnings as { code: string }[]).map((warning) => warning.code))).toEqual([['DATE_YEAR_FROM_BOOK'], ['DATE_YEAR_FROM_BOOK'], ['DATE_YEAR_FROM_BOOK']]);

    // A title's book year stays: headings under it may group entries by another year (a re-registration book).
    const titled = await workbook('so-dang-ky.xlsx', { KS: [['UBND XÃ SƠN LÔI'], ['Quyển số: 01/2019'], BIRTH_HEADER, ['Năm 1999'], noYear(1, 'Trần Văn An', 1999)] });
    const { out: titledOut } = await runInto({ type: 'birth', districts: ['249'], inputs: [titled] });
    expect(readJsonl(join(titledOut, '249/birth/clean.jsonl')).map((record) => (record.registration as { date: string }).date)).toEqual(['2019-03-11']);

    // Re-registered entries under their birth year's heading, no title: the heading is no registration year.
    const reRegistered = (number: number, name: string): Cell[] => [...noYear(number, name, 1999).slice(0, -1), 'Đăng ký lại'];
    const untitled = await workbook('so-dang-ky.xlsx', { KS: [['UBND XÃ SƠN LÔI'], BIRTH_HEADER, ['Năm 1999'], reRegistered(1, 'Trần Văn An'), reRegistered(2, 'Trần Văn Bình')] });
    const { out: untitledOut } = await runInto({ type: 'birth', districts: ['249'], inputs: [untitled] });
    expect(readJson(join(untitledOut, '249/birth/manifest.json')).counts).toMatchObject({ rowsRead: 2, clean: 0, rejected: 2 });
    const rejected = readJsonl(join(untitledOut, '249/birth/rejected.jsonl'));
    expect(rejected.map((record) => (record.errors as { code: string }[]).map((error) => error.code))).toEqual([['DATE_YEAR_MISSING'], ['DATE_YEAR_MISSING']]);
  });

  it('skips the continuation of another register with it (--type), instead of calling it a sheet without a header', async () => {
    const path = await workbook('so-khai-sinh-2010.xlsx', { 'Trang 1': birthBook, 'Trang 2': [birth(3, 'Trần Văn Cường')] });
    const seen = await events(path, ['death']);
    expect(seen.filter((event) => event.kind === 'sheet')).toMatchObject([
      { sheet: 'Trang 1', otherRegister: true },
      { sheet: 'Trang 2', otherRegister: true, continuedFrom: 'Trang 1', header: { type: { name: 'birth' } } },
    ]);
    expect(seen.filter((event) => event.kind === 'skipped' && event.sheet === 'Trang 2').map((event) => event.kind === 'skipped' && event.reason)).toEqual(['other-register']);
  });

  it('leaves a sheet of another layout, of counts or of instructions unread, and reports each', async () => {
    const path = await workbook('so-khai-sinh-2010.xlsx', {
      'Trang 1': birthBook,
      // A death list pasted without its header: the name where the book has it, but not its kinds of values.
      'Khai tử': [[1, '10/01/2010', 'Nguyễn Văn Tý', '1935', 'Thôn Đông, xã Tam Hợp', '08/01/2010', 'Tại nhà', 'Già yếu', 'Nguyễn Văn Hải']],
      'Thống kê': [['STT', 'Tên thôn', 'Số trường hợp', 'Nam', 'Nữ'], [1, 'Thôn Ngọc Bảo', 8, 5, 3], [null, 'Tổng', 8, 5, 3]],
      'Hướng dẫn': [['1. Mỗi dòng nhập một trường hợp đăng ký khai sinh theo sổ gốc.'], ['2. Ngày tháng nhập theo dạng ngày/tháng/năm.']],
      // After a sheet that continues nothing, not even a sheet laid out as the book continues it.
      'Trang 2': [birth(3, 'Trần Văn Cường')],
    });
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(readJson(join(out, '249/birth/manifest.json')).counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(problemsOf(out, 'SHEET_NO_HEADER').map(({ sheet, message }) => [sheet, /\((\d+) dòng/.exec(message)?.[1]])).toEqual([
      ['Khai tử', '1'],
      ['Thống kê', '3'],
      ['Hướng dẫn', '2'],
      ['Trang 2', '1'],
    ]);
    expect(problemsOf(out, 'SHEET_HEADER_FROM_PREVIOUS')).toEqual([]);
  });

  it('takes no header from the sheet before when a row wider than a title stands above the entries', async () => {
    const sheetsOf = async (sheets: Record<string, Cell[][]>) =>
      (await events(await workbook('so-khai-sinh-2010.xlsx', sheets))).flatMap((event) => (event.kind === 'sheet' ? [[event.sheet, event.header?.type.name ?? null, event.continuedFrom ?? null]] : []));
    // A header hotich does not know: its columns may be in another order.
    const unknownHeader = ['Mục', 'Vào sổ', 'Trẻ', 'Phái', 'Sinh', 'Tộc', 'Mẹ', 'Mẹ sinh', 'Cha', 'Cha sinh', 'Lời ghi'];
    expect(await sheetsOf({ 'Trang 1': birthBook, 'Trang 2': [unknownHeader, birth(3, 'Trần Văn Cường')] })).toEqual([
      ['Trang 1', 'birth', null],
      ['Trang 2', null, null],
    ]);
    // The '(1) (2) (3)' row printed at the top of each page is no header: the page goes on.
    const numbering = Array.from({ length: 11 }, (_, column) => `(${column + 1})`);
    expect(await sheetsOf({ 'Trang 1': birthBook, 'Trang 2': [['Trang 2'], numbering, birth(3, 'Trần Văn Cường')] })).toEqual([
      ['Trang 1', 'birth', null],
      ['Trang 2', 'birth', 'Trang 1'],
    ]);
  });
});

describe('a sheet whose header is not found says what a register needs', () => {
  // A commune's own template: labels no register form uses, twelve entries under them.
  const ownHeader = ['Mục', 'Vào sổ', 'Trẻ', 'Phái', 'Sinh ngày', 'Tộc', 'Mẹ', 'Mẹ sinh', 'Cha', 'Cha sinh', 'Lời ghi'];
  const names = ['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường', 'Nguyễn Thị Dung', 'Hoàng Văn Giang', 'Vũ Thị Hà', 'Đỗ Văn Hùng', 'Bùi Thị Lan', 'Ngô Văn Long', 'Đặng Thị Mai', 'Dương Văn Nam', 'Lý Thị Oanh'];

  it("is an error naming the columns found and the main ones missing for a book of entries, a warning for an index sheet; the run still completes", async () => {
    const path = await workbook('so-khai-sinh-2010.xlsx', {
      'Mục lục': [['MỤC LỤC'], ['1. Sổ khai sinh năm 2010', 'trang 1'], ['2. Thống kê', 'trang 2']],
      '2010': [['SỔ ĐĂNG KÝ KHAI SINH NĂM 2010'], ownHeader, ...names.map((name, at) => birth(at + 1, name))],
    });
    const { out, result } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(result.exitCode).toBe(0);
    const [index] = problemsOf(out, 'SHEET_NO_HEADER');
    expect(index).toMatchObject({ sheet: 'Mục lục' });
    expect(index!.message).toContain('Sổ cần có các cột chính «Họ và tên của trẻ», «Ngày sinh của trẻ», «Ngày đăng ký»; trong các dòng đầu nhận ra: không cột nào;');
    const [book] = problemsOf(out, 'SHEET_ENTRIES_NO_HEADER');
    expect(book).toMatchObject({ sheet: '2010' });
    expect(book!.message).toContain('Trang tính có 12 dòng ghi như các mục của một sổ');
    expect(book!.message).toContain('(14 dòng có dữ liệu)');
    expect(book!.message).toMatch(/nhận ra: «[^;]*«Sinh ngày»[^;]*; còn thiếu: «Họ và tên của trẻ», «Ngày đăng ký»\.$/);
    expect(severityOf('SHEET_ENTRIES_NO_HEADER')).toBe('error');
    expect(problemsOf(out, 'SHEET_NO_HEADER').map((problem) => problem.sheet)).toEqual(['Mục lục']);
  });
});

describe('counts kept beside a book', () => {
  it('are a sheet without a header in a death book read for marriages or deaths: no rejected marriage', async () => {
    const path = await workbook('So khai tu Son Loi 2005.xlsx', { '2005': deathBook, 'Tổng hợp': counts });
    const marriages = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
    expect(readJson(join(marriages.out, '249/marriage/manifest.json')).counts).toMatchObject({ rowsRead: 0, rejected: 0 });
    // The file names the death register: the sheet is the death run's to report, not the marriage run's.
    expect(problemsOf(marriages.out, 'SHEET_NO_HEADER').map((problem) => problem.sheet)).toEqual([]);
    const deaths = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    expect(readJson(join(deaths.out, '249/death/manifest.json')).counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(problemsOf(deaths.out, 'SHEET_NO_HEADER').map(({ sheet, message }) => [sheet, message.includes('(5 dòng')])).toEqual([['Tổng hợp', true]]);
  });
});

describe('a header that names nothing particular to one register', () => {
  const generic = (title: string): Record<string, Cell[][]> => ({
    Sheet1: [['UBND XÃ SƠN LÔI'], [title], ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Nơi cư trú', 'Ghi chú'], [1, '10/01/2005', 'Nguyễn Văn Tý', '1920', 'Nam', 'Thôn Phú Trì', null]],
  });

  it('is taken for the register the title lines name when the file and sheet names name none', async () => {
    const path = await workbook('so-ho-tich-2005.xlsx', generic('SỔ ĐĂNG KÝ KHAI TỬ NĂM 2005'));
    const [sheet] = await events(path);
    expect(sheet).toMatchObject({ kind: 'sheet', header: { type: { name: 'death' } } });
    // Read for births, such a sheet is another register's: not read as births.
    const [asBirths] = await events(path, ['birth']);
    expect(asBirths).toMatchObject({ kind: 'sheet', otherRegister: true, header: { type: { name: 'death' } } });
  });

  it('is still the file name\'s register when the file names one', async () => {
    const path = await workbook('so-khai-sinh-2005.xlsx', generic('SỔ ĐĂNG KÝ KHAI TỬ NĂM 2005'));
    const [sheet] = await events(path);
    expect(sheet).toMatchObject({ kind: 'sheet', header: { type: { name: 'birth' } } });
  });
});

describe('a sheet without a header in a workbook named after no register', () => {
  // A commune's workbook holding its birth and death books and a notes sheet: the notes belong to no register.
  const notes = [['Ghi chú của cán bộ tư pháp'], ['Đã đối chiếu với bản gốc ngày 12/3/2011'], ['Người kiểm tra: Nguyễn Văn Hải']];
  // Every register of the district: a pipeline file (a run without one reads a single --type).
  const runAll = async (path: string): Promise<string> => {
    const pipeline = join(dirname(path), 'pipeline.json');
    writeFileSync(pipeline, JSON.stringify({ provinceCode: '26', districts: [{ code: '249', inputs: [basename(path)] }] }));
    return (await runInto({ pipeline })).out;
  };
  const listedBy = (out: string, code: string): string[] =>
    RECORD_TYPE_NAMES.filter((type) => (readJson(join(out, `249/${type}/manifest.json`)).problemsByCode?.[code] ?? 0) > 0);

  it('is listed once: in the batch of the book before it, and once in summary.json', async () => {
    const path = await workbook('so-lieu-son-loi.xlsx', { 'Khai sinh': birthBook, 'Khai tử': deathBook, 'Ghi chú': notes });
    const out = await runAll(path);
    expect(problemsOf(out, 'SHEET_NO_HEADER').map(({ sheet, type }) => [sheet, type])).toEqual([['Ghi chú', null]]);
    expect(listedBy(out, 'SHEET_NO_HEADER')).toEqual(['death']);
  });

  it('is listed by the register its top rows name, or the book after it when it comes first', async () => {
    const path = await workbook('so-lieu-son-loi.xlsx', { 'Mục lục': notes, 'Khai sinh': birthBook, 'Khai tử': deathBook });
    const out = await runAll(path);
    expect(listedBy(out, 'SHEET_NO_HEADER')).toEqual(['birth']);
    // Counts whose title names the death register, first in the workbook: the death batch lists them.
    const titled = await workbook('so-lieu-son-loi.xlsx', { 'Tổng hợp': counts, 'Khai sinh': birthBook, 'Khai tử': deathBook });
    expect(listedBy(await runAll(titled), 'SHEET_NO_HEADER')).toEqual(['death']);
    // A file of notes alone: the first register the run reads.
    const alone = await workbook('ghi-chu.xlsx', { 'Ghi chú': notes });
    const aloneOut = await runAll(alone);
    expect(listedBy(aloneOut, 'SHEET_NO_HEADER')).toEqual(['birth']);
  });
});
