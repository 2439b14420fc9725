import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// The Thiện Kế birth book of 2020 numbered with '=A7+1' and its residences filled by VLOOKUP from
// a sheet since deleted: Excel keeps each formula's error as the cell's cached value (t="e"), and
// 'Save as CSV' writes it out as text.
const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Năm sinh cha', 'Nơi cư trú của cha, mẹ'];
const RESIDENCE = 'Thôn Ấp Đồn, xã Thiện Kế';
const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));

type Cell = ExcelJS.CellValue;
const error = (formula: string, value: '#REF!' | '#N/A' | '#VALUE!'): Cell => ({ formula, result: { error: value } }) as Cell;

async function runWorkbook(rows: Cell[][]) {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-formula-errors-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS 2020');
  sheet.addRow(['UBND XÃ THIỆN KẾ']);
  sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2020']);
  sheet.addRow(HEADER);
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.getCell(5).numFmt = 'dd/mm/yyyy';
  }
  const path = join(folder, 'KS_ThienKe_2020.xlsx');
  await workbook.xlsx.writeFile(path);
  return batchOf(path);
}

async function batchOf(path: string) {
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
  const batch = (name: string): Record<string, any>[] => readJsonl(join(out, `249/birth/${name}.jsonl`));
  return { clean: batch('clean'), rejected: batch('rejected'), counts: readJson(join(out, '249/birth/manifest.json')).counts };
}

const codes = (entries: { code: string }[]): string[] => entries.map((finding) => finding.code);

describe('a cell holding an Excel error value', () => {
  it('is read as blank with CELL_FORMULA_ERROR naming the column and the error; the cell stays in raw', async () => {
    const { clean, rejected, counts } = await runWorkbook([
      [1, day(2020, 3, 2), 'Hoàng Văn Nam', 'Nam', day(2020, 2, 14), 'Kinh', 'Việt Nam', 'Đặng Thị Mai', 1990, 'Hoàng Văn Sơn', 1988, RESIDENCE],
      [error('#REF!+1', '#REF!'), day(2020, 3, 9), 'Mai Thị Thơm', 'Nữ', day(2020, 3, 1), 'Kinh', 'Việt Nam', 'Quách Thị Dung', 1992, 'Mai Văn Hòa', 1990, RESIDENCE],
      [3, day(2020, 3, 16), 'Lê Văn Tùng', 'Nam', day(2020, 3, 5), 'Kinh', 'Việt Nam', 'Phạm Thị Yến', 1994, 'Lê Văn Quý', 1991, error('VLOOKUP(C7,DanhSach!A:B,2,0)', '#REF!')],
      [4, day(2020, 3, 20), 'Trịnh Thị Hà', 'Nữ', day(2020, 3, 12), 'Kinh', 'Việt Nam', error('VLOOKUP(C8,DanhSach!A:C,3,0)', '#N/A'), null, 'Trịnh Văn Hải', 1989, RESIDENCE],
    ]);
    expect(counts).toMatchObject({ rowsRead: 4, clean: 4, rejected: 0 });
    expect(rejected).toEqual([]);
    expect(clean.map((record) => [record.registration.number, record.mother.fullName, record.mother.residence, codes(record.warnings)])).toEqual([
      ['1', 'Đặng Thị Mai', RESIDENCE, []],
      [null, 'Quách Thị Dung', RESIDENCE, ['CELL_FORMULA_ERROR']],
      ['3', 'Phạm Thị Yến', null, ['CELL_FORMULA_ERROR']],
      ['4', null, RESIDENCE, ['CELL_FORMULA_ERROR']],
    ]);
    expect(clean[1]!.warnings[0]).toEqual({
      code: 'CELL_FORMULA_ERROR',
      field: 'registration.number',
      message: 'Ô ở cột "Số" chứa lỗi công thức Excel "#REF!" thay vì giá trị: ô được coi là để trống.',
    });
    // One warning for the cell, though both parents' residences are read from it.
    expect(clean[2]!.warnings[0].message).toBe('Ô ở cột "Nơi cư trú của cha, mẹ" chứa lỗi công thức Excel "#REF!" thay vì giá trị: ô được coi là để trống.');
    expect(clean[2]!.father.residence).toBeNull();
    expect(clean.map((record) => record.raw)).toEqual([{}, { 'Số': '#REF!' }, { 'Nơi cư trú của cha, mẹ': '#REF!' }, { 'Họ tên mẹ': '#N/A' }]);
  });

  it('in a required field rejects the entry as a blank one would be, the error named', async () => {
    const { clean, rejected, counts } = await runWorkbook([
      [1, day(2020, 3, 2), 'Hoàng Văn Nam', 'Nam', error('DATE(2020,2,B4)', '#VALUE!'), 'Kinh', 'Việt Nam', 'Đặng Thị Mai', 1990, 'Hoàng Văn Sơn', 1988, RESIDENCE],
      [2, day(2020, 3, 9), error('VLOOKUP(A5,DanhSach!A:B,2,0)', '#N/A'), 'Nữ', day(2020, 3, 1), 'Kinh', 'Việt Nam', 'Quách Thị Dung', 1992, 'Mai Văn Hòa', 1990, RESIDENCE],
    ]);
    expect(counts).toMatchObject({ rowsRead: 2, clean: 0, rejected: 2 });
    expect(clean).toEqual([]);
    expect(rejected.map((row) => [row.provenance.row, codes(row.errors), codes(row.warnings)])).toEqual([
      [4, ['FIELD_REQUIRED'], ['CELL_FORMULA_ERROR']],
      [5, ['FIELD_REQUIRED'], ['CELL_FORMULA_ERROR']],
    ]);
    expect(rejected.map((row) => [row.errors[0].field, row.warnings[0].field])).toEqual([
      ['child.birthDate', 'child.birthDate'],
      ['child.fullName', 'child.fullName'],
    ]);
    expect(rejected[0]!.raw['Ngày sinh']).toBe('#VALUE!');
  });

  it('is read so from a CSV too, where Excel wrote the error as text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-formula-errors-'));
    const path = join(folder, 'KS_ThienKe_2020.csv');
    const line = (cells: (string | number)[]): string => cells.map((cell) => (typeof cell === 'string' && cell.includes(',') ? `"${cell}"` : String(cell))).join(',');
    writeFileSync(path, `\uFEFF${[
      line(HEADER),
      line(['#REF!', '02/03/2020', 'Hoàng Văn Nam', 'Nam', '14/02/2020', 'Kinh', 'Việt Nam', 'Đặng Thị Mai', 1990, 'Hoàng Văn Sơn', 1988, '#REF!']),
      line([2, '09/03/2020', 'Mai Thị Thơm', 'Nữ', '01/03/2020', 'Kinh', 'Việt Nam', '#N/A', '', 'Mai Văn Hòa', 1990, RESIDENCE]),
    ].join('\r\n')}\r\n`);
    const { clean, counts } = await batchOf(path);
    expect(counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(clean.map((record) => [record.registration.number, record.mother.fullName, record.mother.residence, codes(record.warnings)])).toEqual([
      [null, 'Đặng Thị Mai', null, ['CELL_FORMULA_ERROR', 'CELL_FORMULA_ERROR']],
      ['2', null, RESIDENCE, ['CELL_FORMULA_ERROR']],
    ]);
    expect(clean[1]!.warnings[0].message).toBe('Ô ở cột "Họ tên mẹ" chứa lỗi công thức Excel "#N/A" thay vì giá trị: ô được coi là để trống.');
  });
});
