import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cleanSpoolLine, csvRows, splitCleanSpoolLine, spooledId } from '../../src/emit/spool.js';

const perRow = (rows: string[][]): string[] => rows.map((row) => Papa.unparse([row], { escapeFormulae: true }));

describe('clean.csv rows rendered per block', () => {
  it('equals rendering each row alone: quotes, line breaks in remarks, formula-like values, empty cells', () => {
    const rows = [
      ['birth-1', 'Nguyễn Thị "Bé" Lan', '', '2015-03-04'],
      ['birth-2', 'Ghi chú dòng 1\ndòng 2\r\ndòng 3', '=HYPERLINK("x")', '+84 912'],
      ['birth-3', ' khoảng trắng ', '-1', '@SUM(A1)'],
      ['', '', '', ''],
    ];
    expect(csvRows(rows)).toEqual(perRow(rows));
  });

  it('equals rendering each row alone for any text, the separator included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        expect(csvRows(rows)).toEqual(perRow(rows));
      }),
    );
    const withSeparator = [['a\u0000b', 'c'], ['d', 'e']];
    expect(csvRows(withSeparator)).toEqual(perRow(withSeparator));
  });
});

describe('clean spool lines', () => {
  it('carry the record JSON and its CSV row, split back exactly (tabs and newlines in values)', () => {
    const record = { id: 'birth-abc', remarks: 'a\tb\nc', child: { fullName: 'Lê Văn Tám' } };
    const json = JSON.stringify(record);
    const csvRow = csvRows([['birth-abc', 'a\tb\nc', 'Lê Văn Tám']])[0] ?? '';
    const line = cleanSpoolLine(json, csvRow);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1).includes('\n')).toBe(false);
    expect(splitCleanSpoolLine(line.slice(0, -1))).toEqual({ json, csvRow });
    expect(spooledId(json)).toBe('birth-abc');
    expect(spooledId(JSON.stringify({ type: 'birth', id: 'birth-xyz' }))).toBe('birth-xyz');
  });
});
