import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// The Sơn Lôi birth book of 2017, kept on a Mac (a 1904-based workbook): its registration dates
// are Date cells; some birth dates were pasted as values from a Windows list, serials as text ('@').
const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Số định danh cá nhân', 'Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Năm sinh cha'];
const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));

describe('a 1904-based workbook', () => {
  it('reads its Date cells in its own system and a serial typed as text in the 1900 system', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-1904-'));
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['UBND XÃ SƠN LÔI']);
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2017']);
    sheet.addRow(HEADER);
    const rows = [
      sheet.addRow([2, day(2017, 8, 21), 'Nguyễn Văn Long', 'Nam', day(2017, 8, 2), 'Kinh', 'Việt Nam', '026217164301', 'Trần Thị Hạnh', 1995, 'Nguyễn Văn Toàn', 1993]),
      sheet.addRow([3, day(2017, 8, 23), 'Hoàng Thị Nhung', 'Nữ', '42928', 'Kinh', 'Việt Nam', '026317164305', 'Nguyễn Thu Mai', 1997, 'Hoàng Minh Thành', 1984]),
    ];
    for (const row of rows) row.getCell(2).numFmt = 'dd/mm/yyyy';
    rows[0]!.getCell(5).numFmt = 'dd/mm/yyyy';
    rows[1]!.getCell(5).numFmt = '@';
    const path = join(folder, 'KS_SonLoi_2017.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(readJsonl(join(out, '249/birth/rejected.jsonl'))).toEqual([]);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as Record<string, any>[];
    expect(clean.map((record) => [record.registration.date, record.child.birthDate, record.warnings])).toEqual([
      ['2017-08-21', '2017-08-02', []],
      ['2017-08-23', '2017-07-12', []],
    ]);
  });
});
