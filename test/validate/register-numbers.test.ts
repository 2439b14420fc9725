import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageVi, severityOf } from '../../src/catalog/catalog.js';
import { normalizeRegisterNumber, typedBeforeExcelDate } from '../../src/normalize/codes/register-number.js';
import { communeOfKey, RegisterNumbers, registerPositionOf } from '../../src/validate/register-numbers.js';

const entry = (communeCode: string | null, date: string | null, number: string | null, book: string | null = null): Record<string, unknown> => ({
  registration: { communeCode, book, date, number },
});
const at = (row: number, file = 'a.xlsx', sheet = 'Quyển 01') => ({ file, sheet, row });

describe('register numbers used twice', () => {
  it('flags the second row with the same commune, year and number, naming the first', () => {
    const numbers = new RegisterNumbers();
    expect(numbers.check(entry('08953', '2015-01-12', '7'), at(14))).toBeNull();
    expect(numbers.check(entry('08953', '2015-04-02', '7'), at(20))).toMatchObject({ code: 'REGISTER_NUMBER_REPEATED', field: 'registration.number', value: '7', params: { year: '2015', earlier: 'dòng 14 cùng trang tính' } });
    expect(numbers.check(entry('08953', '2015', '7'), at(3, 'b.csv', ''))).toMatchObject({ params: { earlier: 'dòng 14 trang tính "Quyển 01" tệp "a.xlsx"' } });
  });

  it("names the other row's sheet, and puts the finding on the Số column", () => {
    const numbers = new RegisterNumbers();
    const source = { bookYear: 2015, fileYear: null, numberColumn: 'B', dateColumn: 'C' };
    expect(numbers.check(entry('08953', '2015-01-12', '7'), at(61, 'KS_TamHop_2015.xlsx', 'Trang 1'), source)).toBeNull();
    const repeated = numbers.check(entry('08953', '2015-04-02', '7'), at(62, 'KS_TamHop_2015.xlsx', 'Trang 2'), source);
    expect(repeated).toMatchObject({ column: 'B', value: '7', params: { year: '2015', earlier: 'dòng 61 trang tính "Trang 1"' } });
    expect(messageVi(repeated!.code, { value: repeated!.value, ...repeated!.params })).toBe(
      'Số đăng ký 7 năm 2015 của xã này đã dùng cho dòng 61 trang tính "Trang 1": hai dòng cùng số, hoặc là một việc đăng ký nhập hai lần, hoặc một số bị ghi nhầm.',
    );
  });

  it("takes the number's year from its book when the book gives one, from the registration date only when none does", () => {
    // Book 01/2017 (its title) holds Số 8 dated 15/01/2018, a mistyped year (DATE_YEAR_NOT_BOOK): Số 8 of the 2018 book is no repeat.
    const numbers = new RegisterNumbers();
    expect(numbers.check(entry('08953', '2018-01-15', '8', '01/2017'), at(12, 'KS_TamHop_2017.xlsx', 'Sheet1'), { bookYear: 2017, fileYear: null, numberColumn: 'A', dateColumn: 'B' })).toBeNull();
    expect(numbers.check(entry('08953', '2018-01-20', '8', '01/2018'), at(12, 'KS_TamHop_2018.xlsx', 'Sheet1'), { bookYear: 2018, fileYear: null, numberColumn: 'A', dateColumn: 'B' })).toBeNull();
    // The row's own book number gives the year when the sheet names none.
    expect(numbers.check(entry('08953', '2018-01-15', '9', '01/2017'), at(13, 'ks.csv', ''))).toBeNull();
    expect(numbers.check(entry('08953', '2018-01-25', '9', '01/2018'), at(14, 'ks.csv', ''))).toBeNull();
    // Neither names a year: the registration date's, as before.
    expect(numbers.check(entry('08953', '2018-01-30', '9'), at(15, 'ks.csv', ''))).toMatchObject({ params: { year: '2018', earlier: 'dòng 14 cùng trang tính' } });
    // The file's name gives the year of a sheet that names none ('KS_SonLoi_2016.csv'), even to a row without a registration date.
    const source = { bookYear: null, fileYear: 2016, numberColumn: 'A', dateColumn: 'B' };
    expect(numbers.check(entry('08953', null, '3'), at(4, 'KS_SonLoi_2016.csv', ''), source)).toBeNull();
    expect(numbers.check(entry('08953', '2016-02-01', '3'), at(9, 'KS_SonLoi_2016.csv', ''), source)).toMatchObject({ params: { year: '2016', earlier: 'dòng 4 cùng trang tính' } });
    expect(registerPositionOf(entry('08953', '2017-01-05', '9'), at(10, 'KS_SonLoi_2016.csv', ''), source)).toMatchObject({ year: '2017', bookYear: '2016', key: '08953|2016|9' });
    // The row's own book number is the surer: it wins over the file's name.
    expect(registerPositionOf(entry('08953', '2017-01-05', '9', '01/2017'), at(10, 'KS_SonLoi_2016.csv', ''), source)).toMatchObject({ bookYear: '2017', key: '08953|2017|9' });
  });

  it('numbers restart every year, per commune; rows without a commune, year or number are not checked', () => {
    const numbers = new RegisterNumbers();
    expect(numbers.check(entry('08953', '2015-01-12', '7'), at(1))).toBeNull();
    expect(numbers.check(entry('08953', '2016-01-12', '7'), at(2))).toBeNull();
    expect(numbers.check(entry('08956', '2015-01-12', '7'), at(3))).toBeNull();
    expect(numbers.check(entry(null, '2015-01-12', '7'), at(4))).toBeNull();
    expect(numbers.check(entry(null, '2015-01-12', '7'), at(5))).toBeNull();
    expect(numbers.check(entry('08953', '2015-01-12', null), at(6))).toBeNull();
  });

  it("keys the book of a 2025-07-01 commune apart from the old unit's of the same code and year", () => {
    // Xã Sông Lô (08848 from 2025-07-01) starts its book at Số 01; Đồng Thịnh's 08848 book of January–June used 1…
    const numbers = new RegisterNumbers();
    expect(numbers.check(entry('08848', '2025-03-12', '1'), at(5, 'KS_DongThinh_2025.xlsx'))).toBeNull();
    expect(numbers.check(entry('08848', '2025-07-02', '1'), at(5, 'KS_SongLo_2025.xlsx'))).toBeNull();
    expect(numbers.check(entry('08848', '2025-08', '2'), at(6, 'KS_SongLo_2025.xlsx'))).toBeNull();
    // …but each book's own repeats are still found, and a year alone stays with the old unit.
    expect(numbers.check(entry('08848', '2025-07-20', '1'), at(7, 'KS_SongLo_2025.xlsx'))).toMatchObject({ code: 'REGISTER_NUMBER_REPEATED' });
    expect(numbers.check(entry('08848', '2025', '1'), at(8, 'KS_DongThinh_2025.xlsx'))).toMatchObject({ code: 'REGISTER_NUMBER_REPEATED' });
    expect(numbers.check(entry('08848', '2025-06-30', '1'), at(9, 'KS_DongThinh_2025.xlsx'))).toMatchObject({ code: 'REGISTER_NUMBER_REPEATED' });
    expect(communeOfKey(registerPositionOf(entry('08848', '2025-07-02', '1'), at(5)).key)).toBe('08848');
  });
});

describe('a register number whose first holder was rejected', () => {
  const position = (row: number, number: string, date = '1999-03-02') => registerPositionOf(entry('08947', date, number), at(row))!;

  it("still holds the number: the later row repeats it, and the message says the earlier row was rejected", () => {
    const numbers = new RegisterNumbers();
    numbers.hold(position(13, '10'));
    const repeated = numbers.checkPosition(position(38, '10', '1999-09-14'));
    expect(repeated).toMatchObject({ code: 'REGISTER_NUMBER_REPEATED', value: '10', params: { year: '1999', earlier: 'dòng 13 cùng trang tính (dòng đó bị loại vì lỗi khác, chưa được nạp)' } });
    expect(messageVi(repeated!.code, { value: repeated!.value, ...repeated!.params })).toBe(
      'Số đăng ký 10 năm 1999 của xã này đã dùng cho dòng 13 cùng trang tính (dòng đó bị loại vì lỗi khác, chưa được nạp): hai dòng cùng số, hoặc là một việc đăng ký nhập hai lần, hoặc một số bị ghi nhầm.',
    );
  });

  it('a rejected row after a clean one changes nothing; a rejected row is never itself warned of', () => {
    const numbers = new RegisterNumbers();
    expect(numbers.checkPosition(position(4, '1'))).toBeNull();
    numbers.hold(position(13, '1'));
    expect(numbers.checkPosition(position(40, '1'))).toMatchObject({ params: { earlier: 'dòng 4 cùng trang tính' } });
  });

  it('a position without commune or date holds nothing', () => {
    const numbers = new RegisterNumbers();
    numbers.hold(registerPositionOf(entry(null, '1999-03-02', '10'), at(13))!);
    numbers.hold(registerPositionOf(entry('08947', null, '10'), at(14))!);
    expect(numbers.checkPosition(position(38, '10'))).toBeNull();
  });
});

// DOMAIN.md §3.3: numbers run through a commune's year and the certificate prints the book
// row's number, so one entry must have one spelling for repeats to be found.
describe('normalizeRegisterNumber: the number the certificate carries', () => {
  it.each([
    ['15', 2016, '15'],
    ['0015', 2016, '15'],
    ['Số 15', 2016, '15'],
    ['số: 03', 2016, '3'],
    ['5.0', 2016, '5'], // a CSV export's float
    ['5,00', 2016, '5'],
    ['0', 2016, '0'],
    ['12.', 2016, '12'], // a full stop typed after the number
    ['Số 012.', 2016, '12'],
    ['-6', 2016, '6'], // a dash typed before it, or a minus Excel kept (session 23, theme 5)
    ['- 19', 1990, '19'],
    ['–12', 2016, '12'],
    // the book's kind typed before the number as a label (session 27, helper 3)
    ['KS 13', 2019, '13'],
    ['KS13', 2019, '13'],
    ['KT-05', 2019, '5'],
    ['kh.7', 2019, '7'],
    ['KS số 13', 2019, '13'],
  ] as [string, number, string][])('%j → %j silently', (text, year, expected) => {
    expect(normalizeRegisterNumber(text, year)).toEqual({ value: expected, findings: [] });
  });

  it('drops the year of its own registration, with a note', () => {
    expect(normalizeRegisterNumber('3/2016', 2016)).toEqual({ value: '3', findings: [{ code: 'REGISTER_NUMBER_YEAR_DROPPED', from: '3/2016', to: '3', params: { year: 2016 } }] });
    expect(normalizeRegisterNumber('Số 03 / 2016', 2016).value).toBe('3');
  });

  it('drops a two-digit year equal to the registration\'s, with the same note', () => {
    expect(normalizeRegisterNumber('12/16', 2016)).toEqual({ value: '12', findings: [{ code: 'REGISTER_NUMBER_YEAR_DROPPED', from: '12/16', to: '12', params: { year: 2016 } }] });
    expect(normalizeRegisterNumber('05/00', 2000).value).toBe('5');
    expect(normalizeRegisterNumber('3/98', 1998).value).toBe('3');
  });

  it.each([
    ['3/2016', null], // no registration date to compare with
    ['12/15', 2016], // another year, or a number over a page: kept
    ['12/17', 2016], // the next year: a slip in the number or in the date
    ['12/16', null],
    ['12/016', 2016],
    ['12.5', 2016],
    ['12..', 2016],
    ['15/KS', 2016],
    ['KS', 2016],
    ['KSA 13', 2016],
    ['Khai sinh 13', 2016],
    ['KS 2016', 2016], // the book's code typed in the number's cell: no number 2016
    ['KS-2016/13', 2016],
    ['KT 2015', 2016],
    ['15a', 2016],
    ['1.000', 2016], // a thousands group, not a float's zeros
    ['5.5', 2016],
    ['01-TP/HT-2016', 2016],
  ] as [string, number | null][])('keeps %j (registered %j) as typed', (text, year) => {
    expect(normalizeRegisterNumber(text, year)).toEqual({ value: text, findings: [] });
  });

  it("keeps a number typed with another four-digit year as typed, with a warning: the number or the date is wrong", () => {
    expect(normalizeRegisterNumber('47/2005', 2017)).toEqual({ value: '47/2005', findings: [{ code: 'REGISTER_NUMBER_YEAR_MISMATCH', params: { numberYear: '2005', year: 2017 } }] });
    expect(normalizeRegisterNumber('Số 3 / 2015', 2016)).toEqual({ value: '3 / 2015', findings: [{ code: 'REGISTER_NUMBER_YEAR_MISMATCH', params: { numberYear: '2015', year: 2016 } }] });
    // The year after: a January entry typed with the old book's year, or the date's year mistyped.
    expect(normalizeRegisterNumber('215/2017', 2018).findings.map((finding) => finding.code)).toEqual(['REGISTER_NUMBER_YEAR_MISMATCH']);
    expect(messageVi('REGISTER_NUMBER_YEAR_MISMATCH', { value: '47/2005', numberYear: '2005', year: 2017 })).toBe(
      'Số đăng ký "47/2005" ghi năm 2005, nhưng ngày đăng ký thuộc năm 2017: số hoặc ngày đăng ký có thể bị ghi nhầm năm.',
    );
    expect(severityOf('REGISTER_NUMBER_YEAR_MISMATCH')).toBe('warning');
  });

  it('never throws and is idempotent (a number kept with another year is warned of again)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(Số )?0*\d{1,4}([.,/]\d{0,4})?$/)), fc.option(fc.integer({ min: 1900, max: 2030 })), (text, year) => {
        const first = normalizeRegisterNumber(text, year);
        const second = normalizeRegisterNumber(first.value, year);
        expect(second.value).toBe(first.value);
        expect(second.findings.every((finding) => finding.code === 'REGISTER_NUMBER_YEAR_MISMATCH')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('typedBeforeExcelDate: what a clerk typed into a book or number cell Excel made a date of', () => {
  const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));

  it('reads the 1st of a month, or a month-and-year format, as month/year', () => {
    expect(typedBeforeExcelDate(day(1995, 1, 1), 'month', 'book')).toBe('01/1995');
    expect(typedBeforeExcelDate(day(1995, 1, 1), undefined, 'book')).toBe('01/1995');
    expect(typedBeforeExcelDate(day(1995, 3, 1), undefined, 'number')).toBe('3/1995');
    expect(typedBeforeExcelDate(day(1995, 3, 1), 'month', 'number')).toBe('3/1995');
  });

  it('a year format shows the year; another day is written as the sheet shows it', () => {
    expect(typedBeforeExcelDate(day(1995, 1, 1), 'year', 'book')).toBe('1995');
    expect(typedBeforeExcelDate(day(2019, 5, 3), undefined, 'number')).toBe('03/05/2019');
    expect(typedBeforeExcelDate(new Date(Number.NaN), undefined, 'book')).toBeNull();
  });
});
