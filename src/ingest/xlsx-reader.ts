import { createReadStream, type ReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { columnLetter } from './column-letter.js';
import { numberText } from './number-text.js';
import type { SheetRow, SheetSource } from './sheet-source.js';
import type { CellValue, SourceCell, TextRun } from './source-cell.js';
import { VOLATILE_FORMULA } from './source-cell.js';
import { BUILT_IN_FORMATS, showsNoYear, showsTwoDigitYear, shownDatePrecision } from './xlsx-scan/styles-part.js';
import { strikeRuns } from './xlsx-scan/struck-runs.js';

/**
 * Streams every sheet of an .xlsx file with exceljs's streaming reader
 * (patched at install time, see patches/exceljs+4.4.0.patch). The pipeline
 * reads with the lean scanner (xlsx-scan/); this reader is the reference the
 * scanner is proven equal to (test/ingest/xlsx-scan) and the benchmark's floor.
 * Each sheet's rows must be consumed before the next sheet is requested.
 */
export async function* readXlsxSheets(path: string, onBytes?: (bytesRead: number) => void): AsyncIterable<SheetSource> {
  let input: string | ReadStream = path;
  if (onBytes) {
    let bytesRead = 0;
    input = createReadStream(path).on('data', (chunk) => onBytes((bytesRead += chunk.length)));
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of workbook) {
    yield {
      name: sheetName(worksheet),
      date1904: usesDate1904(workbook),
      rows: readRows(worksheet),
    };
  }
}

async function* readRows(worksheet: AsyncIterable<ExcelJS.Row>): AsyncIterable<SheetRow> {
  for await (const row of worksheet) {
    const cells: (SourceCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const sourceCell = toSourceCell(cell, columnNumber - 1);
      if (sourceCell) cells[columnNumber - 1] = sourceCell;
    });
    yield { rowNumber: row.number, cells };
  }
}

function sheetName(worksheet: object): string {
  return 'name' in worksheet && typeof worksheet.name === 'string' ? worksheet.name : '';
}

/** The streaming reader keeps workbook.xml's workbookPr as `properties.model`. */
function usesDate1904(workbook: object): boolean {
  const properties: unknown = 'properties' in workbook ? workbook.properties : undefined;
  if (typeof properties !== 'object' || properties === null || !('model' in properties)) return false;
  const model: unknown = properties.model;
  return typeof model === 'object' && model !== null && 'date1904' in model && model.date1904 === true;
}

function toSourceCell(cell: ExcelJS.Cell, columnIndex: number): SourceCell | undefined {
  const font = cell.font?.name;
  const typed = flattenValue(cell.value, font);
  if (typed === undefined) return undefined;
  const sourceCell: SourceCell = { value: typed.value, text: typed.text, column: columnLetter(columnIndex) };
  if (font) sourceCell.font = font;
  if (typed.runs) sourceCell.runs = typed.runs;
  if (typeof cell.formula === 'string' && VOLATILE_FORMULA.test(cell.formula)) sourceCell.volatile = true;
  const precision = typed.value instanceof Date && typeof cell.numFmt === 'string' ? shownDatePrecision(cell.numFmt) : undefined;
  if (precision !== undefined) sourceCell.datePrecision = precision;
  // exceljs names the built-in short dates (ids 14 and 22) by their codes: those show four-digit years.
  const numFmt = typed.value instanceof Date && typeof cell.numFmt === 'string' ? cell.numFmt : undefined;
  if (numFmt !== undefined && precision === undefined && numFmt !== BUILT_IN_FORMATS[14] && numFmt !== BUILT_IN_FORMATS[22] && showsTwoDigitYear(numFmt)) sourceCell.twoDigitYear = true;
  if (numFmt !== undefined && showsNoYear(numFmt)) sourceCell.noYear = true;
  // exceljs takes `<strike val="0"/>` (or "false") for struck: the lean reader does not (intended-differences.test.ts).
  const struck = cell.font?.strike === true;
  if (typed.runStruck) strikeRuns(sourceCell, typed.runStruck.map((runStruck) => runStruck ?? struck));
  else if (struck) sourceCell.struck = true;
  return sourceCell;
}

interface FlatValue {
  value: CellValue;
  text: string;
  runs?: TextRun[];
  /** Rich text with a run struck through: per run, struck or not (its own `<rPr>`), or undefined (the cell's font). */
  runStruck?: (boolean | undefined)[];
}

/** Rich text flattened, formulas replaced by their cached result, hyperlinks by their text. */
function flattenValue(value: unknown, cellFont: string | undefined): FlatValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return { value, text: value };
  if (typeof value === 'number') return { value, text: numberText(value) };
  if (typeof value === 'boolean') return { value, text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { value, text: Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10) };
  if (typeof value !== 'object') return undefined;
  if ('richText' in value && Array.isArray(value.richText)) return flattenRichText(value.richText, cellFont);
  if ('result' in value) return flattenValue(value.result, cellFont);
  if ('formula' in value || 'sharedFormula' in value) return undefined;
  if ('text' in value) return flattenValue(value.text, cellFont);
  if ('error' in value && typeof value.error === 'string') return { value: value.error, text: value.error };
  return undefined;
}

function flattenRichText(parts: unknown[], cellFont: string | undefined): FlatValue {
  const runs: TextRun[] = [];
  const runStruck: (boolean | undefined)[] = [];
  for (const part of parts) {
    if (typeof part !== 'object' || part === null || !('text' in part) || typeof part.text !== 'string') continue;
    const runFont = 'font' in part ? fontName(part.font) : undefined;
    const run: TextRun = { text: part.text };
    const font = runFont ?? cellFont;
    if (font) run.font = font;
    runs.push(run);
    // A run with properties (exceljs's `font`, from `<rPr>`) is struck only if they say so.
    runStruck.push('font' in part && typeof part.font === 'object' && part.font !== null ? 'strike' in part.font && part.font.strike === true : undefined);
  }
  const text = runs.map((run) => run.text).join('');
  return { value: text, text, runs, runStruck };
}

function fontName(font: unknown): string | undefined {
  return typeof font === 'object' && font !== null && 'name' in font && typeof font.name === 'string'
    ? font.name
    : undefined;
}
