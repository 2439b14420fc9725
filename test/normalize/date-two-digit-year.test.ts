import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messageVi } from '../../src/catalog/catalog.js';
import { normalizeDate, normalizeYear } from '../../src/normalize/date/normalize-date.js';
import { centuryEarlierReference, expandTwoDigitYear, twoDigitYearLimit } from '../../src/normalize/date/two-digit-year.js';
import { dateVi } from '../../src/normalize/date/date-vi.js';

describe('two-digit years', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-15T08:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    // [cell, registration date, expected]
    ['15.8.75', '1976-01-10', '1975-08-15'],
    ['5/3/90', '1990-03-20', '1990-03-05'],
    ['5/3/90', '1987-12-31', '1890-03-05'], // 1990 would be after the registration
    ['5/3/05', '2010-07-01', '2005-03-05'],
    ['5/3/05', '1999-07-01', '1905-03-05'],
    ['5/3/00', '2000-05-01', '2000-03-05'],
    ['5/3/99', '2000-05-01', '1999-03-05'],
    ['3/60', '1961', '1960-03'],
    ['năm 45', '1946-02', '1945'],
    // compact ddmmyy: the century as '05-03-50' gets it
    ['050350', '1990-05-01', '1950-03-05'],
    ['050305', '2010-07-01', '2005-03-05'],
    ['050305', '1999-07-01', '1905-03-05'],
  ])('%s registered %s → %s', (cell, referenceDate, expected) => {
    const result = normalizeDate(cell, { referenceDate });
    expect(result.value).toBe(expected);
    expect(result.findings).toEqual([{ code: 'DATE_TWO_DIGIT_YEAR', from: cell, to: expected, params: { result: dateVi(expected) } }]);
  });

  it('a two-digit year one or two past the registration year is read a century back, with a warning that one of the dates is mistyped', () => {
    // '5/3/96' in a book entry of 20/03/1995: born 1896 (registered at 99) or 1996 (after the entry).
    const result = normalizeDate('5/3/96', { referenceDate: '1995-03-20' });
    expect(result).toEqual({
      value: '1896-03-05',
      findings: [
        { code: 'DATE_TWO_DIGIT_YEAR', from: '5/3/96', to: '1896-03-05', params: { result: '05/03/1896' } },
        // The warning's date is the officer's, day first (its message is read in errors.xlsx).
        { code: 'DATE_CENTURY_DOUBTFUL', params: { result: '05/03/1896', years: 99, alternative: 1996, limit: 1995, why: expect.any(String) } },
      ],
    });
    expect(messageVi('DATE_CENTURY_DOUBTFUL', { value: '5/3/96', ...result.findings[1]!.params })).toBe(
      'Năm hai chữ số trong "5/3/96" được hiểu là 05/03/1896, nhưng cũng có thể là năm 1996: năm 1896 sớm hơn năm 1995 tới 99 năm, còn năm 1996 lại muộn hơn năm 1995; năm này hoặc ngày đăng ký có thể đã bị ghi nhầm.',
    );
    expect(normalizeDate('3/96', { referenceDate: '1995-03-20' }).findings[1]?.params).toMatchObject({ result: '03/1896' });
    expect(normalizeDate('5/3/97', { referenceDate: '1995-03-20' }).findings.map((finding) => finding.code)).toContain('DATE_CENTURY_DOUBTFUL');
    expect(normalizeDate(96, { referenceDate: '1995-03-20' }).findings.map((finding) => finding.code)).toContain('DATE_CENTURY_DOUBTFUL');
  });

  it.each([
    ['12/2/15', '2010-05-10', '1915-02-12'], // a deceased of 95: real
    ['5/3/25', '2015-01-10', '1925-03-05'], // re-registration of a birth 90 years before
    ['5/3/98', '1995-03-20', '1898-03-05'],
    ['5/3/95', '1995-03-20', '1995-03-05'],
  ])('no warning further back, nor in the same century: %s registered %s → %s', (cell, referenceDate, expected) => {
    const result = normalizeDate(cell, { referenceDate });
    expect(result.value).toBe(expected);
    expect(result.findings.map((finding) => finding.code)).toEqual(['DATE_TWO_DIGIT_YEAR']);
  });

  it("a parent's year is not warned about: the parent's age check covers it", () => {
    expect(normalizeYear('96', { referenceDate: '1995-03-05' }).findings.map((finding) => finding.code)).toEqual(['DATE_TWO_DIGIT_YEAR']);
  });

  it.each([
    ['2/3/01', '2000-02-03', '1901-03-02'], // a deceased of 98
    ['5/3/96', '1995-03-20', '1896-03-05'],
    ['01', '2000-02-03', '1901'], // 'Năm sinh' typed as a number
  ])("the birth of a person of any age (the deceased's) is not doubted: old people die — %s registered %s → %s", (cell, referenceDate, expected) => {
    const result = normalizeDate(cell === '01' ? 1 : cell, { referenceDate, anyAgeBirth: true });
    expect(result.value).toBe(expected);
    expect(result.findings.map((finding) => finding.code)).toEqual(['DATE_TWO_DIGIT_YEAR']);
  });

  it.each([
    // [cell, registration date, expected]: the month/year reading is before the registration's year
    ['5/08', '2000-07-03', '1908-05'],
    ['11/05', '2000-08-02', '1905-11'],
    ['05/03', '2010-07-01', '2003-05'],
    ['10/10', '1997-05-01', '1910-10'],
  ])('month and two-digit year up to 12, with a registration date to place it: %s registered %s → %s', (cell, referenceDate, expected) => {
    const result = normalizeDate(cell, { referenceDate, anyAgeBirth: true });
    expect(result).toEqual({ value: expected, findings: [{ code: 'DATE_TWO_DIGIT_YEAR', from: cell, to: expected, params: { result: dateVi(expected) } }] });
    expect(normalizeDate(cell, { referenceDate }).value).toBe(expected);
  });

  it.each([
    ['05/03', null], // the registration date itself: no date to place it against
    ['05/03', '2003-12-20'], // in the book's own year: as likely 5 March of that year
    ['11/05', '2005-03-01'],
    ['5/01', '2000-02-01'], // 1901 for a child of a 2000 book is doubtful; 5 January is not
    ['25/12', '2000-02-01'], // no month first: only a day
    ['../03', '2000-02-01'],
    ['00/03', '2000-02-01'],
  ])('a day and a month without the year stay DATE_YEAR_MISSING: %s registered %s', (cell, referenceDate) => {
    expect(normalizeDate(cell, { referenceDate })).toEqual({ value: null, findings: [{ code: 'DATE_YEAR_MISSING' }] });
  });

  it('a month/year a century back is no doubt for a deceased: 5/01 in a 2000 death book is May 1901', () => {
    expect(normalizeDate('5/01', { referenceDate: '2000-02-01', anyAgeBirth: true }).value).toBe('1901-05');
    expect(normalizeDate('3/90', { referenceDate: null }).value).toBe('1990-03');
  });

  it('compares years only: an event later in the registration year keeps that century (the validator flags it)', () => {
    expect(normalizeDate('15/3/90', { referenceDate: '1990-03-10' }).value).toBe('1990-03-15');
  });

  it.each([
    ['5/3/25', '2025-03-05'],
    ['5/3/26', '1926-03-05'],
    ['15.8.75', '1975-08-15'],
    ['1/1/00', '2000-01-01'],
  ])('without a registration date the current year (2025) is the limit: %s → %s', (cell, expected) => {
    expect(normalizeDate(cell).value).toBe(expected);
    expect(normalizeDate(cell, { referenceDate: null }).value).toBe(expected);
  });

  it('a reference that is not an ISO date falls back to the current year', () => {
    expect(normalizeDate('5/3/26', { referenceDate: 'không rõ' }).value).toBe('1926-03-05');
    expect(normalizeDate('5/3/26', { referenceDate: '2030-01-01T00:00:00Z' }).value).toBe('1926-03-05'); // 2026 would be after today
  });

  it('a four-digit year is never re-centuried by the reference', () => {
    expect(normalizeDate('05/03/1990', { referenceDate: '1980-01-01' })).toEqual({ value: '1990-03-05', findings: [] });
  });

  it('expands before checking the range', () => {
    expect(normalizeDate('5/3/40', { referenceDate: '1860-01-01' }).findings[0]?.code).toBe('DATE_OUT_OF_RANGE'); // 1840
  });

  it('normalizeYear expands two-digit years the same way', () => {
    expect(normalizeYear('75', { referenceDate: '1995-02-01' })).toEqual({
      value: '1975',
      findings: [{ code: 'DATE_TWO_DIGIT_YEAR', from: '75', to: '1975', params: { result: '1975' } }],
    });
    expect(normalizeYear(98, { referenceDate: '1997-02-01' }).value).toBe('1898');
  });

  it('helpers: limit and expansion', () => {
    expect(twoDigitYearLimit('1990-03')).toBe(1990);
    expect(twoDigitYearLimit(undefined)).toBe(2025);
    expect(expandTwoDigitYear(75, 2024)).toBe(1975);
    expect(expandTwoDigitYear(24, 2024)).toBe(2024);
    expect(expandTwoDigitYear(25, 2024)).toBe(1925);
    expect(expandTwoDigitYear(0, 2000)).toBe(2000);
  });

  it("a deceased's birth after the registration at full precision is a century earlier; before it, or at year precision, it stands", () => {
    const twoDigit = (value: string, from: string) => ({ value, findings: [{ code: 'DATE_TWO_DIGIT_YEAR', from, to: value, params: { result: value } }] });
    expect(centuryEarlierReference(twoDigit('2000-06-12', '12/6/00'), '2000-01-10')).toBe('1999');
    expect(centuryEarlierReference(twoDigit('2000-02', '2/00'), '2000-01-10')).toBe('1999');
    expect(centuryEarlierReference(twoDigit('2000-01-01', '1/1/00'), '2000-01-10')).toBeNull(); // an infant
    expect(centuryEarlierReference(twoDigit('2000', '00'), '2000-01-10')).toBeNull();
    expect(centuryEarlierReference(twoDigit('2000-01', '1/00'), '2000-01-10')).toBeNull();
    expect(centuryEarlierReference({ value: '2000-06-12', findings: [] }, '2000-01-10')).toBeNull(); // typed with four digits
    expect(centuryEarlierReference(twoDigit('2000-06-12', '12/6/00'), null)).toBeNull();
    expect(normalizeDate('12/6/00', { referenceDate: '1999', anyAgeBirth: true }).value).toBe('1900-06-12');
  });
});
