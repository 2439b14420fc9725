import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CellValue } from '../../src/ingest/source-cell.js';
import { normalizeYear } from '../../src/normalize/date/normalize-date.js';

/** Year columns such as 'Năm sinh mẹ' / 'Năm sinh cha' (DOMAIN.md §3.2: parents' năm sinh). */
const rows: [CellValue, string | null, string[]][] = [
  ['1960', '1960', []],
  [1960, '1960', []],
  [' 1960 ', '1960', []],
  ['năm 1960', '1960', []],
  ['Sinh năm 1960', '1960', []],
  ['05/03/1960', '1960', []], // a full date in a year column: its year, no finding
  ['ngày 5 tháng 3 năm 1960', '1960', []],
  ['03/1960', '1960', []],
  ['1960-03-05', '1960', []],
  [new Date(Date.UTC(1960, 2, 5)), '1960', []],
  [new Date(Date.UTC(1960, 2, 5, 14, 30)), '1960', []],
  ['03/25/1960', '1960', []], // month-first: the year is certain
  ['1121960', '1960', []], // ambiguous compact: the year is certain
  ['60', '1960', ['DATE_TWO_DIGIT_YEAR']],
  [60, '1960', ['DATE_TWO_DIGIT_YEAR']], // a number cell in a year column is not an Excel serial
  [5, '2005', ['DATE_TWO_DIGIT_YEAR']],
  ['5/3/60', '1960', ['DATE_TWO_DIGIT_YEAR']],
  [22000, '1960', ['DATE_EXCEL_SERIAL']],
  ['khoảng 1940', '1940', ['DATE_APPROXIMATE']],
  ['chừng 1940', '1940', ['DATE_APPROXIMATE']],
  ['1960 (theo giấy chứng sinh)', '1960', []], // 'chứng' folds as 'chừng' does
  ['1960 (theo giấy chứng nhận)', '1960', []],
  ['1940 ÂL', '1940', ['DATE_LUNAR']],
  ['', null, []],
  [null, null, []],
  ['không rõ', null, ['DATE_UNKNOWN']],
  ['31/02/1960', null, ['DATE_IMPOSSIBLE']],
  ['1840', null, ['DATE_OUT_OF_RANGE']],
  [975, null, ['DATE_OUT_OF_RANGE']],
  ['2050', null, ['DATE_OUT_OF_RANGE']],
  ['Nguyễn Thị Lan', null, ['DATE_UNPARSEABLE']],
  [false, null, ['DATE_UNPARSEABLE']],
];

describe('normalizeYear', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-15T08:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it.each(rows)('%j → %s %j', (cell, value, codes) => {
    const result = normalizeYear(cell);
    expect(result.value).toBe(value);
    expect(result.findings.map((finding) => finding.code)).toEqual(codes);
  });

  it('reports corrections in year form', () => {
    expect(normalizeYear('5/3/60').findings[0]).toMatchObject({ from: '5/3/60', to: '1960' });
  });
});
