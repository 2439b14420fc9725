import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SheetRow } from '../../src/ingest/sheet-source.js';
import type { SourceCell } from '../../src/ingest/source-cell.js';
import {
  columnVerdict,
  EITHER_ORDER,
  isMonthFirstTextColumn,
  LEFT_AS_TEXT,
  markExchangedDays,
  mayHoldUsLocaleDates,
  MONTH_FIRST_ONLY,
  NO_EVIDENCE,
  textDateEvidence,
  textDateKind,
  UsLocaleDateEvidence,
  WOULD_CONVERT,
  type ColumnEvidence,
} from '../../src/ingest/us-locale-dates.js';
import { dateFormatOrder, parseCellFormats, showsNoYear, showsTwoDigitYear } from '../../src/ingest/xlsx-scan/styles-part.js';

const text = (value: string, column = 'F'): SourceCell => ({ value, text: value, column });
const date = (year: number, month: number, day: number, column = 'F'): SourceCell => {
  const value = new Date(Date.UTC(year, month - 1, day));
  return { value, text: value.toISOString().slice(0, 10), column };
};
const rows = (cells: SourceCell[]): SheetRow[] => cells.map((cell, index) => ({ rowNumber: index + 4, cells: [undefined, cell] }));
const evidence = (counts: Partial<ColumnEvidence>): ColumnEvidence => ({ leftAsText: 0, wouldConvert: 0, monthFirstTexts: 0, eitherOrderTexts: 0, smallDays: 0, largeDays: 0, monthFirstFormats: 0, dayFirstFormats: 0, ...counts });

describe('a text cell as evidence of a US-locale Excel', () => {
  it('a day-first date whose day is above 12 was left as text; one US Excel parses would have been converted', () => {
    for (const typed of ['25/08/1990', '13/1/2019', '31-12-1999', ' 29/02/2000 ', '15/8/75', '20/03/05']) expect(textDateEvidence(typed), typed).toBe(LEFT_AS_TEXT);
    // '05/25/1990' is month first: US Excel converts it as readily as '05/08/1990'.
    for (const typed of ['05/08/1990', '5/8/1990', '12-31-1999', '05/25/1990', '1/1/20']) expect(textDateEvidence(typed), typed).toBe(WOULD_CONVERT);
  });

  it('words, dots, unknown days, days a month has not and years before 1900 (no Excel makes a Date of them) say nothing', () => {
    const silent = ['Nguyễn Văn An', 'ngày 25 tháng 8 năm 1990', '25.08.1990', '00/00/0000', '31/02/1990', '30/02/2000', '29/02/1990', '25/13/1990',
      '25/08/1890', '05/08/1899', '08/1990', '1990', '25/08', '25/08/1990 - ĐKL', '25/8-1990', '026190001234', '', '32/01/1990'];
    for (const typed of silent) expect(textDateEvidence(typed), typed).toBe(NO_EVIDENCE);
  });

  it('never throws and answers one of the three', () => {
    fc.assert(fc.property(fc.string(), (typed) => [LEFT_AS_TEXT, WOULD_CONVERT, NO_EVIDENCE].includes(textDateEvidence(typed))));
  });
});

describe('which workbooks are judged at all', () => {
  it('only one with a date format and at least three dates left as text in its shared strings', () => {
    const texts = ['Họ và tên', '25/08/1990', { text: '14/01/2019' }, null, 'Nguyễn Thị Lan', '05/08/1990'];
    expect(mayHoldUsLocaleDates(texts, true)).toBe(false);
    expect(mayHoldUsLocaleDates([...texts, '19/02/2019'], true)).toBe(true);
    expect(mayHoldUsLocaleDates([...texts, '19/02/2019'], false)).toBe(false);
  });
});

describe('the verdict on a column', () => {
  it('needs at least three texts left as text and three Date cells, and no cell against', () => {
    expect(columnVerdict(evidence({ leftAsText: 2, smallDays: 30 }))).toBeNull();
    expect(columnVerdict(evidence({ leftAsText: 30, smallDays: 2 }))).toBeNull();
    expect(columnVerdict(evidence({ leftAsText: 30, smallDays: 20, wouldConvert: 1 }))).toBeNull();
    expect(columnVerdict(evidence({ leftAsText: 30, smallDays: 20, largeDays: 1 }))).toBeNull();
    expect(columnVerdict(evidence({ leftAsText: 30, smallDays: 20 }))).toBe('certain');
  });

  it('weighs the chance of the column in a day-first book: under 1/1000 likely, under 1/1000000 certain', () => {
    // 0.605^k · 0.395^n: 3 and 3 ≈ 1/70, 5 and 5 ≈ 1/1300, 10 and 10 ≈ 1/1.6 million.
    expect(columnVerdict(evidence({ leftAsText: 3, smallDays: 3 }))).toBeNull();
    expect(columnVerdict(evidence({ leftAsText: 4, smallDays: 5 }))).toBeNull();
    expect(columnVerdict(evidence({ leftAsText: 5, smallDays: 5 }))).toBe('likely');
    expect(columnVerdict(evidence({ leftAsText: 9, smallDays: 9 }))).toBe('likely');
    expect(columnVerdict(evidence({ leftAsText: 10, smallDays: 10 }))).toBe('certain');
  });

  it('an explicit month-first format on every Date cell makes a likely column certain; a day-first one keeps it likely', () => {
    expect(columnVerdict(evidence({ leftAsText: 5, smallDays: 5, monthFirstFormats: 5 }))).toBe('certain');
    expect(columnVerdict(evidence({ leftAsText: 5, smallDays: 5, monthFirstFormats: 4 }))).toBe('likely');
    expect(columnVerdict(evidence({ leftAsText: 3, smallDays: 3, monthFirstFormats: 3 }))).toBeNull();
    expect(columnVerdict(evidence({ leftAsText: 30, smallDays: 20, dayFirstFormats: 1 }))).toBe('likely');
  });

  it('judges each column of a sheet on its own cells and marks only the Date cells showing a day', () => {
    const sheet = new UsLocaleDateEvidence();
    const typed: SourceCell[] = [];
    // Column F (index 1): 12 texts after the 12th, 12 Date cells exchanged; one Date cell shows only its month.
    for (let index = 0; index < 12; index++) typed.push(text(`${13 + index}/0${1 + (index % 9)}/2019`), date(2019, 1 + (index % 12), 1 + (index % 12 === 4 ? 5 : 4)));
    const monthOnly: SourceCell = { ...date(2019, 3, 1), datePrecision: 'month' };
    const sheetRows = [...rows(typed), { rowNumber: 40, cells: [text('05/08/1990', 'A'), monthOnly] }];
    // Column A (index 0): Date cells and one text US Excel would have converted.
    for (const row of sheetRows.slice(0, 10)) row.cells[0] = date(2019, 2, 3, 'A');
    for (const row of sheetRows) sheet.row(row);
    const verdicts = sheet.verdicts();
    expect([...verdicts]).toEqual([[1, 'certain']]);
    markExchangedDays(sheetRows, verdicts);
    const marked = sheetRows.flatMap((row) => row.cells.filter((cell) => cell?.dayMonthSwapped !== undefined));
    expect(marked).toHaveLength(12);
    expect(marked.every((cell) => cell?.value instanceof Date && cell.column === 'F')).toBe(true);
    expect(monthOnly.dayMonthSwapped).toBeUndefined();
  });
});

describe('a column of texts written month first (a CSV exported on a US-locale PC)', () => {
  it('tells the texts that can only be month first from those that read either way', () => {
    for (const typed of ['1/25/2012', '12/13/2019', '2/29/2012', ' 05/25/1990 ']) expect(textDateKind(typed), typed).toBe(MONTH_FIRST_ONLY);
    for (const typed of ['1/3/2012', '12/1/2019', '05-08-1990']) expect(textDateKind(typed), typed).toBe(EITHER_ORDER);
    // The same date either way; a day-first date whose day is above 12; IDs and years.
    expect(textDateKind('3/3/2012')).toBe(WOULD_CONVERT);
    expect(textDateKind('25/1/2012')).toBe(LEFT_AS_TEXT);
    for (const typed of ['2/30/2012', '026312100037', '1989', '2/29/2013', 'Nguyễn Văn An']) expect(textDateKind(typed), typed).toBe(NO_EVIDENCE);
  });

  it('needs at least three texts that can only be month first and none that can only be day first', () => {
    expect(isMonthFirstTextColumn(evidence({ monthFirstTexts: 3, eitherOrderTexts: 20 }))).toBe(true);
    expect(isMonthFirstTextColumn(evidence({ monthFirstTexts: 2, eitherOrderTexts: 20 }))).toBe(false);
    expect(isMonthFirstTextColumn(evidence({ monthFirstTexts: 30, eitherOrderTexts: 20, leftAsText: 1 }))).toBe(false);
  });

  it('counts every text of a column, after the texts that clear it of exchanged Date cells too', () => {
    const sheet = new UsLocaleDateEvidence();
    for (const typed of ['1/3/2012', '1/25/2012', '2/9/2012', '2/14/2012', '3/27/2012', '3/3/2012']) sheet.row({ rowNumber: 1, cells: [text('Ngô Thị Nhung', 'A'), text(typed)] });
    expect(sheet.hasUndecidedTexts()).toBe(true);
    expect(sheet.monthFirstTextColumns()).toEqual([1]);
    sheet.row({ rowNumber: 9, cells: [undefined, text('25/3/2012')] });
    expect(sheet.hasUndecidedTexts()).toBe(false);
    expect(sheet.monthFirstTextColumns()).toEqual([]);
    expect(sheet.verdicts().size).toBe(0);
  });
});

describe('the day and month order of a number format', () => {
  it('tells month-first from day-first formats, minutes from months, and leaves year-first and dayless formats out', () => {
    expect(dateFormatOrder('m/d/yyyy')).toBe('month-first');
    expect(dateFormatOrder('[$-409]m/d/yy;@')).toBe('month-first');
    expect(dateFormatOrder('mm/dd/yyyy h:mm')).toBe('month-first');
    expect(dateFormatOrder('dd/mm/yyyy')).toBe('day-first');
    expect(dateFormatOrder('d-mmm-yy')).toBe('day-first');
    expect(dateFormatOrder('h:mm dd/mm/yyyy')).toBe('day-first');
    expect(dateFormatOrder('yyyy-mm-dd')).toBeUndefined();
    expect(dateFormatOrder('mm/yyyy')).toBeUndefined();
    expect(dateFormatOrder('h:mm:ss')).toBeUndefined();
  });

  it("is given to the workbook's own formats only: built-in 14 follows the locale of the PC that shows it", () => {
    const xml = '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="m/d/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>'
      + '<fonts><font><name val="Calibri"/></font></fonts><cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="165" fontId="0"/></cellXfs></styleSheet>';
    expect(parseCellFormats(xml, 'xl/styles.xml').map((format) => [format.isDate, format.dayOrder])).toEqual([
      [false, undefined],
      [true, undefined],
      [true, 'month-first'],
      [true, 'day-first'],
    ]);
  });
});

describe('a number format showing a two-digit year (its century is Excel\'s guess)', () => {
  it('d/m/yy, dd-mmm-yy and locale-tagged ones do; four-digit years, no day, or a year only in a literal do not', () => {
    expect(['d/m/yy', 'dd-mmm-yy', '[$-409]d-mmm-yy;@', 'dd/mm/yy h:mm'].map(showsTwoDigitYear)).toEqual([true, true, true, true]);
    expect(['dd/mm/yyyy', 'mmm-yy', 'yy', 'dd/mm "yy"', 'h:mm'].map(showsTwoDigitYear)).toEqual([false, false, false, false, false]);
  });

  it('built-in 14 and 22 (the PC\'s short date, four figures) are not marked; built-in 15 and custom ones are', () => {
    const xml = '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="d/m/yy"/></numFmts>'
      + '<fonts><font><name val="Calibri"/></font></fonts><cellXfs><xf numFmtId="14" fontId="0"/><xf numFmtId="22" fontId="0"/><xf numFmtId="15" fontId="0"/><xf numFmtId="164" fontId="0"/></cellXfs></styleSheet>';
    expect(parseCellFormats(xml, 'xl/styles.xml').map((format) => format.twoDigitYear)).toEqual([undefined, undefined, true, true]);
  });
});

describe('a number format showing no year (Excel\'s d-mmm of a \'5/3\' typed)', () => {
  it('d-mmm, dd/mm and dd-mm do; a year, a time, or no day do not', () => {
    expect(['d-mmm', 'dd/mm', '[$-42A]dd-mm;@'].map(showsNoYear)).toEqual([true, true, true]);
    expect(['dd/mm/yyyy', 'd-mmm-yy', 'mm:ss', 'h:mm', 'mmm-yy', 'mmmm'].map(showsNoYear)).toEqual([false, false, false, false, false, false]);
  });
});
