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
  /** Placed by the rows right above and below it (sandwiched), numbered one less and one more. */
  between?: true;
}

/**
 * The book's year of entries typed with another year, in sheets whose title, book number, sheet and
 * file names give none (a CSV 'Sổ khai sinh.csv', a sheet 'Sheet1'): a book holds one calendar year
 * (DOMAIN.md §3.3), so when nearly all of a sheet's numbered entries share one year — at least 5 and
 * 80 % — an entry of another year whose number that year's run lacks, inside the run ('05/01/2017' as
 * Số 9 between Số 8 and 10 of January 2016), is the book's with its year mistyped. Not a year whose
 * numbers the book's year also carries (a sheet holding a second book, numbering from 1 again), nor
 * an entry numbered past the run (the first days of January written in the old book), nor a
 * re-registration (its date may be the first registration's). A sheet of several years' books, none
 * holding 80 %, places only an entry sandwiched between two of one book's (sandwiched). Returns each
 * such position's book.
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
    if (bookNumbers.size < MIN_BOOK_ENTRIES || count < MIN_SHARE * entries.length) {
      // Several years' books in one sheet: an entry between two of one book's, numbered between them, is that book's.
      for (const [position, year] of sandwiched(entries)) {
        const numbers = byYear.get(year)!.size;
        if (numbers >= MIN_BOOK_ENTRIES) inferred.set(position, { year, entries: numbers, ofEntries: entries.length, between: true });
      }
      continue;
    }
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

/**
 * In a sheet holding several years' books (each numbered from 1), the entries dated in another year than
 * the rows right above and below them, which carry one year and the numbers just before and after the
 * entry's (Số 19 and 21 of 2019 around a Số 20 dated 2016): their book is their neighbours', the year
 * mistyped. A re-registration keeps its date (it may be the first registration's).
 */
function sandwiched(entries: readonly RegisterPosition[]): Map<RegisterPosition, string> {
  const found = new Map<RegisterPosition, string>();
  const inRows = [...entries].sort((a, b) => a.provenance.row - b.provenance.row);
  for (let index = 1; index + 1 < inRows.length; index++) {
    const [above, entry, below] = [inRows[index - 1]!, inRows[index]!, inRows[index + 1]!];
    if (entry.reRegistration || entry.year === above.year || above.year !== below.year) continue;
    const number = Number(entry.number);
    if (Number(above.number) === number - 1 && Number(below.number) === number + 1) found.set(entry, above.year!);
  }
  return found;
}

/** DATE_YEAR_NOT_BOOK for an entry whose book's year its neighbours gave (inferBookYears). */
export function yearNotBookFinding(position: RegisterPosition, book: InferredBook): BoundFinding {
  const number = Number(position.number);
  const source = book.between
    ? `dòng liền trên (số ${number - 1}) và liền dưới (số ${number + 1}) đều là năm ${book.year}`
    : `các dòng khác của sổ: ${book.entries} trên ${book.ofEntries} dòng có số là năm ${book.year}`;
  return {
    code: 'DATE_YEAR_NOT_BOOK',
    field: 'registration.date',
    ...(position.dateColumn === null ? {} : { column: position.dateColumn }),
    value: dateVi(position.date!),
    normalized: position.date!,
    params: { date: dateVi(position.date!), year: book.year, dateYear: position.year!, source },
  };
}

/**
 * The entries of a book whose year is known (title, book number, sheet or file name: position.bookYear)
 * that are dated in another year forming a book of its own, for the rows' DATE_YEAR_NOT_BOOK to be
 * dropped and their numbers filed under their own year. A file or sheet named for one year often runs
 * on into the next year's book ('KS_SonLoi_2016.csv': Số 1–8 of 2016, then Số 1–6 of 2017), whose
 * numbers restart with the year (DOMAIN.md §3.3). So, as inferBookYears has it, another year is
 * another book when one of its numbers repeats one of the book's year, or when two or more of its
 * entries all lie outside the book's run of numbers (a run of their own) — except an entry filling a
 * number the book lacks between its neighbours' rows; a lone entry of another year, or one inside
 * the book's run filling a number it lacks, stays a typo (or a January entry
 * written in the old book) to be warned of. Nothing is decided for a book none of whose entries is
 * dated in its own year.
 */
export function otherYearBooks(positions: Iterable<RegisterPosition>): Set<RegisterPosition> {
  const books = new Map<string, RegisterPosition[]>();
  for (const position of positions) {
    if (position.bookYear === null || position.year === null) continue;
    const key = `${position.provenance.file}\u0000${position.provenance.sheet}\u0000${position.bookYear}`;
    const entries = books.get(key);
    if (entries === undefined) books.set(key, [position]);
    else entries.push(position);
  }
  const ownBooks = new Set<RegisterPosition>();
  for (const entries of books.values()) {
    // The common case, every entry dated in its book's year, costs one pass.
    if (entries.every(({ year, bookYear }) => year === bookYear)) continue;
    const byYear = new Map<string, Set<number>>();
    for (const { year, number } of entries) {
      let numbers = byYear.get(year!);
      if (numbers === undefined) byYear.set(year!, (numbers = new Set<number>()));
      if (number !== null && WHOLE_NUMBER.test(number)) numbers.add(Number(number));
    }
    const bookNumbers = byYear.get(entries[0]!.bookYear!);
    if (bookNumbers === undefined || bookNumbers.size === 0) continue;
    const bookYear = entries[0]!.bookYear!;
    const lowest = Math.min(...bookNumbers);
    const highest = Math.max(...bookNumbers);
    const own = entries.filter(({ year }) => year === bookYear);
    const lastRow = Math.max(...own.map(({ provenance }) => provenance.row));
    const lastDay = own.reduce((latest, { date }) => (date !== null && date.length === 10 && date.slice(5) > latest ? date.slice(5) : latest), '');
    const others = new Set<string>();
    for (const [year, numbers] of byYear) {
      if (year === bookYear) continue;
      const repeats = [...numbers].some((number) => bookNumbers.has(number));
      if (repeats || (year > bookYear && numbers.size >= 2 && runsOnAfter(entries, year, lowest, highest, lastRow, lastDay))) others.add(year);
    }
    if (others.size === 0) continue;
    const rowOf = new Map<number, number>();
    for (const { year, number, provenance } of entries) if (year === entries[0]!.bookYear && number !== null && WHOLE_NUMBER.test(number)) rowOf.set(Number(number), provenance.row);
    for (const position of entries) {
      if (!others.has(position.year!)) continue;
      // A number the book lacks, typed between its neighbours' rows: the book's entry with its year mistyped.
      if (position.number !== null && WHOLE_NUMBER.test(position.number) && betweenNeighbours(Number(position.number), position.provenance.row, rowOf)) continue;
      ownBooks.add(position);
    }
  }
  return ownBooks;
}

/**
 * Whether a later year's entries, every one below the book's last row, are the next book: numbered afresh
 * below the book's numbers (Số 1–3 after 2016's 30–45), or carrying its numbering on, the first of them then
 * earlier in the calendar than the book's last day ('05/01/2017' after '28/12/2016'). Entries of the book's
 * last weeks typed with the next year ('19/11/2017' after '30/10/2016') keep the calendar's order: they are
 * the book's, their year mistyped; so are entries of an earlier year, or typed above the book's last row.
 */
function runsOnAfter(entries: readonly RegisterPosition[], year: string, lowest: number, highest: number, lastRow: number, lastDay: string): boolean {
  const run = entries.filter((entry) => entry.year === year);
  const numbers = run.map(({ number }) => (number !== null && WHOLE_NUMBER.test(number) ? Number(number) : NaN));
  if (!run.every(({ provenance }) => provenance.row > lastRow) || numbers.some(Number.isNaN)) return false;
  if (numbers.every((number) => number < lowest)) return true;
  if (!numbers.every((number) => number > highest)) return false;
  const first = run.reduce<RegisterPosition | undefined>((earliest, entry) => (earliest === undefined || entry.provenance.row < earliest.provenance.row ? entry : earliest), undefined);
  const firstDay = first?.date !== null && first?.date.length === 10 ? first.date.slice(5) : '';
  return firstDay === '' || lastDay === '' || firstDay < lastDay;
}

/** Whether a number a book lacks sits in the sheet between the rows of the book's next lower and next higher numbers. */
function betweenNeighbours(number: number, row: number, rowOf: ReadonlyMap<number, number>): boolean {
  if (rowOf.has(number)) return false;
  let below: number | undefined;
  let above: number | undefined;
  for (const [other, otherRow] of rowOf) {
    if (other < number && (below === undefined || other > below)) below = other;
    if (other > number && (above === undefined || other < above)) above = other;
  }
  if (below === undefined || above === undefined) return false;
  const low = Math.min(rowOf.get(below)!, rowOf.get(above)!);
  const high = Math.max(rowOf.get(below)!, rowOf.get(above)!);
  return row > low && row < high;
}
