import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSheetsLean } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { writeHandMade } from './hand-made-package.js';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-hidden-sheets-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Each sheet's name and whether the reader calls it hidden, in tab order. */
async function sheetStates(path: string): Promise<[string, boolean][]> {
  const found: [string, boolean][] = [];
  for await (const sheet of readXlsxSheetsLean(path)) {
    found.push([sheet.name, sheet.hidden === true]);
    for await (const _row of sheet.rows) break;
  }
  return found;
}

describe('lean XLSX reader: hidden sheets', () => {
  it("reads every sheet and says which ones Excel hides ('hidden', and 'veryHidden' set by a macro)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('2015').addRow(['Số', 'Ngày đăng ký', 'Họ và tên']);
    workbook.addWorksheet('Nhap', { state: 'hidden' }).addRow(['Số', 'Ngày đăng ký', 'Họ và tên']);
    workbook.addWorksheet('DanhMuc', { state: 'veryHidden' }).addRow(['Xã Tam Hợp']);
    workbook.addWorksheet('2016', { state: 'visible' }).addRow(['Số', 'Ngày đăng ký', 'Họ và tên']);
    const path = join(folder, 'states.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await sheetStates(path)).toEqual([['2015', false], ['Nhap', true], ['DanhMuc', true], ['2016', false]]);
  });

  it('takes a workbook without state attributes for all visible', async () => {
    const path = join(folder, 'plain.xlsx');
    writeHandMade(path, { sheets: [{ name: 'KS', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Số</t></is></c></row>' }] });
    expect(await sheetStates(path)).toEqual([['KS', false]]);
  });
});
