import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreadableReason } from '../../../src/ingest/open-sheets.js';
import type { SheetRow } from '../../../src/ingest/sheet-source.js';
import { readXlsxSheetsLean, SheetDamagedError } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { writeHandMade, type HandMadeWorkbook } from './hand-made-package.js';
import { readWith, sheetsOf } from './read-both.js';

// The lean reader judges a whole sheet's date columns (src/ingest/us-locale-dates.ts)
// before giving its first row, when the workbook's shared strings hold dates a
// US-locale Excel left as text: it holds the sheet's rows until then.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-scan-us-dates-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const STYLES = { numFmts: [[164, 'dd/mm/yyyy']] as [number, string][], cellXfs: [{ numFmtId: 0, fontId: 0 }, { numFmtId: 14, fontId: 0 }] };
/** Texts a US-locale Excel could not parse ('13/01/2019' …): the days 13–24 of January to September. */
const LEFT_AS_TEXT = Array.from({ length: 12 }, (_, index) => `${13 + index}/0${1 + (index % 9)}/2019`);
/** Serials of days 1–9 of 2019's months (what US Excel stored for a 'd/m' typed with d ≤ 12). */
const EXCHANGED = Array.from({ length: 12 }, (_, index) => (Date.UTC(2019, index, 1 + (index % 9)) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** `count` rows: A a name, B a date — text (shared or inline) on odd rows, a Date cell (format 14) on even ones. */
function usSheetRows(count: number, strings: 'shared' | 'inline' = 'shared'): string {
  return Array.from({ length: count }, (_, index) => {
    const r = index + 1;
    const textIndex = index % LEFT_AS_TEXT.length;
    const date = index % 2 === 0
      ? strings === 'shared' ? `<c r="B${r}" t="s"><v>${textIndex}</v></c>` : `<c r="B${r}" t="inlineStr"><is><t>${LEFT_AS_TEXT[textIndex]}</t></is></c>`
      : `<c r="B${r}" s="1"><v>${EXCHANGED[index % EXCHANGED.length]}</v></c>`;
    return `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Nguyễn Văn ${r}</t></is></c>${date}</row>`;
  }).join('');
}

function usWorkbook(rows: string): HandMadeWorkbook {
  return { sheets: [{ name: 'Khai sinh', rows }], sharedStrings: LEFT_AS_TEXT.map((text) => `<t>${text}</t>`), styles: STYLES };
}

async function rowsOf(name: string, workbook: HandMadeWorkbook): Promise<SheetRow[]> {
  const path = join(folder, `${name}.xlsx`);
  writeHandMade(path, workbook);
  return sheetsOf(await readWith(readXlsxSheetsLean(path)))[0]?.rows ?? [];
}

const marked = (rows: SheetRow[]) => rows.flatMap((row) => row.cells.filter((cell) => cell?.dayMonthSwapped !== undefined));

describe('lean XLSX reader: date columns typed on a US-locale PC', () => {
  it("marks every Date cell of such a column, before the first row is given, and nothing else", async () => {
    const rows = await rowsOf('us-column', usWorkbook(usSheetRows(40)));
    expect(rows.map((row) => row.rowNumber)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(marked(rows)).toHaveLength(20);
    expect(marked(rows).every((cell) => cell?.column === 'B' && cell.value instanceof Date && cell.dayMonthSwapped === 'certain')).toBe(true);
  });

  it('reads a sheet of more rows than it judges as it always did: every row, in order, nothing marked', async () => {
    const count = 20_010;
    const rows = await rowsOf('us-column-long', usWorkbook(usSheetRows(count)));
    expect(rows).toHaveLength(count);
    expect(rows.every((row, index) => row.rowNumber === index + 1)).toBe(true);
    expect(marked(rows)).toEqual([]);
  });

  it('judges nothing in a workbook whose shared strings hold no dates left as text (texts Excel typed are shared strings)', async () => {
    const rows = await rowsOf('us-column-inline', { ...usWorkbook(usSheetRows(40, 'inline')), sharedStrings: ['<t>Họ và tên</t>'] });
    expect(rows).toHaveLength(40);
    expect(marked(rows)).toEqual([]);
  });

  it('gives no row of a sheet with a fault, judged or not: the sheet is damaged before its first row (SheetDamagedError)', async () => {
    const faults: [string, (xml: string) => string, string][] = [
      ['cut', (xml) => xml.slice(0, xml.indexOf('<row r="31"') + 20), 'tệp bị cắt cụt (kết thúc giữa chừng), có thể do sao chép chưa xong'],
      ['malformed', (xml) => xml.replace(/<row r="31">.*?<\/row>/, '<row r="31"><c r="A31"><v>1</c></row>'), 'tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng'],
    ];
    const readUntilFault = async (name: string, workbook: HandMadeWorkbook, fault: (xml: string) => string) => {
      const path = join(folder, `${name}.xlsx`);
      writeHandMade(path, workbook, (parts) => parts.map((part) => (part.name.includes('worksheets') ? { ...part, data: fault(String(part.data)) } : part)));
      const rows: SheetRow[] = [];
      try {
        for await (const sheet of readXlsxSheetsLean(path)) for await (const row of sheet.rows) rows.push(row);
      } catch (error) {
        return { rows, error };
      }
      return { rows, error: undefined };
    };
    for (const [name, fault, reason] of faults) {
      const judged = await readUntilFault(`us-column-${name}`, usWorkbook(usSheetRows(60)), fault);
      // The same sheet with its dates as inline strings: a workbook not judged, whose sheet is read as it comes.
      const streamed = await readUntilFault(`us-column-${name}-inline`, { ...usWorkbook(usSheetRows(60, 'inline')), sharedStrings: ['<t>Họ và tên</t>'] }, fault);
      expect(unreadableReason(judged.error), name).toBe(reason);
      expect(unreadableReason(streamed.error), name).toBe(reason);
      expect(judged.error, name).toBeInstanceOf(SheetDamagedError);
      expect(streamed.error, name).toBeInstanceOf(SheetDamagedError);
      expect(judged.rows, name).toEqual([]);
      expect(streamed.rows, name).toEqual([]);
    }
  });
});
