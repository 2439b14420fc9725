/**
 * A birth book's one-row header naming a parent by the role alone ('Cha' | 'Mẹ', 'Bố'), as narrow typed
 * copies of old books do: the column holds that parent's name, as 'Chồng' | 'Vợ' do in a marriage book.
 * Found by testing (s19 corpus): such a sheet had no header found and none of its entries was read.
 */
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const keysOf = (header: ReturnType<typeof detectHeader>): (string | undefined)[] => {
  const width = Math.max(-1, ...(header?.labels.keys() ?? [])) + 1;
  return Array.from({ length: width }, (_, column) => header?.keys.get(column));
};

describe("a parent's name column headed by the role alone", () => {
  it("reads 'Cha' | 'Mẹ' as the parents' names in an old birth book", () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1978'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Sinh ngày', 'Trai/Gái', 'Cha', 'Mẹ', 'Người khai', 'Ghi chú'],
      ['12', '03/04/1978', 'Nguyễn Văn Hải', '20/03/1978', 'Trai', 'Nguyễn Văn Thành', 'Lê Thị Mai', 'Nguyễn Văn Thành', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('birth');
    expect(keysOf(header)).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.sex', 'father.fullName', 'mother.fullName', 'declarant.fullName', 'remarks',
    ]);
  });

  it("reads 'Bố' | 'Năm sinh' | 'Mẹ' | 'Năm sinh' as each parent's name and year", () => {
    const rows = sheetRows([
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Bố', 'Năm sinh', 'Mẹ', 'Năm sinh'],
      ['3', '12/05/1995', 'Trần Thị Hoa', '02/05/1995', 'Nữ', 'Trần Văn Bình', '1970', 'Phạm Thị Lan', '1972'],
    ]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.sex', 'father.fullName', 'father.birthYear', 'mother.fullName', 'mother.birthYear',
    ]);
  });

  it("still reads 'Cha' / 'Mẹ' over 'Họ và tên' | 'Năm sinh' as a group of each parent's columns", () => {
    const rows = sheetRows([
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Cha', null, 'Mẹ', null],
      [null, null, null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh'],
      ['3', '12/05/1995', 'Trần Thị Hoa', '02/05/1995', 'Trần Văn Bình', '1970', 'Phạm Thị Lan', '1972'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([1, 2]);
    expect(keysOf(header)).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'father.fullName', 'father.birthYear', 'mother.fullName', 'mother.birthYear',
    ]);
  });
});
