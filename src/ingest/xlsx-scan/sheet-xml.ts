import { decodeXmlText } from './xml-text.js';

// Character codes the sheet scanners test.
export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const EQUALS = 61;

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The character after a tag name: `>`, `/` or white space (so `<c ` is a cell, `<cols` is not). */
export function isNameEnd(code: number): boolean {
  return code === GT || code === SLASH || code === 32 || code === 9 || code === 10 || code === 13;
}

/** Index of the next `<` at or after `from` (the common case, a tag right there, without a search). */
export function nextTag(xml: string, from: number): number {
  return xml.charCodeAt(from) === LT ? from : xml.indexOf('<', from);
}

/** Steps over the element whose `<` is at `lt` (a child the reader does not use); returns the index past it. */
export function skipElement(xml: string, lt: number, end: number, part: string): number {
  const second = xml.charCodeAt(lt + 1);
  if (second === 33 /* ! */ || second === 63 /* ? */) {
    // A comment or processing instruction.
    const terminator = second === 63 ? '?>' : '-->';
    const after = xml.indexOf(terminator, lt + 2);
    if (after === -1 || after >= end) throw new Error(`invalid sheet XML in ${part}: unterminated ${second === 63 ? 'processing instruction' : 'comment'}`);
    return after + terminator.length;
  }
  let nameEnd = lt + 1;
  while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
  const gt = xml.indexOf('>', nameEnd);
  if (gt === -1 || gt >= end) throw new Error(`invalid sheet XML in ${part}: unterminated tag`);
  if (xml.charCodeAt(gt - 1) === SLASH) return gt + 1;
  const name = xml.slice(lt + 1, nameEnd);
  const close = xml.indexOf(`</${name}>`, gt);
  if (close === -1 || close >= end) throw new Error(`invalid sheet XML in ${part}: <${name}> is not closed`);
  return close + name.length + 3;
}

/** The text of an inline string (`<is>` content): its `<t>` elements, those of runs too, not phonetic `<rPh>` ones. */
export function inlineStringText(xml: string, from: number, to: number, part: string): string {
  let text = '';
  let position = from;
  for (;;) {
    const lt = xml.indexOf('<', position);
    if (lt === -1 || lt >= to) return text;
    if (xml.charCodeAt(lt + 1) === 116 /* t */ && isNameEnd(xml.charCodeAt(lt + 2))) {
      const gt = xml.indexOf('>', lt + 2);
      if (xml.charCodeAt(gt - 1) === SLASH) {
        position = gt + 1;
        continue;
      }
      const close = xml.indexOf('</t>', gt);
      if (close === -1 || close > to) throw new Error(`invalid sheet XML in ${part}: <t> is not closed`);
      text += decodeXmlText(xml.slice(gt + 1, close));
      position = close + 4;
    } else if (xml.startsWith('rPh', lt + 1) && isNameEnd(xml.charCodeAt(lt + 4))) {
      position = skipElement(xml, lt, to, part);
    } else {
      position = xml.indexOf('>', lt) + 1;
    }
  }
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number in a `<v>`, as exceljs reads it (parseFloat of the decoded text).
 * Plain decimals of up to 15 digits are computed from the digits: mantissa and
 * power of ten are then exact doubles, so their quotient is the correctly
 * rounded value parseFloat gives. Anything else goes to parseFloat.
 */
export function readNumber(xml: string, from: number, to: number): number {
  let position = from;
  const negative = xml.charCodeAt(position) === 45; /* - */
  if (negative) position++;
  let mantissa = 0;
  let digits = 0;
  let dot = -1;
  for (; position < to; position++) {
    const code = xml.charCodeAt(position);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
    } else if (code === 46 /* . */ && dot === -1) {
      dot = position;
    } else {
      return parseFloat(decodeXmlText(xml.slice(from, to)));
    }
  }
  if (digits === 0 || digits > 15) return parseFloat(decodeXmlText(xml.slice(from, to)));
  const value = dot === -1 ? mantissa : mantissa / (POWERS_OF_TEN[to - dot - 1] ?? 1);
  return negative ? -value : value;
}

/** Leading decimal digits as an integer; -1 if there are none. */
export function readInteger(xml: string, from: number, to: number): number {
  let value = 0;
  let position = from;
  for (; position < to; position++) {
    const digit = xml.charCodeAt(position) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  return position === from ? -1 : value;
}

/** 1-based column number from the letters of a cell reference (A1 → 1, AA7 → 27); -1 if it has none. */
export function readColumnNumber(xml: string, from: number, to: number): number {
  let value = 0;
  let position = from;
  for (; position < to; position++) {
    const code = xml.charCodeAt(position);
    if (code < 65 || code > 90) break;
    value = value * 26 + code - 64;
  }
  return position === from ? -1 : value;
}
