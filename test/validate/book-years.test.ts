import { describe, expect, it } from 'vitest';
import { messageVi } from '../../src/catalog/catalog.js';
import { inferBookYears, otherYearBooks, yearNotBookFinding } from '../../src/validate/book-years.js';
import type { RegisterPosition } from '../../src/validate/register-numbers.js';

// DOMAIN.md §3.3: a book holds one calendar year and numbers its entries from 1 through it.
// A book that names its year nowhere (a CSV 'KS_SonLoi.csv', a sheet 'Sheet1') is still one
// year's: the year nearly all its entries share.

const FILE = 'KS_SonLoi.csv';

interface Entry {
  number: string;
  date: string;
  row: number;
  sheet?: string;
  bookYear?: string;
  reRegistration?: true;
}

function position({ number, date, row, sheet = '', bookYear, reRegistration }: Entry): RegisterPosition {
  const year = date.slice(0, 4);
  return {
    key: `08959|${bookYear ?? year}|${number}`,
    year,
    bookYear: bookYear ?? null,
    number,
    date,
    provenance: { file: FILE, sheet, row },
    numberColumn: 'A',
    dateColumn: 'B',
    ...(reRegistration ? { reRegistration } : {}),
  };
}

/** `count` entries of `year` numbered from 1, registered every third day from 5 January, from row 2. */
function book(count: number, year = 2016, sheet = ''): Entry[] {
  return Array.from({ length: count }, (_, index) => ({
    number: String(index + 1),
    date: new Date(Date.UTC(year, 0, 5 + 3 * index)).toISOString().slice(0, 10),
    row: index + 2,
    sheet,
  }));
}

function typed(entries: Entry[], number: string, date: string, extra: Partial<Entry> = {}): Entry[] {
  return entries.map((entry) => (entry.number === number ? { ...entry, date, ...extra } : entry));
}

/** The entries placed in another year's book: 'row:number→year'. */
function placed(entries: Entry[]): string[] {
  const positions = entries.map(position);
  const inferred = inferBookYears(positions);
  return positions.filter((one) => inferred.has(one)).map((one) => `${one.provenance.row}:${one.number}→${inferred.get(one)!.year}`);
}

describe("inferBookYears: an entry typed with another year than its book's, in a book that names none", () => {
  it('places Số 9 typed 05/01/2017 among the 2016 entries in the 2016 book, and says why', () => {
    const entries = typed(book(15), '9', '2017-01-05');
    expect(placed(entries)).toEqual(['10:9→2016']);
    const positions = entries.map(position);
    const inferred = inferBookYears(positions);
    const odd = positions.find((one) => one.number === '9')!;
    const finding = yearNotBookFinding(odd, inferred.get(odd)!);
    expect(finding).toMatchObject({ code: 'DATE_YEAR_NOT_BOOK', field: 'registration.date', column: 'B', value: '05/01/2017', normalized: '2017-01-05' });
    expect(messageVi(finding.code, { value: finding.value, ...finding.params })).toBe(
      'Ngày đăng ký 05/01/2017 thuộc năm 2017, nhưng sổ này là sổ năm 2016 (theo các dòng khác của sổ: 14 trên 15 dòng có số là năm 2016): có thể năm đăng ký bị gõ nhầm.',
    );
  });

  it('places 2021 typed for 2012, and an earlier year as well', () => {
    expect(placed(typed(book(30, 2012), '17', '2021-06-14'))).toEqual(['18:17→2012']);
    expect(placed(typed(typed(book(30, 2012), '17', '2021-06-14'), '4', '2011-01-14'))).toEqual(['5:4→2012', '18:17→2012']);
  });

  it('says nothing of a clean book, nor of a sheet holding several years whose numbers restart at 1', () => {
    expect(placed(book(300))).toEqual([]);
    // One sheet for 2015 and 2016: each year's numbers from 1, the 2016 book short.
    const years = [...book(100, 2015), ...book(10, 2016)].map((entry, index) => ({ ...entry, row: index + 2 }));
    expect(placed(years)).toEqual([]);
    // Two books of similar size: no year holds 80 %.
    const even = [...book(30, 2015), ...book(30, 2016)].map((entry, index) => ({ ...entry, row: index + 2 }));
    expect(placed(even)).toEqual([]);
  });

  it('says nothing of the first days of January written on past the end of the old book', () => {
    const entries = [...book(40), { number: '41', date: '2017-01-03', row: 42 }, { number: '42', date: '2017-01-04', row: 43 }];
    expect(placed(entries)).toEqual([]);
  });

  it('says nothing of a re-registration, of a book too short to judge, nor of a sheet that names its year', () => {
    expect(placed(typed(book(15), '9', '1990-03-05', { reRegistration: true }))).toEqual([]);
    expect(placed(typed(book(4), '2', '2017-01-08'))).toEqual([]);
    // Its book's year known (title, sheet or file name): the row's own check (DATE_YEAR_NOT_BOOK while reading) has said it.
    expect(placed(typed(book(15), '9', '2017-01-05').map((entry) => ({ ...entry, bookYear: '2016' })))).toEqual([]);
  });

  it("places an entry between two of another year's, numbered between them, in a sheet of several years' books", () => {
    // 'KS_ThanhTru_2016-2019.csv': four books numbered from 1; 2019's Số 20 typed 07/10/2016.
    const years = [...book(25, 2016), ...book(25, 2017), ...book(25, 2018), ...book(25, 2019)].map((entry, index) => ({ ...entry, row: index + 2 }));
    const entries = years.map((entry) => (entry.row === 2 + 75 + 19 ? { ...entry, date: '2016-10-07' } : entry));
    expect(placed(entries)).toEqual(['96:20→2019']);
    const positions = entries.map(position);
    const odd = positions.find((one) => one.provenance.row === 96)!;
    const finding = yearNotBookFinding(odd, inferBookYears(positions).get(odd)!);
    expect(messageVi(finding.code, { value: finding.value, ...finding.params })).toBe(
      'Ngày đăng ký 07/10/2016 thuộc năm 2016, nhưng sổ này là sổ năm 2019 (theo dòng liền trên (số 19) và liền dưới (số 21) đều là năm 2019): có thể năm đăng ký bị gõ nhầm.',
    );
    // The first entry of a book (no number before it in the sheet's run), and a re-registration, stay as dated.
    const first = years.map((entry) => (entry.row === 2 + 75 ? { ...entry, date: '2018-12-30' } : entry));
    expect(placed(first)).toEqual([]);
    const again = years.map((entry) => (entry.row === 96 ? { ...entry, date: '2016-10-07', reRegistration: true as const } : entry));
    expect(placed(again)).toEqual([]);
  });

  it("judges each sheet on its own", () => {
    const first = typed(book(15, 2016, 'Sheet1'), '9', '2017-01-05');
    const second = book(3, 2017, 'Sheet2');
    expect(placed([...first, ...second])).toEqual(['10:9→2016']);
  });
});

/** The entries of a book named for `bookYear` that form their own year's book: 'row:number'. */
function ownBooks(entries: Entry[], bookYear = '2016'): string[] {
  const positions = entries.map((entry) => position({ ...entry, bookYear }));
  const own = otherYearBooks(positions);
  return positions.filter((one) => own.has(one)).map((one) => `${one.provenance.row}:${one.number}`);
}

/** `count` entries of `year` numbered from `first`, from sheet row `row`. */
function run(count: number, year: number, first: number, row: number): Entry[] {
  return book(count, year).map((entry, index) => ({ ...entry, number: String(first + index), row: row + index }));
}

describe("otherYearBooks: entries of another year in a book whose year its title, sheet or file name gives", () => {
  it("takes the next year's book typed on below, numbering from 1 again, for a book of its own", () => {
    // 'KS_SonLoi_2016.csv': Số 1–8 of 2016 (rows 2–9), then Số 1–6 of 2017 (rows 10–15).
    expect(ownBooks([...book(8), ...run(6, 2017, 1, 10)])).toEqual(['10:1', '11:2', '12:3', '13:4', '14:5', '15:6']);
  });

  it("takes entries of another year running on past the book's numbers, two or more, for a book of their own", () => {
    // A file of the 2016 book's last part (Số 30–45) going on into 2017's book at Số 1–3: a run of its own.
    expect(ownBooks([...run(16, 2016, 30, 2), ...run(3, 2017, 1, 18)])).toEqual(['18:1', '19:2', '20:3']);
  });

  it("keeps a lone entry of another year for the book's, inside its run or past it", () => {
    expect(ownBooks(typed(book(15), '9', '2017-01-05'))).toEqual([]);
    expect(ownBooks([...book(40), { number: '41', date: '2017-01-03', row: 42 }])).toEqual([]);
  });

  it("keeps for the book an entry filling its missing number between its neighbours' rows, with the next year's book below", () => {
    const entries = [...typed(book(20), '9', '2017-01-05'), ...run(12, 2017, 1, 22)];
    expect(ownBooks(entries)).not.toContain('10:9');
    expect(ownBooks(entries)).toContain('30:9');
  });

  it("keeps for the book two entries of its first days typed with last year's year, and two of its last weeks typed with next year's", () => {
    // The last regression round: '05/01/2015', '12/01/2015' as Số 1–2 of 'SỔ … NĂM 2016'; '19/11/2017', '20/12/2017' as Số 9–10.
    const earlier = typed(typed(book(10), '1', '2015-01-05'), '2', '2015-01-12');
    expect(ownBooks(earlier)).toEqual([]);
    const later = typed(typed(book(10), '9', '2017-11-19'), '10', '2017-12-20');
    expect(ownBooks(later)).toEqual([]);
  });

  it("takes the next year's entries carrying the numbering on below the book, from January, for a book of its own", () => {
    // Số 1–10 of 2016 (to 01/02/2016), then 2017 entries numbered 11–16 from 05/01/2017: the calendar starts again.
    const lateBook = book(10).map((entry, index) => ({ ...entry, date: `2016-12-${String(10 + index).padStart(2, '0')}` }));
    expect(ownBooks([...lateBook, ...run(6, 2017, 11, 12)])).toEqual(['12:11', '13:12', '14:13', '15:14', '16:15', '17:16']);
  });

  it('decides nothing for a book none of whose entries is of its own year', () => {
    expect(ownBooks(book(6, 2017))).toEqual([]);
  });
});
