import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceCell } from '../../src/ingest/source-cell.js';
import { normalizeDate, normalizeYear } from '../../src/normalize/date/normalize-date.js';
import { DateMemo } from '../../src/normalize/memo/date-memo.js';

// A text of a column written month first (SourceCell.monthFirst, src/ingest/month-first-columns.ts).
const MONTH_FIRST = { monthFirst: true };
const codes = (value: string, options = MONTH_FIRST) => normalizeDate(value, options).findings.map((finding) => finding.code);

describe('a date that reads either way, in a column written month first', () => {
  it('is read month/day/year, with a warning saying the day as officers write it', () => {
    expect(normalizeDate('1/3/2012', MONTH_FIRST)).toEqual({
      value: '2012-01-03',
      findings: [{ code: 'DATE_MONTH_FIRST_COLUMN', params: { result: '03/01/2012' } }],
    });
    expect(normalizeDate('2/9/2012', MONTH_FIRST).value).toBe('2012-02-09');
    expect(normalizeDate('12/1/19', { ...MONTH_FIRST, referenceDate: '2019-12-05' }).value).toBe('2019-12-01');
  });

  it('without the column verdict is read day first, as always', () => {
    expect(normalizeDate('1/3/2012')).toEqual({ value: '2012-03-01', findings: [] });
  });

  it('changes nothing where the order is no guess or makes no difference', () => {
    // The same day either way: a clean date carries no warning.
    expect(normalizeDate('3/3/2012', MONTH_FIRST)).toEqual({ value: '2012-03-03', findings: [] });
    // Month first on its own: the warning it always had.
    expect(normalizeDate('1/25/2012', MONTH_FIRST).value).toBe('2012-01-25');
    expect(codes('1/25/2012')).toEqual(['DATE_MONTH_FIRST']);
    // A day above 12 cannot be a month: read day first.
    expect(normalizeDate('25/3/2012', MONTH_FIRST)).toEqual({ value: '2012-03-25', findings: [] });
    // Words name the day and the month.
    expect(normalizeDate('ngày 1 tháng 3 năm 2012', MONTH_FIRST)).toEqual({ value: '2012-03-01', findings: [] });
    // A year is the same whichever field is the month.
    expect(normalizeYear('1/3/2012', MONTH_FIRST)).toEqual({ value: '2012', findings: [] });
  });

  it('never throws, and always reads a d/m/y text with both fields up to 12 as one of its two dates', () => {
    const field = fc.integer({ min: 1, max: 12 });
    fc.assert(fc.property(field, field, fc.integer({ min: 1900, max: 2020 }), (first, second, year) => {
      const read = normalizeDate(`${first}/${second}/${year}`, MONTH_FIRST);
      expect(read.value).toBe(`${year}-${String(first).padStart(2, '0')}-${String(second).padStart(2, '0')}`);
      expect(read.findings.map((finding) => finding.code)).toEqual(first === second ? [] : ['DATE_MONTH_FIRST_COLUMN']);
    }));
  });
});

describe('the date memo', () => {
  it('keeps the answers of month-first texts apart from the same text in a day-first column', () => {
    const memo = new DateMemo(false, 100);
    const dayFirst: SourceCell = { value: '1/3/2012', text: '1/3/2012', column: 'E', fromCsv: true };
    const monthFirst: SourceCell = { ...dayFirst, monthFirst: true };
    for (let round = 0; round < 2; round++) {
      expect(memo.text(dayFirst, 'date', '2012-03-05').value?.value).toBe('2012-03-01');
      expect(memo.text(monthFirst, 'date', '2012-03-05').value?.value).toBe('2012-01-03');
      expect(memo.text(monthFirst, 'year', '2012-03-05').value).toEqual({ value: '2012', findings: [] });
    }
  });
});
