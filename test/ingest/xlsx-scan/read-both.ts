import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { SheetRow, SheetSource } from '../../../src/ingest/sheet-source.js';
import { readXlsxSheetsLean } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { readXlsxSheets } from '../../../src/ingest/xlsx-reader.js';

export interface ReadSheet {
  name: string;
  date1904: boolean;
  rows: SheetRow[];
}

/** Everything a reader yields for a file, or the error it threw. */
export type ReadOutcome = { sheets: ReadSheet[] } | { error: Error };

export async function readWith(read: AsyncIterable<SheetSource>): Promise<ReadOutcome> {
  const sheets: ReadSheet[] = [];
  try {
    for await (const sheet of read) {
      const rows: SheetRow[] = [];
      for await (const row of sheet.rows) rows.push(row);
      sheets.push({ name: sheet.name, date1904: sheet.date1904, rows });
    }
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  return { sheets };
}

/**
 * The file read by the exceljs reader (today's) and by the lean reader. Unpatched,
 * the exceljs streaming reader lost the zip entries that follow the sheets it parked
 * in temp files, depending on how fast the temp folder answered (in an empty one,
 * always: "reading 'sheets'"); patches/ parks them in memory. Should exceljs still
 * disagree or throw where the lean reader read the file, it reads it up to twice more
 * before they are compared.
 */
export async function readBoth(path: string): Promise<{ exceljs: ReadOutcome; lean: ReadOutcome }> {
  const lean = await readWith(readXlsxSheetsLean(path));
  let exceljs = await readWith(readXlsxSheets(path));
  for (let retry = 0; retry < 2 && !('error' in lean) && !isDeepStrictEqual(lean, exceljs); retry++) {
    exceljs = await readWith(readXlsxSheets(path));
  }
  return { exceljs, lean };
}

export function sheetsOf(outcome: ReadOutcome): ReadSheet[] {
  if ('error' in outcome) throw outcome.error;
  return outcome.sheets;
}

/** Cells as plain data: holes stay holes, so deep equality also compares which columns are empty. */
export function cellAt(outcome: ReadOutcome, sheetIndex: number, rowNumber: number, column: number) {
  return sheetsOf(outcome)[sheetIndex]?.rows.find((row) => row.rowNumber === rowNumber)?.cells[column];
}

/**
 * Reads the file with both readers, asserts the lean reader's output equals
 * exceljs's exactly (sheet names, date system, row numbers, every cell's value,
 * text, column, font and runs, holes included) and returns it.
 */
export async function expectSameAsExceljs(path: string): Promise<ReadSheet[]> {
  const { exceljs, lean } = await readBoth(path);
  expect(lean).toStrictEqual(exceljs);
  return sheetsOf(lean);
}

/**
 * The outcome without the day/month verdicts the lean reader puts on the Date cells of
 * columns typed on a US-locale PC (src/ingest/us-locale-dates.ts): the exceljs reader
 * hands out its rows one by one and judges no column. Marked cells are copied, not changed.
 */
export function withoutDayMonthVerdicts(outcome: ReadOutcome): ReadOutcome {
  if ('error' in outcome) return outcome;
  return {
    sheets: outcome.sheets.map((sheet) => ({
      ...sheet,
      // map keeps the holes (empty cells), which toStrictEqual compares.
      rows: sheet.rows.map((row) => ({
        ...row,
        cells: row.cells.map((cell) => {
          if (cell?.dayMonthSwapped === undefined) return cell;
          const { dayMonthSwapped: _verdict, ...rest } = cell;
          return rest;
        }),
      })),
    })),
  };
}
