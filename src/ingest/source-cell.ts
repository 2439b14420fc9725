import type { ContextEncoding } from '../normalize/text/legacy-encoding.js';

/** One run of a rich-text cell with the font it was typed in. */
export interface TextRun {
  text: string;
  font?: string;
}

/** A cell's value as typed in the source. */
export type CellValue = string | number | boolean | Date | null;

/**
 * One source cell: its typed value, its text as the spreadsheet shows it, and
 * the font(s) it was typed in (legacy-encoding detection needs them).
 */
export interface SourceCell {
  value: CellValue;
  /** Display text: rich text flattened, formula result, number as written. */
  text: string;
  /** Cell font name (XLSX only). */
  font?: string;
  /** Rich-text runs, each with its own font, when the cell had several. */
  runs?: TextRun[];
  /**
   * For a cell without a font (a CSV's): the legacy font encoding its row was
   * typed in (rowLegacyEncoding), which the text normalizer weighs as a font; for a
   * cell in no legacy font of a Windows-1258 sheet, 'cp1258' (sheetTextEvidence).
   */
  encoding?: ContextEncoding;
  /** The cell's sheet shows its TCVN3 text lost the ư, U+00AD (sheetTextEvidence). */
  lostSoftHyphen?: true;
  /**
   * The cached result of a formula calling TODAY() or NOW() (XLSX only): the day the workbook was
   * last calculated, no value of the book ('SỔ ĐĂNG KÝ KHAI SINH NĂM 2024' as
   * ="SỔ ĐĂNG KÝ KHAI SINH NĂM "&YEAR(TODAY()) over the 2015 book).
   */
  volatile?: true;
  /** Column letter in the source (A, B, …; for CSV the column's position as a letter). */
  column: string;
  /**
   * A CSV field: text whatever the spreadsheet it was exported from held, so a number
   * Excel stored without leading zeros (a personal ID) was written out without them.
   */
  fromCsv?: true;
  /**
   * A date cell whose number format shows only the month and year ('mm/yyyy') or
   * the year ('yyyy'): what the clerk saw, and so the precision the date has.
   */
  datePrecision?: ShownDatePrecision;
  /**
   * A Date cell of a column typed d/m/yyyy on a PC set to US dates: Excel stored the
   * day typed as the month and the month as the day (us-locale-dates.ts). 'likely'
   * when the column's evidence is less than certain.
   */
  dayMonthSwapped?: DaySwapVerdict;
  /**
   * A Date cell whose number format shows the year in two digits ('d/m/yy', 'dd-mmm-yy'):
   * the century is Excel's, not the clerk's (a typed '5/3/25' is stored as 2025, 00–29
   * being 2000–2029), so a date it puts after the registration is read as the two-digit
   * year typed (field-reader.ts).
   */
  twoDigitYear?: true;
  /**
   * A Date cell whose number format shows the day and month and no year ('d-mmm', which Excel
   * gives a '5/3' typed without a year, or 'dd/mm'): the year it holds is one nobody saw — for a
   * typed '5/3', the year it was typed in — so the cell is read as the day and month it shows.
   */
  noYear?: true;
  /**
   * A text date that reads either way ('1/3/2012'), in a column of texts written month
   * first (m/d/yyyy: a CSV exported on a US-locale PC; us-locale-dates.ts): its first
   * field is the month.
   */
  monthFirst?: true;
  /**
   * Struck through (XLSX: a strikethrough font, the typist's Ctrl+5 copying a clerk's line
   * through the book): true when the whole text is. A rich-text cell with only some runs struck
   * ('Nguyễn Văn ~~Hưng~~ Hùng') has them left out of value, text and runs; this then holds the
   * text as typed, struck runs included.
   */
  struck?: true | string;
  /**
   * A value printed once above the header (a title line: its row number) or taken from a sheet's or
   * file's name (0), which rows without a cell of their own use (title-defaults.ts): a problem of it
   * is one of the sheet, reported once at that line, not at each entry.
   */
  titleRow?: number;
  /** The sheet of that title line, when it is not the row's own (a sheet continuing the book of the one before). */
  titleSheet?: string;
}

/** How sure the reader is that a column's Date cells hold day and month exchanged. */
export type DaySwapVerdict = 'certain' | 'likely';

/** The part of a date a number format shows, when it is less than the day. */
export type ShownDatePrecision = 'month' | 'year';

/** A formula calling TODAY() or NOW() (`SourceCell.volatile`), as a workbook's `<f>` holds it. */
export const VOLATILE_FORMULA = /\b(?:TODAY|NOW)\s*\(/i;
