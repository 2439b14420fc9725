import type { AliasIndex } from '../ingest/alias-index.js';
import type { DetectedHeader } from '../ingest/header-detect.js';
import { RowClassifier } from '../ingest/row-kind.js';
import type { SheetRow } from '../ingest/sheet-source.js';
import type { SourceCell } from '../ingest/source-cell.js';

/** What a value looks like, whatever it says: figures (a number, a date, '12/05/1985', '01/2015') or words. */
type ValueKind = 'figures' | 'words';

/** Entries of a sheet whose kinds of values are compared, at most. */
const ENTRIES_COMPARED = 5;
/** A continuing entry shares at least this many filled columns with the entries before. */
const MIN_COLUMNS_COMPARED = 3;
/** Above the first entry of a continuing sheet: a title or a page line ('Trang 2', '- 2 -'), the '(1) (2) (3)' row, never another row this wide. */
const MAX_CELLS_ABOVE = 2;

/** A sheet read with a header: what a sheet after it without one is compared with. */
export interface ReadSheet {
  sheet: string;
  /** Of a register read or not (--type): a sheet continuing another register's is skipped with it. */
  header: DetectedHeader;
  /** Values printed above the header (book, commune, BOOK_YEAR) in force at the sheet's end. */
  defaults: ReadonlyMap<string, SourceCell>;
}

interface Profile {
  /** Column → the kinds of values its entries hold. */
  kinds: Map<number, Set<ValueKind>>;
  /** The last labelled column of the header. */
  lastColumn: number;
}

/**
 * A book typed on over a second sheet without its header ('Trang 1' with the header
 * and the first entries, 'Trang 2' with the entries after them and no header): such
 * a sheet is read with the header of the sheet before it in the workbook when its
 * first rows are entries of that register laid out as the entries before — the name
 * under the name column and a date or number under a date or number column
 * (RowClassifier.isEntry), no cell right of the header's last column, and in the
 * columns both fill the same kinds of values (figures or words) but for one column in
 * four. Only titles, page lines and the column numbering may stand above its first
 * entry (a wider row may be a header hotich did not know: then nothing is assumed).
 * A sheet of counts, a list of codes or instructions has no such entries and stays a
 * sheet without a header. Only the first rows of the two sheets are looked at, and
 * only when a sheet has no header.
 */
export class SheetContinuation {
  /** The sheet before and its first rows, judged only when a sheet without a header follows it. */
  private previous: { sheet: ReadSheet; top: readonly SheetRow[] } | null = null;

  constructor(private readonly indexes: readonly AliasIndex[]) {}

  /** A sheet was read with a header (`top`: its first rows, header included); the sheet after it may continue it. */
  read(sheet: ReadSheet, top: readonly SheetRow[]): void {
    this.previous = { sheet, top };
  }

  /** A sheet that continues nothing (no header, not continuing): the sheet after it continues nothing either. */
  clear(): void {
    this.previous = null;
  }

  /**
   * The sheet before, when the header found on this sheet is only a part of that sheet's header printed
   * again (a page copied with the lower row of its two-level header, 'Họ và tên | Năm sinh | Dân tộc' under
   * a lost 'Mẹ' | 'Cha', which alone names fewer columns: no 'Số', no 'Ngày đăng ký') and the entries below it
   * continue that sheet as a sheet without a header would; else null. A header naming the registration's number or
   * date is a sheet's own, even with fewer columns than the sheet before (its 'Ghi chú' dropped).
   */
  continuedUnderPartialHeader(top: readonly SheetRow[], detected: DetectedHeader): ReadSheet | null {
    if (this.previous === null) return null;
    const { sheet } = this.previous;
    if (detected.keys.size >= sheet.header.keys.size) return null;
    // A header naming the registration's date or number reads entries of its own ('Ghi chú' dropped on a later sheet).
    const own = new Set(detected.keys.values());
    if (own.has('registration.date') || own.has('registration.number')) return null;
    const index = this.indexes.find((candidate) => candidate.type === sheet.header.type);
    if (index === undefined) return null;
    const classifier = new RowClassifier(sheet.header, index);
    const headerRows = top.filter((row) => detected.headerRowNumbers.includes(row.rowNumber));
    if (headerRows.length === 0 || !headerRows.every((row) => classifier.classify(row) === 'repeated-header')) return null;
    const lastHeaderRow = Math.max(...detected.headerRowNumbers);
    return this.continued(top.filter((row) => row.rowNumber > lastHeaderRow));
  }

  /** The sheet before, when the first rows of a sheet without a header are entries that continue it; else null. */
  continued(top: readonly SheetRow[]): ReadSheet | null {
    if (this.previous === null) return null;
    const { sheet, top: before } = this.previous;
    const index = this.indexes.find((candidate) => candidate.type === sheet.header.type);
    if (index === undefined) return null;
    const classifier = new RowClassifier(sheet.header, index);
    const layout = profile(before, sheet.header, classifier);
    if (layout === null) return null;
    let entries = 0;
    for (const row of top) {
      const filled = row.cells.reduce((count, cell) => (cell === undefined || cell.text.trim() === '' ? count : count + 1), 0);
      if (filled === 0) continue;
      if (!classifier.isEntry(row)) {
        if (entries === 0 && filled > MAX_CELLS_ABOVE && classifier.classify(row) !== 'column-numbers') return null;
        continue;
      }
      if (!fitsLayout(row, layout)) return null;
      if (++entries === ENTRIES_COMPARED) break;
    }
    return entries > 0 ? sheet : null;
  }
}

/** The kinds of values of the first entries below the header (null without any), and the header's last column. */
function profile(top: readonly SheetRow[], header: DetectedHeader, classifier: RowClassifier): Profile | null {
  const lastHeaderRow = Math.max(0, ...header.headerRowNumbers);
  const kinds = new Map<number, Set<ValueKind>>();
  let entries = 0;
  for (const row of top) {
    if (row.rowNumber <= lastHeaderRow || !classifier.isEntry(row)) continue;
    row.cells.forEach((cell, column) => {
      const kind = cell && kindOf(cell);
      if (!kind) return;
      const seen = kinds.get(column) ?? new Set<ValueKind>();
      seen.add(kind);
      kinds.set(column, seen);
    });
    if (++entries === ENTRIES_COMPARED) break;
  }
  return entries === 0 ? null : { kinds, lastColumn: Math.max(...header.labels.keys()) };
}

/** No cell right of the header's last column, and the kinds of values of the entries before in all but one column in four. */
function fitsLayout(row: SheetRow, layout: Profile): boolean {
  let compared = 0;
  let differing = 0;
  for (let column = 0; column < row.cells.length; column++) {
    const cell = row.cells[column];
    const kind = cell && kindOf(cell);
    if (!kind) continue;
    if (column > layout.lastColumn) return false;
    const seen = layout.kinds.get(column);
    if (seen === undefined) continue;
    compared++;
    if (!seen.has(kind)) differing++;
  }
  return compared >= MIN_COLUMNS_COMPARED && differing * 4 <= compared;
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

/** Words when the value has a letter, figures when it has a digit and no letter; null for marks ('"', '-'). */
function kindOf(cell: SourceCell): ValueKind | null {
  if (typeof cell.value === 'number' || cell.value instanceof Date) return 'figures';
  if (LETTER.test(cell.text)) return 'words';
  return DIGIT.test(cell.text) ? 'figures' : null;
}
