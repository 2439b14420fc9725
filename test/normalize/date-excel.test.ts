import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serialToDate } from '../../src/ingest/xlsx-scan/cell-values.js';
import { excelSerialToDate, unixDaysToExcelSerial } from '../../src/normalize/date/excel-serial.js';
import { normalizeDate, normalizeYear } from '../../src/normalize/date/normalize-date.js';
import { dateVi } from '../../src/normalize/date/date-vi.js';

const MS_PER_DAY = 86_400_000;

/** exceljs's own conversion (lib/utils/utils.js excelToDate), to test against what the reader really hands over. */
function exceljsDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

function codes(result: { findings: { code: string }[] }): string[] {
  return result.findings.map((finding) => finding.code);
}

describe('normalizeDate: Excel serials and Date objects', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-15T08:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it.each([
    [1, '1900-01-01'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [367, '1901-01-01'],
    [10000, '1927-05-18'],
    [32937, '1990-03-05'],
    [36526, '2000-01-01'],
    [45658, '2025-01-01'],
  ])('1900 system: serial %d → %s (1–59 one day off the naive formula)', (serial, iso) => {
    const read = excelSerialToDate(serial, false);
    if (read.kind !== 'date') throw new Error(`serial ${serial} not read`);
    const { year, month, day } = read.reading.date;
    expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(iso);
  });

  it.each([
    [2500, '1906-11-04'],
    [10000, '1927-05-18'],
    [32937, '1990-03-05'],
    [45658, '2025-01-01'],
  ])('a number cell above 2100 in a date column is a serial: %d → %s, with a note', (serial, iso) => {
    const result = normalizeDate(serial);
    expect(result.value).toBe(iso);
    expect(result.findings).toEqual([{ code: 'DATE_EXCEL_SERIAL', from: String(serial), to: iso, params: { result: dateVi(iso) } }]);
  });

  // 'm.yyyy' and 'd.m' typed into a General cell of a US-English Excel (the dot its decimal separator) became numbers.
  it.each([
    [3.1985, '1985-03', []],
    [12.1985, '1985-12', []],
    [10.199, '1990-10', []], // '10.1990': Excel keeps no trailing zero
    [1.199, '1990-01', []],
    [5.12, '2012-05', ['DATE_TWO_DIGIT_YEAR']], // as the text '5.12' reads
    [15.8, null, ['DATE_YEAR_MISSING']],
    [15.1, null, ['DATE_UNPARSEABLE']], // '15.1' or '15.10': January or October
  ])('a decimal number %d is read as the text it was typed as → %s %j, never a serial of early 1900', (value, iso, codes) => {
    const result = normalizeDate(value, { referenceDate: '2016-05-01' });
    expect(result.value).toBe(iso);
    expect(result.findings.map((finding) => finding.code)).toEqual(codes);
  });

  it('a decimal that is no day.month nor month.year stays a serial with its time', () => {
    expect(normalizeDate(99.5).findings.map((finding) => finding.code)).toEqual(['DATE_EXCEL_SERIAL', 'DATE_TIME_DROPPED']);
  });

  it('serial 60 is the fictitious 1900-02-29 → DATE_IMPOSSIBLE', () => {
    expect(excelSerialToDate(60, false)).toEqual({ kind: 'fictitious-leap-day' });
    expect(normalizeDate(60.25).findings[0]?.code).toBe('DATE_IMPOSSIBLE');
  });

  it.each([
    [1, '1904-01-02'],
    [60, '1904-03-01'],
    [31475, '1990-03-05'],
  ])('1904 system: serial %d → %s', (serial, iso) => {
    const read = excelSerialToDate(serial, true);
    if (read.kind !== 'date') throw new Error(`serial ${serial} not read`);
    expect(read.reading.date).toEqual({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8)) });
  });

  it.each([
    // [number, registration date, value, codes]
    [80, '2005-01-10', '1980', ['DATE_TWO_DIGIT_YEAR']], // 'Năm sinh chồng' typed 80 into a General cell
    [35, '1998-05-10', '1935', ['DATE_TWO_DIGIT_YEAR']], // the deceased's 'Năm sinh'
    [5, '1998-05-10', '1905', ['DATE_TWO_DIGIT_YEAR']], // '05' after Excel dropped the zero
    [60, '2005-01-10', '1960', ['DATE_TWO_DIGIT_YEAR']], // also when a date format showed it as 29/02/1900
    [968, '1995-03-20', null, ['DATE_OUT_OF_RANGE']], // '1968' missing a figure, not a day of 1902
    [1500, '1995-03-20', null, ['DATE_OUT_OF_RANGE']],
    [1849, '1995-03-20', null, ['DATE_OUT_OF_RANGE']],
    [2030, '1995-03-20', null, ['DATE_OUT_OF_RANGE']],
  ])('a whole number %d in a date column is a year typed (registered %s) → %s %j', (value, referenceDate, iso, expected) => {
    const result = normalizeDate(value, { referenceDate });
    expect(result.value).toBe(iso);
    expect(codes(result)).toEqual(expected);
  });

  it('a date column headed by a year reads 2101–9999 as mistyped years, in a plain date column they stay serials', () => {
    expect(normalizeDate(2965, { yearColumn: true })).toEqual({ value: null, findings: [{ code: 'DATE_OUT_OF_RANGE', params: { year: 2965, min: 1850, max: 2025 } }] });
    expect(normalizeDate(2965).value).toBe('1908-02-12');
    expect(normalizeDate(32937, { yearColumn: true }).value).toBe('1990-03-05');
  });

  it('the same day in both systems is 1462 serials apart', () => {
    expect(normalizeDate(32937).value).toBe(normalizeDate(32937 - 1462, { date1904: true }).value);
  });

  it('a serial typed or pasted as text is a day of the 1900 system, even in a 1904 workbook: a text carries no date system', () => {
    expect(normalizeDate('42928', { date1904: true })).toMatchObject({ value: '2017-07-12', findings: [{ code: 'DATE_EXCEL_SERIAL' }] });
    expect(normalizeDate('42928.0', { date1904: true }).value).toBe('2017-07-12');
    expect(normalizeDate('42928', { date1904: false }).value).toBe('2017-07-12');
    // A numeric cell follows its workbook's system.
    expect(normalizeDate(42928, { date1904: true }).value).toBe('2021-07-13');
  });

  it('serial fractions: a time of day is dropped with a note, float noise before midnight is rounded up', () => {
    expect(normalizeDate(32937.5)).toMatchObject({ value: '1990-03-05', findings: [{ code: 'DATE_EXCEL_SERIAL' }, { code: 'DATE_TIME_DROPPED' }] });
    expect(normalizeDate(32937.99999999)).toMatchObject({ value: '1990-03-06', findings: [{ code: 'DATE_EXCEL_SERIAL' }] });
    expect(normalizeDate(32937.000000001).findings.map((f) => f.code)).toEqual(['DATE_EXCEL_SERIAL']);
  });

  it.each([
    [1990, '1990', []],
    [1950, '1950', []],
    [1800, null, ['DATE_OUT_OF_RANGE']],
    [2100, null, ['DATE_OUT_OF_RANGE']],
    [5031990, '1990-03-05', []],
    [19900305, '1990-03-05', []],
    [0, null, ['DATE_UNKNOWN']],
    [0.5, null, ['DATE_UNPARSEABLE']],
    [-32937, null, ['DATE_UNPARSEABLE']],
    [123456, null, ['DATE_UNPARSEABLE']],
    [120590, '1990-05-12', ['DATE_TWO_DIGIT_YEAR']], // ddmmyy typed into a General cell
    [101950, '1950-10', []], // mmyyyy
    [121950, null, ['DATE_UNPARSEABLE']], // December 1950 or 1 February 1950
    [Number.NaN, null, ['DATE_UNPARSEABLE']],
    [Number.POSITIVE_INFINITY, null, ['DATE_UNPARSEABLE']],
    [73051, null, ['DATE_OUT_OF_RANGE']], // 2100-01-01: a serial after the current year
  ])('number %d → %s %j (up to 2100 a year, 6–8 digits a compact date)', (value, iso, expected) => {
    const result = normalizeDate(value);
    expect(result.value).toBe(iso);
    expect(codes(result)).toEqual(expected);
  });

  it.each([
    ['midnight', Date.UTC(1990, 2, 5), '1990-03-05', []],
    ['23:59:59.999 the day before', Date.UTC(1990, 2, 4, 23, 59, 59, 999), '1990-03-05', []],
    ['a few ms after midnight', Date.UTC(1990, 2, 5, 0, 0, 0, 3), '1990-03-05', []],
    ['14:30 (a death hour)', Date.UTC(1990, 2, 5, 14, 30), '1990-03-05', ['DATE_TIME_DROPPED']],
    ['leap day', Date.UTC(2000, 1, 29), '2000-02-29', []],
    ['before 1850', Date.UTC(1700, 0, 1), null, ['DATE_OUT_OF_RANGE']],
    ['after this year', Date.UTC(2030, 0, 1), null, ['DATE_OUT_OF_RANGE']],
  ])('Date object, %s', (_label, ms, iso, expected) => {
    const result = normalizeDate(new Date(ms));
    expect(result.value).toBe(iso);
    expect(codes(result)).toEqual(expected);
  });

  it('a year typed into a date-formatted year column (1925 shown as 08/04/1905) is read as that year, with a warning', () => {
    const typed = normalizeYear(exceljsDate(1925));
    expect(typed.value).toBe('1925');
    expect(typed.findings).toEqual([
      { code: 'DATE_YEAR_IN_DATE_CELL', from: '08/04/1905', to: '1925', params: { year: '1925', shown: '08/04/1905' } },
    ]);
    expect(normalizeYear(exceljsDate(1925, true), { date1904: true }).value).toBe('1925');
    // Outside 1850 … this year, or with a time of day, the day is a day.
    expect(normalizeYear(exceljsDate(1849))).toEqual({ value: '1905', findings: [] });
    expect(normalizeYear(exceljsDate(new Date().getUTCFullYear() + 1)).value).toBe('1905');
    expect(normalizeYear(exceljsDate(1925.5)).value).toBe('1905');
  });

  it("a two-digit year typed into a date-formatted year column ('45' shown as 14/02/1900) is that two-digit year", () => {
    // The Date hotich's XLSX reader builds (exceljs's is a day early below serial 60).
    const typed = normalizeYear(serialToDate(45, false), { referenceDate: '1998-05-01' });
    expect(typed.value).toBe('1945');
    expect(typed.findings.map((finding) => finding.code)).toEqual(['DATE_YEAR_IN_DATE_CELL', 'DATE_TWO_DIGIT_YEAR']);
    expect(normalizeYear(serialToDate(45, true), { date1904: true, referenceDate: '1998-05-01' }).value).toBe('1945');
    // In a date column it stays the day the cell holds.
    expect(normalizeDate(serialToDate(45, false)).value).toBe('1900-02-14');
  });

  it('a real day of early 1905 in a date column stays that day (an old person born in 1905)', () => {
    expect(normalizeDate(exceljsDate(1901))).toEqual({ value: '1905-03-15', findings: [] });
    expect(normalizeDate(exceljsDate(1925))).toEqual({ value: '1905-04-08', findings: [] });
  });

  it("a date column headed by a year ('Năm sinh chồng') reads a year typed into a date-formatted cell as that year, and keeps a full date", () => {
    const typed = normalizeDate(exceljsDate(1980), { yearColumn: true, referenceDate: '2005-01-10' });
    expect(typed).toEqual({
      value: '1980',
      findings: [{ code: 'DATE_YEAR_IN_DATE_CELL', from: '02/06/1905', to: '1980', params: { year: '1980', shown: '02/06/1905' } }],
    });
    const twoDigits = normalizeDate(serialToDate(80, false), { yearColumn: true, referenceDate: '2005-01-10' });
    expect(twoDigits.value).toBe('1980');
    expect(codes(twoDigits)).toEqual(['DATE_YEAR_IN_DATE_CELL', 'DATE_TWO_DIGIT_YEAR']);
    expect(normalizeDate(new Date(Date.UTC(1980, 2, 12)), { yearColumn: true })).toEqual({ value: '1980-03-12', findings: [] });
    expect(normalizeDate(exceljsDate(1925.5), { yearColumn: true }).value).toBe('1905-04-08');
  });

  it('unixDaysToExcelSerial undoes excelSerialToDate in both date systems', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }).filter((serial) => serial !== 60), fc.boolean(), (serial, date1904) => {
        const read = excelSerialToDate(serial, date1904);
        if (read.kind !== 'date') throw new Error(`serial ${serial} not read`);
        const { year, month, day } = read.reading.date;
        expect(unixDaysToExcelSerial(Date.UTC(year, month - 1, day) / MS_PER_DAY, date1904)).toBe(serial);
      }),
    );
  });

  it('an invalid Date is DATE_UNPARSEABLE', () => {
    expect(normalizeDate(new Date(Number.NaN))).toEqual({ value: null, findings: [{ code: 'DATE_UNPARSEABLE' }] });
  });

  it('Date objects already carry the workbook date system: date1904 does not shift them', () => {
    expect(normalizeDate(new Date(Date.UTC(1990, 2, 5)), { date1904: true }).value).toBe('1990-03-05');
  });

  it('a Date exceljs built from a serial gives the same day as the serial itself (after 1900-02-28)', () => {
    // Whole numbers up to 2100 are read as years typed, so those serials are left out.
    const serialDay = fc.integer({ min: 2101, max: 45_000 });
    fc.assert(
      fc.property(serialDay, fc.constantFrom(0, 1e-9, -1e-9, 0.25), (day, jitter) => {
        const serial = day + jitter;
        expect(normalizeDate(exceljsDate(serial)).value).toBe(normalizeDate(Math.round(serial)).value);
      }),
    );
  });
});

describe('normalizeDate: Date cells of a column typed on a US-locale PC', () => {
  const stored = (year: number, month: number, day: number, hours = 0): Date => new Date(Date.UTC(year, month - 1, day, hours));

  it('exchanges day and month back, noting the change from the day Excel stored to the day typed', () => {
    expect(normalizeDate(stored(1990, 5, 8), { dayMonthSwapped: 'certain' })).toEqual({
      value: '1990-08-05',
      findings: [{ code: 'DATE_US_LOCALE_SWAPPED', from: '1990-05-08', to: '1990-08-05', params: { shown: '08/05/1990', result: '05/08/1990' } }],
    });
    expect(normalizeDate(stored(1990, 5, 8), { dayMonthSwapped: 'likely' }).findings.map((finding) => finding.code)).toEqual(['DATE_US_LOCALE_LIKELY']);
    // A time of day is still dropped, and said so, after the exchange.
    expect(codes(normalizeDate(stored(2016, 3, 4, 14), { dayMonthSwapped: 'certain' }))).toEqual(['DATE_US_LOCALE_SWAPPED', 'DATE_TIME_DROPPED']);
    expect(normalizeDate(stored(2016, 3, 4, 14), { dayMonthSwapped: 'certain' }).value).toBe('2016-04-03');
  });

  it('leaves a day the same as its month, a day above 12 (no month) and a year column as they are, with nothing to say', () => {
    expect(normalizeDate(stored(1990, 5, 5), { dayMonthSwapped: 'certain' })).toEqual({ value: '1990-05-05', findings: [] });
    expect(normalizeDate(stored(1990, 5, 13), { dayMonthSwapped: 'certain' })).toEqual({ value: '1990-05-13', findings: [] });
    expect(normalizeYear(stored(1990, 5, 8), { dayMonthSwapped: 'certain' })).toEqual({ value: '1990', findings: [] });
  });
});
