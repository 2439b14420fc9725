import type { ShownDatePrecision, SourceCell, TextRun } from '../source-cell.js';
import { numberText } from '../number-text.js';
import type { SharedString } from './shared-strings-part.js';
import { strikeRuns } from './struck-runs.js';

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (the day Excel's 1900 serials count from, past 1900-03-01) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** Days between the 1900 and 1904 systems. */
const DAYS_1900_TO_1904 = 1462;
/** A register's dates span a few decades (~10,000 days); a bound keeps odd sheets from growing the cache. */
const MAX_DAYS_KEPT = 100_000;
const PHANTOM_LEAP_DAY = 60;
/** A `t="d"` cell's value (ECMA-376 part 1 §18.17.4.1 ISO 8601 form): date, optional time, optional zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An Excel date serial as a UTC Date, computed as exceljs does (utils.excelToDate)
 * except below serial 60: Excel's 1900 system counts the nonexistent 1900-02-29
 * (Lotus 1-2-3 compatibility, ECMA-376 part 1 §18.17.4.1), so serials 1–59 are
 * one day later than a plain count from 1899-12-30 gives — exceljs is a day early
 * there. Serial 60, the phantom 29 February, reads as 1900-02-28, as in exceljs.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + DAYS_1900_TO_1904 : serial < 60 ? serial + 1 : serial;
  return new Date(Math.round((days - EPOCH_1900) * MS_PER_DAY));
}

/**
 * Builds SourceCells with the keys in the order the exceljs reader gives them
 * (value, text, column, font, runs, struck), so both serialize alike. `struck`:
 * the cell's format draws it struck through (CellFormat.struck). Keeps the
 * YYYY-MM-DD text of each day met (toISOString is the costly part of a date cell).
 */
export class CellBuilder {
  private readonly dayTexts = new Map<number, string>();

  constructor(private readonly date1904: boolean) {}

  /** A text cell (plain or inline string, formula string, error). */
  text(text: string, font: string | undefined, column: string, struck?: true): SourceCell {
    const cell: SourceCell = { value: text, text, column };
    if (font) cell.font = font;
    if (struck) cell.struck = true;
    return cell;
  }

  /**
   * A shared-string cell; rich text keeps its runs, each run falling back to the cell's font,
   * and, a run without properties of its own, to the cell's strikethrough (strikeRuns).
   */
  shared(entry: Exclude<SharedString, null>, font: string | undefined, column: string, struck?: true): SourceCell {
    if (typeof entry === 'string') return this.text(entry, font, column, struck);
    const cell: SourceCell = { value: entry.text, text: entry.text, column };
    if (font) cell.font = font;
    const runs: TextRun[] = [];
    let someStruck = false;
    for (const part of entry.runs) {
      const run: TextRun = { text: part.text };
      const runFont = part.font ?? font;
      if (runFont) run.font = runFont;
      runs.push(run);
      if ((part.struck ?? struck) === true) someStruck = true;
    }
    cell.runs = runs;
    if (someStruck) strikeRuns(cell, entry.runs.map((part) => (part.struck ?? struck) === true));
    return cell;
  }

  boolean(value: boolean, font: string | undefined, column: string, struck?: true): SourceCell {
    const cell: SourceCell = { value, text: value ? 'TRUE' : 'FALSE', column };
    if (font) cell.font = font;
    if (struck) cell.struck = true;
    return cell;
  }

  /** A number, or a date when the cell's number format is a date format (showing `precision` of it, if less than the day). */
  number(value: number, isDate: boolean, font: string | undefined, column: string, precision?: ShownDatePrecision, struck?: true): SourceCell {
    let cell: SourceCell;
    // Serial 60 of the 1900 system is the phantom 1900-02-29: no Date can hold it, so it stays a
    // number (exceljs shows 1900-02-28); the date reader takes it as what was typed, the two-digit
    // year '60' (read-number.ts), as it takes '60' typed into a General cell. Below serial 1 of
    // the 1900 system there is no day: Excel shows 0 as '00/01/1900' (an empty formula result, a
    // cell cleared to 0) and below 1 a time alone; it stays the number, read as no date
    // (read-number.ts: 0 is DATE_UNKNOWN), not as 31/12/1899 (exceljs: 30/12/1899).
    if (isDate && !(!this.date1904 && (value === PHANTOM_LEAP_DAY || (value >= 0 && value < 1)))) {
      const date = serialToDate(value, this.date1904);
      cell = { value: date, text: this.dayText(date), column };
      if (precision !== undefined) {
        if (font) cell.font = font;
        cell.datePrecision = precision;
        if (struck) cell.struck = true;
        return cell;
      }
    } else {
      // Same text as numberText: for safe integers String() and toFixed(0) agree, and String is cheaper.
      cell = { value, text: Number.isSafeInteger(value) ? String(value) : numberText(value), column };
    }
    if (font) cell.font = font;
    if (struck) cell.struck = true;
    return cell;
  }

  /**
   * A `t="d"` cell: 'YYYY-MM-DD', optionally with 'THH:MM[:SS[.sss]]' and a zone, as a Date of that
   * wall-clock day and time (a zone is not applied: Excel shows the digits written); any other text
   * stays the text it is, which the date reader then reads or reports.
   */
  isoDate(text: string, font: string | undefined, column: string, struck?: true): SourceCell {
    const match = ISO_DATE.exec(text.trim());
    const date = match === null
      ? null
      : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)));
    // Date.UTC rolls 2015-02-30 over into March: such a text is no date of its own.
    if (date === null || date.getUTCDate() !== Number(match![3]) || date.getUTCMonth() !== Number(match![2]) - 1) return this.text(text, font, column, struck);
    const cell: SourceCell = { value: date, text: this.dayText(date), column };
    if (font) cell.font = font;
    if (struck) cell.struck = true;
    return cell;
  }

  /** The date's UTC day as the exceljs reader writes it (toISOString's first 10 characters; '' if invalid). */
  private dayText(date: Date): string {
    const time = date.getTime();
    if (Number.isNaN(time)) return '';
    const day = Math.floor(time / MS_PER_DAY);
    let text = this.dayTexts.get(day);
    if (text === undefined) {
      text = date.toISOString().slice(0, 10);
      if (this.dayTexts.size >= MAX_DAYS_KEPT) this.dayTexts.clear();
      this.dayTexts.set(day, text);
    }
    return text;
  }
}
