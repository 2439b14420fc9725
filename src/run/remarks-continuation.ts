import type { CsvRow } from '../ingest/csv-reader.js';
import { columnLetter } from '../ingest/column-letter.js';
import type { DetectedHeader } from '../ingest/header-detect.js';
import { isNonEntryLine, type RowClassifier } from '../ingest/row-kind.js';
import type { SourceCell } from '../ingest/source-cell.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { endsWithUnitWord, hamletNameAfter, lineBreakSeparators, startsWithUnitName } from '../normalize/place/place-line-breaks.js';
import { normalizeText } from '../normalize/text/normalize-text.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import type { RegisterEvent } from './read-register.js';
import type { SheetPlan } from './sheet-plan.js';

/** A data row, read once the row after it is known. */
export interface HeldEntry {
  kind: 'held';
  row: CsvRow;
  plan: SheetPlan;
}

/** The note on an entry's cell whose text a line below carried on (src/catalog/ingest-codes.ts). */
export const ROW_CONTINUATION_JOINED = 'ROW_CONTINUATION_JOINED';

/** Why a line below an entry is read with it: its remarks carried on, or the rest of the entry's cells. */
type ContinuationReason = 'remarks-continued' | 'entry-continued';

/** Columns of free text whose lines wrap: residences, birth and death places, hometowns. */
const FREE_TEXT_KEY = /(?:^|\.)(?:residence|birthPlace|deathPlace|hometown)$/;
/** The next unit up, which a wrapped address goes on with ('Thôn Lạc Ý, xã Đồng Văn' over 'huyện Yên Lạc, tỉnh Vĩnh Phú'). */
const NEXT_UNIT = /^(?:huyện|tỉnh|xã|thị xã|thị trấn|thành phố|tp\.?|quận|phường)(?!\p{L})/iu;
/** A line left open: it ends with a comma or a dash. */
const OPEN_END = /[,;\-–]$/;
const LOWER_START = /^\p{Ll}/u;
/** Columns that open an entry: a line typing one of them is an entry of its own, never the rest of the one above. */
const ENTRY_KEY = /^(?:stt|registration\.(?:number|numberAndBook|date))$/;
/** A date ('31/12/1998', 'ngày 31'): no part of a place, and a footer's line. */
const DATE_LIKE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|ngày\s+\d/iu;

/**
 * Lines below an entry that are part of it, read with it:
 * - remarks carried on (RowClassifier.remarksContinuation): appended to the
 *   entry's remarks, a space between; the line is skipped as 'remarks-continued';
 * - the second line of an entry typed over two rows, its name cells merged over
 *   both (a person whose name cell covers both rows is one entry, never two, nor
 *   twins): each cell the line fills itself is appended to the entry's cell of
 *   that column;
 * - a place that wraps onto the next line ('Xóm Đồng, thôn Ngọc Bảo, xã Tam Hợp,'
 *   over 'huyện Bình Xuyên, tỉnh Vĩnh Phúc'): a line holding text only in
 *   residence, birth place, death place or hometown columns, each plainly
 *   going on from the cell above (wrappedText);
 * - the rest of an entry typed on the line under it, in columns the entry left
 *   empty (the mother's name and birth year under the child's row, the wife's
 *   cells under the husband's): no number or registration date, no cell the
 *   entry filled, and no footer, title or count line (restOfEntry).
 * Those three are skipped as 'entry-continued', and each cell joined outside the
 * remarks carries the note ROW_CONTINUATION_JOINED. Holds the last entry until
 * the row after it is known; a line carries on only the entry (or the line)
 * directly above it.
 */
export class RemarksContinuation {
  private held: HeldEntry | null = null;
  private lastRow = 0;
  private readonly lines: { rowNumber: number; column: number; cell: SourceCell }[] = [];
  private readonly taken: { rowNumber: number; reason: ContinuationReason }[] = [];
  /** Columns of the name of the person the register records (child, deceased, both spouses). */
  private readonly nameColumns: number[];
  private readonly freeTextColumns: ReadonlySet<number>;
  /** The number and the registration date: a line typing one opens an entry. */
  private readonly entryColumns: ReadonlySet<number>;
  /** The held entry's cell a line's column goes on from, when not its own column (holdPair). */
  private lineColumns: ReadonlyMap<number, number> | null = null;

  constructor(
    private readonly classifier: RowClassifier,
    header: DetectedHeader,
  ) {
    const roles = new Set(header.type.requiredFields.filter((field) => field.endsWith('.fullName')).map((field) => field.slice(0, field.lastIndexOf('.'))));
    const keys = [...header.keys];
    this.nameColumns = keys.filter(([, key]) => /\.(?:fullName|familyNamePart|middleNamePart)$/.test(key) && roles.has(key.slice(0, key.lastIndexOf('.')))).map(([column]) => column);
    this.freeTextColumns = new Set(keys.filter(([, key]) => FREE_TEXT_KEY.test(key)).map(([column]) => column));
    this.entryColumns = new Set(keys.filter(([, key]) => ENTRY_KEY.test(key)).map(([column]) => column));
  }

  hold(entry: HeldEntry): void {
    this.held = entry;
    this.lastRow = entry.row.rowNumber;
    this.lineColumns = null;
  }

  /**
   * Holds an entry read from a pair of rows (a marriage book laid out one row per spouse, spouse-rows.ts), whose
   * second row is skipped as 'entry-continued'. A line carrying on the pair carries on the second row: its person
   * cells go on from the cells `lineColumns` maps them to (the wife's, past the sheet's columns).
   */
  holdPair(entry: HeldEntry, secondRow: number, lineColumns: ReadonlyMap<number, number> | null): void {
    this.held = entry;
    this.lastRow = secondRow;
    this.taken.push({ rowNumber: secondRow, reason: 'entry-continued' });
    this.lineColumns = lineColumns;
  }

  /**
   * Whether the row carries on the held entry (then it is kept with the entry).
   * `carried`: the row's columns filled from cells merged over rows above it, each with the merge's first row.
   */
  takes(row: CsvRow, carried: ReadonlyMap<number, number> | null): boolean {
    const { held } = this;
    if (held === null || row.rowNumber !== this.lastRow + 1 || row.problem !== undefined) return false;
    let reason: ContinuationReason = 'entry-continued';
    let lines = this.secondLine(row, carried, held) ?? this.wrappedText(row, held) ?? this.restOfEntry(row, held);
    if (lines === null) {
      const column = this.classifier.remarksColumn;
      // Told before the remark above is read through the text cleaner: the row after an entry is mostly the next entry.
      if (column === undefined) return false;
      const alone = this.classifier.fillsRemarksOnly(row);
      // A line of a template numbered or filled down in advance may carry the remark on beside its defaults.
      if (!alone && row.cells[column] === undefined) return false;
      const above = this.lines.findLast((line) => line.column === column)?.cell ?? held.row.cells[column];
      const aboveText = above === undefined ? '' : readText(above);
      const cell = alone ? this.classifier.remarksContinuation(row, aboveText) : this.classifier.remarksBesideTemplate(row, aboveText);
      if (cell === null) return false;
      lines = [{ column, cell }];
      reason = 'remarks-continued';
    }
    for (const line of lines) this.lines.push({ rowNumber: row.rowNumber, cell: line.cell, column: this.lineColumns?.get(line.column) ?? line.column });
    this.taken.push({ rowNumber: row.rowNumber, reason });
    this.lastRow = row.rowNumber;
    return true;
  }

  /**
   * The held entry's event, its cells carried on, then the lines that carried them, pushed to `events`
   * (the caller's list, not a generator: this runs once per row).
   */
  release(read: (entry: HeldEntry) => RegisterEvent, sheet: string, type: RecordTypeName, events: RegisterEvent[]): void {
    const { held } = this;
    if (held === null) return;
    this.held = null;
    if (this.taken.length === 0) {
      events.push(read(held));
      return;
    }
    let row = held.row;
    const notes: BoundFinding[] = [];
    for (const column of new Set(this.lines.map((line) => line.column))) {
      const lines = this.lines.filter((line) => line.column === column);
      const own = row.cells[column];
      row = withTextCarriedOn(row, column, lines.map((line) => line.cell), this.freeTextColumns.has(column));
      if (column === this.classifier.remarksColumn) continue;
      notes.push({
        code: ROW_CONTINUATION_JOINED,
        field: held.plan.header.keys.get(column) ?? 'row',
        column: columnLetter(held.plan.header.sourceColumns?.get(column) ?? column),
        value: lines.map((line) => readText(line.cell)).join(' '),
        from: own === undefined ? '' : readText(own),
        to: readText(row.cells[column]!),
        params: { rows: lines.map((line) => line.rowNumber).filter((rowNumber, at, all) => all.indexOf(rowNumber) === at).join(', ') },
      });
    }
    events.push(withNotes(read({ ...held, row }), notes));
    for (const { rowNumber, reason } of this.taken) events.push({ kind: 'skipped', sheet, rowNumber, reason, type });
    this.lines.length = 0;
    this.taken.length = 0;
  }

  /**
   * The cells of the held entry's second line: the row's name cells of the registered person come from cells
   * merged over the entry's row and this one, and the row types no such name itself. Null for any other row.
   */
  private secondLine(row: CsvRow, carried: ReadonlyMap<number, number> | null, held: HeldEntry): { column: number; cell: SourceCell }[] | null {
    if (carried === null) return null;
    let nameCarried = false;
    for (const column of this.nameColumns) {
      const own = row.cells[column];
      if (own !== undefined && /\S/.test(own.text)) return null;
      const firstRow = carried.get(column);
      if (firstRow !== undefined && firstRow <= held.row.rowNumber) nameCarried = true;
    }
    if (!nameCarried) return null;
    const lines: { column: number; cell: SourceCell }[] = [];
    row.cells.forEach((cell, column) => {
      if (cell !== undefined && /\S/.test(cell.text)) lines.push({ column, cell });
    });
    return lines;
  }

  /**
   * The cells of a line that holds text only in free-text columns (a residence,
   * a birth or death place, a hometown), each plainly carrying on the text above
   * it in its column (the entry's, or the line's before): that text ends with a
   * comma or a dash, or this one goes on in lower case ('thôn Ngọc Bảo') or with
   * the next unit up ('huyện Yên Lạc, tỉnh Vĩnh Phú'). A footer's, a page's or a
   * title's words, a date, and a line in capitals after a closed line are not. The
   * remarks may go on in the same line, read as a line of remarks alone would be. Null for any other row.
   */
  private wrappedText(row: CsvRow, held: HeldEntry): { column: number; cell: SourceCell }[] | null {
    if (this.freeTextColumns.size === 0) return null;
    const lines: { column: number; cell: SourceCell }[] = [];
    const { cells } = row;
    const remarksColumn = this.classifier.remarksColumn;
    let remarks: SourceCell | undefined;
    // Cheap first: an entry's row has a filled cell outside these columns (its number, its name).
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (cell === undefined || !/\S/.test(cell.text)) continue;
      // The remarks may wrap on the same line of the page as a place ('… theo' over 'Nghị định 158/2005/NĐ-CP').
      if (column === remarksColumn && !this.freeTextColumns.has(column)) {
        remarks = cell;
        continue;
      }
      if (!this.freeTextColumns.has(column)) return null;
      lines.push({ column, cell });
    }
    if (lines.length === 0) return null;
    for (const { column, cell } of lines) {
      const own = this.lineColumns?.get(column) ?? column;
      const above = this.lines.findLast((line) => line.column === own)?.cell ?? held.row.cells[own];
      if (above === undefined || !goesOn(readText(above), readText(cell))) return null;
    }
    if (remarks !== undefined && remarksColumn !== undefined) {
      // The remarks' part of the line is read as a line of remarks alone would be (RowClassifier.remarksContinuation).
      const above = this.lines.findLast((line) => line.column === remarksColumn)?.cell ?? held.row.cells[remarksColumn];
      const alone: CsvRow = { ...row, cells: row.cells.map((cell, column) => (column === remarksColumn ? cell : undefined)) };
      const cell = this.classifier.remarksContinuation(alone, above === undefined ? '' : readText(above));
      if (cell === null) return null;
      lines.push({ column: remarksColumn, cell });
    }
    return lines;
  }

  /**
   * The cells of a line that types the rest of the held entry where the entry left its cells empty: an entry written
   * over two lines of the book ('Họ tên mẹ' | 'Năm sinh' on the line under the child's, the wife's cells under the
   * husband's). The entry names a registered person; the line types no number, no registration date and no cell the
   * entry filled (so never a second child, deceased or husband), and is no footer, title or count line. Not for a pair of spouses' rows, whose columns are mapped. Null for any other row.
   */
  private restOfEntry(row: CsvRow, held: HeldEntry): { column: number; cell: SourceCell }[] | null {
    if (this.lineColumns !== null || this.nameColumns.length === 0) return null;
    if (!this.nameColumns.some((column) => filled(held.row.cells[column]))) return null;
    const lines: { column: number; cell: SourceCell }[] = [];
    const { cells } = row;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (cell === undefined || !filled(cell)) continue;
      if (this.entryColumns.has(column) || filled(held.row.cells[column])) return null;
      lines.push({ column, cell });
    }
    // Remarks alone are the remarks' own continuation (RowClassifier.remarksContinuation), read without a note.
    if (lines.length === 0 || lines.every((line) => line.column === this.classifier.remarksColumn)) return null;
    if (this.classifier.classify(row) !== 'data') return null;
    return lines;
  }
}

function filled(cell: SourceCell | undefined): boolean {
  return cell !== undefined && /\S/.test(cell.text);
}

/** The text through the text cleaner (legacy fonts decoded), trimmed. */
function readText(cell: SourceCell): string {
  return normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value.trim();
}

/** Whether `next` plainly goes on from `above` in one cell (RemarksContinuation.wrappedText). */
function goesOn(above: string, next: string): boolean {
  if (above === '' || !/\p{L}/u.test(next) || DATE_LIKE.test(next) || isNonEntryLine(next)) return false;
  // A year's heading ('Năm 1999') or the notes' heading ('Ghi chú:') typed in the column is no part of a place.
  if (HEADING_LINE.test(next.normalize('NFC'))) return false;
  if (OPEN_END.test(above)) return true;
  // A line in capitals after a closed one is a title ('XÃ TAM HỢP'), whatever its first word.
  if (next === next.toUpperCase()) return false;
  // A unit word ending the line above waits for its name ('Bệnh viện huyện' over 'Vĩnh Tường'): a commune's or a district's
  // of the lists, not any words ('Trạm y tế xã', a birth place of its own, over a signer's name 'Nguyễn Thị Lan').
  // A hamlet's ('Xã Đồng Ích, thôn' over 'Mới') is in no list: a short name that is no person's.
  return LOWER_START.test(next) || NEXT_UNIT.test(next) || (endsWithUnitWord(above) && startsWithUnitName(next)) || hamletNameAfter(above, next);
}

/** A heading alone on a line: a year's ('Năm 1999', 'NĂM: 2000') or the notes' under the table ('Ghi chú:', 'Lưu ý'). */
const HEADING_LINE = /^\s*(?:n[aă]m\s*:?\s*(?:19|20)\d\d|ghi chú|chú thích|lưu ý)\s*[.:]?\s*$/iu;

/** The outcome with the notes of its joined cells: findings for the counts and the officers' lists, notes in a clean record. */
function withNotes(event: RegisterEvent, notes: readonly BoundFinding[]): RegisterEvent {
  if (notes.length === 0 || event.kind !== 'row') return event;
  const { outcome } = event;
  outcome.findings.push(...notes);
  if (outcome.kind === 'clean') {
    const recordNotes = outcome.record.notes as { code: string; field: string; from: string; to: string }[];
    for (const note of notes) recordNotes.push({ code: note.code, field: note.field, from: note.from ?? '', to: note.to ?? '' });
  }
  return event;
}

/**
 * The entry with the lines' text after its cell of `column`, one space between,
 * as one cell: one text when every part reads alike (font, row encoding), else
 * rich-text runs, each in its own font. A line without a font of its own (a
 * CSV's) reads in the entry's row encoding.
 */
function withTextCarriedOn(entry: CsvRow, column: number, lines: readonly SourceCell[], place = false): CsvRow {
  const encoding = entry.cells.find((cell) => cell?.encoding !== undefined)?.encoding;
  const own = entry.cells[column];
  const parts = [...(own === undefined || !/\S/.test(own.text) ? [] : [own]), ...lines.map((line) => (encoding !== undefined && line.font === undefined && line.encoding === undefined ? { ...line, encoding } : line))];
  const first = parts[0]!;
  // A place's line end stands for what a line break typed in its cell does: the comma between two parts of the
  // address ('Thôn Đông, xã Kim Xá' over 'huyện Vĩnh Tường'), or a space inside a name wrapped (place-line-breaks.ts).
  const separators = parts.slice(1).map((part, at) => (place ? (lineBreakSeparators(`${readText(parts[at]!)}\n${readText(part)}`)[0] ?? ' ') : ' '));
  const text = parts.map((part, at) => (at === 0 ? '' : separators[at - 1]) + part.text.trim()).join('');
  const alike = parts.every((part) => part.runs === undefined && part.font === first.font && part.encoding === first.encoding);
  const joined: SourceCell = { value: text, text, column: first.column };
  if (first.font !== undefined) joined.font = first.font;
  if (first.encoding !== undefined) joined.encoding = first.encoding;
  if (!alike) {
    joined.runs = parts.flatMap((part, index) => {
      const runs = part.runs ?? [part.font === undefined ? { text: part.text.trim() } : { text: part.text.trim(), font: part.font }];
      return index === 0 ? runs : [{ text: separators[index - 1] ?? ' ' }, ...runs];
    });
  }
  const cells = [...entry.cells];
  cells[column] = joined;
  return { ...entry, cells };
}
