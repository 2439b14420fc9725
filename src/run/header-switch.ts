import type { AliasIndex } from '../ingest/alias-index.js';
import { detectHeader, type DetectedHeader } from '../ingest/header-detect.js';
import type { ColumnRange, SheetRow } from '../ingest/sheet-source.js';

/** Rows after a header line that a two- or three-level header may take. */
export const HEADER_LINES_AFTER = 2;

/**
 * The header that a header line inside a sheet opens, or null when the line only
 * repeats the header in force (the next page's header printed again).
 *
 * A commune that changed forms halfway through a sheet ('Quyển số: 01/2016' over
 * the 2016 form: mother before father, an ID column added) types the new header
 * and goes on below it; reading those rows under the old header would put the
 * mother's name under the father's. So a header line is a repeat when the header
 * found from it reads every field it names from the column the header in force
 * reads it from, and reads no column the header in force reads as another field
 * (a page header printed in part, or a fuller copy naming a column the first
 * left blank, is a repeat); otherwise it is the header of the rows below it.
 *
 * `rows` are the header line, the header line above it if there is one (the
 * upper row of a two-level header printed again), and up to HEADER_LINES_AFTER
 * rows below it; `lineRow` is the header line's row number. The header found must
 * include that line, name at least half as many columns as the header in force,
 * and be of its record type: matched against every type (`indexes`) first, so
 * another register's header is never read as this one's (the rows below it stay
 * under the header in force, as before), then, when no type claims it, against
 * the type in force alone (a header naming nothing particular to one register).
 */
export function headerOpenedBy(
  lineRow: number,
  rows: readonly SheetRow[],
  current: DetectedHeader,
  indexes: readonly AliasIndex[],
  hiddenColumns: readonly ColumnRange[],
): DetectedHeader | null {
  const own = indexes.filter((index) => index.type.name === current.type.name);
  const found = detectHeader(rows, indexes, hiddenColumns) ?? (indexes.length > 1 ? detectHeader(rows, own, hiddenColumns) : null);
  if (found === null || found.type.name !== current.type.name || !found.headerRowNumbers.includes(lineRow)) return null;
  if (found.keys.size * 2 < current.keys.size) return null;
  const columnOf = new Map([...current.keys].map(([column, key]) => [key, column]));
  for (const [column, key] of found.keys) {
    const known = current.keys.get(column);
    if ((known !== undefined && known !== key) || (columnOf.has(key) && columnOf.get(key) !== column)) return found;
  }
  return null;
}
