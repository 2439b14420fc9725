import type { CsvRow } from '../ingest/csv-reader.js';
import type { RowClassifier } from '../ingest/row-kind.js';
import type { SourceCell } from '../ingest/source-cell.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import type { RegisterEvent } from './read-register.js';
import type { SheetPlan } from './sheet-plan.js';

/** A data row, read once the row after it is known. */
export interface HeldEntry {
  kind: 'held';
  row: CsvRow;
  plan: SheetPlan;
}

/**
 * Remarks carried onto the lines below an entry (RowClassifier.remarksContinuation):
 * their text is appended to the entry's remarks, a space between, and each such
 * line is skipped as 'remarks-continued'. Holds the last entry until the row after
 * it is known; a line carries on only the entry (or the line) directly above it.
 */
export class RemarksContinuation {
  private held: HeldEntry | null = null;
  private lastRow = 0;
  private readonly lines: { rowNumber: number; cell: SourceCell }[] = [];

  constructor(private readonly classifier: RowClassifier) {}

  hold(entry: HeldEntry): void {
    this.held = entry;
    this.lastRow = entry.row.rowNumber;
  }

  /** Whether the row carries on the held entry's remarks (then it is kept with the entry). */
  takes(row: CsvRow): boolean {
    if (this.held === null || row.rowNumber !== this.lastRow + 1 || row.problem !== undefined) return false;
    const cell = this.classifier.remarksContinuation(row);
    if (cell === null) return false;
    this.lines.push({ rowNumber: row.rowNumber, cell });
    this.lastRow = row.rowNumber;
    return true;
  }

  /** The held entry's event, its remarks carried on, then the lines that carried them. */
  *release(read: (entry: HeldEntry) => RegisterEvent, sheet: string, type: RecordTypeName): Generator<RegisterEvent> {
    const { held } = this;
    if (held === null) return;
    this.held = null;
    const column = this.classifier.remarksColumn;
    if (this.lines.length === 0 || column === undefined) {
      yield read(held);
      return;
    }
    yield read({ ...held, row: withRemarksCarriedOn(held.row, column, this.lines.map((line) => line.cell)) });
    for (const line of this.lines) yield { kind: 'skipped', sheet, rowNumber: line.rowNumber, reason: 'remarks-continued', type };
    this.lines.length = 0;
  }
}

/**
 * The entry with the lines' text after its remarks, one space between, as one
 * cell: one text when every part reads alike (font, row encoding), else rich-text
 * runs, each in its own font. A line without a font of its own (a CSV's) reads in
 * the entry's row encoding.
 */
function withRemarksCarriedOn(entry: CsvRow, column: number, lines: readonly SourceCell[]): CsvRow {
  const encoding = entry.cells.find((cell) => cell?.encoding !== undefined)?.encoding;
  const own = entry.cells[column];
  const parts = [...(own === undefined ? [] : [own]), ...lines.map((line) => (encoding !== undefined && line.font === undefined && line.encoding === undefined ? { ...line, encoding } : line))];
  const first = parts[0]!;
  const text = parts.map((part) => part.text.trim()).join(' ');
  const alike = parts.every((part) => part.runs === undefined && part.font === first.font && part.encoding === first.encoding);
  const joined: SourceCell = { value: text, text, column: first.column };
  if (first.font !== undefined) joined.font = first.font;
  if (first.encoding !== undefined) joined.encoding = first.encoding;
  if (!alike) {
    joined.runs = parts.flatMap((part, index) => {
      const runs = part.runs ?? [part.font === undefined ? { text: part.text.trim() } : { text: part.text.trim(), font: part.font }];
      return index === 0 ? runs : [{ text: ' ' }, ...runs];
    });
  }
  const cells = [...entry.cells];
  cells[column] = joined;
  return { ...entry, cells };
}
