import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateVi } from '../normalize/date/date-vi.js';
import type { RegisterPosition } from './register-numbers.js';

/** Fewer entries of a year are no book to judge the sheet by. */
const MIN_BOOK_ENTRIES = 5;
/** The share of a sheet's dated, numbered entries the book's year must hold (one odd entry in five). */
const MIN_SHARE = 0.8;
const WHOLE_NUMBER = /^\d{1,7}$/;

/** The year a sheet's entries give their book, and how many of them do. */
export interface InferredBook {
  year: string;
  entries: number;
  ofEntries: number;
}

/**
 * The book's year of entries typed with another year, in sheets whose title, book number, sheet and
 * file names give none (a CSV 'Sổ khai sinh.csv', a sheet 'Sheet1'): a book holds one calendar year
 * (DOMAIN.md §3.3), so when nearly all of a sheet's numbered entries share one year — at least 5 and
 * 80 % — an entry of another year whose number that year's run lacks, inside the run ('05/01/2017' as
 * Số 9 between Số 8 and 10 of January 2016), is the book's with its year mistyped. Not a year whose
 * numbers the book's year also carries (a sheet holding a second book, numbering from 1 again), nor
 * an entry numbered past the run (the first days of January written in the old book), nor a
 * re-registration (its date may be the first registration's). Returns each such position's book.
 */
export function inferBookYears(positions: Iterable<RegisterPosition>): Map<RegisterPosition, InferredBook> {
  const sheets = new Map<string, RegisterPosition[]>();
  for (const position of positions) {
    if (position.bookYear !== null || position.year === null || position.number === null || !WHOLE_NUMBER.test(position.number)) continue;
    const key = `${position.provenance.file}\u0000${position.provenance.sheet}`;
    const entries = sheets.get(key);
    if (entries === undefined) sheets.set(key, [position]);
    else entries.push(position);
  }
  const inferred = new Map<RegisterPosition, InferredBook>();
  for (const entries of sheets.values()) {
    const byYear = new Map<string, Set<number>>();
    for (const { year, number } of entries) {
      const numbers = byYear.get(year!) ?? new Set<number>();
      if (numbers.size === 0) byYear.set(year!, numbers);
      numbers.add(Number(number));
    }
    if (byYear.size < 2) continue;
    const [bookYear, bookNumbers] = [...byYear].reduce((best, next) => (next[1].size > best[1].size ? next : best));
    const count = entries.filter(({ year }) => year === bookYear).length;
    if (bookNumbers.size < MIN_BOOK_ENTRIES || count < MIN_SHARE * entries.length) continue;
    const lowest = Math.min(...bookNumbers);
    const highest = Math.max(...bookNumbers);
    // A year that repeats a number of the book's is another book of the sheet: none of its entries is a typo.
    const otherBooks = new Set([...byYear].filter(([year, numbers]) => year !== bookYear && [...numbers].some((number) => bookNumbers.has(number))).map(([year]) => year));
    const book: InferredBook = { year: bookYear, entries: count, ofEntries: entries.length };
    for (const position of entries) {
      if (position.year === bookYear || otherBooks.has(position.year!) || position.reRegistration) continue;
      const number = Number(position.number);
      if (number > lowest && number < highest) inferred.set(position, book);
    }
  }
  return inferred;
}

/** DATE_YEAR_NOT_BOOK for an entry whose book's year its neighbours gave (inferBookYears). */
export function yearNotBookFinding(position: RegisterPosition, book: InferredBook): BoundFinding {
  const source = `các dòng khác của sổ: ${book.entries} trên ${book.ofEntries} dòng có số là năm ${book.year}`;
  return {
    code: 'DATE_YEAR_NOT_BOOK',
    field: 'registration.date',
    ...(position.dateColumn === null ? {} : { column: position.dateColumn }),
    value: dateVi(position.date!),
    normalized: position.date!,
    params: { date: dateVi(position.date!), year: book.year, dateYear: position.year!, source },
  };
}
