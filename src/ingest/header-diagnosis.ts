import { normalizeText } from '../normalize/text/normalize-text.js';
import { fieldLabelOfPersonVi } from '../record-types/field-label.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import type { AliasIndex } from './alias-index.js';
import { foldHeader } from './header-text.js';
import type { SheetRow } from './sheet-source.js';

/** A header label is short: a cell longer than this is an entry's text or a title, not a column's name. */
const MAX_LABEL_LENGTH = 80;
/** At least this many filled cells make a row "dense": an entry's, or a table's. */
const DENSE_ROW_CELLS = 3;
/** A label found inside a longer text counts up to this many words ('Họ tên, ngày sinh'); a title line is longer. */
const MAX_PARTIAL_LABEL_WORDS = 5;

/** What the top rows of a sheet without a header say of the register it was meant to be. */
export interface HeaderDiagnosis {
  /** The register whose column labels the top rows name most, or null when they name none. */
  type: RecordTypeName | null;
  /** Labels recognised in the best row, as typed (decoded): 'Số', 'Ngày đăng ký'. */
  recognised: string[];
  /** Main columns of that register (its required fields, 'Họ và tên của trẻ') that no label of the row names. */
  missing: string[];
}

/**
 * For a sheet whose header was not found: the row of the top rows that names the most
 * distinct columns of one register (labels matched exactly, or inside a label of a few words),
 * which of them it names and which of that register's required columns it lacks. An
 * index or a notes sheet names none. Run once per such sheet, never per entry.
 */
export function diagnoseMissingHeader(top: readonly SheetRow[], indexes: readonly AliasIndex[]): HeaderDiagnosis {
  let best: { index: AliasIndex; keys: Set<string>; labels: string[] } | null = null;
  for (const row of top) {
    const texts = row.cells.flatMap((cell) => {
      if (cell === undefined || cell.text.length > MAX_LABEL_LENGTH || !/\p{L}/u.test(cell.text)) return [];
      const text = normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value.trim();
      return text === '' ? [] : [{ text, folded: foldHeader(text) }];
    });
    for (const index of indexes) {
      const keys = new Set<string>();
      const labels: string[] = [];
      for (const { text, folded } of texts) {
        const hit = folded === '' ? undefined : index.lookup(folded, text);
        if (hit === undefined || keys.has(hit.key) || (hit.confidence < 1 && folded.split(' ').length > MAX_PARTIAL_LABEL_WORDS)) continue;
        const key = hit.key;
        keys.add(key);
        labels.push(text);
      }
      if (keys.size > (best?.keys.size ?? 0)) best = { index, keys, labels };
    }
  }
  if (best === null) return { type: null, recognised: [], missing: [] };
  const { type } = best.index;
  const missing = type.requiredFields.filter((field) => !best.keys.has(field)).map((field) => fieldLabelOfPersonVi(type, field));
  return { type: type.name, recognised: best.labels, missing };
}

/** A day, month and year as a clerk types one ('12/3/1998', '05-03-2001', '5.3.98'). */
const DAY_MONTH_YEAR = /(?:^|\D)\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}(?:\D|$)/;

/**
 * A row of several filled cells, two of them with words (a name, a place) and one a full date (a date
 * cell, or a day, month and year typed): what a register entry looks like — every entry has its
 * registration date. Not a table of counts, a header or a title, nor a staff list of names, posts
 * and telephone numbers.
 */
export function isDenseRow(row: SheetRow): boolean {
  let filled = 0;
  let words = 0;
  let dated = false;
  for (const cell of row.cells) {
    if (cell === undefined || cell.text.trim() === '') continue;
    filled++;
    if (cell.value instanceof Date || DAY_MONTH_YEAR.test(cell.text)) dated = true;
    else if (/\p{L}/u.test(cell.text)) words++;
  }
  return filled >= DENSE_ROW_CELLS && words >= 2 && dated;
}
