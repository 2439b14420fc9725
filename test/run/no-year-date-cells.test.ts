import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

type Finding = { code: string; field?: string };
type Birth = { provenance: { row: number }; registration: { date: string | null }; child: { birthDate: string | null }; warnings: Finding[]; errors?: Finding[] };

const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));

/**
 * A clerk typing '12/4' without a year gets a Date of the year the sheet was typed in (here 2019)
 * and Excel's 'd-mmm' format, which shows '12-Apr': nobody saw that year. The 2004 book's
 * registration takes its book's year; a birth date without a year is reported missing.
 */
describe('Date cells whose format shows no year', () => {
  it('are read as the day and month they show, not with the hidden year of their typing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-no-year-cells-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KS 2004');
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2004']);
    sheet.addRow(['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ tên cha', 'Họ tên mẹ']);
    const rows: [Date | string, string | null, Date, string][] = [
      [day(2019, 4, 12), 'd-mmm', day(2004, 3, 5), 'dd/mm/yyyy'],
      [day(2019, 4, 14), 'dd/mm', day(2004, 3, 7), 'dd/mm/yyyy'],
      ['16/04/2004', null, day(2019, 3, 9), 'd-mmm'],
    ];
    const names = ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Văn Cường'];
    rows.forEach(([registered, registeredFormat, born, bornFormat], index) => {
      const row = sheet.addRow([index + 1, registered, 'UBND xã Tam Hợp', names[index], 'Nam', born, 'Nguyễn Văn Tư', 'Lê Thị Hoa']);
      if (registeredFormat !== null) row.getCell(2).numFmt = registeredFormat;
      row.getCell(6).numFmt = bornFormat;
    });
    const path = join(folder, 'khai-sinh-tam-hop-2004.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as Birth[];
    const rejected = readJsonl(join(out, '249/birth/rejected.jsonl')) as Birth[];
    expect(clean.map((record) => [record.registration.date, record.child.birthDate])).toEqual([['2004-04-12', '2004-03-05'], ['2004-04-14', '2004-03-07']]);
    expect(clean.map((record) => record.warnings.filter((f) => f.code.startsWith('DATE_')).map((f) => `${f.code} ${f.field}`))).toEqual([
      ['DATE_YEAR_FROM_BOOK registration.date'], ['DATE_YEAR_FROM_BOOK registration.date'],
    ]);
    expect(rejected.map((record) => record.provenance.row)).toEqual([5]);
    expect(rejected[0]!.errors!.map((f) => `${f.code} ${f.field}`)).toEqual(['DATE_YEAR_MISSING child.birthDate']);
  });

  it('keep the year they hold where nothing contradicts it: a column of full dates formatted dd/mm', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-no-year-cells-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    // No year in the title, the sheet or the file name: the registration dates' own years stand.
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH']);
    sheet.addRow(['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ tên cha', 'Họ tên mẹ']);
    const rows: [Date, Date][] = [[day(2019, 3, 5), day(2019, 2, 20)], [day(2019, 4, 9), day(2019, 4, 1)], [day(2019, 12, 30), day(2019, 12, 20)]];
    rows.forEach(([registered, born], index) => {
      const row = sheet.addRow([index + 1, registered, 'UBND xã Tam Hợp', ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Văn Cường'][index], 'Nam', born, 'Nguyễn Văn Tư', 'Lê Thị Hoa']);
      row.getCell(2).numFmt = 'dd/mm';
      row.getCell(6).numFmt = 'dd/mm';
    });
    const path = join(folder, 'so-khai-sinh.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as Birth[];
    expect(clean.map((record) => [record.registration.date, record.child.birthDate])).toEqual([
      ['2019-03-05', '2019-02-20'], ['2019-04-09', '2019-04-01'], ['2019-12-30', '2019-12-20'],
    ]);
    expect(clean.flatMap((record) => record.warnings.filter((f) => f.code.startsWith('DATE_')))).toEqual([]);
    expect(readJsonl(join(out, '249/birth/rejected.jsonl'))).toEqual([]);
  });
});
