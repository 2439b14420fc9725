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
