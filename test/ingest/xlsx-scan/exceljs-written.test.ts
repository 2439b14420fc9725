import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSameAsExceljs } from './read-both.js';

// One workbook per feature, written with exceljs, read by both readers and
// compared whole (toStrictEqual: holes, fonts and runs included); each test
// also checks a few cells by value so that two empty results cannot pass.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-scan-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function written(name: string, fill: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const path = join(folder, `${name}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('lean XLSX reader equals the exceljs reader on exceljs-written workbooks', () => {
  it('shared strings: Vietnamese text, spaces kept, XML-special characters, line breaks', async () => {
    const path = await written('shared-strings', (workbook) => {
      const sheet = workbook.addWorksheet('Sổ khai sinh');
      sheet.addRow(['Họ và tên', '  Nguyễn Văn Đức  ', 'A & B <c> "d" \'e\'', 'Dòng 1\nDòng 2', 'Tab\there', 'Quỳnh Thuỷ Thủy']);
      sheet.addRow(['Họ và tên', 'Trần Thị Ánh']); // repeated string: one shared entry
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.name).toBe('Sổ khai sinh');
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.text)).toEqual([
      'Họ và tên', '  Nguyễn Văn Đức  ', 'A & B <c> "d" \'e\'', 'Dòng 1\nDòng 2', 'Tab\there', 'Quỳnh Thuỷ Thủy',
    ]);
  });

  it('rich text: runs keep their own font; a run without one takes the cell font', async () => {
    const path = await written('rich-text', (workbook) => {
      const sheet = workbook.addWorksheet('Rich');
      sheet.addRow([
        { richText: [{ text: 'Nguyễn Văn ', font: { name: 'Times New Roman' } }, { text: 'An', font: { name: 'Arial', bold: true } }] },
        { richText: [{ text: 'Trần ', font: { bold: true } }, { text: 'Thị Mai' }] },
        { richText: [{ text: 'Lª ', font: { name: '.VnTime' } }, { text: 'ThÞ Hoa' }] },
      ]);
      sheet.getCell('C1').font = { name: '.VnTimeH' };
    });
    const [sheet] = await expectSameAsExceljs(path);
    const [first, second, third] = sheet?.rows[0]?.cells ?? [];
    expect(first).toMatchObject({ text: 'Nguyễn Văn An', runs: [{ text: 'Nguyễn Văn ', font: 'Times New Roman' }, { text: 'An', font: 'Arial' }] });
    expect(second?.runs).toStrictEqual([{ text: 'Trần ' }, { text: 'Thị Mai' }]);
    expect(third).toMatchObject({ font: '.VnTimeH', runs: [{ text: 'Lª ', font: '.VnTime' }, { text: 'ThÞ Hoa', font: '.VnTimeH' }] });
  });

  it('numbers: integers, decimals, negatives, 12-digit IDs, tiny and huge values', async () => {
    const values = [0, 1, -7, 3.14, 0.1 + 0.2, 26215000101, 123456789012345, 1e-7, 1.5e300, -0.000123, 2 ** 53 + 2];
    const path = await written('numbers', (workbook) => {
      workbook.addWorksheet('Numbers').addRow(values);
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.value)).toEqual(values);
    expect(sheet?.rows[0]?.cells[5]?.text).toBe('26215000101');
  });

  it('booleans and error values', async () => {
    const path = await written('booleans-errors', (workbook) => {
      workbook.addWorksheet('Flags').addRow([true, false, { error: '#N/A' }, { error: '#DIV/0!' }]);
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.text)).toEqual(['TRUE', 'FALSE', '#N/A', '#DIV/0!']);
  });

  it('formulas: the cached number or string is the value; a formula never calculated is empty', async () => {
    const path = await written('formulas', (workbook) => {
      const sheet = workbook.addWorksheet('Formulas');
      sheet.addRow([{ formula: 'ROW()-1', result: 7 }, { formula: 'CONCATENATE("Lê"," Hoa")', result: 'Lê Hoa' }, { formula: 'A1*2' }, 'x']);
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells[0]).toStrictEqual({ value: 7, text: '7', column: 'A' });
    expect(sheet?.rows[0]?.cells[1]?.text).toBe('Lê Hoa');
    expect(2 in (sheet?.rows[0]?.cells ?? [])).toBe(false);
  });

  it('hyperlinks read as their text', async () => {
    const path = await written('hyperlinks', (workbook) => {
      workbook.addWorksheet('Links').addRow([{ text: 'Xem bản quét', hyperlink: 'http://sohoa.vinhphuc.gov.vn/ks/1' }]);
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells[0]?.text).toBe('Xem bản quét');
  });

  it('empty strings, missing cells, styled empty cells and merged areas', async () => {
    const path = await written('empty-and-merged', (workbook) => {
      const sheet = workbook.addWorksheet('Gaps');
      sheet.addRow(['STT', '', null, 'Họ tên']);
      sheet.getCell('C1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      sheet.getCell('E1').font = { name: 'Arial' };
      sheet.getCell('A3').value = 'Thông tin về mẹ';
      sheet.mergeCells('A3:C3');
      sheet.getCell('A4').value = 'Họ và tên';
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows.map((row) => row.rowNumber)).toEqual([1, 3, 4]);
    expect(Object.keys(sheet?.rows[0]?.cells ?? {})).toEqual(['0', '3']);
    expect(Object.keys(sheet?.rows[1]?.cells ?? {})).toEqual(['0']);
  });

  it('dates: built-in and custom date and time formats are dates; text, percent and quoted formats are not', async () => {
    const formats = ['mm-dd-yy', 'd-mmm-yy', 'h:mm', '[h]:mm:ss', 'mm:ss', 'dd/mm/yyyy', '[$-42A]dd/mm/yyyy', 'yyyy"年"m"月"', '"Ngày "dd',
      '0" ngày"', '@', '#,##0', '0.00%', 'General', '[Red]0'];
    const path = await written('date-formats', (workbook) => {
      const sheet = workbook.addWorksheet('Dates');
      const row = sheet.addRow(formats.map(() => 42007.75));
      formats.forEach((format, index) => {
        row.getCell(index + 1).numFmt = format;
      });
      sheet.addRow([new Date(Date.UTC(2015, 0, 3)), new Date(Date.UTC(1999, 11, 31, 23, 59)), new Date(Date.UTC(1900, 2, 1))]);
    });
    const [sheet] = await expectSameAsExceljs(path);
    const kinds = sheet?.rows[0]?.cells.map((cell) => (cell?.value instanceof Date ? 'date' : typeof cell?.value));
    expect(kinds).toEqual([...formats.slice(0, 9).map(() => 'date'), ...formats.slice(9).map(() => 'number')]);
    expect(sheet?.rows[0]?.cells[0]?.text).toBe('2015-01-03');
    expect(sheet?.rows[1]?.cells.map((cell) => cell?.text)).toEqual(['2015-01-03', '1999-12-31', '1900-03-01']);
  });

  it('dates whose format shows only the year or the month say so (datePrecision)', async () => {
    const formats = ['yyyy', 'mm/yyyy', 'mmm-yy', '"Năm "yyyy', 'dd/mm/yyyy', 'h:mm', 'mmmm'];
    const path = await written('date-precision', (workbook) => {
      const sheet = workbook.addWorksheet('Dates');
      const row = sheet.addRow(formats.map(() => new Date(Date.UTC(1935, 2, 1))));
      formats.forEach((format, index) => {
        row.getCell(index + 1).numFmt = format;
      });
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.datePrecision)).toEqual(['year', 'month', 'month', 'year', undefined, undefined, undefined]);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.text)).toEqual(formats.map(() => '1935-03-01'));
  });

  it('dates in a 1904-based workbook', async () => {
    const path = await written('date1904', (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('1904');
      sheet.addRow([new Date(Date.UTC(2015, 0, 3)), 40545]);
      sheet.getCell('B1').numFmt = 'dd/mm/yyyy';
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.date1904).toBe(true);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.text)).toEqual(['2015-01-03', '2015-01-03']);
  });

  it('fonts: none for unstyled cells; styled cells name theirs, the default font too; row and column styles', async () => {
    const path = await written('fonts', (workbook) => {
      const sheet = workbook.addWorksheet('Fonts');
      sheet.getColumn(3).font = { name: 'VNI-Times' };
      sheet.addRow(['plain', 'filled', 'column font', 'own font']);
      sheet.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDDDDD' } };
      sheet.getCell('D1').font = { name: '.VnTime' };
      const styledRow = sheet.addRow(['row font', 'row font too']);
      styledRow.font = { name: 'VNtimes new roman' };
    });
    const [sheet] = await expectSameAsExceljs(path);
    expect(sheet?.rows[0]?.cells.map((cell) => cell?.font)).toEqual([undefined, 'Calibri', 'VNI-Times', '.VnTime']);
    expect(sheet?.rows[1]?.cells.map((cell) => cell?.font)).toEqual(['VNtimes new roman', 'VNtimes new roman']);
  });

  it('several sheets in tab order, hidden ones included, names with & and Vietnamese letters', async () => {
    const path = await written('sheets', (workbook) => {
      workbook.addWorksheet('Quyển 01-2015').addRow(['a']);
      workbook.addWorksheet('Ẩn', { state: 'hidden' }).addRow(['b']);
      workbook.addWorksheet('KS & KH').addRow(['c']);
      workbook.addWorksheet('Trống');
    });
    const sheets = await expectSameAsExceljs(path);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Quyển 01-2015', 'Ẩn', 'KS & KH', 'Trống']);
    expect(sheets.map((sheet) => sheet.rows.length)).toEqual([1, 1, 1, 0]);
  });
});
