import { APOSTROPHE, EQUALS, GT, QUOTE, SLASH, isSpace, readColumnNumber, readInteger } from './sheet-xml.js';

// Cell types (the `t` attribute, ECMA-376 part 1 §18.18.11).
export const NUMBER = 0; // n, or absent: exceljs reads any other type as a number
export const SHARED = 1; // s
export const STRING = 2; // str (formula string)
export const INLINE = 3; // inlineStr
export const BOOLEAN = 4; // b
export const ERROR = 5; // e
export const DATE = 6; // d: an ISO 8601 date (SheetJS with cellDates, Strict OOXML); exceljs reads it as a number

/**
 * The attributes of a `<row>` or `<c>` tag that the reader uses, read in place
 * (no strings made): r (row number, or the column of a cell reference), s
 * (style index), t (cell type), and whether the tag closes itself.
 */
export class TagAttributes {
  /** Row: the row number; cell: the 1-based column of the reference. -1 when absent. */
  r = -1;
  /** Style index (cellXfs), -1 when absent. */
  s = -1;
  /** Cell type, one of the constants above. */
  t = NUMBER;
  selfClosing = false;
  /** Row: `hidden="1"` (or `"true"`): Excel does not show the row (hidden, in a collapsed group, or left out by a filter). */
  hidden = false;

  constructor(private readonly part: string) {}

  /**
   * A cell tag as Excel and exceljs write it (` r="B7" s="3" t="s"`: those
   * attributes, in that order, one space apart) is read in one pass; anything
   * else is read again from the start by `read`.
   */
  readCell(xml: string, from: number): number {
    this.r = -1;
    this.s = -1;
    this.t = NUMBER;
    let position = from;
    let code = xml.charCodeAt(position);
    if (code === 32 && xml.charCodeAt(position + 1) === 114 /* r */ && xml.charCodeAt(position + 2) === EQUALS && xml.charCodeAt(position + 3) === QUOTE) {
      position += 4;
      let column = 0;
      code = xml.charCodeAt(position);
      while (code >= 65 && code <= 90) {
        column = column * 26 + code - 64;
        code = xml.charCodeAt(++position);
      }
      while (code >= 48 && code <= 57) code = xml.charCodeAt(++position);
      if (code !== QUOTE || column === 0) return this.read(xml, from, false);
      this.r = column;
      code = xml.charCodeAt(++position);
    }
    if (code === 32 && xml.charCodeAt(position + 1) === 115 /* s */ && xml.charCodeAt(position + 2) === EQUALS && xml.charCodeAt(position + 3) === QUOTE) {
      position += 4;
      const valueStart = position;
      let style = 0;
      code = xml.charCodeAt(position);
      while (code >= 48 && code <= 57) {
        style = style * 10 + code - 48;
        code = xml.charCodeAt(++position);
      }
      if (code !== QUOTE || position === valueStart) return this.read(xml, from, false);
      this.s = style;
      code = xml.charCodeAt(++position);
    }
    if (code === 32 && xml.charCodeAt(position + 1) === 116 /* t */ && xml.charCodeAt(position + 2) === EQUALS && xml.charCodeAt(position + 3) === QUOTE) {
      const valueStart = position + 4;
      position = valueStart;
      while (position < xml.length && xml.charCodeAt(position) !== QUOTE) position++;
      this.t = cellType(xml, valueStart, position);
      code = xml.charCodeAt(++position);
    }
    if (code === GT) {
      this.selfClosing = false;
      return position + 1;
    }
    if (code === SLASH && xml.charCodeAt(position + 1) === GT) {
      this.selfClosing = true;
      return position + 2;
    }
    return this.read(xml, from, false);
  }

  /**
   * Reads the `r`, `s` and `t` attributes of the tag whose name ends at `from`
   * (row: r is the row number; cell: the letters of r give the column), sets
   * selfClosing, and returns the index just past the tag's `>`.
   */
  read(xml: string, from: number, isRow: boolean): number {
    this.r = -1;
    this.s = -1;
    this.t = NUMBER;
    this.hidden = false;
    const length = xml.length;
    let position = from;
    for (;;) {
      let code = xml.charCodeAt(position);
      while (isSpace(code)) code = xml.charCodeAt(++position);
      if (code === GT) {
        this.selfClosing = false;
        return position + 1;
      }
      if (code === SLASH && xml.charCodeAt(position + 1) === GT) {
        this.selfClosing = true;
        return position + 2;
      }
      if (position >= length) throw this.malformed('a tag is not closed');
      const nameStart = position;
      while (code !== EQUALS && !isSpace(code) && position < length) code = xml.charCodeAt(++position);
      const nameLength = position - nameStart;
      while (isSpace(code)) code = xml.charCodeAt(++position);
      if (code !== EQUALS) throw this.malformed('an attribute has no value');
      code = xml.charCodeAt(++position);
      while (isSpace(code)) code = xml.charCodeAt(++position);
      if (code !== QUOTE && code !== APOSTROPHE) throw this.malformed('an attribute value is not quoted');
      const valueStart = ++position;
      while (position < length && xml.charCodeAt(position) !== code) position++;
      if (position >= length) throw this.malformed('an attribute value is not closed');
      if (nameLength === 1) {
        const name = xml.charCodeAt(nameStart);
        if (name === 114 /* r */) this.r = isRow ? readInteger(xml, valueStart, position) : readColumnNumber(xml, valueStart, position);
        else if (name === 115 /* s */) this.s = readInteger(xml, valueStart, position);
        else if (name === 116 /* t */ && !isRow) this.t = cellType(xml, valueStart, position);
      } else if (nameLength === 6 && isRow && xml.startsWith('hidden', nameStart)) {
        const first = xml.charCodeAt(valueStart);
        this.hidden = first === 49 /* 1 */ || first === 116 /* t */;
      }
      position++;
    }
  }

  private malformed(what: string): Error {
    return new Error(`invalid sheet XML in ${this.part}: ${what}`);
  }
}

function cellType(xml: string, from: number, to: number): number {
  const length = to - from;
  const first = xml.charCodeAt(from);
  if (length === 1) return first === 115 ? SHARED : first === 98 ? BOOLEAN : first === 101 ? ERROR : first === 100 ? DATE : NUMBER;
  if (length === 3 && xml.startsWith('str', from)) return STRING;
  if (length === 9 && xml.startsWith('inlineStr', from)) return INLINE;
  return NUMBER;
}
