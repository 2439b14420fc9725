import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/ingest/column-letter.js';
import { CellBuilder } from '../../../src/ingest/xlsx-scan/cell-values.js';
import { readColumnNumber, readNumber } from '../../../src/ingest/xlsx-scan/sheet-xml.js';
import { BUILT_IN_FORMATS, isDateFormat } from '../../../src/ingest/xlsx-scan/styles-part.js';
import { resolvePartName } from '../../../src/ingest/xlsx-scan/workbook-part.js';
import { decodeXmlAttribute, decodeXmlText } from '../../../src/ingest/xlsx-scan/xml-text.js';
import { numberText } from '../../../src/ingest/number-text.js';

// exceljs's own tables and rules, which the lean reader copies.
const require = createRequire(import.meta.url);
const exceljsFormats: Record<string, { f?: string }> = require('exceljs/lib/xlsx/defaultnumformats.js');
const exceljsUtils: { isDateFmt: (format: string) => boolean } = require('exceljs/lib/utils/utils.js');

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

describe('XML text decoding', () => {
  it('decodes the five predefined entities and decimal and hexadecimal character references', () => {
    expect(decodeXmlText('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos; &#273;&#x1EE9;&#x1ee3;c &#128512;')).toBe('A & B <c> "d" \'e\' đứợc 😀');
  });

  it('turns CR LF and lone CR into LF in text, and tab, CR, LF into spaces in attribute values', () => {
    expect(decodeXmlText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(decodeXmlAttribute('Sổ\tkhai\r\nsinh')).toBe('Sổ khai sinh');
    expect(decodeXmlText('&#13;')).toBe('\r');
  });

  it('rejects what an XML parser rejects: unknown entities, bad or forbidden character references, a bare &', () => {
    for (const bad of ['a&nbsp;b', '&#0;', '&#xD800;', '&#xZZ;', '&#X41;', '&#;', 'Tom & Jerry']) {
      expect(() => decodeXmlText(bad), bad).toThrow(/invalid XML/);
    }
  });

  it('gives back any text (Vietnamese, symbols, emoji) that was escaped', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const withoutCr = text.replace(/\r/g, '');
      expect(decodeXmlText(escapeXml(withoutCr))).toBe(withoutCr);
    }));
  });
});

describe('cell value primitives', () => {
  it('reads numbers exactly as parseFloat does', () => {
    const decimal = fc.tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,17}$/), fc.option(fc.stringMatching(/^[0-9]{0,17}$/)))
      .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
    const anyNumber = fc.oneof(decimal, fc.double({ noNaN: true }).map(String), fc.constantFrom('1E-7', '1.5e300', '', '-', '.', 'abc', ' 12'));
    fc.assert(fc.property(anyNumber, (text) => {
      expect(Object.is(readNumber(`<v>${text}</v>`, 3, 3 + text.length), parseFloat(text))).toBe(true);
    }), { numRuns: 2000 });
  });

  it('writes a number cell\'s text exactly as numberText does', () => {
    const build = new CellBuilder(false);
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.maxSafeInteger(), fc.constantFrom(2 ** 53, 2 ** 60, 1e21, -0)), (value) => {
      expect(build.number(value, false, undefined, 'A').text).toBe(numberText(value));
    }), { numRuns: 2000 });
  });

  it('keeps serial 60 of a date-formatted cell (the phantom 1900-02-29) a number, for the date normalizer to report', () => {
    expect(new CellBuilder(false).number(60, true, undefined, 'A')).toEqual({ value: 60, text: '60', column: 'A' });
    expect(new CellBuilder(false).number(59, true, undefined, 'A').value).toEqual(new Date(Date.UTC(1900, 1, 28)));
    expect(new CellBuilder(false).number(61, true, undefined, 'A').value).toEqual(new Date(Date.UTC(1900, 2, 1)));
    expect(new CellBuilder(true).number(60, true, undefined, 'A').value).toEqual(new Date(Date.UTC(1904, 2, 1)));
  });

  it('reads the column of any cell reference, A to XFD', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16_383 }), fc.integer({ min: 1, max: 1_048_576 }), (index, row) => {
      const reference = `${columnLetter(index)}${row}`;
      expect(readColumnNumber(reference, 0, reference.length)).toBe(index + 1);
    }));
  });
});

describe('number formats as exceljs 4.4.0 sees them', () => {
  it('has the same built-in format codes as exceljs (lib/xlsx/defaultnumformats.js)', () => {
    const withCode = Object.entries(exceljsFormats).filter(([, format]) => format.f !== undefined).map(([id, format]) => [Number(id), format.f]);
    expect(Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [Number(id), code])).toEqual(withCode);
  });

  it('takes a format for a date exactly when exceljs does (utils.isDateFmt)', () => {
    const piece = fc.constantFrom('d', 'dd', 'm', 'mm', 'mmm', 'yy', 'yyyy', 'h', 'hh', 's', 'b', 'M', 'e', 'AM/PM', '0', '#,##0', '.00', '%', '@', 'General',
      ' ', '/', '-', ':', '"Ngày "', '"đồng"', '[Red]', '[$-42A]', '[h]', '\\ ', '_(', ';', 'E+00', '?');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')), (format) => {
      expect(isDateFormat(format)).toBe(exceljsUtils.isDateFmt(format));
    }), { numRuns: 3000 });
  });
});

describe('relationship targets', () => {
  it('resolve from the source part\'s folder, or from the package root when absolute', () => {
    expect(resolvePartName('xl/', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartName('xl/', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartName('xl/', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    expect(resolvePartName('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolvePartName('xl/', './sharedStrings.xml')).toBe('xl/sharedStrings.xml');
  });
});
