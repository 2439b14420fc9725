/**
 * What the three book generators share: an entry's kind, the register
 * numbering of a commune (numbers run from 1 through each calendar year,
 * DOMAIN.md §3.3), the registration columns, personal IDs, ISO date helpers,
 * and the queue that puts a duplicate a few rows after its original.
 */
import type { BookPlan } from './book-plan.js';
import { dateCell, textCell, type BenchCell } from './cell-shapes.js';
import type { Random } from './random.js';
import type { EntryTruth, TruthBuilder } from './truth.js';

export type EntryKind = 'original' | 'double' | 'typo' | 'reregistration';

/** One data row of a book: its cells after the STT column, and what it is (for the generation report). */
export interface BookEntry {
  cells: BenchCell[];
  kind: EntryKind;
  /** A birth whose twin is also in the book (counted once per child). */
  twin?: boolean;
  /** What hotich should make of the row (truth.ts); drawn from no randomness. */
  truth: EntryTruth;
}

/** The registration columns every register has, after STT: Số, Quyển số, Ngày đăng ký, Nơi đăng ký. */
export const REGISTRATION_HEADER = ['Số', 'Quyển số', 'Ngày đăng ký', 'Nơi đăng ký'] as const;

export interface Registration {
  number: number;
  date: string;
}

export class RegisterNumbers {
  private readonly next = new Map<number, number>();

  take(year: number): number {
    const number = (this.next.get(year) ?? 0) + 1;
    this.next.set(year, number);
    return number;
  }
}

const UNIT_ABBREVIATION = { xã: 'X.', phường: 'P.', 'thị trấn': 'TT' } as const;

/** The registering office as the book writes it, and as hotich should output it (abbreviations expanded). */
export interface RegistrationPlace {
  typed: string;
  expected: string;
  abbreviated: boolean;
}

/** How the book writes its registering office (one style per book, sometimes abbreviated). */
export function registrationPlace(book: BookPlan, random: Random): RegistrationPlace {
  const { name, unit } = book.commune;
  if (random.chance(0.8)) return { typed: `UBND ${unit} ${name}`, expected: `UBND ${unit} ${name}`, abbreviated: false };
  return { typed: `${UNIT_ABBREVIATION[unit]} ${name}`, expected: `${unit.charAt(0).toUpperCase()}${unit.slice(1)} ${name}`, abbreviated: true };
}

export function registrationCells(random: Random, book: BookPlan, registration: Registration, place: RegistrationPlace, truth: TruthBuilder): BenchCell[] {
  const year = registration.date.slice(0, 4);
  const padded = !random.chance(0.8);
  const dateTruth = truth.field('registration.date', registration.date);
  // 0.3 %: the registration date left blank (a required field: the row is rejected).
  const blankDate = random.chance(0.003);
  if (blankDate) {
    dateTruth.expected = null;
    truth.rejectFor('registration.date');
  }
  const placeTruth = truth.field('registration.place', place.expected, ...(place.abbreviated ? (['place:abbreviation'] as const) : []));
  const cells: BenchCell[] = [
    padded ? String(registration.number).padStart(2, '0') : registration.number,
    `01/${year}`,
    blankDate ? null : dateCell(random, registration.date, dateTruth),
    textCell(random, book.encoding, place.typed, false, placeTruth),
  ];
  truth.field('registration.number', String(registration.number), ...(padded ? (['number:padded'] as const) : []));
  truth.field('registration.book', `01/${year}`);
  truth.derived('registration.communeCode', book.commune.code, placeTruth);
  return cells;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export const isoDate = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

/** `iso` plus `days` (UTC calendar). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A 12-digit personal ID (DOMAIN.md §2.1): 026 (Vĩnh Phúc), the century and
 * sex digit, the birth year's last two digits, six random digits.
 */
export function personalId(random: Random, sex: 'male' | 'female', birthYear: number): string {
  const century = (birthYear >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
  return `026${century}${pad(birthYear % 100)}${pad(random.between(0, 999_999), 6)}`;
}

/** A 9-digit CMND of the kind Vĩnh Phúc police issued (format only: it carries no meaning). */
export function legacyCmnd(random: Random): string {
  return `13${pad(random.between(0, 9_999_999), 7)}`;
}

/** Duplicates waiting to be typed a few rows after their original. */
export class DuplicateQueue {
  private readonly waiting: { due: number; entry: () => BookEntry }[] = [];

  add(due: number, entry: () => BookEntry): void {
    this.waiting.push({ due, entry });
  }

  get size(): number {
    return this.waiting.length;
  }

  /** The first duplicate due at row `row` (any, when `rowsLeft` leaves no room to wait), if any. */
  takeDue(row: number, rowsLeft = Infinity): BookEntry | null {
    const index = rowsLeft <= this.waiting.length ? 0 : this.waiting.findIndex((item) => item.due <= row);
    if (index < 0) return null;
    const [item] = this.waiting.splice(index, 1);
    return item ? item.entry() : null;
  }
}

/** Entries of a book: originals from `originals`, duplicates queued by them, exactly `rows` in all. */
export function* bookEntries(rows: number, queue: DuplicateQueue, originals: () => Iterable<BookEntry>): Generator<BookEntry> {
  let row = 0;
  while (row < rows) {
    for (const entry of originals()) {
      const due = queue.takeDue(row, rows - row);
      if (due) {
        yield due;
        if (++row >= rows) return;
      }
      yield entry;
      if (++row >= rows) return;
    }
  }
}
