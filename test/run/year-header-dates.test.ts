import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isYearHeader } from '../../src/run/sheet-plan.js';
import { readJsonl, runInto } from './run-helpers.js';

type Cell = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };

const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));
/** A number typed into a cell formatted as a date: Excel keeps the number and shows a day of 1900–1905. */
const inDateCell = (typed: number): Cell => ({ value: typed, numFmt: 'dd/mm/yyyy' });

async function writeBook(folder: string, file: string, sheetName: string, header: string[][], rows: Cell[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const line of header) sheet.addRow(line);
  for (const cells of rows) {
    const row = sheet.addRow(cells.map((cell) => (cell !== null && typeof cell === 'object' && 'numFmt' in cell ? cell.value : cell)));
    cells.forEach((cell, index) => {
      if (cell instanceof Date) row.getCell(index + 1).numFmt = 'dd/mm/yyyy';
      else if (cell !== null && typeof cell === 'object' && 'numFmt' in cell) row.getCell(index + 1).numFmt = cell.numFmt;
    });
  }
  const path = join(folder, file);
  await workbook.xlsx.writeFile(path);
  return path;
}

function codesOf(record: Record<string, unknown>, kind: 'warnings' | 'notes', field: string): string[] {
  return (record[kind] as { code: string; field: string }[]).filter((finding) => finding.field === field).map((finding) => finding.code);
}

describe('date fields under a year header', () => {
  it("tells a year header ('Năm sinh', 'Sinh năm', 'Năm sinh' › 'Nam') from a day one ('Ngày, tháng, năm sinh', 'Ngày sinh')", () => {
    for (const label of ['Năm sinh', 'NĂM SINH', 'Sinh năm', 'Năm sinh của chồng', 'Năm sinh chồng', 'Người chết / Năm sinh', 'Năm sinh / Nam']) {
      expect(isYearHeader(label)).toBe(true);
    }
    for (const label of ['Ngày, tháng, năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh', 'NTNS', 'Nam', 'Ngày, tháng, năm sinh / Năm', 'Họ và tên']) {
      expect(isYearHeader(label)).toBe(false);
    }
  });

  it("a spouse's 'Năm sinh' typed as a number or into a date-formatted cell is that year; a full date typed there is kept", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-year-header-'));
    const header = [['STT', 'Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Năm sinh chồng', 'Họ và tên vợ', 'Năm sinh của vợ', 'Nơi đăng ký']];
    const place = 'UBND xã Quất Lưu';
    const path = await writeBook(folder, 'ket-hon-quat-luu-2005.xlsx', 'KH 2005', header, [
      [1, 1, day(2005, 1, 10), 'Phạm Văn Dũng', 80, 'Bùi Thị Hồng', 83, place],
      [2, 2, day(2005, 1, 11), 'Hoàng Văn Đạt', inDateCell(1980), 'Đỗ Thị Huyền', inDateCell(1983), place],
      [3, 3, day(2005, 1, 12), 'Lê Văn Cường', day(1980, 3, 12), 'Đặng Thị Hoa', '5/7/1983', place],
      [4, 4, day(2005, 1, 13), 'Vũ Văn Giang', inDateCell(80), 'Ngô Thị Lan', 968, place],
    ]);
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/marriage/clean.jsonl'));
    const births = clean.map((record) => [(record.husband as { birthDate: string }).birthDate, (record.wife as { birthDate: string }).birthDate]);
    expect(births).toEqual([
      ['1980', '1983'],
      ['1980', '1983'],
      ['1980-03-12', '1983-07-05'],
    ]);
    expect(codesOf(clean[0]!, 'notes', 'husband.birthDate')).toEqual(['DATE_TWO_DIGIT_YEAR']);
    expect(codesOf(clean[0]!, 'notes', 'husband.birthDate')).not.toContain('DATE_EXCEL_SERIAL');
    expect(codesOf(clean[1]!, 'warnings', 'husband.birthDate')).toEqual(['DATE_YEAR_IN_DATE_CELL']);
    expect(codesOf(clean[1]!, 'warnings', 'wife.birthDate')).toEqual(['DATE_YEAR_IN_DATE_CELL']);
    expect(clean[2]!.warnings).toEqual([]);
    // '80' shown as 20/03/1900 is the two-digit year; 968 is a mistyped year, not a day of 1902.
    const rejected = readJsonl(join(out, '249/marriage/rejected.jsonl'));
    expect(rejected).toHaveLength(1);
    expect((rejected[0]!.errors as { code: string; field: string }[]).map((error) => [error.code, error.field])).toEqual([['DATE_OUT_OF_RANGE', 'wife.birthDate']]);
    expect((rejected[0]!.warnings as { code: string; field: string }[]).map((warning) => [warning.code, warning.field])).toEqual([
      ['DATE_YEAR_IN_DATE_CELL', 'husband.birthDate'],
    ]);
  });

  it("the deceased's 'Năm sinh' typed as a number or into a date cell agrees with the ID; a day of 1905 under 'Ngày sinh' stays a day where the person can have been born then", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-year-header-'));
    const place = 'UBND xã Sơn Lôi';
    const yearBook = await writeBook(folder, 'khai-tu-son-loi-2019.xlsx', 'KT 2019', [['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Số CCCD', 'Ngày chết']], [
      [1, day(2019, 5, 10), place, 'Lê Văn Cường', 'Nam', inDateCell(1935), '026035001234', day(2019, 5, 2)],
      [2, day(2019, 5, 11), place, 'Phạm Văn Dũng', 'Nam', 35, '026035001235', day(2019, 5, 3)],
      [3, day(2019, 5, 12), place, 'Hoàng Văn Đạt', 'Nam', 1935, '026035001236', day(2019, 5, 4)],
    ]);
    const dayBook = await writeBook(folder, 'khai-tu-son-loi-1996.xlsx', 'KT 1996', [['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết']], [
      [1, day(1996, 12, 27), place, 'Kiều Văn Chiến', 'Nam', day(1905, 4, 8), day(1996, 12, 25)],
    ]);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [yearBook, dayBook] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl'));
    const byName = new Map(clean.map((record) => [(record.deceased as { fullName: string }).fullName, record]));
    expect(clean).toHaveLength(4);
    for (const name of ['Lê Văn Cường', 'Phạm Văn Dũng', 'Hoàng Văn Đạt']) {
      expect((byName.get(name)!.deceased as { birthDate: string; personalId: string }).birthDate).toBe('1935');
    }
    expect(codesOf(byName.get('Lê Văn Cường')!, 'warnings', 'deceased.birthDate')).toEqual(['DATE_YEAR_IN_DATE_CELL']);
    expect(codesOf(byName.get('Phạm Văn Dũng')!, 'notes', 'deceased.birthDate')).toEqual(['DATE_TWO_DIGIT_YEAR']);
    const old = byName.get('Kiều Văn Chiến')!;
    expect((old.deceased as { birthDate: string }).birthDate).toBe('1905-04-08');
    expect(old.warnings).toEqual([]);
  });

  it("a year typed into the deceased's date-formatted 'Ngày sinh' cell is that year where the day it shows (early 1905) would make the person older than 105", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-year-in-day-cell-'));
    const place = 'UBND xã Hương Sơn';
    const book = await writeBook(folder, 'khai-tu-huong-son-2019.xlsx', 'KT 2019', [['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết']], [
      [1, day(2019, 1, 10), place, 'Nguyễn Văn Thành', 'Nam', day(1935, 5, 12), day(2019, 1, 8)],
      [2, day(2019, 1, 15), place, 'Trần Thị Lựu', 'Nữ', inDateCell(1930), day(2019, 1, 14)],
      [3, day(2019, 1, 21), place, 'Phạm Thị Nhài', 'Nữ', { value: 1942, numFmt: 'd/m/yyyy' }, day(2019, 1, 20)],
      [4, day(2019, 1, 23), place, 'Vũ Văn Tư', 'Nam', 1938, day(2019, 1, 22)],
    ]);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [book] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl'));
    expect(clean.map((record) => (record.deceased as { birthDate: string }).birthDate)).toEqual(['1935-05-12', '1930', '1942', '1938']);
    expect(clean.map((record) => codesOf(record, 'warnings', 'deceased.birthDate'))).toEqual([[], ['DATE_YEAR_IN_DATE_CELL'], ['DATE_YEAR_IN_DATE_CELL'], []]);
  });

  it("a true day of early 1905 under 'Ngày sinh' stays a day where the year it would read as makes the person older still", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-old-day-cell-'));
    const place = 'UBND xã Hương Sơn';
    // 10/03/1905 is the serial 1896: a woman who died at 106 in 2011 would be 115 as 'born 1896'.
    const book = await writeBook(folder, 'khai-tu-huong-son-2021.xlsx', 'KT 2021', [['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết', 'Ghi chú']], [
      [1, day(2021, 9, 1), place, 'Trần Thị Gấm', 'Nữ', day(1905, 3, 10), day(2011, 4, 4), 'Khai tử cho người chết đã lâu'],
      [2, day(2021, 9, 3), place, 'Lại Thị Mão', 'Nữ', inDateCell(1930), day(2021, 9, 1), null],
      // 1915 typed (29/03/1905): 106 at death, still younger than the day would make her.
      [3, day(2021, 9, 6), place, 'Quách Thị Tám', 'Nữ', inDateCell(1915), day(2021, 9, 4), null],
    ]);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [book] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl'));
    expect(clean.map((record) => (record.deceased as { birthDate: string }).birthDate)).toEqual(['1905-03-10', '1930', '1915']);
    expect(clean.map((record) => codesOf(record, 'warnings', 'deceased.birthDate'))).toEqual([[], ['DATE_YEAR_IN_DATE_CELL'], ['DATE_YEAR_IN_DATE_CELL']]);
  });

  it("a year alone in the 'Năm' of 'Ngày, tháng, năm sinh' › 'Ngày' | 'Tháng' | 'Năm' is that year, even in a date-formatted cell", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-year-header-'));
    const header = [
      ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày, tháng, năm sinh', '', '', 'Ngày chết'],
      ['', '', '', '', '', 'Ngày', 'Tháng', 'Năm', ''],
    ];
    const path = await writeBook(folder, 'khai-tu-son-loi-2010.xlsx', 'KT 2010', header, [
      [1, day(2010, 5, 10), 'UBND xã Sơn Lôi', 'Trần Văn Tý', 'Nam', null, null, inDateCell(1930), day(2010, 5, 2)],
    ]);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl'));
    expect((clean[0]!.deceased as { birthDate: string }).birthDate).toBe('1930');
    expect(codesOf(clean[0]!, 'warnings', 'deceased.birthDate')).toEqual(['DATE_YEAR_IN_DATE_CELL']);
  });
});

describe('registration dates as real books hold them', () => {
  it("a curly quote before the date and a remark after it are not the date; a day and month without a year are DATE_YEAR_MISSING; '96' a year after the entry is doubtful", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-registration-dates-'));
    const header = [['STT', 'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha']];
    const place = 'UBND xã Tam Hợp';
    const rows: Cell[][] = [
      ['‘05/01/2001', '01/01/2001'],
      ['5/3/1990 - ĐKL', '01/03/1990'],
      ['05/03/1990 đăng ký lại', '02/03/1990'],
      ['12/5/1990 ĐKQH', '03/03/1990'],
      ['12/5/1990 quá hạn', '04/03/1990'],
      ['05/03', '01/03/1995'],
      ['20/3/1995', '5/3/96'],
    ].map(([registered, born], index) => [index + 1, index + 1, registered!, place, `Nguyễn Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hải'][index]}`, 'Nam', born!, 'Trần Thị Lan', 1968, 'Nguyễn Văn Nam', 1965]);
    const path = await writeBook(folder, 'so-khai-sinh-tam-hop.xlsx', 'KS', header, rows);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => (record.registration as { date: string }).date)).toEqual(['2001-01-05', '1990-03-05', '1990-03-05', '1990-05-12', '1990-05-12', '1995-03-20']);
    for (const record of clean.slice(0, 5)) expect(record.warnings).toEqual([]);
    const late = clean[5]!;
    expect((late.child as { birthDate: string }).birthDate).toBe('1896-03-05');
    expect(codesOf(late, 'warnings', 'child.birthDate')).toEqual(['DATE_CENTURY_DOUBTFUL']);
    const rejected = readJsonl(join(out, '249/birth/rejected.jsonl'));
    expect(rejected.map((row) => (row.errors as { code: string }[])[0]?.code)).toEqual(['DATE_YEAR_MISSING']);
  });
});

describe("a deceased's birth date with a two-digit year", () => {
  it("is a century back when the other reading is after the registration, a month/year when it can be one, and an old person's is not doubted", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-deceased-birth-'));
    const header = [['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Ngày chết', 'Nơi chết', 'Nguyên nhân', 'Nơi đăng ký']];
    const place = 'UBND xã Sơn Lôi';
    const people: [string, string, Date, Date, string][] = [
      ['Nguyễn Văn Tý', '12/6/00', day(2000, 1, 5), day(2000, 1, 10), 'Già yếu'], // 2000-06-12 would be after his death: 1900
      ['Trần Thị Nhớn', '2/3/01', day(2000, 2, 1), day(2000, 2, 3), 'Già yếu'], // 98 years old
      // An infant born that year (registered after no. 2: numbers follow the dates); the cause tells it from a centenarian.
      ['Đỗ Văn Bé', '1/1/00', day(2000, 2, 10), day(2000, 2, 12), 'Sơ sinh'],
      ['Hoàng Văn Bảng', '5/08', day(2000, 7, 1), day(2000, 7, 3), 'Già yếu'],
      ['Lưu Thị Gái', '11/05', day(2000, 8, 1), day(2000, 8, 2), 'Già yếu'],
      ['Tạ Văn Lạng', '3/45', day(2000, 9, 1), day(2000, 9, 2), 'Già yếu'],
    ];
    const rows: Cell[][] = people.map(([name, born, died, registered, cause], index) => [index + 1, registered, name, born, name.includes(' Thị ') ? 'Nữ' : 'Nam', 'Kinh', died, 'Tại nhà', cause, place]);
    const path = await writeBook(folder, 'khai-tu-son-loi-2000.xlsx', 'KT 2000', header, rows);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl'));
    expect(readJsonl(join(out, '249/death/rejected.jsonl'))).toEqual([]);
    expect(clean.map((record) => (record.deceased as { birthDate: string }).birthDate)).toEqual(['1900-06-12', '1901-03-02', '2000-01-01', '1908-05', '1905-11', '1945-03']);
    for (const record of clean) {
      expect(record.warnings).toEqual([]);
      expect(codesOf(record, 'notes', 'deceased.birthDate')).toEqual(['DATE_TWO_DIGIT_YEAR']);
    }
  });
});
