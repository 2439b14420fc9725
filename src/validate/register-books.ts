import type { Provenance } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { communeOfKey, earlierRow, type RegisterPosition, type RegisterSource } from './register-numbers.js';

/**
 * What became of a row with a register number: kept in the batch, merged away as a copy of
 * a kept one, rejected, or rejected as an entry the book itself cancelled (ENTRY_CANCELLED).
 */
export type EntryFate = 'kept' | 'merged' | 'rejected' | 'cancelled' | 'unused';

interface BookEntry {
  number: number;
  /** '' for the number's own line; 'a', 'b', 'bis'… for an entry inserted after it ('7a', '15 bis'), in that order. */
  insertion: string;
  /** Registration date (ISO, any precision) or null. */
  date: string | null;
  /** The registration date's year, or null. */
  dateYear: string | null;
  numberColumn: string | null;
  fate: EntryFate;
  provenance: Provenance;
  /** The kept record's id (warnings are added to it). */
  id: string | null;
  communeCode: string | null;
}

/** A book-level finding: listed for its file and sheet, without a row (like SHEET_NO_HEADER). */
export interface BookFinding {
  code: string;
  file: string;
  sheet: string;
  params: Record<string, string | number>;
}

/** A warning for a kept record. */
export interface EntryFinding {
  id: string;
  provenance: Provenance;
  communeCode: string | null;
  finding: BoundFinding;
}

/** Fewer numbered entries in a sheet's year are fragments (rows typed with another year), not a book. */
const MIN_BOOK_ENTRIES = 5;
const NUMBER = /^\d{1,7}$/;
/** '47/2005' kept as typed (its year is not the registration's): line 47 of some book, so it fills 47. */
/** A cancelled line's number with its mark typed after it ('22 (hủy)', '22 - Hủy': ENTRY_CANCELLED): its number is 22. */
const CANCEL_MARKED_NUMBER = /^(\d{1,7})[\s(\-–,:.]+\p{L}/u;
const NUMBER_WITH_YEAR = /^(\d{1,7})\s*\/\s*\d{2,4}$/;
/**
 * '5/KS', '12-KT', '5/ĐKL', '12/TP', '5 (ĐKL)', '5 ĐKL': the number with a mark of its register or of the
 * entry (đăng ký lại, the register's initials), kept as typed: line 5 of the sheet's book.
 */
const NUMBER_WITH_MARK = /^(\d{1,7})(?:\s*(?:[/\-–]\s*\(?|\()\s*\p{L}[\p{L}.]{0,7}\s*\)?|\s+\p{Lu}[\p{Lu}.]{1,5})$/u;
/** '7a', '7 b', '15 bis', '15ter', '14 (bis)': an entry inserted after line 7 (or 15) of the book, which fills that number's place. */
const INSERTED_NUMBER = /^(\d{1,7})\s*\(?\s*([a-e]|bis|ter)\s*\)?$/iu;
const FULL_DATE_LENGTH = 10;

interface BookSheet {
  file: string;
  sheet: string;
  byYear: Map<string | null, BookEntry[]>;
  /** Sheet rows of entries without a number (their Số left blank). */
  unnumberedRows: number[];
  /** Numbers the sheet marks unused ('24 | Bỏ trống') by book year (null: the sheet names none): lines of the book, holding no entry. */
  unusedEntries: Map<string | null, BookEntry[]>;
}

/** Several numbers spoilt together ('8, 9, 10', '8-10', '8 đến 10'), and the longest run of them read as a range. */
const NUMBER_LIST_PART = /(\d+)(?:\/\d{2,4})?\s*([,;&+–-]|đến|và)?\s*/gu;
const MAX_UNUSED_RANGE = 50;

/** The numbers an unused line types in 'Số' (unused-line.ts UNUSED_NUMBERS): one, a list, or a range. */
export function unusedNumbers(text: string): string[] {
  const numbers: string[] = [];
  let rangeFrom: number | null = null;
  for (const [, digits, separator] of text.matchAll(NUMBER_LIST_PART)) {
    const number = Number(digits);
    if (rangeFrom !== null && number > rangeFrom && number - rangeFrom <= MAX_UNUSED_RANGE) for (let between = rangeFrom + 1; between < number; between++) numbers.push(String(between));
    numbers.push(String(number));
    rangeFrom = separator === '-' || separator === '–' || separator === 'đến' ? number : null;
  }
  return numbers;
}

/** The register positions of a line marked unused: its number(s) in its sheet's book (no date: the sheet's book year, if any). */
export function unusedLinePositions(number: string, register: RegisterSource, provenance: Provenance): RegisterPosition[] {
  const bookYear = register.bookYear ?? register.fileYear;
  return unusedNumbers(number).map((one) => ({
    key: null,
    year: null,
    bookYear: bookYear === null ? null : String(bookYear),
    number: one,
    date: null,
    provenance,
    numberColumn: register.numberColumn,
    dateColumn: register.dateColumn,
  }));
}

/**
 * The numbering of each book: a sheet (one file's sheet, or a CSV) and a year — the book's
 * (position.bookYear: title, book number, sheet or file name, or as its entries show it), else
 * the registration date's — since numbers run from 1 through a calendar year (DOMAIN.md §3.3).
 * Every row with a whole number counts — rows kept, merged away, rejected — as each is a line
 * of the book; a row whose year is unknown, whose number names another year ('47/2005'), or of
 * a year too thin to be a book in that sheet, only fills numbers of the sheet's books (it
 * cannot open a gap). A row without a number fills a gap it sits in.
 */
export class RegisterBooks {
  private readonly sheets = new Map<string, BookSheet>();

  add(position: RegisterPosition, fate: EntryFate, id: string | null = null): void {
    const { provenance } = position;
    const sheetKey = `${provenance.file}\u0000${provenance.sheet}`;
    let sheet = this.sheets.get(sheetKey);
    if (sheet === undefined) {
      sheet = { file: provenance.file, sheet: provenance.sheet, byYear: new Map(), unnumberedRows: [], unusedEntries: new Map() };
      this.sheets.set(sheetKey, sheet);
    }
    if (position.number === null) {
      // A cancelled line holds no entry the number was left off.
      if (fate !== 'cancelled') sheet.unnumberedRows.push(provenance.row);
      return;
    }
    let number: number;
    let insertion = '';
    let year = position.bookYear ?? position.year;
    const cancelMarked = fate === 'cancelled' ? CANCEL_MARKED_NUMBER.exec(position.number) : null;
    const marked = NUMBER_WITH_MARK.exec(position.number);
    const inserted = INSERTED_NUMBER.exec(position.number);
    if (NUMBER.test(position.number)) number = Number(position.number);
    else if (cancelMarked !== null) number = Number(cancelMarked[1]);
    else if (inserted !== null) [number, insertion] = [Number(inserted[1]), inserted[2]!.toLowerCase()];
    else if (marked !== null) number = Number(marked[1]);
    else {
      const withYear = NUMBER_WITH_YEAR.exec(position.number);
      // 'Hủy' typed over the number of a cancelled line: the line stands for the number between its neighbours.
      if (withYear === null && fate === 'cancelled' && !/\d/.test(position.number)) sheet.unnumberedRows.push(provenance.row);
      if (withYear === null) return;
      number = Number(withYear[1]);
      year = null;
    }
    const communeCode = communeOfKey(position.key);
    // A line marked unused fills its number, but is no entry of the book: it neither makes a book nor opens a gap.
    const byYear = fate === 'unused' ? sheet.unusedEntries : sheet.byYear;
    const entries = byYear.get(year) ?? [];
    if (entries.length === 0) byYear.set(year, entries);
    entries.push({ number, insertion, date: position.date, dateYear: position.year, numberColumn: position.numberColumn, fate, provenance, id, communeCode });
  }

  /**
   * REGISTER_NUMBER_GAP: numbers missing inside a book's run ('17–19' between 16 and 20),
   * one finding per gap. Only for a book whose numbers are otherwise continuous — a few
   * gaps (at most 3, or one per 20 numbers), and only gaps shorter than the book (a jump
   * to a mistyped '570' is no lost page). Numbers before the first one typed are not
   * asked for: a typed book may start where an earlier one ended. Nor numbers the rows
   * between their neighbours' stand for with their Số left blank (as many rows as numbers):
   * the lines are there, unnumbered.
   */
  gaps(): BookFinding[] {
    const findings: BookFinding[] = [];
    for (const { file, sheet, byYear, unnumberedRows, unusedEntries } of this.sheets.values()) {
      const books = [...byYear].filter(([year, entries]) => year !== null && distinctNumbers(entries).size >= MIN_BOOK_ENTRIES);
      const fillers = [...byYear].filter(([year, entries]) => year === null || distinctNumbers(entries).size < MIN_BOOK_ENTRIES).flatMap(([, entries]) => entries);
      // An unused line of another year's book (its sheet names the year) fills none of this one's.
      const unusedIn = (year: string | null): BookEntry[] => [...(unusedEntries.get(null) ?? []), ...(year === null ? [] : (unusedEntries.get(year) ?? []))];
      for (const [year, entries] of books) {
        const own = distinctNumbers(entries);
        const first = new Map<number, Provenance>();
        for (const entry of [...entries, ...fillers, ...unusedIn(year)]) if (!first.has(entry.number)) first.set(entry.number, entry.provenance);
        const numbers = [...own.keys()].sort((a, b) => a - b);
        const lowest = numbers[0]!;
        const highest = numbers[numbers.length - 1]!;
        const present = [...first.keys()].filter((number) => number >= lowest && number <= highest).sort((a, b) => a - b);
        const runs: [number, number][] = [];
        for (let index = 1; index < present.length; index++) {
          const before = present[index - 1]!;
          const after = present[index]!;
          if (after - before > 1) runs.push([before, after]);
        }
        if (runs.length === 0 || runs.length > Math.max(3, Math.floor(own.size / 20))) continue;
        for (const [before, after] of runs) {
          const count = after - before - 1;
          if (count > own.size) continue;
          if (unnumberedRows.length > 0 && rowsBetween(unnumberedRows, first.get(before)!.row, first.get(after)!.row) >= count) continue;
          const missing = count === 1 ? String(before + 1) : `${before + 1}–${after - 1}`;
          findings.push({
            code: 'REGISTER_NUMBER_GAP',
            file,
            sheet,
            params: { year: year!, missing, count, before, beforeRow: `dòng ${first.get(before)!.row}`, after, afterRow: `dòng ${first.get(after)!.row}` },
          });
        }
      }
    }
    return findings;
  }

  /**
   * REGISTER_NUMBER_OUT_OF_ORDER: a book numbers its entries in the order they are
   * registered, so a higher number never has an earlier registration date. Among the kept
   * entries of a book with a full date and a number no other entry of the book has (a
   * repeated number — a second book restarting at 1 — is REGISTER_NUMBER_REPEATED's), the
   * longest run whose dates never go back is taken as right and each entry outside it is
   * warned of, naming an entry it contradicts. Row order plays no part, so a book typed
   * in another order (by name, by number) is judged the same. A book where more than one
   * entry in ten is out of order is not numbered by date at all: nothing is said.
   */
  outOfOrder(): EntryFinding[] {
    const findings: EntryFinding[] = [];
    for (const { byYear } of this.sheets.values()) {
      for (const [year, entries] of byYear) {
        if (year === null) continue;
        const holders = new Map<string, number>();
        for (const entry of entries) if (entry.fate === 'kept' || entry.fate === 'rejected') holders.set(lineOf(entry), (holders.get(lineOf(entry)) ?? 0) + 1);
        const checked = entries
          // An entry dated in another year than its book's is DATE_YEAR_NOT_BOOK's: its date says nothing of the order.
          .filter((entry) => entry.fate === 'kept' && entry.id !== null && entry.date?.length === FULL_DATE_LENGTH && entry.dateYear === year && holders.get(lineOf(entry)) === 1)
          // '7a' is registered after 7 and before 8.
          .sort((a, b) => a.number - b.number || (a.insertion < b.insertion ? -1 : a.insertion > b.insertion ? 1 : 0));
        if (checked.length < MIN_BOOK_ENTRIES) continue;
        const inOrder = longestDateRun(checked);
        const outside = checked.length - inOrder.size;
        if (outside === 0 || outside > Math.max(1, Math.floor(checked.length / 10))) continue;
        checked.forEach((entry, index) => {
          if (inOrder.has(index)) return;
          const witness = contradicted(checked, inOrder, index);
          findings.push({ id: entry.id!, provenance: entry.provenance, communeCode: entry.communeCode, finding: outOfOrderFinding(entry, witness) });
        });
      }
    }
    return findings;
  }
}

/** The book line an entry holds: '7', or '7a' for one inserted after 7. */
function lineOf(entry: BookEntry): string {
  return `${entry.number}${entry.insertion}`;
}

/** How many of the rows lie strictly between two rows (in either order). */
function rowsBetween(rows: readonly number[], one: number, other: number): number {
  const low = Math.min(one, other);
  const high = Math.max(one, other);
  let count = 0;
  for (const row of rows) if (row > low && row < high) count++;
  return count;
}

function distinctNumbers(entries: readonly BookEntry[]): Map<number, BookEntry> {
  const numbers = new Map<number, BookEntry>();
  for (const entry of entries) if (!numbers.has(entry.number)) numbers.set(entry.number, entry);
  return numbers;
}

/** Indexes of a longest subsequence of `entries` (sorted by number) whose dates never decrease. */
function longestDateRun(entries: readonly BookEntry[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  entries.forEach((entry, index) => {
    const date = entry.date!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (entries[tails[middle]!]!.date! <= date) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const run = new Set<number>();
  for (let index = tails.length > 0 ? tails[tails.length - 1]! : -1; index >= 0; index = previous[index]!) run.add(index);
  return run;
}

/**
 * An entry of the run that the entry at `index` contradicts: the nearest lower number
 * registered after it, else the nearest higher number registered before it (one of the
 * two exists, or the entry would lengthen the run).
 */
function contradicted(entries: readonly BookEntry[], run: ReadonlySet<number>, index: number): BookEntry {
  const date = entries[index]!.date!;
  for (let lower = index - 1; lower >= 0; lower--) {
    if (!run.has(lower)) continue;
    if (entries[lower]!.date! > date) return entries[lower]!;
    break;
  }
  for (let higher = index + 1; higher < entries.length; higher++) {
    if (run.has(higher)) return entries[higher]!;
  }
  throw new Error('contradicted: the entry is consistent with the run');
}

function outOfOrderFinding(entry: BookEntry, witness: BookEntry): BoundFinding {
  return {
    code: 'REGISTER_NUMBER_OUT_OF_ORDER',
    field: 'registration.number',
    ...(entry.numberColumn === null ? {} : { column: entry.numberColumn }),
    value: lineOf(entry),
    params: {
      date: dateVi(entry.date!),
      other: witness.insertion === '' ? witness.number : lineOf(witness),
      otherRow: earlierRow(witness.provenance, entry.provenance),
      relation: witness.number < entry.number ? 'nhỏ hơn nhưng đăng ký sau' : 'lớn hơn nhưng đăng ký trước',
      otherDate: dateVi(witness.date!),
    },
  };
}
