/**
 * A column headed for both parents ('Nơi cư trú của cha, mẹ', 'Dân tộc bố mẹ', 'Quốc tịch cha và mẹ') is
 * keyed 'parents.…', which the birth reader gives to the mother and the father (birth.ts). Found by testing
 * (s8 csv, e1-euro-nofather): the label contained 'Nơi cư trú của cha' and went to the father alone.
 */
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { foldHeader } from '../../src/ingest/header-text.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const birthIndex = new AliasIndex(RECORD_TYPES.birth);
const lookup = (label: string) => birthIndex.lookup(foldHeader(label), label);

describe('a column headed for both parents', () => {
  it.each([
    ['Nơi cư trú của cha, mẹ', 'parents.residence'],
    ['Nơi cư trú của mẹ, cha', 'parents.residence'],
    ['Nơi thường trú của cha mẹ', 'parents.residence'],
    ['Nơi cư trú cha/mẹ', 'parents.residence'],
    ['Nơi cư trú của cha và mẹ', 'parents.residence'],
    ['Chỗ ở của bố mẹ', 'parents.residence'],
    ['Địa chỉ bố, mẹ', 'parents.residence'],
    ['Nơi ĐKTT của cha, mẹ', 'parents.residence'],
    ['Dân tộc của cha, mẹ', 'parents.ethnicity'],
    ['Dân tộc bố mẹ', 'parents.ethnicity'],
    ['Quốc tịch cha mẹ', 'parents.nationality'],
    ['Quốc tịch của cha và mẹ', 'parents.nationality'],
  ])("keys '%s' as %s, not the father's or the mother's alone", (label, key) => {
    expect(lookup(label)).toEqual({ key, confidence: 1 });
  });

  it("keys it so inside a longer label too, and leaves a label naming one parent to that parent", () => {
    expect(lookup('Ghi rõ nơi cư trú của cha, mẹ')).toEqual({ key: 'parents.residence', confidence: 0.5 });
    expect(lookup('Nơi cư trú của cha')).toEqual({ key: 'father.residence', confidence: 1 });
    expect(lookup('Nơi cư trú của mẹ')).toEqual({ key: 'mother.residence', confidence: 1 });
  });

  it("reads the one-row header of a CSV export: 'Họ và tên mẹ' | … | 'Họ và tên cha' | 'Năm sinh cha' | 'Nơi cư trú của cha, mẹ'", () => {
    const rows = sheetRows([
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú của cha, mẹ', 'Số định danh cá nhân'],
      ['1', '28/01/2013', 'Bùi Thị Hằng', 'Nữ', '21/01/2013', 'Kinh', 'Lê Thị Nguyệt', '1990', 'Bùi Văn Hùng', '1989', 'thôn Gia Du, xã Tam Hợp', '026313100012'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('birth');
    expect(header?.keys.get(10)).toBe('parents.residence');
  });

  it("reads 'Nơi cư trú' under a 'Cha, mẹ' group that also heads each parent's name", () => {
    const rows = sheetRows([
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Cha, mẹ', null, null, null, null],
      [null, null, null, null, null, 'Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Năm sinh cha', 'Nơi cư trú'],
      ['1', '28/01/2013', 'Bùi Thị Hằng', 'Nữ', '21/01/2013', 'Lê Thị Nguyệt', '1990', 'Bùi Văn Hùng', '1989', 'thôn Gia Du, xã Tam Hợp'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([1, 2]);
    expect([5, 6, 7, 8, 9].map((column) => header?.keys.get(column))).toEqual([
      'mother.fullName', 'mother.birthYear', 'father.fullName', 'father.birthYear', 'parents.residence',
    ]);
  });
});

/**
 * A birth book's residence column naming no one ('Nơi cư trú', 'Nơi thường trú', 'Chỗ ở', 'Địa chỉ') is the
 * parents' (DOMAIN.md §3.2: the entry lists the parents' residence; the child's is theirs). Found by testing
 * (s10 district and urban books): it went to whichever parent's column stood beside it, the father in one
 * commune and the mother in another, and after a two-level header naming the parents in a group or a sub-row
 * it was not read at all.
 */
describe("a birth book's residence column naming no one", () => {
  const keysOf = (rows: (string | number | null)[][]): (string | undefined)[] => {
    const header = detectHeader(sheetRows(rows), allTypes);
    expect(header?.type.name).toBe('birth');
    const width = Math.max(...rows.map((row) => row.length));
    return Array.from({ length: width }, (_, column) => header?.keys.get(column));
  };
  const child = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính'];

  it.each([
    // Thanh Trù's CSV export: the father's columns beside it.
    [['Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Năm sinh cha', 'Nơi cư trú', 'Người đi khai']],
    // Khai Quang, Liên Bảo: the mother's.
    [['Họ tên mẹ', 'Năm sinh mẹ', 'Nơi cư trú', 'Ghi chú']],
    [['Họ tên cha', 'Họ tên mẹ', 'Nơi thường trú']],
    [['Họ tên cha', 'Họ tên mẹ', 'Chỗ ở']],
    [['Họ tên mẹ', 'Họ tên cha', 'Địa chỉ']],
    // Before the parents, in the child's columns: the child lives with them.
    [['Nơi cư trú', 'Họ tên mẹ', 'Họ tên cha']],
  ])("keys it as both parents' after %j", (tail) => {
    const keys = keysOf([[...child, ...tail]]);
    const residence = tail.findIndex((label) => /Nơi cư trú|Nơi thường trú|Chỗ ở|Địa chỉ/.test(label));
    expect(keys[child.length + residence]).toBe('parents.residence');
    expect(keys).not.toContain('mother.residence');
    expect(keys).not.toContain('father.residence');
  });

  it("reads it after 'Họ và tên' and 'Năm sinh' each over 'Cha' | 'Mẹ' (Định Trung 2017)", () => {
    const keys = keysOf([
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Họ và tên', null, 'Năm sinh', null, 'Nơi cư trú', 'Ghi chú'],
      [null, null, null, null, null, null, null, 'Cha', 'Mẹ', 'Cha', 'Mẹ', null, null],
    ]);
    expect(keys.slice(7)).toEqual(['father.fullName', 'mother.fullName', 'father.birthYear', 'mother.birthYear', 'parents.residence', 'remarks']);
  });

  it("reads it after 'Cha' and 'Mẹ' each over 'Họ và tên' | 'Năm sinh'", () => {
    const keys = keysOf([
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Cha', null, 'Mẹ', null, 'Nơi cư trú', 'Ghi chú'],
      [null, null, null, null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh', null, null],
    ]);
    expect(keys.slice(5)).toEqual(['father.fullName', 'father.birthYear', 'mother.fullName', 'mother.birthYear', 'parents.residence', 'remarks']);
  });

  it("gives each parent their own in the 2020 one-row layout: 'Họ, chữ đệm, tên người mẹ' | … | 'Nơi cư trú' | 'Họ, chữ đệm, tên người cha' | … | 'Nơi cư trú'", () => {
    const keys = keysOf([[...child, 'Họ, chữ đệm, tên người mẹ', 'Năm sinh', 'Nơi cư trú', 'Họ, chữ đệm, tên người cha', 'Năm sinh', 'Nơi cư trú']]);
    expect(keys.slice(5)).toEqual(['mother.fullName', 'mother.birthYear', 'mother.residence', 'father.fullName', 'father.birthYear', 'father.residence']);
  });

  it("beside one parent's own residence column, gives it to the other parent", () => {
    expect(keysOf([[...child, 'Họ tên mẹ', 'Nơi cư trú', 'Họ tên cha', 'Nơi cư trú của cha']]).slice(5)).toEqual([
      'mother.fullName', 'mother.residence', 'father.fullName', 'father.residence',
    ]);
    expect(keysOf([[...child, 'Họ tên mẹ', 'Nơi cư trú mẹ', 'Họ tên cha', 'Năm sinh cha', 'Nơi cư trú']]).slice(5)).toEqual([
      'mother.fullName', 'mother.residence', 'father.fullName', 'father.birthYear', 'father.residence',
    ]);
    // Headed for both parents, it stays theirs: each parent's own column, where typed, comes first (birth.ts).
    expect(keysOf([[...child, 'Họ tên mẹ', 'Nơi cư trú mẹ', 'Họ tên cha', 'Nơi cư trú của cha, mẹ']]).slice(5)).toEqual([
      'mother.fullName', 'mother.residence', 'father.fullName', 'parents.residence',
    ]);
  });

  it("leaves the declarant's residence in `raw`", () => {
    expect(keysOf([[...child, 'Họ tên mẹ', 'Họ tên cha', 'Người đi khai', 'Nơi cư trú']]).slice(5)).toEqual(['mother.fullName', 'father.fullName', 'declarant.fullName', undefined]);
    expect(keysOf([[...child, 'Họ tên mẹ', 'Họ tên cha', 'Nơi cư trú người đi khai']]).slice(5)).toEqual(['mother.fullName', 'father.fullName', undefined]);
    expect(keysOf([[...child, 'Họ tên mẹ', 'Họ tên cha', 'Người đi khai sinh', null], [null, null, null, null, null, null, null, 'Họ và tên', 'Nơi cư trú']]).slice(5)).toEqual([
      'mother.fullName', 'father.fullName', 'declarant.fullName', undefined,
    ]);
  });

  it("leaves death and marriage books as they were: the deceased's, the spouse named to its left", () => {
    const death = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày chết', 'Nơi chết', 'Nơi cư trú']]), allTypes);
    expect(death?.keys.get(5)).toBe('deceased.residence');
    const marriage = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Năm sinh', 'Họ và tên vợ', 'Năm sinh', 'Nơi cư trú']]), allTypes);
    expect(marriage?.type.name).toBe('marriage');
    expect(marriage?.keys.get(6)).toBe('wife.residence');
  });
});
