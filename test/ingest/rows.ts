import { columnLetter } from '../../src/ingest/column-letter.js';
import type { SheetRow } from '../../src/ingest/sheet-source.js';

/** Sheet rows from plain arrays (null = empty cell), numbered from `firstRow`. */
export function sheetRows(values: (string | number | null)[][], firstRow = 1): SheetRow[] {
  return values.map((cells, index) => ({
    rowNumber: firstRow + index,
    cells: cells.map((value, column) =>
      value === null || value === '' ? undefined : { value, text: String(value), column: columnLetter(column) },
    ),
  }));
}
