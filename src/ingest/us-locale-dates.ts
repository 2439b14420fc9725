/**
 * Date columns typed d/m/yyyy on a PC set to US dates (DOMAIN.md §5). Excel parses
 * what is typed in the system's order, month first: '05/08/1990' (5 August) becomes
 * a Date cell of 8 May 1990, while '25/08/1990' (no month 25) stays text. So such a
 * column holds Date cells whose stored day is never above 12 (it is the month typed)
 * and text dates whose first field is always above 12 — and never a d/m/yyyy text
 * with a first field up to 12, which Excel would have converted.
 *
 * A column of a Vietnamese-locale book (Date cells, and some dates typed as text)
 * shows that by chance only: a text date's day is above 12 about 221 times in 365,
 * a Date cell's day at most 12 about 144 times in 365, each cell on its own. The
 * verdict weighs the cells of the whole column against that chance.
 *
 * The same evidence tells a column of texts written month first (m/d/yyyy: a CSV
 * exported on an English-US Windows): texts whose second field is above 12 and none
 * whose first is (monthFirstTextColumns, marked by month-first-columns.ts).
 */
import { daysInMonth } from '../normalize/date/calendar.js';
import type { SheetRow } from './sheet-source.js';
import type { DaySwapVerdict } from './source-cell.js';

/** The order of day and month a date number format shows explicitly ('m/d/yyyy', 'dd/mm/yyyy'). */
export type DateFormatOrder = 'month-first' | 'day-first';

/** What a text cell says about the column: a d/m date US Excel left as text, one it would have converted, or nothing. */
export const LEFT_AS_TEXT = 1;
export const WOULD_CONVERT = -1;
export const NO_EVIDENCE = 0;
/** textDateKind only: a text US Excel would have converted whose second field is above 12 ('05/25/1990': month first). */
export const MONTH_FIRST_ONLY = -2;
/** textDateKind only: a text whose both fields are at most 12 and differ ('05/08/1990'): either order reads. */
export const EITHER_ORDER = -3;

/** At least this many text dates left as text and this many Date cells: a few cells prove nothing. */
export const MIN_TEXT_DATES = 3;
export const MIN_DATE_CELLS = 3;
/**
 * At least this many texts whose second field is above 12, and none whose first is, make a
 * column month first. A day-first book has a month above 12 only by a typo, and a day above 12
 * in about 221 dates in 365: one slip, or two, never turns a column of such a book.
 */
export const MIN_MONTH_FIRST_TEXTS = 3;
/** log10 of how much likelier each cell is under the US-locale reading than by chance in a day-first book. */
const TEXT_WEIGHT = Math.log10(365 / 221);
const DATE_CELL_WEIGHT = Math.log10(365 / 144);
/** Chance of the column by accident at most 1 in 1,000: the days are exchanged, with a warning. */
const LIKELY_WEIGHT = 3;
/** At most 1 in 1,000,000: exchanged with a note (the audit trail), as any automatic correction. */
const CERTAIN_WEIGHT = 6;

/**
 * d/m/yyyy or d-m-yy as a whole cell, the shapes US Excel parses (not d.m.yyyy, which it leaves as text),
 * with the time of day Excel writes after a date-time cell's date in a CSV ('1/23/2019 0:00', '1/23/2019 12:00:00 AM').
 */
const SLASH_DATE = /^\s*(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?\s*$/;

/**
 * A text cell's evidence: LEFT_AS_TEXT for a day-first date whose day is above 12
 * ('25/08/1990', which US Excel cannot parse), WOULD_CONVERT for one US Excel would
 * have made a Date of ('05/08/1990', '05/25/1990': a month first), else NO_EVIDENCE
 * (words, dots, a year before 1900 — which no Excel makes a Date of —, no date).
 */
export function textDateEvidence(text: string): number {
  const kind = textDateKind(text);
  return kind === MONTH_FIRST_ONLY || kind === EITHER_ORDER ? WOULD_CONVERT : kind;
}

/**
 * textDateEvidence, with the texts US Excel would have converted told apart:
 * MONTH_FIRST_ONLY ('05/25/1990'), EITHER_ORDER ('05/08/1990'), and WOULD_CONVERT
 * for the rest ('05/05/1990', the same read either way).
 */
export function textDateKind(text: string): number {
  // Most text cells are names and places: one character code tells; IDs and years have no separator after 1 or 2 digits.
  const first = text.charCodeAt(0);
  if (first !== 32) {
    if (first < 48 || first > 57) return NO_EVIDENCE;
    const second = text.charCodeAt(1);
    const third = text.charCodeAt(2);
    if (second !== 47 && second !== 45 && third !== 47 && third !== 45) return NO_EVIDENCE;
  }
  const match = SLASH_DATE.exec(text);
  if (match === null) return NO_EVIDENCE;
  const a = Number(match[1]);
  const b = Number(match[3]);
  const figures = match[4]!;
  // Excel's two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999.
  const year = figures.length === 4 ? Number(figures) : Number(figures) + (Number(figures) < 30 ? 2000 : 1900);
  if (year < 1900) return NO_EVIDENCE;
  if (a >= 13 && b >= 1 && b <= 12 && a <= daysInMonth(year, b)) return LEFT_AS_TEXT;
  if (a >= 1 && a <= 12 && b >= 1 && b <= daysInMonth(year, a)) return b >= 13 ? MONTH_FIRST_ONLY : a === b ? WOULD_CONVERT : EITHER_ORDER;
  return NO_EVIDENCE;
}

/**
 * Whether a workbook can hold such a column at all: it has a date format, and at
 * least MIN_TEXT_DATES texts of its shared-string table (where Excel keeps every
 * text typed) are dates left as text. A workbook without them is read as it
 * always was, at no cost per row.
 */
export function mayHoldUsLocaleDates(texts: Iterable<string | { readonly text: string } | null>, hasDateFormat: boolean): boolean {
  if (!hasDateFormat) return false;
  let leftAsText = 0;
  for (const entry of texts) {
    if (entry === null) continue;
    const text = typeof entry === 'string' ? entry : entry.text;
    if (textDateEvidence(text) === LEFT_AS_TEXT && ++leftAsText >= MIN_TEXT_DATES) return true;
  }
  return false;
}

/** What one column holds. */
export interface ColumnEvidence {
  leftAsText: number;
  wouldConvert: number;
  /** Of the texts US Excel would have converted, those whose second field is above 12 (MONTH_FIRST_ONLY). */
  monthFirstTexts: number;
  /** Of the texts US Excel would have converted, those that read either way (EITHER_ORDER). */
  eitherOrderTexts: number;
  /** Date cells showing a whole day, whose day is at most 12. */
  smallDays: number;
  /** Date cells showing a whole day, whose day is above 12: no US Excel made them of a d/m typed. */
  largeDays: number;
  monthFirstFormats: number;
  dayFirstFormats: number;
}

/**
 * The evidence of one sheet's cells, column by column: the rows, and the number
 * format of each date cell (told by the reader, which alone sees the formats).
 */
export class UsLocaleDateEvidence {
  private readonly columns: ColumnEvidence[] = [];
  /** Columns a cell has already cleared of exchanged Date cells (a text US Excel would have converted, a Date cell past the 12th). */
  private readonly cleared: boolean[] = [];
  /** Columns cleared, and with a text whose first field is above 12 (no month-first column): their other cells are not looked at. */
  private readonly settled: boolean[] = [];
  /** Columns holding a Date cell: texts beside it are no export's (monthFirstTextColumns). */
  private readonly dateCells: boolean[] = [];
  /** Columns holding texts that read either way and none whose first field is above 12: they may yet prove month first. */
  private undecided = 0;

  /** A date cell of `column` (0-based) whose number format shows day and month in this order. */
  dateFormat(column: number, order: DateFormatOrder): void {
    const evidence = this.column(column);
    if (order === 'month-first') evidence.monthFirstFormats++;
    else evidence.dayFirstFormats++;
  }

  /** One row's cells; title and header rows count too (their texts are no bare dates). */
  row(row: SheetRow): void {
    const { cells } = row;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (cell === undefined || this.settled[column] === true) continue;
      const { value } = cell;
      if (typeof value === 'string') {
        const kind = textDateKind(value);
        if (kind !== NO_EVIDENCE) this.text(column, kind);
      } else if (value instanceof Date) {
        this.dateCells[column] = true;
        if (cell.datePrecision !== undefined || this.cleared[column] === true) continue;
        const day = value.getUTCDate();
        if (Number.isNaN(day)) continue;
        if (day <= 12) this.column(column).smallDays++;
        else this.clear(column).largeDays++;
      }
    }
  }

  /** The columns (0-based) whose Date cells hold day and month exchanged, with how sure that is. */
  verdicts(): Map<number, DaySwapVerdict> {
    const verdicts = new Map<number, DaySwapVerdict>();
    this.columns.forEach((evidence, column) => {
      const verdict = columnVerdict(evidence);
      if (verdict !== null) verdicts.set(column, verdict);
    });
    return verdicts;
  }

  /**
   * Whether a column so far holds texts that read either way and none whose first field is
   * above 12: until it is told, the rows holding them must wait for its verdict.
   */
  hasUndecidedTexts(): boolean {
    return this.undecided > 0;
  }

  /**
   * The columns (0-based) of texts written month first (isMonthFirstTextColumn), and with
   * them the sheet's other columns of texts that read either way and none whose first field
   * is above 12, nor any Date cell: one export wrote every date of the sheet, so a column
   * proven month first proves it for a column whose days all happen to be at most 12 (a
   * small book's birth dates, early in their months), which a day-first book shows no more
   * often than its other column shows three months above 12. So does a sheet whose columns
   * prove it only together (isMonthFirstSheet).
   */
  monthFirstTextColumns(): number[] {
    const columns: number[] = [];
    this.columns.forEach((evidence, column) => {
      if (isMonthFirstTextColumn(evidence)) columns.push(column);
    });
    if (columns.length === 0 && !this.isMonthFirstSheet()) return columns;
    this.columns.forEach((evidence, column) => {
      if (!columns.includes(column) && evidence.leftAsText === 0 && evidence.eitherOrderTexts > 0 && this.dateCells[column] !== true) columns.push(column);
    });
    return columns.sort((a, b) => a - b);
  }

  /**
   * A sheet too small for any one column to prove month first: its text-date columns together
   * hold MIN_MONTH_FIRST_TEXTS texts whose second field is above 12 (none in a column with a Date
   * cell), and not one text anywhere whose first field is (a registration date of 13/1 and a
   * birth of 28/12 would be day first).
   */
  private isMonthFirstSheet(): boolean {
    let monthFirstTexts = 0;
    for (let column = 0; column < this.columns.length; column++) {
      const evidence = this.columns[column];
      if (evidence === undefined) continue;
      if (evidence.leftAsText > 0) return false;
      if (this.dateCells[column] !== true) monthFirstTexts += evidence.monthFirstTexts;
    }
    return monthFirstTexts >= MIN_MONTH_FIRST_TEXTS;
  }

  private text(column: number, kind: number): void {
    const evidence = this.column(column);
    if (kind === LEFT_AS_TEXT) {
      if (evidence.leftAsText++ === 0 && evidence.eitherOrderTexts > 0) this.undecided--;
      if (this.cleared[column] === true) this.settled[column] = true;
      return;
    }
    evidence.wouldConvert++;
    if (kind === MONTH_FIRST_ONLY) evidence.monthFirstTexts++;
    else if (kind === EITHER_ORDER && evidence.eitherOrderTexts++ === 0 && evidence.leftAsText === 0) this.undecided++;
    this.clear(column);
  }

  private clear(column: number): ColumnEvidence {
    this.cleared[column] = true;
    const evidence = this.column(column);
    if (evidence.leftAsText > 0) this.settled[column] = true;
    return evidence;
  }

  private column(column: number): ColumnEvidence {
    return (this.columns[column] ??= {
      leftAsText: 0, wouldConvert: 0, monthFirstTexts: 0, eitherOrderTexts: 0, smallDays: 0, largeDays: 0, monthFirstFormats: 0, dayFirstFormats: 0,
    });
  }
}

/**
 * A column of texts written month first (m/d/yyyy, a CSV exported on a US-locale PC):
 * at least MIN_MONTH_FIRST_TEXTS texts whose second field is above 12, and none whose
 * first is. A column holding both is a mix, each text read on its own.
 */
export function isMonthFirstTextColumn(evidence: ColumnEvidence): boolean {
  return evidence.leftAsText === 0 && evidence.monthFirstTexts >= MIN_MONTH_FIRST_TEXTS;
}

/**
 * 'certain' when the column could show this by chance at most once in a million,
 * or once in a thousand with every Date cell in an explicit month-first format
 * ('m/d/yyyy': a format a US-locale PC offers); 'likely' when once in a thousand,
 * or when a Date cell's format shows the day first (the clerk saw the exchanged
 * day, and may have corrected it). Null with a single date typed as text that US
 * Excel would have converted, or a single Date cell whose day is above 12.
 */
export function columnVerdict(evidence: ColumnEvidence): DaySwapVerdict | null {
  const { leftAsText, wouldConvert, smallDays, largeDays, monthFirstFormats, dayFirstFormats } = evidence;
  if (wouldConvert > 0 || largeDays > 0 || leftAsText < MIN_TEXT_DATES || smallDays < MIN_DATE_CELLS) return null;
  const weight = leftAsText * TEXT_WEIGHT + smallDays * DATE_CELL_WEIGHT;
  if (weight < LIKELY_WEIGHT) return null;
  if (dayFirstFormats > 0) return 'likely';
  return weight >= CERTAIN_WEIGHT || monthFirstFormats >= smallDays ? 'certain' : 'likely';
}

/** Marks the Date cells (showing a whole day) of the judged columns with their verdict; cells are the reader's own. */
export function markExchangedDays(rows: readonly SheetRow[], verdicts: ReadonlyMap<number, DaySwapVerdict>): void {
  if (verdicts.size === 0) return;
  for (const { cells } of rows) {
    for (const [column, verdict] of verdicts) {
      const cell = cells[column];
      if (cell !== undefined && cell.value instanceof Date && cell.datePrecision === undefined) cell.dayMonthSwapped = verdict;
    }
  }
}
