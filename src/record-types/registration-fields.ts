import type { SourceCell } from '../ingest/source-cell.js';
import type { FieldReader } from '../normalize/field-reader.js';
import { normalizeRegisterNumber, typedBeforeExcelDate } from '../normalize/codes/register-number.js';
import type { RecordBody } from './record-type.js';

const BOOK = 'registration.book';
const NUMBER = 'registration.number';

/**
 * Reads the register position shared by every book. The registration date is
 * read first: it resolves the two-digit years of the record's other dates, and
 * a registration number written with its year ('3/2016') is checked against it.
 */
export function readRegistration(reader: FieldReader): RecordBody['registration'] {
  const date = reader.date('registration.date');
  reader.registrationDate = date;
  const place = reader.place('registration.place');
  const { communeCode } = reader.commune(place, 'registration.place', 'registration.communeCode');
  return {
    communeCode,
    book: registerBook(reader),
    number: registerNumber(reader, yearNumber(date)),
    date,
    place,
  };
}

/** The book number as typed: '01/1995' even when Excel stored it as the date 1995-01-01. */
function registerBook(reader: FieldReader): string | null {
  const cell = reader.sourceCell(BOOK);
  return cell?.value instanceof Date ? typedInDateCell(reader, BOOK, cell, cell.value, 'book') : reader.text(BOOK);
}

/** The registration number as the certificate prints it (normalizeRegisterNumber): '03', '3.0', '3/2016' in 2016 → '3'. */
function registerNumber(reader: FieldReader, registrationYear: number | null): string | null {
  const cell = reader.sourceCell(NUMBER);
  if (cell === undefined) return null;
  const text = cell.value instanceof Date ? typedInDateCell(reader, NUMBER, cell, cell.value, 'number') : reader.text(NUMBER);
  const { value, findings } = normalizeRegisterNumber(text, registrationYear);
  for (const finding of findings) {
    reader.report(Object.assign({}, finding, { field: NUMBER, column: cell.column, value: cell.text }, value === null ? {} : { normalized: value }));
  }
  return value;
}

/** What the clerk typed into a cell Excel made a Date of ('01/1995' → 1995-01-01), with a note of the date it had become. */
function typedInDateCell(reader: FieldReader, field: string, cell: SourceCell, date: Date, kind: 'book' | 'number'): string | null {
  const typed = typedBeforeExcelDate(date, cell.datePrecision, kind);
  if (typed !== null) reader.report({ code: 'REGISTER_DATE_CELL_RESTORED', field, column: cell.column, value: cell.text, from: cell.text, to: typed, normalized: typed });
  return typed;
}

export function yearNumber(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}
