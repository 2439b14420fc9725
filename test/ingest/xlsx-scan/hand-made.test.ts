import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHandMade, type HandMadeWorkbook } from './hand-made-package.js';
import { expectSameAsExceljs } from './read-both.js';
import type { ZipPart } from './zip-builder.js';

// Packages built part by part, for what exceljs's writer never produces but
// Excel, LibreOffice and other tools do. Both readers must agree on each.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-scan-hand-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function handMade(name: string, workbook: HandMadeWorkbook, arrange?: (parts: ZipPart[]) => ZipPart[]): string {
  const path = join(folder, `${name}.xlsx`);
  writeHandMade(path, workbook, arrange);
  return path;
}

const DATE_STYLES = { numFmts: [[164, 'dd/mm/yyyy']] as [number, string][], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 164, fontId: 0 }] };

describe('lean XLSX reader equals the exceljs reader on hand-built packages', () => {
  it('inline strings: one <t>, several runs, entities and character references, preserved spaces', async () => {
    const path = handMade('inline-strings', {
      sheets: [{
        name: 'Inline',
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Văn Đức</t></is></c>'
          + '<c r="B1" t="inlineStr"><is><r><rPr><rFont val="Times New Roman"/></rPr><t xml:space="preserve">Trần </t></r><r><rPr><b/><rFont val="Arial"/></rPr><t>Thị Mai</t></r></is></c>'
          + '<c r="C1" t="inlineStr"><is><t>A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos; &#273;&#x1EE9;c</t></is></c>'
          + '<c r="D1" t="inlineStr"><is><t xml:space="preserve">  hai khoảng  </t></is></c></row>',
      }],
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.text)).toEqual(['Nguyễn Văn Đức', 'Trần Thị Mai', 'A & B <c> "d" \'e\' đức', '  hai khoảng  ']);
  });

  it('a worksheet stored in the zip before workbook.xml, its relationships and sharedStrings.xml', async () => {
    const path = handMade(
      'sheet-first',
      { sheets: [{ name: 'Sổ 1', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' }], sharedStrings: ['<t>Họ và tên</t>', '<t>Ngày sinh</t>'] },
      (parts) => [...parts.filter((part) => part.name.includes('worksheets')), ...parts.filter((part) => !part.name.includes('worksheets')).reverse()],
    );
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.name).toBe('Sổ 1');
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.text)).toEqual(['Họ và tên', 'Ngày sinh']);
  });

  it('parts stored without compression', async () => {
    const path = handMade(
      'stored',
      { sheets: [{ name: 'Stored', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row>' }], sharedStrings: ['<t>Lê Thị Hoa</t>'] },
      (parts) => parts.map((part) => ({ ...part, method: 'store' as const })),
    );
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.value)).toEqual(['Lê Thị Hoa', 42]);
  });

  it('keeps _x000D_ escapes as written (the exceljs streaming reader does not decode them) and reads raw CR LF as LF', async () => {
    const path = handMade('escapes', {
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Dòng 1_x000D_\r\nDòng 2</t></is></c><c r="B1" t="s"><v>0</v></c></row>' }],
      sharedStrings: ['<t>Thôn 1_x000D_\nxã Tam Hợp\r\n</t>'],
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.text)).toEqual(['Dòng 1_x000D_\nDòng 2', 'Thôn 1_x000D_\nxã Tam Hợp\n']);
  });

  it('empty values: an empty shared string or self-closed cell is absent; empty inline, str and error cells are kept', async () => {
    const path = handMade('empties', {
      sheets: [{
        name: 'S',
        rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t/></is></c><c r="C1" t="str"><v></v></c>'
          + '<c r="D1" t="s"><v>1</v></c><c r="E1" t="s"><v>9</v></c><c r="F1" t="inlineStr"/><c r="G1" t="e"><v></v></c><c r="H1" s="1"/></row><row r="2"/>',
      }],
      sharedStrings: ['<t/>', '<r><t/></r><r><rPr><rFont val="Arial"/></rPr><t>x</t></r>'],
      styles: DATE_STYLES,
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(Object.keys(sheet?.rows[0]?.cells ?? {})).toEqual(['1', '2', '3', '6']);
    expect(sheet?.rows[0]?.cells[3]?.runs).toStrictEqual([{ text: 'x', font: 'Arial' }]);
    expect(sheet?.rows[1]).toStrictEqual({ rowNumber: 2, cells: [] });
  });

  it('plain booleans, errors and formula strings; a t="s" cell without a shared-string part is empty', async () => {
    const path = handMade('plain-types', {
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="b"><v>0</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#REF!</v></c><c r="D1" t="str"><v>x &amp; y</v></c><c r="E1" t="s"><v>0</v></c><c r="F1" t="n"><v>-1.5E-3</v></c></row>' }],
    });
    const [sheet] = await expectSameAsExceljs(path);
    // A t="d" (ISO 8601) cell is read as a date: test/ingest/xlsx-scan/intended-differences.test.ts.
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.value)).toEqual([false, true, '#REF!', 'x & y', undefined, -0.0015]);
  });

  it("a row's style (s, even s=\"0\") applies to its cells that have none, not to cells with their own", async () => {
    const path = handMade('row-styles', {
      sheets: [{
        name: 'S',
        rows: '<row r="1" s="0" customFormat="1"><c r="A1"><v>1</v></c><c r="B1" s="0"><v>2</v></c></row>'
          + '<row r="2" s="2" customFormat="1"><c r="A2"><v>42007</v></c><c r="B2" s="1"><v>42007</v></c><c r="C2" s="9"><v>42007</v></c></row>'
          + '<row r="3"><c r="A3"><v>42007</v></c><c r="B3" s="3"><v>1</v></c></row>',
      }],
      styles: { fonts: ['Calibri', 'Arial', undefined], numFmts: [[164, 'dd/mm/yyyy']], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 0, fontId: 1 }, { numFmtId: 164, fontId: 1 }, { numFmtId: 0, fontId: 2 }] },
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows.map((row) => row.cells.map((cell) => cell?.font))).toEqual([['Calibri', 'Calibri'], ['Arial', 'Arial', 'Arial'], [undefined, undefined]]);
    expect(sheet?.rows[1]?.cells.map((cell) => cell?.text)).toEqual(['2015-01-03', '42007', '2015-01-03']);
  });

  it('built-in number formats: 14–22 and 45–47 are dates; the locale ones (27–36, 50–58, 81) are not, as in exceljs', async () => {
    const ids = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 58, 81, 1, 49];
    const path = handMade('built-in-formats', {
      sheets: [{ name: 'S', rows: `<row r="1">${ids.map((_, index) => `<c r="${String.fromCharCode(65 + index)}1" s="${index + 1}"><v>42007.5</v></c>`).join('')}</row>` }],
      styles: { cellXfs: [{ numFmtId: 0, fontId: 0 }, ...ids.map((id) => ({ numFmtId: id, fontId: 0 }))] },
    });
    const [sheet] = await expectSameAsExceljs(path);
    const dates = ids.filter((_, index) => sheet?.rows[0]?.cells[index]?.value instanceof Date);
    expect(dates).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
  });

  it('a custom format with an escaped letter counts as a date, as exceljs drops the backslash first', async () => {
    const path = handMade('escaped-format', {
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" s="1"><v>42007</v></c><c r="B1" s="2"><v>42007</v></c></row>' }],
      styles: { numFmts: [[164, '#,##0\\ \\d'], [165, '#,##0\\ "đồng"']], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 164, fontId: 0 }, { numFmtId: 165, fontId: 0 }] },
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.value instanceof Date)).toEqual([true, false]);
  });

  it('a chart sheet in the workbook is not a worksheet and is not read', async () => {
    const path = handMade('chart-sheet', {
      sheets: [
        { name: 'Biểu đồ', rows: '', file: 'xl/chartsheets/sheet1.xml', relationship: 'chartsheet' },
        { name: 'Dữ liệu', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      ],
    });
    const sheets = await expectSameAsExceljs(path);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Dữ liệu']);
  });
});
