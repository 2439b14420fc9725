import { describe, expect, it } from 'vitest';
import type { SheetRow } from '../../../src/ingest/sheet-source.js';
import { SharedStringsScanner } from '../../../src/ingest/xlsx-scan/shared-strings-part.js';
import { SheetScanner } from '../../../src/ingest/xlsx-scan/sheet-scanner.js';
import type { SheetContext } from '../../../src/ingest/xlsx-scan/row-scanner.js';

// The scanners work on text chunks of any size: a tag, a row, an entity or a
// value cut anywhere by a chunk boundary must read the same as the whole text.
const SHEET = '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E4"/>'
  + '<cols><col min="1" max="1" width="9"/></cols><sheetData>'
  + '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Nguyễn &amp; Đặng</t></is></c><c r="C1" s="1"><v>42007.5</v></c></row>\n'
  + '<!-- a comment with <row> inside --><row r=\'2\' ><c r = "B2" t="str"><f>A1</f><v>Trần Thị Ánh</v></c><!-- <c r="C2"> --><?pi x?><c r="C2" s="2"/><c r="D2" t="b"><v>1</v></c></row>'
  + '<row r="3"/><row r="4" s="2" customFormat="1"><c r="A4"><v>-1.25E-2</v></c><c r="E4" t="e"><v>#N/A</v></c><c r="F4" t="inlineStr"><is><r><t>Thủy</t></r><r><rPr><rFont val="Arial"/></rPr><t xml:space="preserve"> Hưng</t></r><rPh><t>x</t></rPh></is></c></row>'
  + '</sheetData><mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells></worksheet>';

const SHARED = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">'
  + '<si><t>Họ và tên</t></si><si><r><rPr><rFont val="Times New Roman"/></rPr><t xml:space="preserve">Lê </t></r><r><rPr><b/><rFont val=".VnTime"/></rPr><t>ThÞ &lt;Hoa&gt;</t></r></si>'
  + '<si/><si><t>Ngô Quỳnh</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></si>'
  + '<si><r><t xml:space="preserve">Nguyễn Văn </t></r><r><rPr><strike/><rFont val="Times New Roman"/></rPr><t>Hưng</t></r><r><rPr><strike val="0"/></rPr><t xml:space="preserve"> Hùng</t></r></si></sst>';

const CONTEXT: SheetContext = {
  formats: [{ font: 'Calibri', isDate: false }, { font: 'Calibri', isDate: true }, { font: '.VnTime', isDate: false }],
  sharedStrings: ['Họ và tên'],
  date1904: false,
  part: 'xl/worksheets/sheet1.xml',
};

function scanSheet(chunks: string[]): SheetRow[] {
  const scanner = new SheetScanner(CONTEXT);
  const rows = chunks.flatMap((chunk) => scanner.push(chunk));
  scanner.finish();
  return rows;
}

function scanShared(chunks: string[]) {
  const scanner = new SharedStringsScanner('xl/sharedStrings.xml');
  for (const chunk of chunks) scanner.push(chunk);
  return scanner.finish();
}

describe('chunk boundaries', () => {
  it('a worksheet reads the same cut in two at every position, or fed one character at a time', () => {
    const whole = scanSheet([SHEET]);
    expect(whole.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4]);
    expect(whole[0]?.cells.map((cell) => cell?.text)).toEqual(['Họ và tên', 'Nguyễn & Đặng', '2015-01-03']);
    expect(whole[1]?.cells.map((cell) => cell?.text)).toEqual([undefined, 'Trần Thị Ánh', undefined, 'TRUE']);
    expect(whole[3]?.cells.map((cell) => cell?.value)).toEqual([-0.0125, undefined, undefined, undefined, '#N/A', 'Thủy Hưng']);
    expect(whole[3]?.cells[0]?.font).toBe('.VnTime');
    for (let cut = 1; cut < SHEET.length; cut++) {
      expect(scanSheet([SHEET.slice(0, cut), SHEET.slice(cut)]), `cut at ${cut}`).toStrictEqual(whole);
    }
    expect(scanSheet([...SHEET])).toStrictEqual(whole);
  });

  it('a shared-string table reads the same cut in two at every position, or fed one character at a time', () => {
    const whole = scanShared([SHARED]);
    expect(whole).toStrictEqual([
      'Họ và tên',
      { text: 'Lê ThÞ <Hoa>', runs: [{ text: 'Lê ', font: 'Times New Roman', struck: false }, { text: 'ThÞ <Hoa>', font: '.VnTime', struck: false }] },
      null,
      'Ngô Quỳnh',
      // A run with properties of its own is struck or not as they say; one without is drawn in the cell's font.
      {
        text: 'Nguyễn Văn Hưng Hùng',
        runs: [{ text: 'Nguyễn Văn ', font: undefined }, { text: 'Hưng', font: 'Times New Roman', struck: true }, { text: ' Hùng', font: undefined, struck: false }],
      },
    ]);
    for (let cut = 1; cut < SHARED.length; cut++) {
      expect(scanShared([SHARED.slice(0, cut), SHARED.slice(cut)]), `cut at ${cut}`).toStrictEqual(whole);
    }
    expect(scanShared([...SHARED])).toStrictEqual(whole);
  });

  it('a sheet or a shared-string table that stops early is an error, wherever it stops', () => {
    for (const cut of [SHEET.indexOf('<sheetData>') - 3, SHEET.indexOf('<row r="3"/>'), SHEET.indexOf('</sheetData>') + 5]) {
      expect(() => scanSheet([SHEET.slice(0, cut)]), `cut at ${cut}`).toThrow(/unexpected end/);
    }
    expect(() => scanShared([SHARED.slice(0, SHARED.indexOf('<si/>'))])).toThrow(/unexpected end/);
  });
});
