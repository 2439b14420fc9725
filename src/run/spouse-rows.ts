import { columnLetter } from '../ingest/column-letter.js';
import type { CsvRow } from '../ingest/csv-reader.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { spouseRoleLabelOf, spouseRoleOf, type SpouseRole, type SpouseRowsLayout } from '../ingest/header-per-spouse.js';
import type { SourceCell } from '../ingest/source-cell.js';
import type { DittoMark, DittoMarked } from './ditto-findings.js';
import type { HeldEntry } from './remarks-continuation.js';

/** What a row given to SpouseRows becomes: entries to read (each with the pair's second row, if any). */
export interface SpouseRowsOutput {
  entry: HeldEntry;
  /** The pair's second row, read with the entry (skipped as 'entry-continued'). */
  secondRow?: number;
}

const NOT_BLANK = /\S/;

/**
 * A pair whose two rows say the same spouse ('Chồng' | 'Chồng', 'Nam' | 'Nam') under one registration number (merged over
 * both, or typed on the first only or again): read as one marriage, the second row as the other spouse, and warned of
 * (MARRIAGE_SPOUSE_ROLE_REPEATED). It rides on the paired row to processRow, as ditto marks do.
 */
export interface SpouseRoleRepeated {
  spouseRoleRepeated?: { role: SpouseRole; text: string; column: number; secondRow: number };
}

export const SPOUSE_ROLE_REPEATED = 'MARRIAGE_SPOUSE_ROLE_REPEATED';

/**
 * Pairs the rows of a marriage book laid out one row per spouse (header-per-spouse.ts) into entries: a
 * husband's row and the wife's row directly below it (or the other way round, as the role cells say; with no
 * role, the first is the husband's) are one marriage, read as one row whose person columns are his and whose
 * columns past the sheet's are hers; the registration's columns come from the first row (or, blank there,
 * the second; a remark typed on both rows is kept whole). A row is alone — read by itself, so rejected for the missing spouse — when the next row is no
 * entry (a blank line, a footer, the sheet's end), says the same spouse, types a registration number of its
 * own other than the first's, or was read with a problem (a CSV record out of line).
 */
export class SpouseRows {
  /** The row held, waiting for its pair; `last`: the row its pair must come directly after (a page's header between them is bridged). */
  private first: { entry: HeldEntry; role: SpouseRole | null; number: string; last: number } | null = null;

  constructor(
    private readonly layout: SpouseRowsLayout,
    /** The remarks column, if any: a remark typed on each row of the pair is kept whole. */
    private readonly remarksColumn: number | undefined,
  ) {}

  /**
   * Takes an entry row. `ownNumber`: the number the row types itself (not carried from a merged cell), '' if none.
   * Returns the entries now complete, in order.
   */
  offer(entry: HeldEntry, ownNumber: string): SpouseRowsOutput[] {
    const role = this.roleOf(entry.row);
    if (entry.row.problem !== undefined) return [...this.flush(), { entry: this.alone(entry, role) }];
    const { first } = this;
    if (first === null) {
      this.first = { entry, role, number: ownNumber, last: entry.row.rowNumber };
      return [];
    }
    const sameSpouse = (first.role !== null && first.role === role) || (first.role === null && role === 'husband');
    const otherNumber = ownNumber !== '' && ownNumber !== first.number;
    const adjacent = entry.row.rowNumber === first.last + 1;
    // The same spouse again under the first row's number (no number of its own, or the same): one marriage, a role cell mistyped.
    const repeated = sameSpouse && first.role !== null && first.number !== '' && !otherNumber && adjacent && this.layout.roleColumn !== null;
    if ((sameSpouse && !repeated) || otherNumber || !adjacent) {
      const alone = this.flush();
      this.first = { entry, role, number: ownNumber, last: entry.row.rowNumber };
      return alone;
    }
    this.first = null;
    const husbandFirst = repeated ? first.role === 'husband' : first.role !== 'wife' && role !== 'husband';
    const [husband, wife] = husbandFirst ? [first.entry.row, entry.row] : [entry.row, first.entry.row];
    const row: CsvRow & SpouseRoleRepeated = this.paired(first.entry.row, entry.row, husband, wife);
    if (repeated) {
      const column = this.layout.roleColumn!;
      row.spouseRoleRepeated = { role: first.role!, text: (entry.row.cells[column]?.text ?? '').trim(), column, secondRow: entry.row.rowNumber };
    }
    return [{ entry: { ...first.entry, row }, secondRow: entry.row.rowNumber }];
  }

  /**
   * A page's header printed again, or its column numbering, directly below the row held (the page ended between
   * the husband's row and the wife's): the pair may go on below it. False when no row is held there.
   */
  bridge(rowNumber: number): boolean {
    if (this.first === null || rowNumber !== this.first.last + 1) return false;
    this.first.last = rowNumber;
    return true;
  }

  /** The row held, read alone (its pair never came). */
  flush(): SpouseRowsOutput[] {
    const { first } = this;
    if (first === null) return [];
    this.first = null;
    return [{ entry: this.alone(first.entry, first.role) }];
  }

  private roleOf(row: CsvRow): SpouseRole | null {
    const { roleColumn, nameColumn } = this.layout;
    if (roleColumn !== null) return spouseRoleOf(row.cells[roleColumn]?.text);
    return nameColumn === undefined ? null : spouseRoleLabelOf(row.cells[nameColumn]?.text);
  }

  /** A row without its pair: a wife's row gives her columns, a husband's (or one that says nobody) his. */
  private alone(entry: HeldEntry, role: SpouseRole | null): HeldEntry {
    const row = entry.row as CsvRow & DittoMarked;
    const cells = [...row.cells];
    if (this.layout.roleColumn !== null) cells[this.layout.roleColumn] = undefined;
    if (role !== 'wife') return { ...entry, row: { ...row, cells } };
    const marks: DittoMark[] = [];
    for (const [column, wifeColumn] of this.layout.wifeColumns) {
      cells[wifeColumn] = cells[column];
      cells[column] = undefined;
    }
    for (const mark of row.dittoMarks ?? []) marks.push({ ...mark, column: this.layout.wifeColumns.get(mark.column) ?? mark.column });
    return { ...entry, row: withMarks({ ...row, cells }, marks) };
  }

  /** One row of the pair: the person columns from each spouse's row, the entry's from the first row or the second. */
  private paired(first: CsvRow, second: CsvRow, husband: CsvRow, wife: CsvRow): CsvRow {
    const { wifeColumns, roleColumn } = this.layout;
    const width = Math.max(first.cells.length, second.cells.length);
    const cells: (SourceCell | undefined)[] = [];
    for (let column = 0; column < width; column++) {
      if (column === roleColumn) continue;
      const wifeColumn = wifeColumns.get(column);
      if (wifeColumn !== undefined) {
        cells[column] = husband.cells[column];
        cells[wifeColumn] = wife.cells[column];
        continue;
      }
      const own = first.cells[column];
      const other = second.cells[column];
      if (own === undefined || !NOT_BLANK.test(own.text)) cells[column] = other;
      else cells[column] = column === this.remarksColumn ? joined(own, other) : own;
    }
    if (cells.length < width) cells.length = width;
    const marks: DittoMark[] = [];
    const markOf = (row: CsvRow, spouse: 'husband' | 'wife'): void => {
      for (const mark of (row as CsvRow & DittoMarked).dittoMarks ?? []) {
        const wifeColumn = wifeColumns.get(mark.column);
        if (wifeColumn !== undefined) marks.push(spouse === 'husband' ? mark : { ...mark, column: wifeColumn });
        else if (row === first || !NOT_BLANK.test(first.cells[mark.column]?.text ?? '')) marks.push(mark);
      }
    };
    markOf(husband, 'husband');
    markOf(wife, 'wife');
    return withMarks({ ...first, cells }, marks);
  }
}

/** The warning on a pair whose rows say the same spouse: the second row's role cell, read as the other spouse's. */
export function spouseRoleRepeatedFinding(repeated: NonNullable<SpouseRoleRepeated['spouseRoleRepeated']>): BoundFinding {
  const other = repeated.role === 'husband' ? 'vợ' : 'chồng';
  return { code: SPOUSE_ROLE_REPEATED, field: 'row', column: columnLetter(repeated.column), value: repeated.text, params: { value: repeated.text, row: repeated.secondRow, other } };
}

/** The row with its ditto marks (none: the property left out). */
function withMarks(row: CsvRow & DittoMarked, marks: readonly DittoMark[]): CsvRow & DittoMarked {
  const { dittoMarks: _marks, ...rest } = row;
  return marks.length === 0 ? rest : { ...rest, dittoMarks: [...marks] };
}

/**
 * The first row's cell, with the second's text after it when the second types other words of its own (a remark
 * on the wife's row under one on the husband's); a cell merged over both rows shows the same text in each.
 */
function joined(own: SourceCell, other: SourceCell | undefined): SourceCell {
  if (other === undefined || !NOT_BLANK.test(other.text) || other.text.trim() === own.text.trim() || own.font !== other.font || own.runs !== undefined || other.runs !== undefined) return own;
  const text = `${own.text.trim()} ${other.text.trim()}`;
  return { ...own, value: text, text };
}
