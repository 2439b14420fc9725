import { BOOK_YEAR, communeTitle, FILE_YEAR, titleDefaults, yearsNamed, type TitleDefaultsOptions } from '../ingest/title-defaults.js';
import type { SheetRow } from '../ingest/sheet-source.js';
import type { SourceCell } from '../ingest/source-cell.js';
import { foldName } from '../normalize/place/fold.js';
import { isReRegistration, reRegistrationKindOf } from '../normalize/text/re-registration.js';
import { datePartKey } from '../record-types/date-parts.js';
import { planSheet, type SheetPlan } from './sheet-plan.js';

/**
 * The plan for the rows below a title line: a second book typed on in the same
 * sheet ('Quyển số: 01/1999' over the header printed again) gives its number to
 * the rows after it, and its year: the year the sheet gave was the first book's.
 */
function withNextBook(plan: SheetPlan, row: SheetRow): SheetPlan {
  if (!row.cells.some((cell) => cell !== undefined && /quy/i.test(cell.text))) return plan;
  const next = titleDefaults([row]);
  const book = next.get('registration.book');
  if (book === undefined || book.text === plan.defaults.get('registration.book')?.text) return plan;
  const defaults = new Map([...plan.defaults, ['registration.book', book]]);
  const year = next.get(BOOK_YEAR);
  if (year === undefined) defaults.delete(BOOK_YEAR);
  else defaults.set(BOOK_YEAR, year);
  return planSheet(plan.header, defaults);
}

/** A book's name opening a cell: 'SỔ ĐĂNG KÝ KHAI SINH NĂM 2017' ('Số', the number, is no book). */
const BOOK_NAME = /^\s*sổ /iu;

/**
 * The plan for the rows below a book's title naming its year ('SỔ ĐĂNG KÝ KHAI SINH NĂM 2017' over
 * the header printed again, after the 2016 entries): the next year's book typed on in the same
 * sheet, whose year its rows take (a book holds one calendar year, DOMAIN.md §3.3). A book number
 * of the book above naming another year goes with it.
 */
function withNextYear(plan: SheetPlan, row: SheetRow): SheetPlan {
  if (!row.cells.some((cell) => cell !== undefined && BOOK_NAME.test(cell.text)) && !isYearHeading(row)) return plan;
  const year = titleDefaults([row]).get(BOOK_YEAR);
  if (typeof year?.value !== 'number' || year.value === plan.defaults.get(BOOK_YEAR)?.value) return plan;
  const defaults = new Map(plan.defaults);
  defaults.set(BOOK_YEAR, year);
  const book = defaults.get('registration.book');
  if (book !== undefined && !yearsNamed(book.text).every((named) => named === year.value)) defaults.delete('registration.book');
  return planSheet(plan.header, defaults);
}

/** A year's heading alone on its line: 'Năm 1999', 'NĂM: 2000'. */
const YEAR_HEADING = /^\s*n[aă]m\s*:?\s*(?:19|20)\d\d\s*[.:]?\s*$/iu;

/**
 * A line that only heads a year ('Năm 1999' over the 1999 entries of a sheet that holds several
 * years under one header): the next year's book, as its title line 'SỔ ĐĂNG KÝ KHAI SINH NĂM 1999' would be.
 */
function isYearHeading(row: SheetRow): boolean {
  const filled = row.cells.filter((cell) => cell !== undefined && cell.text.trim() !== '');
  return filled.length === 1 && YEAR_HEADING.test(filled[0]!.text.normalize('NFC'));
}

/** The defaults a book's title lines give: the commune, the book number, the book's year. */
const BOOK_TITLE_KEYS = ['registration.place', 'registration.book', BOOK_YEAR] as const;

/**
 * Title lines below the first book of a sheet. Another commune's book stacked
 * under the first ('UBND XÃ SƠN LÔI' / 'SỔ ĐĂNG KÝ KHAI SINH NĂM 2015' / the
 * header again) gives the rows below it its commune, and only its own book
 * number and year: those of the book above were the other commune's. Only a
 * commune title line (communeTitle) opens such a book; a village line or a
 * section title does not, and the same commune's title printed again on each
 * page changes nothing. The lines after it up to the next entry are its title.
 */
export class NextBook {
  /** The title lines of a book of another commune opened lower in the sheet, while no entry has followed them. */
  private lines: SheetRow[] = [];
  private lastRow = -1;
  /** A year's heading line ('Năm 1999') no entry has followed yet: whether it opens that year's book is told by the entry below it. */
  private heading: SheetRow | undefined;
  /** The book year a heading line gave the rows below it: a later heading may replace it, as a title's may not be. */
  private headingYear: SourceCell | undefined;

  constructor(private readonly options: TitleDefaultsOptions) {}

  /** The plan for the rows below a row that is no entry. */
  plan(plan: SheetPlan, row: SheetRow): SheetPlan {
    // An entry between two lines ends the title of the book opened above it.
    if (row.rowNumber !== this.lastRow + 1) this.lines = [];
    this.lastRow = row.rowNumber;
    const commune = communeTitle(row);
    const current = plan.defaults.get('registration.place');
    if (commune !== undefined && (current === undefined || foldName(current.text) !== foldName(commune.text))) this.lines = [row];
    else if (this.lines.length > 0 && row.cells.some((cell) => cell !== undefined)) this.lines.push(row);
    else {
      const booked = withNextBook(plan, row);
      if (booked !== plan) this.heading = undefined;
      if (!isYearHeading(row) || row.cells.some((cell) => cell !== undefined && BOOK_NAME.test(cell.text))) return withNextYear(booked, row);
      this.heading = row;
      return booked;
    }
    this.heading = undefined;
    const title = titleDefaults(this.lines, this.options);
    const defaults = new Map(plan.defaults);
    for (const key of BOOK_TITLE_KEYS) {
      const value = title.get(key);
      if (value === undefined) defaults.delete(key);
      else defaults.set(key, value);
    }
    return planSheet(plan.header, defaults);
  }

  /**
   * The plan for an entry, told before it is read. A year's heading line above it ('Năm 1999') opens that
   * year's book only when the entry is registered in that year: a book re-registering older births grouped
   * under their birth years ('Năm 1999', 'Năm 2000' in 'Quyển số: 01/2019', registered 2019) keeps its
   * number. An entry whose registration date is typed without its year ('12/1') opens it too when nothing
   * else gives the rows a year (no title, book number or sheet name, no file name naming another): the
   * heading is then the only year of those dates, which take it with DATE_YEAR_FROM_BOOK.
   */
  entry(plan: SheetPlan, row: SheetRow): SheetPlan {
    const heading = this.heading;
    this.heading = undefined;
    if (heading === undefined) return plan;
    const year = titleDefaults([heading]).get(BOOK_YEAR)?.value;
    // The date's column, or its year's when the book splits it ('Ngày' | 'Tháng' | 'Năm' đăng ký).
    const column = plan.columnOf.get('registration.date') ?? plan.columnOf.get(datePartKey('registration.date', 'Year'));
    const cell = column === undefined ? undefined : row.cells[column];
    const years = cell === undefined ? [] : cell.value instanceof Date ? [cell.value.getUTCFullYear()] : yearsNamed(cell.text);
    const opens = years.length > 0 ? years.every((registered) => registered === year) : /\d/.test(cell?.text ?? '') && !reRegistered(plan, row) && this.onlyYearFrom(plan, year);
    if (!opens) return plan;
    const opened = withNextYear(plan, heading);
    this.headingYear = opened.defaults.get(BOOK_YEAR);
    return opened;
  }

  /** Whether a heading's year would be the rows' only one: no title, book number or sheet name gives one but a heading, no file name another. */
  private onlyYearFrom(plan: SheetPlan, year: unknown): boolean {
    const current = plan.defaults.get(BOOK_YEAR);
    if (current !== undefined && current !== this.headingYear) return false;
    if (plan.defaults.has('registration.book') || plan.columnOf.has('registration.book')) return false;
    const fileYear = plan.defaults.get(FILE_YEAR)?.value;
    return fileYear === undefined || fileYear === year;
  }
}

/**
 * The entry's remarks say it is re-registered ('Đăng ký lại'): it is grouped under its birth year's
 * heading, registered years later (Decree 123/2015), so the heading gives no year to its registration date.
 */
function reRegistered(plan: SheetPlan, row: SheetRow): boolean {
  const column = plan.columnOf.get('remarks');
  const remarks = column === undefined ? undefined : row.cells[column]?.text;
  return isReRegistration(remarks, reRegistrationKindOf(plan.header.type.name));
}
