import type { CsvRow } from '../ingest/csv-reader.js';
import type { SheetPlan } from './sheet-plan.js';

/**
 * Signers' names typed at a sheet's end without their titles ('Nguyễn Thị Hà' alone, or two names side by
 * side where 'NGƯỜI GHI SỔ' | 'CHỦ TỊCH' would stand): no entries. A row holding only persons' names, below
 * a gap after the entries, is held; an entry or any other line below it makes it (and what was held with it)
 * the sheet's rows again, read as ever — a name typed alone between entries stays an entry, rejected for what
 * it lacks. Only what is still held when the sheet ends is the signers' lines.
 */
export class TrailingNames {
  private readonly held: CsvRow[] = [];
  private lastRowNumber: number | undefined;
  private lastBlank = true;
  private entriesAbove = false;

  constructor(private readonly isNamesOnly: (row: CsvRow) => boolean) {}

  /** Whether the row is held: names alone below a gap after the entries, or a blank line or names below those. */
  holds(row: CsvRow): boolean {
    // \S is what trim() strips (WhiteSpace and LineTerminator): no closure nor trimmed copy per cell of every row.
    let blank = true;
    for (const cell of row.cells) {
      if (cell !== undefined && NOT_BLANK.test(cell.text)) {
        blank = false;
        break;
      }
    }
    const gap = this.lastBlank || (this.lastRowNumber !== undefined && row.rowNumber > this.lastRowNumber + 1);
    this.lastRowNumber = row.rowNumber;
    this.lastBlank = blank;
    if (this.held.length > 0 && (blank || this.isNamesOnly(row))) {
      this.held.push(row);
      return true;
    }
    if (this.held.length === 0 && !blank && gap && this.entriesAbove && this.isNamesOnly(row)) {
      this.held.push(row);
      return true;
    }
    return false;
  }

  /** An entry was read: names below a gap after it may be its signers'. */
  entryRead(): void {
    this.entriesAbove = true;
  }

  /** The rows held, in order, no longer held. Asked after every row: nothing held costs no new array. */
  release(): readonly CsvRow[] {
    return this.held.length === 0 ? NOTHING_HELD : this.held.splice(0);
  }
}

const NOTHING_HELD: readonly CsvRow[] = [];
const NOT_BLANK = /\S/;

/**
 * Signers are one, two, at most three people spread along the foot of the page; names under three or more of the
 * entry's own name columns ('Họ và tên' | 'Họ và tên mẹ' | 'Họ và tên cha') are an entry that lost its figures.
 */
const ENTRY_NAME_COLUMNS = 3;

/** Whether a row of names only fills enough of its entry's name columns (the header's '….fullName' keys) to be an entry. */
export function fillsEntryNameColumns(row: CsvRow, plan: SheetPlan): boolean {
  let filled = 0;
  for (const [key, column] of plan.columnOf) {
    if (!key.endsWith('.fullName')) continue;
    const cell = row.cells[column];
    if (cell !== undefined && cell.text.trim() !== '') filled += 1;
  }
  return filled >= ENTRY_NAME_COLUMNS;
}
