/**
 * Writes one book twice in one pass — as a workbook (exceljs streaming
 * WorkbookWriter, shared strings and styles as exceljs writes them) and as the
 * CSV Excel would export from it — so both formats hold the same rows. Memory
 * stays flat: rows are committed as they come and the CSV is flushed by chunks.
 */
import ExcelJS from 'exceljs';
import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { BookPlan } from './book-plan.js';
import { bookLines, BOOK_TYPES } from './book-layout.js';
import type { BenchCell } from './cell-shapes.js';
import type { EntryKind } from './register-entry.js';

/** What a book holds, for the generation report and the tests. */
export interface BookCounts {
  rows: number;
  byKind: Record<EntryKind, number>;
  /** Children born as twins (both counted). */
  twins: number;
  /** Lines that are not data: titles, blank, header, numbering, footer. */
  otherLines: number;
}

const SHEET_NAMES = { birth: ['Sổ khai sinh', 'KS', 'Sheet1'], marriage: ['Sổ kết hôn', 'KH', 'Sheet1'], death: ['Sổ khai tử', 'KT', 'Sheet1'] } as const;

/** The name of the book's one worksheet. */
export const sheetName = (book: BookPlan): string => SHEET_NAMES[book.type][book.seed % 3] as string;
const CREATED = new Date(Date.UTC(2021, 0, 4));
const FLUSH_BYTES = 1 << 20;

const pad = (value: number): string => String(value).padStart(2, '0');

/** What Excel shows for a cell (dates as dd/mm/yyyy), which is what its CSV export holds. */
function csvText(cell: BenchCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  if (typeof cell === 'object') return cell.text;
  return String(cell);
}

function csvLine(cells: readonly BenchCell[], delimiter: string): string {
  return cells
    .map((cell) => {
      const text = csvText(cell);
      return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(delimiter);
}

class CsvOut {
  private readonly fd: number;
  private buffer = '';

  constructor(path: string, private readonly legacyBytes: boolean, bom: boolean) {
    this.fd = openSync(path, 'w');
    if (bom && !legacyBytes) this.buffer = '\uFEFF';
  }

  line(text: string): void {
    this.buffer += `${text}\r\n`;
    if (this.buffer.length >= FLUSH_BYTES) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    writeSync(this.fd, this.legacyBytes ? iconv.encode(this.buffer, 'windows1252') : Buffer.from(this.buffer, 'utf8'));
    this.buffer = '';
  }
}

/** Writes `<stem>.xlsx` and `<stem>.csv` of the book (folders must exist). */
export async function writeBook(book: BookPlan, xlsxPath: string, csvPath: string): Promise<BookCounts> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useSharedStrings: true, useStyles: true, created: CREATED, modified: CREATED } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  workbook.creator = 'hotich bench';
  const sheet = workbook.addWorksheet(sheetName(book));
  // Excel saves a legacy book's CSV in the ANSI code page: the legacy bytes themselves.
  const csv = new CsvOut(csvPath, book.encoding === 'tcvn3' || book.encoding === 'vni', book.layout.csvBom);
  const width = BOOK_TYPES[book.type].header.length;
  const counts: BookCounts = { rows: 0, byKind: { original: 0, double: 0, typo: 0, reregistration: 0 }, twins: 0, otherLines: 0 };
  let lineNumber = 0;
  for (const line of bookLines(book)) {
    lineNumber++;
    const row = sheet.addRow(line.cells.map((cell) => (cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell.text : cell)));
    line.cells.forEach((cell, index) => {
      if (cell instanceof Date) row.getCell(index + 1).numFmt = 'dd/mm/yyyy';
      else if (cell !== null && typeof cell === 'object') row.getCell(index + 1).font = { name: cell.font };
    });
    if (line.title) sheet.mergeCells(lineNumber, 1, lineNumber, width);
    row.commit();
    csv.line(csvLine(line.cells, book.layout.csvDelimiter));
    if (line.entry) {
      counts.rows++;
      counts.byKind[line.entry.kind]++;
      if (line.entry.twin && line.entry.kind === 'original') counts.twins++;
    } else counts.otherLines++;
    // Let the zip stream drain now and then: rows are committed synchronously.
    if (lineNumber % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  csv.close();
  await workbook.commit();
  return counts;
}
