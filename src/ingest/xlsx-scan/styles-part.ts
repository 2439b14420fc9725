import type { ShownDatePrecision } from '../source-cell.js';
import type { DateFormatOrder } from '../us-locale-dates.js';
import { forEachTag } from './xml-tags.js';

/** What a cell format (styles.xml cellXfs entry, the cell's `s`) means to the reader. */
export interface CellFormat {
  /** Name of the cell's font (fonts[fontId] `<name val>`). */
  font: string | undefined;
  /** The number format shows a date or time, so a number in the cell is a date serial. */
  isDate: boolean;
  /** A date format that shows no day ('mm/yyyy', 'yyyy'). */
  datePrecision?: ShownDatePrecision;
  /**
   * A format of the workbook's own (numFmts) that shows day and month in this order:
   * 'm/d/yyyy' is a US-locale PC's, 'dd/mm/yyyy' a Vietnamese one's. Built-in formats
   * have none: id 14, the short date Excel gives a date it parsed, follows the locale
   * of the PC that shows it.
   */
  dayOrder?: DateFormatOrder;
  /** A date format showing the day and a two-digit year ('d/m/yy', 'dd-mmm-yy'; showsTwoDigitYear). */
  twoDigitYear?: true;
  /** A date format showing the day and month and no year ('d-mmm', 'dd/mm'; showsNoYear). */
  noYear?: true;
  /** The font is struck through (`<strike/>`): the typist's Ctrl+5, a cancelled value. */
  struck?: true;
}

/**
 * Built-in number formats that have a format code in exceljs 4.4.0
 * (lib/xlsx/defaultnumformats.js, the `f` entries). The locale-dependent ids
 * (27–36, 50–58, 81) have none there, so exceljs — and this reader — do not
 * take them for dates unless styles.xml defines them.
 */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};

/**
 * exceljs's rule (lib/utils/utils.js isDateFmt): a format is a date when, with
 * [bracketed] and "quoted" sections removed, it still holds one of y m d h M s b.
 */
export function isDateFormat(formatCode: string): boolean {
  return /[ymdhMsb]/.test(formatCode.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A format code without its [bracketed] sections (locale, colour), "quoted" text and backslash-escaped characters: the tokens that show a value. */
function formatTokens(formatCode: string): string {
  return formatCode.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

/**
 * The precision a date format shows, when less than the day: 'mm/yyyy' and
 * 'mmm-yy' show the month, 'yyyy' the year. A format with a day or a time part,
 * or without a year, shows (or hides) something else: undefined.
 */
export function shownDatePrecision(formatCode: string): ShownDatePrecision | undefined {
  const code = formatTokens(formatCode);
  if (!/y/i.test(code) || /[dhs]/i.test(code) || /AM\/PM|A\/P/i.test(code)) return undefined;
  return /m/i.test(code) ? 'month' : 'year';
}

/**
 * Whether a date format shows the day and the year in two digits ('d/m/yy', 'dd-mmm-yy'),
 * so that what the clerk typed and saw carries no century. Excel's built-in short dates
 * (ids 14 and 22: 'mm-dd-yy' in exceljs) show the PC's short date, four-digit years on
 * both US and Vietnamese Windows: the caller leaves them out.
 */
export function showsTwoDigitYear(formatCode: string): boolean {
  const code = formatTokens(formatCode).toLowerCase();
  const years = code.match(/y+/g);
  return years !== null && years.every((run) => run.length <= 2) && code.includes('d');
}

/**
 * Whether a date format shows a day and a month and no year ('d-mmm', built-in 16, which Excel
 * gives a '5/3' typed without a year; 'dd/mm'); not a time ('h:mm', 'mm:ss').
 */
export function showsNoYear(formatCode: string): boolean {
  const code = formatTokens(formatCode).toLowerCase();
  return !code.includes('y') && !/[hs]/.test(code) && code.includes('d') && MONTH_TOKEN.test(code);
}

/** A run of m that is a month: not after an hour ('h:mm') nor before seconds ('mm:ss'). */
const MONTH_TOKEN = /(?<!h[^a-z]*)(?<!m)m+(?!m)(?![^a-z]*s)/;

/**
 * The order in which a date format shows day and month, when it shows both ('m/d/yyyy' →
 * month-first, 'dd-mmm-yy' → day-first); undefined for a time of day alone, a format
 * without a day ('mm/yyyy') and one that shows the year first ('yyyy-mm-dd').
 */
export function dateFormatOrder(formatCode: string): DateFormatOrder | undefined {
  const code = formatTokens(formatCode).toLowerCase();
  const day = code.indexOf('d');
  if (day === -1) return undefined;
  const month = MONTH_TOKEN.exec(code)?.index ?? -1;
  if (month === -1) return undefined;
  // The year first ('yyyy-mm-dd') is no locale's short date: it says nothing of the order typed.
  const year = code.indexOf('y');
  if (year !== -1 && year < month && year < day) return undefined;
  return month < day ? 'month-first' : 'day-first';
}

/**
 * A boolean property of a font or a run (`<strike/>`, `<b val="0"/>`): on unless its `val` says
 * off (ECMA-376 part 1 §18.8.2, CT_BooleanProperty: val defaults to true; LibreOffice writes
 * `val="false"` for a property that is off).
 */
export function booleanPropertyOn(value: string | undefined): boolean {
  return value === undefined || !(value === '0' || value === 'false');
}

/** The cell formats of styles.xml, by index (the `s` attribute of cells and rows). */
export function parseCellFormats(xml: string, part: string): CellFormat[] {
  const customFormats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  /** Indexes of the fonts drawn struck through. */
  const struckFonts = new Set<number>();
  const formats: { numFmtId: number; fontId: number }[] = [];
  let section = '';
  let inFont = false;
  forEachTag(xml, part, (tag) => {
    if (tag.kind === 'close') {
      if (tag.name === section) section = '';
      if (tag.name === 'font') inFont = false;
      return;
    }
    if (tag.kind === 'open' && (tag.name === 'fonts' || tag.name === 'cellXfs' || tag.name === 'numFmts')) section = tag.name;
    if (section === 'numFmts' && tag.name === 'numFmt') {
      // exceljs drops the backslash of escaped characters before testing the code.
      customFormats.set(parseInt(tag.attributes.numFmtId ?? '', 10), (tag.attributes.formatCode ?? '').replace(/\\(.)/g, '$1'));
    } else if (section === 'fonts' && tag.name === 'font') {
      fonts.push(undefined);
      inFont = tag.kind === 'open';
    } else if (section === 'fonts' && inFont && tag.name === 'name') {
      fonts[fonts.length - 1] = tag.attributes.val;
    } else if (section === 'fonts' && inFont && tag.name === 'strike' && booleanPropertyOn(tag.attributes.val)) {
      struckFonts.add(fonts.length - 1);
    } else if (section === 'cellXfs' && tag.name === 'xf') {
      formats.push({ numFmtId: parseInt(tag.attributes.numFmtId ?? '', 10), fontId: parseInt(tag.attributes.fontId ?? '', 10) });
    }
  });
  return formats.map(({ numFmtId, fontId }) => {
    // numFmtId 0 (General) or missing: no format, as in exceljs's getStyleModel.
    const customCode = numFmtId ? customFormats.get(numFmtId) : undefined;
    const formatCode = numFmtId ? customCode || BUILT_IN_FORMATS[numFmtId] : undefined;
    const format: CellFormat = { font: fontId >= 0 ? fonts[fontId] : undefined, isDate: formatCode ? isDateFormat(formatCode) : false };
    const precision = format.isDate && formatCode ? shownDatePrecision(formatCode) : undefined;
    if (precision !== undefined) format.datePrecision = precision;
    const order = format.isDate && customCode ? dateFormatOrder(customCode) : undefined;
    if (order !== undefined) format.dayOrder = order;
    if (format.isDate && formatCode && precision === undefined && numFmtId !== 14 && numFmtId !== 22 && showsTwoDigitYear(formatCode)) format.twoDigitYear = true;
    if (format.isDate && formatCode && showsNoYear(formatCode)) format.noYear = true;
    if (struckFonts.has(fontId)) format.struck = true;
    return format;
  });
}
