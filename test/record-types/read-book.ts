/**
 * Writes one sheet of rows (a header row first, titles above it if any) and reads it as a run does
 * (readRegister, every register type's header known): each entry's record or errors by sheet row.
 */
import ExcelJS from 'exceljs';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

export type Cell = string | number | null;

export interface BookRead {
  clean: Map<number, Record<string, any>>;
  rejected: Map<number, { code: string; field: string }[]>;
  /** Column titles no register reads, sheet by sheet. */
  unknownHeaders: string[];
}

export async function readBook(path: string, rows: Cell[][], { districtCode = '252', font }: { districtCode?: string; font?: string } = {}): Promise<BookRead> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) {
    const added = sheet.addRow(row);
    if (font !== undefined) added.eachCell((cell) => (cell.font = { name: font }));
  }
  await workbook.xlsx.writeFile(path);
  const indexes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type, {}));
  const read: BookRead = { clean: new Map(), rejected: new Map(), unknownHeaders: [] };
  for await (const event of readRegister(path, { provinceCode: '26', districtCode, file: 'book.xlsx', options: DEFAULT_NORMALIZE_OPTIONS, indexes })) {
    if (event.kind === 'sheet') read.unknownHeaders.push(...event.unknownHeaders);
    if (event.kind !== 'row') continue;
    if (event.outcome.kind === 'clean') read.clean.set(event.rowNumber, event.outcome.record);
    else read.rejected.set(event.rowNumber, event.outcome.rejected.errors.map(({ code, field }) => ({ code, field })));
  }
  return read;
}
