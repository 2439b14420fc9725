import type { SourceCell } from './source-cell.js';

/** One spreadsheet row as the officer sees it. */
export interface SheetRow {
  /** Row number the spreadsheet shows (CSV: record number, the first record being 1). */
  rowNumber: number;
  /** Cells by 0-based column index; holes are empty cells. */
  cells: (SourceCell | undefined)[];
}

/** Cells merged over more than one row: the value is in the first row's cell of `firstColumn`. */
export interface RowMerge {
  firstRow: number;
  lastRow: number;
  /** 0-based column index of the merged range's first column. */
  firstColumn: number;
}

/** Cells merged over more than one column (and any rows): the value is in the first column's cell of `firstRow`. */
export interface ColumnMerge {
  firstRow: number;
  lastRow: number;
  /** 0-based column indexes of the merged range's first and last columns. */
  firstColumn: number;
  lastColumn: number;
}

/** Columns `firstColumn` to `lastColumn`, 0-based, inclusive. */
export interface ColumnRange {
  firstColumn: number;
  lastColumn: number;
}

/** One sheet of a workbook (a CSV file is one sheet named ''). */
export interface SheetSource {
  name: string;
  /** Workbook uses the 1904 date system (serial numbers count from 1904-01-01). */
  date1904: boolean;
  rows: AsyncIterable<SheetRow>;
  /**
   * Ranges merged over several rows, known once the first row has been taken
   * (XLSX sheets small enough to be read whole first; empty otherwise).
   */
  rowMerges?: RowMerge[];
  /** Ranges merged over several columns, known as `rowMerges` are (a header label merged over two columns the clerk typed a name into). */
  columnMerges?: ColumnMerge[];
  /** Columns hidden in the sheet (`<col hidden="1">`), known once the first row has been taken (XLSX only). */
  hiddenColumns?: ColumnRange[];
  /** Numbers of the rows hidden in the sheet (`<row hidden="1">`), each known once that row has been taken (XLSX only). */
  hiddenRows?: ReadonlySet<number>;
  /** The sheet is hidden in Excel (`<sheet state="hidden">` or `"veryHidden"`, XLSX only): its tab is not shown. */
  hidden?: true;
  /** The names of the workbook's other sheets (XLSX only; a CSV has none), but for sheets holding no value beside a sample-named one. */
  otherSheets?: readonly string[];
}

/** A problem with a row that the reader itself detected (e.g. a malformed CSV record). */
export interface RowReadProblem {
  rowNumber: number;
  code: string;
  params?: Record<string, string | number>;
}
