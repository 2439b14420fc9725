import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normalizeDate, normalizeYear } from '../../src/normalize/date/normalize-date.js';

/** [cell, expected value, expected codes in order]. */
type Row = [string, string | null, string[]];
const NO = [] as string[];

// A weekday before the date, as a clerk copies a certificate's heading ('Thứ hai, ngày 5/3/1990'):
// Vietnamese counts Sunday first, so 'thứ hai' is Monday. 5 March 1990 was a Monday.
const weekdays: Row[] = [
  ['Thứ hai, ngày 5/3/1990', '1990-03-05', NO],
  ['Thứ Hai ngày 05/03/1990', '1990-03-05', NO],
  ['Thứ 2, 05/03/1990', '1990-03-05', NO],
  ['thứ năm ngày 8 tháng 3 năm 1990', '1990-03-08', NO], // 'năm' here is Thursday, not the year's label
  ['Thứ bảy, 10/3/1990', '1990-03-10', NO],
  ['Chủ nhật, 04/03/1990', '1990-03-04', NO],
  ['Thứ sáu, 11/03/2005', '2005-03-11', NO],
  // After 'ngày', as death entries put it after the hour.
  ['ngày thứ Hai, 5/3/1990', '1990-03-05', NO],
  ['hồi 14 giờ ngày thứ hai 5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  // A weekday the date does not fall on: one of them is mistyped, the officer decides.
  ['Thứ ba, ngày 5/3/1990', null, ['DATE_UNPARSEABLE']],
  ['Chủ nhật, 05/03/1990', null, ['DATE_UNPARSEABLE']],
  // No weekday without a day.
  ['Thứ hai, tháng 3/1990', null, ['DATE_UNPARSEABLE']],
  // An English-US Excel's Long Date, exported to CSV as shown ('dddd, mmmm dd, yyyy').
  ['Monday, March 05, 1990', '1990-03-05', NO],
  ['Saturday, March 5, 2016', '2016-03-05', NO],
  ['Sunday, 4 March 1990', '1990-03-04', NO],
  ['Tuesday, March 05, 1990', null, ['DATE_UNPARSEABLE']],
];

// A quarter of the year: only the year is known, approximately (as 'đầu năm 1990').
const quarters: Row[] = [
  ['quý I/1990', '1990', ['DATE_APPROXIMATE']],
  ['Quý II/1940', '1940', ['DATE_APPROXIMATE']],
  ['quý 1 năm 1990', '1990', ['DATE_APPROXIMATE']],
  ['Quý IV năm 1975', '1975', ['DATE_APPROXIMATE']],
  ['quý I', null, ['DATE_UNPARSEABLE']],
  // The first, middle or last ten days of a month: the month is known, approximately.
  ['thượng tuần tháng 3 năm 1990', '1990-03', ['DATE_APPROXIMATE']],
  ['trung tuần tháng 3/1990', '1990-03', ['DATE_APPROXIMATE']],
  ['Hạ tuần tháng 3/1990', '1990-03', ['DATE_APPROXIMATE']],
  ['hạ tuần năm 1990', null, ['DATE_UNPARSEABLE']],
  ['quý 5/1990', null, ['DATE_UNPARSEABLE']],
];

// A lunar mark glued to the year is still a lunar mark (lunar 12/3/1990 = 7 April 1990).
const gluedLunar: Row[] = [
  ['12/3/1990AL', '1990-04-07', ['DATE_LUNAR_CONVERTED']],
  ['12/3/1990ÂL', '1990-04-07', ['DATE_LUNAR_CONVERTED']],
  ['12/3/1990 DL', '1990-03-12', NO],
];

// January in Roman numerals, between a day and a year or after 'tháng': no look-alike letter.
const romanJanuary: Row[] = [
  ['05/I/1990', '1990-01-05', NO],
  ['5-I-1990', '1990-01-05', NO],
  ['5.I.1990', '1990-01-05', NO],
  ['tháng I năm 1950', '1950-01', NO],
  // Elsewhere a lone 'I' is a look-alike 1 as before.
  ['I/3/1990', '1990-03-01', ['DATE_LETTER_AS_DIGIT']],
  ['5/3/I990', '1990-03-05', ['DATE_LETTER_AS_DIGIT']],
];

// Tết, the lunar new year: the first days of the 1st lunar month (Tết Canh Ngọ fell on 27 January 1990).
const tet: Row[] = [
  ['mùng 1 Tết năm 1990', '1990-01-27', ['DATE_LUNAR_CONVERTED']],
  ['mồng 2 Tết Canh Ngọ', '1990-01-28', ['DATE_LUNAR_CONVERTED']],
  ['mồng 3 Tết Nguyên Đán năm 1990', '1990-01-29', ['DATE_LUNAR_CONVERTED']],
  ['Tết năm 1990', '1990', ['DATE_LUNAR']],
  ['sau Tết 1990', null, ['DATE_UNPARSEABLE']],
];

describe('normalizeDate: rarer shapes of register cells', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-15T08:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  const check = ([cell, value, codes]: Row): void => {
    const result = normalizeDate(cell);
    expect(result.value).toBe(value);
    expect(result.findings.map((finding) => finding.code)).toEqual(codes);
  };
  it.each(weekdays)('weekday before the date %j → %s %j', (...row) => check(row));
  it.each(quarters)('quarter %j → %s %j', (...row) => check(row));
  it.each(romanJanuary)('January as a Roman numeral %j → %s %j', (...row) => check(row));
  it.each(tet)('Tết %j → %s %j', (...row) => check(row));
  it.each(gluedLunar)('lunar mark glued to the year %j → %s %j', (...row) => check(row));

  // A year typed in a number cell formatted '#,##0' and exported as shown: '1.965' (Vietnamese), '1,965' (US).
  it.each([
    ['1.965', '1965'],
    ['1,966', '1966'],
    ['2.005', '2005'],
  ])('year with a thousands separator %j → %s', (cell, year) => {
    expect(normalizeYear(cell)).toEqual({ value: year, findings: [] });
    expect(normalizeDate(cell)).toEqual({ value: year, findings: [] });
  });
  it('does not read other decimals as grouped years', () => {
    expect(normalizeDate('1.5').value).toBeNull();
    expect(normalizeDate('3.965').value).toBeNull();
    expect(normalizeDate('1.9650').value).toBeNull();
  });
});
