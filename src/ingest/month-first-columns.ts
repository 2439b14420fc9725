/**
 * Columns of text dates written month first (DOMAIN.md §5): a CSV exported on an
 * English-US Windows writes every date m/d/yyyy. A cell alone tells only when its
 * second field is above 12 ('1/25/2012', DATE_MONTH_FIRST); '1/3/2012' reads either
 * way. The column tells for all of them (us-locale-dates.ts, isMonthFirstTextColumn):
 * its texts that read either way are marked (SourceCell.monthFirst) and read month
 * first, each with DATE_MONTH_FIRST_COLUMN.
 */
import type { SheetRow, SheetSource } from './sheet-source.js';
import { EITHER_ORDER, textDateKind, UsLocaleDateEvidence } from './us-locale-dates.js';

/**
 * At most this many rows are held waiting for a column's verdict (as many as the XLSX
 * reader judges, read-xlsx-lean.ts); past them the column is judged on the rows read
 * so far, and the verdict holds for the rest of the sheet as it streams.
 */
export const MAX_HELD_ROWS = 20_000;

/** The reader's sheets, each with the texts that read either way of its month-first columns marked. */
export async function* withMonthFirstColumns(sheets: AsyncIterable<SheetSource>): AsyncIterable<SheetSource> {
  for await (const sheet of sheets) {
    // The same object, so the merges and hidden columns the reader fills as its rows are taken stay its own.
    sheet.rows = judgedRows(sheet.rows);
    yield sheet;
  }
}

/**
 * The rows, in order, each given as soon as no column it has a text in may still prove
 * month first: in a day-first book, once each date column has shown a day above 12,
 * which takes a few rows. Until then the rows wait (at most MAX_HELD_ROWS of them). A
 * fault in the rows gives those held, unmarked, then the error.
 */
function judgedRows(rows: AsyncIterable<SheetRow>): AsyncIterable<SheetRow> {
  return { [Symbol.asyncIterator]: () => new JudgedRows(rows[Symbol.asyncIterator]()) };
}

/**
 * judgedRows' iterator, written out rather than an async generator: every row of every sheet passes
 * through it, and a generator layer costs each row its own queue of promises and turns of the event loop.
 */
class JudgedRows implements AsyncIterator<SheetRow> {
  private readonly evidence = new UsLocaleDateEvidence();
  private held: SheetRow[] = [];
  /** Rows let go, given before the next one is read; `ready[readyAt]` is the next. */
  private ready: SheetRow[] = [];
  private readyAt = 0;
  /** The month-first columns, once judged before the sheet's end (more than MAX_HELD_ROWS held). */
  private judged: number[] | undefined;
  /** The rows' fault, thrown once the rows held before it are given. */
  private fault: { error: unknown } | undefined;
  private finished = false;

  constructor(private readonly rows: AsyncIterator<SheetRow>) {}

  async next(): Promise<IteratorResult<SheetRow>> {
    for (;;) {
      if (this.readyAt < this.ready.length) return { done: false, value: this.ready[this.readyAt++]! };
      const { fault } = this;
      if (fault !== undefined) {
        this.fault = undefined;
        throw fault.error;
      }
      if (this.finished) return { done: true, value: undefined };
      try {
        const next = await this.rows.next();
        if (next.done === true) {
          this.finished = true;
          markMonthFirstTexts(this.held, this.evidence.monthFirstTextColumns());
          this.letGo();
          continue;
        }
        const row = next.value;
        if (this.judged !== undefined) {
          markRow(row, this.judged);
          return { done: false, value: row };
        }
        this.evidence.row(row);
        if (!this.evidence.hasUndecidedTexts()) {
          // No held row has a text that reads either way in a column that may still prove month first.
          if (this.held.length === 0) return { done: false, value: row };
          this.held.push(row);
          this.letGo();
          continue;
        }
        this.held.push(row);
        if (this.held.length >= MAX_HELD_ROWS) {
          this.judged = this.evidence.monthFirstTextColumns();
          markMonthFirstTexts(this.held, this.judged);
          this.letGo();
        }
      } catch (error) {
        this.finished = true;
        this.fault = { error };
        this.letGo();
      }
    }
  }

  async return(): Promise<IteratorResult<SheetRow>> {
    this.finished = true;
    this.held = [];
    this.ready = [];
    this.readyAt = 0;
    await this.rows.return?.();
    return { done: true, value: undefined };
  }

  /** The rows held, given next in order. */
  private letGo(): void {
    this.ready = this.held;
    this.readyAt = 0;
    this.held = [];
  }
}

/** Marks the texts that read either way of the month-first `columns` (SourceCell.monthFirst); cells are the reader's own. */
export function markMonthFirstTexts(rows: readonly SheetRow[], columns: readonly number[]): void {
  if (columns.length === 0) return;
  for (const row of rows) markRow(row, columns);
}

function markRow({ cells }: SheetRow, columns: readonly number[]): void {
  for (const column of columns) {
    const cell = cells[column];
    if (cell !== undefined && typeof cell.value === 'string' && textDateKind(cell.value) === EITHER_ORDER) cell.monthFirst = true;
  }
}
