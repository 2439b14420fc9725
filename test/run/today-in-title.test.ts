import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// Tam Hợp's 2015 book typed from a template whose title line is a formula: ="SỔ ĐĂNG KÝ KHAI SINH NĂM "&YEAR(TODAY()),
// cached as the year the workbook was last opened (2024).
async function book(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.getCell('A1').value = 'UBND XÃ TAM HỢP';
  sheet.getCell('A2').value = { formula: '"SỔ ĐĂNG KÝ KHAI SINH NĂM "&YEAR(TODAY())', result: 'SỔ ĐĂNG KÝ KHAI SINH NĂM 2024' };
  sheet.addRow([]);
  sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh', 'Họ và tên cha', 'Năm sinh', 'Ghi chú']);
  sheet.addRow([1, '12/01/2015', 'Tạ Quang Tuấn', 'Nam', '03/01/2015', 'Đặng Thị Loan', 1990, 'Tạ Công Trung', 1988, null]);
  sheet.addRow([2, '20/02/2015', 'Lê Thị Vân', 'Nữ', '11/02/2015', 'Hồ Thị Mai', 1994, 'Lê Văn Hải', 1991, null]);
  sheet.addRow([3, '05/03/2015', 'Nguyễn Văn An', 'Nam', '25/02/2015', 'Trần Thị Hoa', 1992, 'Nguyễn Văn Cường', 1990, null]);
  const folder = mkdtempSync(join(tmpdir(), 'hotich-today-title-'));
  await workbook.xlsx.writeFile(join(folder, 'so-khai-sinh.xlsx'));
  return folder;
}

describe('a title line whose year is a formula of TODAY()', () => {
  it("gives the book no year: its entries of 2015 are not warned as registered outside the book's year", async () => {
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await book()] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { registration: { date: string; communeCode: string }; warnings: unknown[] }[];
    expect(clean.map((record) => [record.registration.date, record.registration.communeCode, record.warnings])).toEqual([
      ['2015-01-12', '08953', []],
      ['2015-02-20', '08953', []],
      ['2015-03-05', '08953', []],
    ]);
  });
});
