import { fontFamily } from '../../normalize/text/font-family.js';
import { columnLetter } from '../column-letter.js';
import type { SheetRow } from '../sheet-source.js';
import type { SourceCell } from '../source-cell.js';
import { VOLATILE_FORMULA } from '../source-cell.js';
import type { UsLocaleDateEvidence } from '../us-locale-dates.js';
import { CellBuilder } from './cell-values.js';
import type { SharedString } from './shared-strings-part.js';
import { GT, SLASH, inlineStringText, isNameEnd, nextTag, readInteger, readNumber, skipElement } from './sheet-xml.js';
import type { CellFormat } from './styles-part.js';
import { BOOLEAN, DATE, ERROR, INLINE, SHARED, STRING, TagAttributes } from './tag-attributes.js';
import { decodeXmlText } from './xml-text.js';

/** What a sheet's cells are read against. */
export interface SheetContext {
  formats: CellFormat[];
  sharedStrings: SharedString[];
  date1904: boolean;
  /** Part name, for error messages. */
  part: string;
  /** Told the explicit day/month order of each date cell's format, when the sheet's date columns are judged (us-locale-dates.ts). */
  dateEvidence?: UsLocaleDateEvidence;
  /** Told the number of each row hidden in Excel (`<row hidden="1">`) as it is scanned. */
  hiddenRows?: Set<number>;
}

/**
 * Turns one complete `<row>…</row>` (or `<row/>`) of a worksheet into a SheetRow.
 * The few tags that matter (row, c, v, f, is) are found with indexOf/charCodeAt;
 * anything else in a row is stepped over. Allocates nothing but the cells it
 * returns (and the text of string values).
 */
export class RowScanner {
  private readonly letters: string[] = [];
  private readonly cellBuilder: CellBuilder;
  private rowNumber = 0;
  private readonly attributes: TagAttributes;
  /**
   * The workbook's default format (cellXfs[0]) when its font is a legacy one: a cell
   * without a style of its own is drawn in it (legacy-encodings.md §2: an office whose
   * default font is VNI-Times or .VnTime). exceljs, and so hotich for other fonts,
   * leaves such a cell without a font.
   */
  private readonly defaultLegacyFormat: CellFormat | undefined;

  constructor(private readonly context: SheetContext) {
    this.cellBuilder = new CellBuilder(context.date1904);
    this.attributes = new TagAttributes(context.part);
    const font = context.formats[0]?.font;
    const family = fontFamily(font);
    this.defaultLegacyFormat = family !== null && family !== 'unicode' ? { font, isDate: false } : undefined;
  }

  /** `start` is the `<` of `<row`, `end` the index just past `</row>` or `/>`. */
  scan(xml: string, start: number, end: number): SheetRow {
    const attributes = this.attributes;
    let position = attributes.read(xml, start + 4, true);
    // A row without `r` follows the previous one (ECMA-376 part 1 §18.3.1.73).
    this.rowNumber = attributes.r > 0 ? attributes.r : this.rowNumber + 1;
    if (attributes.hidden) this.context.hiddenRows?.add(this.rowNumber);
    const cells: (SourceCell | undefined)[] = [];
    if (attributes.selfClosing) return { rowNumber: this.rowNumber, cells };
    // exceljs gives the row's style to cells without one of their own (`s` absent or 0).
    const rowFormat = attributes.s >= 0 ? this.context.formats[attributes.s] : undefined;
    let columnIndex = -1;
    for (;;) {
      const lt = nextTag(xml, position);
      if (lt === -1 || lt >= end) throw this.malformed('a row is not closed');
      const first = xml.charCodeAt(lt + 1);
      if (first === 99 /* c */ && isNameEnd(xml.charCodeAt(lt + 2))) {
        position = attributes.readCell(xml, lt + 2);
        columnIndex = attributes.r > 0 ? attributes.r - 1 : columnIndex + 1;
        if (attributes.selfClosing) continue; // a styled empty cell, as merged areas have
        const format = (attributes.s > 0 ? this.context.formats[attributes.s] : undefined) ?? rowFormat ?? this.defaultLegacyFormat;
        position = this.readCell(xml, position, end, attributes.t, format, columnIndex, cells);
      } else if (first === SLASH) {
        if (!xml.startsWith('row>', lt + 2)) throw this.malformed(`unexpected ${xml.slice(lt, lt + 12)} in a row`);
        return { rowNumber: this.rowNumber, cells };
      } else {
        position = skipElement(xml, lt, end, this.context.part);
      }
    }
  }

  /** Reads a cell's children up to `</c>`, stores its SourceCell if it has a value; returns the index past `</c>`. */
  private readCell(
    xml: string, from: number, end: number, type: number, format: CellFormat | undefined,
    columnIndex: number, cells: (SourceCell | undefined)[],
  ): number {
    let valueStart = -1;
    let valueEnd = -1;
    let hasFormula = false;
    let volatile = false;
    let inlineText: string | null = null;
    let position = from;
    for (;;) {
      const lt = nextTag(xml, position);
      if (lt === -1 || lt >= end) throw this.malformed('a cell is not closed');
      const first = xml.charCodeAt(lt + 1);
      const afterName = xml.charCodeAt(lt + 2);
      if (first === SLASH) {
        if (afterName !== 99 /* c */ || xml.charCodeAt(lt + 3) !== GT) throw this.malformed(`unexpected ${xml.slice(lt, lt + 12)} in a cell`);
        position = lt + 4;
        break;
      }
      if (first === 118 /* v */ && isNameEnd(afterName)) {
        const gt = afterName === GT ? lt + 2 : xml.indexOf('>', lt + 2);
        if (xml.charCodeAt(gt - 1) === SLASH) {
          valueStart = valueEnd = gt + 1;
          position = gt + 1;
        } else {
          const close = xml.indexOf('<', gt + 1);
          if (!xml.startsWith('</v>', close)) throw this.malformed('<v> is not closed');
          valueStart = gt + 1;
          valueEnd = close;
          position = close + 4;
        }
      } else if (first === 102 /* f */ && isNameEnd(afterName)) {
        hasFormula = true;
        const next = skipElement(xml, lt, end, this.context.part);
        volatile ||= VOLATILE_FORMULA.test(xml.slice(lt, next));
        position = next;
      } else if (first === 105 /* i */ && afterName === 115 /* s */ && isNameEnd(xml.charCodeAt(lt + 3))) {
        const gt = xml.indexOf('>', lt + 3);
        if (xml.charCodeAt(gt - 1) === SLASH) {
          inlineText = '';
          position = gt + 1;
        } else {
          const close = xml.indexOf('</is>', gt);
          if (close === -1 || close >= end) throw this.malformed('<is> is not closed');
          inlineText = inlineStringText(xml, gt + 1, close, this.context.part);
          position = close + 5;
        }
      } else {
        position = skipElement(xml, lt, end, this.context.part);
      }
    }

    const font = format?.font;
    const struck = format?.struck;
    const column = this.letters[columnIndex] ?? (this.letters[columnIndex] = columnLetter(columnIndex));
    const build = this.cellBuilder;
    if (type === INLINE && inlineText !== null) {
      cells[columnIndex] = build.text(inlineText, font, column, struck);
      return position;
    }
    // No cached value (a formula never calculated, or a cell with nothing in it): no value to read.
    if (valueStart === -1) return position;
    switch (type) {
      case SHARED: {
        const index = readInteger(xml, valueStart, valueEnd);
        const entry = this.context.sharedStrings[index >= 0 ? index : parseInt(xml.slice(valueStart, valueEnd), 10)];
        if (entry !== undefined && entry !== null) cells[columnIndex] = build.shared(entry, font, column, struck);
        break;
      }
      case STRING:
      case INLINE: {
        const text = decodeXmlText(xml.slice(valueStart, valueEnd));
        // exceljs drops a formula whose cached string is empty; a plain empty `str` it keeps.
        if (!(hasFormula && text === '')) cells[columnIndex] = build.text(text, font, column, struck);
        break;
      }
      case BOOLEAN:
        cells[columnIndex] = build.boolean(parseInt(xml.slice(valueStart, valueEnd), 10) !== 0, font, column, struck);
        break;
      case ERROR:
        cells[columnIndex] = build.text(decodeXmlText(xml.slice(valueStart, valueEnd)), font, column, struck);
        break;
      case DATE:
        // Read as Excel shows it (the date and time as written, its zone ignored); text that is no ISO date stays text.
        cells[columnIndex] = build.isoDate(decodeXmlText(xml.slice(valueStart, valueEnd)), font, column, struck);
        break;
      default:
        cells[columnIndex] = build.number(readNumber(xml, valueStart, valueEnd), format?.isDate === true, font, column, format?.datePrecision, struck);
        if (format?.twoDigitYear === true && cells[columnIndex]!.value instanceof Date) cells[columnIndex]!.twoDigitYear = true;
        if (format?.noYear === true && cells[columnIndex]!.value instanceof Date) cells[columnIndex]!.noYear = true;
        if (format?.dayOrder !== undefined) this.context.dateEvidence?.dateFormat(columnIndex, format.dayOrder);
    }
    const built = cells[columnIndex];
    if (volatile && built !== undefined) cells[columnIndex] = { ...built, volatile: true };
    return position;
  }

  private malformed(what: string): Error {
    return new Error(`invalid sheet XML in ${this.context.part}: ${what} (row ${this.rowNumber})`);
  }
}
