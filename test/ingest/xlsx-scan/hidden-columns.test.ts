import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnRange } from '../../../src/ingest/sheet-source.js';
import { readXlsxSheetsLean } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { writeHandMade } from './hand-made-package.js';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-hidden-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Each sheet's hidden column ranges, as known once its first row is taken. */
async function hiddenColumnsOf(path: string): Promise<Record<string, ColumnRange[]>> {
  const found: Record<string, ColumnRange[]> = {};
  for await (const sheet of readXlsxSheetsLean(path)) {
    for await (const _row of sheet.rows) break;
    found[sheet.name] = [...(sheet.hiddenColumns ?? [])];
  }
  return found;
}

describe('lean XLSX reader: hidden columns', () => {
  it('knows the <col hidden="1"> ranges of each sheet before its first row', async () => {
    const workbook = new ExcelJS.Workbook();
    const book = workbook.addWorksheet('2012');
    book.addRow(['Số', 'Ngày đăng ký', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ']);
    book.addRow([1, '2012-02-05', '05/02/2012', 'Nguyễn Văn An', '01/01/1988', 'Lê Thị Bích', '02/02/1990']);
    book.getColumn(2).hidden = true;
    for (const column of [5, 6, 7]) book.getColumn(column).hidden = true;
    book.getColumn(8).width = 30; // a <col> that is not hidden
    workbook.addWorksheet('Tổng hợp').addRow(['Tổng số', 1]);
    const path = join(folder, 'hidden.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await hiddenColumnsOf(path)).toEqual({
      // exceljs writes one <col> per column.
      '2012': [{ firstColumn: 1, lastColumn: 1 }, { firstColumn: 4, lastColumn: 4 }, { firstColumn: 5, lastColumn: 5 }, { firstColumn: 6, lastColumn: 6 }],
      'Tổng hợp': [],
    });
  });

  it("reads ranges as Excel writes them ('hidden=\"true\"' too), the unused columns hidden to the sheet's end included", async () => {
    const path = join(folder, 'ranges.xlsx');
    writeHandMade(path, {
      sheets: [{
        name: 'KH',
        before: '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
          + '<cols><col min="1" max="1" width="5"/><col min="3" max="4" width="0" hidden="1" customWidth="1"/>'
          + '<col min="6" max="6" hidden="true"/><col min="9" max="16384" hidden="1"/></cols>',
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Số</t></is></c></row>',
      }],
    });
    expect(await hiddenColumnsOf(path)).toEqual({
      KH: [{ firstColumn: 2, lastColumn: 3 }, { firstColumn: 5, lastColumn: 5 }, { firstColumn: 8, lastColumn: 16383 }],
    });
  });
});
