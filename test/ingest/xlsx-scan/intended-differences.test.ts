import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handMadeParts, writeHandMade, type HandMadeWorkbook } from './hand-made-package.js';
import { readXlsxSheetsLean } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { readBoth, readWith, sheetsOf, withoutDayMonthVerdicts, type ReadOutcome } from './read-both.js';
import { writeZip, type ZipPart } from './zip-builder.js';

// Where the lean reader deliberately does not copy the exceljs reader: each
// case is one where exceljs 4.4.0 (as patched) reads a cell, a name or a date
// wrongly, or throws on a valid file. Each test states both outputs, so it
// fails if either reader changes (say, an exceljs upgrade fixes the bug).
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-scan-diff-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function readHandMade(name: string, workbook: HandMadeWorkbook, arrange?: (parts: ZipPart[]) => ZipPart[]) {
  const path = join(folder, `${name}.xlsx`);
  writeHandMade(path, workbook, arrange);
  return readBoth(path);
}

const DATE_STYLES = { numFmts: [[164, 'dd/mm/yyyy']] as [number, string][], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 164, fontId: 0 }] };

function firstRowTexts(outcome: ReadOutcome): (string | undefined)[] {
  return Array.from(sheetsOf(outcome)[0]?.rows[0]?.cells ?? [], (cell) => cell?.text);
}

describe('lean XLSX reader: intended differences from the exceljs reader', () => {
  it('date serials below 61 in the 1900 system: Excel counts a 1900-02-29, so exceljs is one day early there', async () => {
    const serials = [1, 31, 59, 59.5, 60, 61, 42007];
    const { exceljs, lean } = await readHandMade('small-serials', {
      sheets: [{ name: 'S', rows: `<row r="1">${serials.map((serial, index) => `<c r="${String.fromCharCode(65 + index)}1" s="1"><v>${serial}</v></c>`).join('')}</row>` }],
      styles: DATE_STYLES,
    });
    // Excel shows 1900-01-01, 1900-01-31, 1900-02-28, 1900-02-28 12:00, "1900-02-29" (no such day: kept the number 60,
    // which the date normalizer reports as impossible), 1900-03-01, 2015-01-03.
    expect(firstRowTexts(lean)).toEqual(['1900-01-01', '1900-01-31', '1900-02-28', '1900-02-28', '60', '1900-03-01', '2015-01-03']);
    expect(firstRowTexts(exceljs)).toEqual(['1899-12-31', '1900-01-30', '1900-02-27', '1900-02-27', '1900-02-28', '1900-03-01', '2015-01-03']);
    expect(sheetsOf(lean)[0]?.rows[0]?.cells[3]?.value).toEqual(new Date(Date.UTC(1900, 1, 28, 12)));
  });

  // SheetJS writing with cellDates (a web system's 'Xuất Excel') stores dates as t="d" ISO text: exceljs's parseFloat
  // read '2016-01-10T00:00:00Z' as 2016, and the registration date lost its day and month without a word.
  it('t="d" cells (ISO 8601 dates) are dates of the day and time written; exceljs reads the year alone as a number', async () => {
    const values = ['2016-01-10T00:00:00Z', '2016-01-12', '2015-12-31T17:00:00.000Z', '2016-03-05T08:30:00+07:00', '2015-02-30', 'ngày 5/3'];
    const { exceljs, lean } = await readHandMade('iso-dates', {
      sheets: [{ name: 'S', rows: `<row r="1">${values.map((value, index) => `<c r="${String.fromCharCode(65 + index)}1" t="d"><v>${value}</v></c>`).join('')}</row>` }],
    });
    const cells = sheetsOf(lean)[0]?.rows[0]?.cells ?? [];
    expect(cells.map((cell) => cell?.value)).toEqual([
      new Date(Date.UTC(2016, 0, 10)), new Date(Date.UTC(2016, 0, 12)), new Date(Date.UTC(2015, 11, 31, 17)), new Date(Date.UTC(2016, 2, 5, 8, 30)),
      // No such day, and no ISO date at all: the text as written, for the date reader to report.
      '2015-02-30', 'ngày 5/3',
    ]);
    expect(firstRowTexts(lean).slice(0, 4)).toEqual(['2016-01-10', '2016-01-12', '2015-12-31', '2016-03-05']);
    expect(Array.from(sheetsOf(exceljs)[0]?.rows[0]?.cells ?? [], (cell) => cell?.value).slice(0, 4)).toEqual([2016, 2016, 2015, 2016]);
  });

  it("a cell without a style is drawn in the workbook's default font: kept when that font is a legacy one (exceljs gives none)", async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Phan Th\u00f2 Mai</t></is></c><c r="B1" s="0" t="inlineStr"><is><t>Bo\u00e1</t></is></c><c r="C1" s="1" t="inlineStr"><is><t>x</t></is></c></row>';
    const vni = await readHandMade('default-font-vni', {
      sheets: [{ name: 'S', rows }],
      styles: { fonts: ['VNI-Times', 'Times New Roman'], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 0, fontId: 1 }] },
    });
    expect(Array.from(sheetsOf(vni.lean)[0]?.rows[0]?.cells ?? [], (cell) => cell?.font)).toEqual(['VNI-Times', 'VNI-Times', 'Times New Roman']);
    expect(Array.from(sheetsOf(vni.exceljs)[0]?.rows[0]?.cells ?? [], (cell) => cell?.font)).toEqual([undefined, undefined, 'Times New Roman']);
    // A Unicode default font is left off, as exceljs does.
    const unicode = await readHandMade('default-font-unicode', {
      sheets: [{ name: 'S', rows }],
      styles: { fonts: ['Times New Roman', 'Arial'], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 0, fontId: 1 }] },
    });
    expect(Array.from(sheetsOf(unicode.lean)[0]?.rows[0]?.cells ?? [], (cell) => cell?.font)).toEqual([undefined, undefined, 'Arial']);
  });

  it('rows and cells without r count on from the previous one; exceljs throws on them', async () => {
    const { exceljs, lean } = await readHandMade('no-references', {
      sheets: [{ name: 'S', rows: '<row><c t="inlineStr"><is><t>STT</t></is></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>' }],
    });
    expect(sheetsOf(lean)[0]?.rows.map((row) => [row.rowNumber, Array.from(row.cells, (cell) => cell?.column)])).toEqual([
      [1, ['A', 'B']],
      [5, [undefined, undefined, 'C', 'D']],
      [6, ['A']],
    ]);
    expect('error' in exceljs && exceljs.error.message).toMatch(/Cannot read properties of undefined|Invalid Address/);
  });

  it('formula cells read as their cached value would without the formula (exceljs drops 0 and errors, turns TRUE into 1, dates into serials)', async () => {
    const { exceljs, lean } = await readHandMade('formula-results', {
      sheets: [{
        name: 'S',
        rows: '<row r="1"><c r="A1"><f>B2-B2</f><v>0</v></c><c r="B1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
          + '<c r="D1" s="1"><f>DATE(2015,1,3)</f><v>42007</v></c><c r="E1" t="str"><f>""</f><v></v></c><c r="F1"><f>A1+1</f></c>'
          + '<c r="G1" t="e"><f t="shared" si="0"/><v>#N/A</v></c><c r="H1"><f>ROW()</f><v>1</v></c></row>',
      }],
      styles: DATE_STYLES,
    });
    expect(firstRowTexts(lean)).toEqual(['0', 'TRUE', '#DIV/0!', '2015-01-03', undefined, undefined, '#N/A', '1']);
    expect(firstRowTexts(exceljs)).toEqual([undefined, '1', undefined, '42007', undefined, undefined, 'NaN', '1']);
  });

  it('date1904="true" (an xsd:boolean like "1") means the 1904 date system; exceljs knows only "1"', async () => {
    const { exceljs, lean } = await readHandMade('date1904-true', {
      workbookPr: 'date1904="true"',
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" s="1"><v>40545</v></c></row>' }],
      styles: DATE_STYLES,
    });
    expect([sheetsOf(lean)[0]?.date1904, firstRowTexts(lean)[0]]).toEqual([true, '2015-01-03']);
    expect([sheetsOf(exceljs)[0]?.date1904, firstRowTexts(exceljs)[0]]).toEqual([false, '2011-01-02']);
  });

  it('sheets come in tab order; exceljs yields them in the order of their files in the zip', async () => {
    const { exceljs, lean } = await readHandMade(
      'tab-order',
      {
        sheets: [
          { name: 'Quyển 1', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', file: 'xl/worksheets/sheet2.xml' },
          { name: 'Quyển 2', rows: '<row r="1"><c r="A1"><v>2</v></c></row>', file: 'xl/worksheets/sheet1.xml' },
        ],
        // With workbook.xml and the shared strings first, exceljs reads each sheet as it meets it in the zip.
        sharedStrings: ['<t>x</t>'],
      },
      (parts) => [...parts].sort((a, b) => (a.name.includes('worksheets') && b.name.includes('worksheets') ? a.name.localeCompare(b.name) : 0)),
    );
    expect(sheetsOf(lean).map((sheet) => sheet.name)).toEqual(['Quyển 1', 'Quyển 2']);
    expect(sheetsOf(exceljs).map((sheet) => sheet.name)).toEqual(['Quyển 2', 'Quyển 1']);
  });

  it('a sheet whose relationship target is absolute (/xl/worksheets/…, as openpyxl writes) keeps its name; exceljs calls it Sheet1', async () => {
    const { exceljs, lean } = await readHandMade('absolute-target', {
      sheets: [{ name: 'Sổ khai tử', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', target: '/xl/worksheets/sheet1.xml' }],
    });
    expect(sheetsOf(lean)[0]?.name).toBe('Sổ khai tử');
    expect(sheetsOf(exceljs)[0]?.name).toBe('Sheet1');
    expect(sheetsOf(lean)[0]?.rows).toStrictEqual(sheetsOf(exceljs)[0]?.rows);
  });

  it('entities are decoded once: text that reads "&lt;" stays so; exceljs decodes inline strings and sheet names twice', async () => {
    const { exceljs, lean } = await readHandMade('double-decoding', {
      sheets: [{ name: 'A&amp;B', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>&amp;lt;x&amp;gt;</t></is></c><c r="B1" t="str"><v>&amp;amp;</v></c></row>' }],
    });
    expect([sheetsOf(lean)[0]?.name, ...firstRowTexts(lean)]).toEqual(['A&amp;B', '&lt;x&gt;', '&amp;']);
    expect([sheetsOf(exceljs)[0]?.name, ...firstRowTexts(exceljs)]).toEqual(['A&B', '<x>', '&']);
  });

  it('phonetic guides (<rPh>, East Asian files) are not part of the text; exceljs puts them in place of or after it', async () => {
    const { exceljs, lean } = await readHandMade('phonetic', {
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c></row>' }],
      sharedStrings: ['<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/>'],
    });
    expect(firstRowTexts(lean)).toEqual(['漢字', '漢字']);
    expect(firstRowTexts(exceljs)).toEqual(['かんじ', '漢字かんじ']);
  });

  it('sheets stored before workbook.xml with no shared strings (exceljs streaming writer) keep their names, styles and dates', async () => {
    // exceljs parks such sheets in temp files and, depending on timing, loses the
    // zip entries after them (workbook.xml, styles.xml, even the last sheet): its
    // result varies from run to run, so only the lean reader's is asserted here.
    const path = join(folder, 'sheets-first-no-shared-strings.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
    for (const name of ['KS 2015', 'KS 2016', 'KS 2017', 'KS 2018', 'KS 2019']) {
      const sheet = writer.addWorksheet(name);
      sheet.getColumn(2).numFmt = 'dd/mm/yyyy';
      sheet.getColumn(3).font = { name: '.VnTime' };
      sheet.addRow(['Nguyễn Văn An', new Date(Date.UTC(2015, 0, 3)), 'Lª ThÞ Hoa']).commit();
      sheet.commit();
    }
    await writer.commit();
    const sheets = sheetsOf(await readWith(readXlsxSheetsLean(path)));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['KS 2015', 'KS 2016', 'KS 2017', 'KS 2018', 'KS 2019']);
    for (const sheet of sheets) {
      expect(sheet.rows[0]?.cells.map((cell) => [cell?.text, cell?.font])).toEqual([['Nguyễn Văn An', undefined], ['2015-01-03', 'Calibri'], ['Lª ThÞ Hoa', '.VnTime']]);
    }
  });

  it('SpreadsheetML bound to a namespace prefix (<x:row>, <x:c>, as OpenXML SDK programs may write) reads as without it; exceljs throws', async () => {
    const workbook: HandMadeWorkbook = {
      sheets: [{
        name: 'Sổ',
        // Large enough for the prefixed tags to be cut by chunk boundaries.
        rows: Array.from({ length: 4000 }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}" t="s"><v>${index % 2}</v></c><c r="B${index + 1}" s="1"><v>${42007 + index}</v></c>`
          + `<c r="C${index + 1}" t="inlineStr"><is><t>Lê Thị Hoa ${index}</t></is></c></row>`).join(''),
      }],
      sharedStrings: ['<t>Nguyễn Văn An</t>', '<r><rPr><rFont val=".VnTime"/></rPr><t>Lª ThÞ</t></r>'],
      styles: DATE_STYLES,
    };
    const plain = join(folder, 'unprefixed.xlsx');
    writeHandMade(plain, workbook);
    const prefixed = join(folder, 'prefixed.xlsx');
    writeZip(prefixed, handMadeParts(workbook).map((part) => (/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(part.name)
      ? { ...part, data: String(part.data).replace(/<(\/?)([A-Za-z])/g, '<$1x:$2').replace('xmlns="', 'xmlns:x="') }
      : part)));
    const { exceljs, lean } = await readBoth(prefixed);
    expect(lean).toStrictEqual((await readBoth(plain)).exceljs);
    expect(sheetsOf(lean)[0]?.rows[3999]?.cells.map((cell) => cell?.text)).toEqual(['Lª ThÞ', '2025-12-15', 'Lê Thị Hoa 3999']);
    expect('error' in exceljs && exceljs.error.message).toMatch(/reading 'sheets'/);
  });

  it('indentation between tags of pretty-printed XML is not part of a string; exceljs adds it to inline and shared strings', async () => {
    const { exceljs, lean } = await readHandMade('pretty-printed', {
      sheets: [{ name: 'S', rows: '\n  <row r="1">\n    <c r="A1" t="inlineStr">\n      <is>\n        <t>Nguyễn Văn An</t>\n      </is>\n    </c>\n    <c r="B1" t="s">\n      <v>0</v>\n    </c>\n    <c r="C1">\n      <v>5</v>\n    </c>\n  </row>\n' }],
      sharedStrings: ['\n    <t>Trần Thị Mai</t>\n  '],
    });
    expect(sheetsOf(lean)[0]?.rows[0]?.cells.map((cell) => cell?.value)).toEqual(['Nguyễn Văn An', 'Trần Thị Mai', 5]);
    expect(sheetsOf(exceljs)[0]?.rows[0]?.cells.map((cell) => cell?.value)).toEqual(['\n        Nguyễn Văn An\n      \n    ', 'Trần Thị Mai\n  ', 5]);
  });

  it('the Date cells of a column typed d/m/yyyy on a US-locale PC are marked dayMonthSwapped; exceljs hands rows out one by one and judges no column', async () => {
    // Texts a US Excel could not parse ('13/01/2019'…) on odd rows, the Date cells it made of '01/03/2019'… (1 March stored for 3 January) on even ones.
    const texts = Array.from({ length: 10 }, (_, index) => `${13 + index}/0${1 + index % 9}/2019`);
    const rows = Array.from({ length: 20 }, (_, index) => `<row r="${index + 1}">${index % 2 === 0
      ? `<c r="A${index + 1}" t="s"><v>${index / 2}</v></c>`
      : `<c r="A${index + 1}" s="1"><v>${43525 + 31 * Math.floor(index / 2)}</v></c>`}</row>`).join('');
    const { exceljs, lean } = await readHandMade('us-locale-dates', {
      sheets: [{ name: 'S', rows }],
      sharedStrings: texts.map((text) => `<t>${text}</t>`),
      styles: { cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 14, fontId: 0 }] },
    });
    const verdicts = (outcome: ReadOutcome) => sheetsOf(outcome)[0]?.rows.map((row) => row.cells[0]?.dayMonthSwapped);
    expect(verdicts(lean)).toEqual(Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? undefined : 'certain')));
    expect(verdicts(exceljs)).toEqual(Array(20).fill(undefined));
    expect(withoutDayMonthVerdicts(lean)).toStrictEqual(exceljs);
  });

  it('strikethrough: a run\'s own <strike/> (a word struck in a cell) is read; exceljs\'s streaming reader drops it, and takes <strike val="0"/> for on', async () => {
    const { exceljs, lean } = await readHandMade('strike-runs', {
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="inlineStr"><is><t>Trần Thị Lan</t></is></c></row>' }],
      sharedStrings: ['<r><t xml:space="preserve">Nguyễn Văn </t></r><r><rPr><strike/><rFont val="Times New Roman"/></rPr><t>Hưng</t></r><r><rPr><rFont val="Times New Roman"/></rPr><t xml:space="preserve"> Hùng</t></r>'],
      styles: { fonts: ['Calibri', { name: 'Times New Roman', properties: '<strike val="0"/>' }], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 0, fontId: 1 }] },
    });
    const flags = (outcome: ReadOutcome) => sheetsOf(outcome)[0]?.rows[0]?.cells.map((cell) => [cell?.text, cell?.struck]);
    expect(flags(lean)).toEqual([['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng Hùng'], ['Trần Thị Lan', undefined]]);
    expect(flags(exceljs)).toEqual([['Nguyễn Văn Hưng Hùng', undefined], ['Trần Thị Lan', true]]);
  });
});
