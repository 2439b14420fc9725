import { columnLetter } from './column-letter.js';
import type { CsvRow } from './csv-reader.js';
import { isNonEntryLine } from './row-kind.js';
import type { SourceCell } from './source-cell.js';

/** Where a record broken at a line break was joined: the cell's column, the second line's number, the cell's two parts. */
export interface BrokenLine {
  column: number;
  rowNumber: number;
  before: string;
  after: string;
}

/**
 * A record an exporter broke in two by writing a line break typed in a cell (Alt+Enter in an address or a
 * remark) without enclosing the field in quotes: the record stops short at the break, and the next line
 * starts with the rest of that cell and holds the record's remaining fields. The two lines are one record
 * when the line before them was as wide as the widest record so far and a record before them ended with an empty
 * field (a file of whole records: an exporter that drops trailing empty fields writes short records of its own, two
 * of which can make the width by chance, but never a record ending with an empty field), and their fields, the broken cell counted once, make exactly that
 * width. The broken cell must hold text on both sides of the break, and the second line must not open as an
 * entry (its number or a date) or as a footer does. Returns the record joined (the first line's number, the
 * cell's two parts on two lines, as a quoted line break would give them; the entry gets ROW_CONTINUATION_JOINED), or null.
 */
export function joinBrokenLine(row: CsvRow, next: CsvRow, previousFields: number, widest: number, emptyLastFieldSeen: boolean): CsvRow | null {
  const fields = row.fieldCount ?? 0;
  const nextFields = next.fieldCount ?? 0;
  if (!emptyLastFieldSeen || fields < 2 || fields >= widest || previousFields !== widest || fields + nextFields - 1 !== widest) return null;
  if (row.problem !== undefined || next.problem !== undefined) return null;
  const before = row.cells[fields - 1];
  const after = next.cells[0];
  if (before === undefined || after === undefined || !/\S/.test(before.text) || !/^\s*\p{L}/u.test(after.text) || isNonEntryLine(after.text)) return null;
  const text = `${before.text}\n${after.text}`;
  const cells: (SourceCell | undefined)[] = row.cells.slice(0, fields - 1);
  cells[fields - 1] = { ...before, value: text, text };
  next.cells.forEach((cell, index) => {
    if (index === 0 || cell === undefined) return;
    const column = fields - 1 + index;
    cells[column] = { ...cell, column: columnLetter(column) };
  });
  return { rowNumber: row.rowNumber, cells, fieldCount: widest, brokenLine: { column: fields - 1, rowNumber: next.rowNumber, before: before.text, after: after.text } };
}
