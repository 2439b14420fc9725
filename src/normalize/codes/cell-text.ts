import type { CellValue } from '../../ingest/source-cell.js';

/**
 * A cell as short text for finding params ({male}, {female}) — never throws, even on an
 * invalid Date. Not used for matching: each normalizer decides what a number or a Date means.
 */
export function cellDisplayText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  }
  return String(value).slice(0, 200);
}
