import type { SourceCell } from '../ingest/source-cell.js';
import { BOOK_YEAR, FILE_YEAR, INFERRED_COMMUNE, yearsNamed } from '../ingest/title-defaults.js';
import { DATE_CODES } from '../normalize/date/date-finding-codes.js';
import { dateVi } from '../normalize/date/date-vi.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { excelShownMonthYear, normalizeRegisterNumber, typedBeforeExcelDate } from '../normalize/codes/register-number.js';
import { communeNameOn } from '../normalize/place/name-commune.js';
import { isReRegistration, type ReRegistrationKind } from '../normalize/text/re-registration.js';
import type { RecordBody } from './record-type.js';

const BOOK = 'registration.book';
const NUMBER = 'registration.number';
const DATE = 'registration.date';
/** One column 'Số, quyển' / 'Số/quyển': '15', '15/01', '15, quyển 01'. */
const NUMBER_AND_BOOK = 'registration.numberAndBook';
/** The number, a separator or the word 'quyển', the book: '15/01', '15, quyển 01', '15 - Q.01'. */
const FOUR_DIGIT_YEAR = /^(?:19|20)\d\d$/;
/** A commune's GSO code as typed, its leading zero perhaps lost, written out as a number ('8953.0', '8,953'): match-commune.ts reads it. */
const COMMUNE_CODE_TEXT = /^['’`]?\d{4,5}(?:[.,]0{1,2})?$|^\d{1,2}[.,]\d{3}$/u;
const NUMBER_THEN_BOOK = /^(?:số\s*:?\s*)?(\d+)\s*(?:[,/;-]\s*)?(?:(?:quyển|q\.?)(?:\s*số)?\s*:?\s*)?(?<=[,/;\-.:\sq])(\S.*)$/iu;

/**
 * Reads the register position shared by every book. The registration date is
 * read first: it resolves the two-digit years of the record's other dates, and
 * a registration number written with its year ('3/2016') is checked against it.
 */
export function readRegistration(reader: FieldReader, kind: ReRegistrationKind): RecordBody['registration'] {
  const date = registrationDate(reader);
  reader.registrationDate = date;
  if (date !== null) checkBookYear(reader, date, kind);
  const place = inferredPlace(reader, date) ?? reader.place('registration.place');
  const { communeCode } = reader.commune(place, 'registration.place', 'registration.communeCode');
  const both = numberAndBook(reader) ?? bookInNumberCell(reader);
  return {
    communeCode,
    book: both?.book ?? registerBook(reader),
    number: both === undefined ? registerNumber(reader, yearNumber(date)) : registerNumber(reader, yearNumber(date), both.number),
    date,
    place: placeOfCode(place, communeCode, date),
  };
}

/** A date in figures in a registration date cell ('12/03/2019', '5-3-2019'). */
const DATE_IN_FIGURES = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/u;
/** Any letter: a date cell without one ('12/03/2019') carries no re-registration mark. */
const HAS_LETTER = /\p{L}/u;
/** Brackets, dashes and separators left around a mark once its date is taken out ('(ĐKL)', '- đăng ký lại'). */
const ENCLOSING = /^[\s()[\],;:.\-–—]+|[\s()[\],;:.\-–—]+$/gu;

/**
 * The remarks of an entry whose remarks cell is empty while its registration date cell says it is a
 * re-registration ('12/03/2019 (ĐKL)', '12/05/1990 (đăng ký lại 20/06/2008)'): the mark as the clerk typed it
 * beside the date ('ĐKL', 'đăng ký lại 20/06/2008'; 'ĐKL' when it cannot be told from the date), so that the
 * checks and the deduplication that read the remarks know it (a death re-registered long after it happened
 * is no mistyped year: DEATH_REGISTRATION_LATE). A note (REMARKS_FROM_DATE_CELL) records the move.
 * `remarks`: the remarks as read; remarks typed in their own cell are never changed.
 */
export function remarksWithRegistrationMark(reader: FieldReader, kind: ReRegistrationKind, remarks: string | null): string | null {
  if (remarks !== null) return remarks;
  const cell = reader.sourceCell(DATE);
  // Nearly every date cell is figures and separators alone: no mark to read, whatever its font.
  if (cell === undefined || typeof cell.value !== 'string' || !HAS_LETTER.test(cell.text)) return null;
  const shown = reader.shownText(cell);
  if (!isReRegistration(shown, kind)) return null;
  const beside = shown.replace(DATE_IN_FIGURES, ' ').replace(ENCLOSING, '').replace(/\s+/gu, ' ');
  const mark = beside !== '' && isReRegistration(beside, kind) ? beside : 'ĐKL';
  reader.report({ code: 'REMARKS_FROM_DATE_CELL', field: 'remarks', column: cell.column, value: shown, from: shown, to: mark });
  return mark;
}

/** A commune code typed for the place ('Mã xã' | '8953') is no place name: the name of the unit it matched, in force then. */
function placeOfCode(place: string | null, communeCode: string | null, date: string | null): string | null {
  if (place === null || communeCode === null || !COMMUNE_CODE_TEXT.test(place)) return place;
  return communeNameOn(communeCode, date) ?? place;
}

/**
 * A commune the run took from the sheet's or the file's name, with no cell of its own: its name in force on the
 * registration date (DOMAIN.md §1.5), not in the book's year nor today. Null for a place typed in a column or a title.
 */
function inferredPlace(reader: FieldReader, date: string | null): string | null {
  const code = reader.sourceCell(INFERRED_COMMUNE)?.text;
  if (code === undefined || reader.sourceCell('registration.place')?.column !== '') return null;
  return communeNameOn(code, date);
}

/**
 * The registration date. One typed with its day and month only ('05/01', 'ngày 5 tháng 1') takes its
 * book's year when the book gives exactly one (DOMAIN.md §3.3: a book holds one calendar year), with
 * DATE_YEAR_FROM_BOOK in place of DATE_YEAR_MISSING. Only this date: a birth or a death entered in a
 * book may fall in the year before.
 */
function registrationDate(reader: FieldReader): string | null {
  const { findings } = reader;
  const before = findings.length;
  const date = reader.date(DATE);
  if (date !== null) return hiddenYearOfBook(reader, date) ?? date;
  let missing = findings.length - 1;
  while (missing >= before && findings[missing]!.code !== DATE_CODES.yearMissing) missing--;
  if (missing < before) return null;
  const book = bookYear(reader);
  if (book === null) return null;
  const completed = reader.dateInYear(DATE, DATE, book.year);
  if (completed === null) return null;
  // The same cell and value, now read: the year is no longer missing.
  const [yearMissing] = findings.splice(missing, 1);
  reader.report(Object.assign({}, yearMissing, { code: DATE_CODES.yearFromBook, normalized: completed, params: { year: book.year, source: book.source } }));
  return completed;
}

/**
 * A registration date in a Date cell that shows no year ('12-Apr': Excel's format for a '12/4' typed without
 * one) whose hidden year is not its book's: that year is the one the sheet was typed in (2019 in a 2004 book),
 * so the day and month shown take the book's year, with DATE_YEAR_FROM_BOOK. Null for any other date: one that
 * agrees with its book, or a book that gives no single year, keeps the cell's own year.
 */
function hiddenYearOfBook(reader: FieldReader, date: string): string | null {
  const cell = reader.sourceCell(DATE);
  if (cell?.noYear !== true || !(cell.value instanceof Date)) return null;
  const book = bookYear(reader);
  if (book === null || date.startsWith(String(book.year))) return null;
  const completed = reader.dateInYear(DATE, DATE, book.year);
  if (completed === null) return null;
  reader.report({ code: DATE_CODES.yearFromBook, field: DATE, column: cell.column, value: cell.text, normalized: completed, params: { year: book.year, source: book.source } });
  return completed;
}

/**
 * DATE_YEAR_NOT_BOOK when the registration date's year is not the one year its book gives (title,
 * book number, sheet name: bookYear). A book holds one calendar year and its numbers restart with
 * the year (DOMAIN.md §3.3), so the year or the book is wrong — or the clerk wrote the first days of
 * January in the old book: a warning, for the officer to tell. Nothing when the book names no year
 * or two. The common case (the sheet's year, or a book number naming the date's year) costs no regex.
 */
function checkBookYear(reader: FieldReader, date: string, kind: ReRegistrationKind): void {
  const year = date.slice(0, 4);
  const sheetYear = reader.sourceCell(BOOK_YEAR)?.value;
  if (sheetYear === Number(year) || sheetYear === null) return;
  if (sheetYear === undefined) {
    const bookText = reader.sourceCell(BOOK)?.text;
    if (bookText === undefined) {
      const fileYear = reader.sourceCell(FILE_YEAR)?.value;
      if (fileYear === undefined || fileYear === Number(year)) return;
    } else if (bookText.includes(year)) return;
  }
  const book = bookYear(reader);
  if (book === null || book.year === Number(year)) return;
  const cell = reader.sourceCell(DATE);
  // A re-registration ('5/3/1990 - ĐKL', remarks 'Đăng ký lại') may give the first registration's date.
  if (isReRegistration(cell?.text, kind) || isReRegistration(reader.sourceCell('remarks')?.text, kind)) return;
  reader.report({
    code: DATE_CODES.yearNotBook,
    field: DATE,
    ...(cell === undefined ? {} : { column: cell.column, value: reader.shownText(cell) }),
    normalized: date,
    params: { date: dateVi(date), year: book.year, dateYear: year, source: book.source },
  });
}



/**
 * The year of the row's book: the one its sheet gives (titleDefaults: title lines, book number,
 * sheet name), and the row's own book number agrees; null when two differ. When neither names a
 * year, the one the file's name gives ('KS_SonLoi_2016.csv'); else null.
 */
function bookYear(reader: FieldReader): { year: number; source: string } | null {
  const sheet = reader.sourceCell(BOOK_YEAR);
  const sheetYear = sheet?.value;
  if (sheet !== undefined && typeof sheetYear !== 'number') return null;
  const bookCell = reader.sourceCell(BOOK);
  const bookDate = bookCell && excelDateOf(bookCell);
  const book = bookDate ? typedBeforeExcelDate(bookDate, bookCell?.datePrecision ?? 'month', 'book') : bookCell && reader.shownText(bookCell);
  const years = new Set(book == null ? [] : yearsNamed(book));
  if (typeof sheetYear === 'number') years.add(sheetYear);
  if (years.size === 0 && sheet === undefined) {
    const file = reader.sourceCell(FILE_YEAR);
    return typeof file?.value === 'number' ? { year: file.value, source: file.text } : null;
  }
  const [year] = years;
  if (years.size !== 1 || year === undefined) return null;
  return { year, source: sheet?.text ?? `quyển số "${book}"` };
}

/** The column's label typed into a book cell before the number ('Quyển 01', 'Quyển số: 02/2005', 'Q.01'). */
const BOOK_LABEL = /^(?:quyển|q\.)(?:\s*số)?\s*:?\s*(?=\d)/iu;

/**
 * The book number as typed: '01/1995' even when Excel stored it as the date 1995-01-01; the label a clerk
 * typed with it dropped, as the title line's 'Quyển số: 01' and the number's 'Số 15' are read ('Quyển 01' → '01').
 */
function registerBook(reader: FieldReader): string | null {
  const cell = reader.sourceCell(BOOK);
  const date = cell && excelDateOf(cell);
  return cell && date ? typedInDateCell(reader, BOOK, cell, date, 'book') : reader.text(BOOK)?.replace(BOOK_LABEL, '') ?? null;
}

/**
 * The date Excel made of a book or number cell: a Date cell's, or the date behind a text
 * that is Excel's display of a month and year ('Jan-16' in a CSV saved by a US-locale
 * Excel from '01/2016' as typed: excelShownMonthYear); null for any other cell.
 */
function excelDateOf(cell: SourceCell): Date | null {
  if (cell.value instanceof Date) return cell.value;
  return typeof cell.value === 'string' ? excelShownMonthYear(cell.value) : null;
}

/**
 * A 'Số, quyển' column's number and book, when the register has no number column of its own: the
 * cell's first figures are the number and what follows a separator the book ('15/01', '15, quyển 01');
 * the book is null when the cell holds the number alone (the title's book number then stands).
 */
function numberAndBook(reader: FieldReader): { number: string | null; book: string | null } | undefined {
  if (reader.sourceCell(NUMBER) !== undefined || reader.sourceCell(NUMBER_AND_BOOK) === undefined) return undefined;
  const text = reader.text(NUMBER_AND_BOOK, NUMBER);
  if (text === null) return { number: null, book: null };
  const split = NUMBER_THEN_BOOK.exec(text);
  // '15/2012': the number with its year, as certificates print it (normalizeRegisterNumber), no book.
  return split === null || FOUR_DIGIT_YEAR.test(split[2]!) ? { number: text, book: null } : { number: split[1]!, book: split[2]! };
}

/** 'số 15 quyển 01/1990', '15, Q.01': the number, the word 'quyển' (or 'Q.'), the book. */
const NUMBER_WORD_BOOK = /^(?:số\s*:?\s*)?(\d+)\s*[,;-]?\s*(?:quyển|q\.)(?:\s*số)?\s*:?\s*(\d\S*)$/iu;

/**
 * A 'Số' cell that names the book after the number with the word 'quyển' ('số 15 quyển 01/1990', as the
 * margin of an old book writes the position): the figures before it are the number, the rest the book.
 * Undefined for any other cell, and for a book with a 'Số, quyển' column (numberAndBook reads it).
 */
function bookInNumberCell(reader: FieldReader): { number: string; book: string | null } | undefined {
  const cell = reader.sourceCell(NUMBER);
  // Nearly every number cell is figures alone: no letter, no book.
  if (cell === undefined || typeof cell.value !== 'string' || !/[qQ]/u.test(cell.text)) return undefined;
  const split = NUMBER_WORD_BOOK.exec(reader.text(NUMBER) ?? '');
  if (split === null) return undefined;
  // '4, Q.01' in the book the title or the book column names '01/1990': that book, not its bare figures.
  const sheetBook = reader.sourceCell(BOOK)?.text.replace(BOOK_LABEL, '').trim();
  const sameBook = sheetBook !== undefined && sheetBook.length > split[2]!.length && sheetBook.startsWith(split[2]!) && /^[/-]/.test(sheetBook.slice(split[2]!.length));
  return { number: split[1]!, book: sameBook ? null : split[2]! };
}

/** The registration number as the certificate prints it (normalizeRegisterNumber): '03', '3.0', '3/2016' in 2016 → '3'. */
function registerNumber(reader: FieldReader, registrationYear: number | null, typed?: string | null): string | null {
  // A number read from the cell with its book (numberAndBook, bookInNumberCell) names the cell it came from.
  const cell = typed === undefined ? reader.sourceCell(NUMBER) : reader.sourceCell(NUMBER) ?? reader.sourceCell(NUMBER_AND_BOOK);
  if (cell === undefined) return null;
  const date = typed === undefined ? excelDateOf(cell) : null;
  const text = typed !== undefined ? typed : date !== null ? typedInDateCell(reader, NUMBER, cell, date, 'number') : reader.text(NUMBER);
  const { value, findings } = normalizeRegisterNumber(text, registrationYear);
  if (findings.length === 0) return value;
  const shown = reader.shownText(cell);
  for (const finding of findings) {
    reader.report(Object.assign({}, finding, { field: NUMBER, column: cell.column, value: shown }, value === null ? {} : { normalized: value }));
  }
  return value;
}

/** What the clerk typed into a cell Excel made a Date of ('01/1995' → 1995-01-01), with a note of the date it had become. */
function typedInDateCell(reader: FieldReader, field: string, cell: SourceCell, date: Date, kind: 'book' | 'number'): string | null {
  // A text Excel showed as a month and year ('Jan-16') has no format of its own: it is shown at month precision.
  const typed = typedBeforeExcelDate(date, cell.value instanceof Date ? cell.datePrecision : 'month', kind);
  if (typed !== null) reader.report({ code: 'REGISTER_DATE_CELL_RESTORED', field, column: cell.column, value: reader.shownText(cell), from: cell.text, to: typed, normalized: typed });
  return typed;
}

export function yearNumber(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}
