import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSheets } from '../../src/ingest/xlsx-reader.js';

// exceljs 4.4.0 decoded each read chunk on its own, so a multi-byte UTF-8
// character straddling two chunks came back as U+FFFD (issues #2063, #2084,
// #2316). patches/exceljs+4.4.0.patch decodes with one streaming decoder.
// Unpatched, this workbook loses a few hundred cells.
const SYLLABLES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Thị', 'Văn',
  'Hương', 'Thủy', 'Thuỷ', 'Hùng', 'Hưng', 'Đức', 'Ánh', 'Ngọc', 'Quỳnh', 'Yến', 'Phượng', 'Khuê', 'Tường', 'Lạc'];
const ROWS = 12_000;
const COLUMNS = 24;

function cellText(row: number, column: number): string {
  // Distinct strings (row-dependent) so the shared-string table is large too.
  const a = SYLLABLES[(row * 7 + column) % SYLLABLES.length];
  const b = SYLLABLES[(row * 13 + column * 3) % SYLLABLES.length];
  return `${a} ${b} ${row % 997}ữ${column}`;
}

async function writeRegister(path: string, useSharedStrings: boolean): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
  const sheet = writer.addWorksheet('Sổ khai sinh');
  for (let row = 1; row <= ROWS; row++) {
    const values: string[] = [];
    for (let column = 0; column < COLUMNS; column++) values.push(cellText(row, column));
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await writer.commit();
}

describe.each([
  ['shared strings', true],
  ['inline strings', false],
])('xlsx reader: UTF-8 characters across read-chunk boundaries (%s)', (_label, useSharedStrings) => {
  let folder = '';
  let path = '';
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-utf8-'));
    path = join(folder, 'large.xlsx');
    await writeRegister(path, useSharedStrings);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads back every one of the cells exactly as written', async () => {
    let compared = 0;
    const mismatches: string[] = [];
    for await (const sheet of readXlsxSheets(path)) {
      expect(sheet.name).toBe('Sổ khai sinh');
      for await (const row of sheet.rows) {
        for (let column = 0; column < COLUMNS; column++) {
          const expected = cellText(row.rowNumber, column);
          const actual = row.cells[column]?.text;
          compared++;
          if (actual !== expected) mismatches.push(`${row.rowNumber}:${column} ${JSON.stringify(actual)}`);
        }
      }
    }
    expect(compared).toBe(ROWS * COLUMNS);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
