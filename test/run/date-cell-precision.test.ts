import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// Clerks who know only a year type it into a date column formatted 'yyyy': the
// cell holds 1 January, the sheet shows the year (DOMAIN.md §5: never pad to 01/01).
describe('date cells keep the precision their number format shows', () => {
  it('yyyy → the year, mm/yyyy → the month, dd/mm/yyyy → the day', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-date-precision-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Khai tử 2016');
    sheet.addRow(['STT', 'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết']);
    const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));
    const rows: [string, Date, string][] = [
      ['Nguyễn Văn Tâm', day(1935, 1, 1), 'yyyy'],
      ['Trần Thị Lụa', day(1940, 3, 1), 'mm/yyyy'],
      ['Lê Văn Hòa', day(1938, 7, 12), 'dd/mm/yyyy'],
    ];
    rows.forEach(([name, born, format], index) => {
      const row = sheet.addRow([index + 1, index + 1, day(2016, 5, 10 + index), 'UBND xã Tam Hợp', name, index === 1 ? 'Nữ' : 'Nam', born, day(2016, 5, 2 + index)]);
      row.getCell(7).numFmt = format;
      row.getCell(3).numFmt = 'dd/mm/yyyy';
      row.getCell(8).numFmt = 'dd/mm/yyyy';
    });
    const path = join(folder, 'khai-tu-tam-hop-2016.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl'));
    expect(clean.map((record) => (record.deceased as { birthDate: string }).birthDate)).toEqual(['1935', '1940-03', '1938-07-12']);
    expect(clean.map((record) => record.deathDate)).toEqual(['2016-05-02', '2016-05-03', '2016-05-04']);
    expect(clean.flatMap((record) => record.warnings)).toEqual([]);
  });
});
