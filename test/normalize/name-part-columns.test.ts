/**
 * A name typed over split columns (FieldReader.name): 'Họ' | 'Chữ đệm' | 'Tên' keeps the clerk's split;
 * a book with only 'Họ' | 'Tên' has the middle name in its 'Họ' cell, split as a full name's start (DOMAIN.md §4).
 */
import { describe, expect, it } from 'vitest';
import type { SourceCell } from '../../src/ingest/source-cell.js';
import { FieldReader } from '../../src/normalize/field-reader.js';
import { FieldMemo } from '../../src/normalize/memo/field-memo.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';

const cell = (text: string, column: string): SourceCell => ({ value: text, text, column });

/** A Phúc Yên birth book's row; `columns`, the name keys the sheet has a column for (blank cells included). */
function reader(cells: Record<string, SourceCell>, columns: readonly string[]): FieldReader {
  const memo = new FieldMemo({ ...DEFAULT_NORMALIZE_OPTIONS, districtCode: '244' }, false);
  return new FieldReader({ cell: (key) => cells[key], date1904: false, hasColumn: (key) => columns.includes(key) }, memo);
}

const TWO_COLUMNS = ['child.familyNamePart', 'child.fullName'];
const THREE_COLUMNS = ['child.familyNamePart', 'child.middleNamePart', 'child.fullName'];

describe("a name over 'Họ' | 'Tên' columns", () => {
  it.each<[string, string, string, string, string]>([
    ['Nguyễn Văn', 'Nam', 'Nguyễn', 'Văn', 'Nam'],
    ['Tôn Nữ Thu', 'Hà', 'Tôn Nữ', 'Thu', 'Hà'],
    ['Ông Thị', 'Hoa', 'Ông', 'Thị', 'Hoa'],
    ['NGUYỄN THỊ THU', 'HÀ', 'Nguyễn', 'Thị Thu', 'Hà'],
    ['Hoàng Phủ Ngọc', 'Tường', 'Hoàng Phủ', 'Ngọc', 'Tường'],
    ['Lê', 'Linh', 'Lê', '', 'Linh'],
  ])("'%s' | '%s': the 'Họ' cell is family and middle name", (family, given, familyName, middleName, givenName) => {
    const read = reader({ 'child.familyNamePart': cell(family, 'C'), 'child.fullName': cell(given, 'D') }, TWO_COLUMNS);
    expect(read.name('child.fullName')).toMatchObject({ familyName, middleName, givenName });
    expect(read.findings).toEqual([]);
  });

  it("keeps the clerk's split where the book has a 'Chữ đệm' column, even left blank", () => {
    const read = reader({ 'child.familyNamePart': cell('Nguyễn Lê', 'C'), 'child.fullName': cell('Bình', 'E') }, THREE_COLUMNS);
    expect(read.name('child.fullName')).toMatchObject({ familyName: 'Nguyễn Lê', middleName: '', givenName: 'Bình' });
  });

  it('without a column list, a blank middle cell counts as no column', () => {
    const cells = { 'child.familyNamePart': cell('Nguyễn Văn', 'C'), 'child.fullName': cell('Nam', 'D') };
    const memo = new FieldMemo({ ...DEFAULT_NORMALIZE_OPTIONS, districtCode: '244' }, false);
    const read = new FieldReader({ cell: (key) => cells[key as keyof typeof cells], date1904: false }, memo);
    expect(read.name('child.fullName')).toMatchObject({ familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Nam' });
  });
});
