import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageVi, severityOf } from '../../src/catalog/catalog.js';
import { RegisterBooks, unusedLinePositions, unusedNumbers, type EntryFate } from '../../src/validate/register-books.js';
import type { RegisterPosition } from '../../src/validate/register-numbers.js';

// DOMAIN.md §3.3: a book numbers its entries from 1 through a calendar year, in the order
// they are registered. Gaps and numbers against the dates are QA signals for the officer.

const FILE = 'so-khai-sinh-thien-ke.xlsx';

interface Row {
  /** '' for a Số left blank. */
  number: string;
  date: string | null;
  row: number;
  fate?: EntryFate;
  sheet?: string;
  /** The year the sheet gives its book (title, sheet or file name). */
  bookYear?: string;
}

/** A position as registerPositionOf gives it (commune 08947, xã Thiện Kế; Số in column A). */
function position({ number, date, row, sheet = 'KS 1998', bookYear }: Row): RegisterPosition {
  const year = date === null ? null : date.slice(0, 4);
  const keyYear = bookYear ?? year;
  const key = keyYear === null || number === '' ? null : `08947|${keyYear}|${number}`;
  return { key, year, bookYear: bookYear ?? null, number: number === '' ? null : number, date, provenance: { file: FILE, sheet, row }, numberColumn: 'A', dateColumn: 'B' };
}

function books(rows: Row[]): RegisterBooks {
  const register = new RegisterBooks();
  for (const row of rows) register.add(position(row), row.fate ?? 'kept', `id-${row.sheet ?? 'KS 1998'}-${row.row}`);
  return register;
}

/** A book of `count` entries numbered from 1, registered every third day of `year` from 5 January, from sheet row 4. */
function book(count: number, year = 1998, sheet = 'KS 1998'): Row[] {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(year, 0, 5 + 3 * index));
    return { number: String(index + 1), date: day.toISOString().slice(0, 10), row: index + 4, sheet };
  });
}

const gaps = (rows: Row[]) => books(rows).gaps().map(({ params }) => params.missing);
const outOfOrder = (rows: Row[]) => books(rows).outOfOrder().map(({ finding, provenance }) => `${provenance.row}:${finding.value}`);

describe('REGISTER_NUMBER_GAP: numbers missing inside a book', () => {
  it('reports one finding per gap, with the range and the rows around it, for the book\'s sheet', () => {
    const rows = book(40).filter((row) => !['17', '18', '19'].includes(row.number));
    const [gap, ...others] = books(rows).gaps();
    expect(others).toEqual([]);
    expect(gap).toEqual({
      code: 'REGISTER_NUMBER_GAP',
      file: FILE,
      sheet: 'KS 1998',
      params: { year: '1998', missing: '17–19', count: 3, before: 16, beforeRow: 'dòng 19', after: 20, afterRow: 'dòng 23' },
    });
    expect(messageVi(gap!.code, gap!.params)).toBe(
      'Sổ năm 1998: không có dòng nào mang số 17–19 (3 số), giữa số 16 (dòng 19) và số 20 (dòng 23): có thể thiếu trang, sót dòng khi nhập, hoặc số bị bỏ qua trong sổ gốc.',
    );
    expect(severityOf('REGISTER_NUMBER_GAP')).toBe('warning');
    expect(gaps(book(40).filter((row) => row.number !== '7' && row.number !== '30'))).toEqual(['7', '30']);
  });

  it('says nothing of a continuous book, nor of numbers before the first or after the last typed', () => {
    expect(gaps(book(300))).toEqual([]);
    expect(gaps(book(300).slice(20, 150))).toEqual([]);
  });

  it('a rejected row, a copy merged away and a cancelled entry fill their number: each is a line of the book', () => {
    const rows = book(40).map((row): Row => {
      if (row.number === '12') return { ...row, fate: 'rejected' };
      if (row.number === '13') return { ...row, fate: 'merged' };
      if (row.number === '14') return { ...row, fate: 'cancelled' };
      return row;
    });
    expect(gaps(rows)).toEqual([]);
  });

  it('a cancelled entry whose number cell carries the mark fills its number, and one typed \'Hủy\' over it the number it stands for', () => {
    const rows = book(40).map((row): Row => {
      if (row.number === '14') return { ...row, number: '14 (hủy)', fate: 'cancelled' };
      if (row.number === '22') return { ...row, number: '22 - Huỷ', fate: 'cancelled' };
      if (row.number === '30') return { ...row, number: 'Hủy', fate: 'cancelled' };
      return row;
    });
    expect(gaps(rows)).toEqual([]);
    // A kept row's number with a sentence after it is no number of the book.
    expect(gaps(book(40).map((row): Row => (row.number === '14' ? { ...row, number: '14 - chuyển sang sổ khác' } : row)))).toEqual(['14']);
  });

  it('a row without a registration date, or typed with another year, fills its number without opening a gap', () => {
    const rows = book(40).map((row): Row => {
      if (row.number === '5') return { ...row, date: null };
      // '09/01/1999' typed in the 1998 book: a year of one entry in that sheet is no book.
      if (row.number === '6') return { ...row, date: '1999-01-09' };
      return row;
    });
    expect(gaps(rows)).toEqual([]);
    // '47/2005' kept as typed: line 47 of some book.
    expect(gaps([...book(60).filter((row) => row.number !== '47'), { number: '47/2005', date: '1998-05-02', row: 50 }])).toEqual([]);
  });

  it("a number typed with a mark ('5/KS', '6-KT', '7/K.H', '8/ĐKL', '9/TP', '10 (ĐKL)', '14 ĐKL') or as an inserted entry ('11a', '12 bis', '13(b)') fills its place in the book", () => {
    const suffixed: Record<string, string> = { '5': '5/KS', '6': '6-KT', '7': '7/K.H', '8': '8/ĐKL', '9': '9/TP', '10': '10 (ĐKL)', '11': '11a', '12': '12 bis', '13': '13(b)', '14': '14 ĐKL' };
    expect(gaps(book(40).map((row) => (suffixed[row.number] === undefined ? row : { ...row, number: suffixed[row.number]! })))).toEqual([]);
    // A number with a remark after it is still no number of the book: the gap is reported.
    expect(gaps(book(40).map((row) => (row.number === '5' ? { ...row, number: '5 xem dòng dưới' } : row)))).toEqual(['5']);
  });

  it('keeps the years of a sheet holding several books apart', () => {
    const rows = [...book(30, 1995), ...book(40, 1998).filter((row) => row.number !== '20')].map((row, index) => ({ ...row, row: index + 4 }));
    expect(gaps(rows)).toEqual(['20']);
    // Each sheet is its own book: a number of another sheet does not fill it.
    expect(gaps([...book(40).filter((row) => row.number !== '20'), { number: '20', date: '1998-03-01', row: 4, sheet: 'KS 1998 (2)' }])).toEqual(['20']);
  });

  it('says nothing for a book whose numbers are not a run: few entries, many gaps, or a jump longer than the book', () => {
    expect(gaps(book(4).filter((row) => row.number !== '2'))).toEqual([]);
    // Every other number: not a book numbered 1, 2, 3 …
    expect(gaps(book(60).filter((row) => Number(row.number) % 2 === 1))).toEqual([]);
    // One number mistyped '570' in a book of 100: the lost 57 is told, the jump to 570 is not.
    const mistyped = book(100).map((row) => (row.number === '57' ? { ...row, number: '570' } : row));
    expect(gaps(mistyped)).toEqual(['57']);
    // Certificate serials typed where the number goes.
    expect(gaps(book(30).map((row, index) => ({ ...row, number: String(104_233 + 17 * index) })))).toEqual([]);
  });

  it('allows one gap per twenty numbers in a long book', () => {
    const missing = new Set(['10', '40', '70', '100', '130']);
    expect(gaps(book(200).filter((row) => !missing.has(row.number)))).toEqual(['10', '40', '70', '100', '130']);
    // Four gaps in 60 numbers: more than 3, and more than one per 20.
    expect(gaps(book(60).filter((row) => !['10', '20', '40', '50'].includes(row.number)))).toEqual([]);
    expect(gaps(book(60).filter((row) => !['10', '20', '40'].includes(row.number)))).toEqual(['10', '20', '40']);
  });
});

describe('REGISTER_NUMBER_GAP: rows left without a number, entries of a book typed with another year', () => {
  it('says nothing of a number whose row is there with its Số left blank, between its neighbours', () => {
    // A re-typed 2018 marriage book: row 6 (Số 2) has its Số cell empty.
    const rows = book(10, 2018, 'KH 2018').map((row) => (row.number === '2' ? { ...row, number: '' } : row));
    expect(gaps(rows)).toEqual([]);
    // Two numbers missing, one unnumbered row: the gap stays.
    const two = book(10, 2018, 'KH 2018').filter((row) => row.number !== '3').map((row) => (row.number === '2' ? { ...row, number: '' } : row));
    expect(gaps(two)).toEqual(['2–3']);
    // An unnumbered row elsewhere in the sheet does not fill it.
    const elsewhere = book(10, 2018, 'KH 2018').filter((row) => row.number !== '5');
    expect(gaps([...elsewhere, { number: '', date: '2018-03-01', row: 40, sheet: 'KH 2018' }])).toEqual(['5']);
    // A cancelled line without a number holds no entry.
    const cancelled = book(10, 2018, 'KH 2018').map((row): Row => (row.number === '2' ? { ...row, number: '', fate: 'cancelled' } : row));
    expect(gaps(cancelled)).toEqual(['2']);
  });

  it("counts an entry dated in another year in its book's run when the book names its year", () => {
    // KS_SonLoi_2016.csv: Số 9 typed 05/01/2017 between 25/01/2016 and 28/01/2016.
    const rows = book(15, 2016, '').map((row): Row => ({ ...row, bookYear: '2016', ...(row.number === '9' ? { date: '2017-01-05' } : {}) }));
    expect(gaps(rows)).toEqual([]);
    // Its date is DATE_YEAR_NOT_BOOK's: it is not also out of order.
    expect(outOfOrder(rows)).toEqual([]);
    // Without it, 9 is missing from the 2016 book.
    expect(gaps(rows.filter((row) => row.number !== '9'))).toEqual(['9']);
  });
});

describe('REGISTER_NUMBER_OUT_OF_ORDER: a number against the dates of the others', () => {
  const swapped = (rows: Row[], a: string, b: string): Row[] =>
    rows.map((row) => (row.number === a ? { ...row, number: b } : row.number === b ? { ...row, number: a } : row));

  it('warns of one of two numbers typed swapped, naming the other', () => {
    const [finding, ...others] = books(swapped(book(40), '12', '13')).outOfOrder();
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ id: 'id-KS 1998-16', communeCode: '08947', provenance: { row: 16 } });
    expect(finding!.finding).toEqual({
      code: 'REGISTER_NUMBER_OUT_OF_ORDER',
      field: 'registration.number',
      // The Số column: the officer's report points at the cell to check.
      column: 'A',
      value: '12',
      params: { date: '10/02/1998', other: 13, otherRow: 'dòng 15', relation: 'lớn hơn nhưng đăng ký trước', otherDate: '07/02/1998' },
    });
    expect(messageVi(finding!.finding.code, { value: finding!.finding.value, ...finding!.finding.params })).toBe(
      'Số đăng ký 12 (ngày đăng ký 10/02/1998) không theo thứ tự ngày đăng ký: số 13 (dòng 15) lớn hơn nhưng đăng ký trước, ngày 07/02/1998. Sổ cấp số theo thứ tự đăng ký, nên số hoặc ngày đăng ký của một trong hai dòng có thể bị ghi nhầm.',
    );
  });

  it('warns of a number mistyped far off, and of a date mistyped, not of the entries around them', () => {
    expect(outOfOrder(book(100).map((row) => (row.number === '57' ? { ...row, number: '570' } : row)))).toEqual(['60:570']);
    // 57 typed 75: the two 75s are REGISTER_NUMBER_REPEATED's, the others stay in order.
    expect(outOfOrder(book(100).map((row) => (row.number === '57' ? { ...row, number: '75' } : row)))).toEqual([]);
    expect(outOfOrder(book(100).map((row) => (row.number === '30' ? { ...row, date: '1998-11-03' } : row)))).toEqual(['33:30']);
  });

  it('says nothing when the dates agree with the numbers, whatever order the rows are in', () => {
    expect(outOfOrder(book(300))).toEqual([]);
    const byName = [...book(300)].sort((a, b) => (a.date! < b.date! ? 1 : -1)).map((row, index) => ({ ...row, row: index + 4 }));
    expect(outOfOrder(byName)).toEqual([]);
  });

  it('entries of one day may be numbered in any order', () => {
    const rows = book(40).map((row) => (row.number === '13' ? { ...row, date: book(40)[11]!.date } : row));
    expect(outOfOrder(swapped(rows, '12', '13'))).toEqual([]);
  });

  it('leaves a second book restarting at 1 to REGISTER_NUMBER_REPEATED: repeated numbers are not judged', () => {
    const first = book(30);
    const second = book(15, 1998).map((row, index) => ({ ...row, date: `1998-${String(7 + Math.floor(index / 3)).padStart(2, '0')}-1${index % 3}`, row: 40 + index }));
    expect(outOfOrder([...first, ...second])).toEqual([]);
    // The first holder of 10 rejected: 10 is still repeated.
    expect(outOfOrder([...first.map((row) => (row.number === '10' ? { ...row, fate: 'rejected' as const } : row)), ...second])).toEqual([]);
  });

  it('judges only kept entries with a full date, in books of at least 5 of them', () => {
    expect(outOfOrder(swapped(book(40), '12', '13').map((row) => (row.number === '12' ? { ...row, fate: 'merged' as const } : row)))).toEqual([]);
    expect(outOfOrder(swapped(book(40), '12', '13').map((row) => (row.number === '12' ? { ...row, date: '1998-02' } : row)))).toEqual([]);
    expect(outOfOrder(swapped(book(4), '2', '3'))).toEqual([]);
  });

  it('says nothing of a book not numbered by date (more than one entry in ten out of order)', () => {
    let rows = book(40);
    for (const [a, b] of [['2', '3'], ['8', '9'], ['14', '15'], ['20', '21'], ['26', '27']]) rows = swapped(rows, a!, b!);
    expect(outOfOrder(rows)).toEqual([]);
    expect(outOfOrder(swapped(swapped(book(40), '2', '3'), '20', '21'))).toEqual(['6:2', '24:20']);
  });

  it('never throws, and every warned entry names an entry it truly contradicts', () => {
    const row = fc.record({ number: fc.integer({ min: 1, max: 60 }), day: fc.integer({ min: 0, max: 364 }), fate: fc.constantFrom<EntryFate>('kept', 'kept', 'kept', 'rejected', 'merged') });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), (generated) => {
        const rows = generated.map(({ number, day, fate }, index) => ({
          number: String(number),
          date: new Date(Date.UTC(1998, 0, 1 + day)).toISOString().slice(0, 10),
          row: index + 4,
          fate,
        }));
        const register = books(rows);
        register.gaps();
        for (const { finding } of register.outOfOrder()) {
          const { value, params } = finding;
          const other = Number(params?.other);
          const later = (text: unknown): string => String(text).split('/').reverse().join('-');
          const contradicts = other < Number(value) ? later(params?.otherDate) > later(params?.date) : later(params?.otherDate) < later(params?.date);
          expect(contradicts).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('numbers the book marks unused (a row skipped as unused-line)', () => {
  // Liên Châu 2016: '24 | | … | Bỏ trống' between Nos. 23 and 25 is a line of the book that holds no entry.
  const withUnused = (rows: Row[], unused: { number: string; row: number; bookYear?: string }[]): RegisterBooks => {
    const register = books(rows);
    for (const line of unused) {
      for (const at of unusedLinePositions(line.number, { bookYear: line.bookYear === undefined ? null : Number(line.bookYear), fileYear: null, numberColumn: 'A', dateColumn: 'B' }, { file: FILE, sheet: 'KS 1998', row: line.row })) {
        register.add(at, 'unused');
      }
    }
    return register;
  };
  const twelve = book(12).filter((row) => row.number !== '6' && row.number !== '9' && row.number !== '10');

  it('fill their numbers: no REGISTER_NUMBER_GAP for them', () => {
    expect(gaps(twelve)).toEqual(['6', '9–10']);
    expect(withUnused(twelve, [{ number: '6', row: 9 }, { number: '9-10', row: 12 }]).gaps()).toEqual([]);
    expect(withUnused(twelve, [{ number: '6', row: 9, bookYear: '1998' }]).gaps().map(({ params }) => params.missing)).toEqual(['9–10']);
  });

  it("fill none of another year's book, and open no gap of their own", () => {
    expect(withUnused(twelve, [{ number: '6', row: 9, bookYear: '1999' }]).gaps().map(({ params }) => params.missing)).toEqual(['6', '9–10']);
    expect(withUnused(book(12), [{ number: '20', row: 30 }]).gaps()).toEqual([]);
  });

  it('read one number, a list or a range', () => {
    expect(unusedNumbers('24')).toEqual(['24']);
    expect(unusedNumbers('8, 9, 10')).toEqual(['8', '9', '10']);
    expect(unusedNumbers('8-10')).toEqual(['8', '9', '10']);
    expect(unusedNumbers('8 đến 11')).toEqual(['8', '9', '10', '11']);
    expect(unusedNumbers('7/2008')).toEqual(['7']);
  });
});
