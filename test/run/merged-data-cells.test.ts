import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// Twins typed with what they share — registration date, birth date, parents — in cells merged over their two rows.
describe('cells merged over several data rows', () => {
  it('give every row of the range their value; the header\'s own merges stay the header\'s', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-merged-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KS 2016');
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH']);
    sheet.addRow(['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Thông tin về mẹ', null, 'Thông tin về cha', null]);
    sheet.addRow([null, null, null, null, null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh']);
    for (const column of ['A', 'B', 'C', 'D', 'E', 'F']) sheet.mergeCells(`${column}2:${column}3`);
    sheet.mergeCells('G2:H2');
    sheet.mergeCells('I2:J2');
    sheet.addRow([1, 1, '10/03/2016', 'Trần Văn Hùng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 1990, 'Trần Văn Bình', 1988]);
    sheet.addRow([2, 2, null, 'Trần Văn Hưng', null, 'Nam', null, null, null, null]);
    sheet.addRow([3, 3, '11/03/2016', 'Phạm Thị Lan', '01/03/2016', 'Nữ', 'Vũ Thị Mai', 1992, 'Phạm Văn Nam', 1990]);
    for (const column of ['C', 'E', 'G', 'H', 'I', 'J']) sheet.mergeCells(`${column}4:${column}5`);
    const path = join(folder, 'khai-sinh-2016.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => [(record.child as { fullName: string }).fullName, (record.child as { birthDate: string }).birthDate, (record.registration as { date: string }).date, (record.mother as { fullName: string }).fullName])).toEqual([
      ['Trần Văn Hùng', '2016-03-02', '2016-03-10', 'Lê Thị Hoa'],
      ['Trần Văn Hưng', '2016-03-02', '2016-03-10', 'Lê Thị Hoa'],
      ['Phạm Thị Lan', '2016-03-01', '2016-03-11', 'Vũ Thị Mai'],
    ]);
    // A merged cell shows its value in every row of the range: no correction, so no note (unlike a ditto mark).
    expect(clean[1]?.notes).toEqual([]);
    expect(readJsonl(join(out, '249/birth/rejected.jsonl'))).toEqual([]);
    // Twins: kept apart.
    expect(readJsonl(join(out, '249/birth/duplicates.jsonl'))).toEqual([]);
  });
});
