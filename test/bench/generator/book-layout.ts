/**
 * The lines of one book as the commune typed it: title rows, maybe a blank
 * row, the header, maybe the '(1) (2) …' numbering row, the entries (STT
 * first), maybe a signature footer with the signers' names under it.
 */
import type { RecordTypeName } from '../../../src/record-types/record-type.js';
import type { BookPlan } from './book-plan.js';
import { BIRTH_HEADER, birthEntries } from './births.js';
import { textCell, type BenchCell, type BookEncoding } from './cell-shapes.js';
import { DEATH_HEADER, deathEntries } from './deaths.js';
import { MARRIAGE_HEADER, marriageEntries } from './marriages.js';
import { encodeLegacy, LEGACY_FONTS } from './legacy-encode.js';
import { fullName, randomName } from './names.js';
import { createRandom } from './random.js';
import type { BookEntry } from './register-entry.js';

/** The record types in one visible list: header and entry generator of each. */
export const BOOK_TYPES: Readonly<Record<RecordTypeName, { header: readonly string[]; title: string; entries: (book: BookPlan) => Generator<BookEntry> }>> = {
  birth: { header: BIRTH_HEADER, title: 'SỔ ĐĂNG KÝ KHAI SINH', entries: birthEntries },
  marriage: { header: MARRIAGE_HEADER, title: 'SỔ ĐĂNG KÝ KẾT HÔN', entries: marriageEntries },
  death: { header: DEATH_HEADER, title: 'SỔ ĐĂNG KÝ KHAI TỬ', entries: deathEntries },
};

export interface BookLine {
  cells: BenchCell[];
  /** A title: one cell, merged across the header's width in the workbook. */
  title?: boolean;
  /** A data row, and what it is. */
  entry?: BookEntry;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A plain text cell (sex, a date in words) as the book's keyboard typed it; other cells as they are. */
function typedAs(encoding: BookEncoding, cell: BenchCell): BenchCell {
  if (typeof cell !== 'string' || !NON_ASCII.test(cell)) return cell;
  if (encoding === 'nfd') return cell.normalize('NFD');
  if (encoding === 'tcvn3' || encoding === 'vni') return { text: encodeLegacy(cell, encoding), font: LEGACY_FONTS[encoding].data };
  return cell;
}

export function* bookLines(book: BookPlan): Generator<BookLine> {
  const type = BOOK_TYPES[book.type];
  // Layout draws come from their own stream so they never shift the entries'.
  const random = createRandom(book.seed ^ 0x2545f491);
  const heading = (text: string): BenchCell => textCell(random, book.encoding, text, true);
  const office = `UỶ BAN NHÂN DÂN ${book.commune.unit.toUpperCase()} ${book.commune.name.toUpperCase()}`;
  const titles = [[office, type.title], [type.title], [office, type.title, 'Quyển số: 01']][book.layout.titleRows === 1 ? 1 : book.layout.titleRows === 2 ? 0 : 2] as string[];
  for (const title of titles) yield { cells: [heading(title)], title: true };
  if (book.layout.blankBeforeHeader) yield { cells: [] };
  yield { cells: type.header.map(heading) };
  if (book.layout.numberingRow) yield { cells: type.header.map((_, index) => `(${index + 1})`) };
  let stt = 0;
  for (const entry of type.entries(book)) yield { cells: [++stt, ...entry.cells.map((cell) => typedAs(book.encoding, cell))], entry };
  if (book.layout.footer) {
    const width = type.header.length;
    const footer = (left: string, right: string): BenchCell[] => {
      const cells: BenchCell[] = new Array(width).fill(null);
      cells[5] = textCell(random, book.encoding, left);
      cells[width - 3] = textCell(random, book.encoding, right);
      return cells;
    };
    yield { cells: [] };
    yield { cells: footer('Người lập biểu', `Chủ tịch UBND ${book.commune.unit} ${book.commune.name}`) };
    yield { cells: footer(fullName(randomName(random, 'female')), fullName(randomName(random, 'male'))) };
  }
}
