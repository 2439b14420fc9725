import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceCell } from '../../../src/ingest/source-cell.js';
import { readXlsxSheetsLean } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { writeHandMade, type HandMadeWorkbook } from './hand-made-package.js';
import { expectSameAsExceljs, readWith, sheetsOf } from './read-both.js';

// Strikethrough (SourceCell.struck): a typist copies a clerk's line through the book with Ctrl+5.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-strike-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function leanCells(name: string, workbook: HandMadeWorkbook): Promise<(SourceCell | undefined)[][]> {
  const path = join(folder, `${name}.xlsx`);
  writeHandMade(path, workbook);
  return sheetsOf(await readWith(readXlsxSheetsLean(path)))[0]!.rows.map((row) => row.cells);
}

describe('strikethrough read from the cell format', () => {
  it('a struck cell of any type is struck in both readers; a plain cell has no flag', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KS 2016');
    const row = sheet.addRow([7, 'Nguyễn Văn Hưng', new Date(Date.UTC(2016, 2, 2)), true, { richText: [{ text: 'Lê Thị ' }, { text: 'Hoa' }] }, 'Trạm y tế xã Tam Hợp']);
    for (const column of [1, 2, 3, 4, 5]) row.getCell(column).font = { name: 'Times New Roman', strike: true };
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    const path = join(folder, 'struck-cells.xlsx');
    await workbook.xlsx.writeFile(path);
    const [read] = await expectSameAsExceljs(path);
    const cells = read!.rows[0]!.cells;
    expect(cells.map((cell) => cell?.struck)).toEqual([true, true, true, true, true, undefined]);
    expect(cells[1]).toStrictEqual({ value: 'Nguyễn Văn Hưng', text: 'Nguyễn Văn Hưng', column: 'B', font: 'Times New Roman', struck: true });
    // Rich text whose runs have no properties of their own is drawn in the cell's font: struck whole, kept as typed.
    expect(cells[4]).toMatchObject({ text: 'Lê Thị Hoa', struck: true });
    expect(cells[5]).toStrictEqual({ value: 'Trạm y tế xã Tam Hợp', text: 'Trạm y tế xã Tam Hợp', column: 'F' });
  });

  it('`<strike/>`, val="1" and val="true" are on; val="0" and val="false" (LibreOffice) are off', async () => {
    const properties = ['<strike/>', '<strike val="1"/>', '<strike val="true"/>', '<strike val="0"/>', '<strike val="false"/>', '<b/>'];
    const cells = await leanCells('strike-values', {
      sheets: [{ name: 'S', rows: `<row r="1">${properties.map((_, index) => `<c r="${String.fromCharCode(65 + index)}1" s="${index + 1}" t="inlineStr"><is><t>Hùng</t></is></c>`).join('')}</row>` }],
      styles: {
        fonts: ['Calibri', ...properties.map((tag) => ({ name: 'Times New Roman', properties: tag }))],
        cellXfs: [{ numFmtId: 0, fontId: 0 }, ...properties.map((_, index) => ({ numFmtId: 0, fontId: index + 1 }))],
      },
    });
    expect(cells[0]!.map((cell) => cell?.struck)).toEqual([true, true, true, undefined, undefined, undefined]);
  });

  it("a row struck through as a whole (the row's style) strikes its cells without a style of their own", async () => {
    const cells = await leanCells('struck-row-style', {
      sheets: [{ name: 'S', rows: '<row r="1" s="1" customFormat="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Văn Hưng</t></is></c><c r="B1"><v>7</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Nguyễn Văn Hùng</t></is></c></row>' }],
      styles: { fonts: ['Calibri', { name: 'Calibri', properties: '<strike/>' }], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 0, fontId: 1 }] },
    });
    expect(cells.map((row) => row.map((cell) => cell?.struck))).toEqual([[true, true], [undefined]]);
  });
});

describe('strikethrough of rich-text runs (lean reader: exceljs drops it, see intended-differences)', () => {
  const STYLES = { fonts: ['Times New Roman', { name: 'Times New Roman', properties: '<strike/>' }], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 0, fontId: 1 }] };
  const run = (text: string, strike = false): string => `<r><rPr>${strike ? '<strike/>' : ''}<rFont val="Times New Roman"/></rPr><t xml:space="preserve">${text}</t></r>`;

  async function read(items: string[], style = 0): Promise<(SourceCell | undefined)[]> {
    const cells = await leanCells(`runs-${items.length}-${style}-${items[0]!.length}`, {
      sheets: [{ name: 'S', rows: `<row r="1">${items.map((_, index) => `<c r="${String.fromCharCode(65 + index)}1" s="${style}" t="s"><v>${index}</v></c>`).join('')}</row>` }],
      sharedStrings: items,
      styles: STYLES,
    });
    return cells[0]!;
  }

  it('a word struck and written again: the struck run is left out of value, text and runs; `struck` keeps the text as typed', async () => {
    const [word, letter, spaced, both] = await read([
      run('Nguyễn Văn ') + run('Hưng', true) + run(' Hùng'),
      run('Lê Thị Ho') + run('a', true) + run('à'),
      run('Trần Văn') + run(' Hưng ', true) + run('Hùng'),
      run('Đỗ Thị ') + run('Hoa ', true) + run(' Huệ'),
    ]);
    expect(word).toStrictEqual({
      value: 'Nguyễn Văn Hùng', text: 'Nguyễn Văn Hùng', column: 'A',
      runs: [{ text: 'Nguyễn Văn ', font: 'Times New Roman' }, { text: 'Hùng', font: 'Times New Roman' }],
      struck: 'Nguyễn Văn Hưng Hùng',
    });
    // A letter inside a word; a struck word with its spaces (no words joined); spaces on both sides (none doubled).
    expect([letter, spaced, both].map((cell) => [cell?.text, cell?.struck])).toEqual([
      ['Lê Thị Hoà', 'Lê Thị Hoaà'],
      ['Trần Văn Hùng', 'Trần Văn Hưng Hùng'],
      ['Đỗ Thị Huệ', 'Đỗ Thị Hoa  Huệ'],
    ]);
  });

  it('every run with text struck: the whole cell is struck, kept as typed; a struck space alone is no strike', async () => {
    const [all, space] = await read([run('Nguyễn', true) + run(' ') + run('Văn Hưng', true), run('Nguyễn') + run(' ', true) + run('Văn Hùng')]);
    expect(all).toMatchObject({ text: 'Nguyễn Văn Hưng', struck: true });
    expect(all?.runs?.map((part) => part.text)).toEqual(['Nguyễn', ' ', 'Văn Hưng']);
    expect(space).not.toHaveProperty('struck');
    expect(space?.text).toBe('Nguyễn Văn Hùng');
  });

  it("in a struck cell, a run without properties of its own is struck; one whose properties do not say so is not", async () => {
    const [inherits, ownPlain] = await read(['<r><t xml:space="preserve">Nguyễn Văn </t></r><r><t>Hưng</t></r>', '<r><t xml:space="preserve">Nguyễn Văn </t></r>' + run('Hùng')], 1);
    expect(inherits).toMatchObject({ text: 'Nguyễn Văn Hưng', struck: true });
    // 'Nguyễn Văn ' is in the cell's struck font, 'Hùng' was un-struck by the typist.
    expect([ownPlain?.text, ownPlain?.struck]).toEqual(['Hùng', 'Nguyễn Văn Hùng']);
  });
});
