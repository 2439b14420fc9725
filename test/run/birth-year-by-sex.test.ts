import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// Old death books split the birth-year column by sex and write the year under Nam or Nữ.
describe("a birth-year column split by sex ('Năm sinh' › 'Nam' | 'Nữ')", () => {
  it('gives the birth year and the sex; a year under both is a conflict', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-year-by-sex-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KT 2016');
    sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', null, 'Dân tộc', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Ghi chú']);
    sheet.addRow([null, null, null, 'Nam', 'Nữ']);
    for (const column of ['A', 'B', 'C', 'F', 'G', 'H', 'I', 'J']) sheet.mergeCells(`${column}1:${column}2`);
    sheet.mergeCells('D1:E1');
    sheet.addRow([1, '10/03/2016', 'Nguyễn Văn Thịnh', 1930, null, 'Kinh', '05/03/2016', 'Tại nhà', 'Già yếu']);
    sheet.addRow([2, '11/03/2016', 'Trần Thị Tý', null, 1935, 'Kinh', '06/03/2016', 'Tại nhà', 'Già yếu']);
    sheet.addRow([3, '12/03/2016', 'Lê Văn Hòa', 1931, 1931, 'Kinh', '07/03/2016', 'Tại nhà', 'Già yếu']);
    const path = join(folder, 'khai-tu-2016.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl'));
    expect(clean.map((record) => record.deceased)).toMatchObject([
      { fullName: 'Nguyễn Văn Thịnh', sex: 'male', birthDate: '1930' },
      { fullName: 'Trần Thị Tý', sex: 'female', birthDate: '1935' },
    ]);
    expect(clean.flatMap((record) => record.warnings)).toEqual([]);
    const rejected = readJsonl(join(out, '249/death/rejected.jsonl'));
    expect(rejected.map((row) => (row.provenance as { row: number }).row)).toEqual([5]);
    expect(rejected[0]!.errors).toMatchObject([{ code: 'SEX_CONFLICTING_MARKS', field: 'deceased.sex' }]);
  });
});
