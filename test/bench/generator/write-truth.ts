/**
 * Writes `<stem>.truth.jsonl` for a book: one RowTruth (truth.ts) per data
 * row, in row order, with the row number hotich's provenance gives it in both
 * formats (the XLSX row is the line's number; the CSV has one record per line,
 * blank ones included) and the duplicates bound to the row of their original.
 * It regenerates the book's lines (the generator is deterministic), so the
 * truth of a cached data set can be written without touching its books.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { RecordTypeName } from '../../../src/record-types/record-type.js';
import type { BookPlan } from './book-plan.js';
import { BOOK_TYPES, bookLines } from './book-layout.js';
import type { BenchCell } from './cell-shapes.js';
import type { FieldTruth, RowTruth, TypedCell } from './truth.js';
import { sheetName } from './write-book.js';

const NAME_PARTS = ['fullName', 'familyName', 'middleName', 'givenName'];
const REGISTRATION_COLUMNS: Readonly<Record<string, string>> = {
  number: 'Số', book: 'Quyển số', date: 'Ngày đăng ký', place: 'Nơi đăng ký', communeCode: 'Nơi đăng ký',
};
/** Header of a person's attribute, before the role word ('Năm sinh' + ' mẹ'). */
const PERSON_COLUMNS: Readonly<Record<string, string>> = {
  fullName: 'Họ và tên', birthYear: 'Năm sinh', birthDate: 'Ngày sinh', ethnicityCode: 'Dân tộc', nationality: 'Quốc tịch', residence: 'Nơi cư trú',
  personalId: 'Số định danh', sex: 'Giới tính',
};
const ROLE_WORDS: Readonly<Record<string, string>> = { mother: ' mẹ', father: ' cha', husband: ' chồng', wife: ' vợ' };
/** Columns whose header is not the person-attribute pattern, per record type. */
const OWN_COLUMNS: Readonly<Record<RecordTypeName, Readonly<Record<string, string>>>> = {
  birth: {
    'child.fullName': 'Họ và tên', 'child.birthDate': 'Ngày sinh', 'child.sex': 'Giới tính', 'child.ethnicityCode': 'Dân tộc', 'child.nationality': 'Quốc tịch',
    'child.birthPlace': 'Nơi sinh', 'child.hometown': 'Quê quán', 'child.personalId': 'Số định danh cá nhân',
    'declarant.fullName': 'Người đi khai sinh', 'declarant.relation': 'Quan hệ với người được khai sinh', remarks: 'Ghi chú',
  },
  marriage: { remarks: 'Ghi chú' },
  death: {
    'deceased.fullName': 'Họ và tên người chết', 'deceased.sex': 'Giới tính', 'deceased.birthDate': 'Ngày sinh', 'deceased.ethnicityCode': 'Dân tộc',
    'deceased.nationality': 'Quốc tịch', 'deceased.personalId': 'Số định danh cá nhân', 'deceased.residence': 'Nơi cư trú cuối cùng', deathDate: 'Ngày chết',
    deathPlace: 'Nơi chết', cause: 'Nguyên nhân chết', 'declarant.fullName': 'Người đi khai tử', 'declarant.relation': 'Quan hệ với người chết', remarks: 'Ghi chú',
  },
};

/** The header of the column a field is read from (name parts from the name's column). */
function columnHeader(type: RecordTypeName, path: string): string {
  const [role = '', attribute = ''] = path.split('.');
  const field = NAME_PARTS.includes(attribute) ? `${role}.fullName` : path;
  const own = OWN_COLUMNS[type][field];
  if (own !== undefined) return own;
  if (role === 'registration') return REGISTRATION_COLUMNS[attribute] ?? '';
  const fieldAttribute = field.split('.')[1] ?? '';
  return `${PERSON_COLUMNS[fieldAttribute] ?? ''}${ROLE_WORDS[role] ?? ''}`;
}

/** Column index of every field of a type, from its header (throws on a field with no column: a generator bug). */
function columnIndex(type: RecordTypeName): (path: string) => number {
  const header = BOOK_TYPES[type].header;
  const cache = new Map<string, number>();
  return (path) => {
    let index = cache.get(path);
    if (index === undefined) {
      index = header.indexOf(columnHeader(type, path));
      if (index < 0) throw new Error(`write-truth: no ${type} column for ${path}`);
      cache.set(path, index);
    }
    return index;
  };
}

function typedCell(cell: BenchCell | undefined): TypedCell {
  if (cell === undefined || cell === null) return null;
  if (cell instanceof Date) return { date: cell.toISOString().slice(0, 10) };
  return cell;
}

/** The RowTruth of every data row of the book, in row order. */
export function* bookTruth(book: BookPlan): Generator<RowTruth> {
  const sheet = sheetName(book);
  const columnOf = columnIndex(book.type);
  const firstRow = new Map<number, number>();
  let row = 0;
  for (const line of bookLines(book)) {
    row++;
    const entry = line.entry;
    if (!entry) continue;
    const { entity, twinEntity, rejectedFor, problems, fields } = entry.truth;
    const withCells: Record<string, FieldTruth> = {};
    for (const [path, truth] of Object.entries(fields)) withCells[path] = { ...truth, typed: typedCell(line.cells[columnOf(path)]) };
    const earlier = firstRow.get(entity);
    if (earlier === undefined) firstRow.set(entity, row);
    yield {
      row,
      sheet,
      kind: entry.kind,
      entity,
      duplicateOf: earlier ?? null,
      twinEntity,
      expect: rejectedFor.length > 0 ? 'rejected' : 'clean',
      rejectedFor,
      problems,
      bookMess: [`book:${book.encoding}`],
      fields: withCells,
    };
  }
}

/** Writes the book's truth to `path` (its folder must exist); returns the rows written. */
export function writeTruth(book: BookPlan, path: string): number {
  const fd = openSync(path, 'w');
  let rows = 0;
  let buffer = '';
  try {
    for (const truth of bookTruth(book)) {
      buffer += `${JSON.stringify(truth)}\n`;
      rows++;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return rows;
}
