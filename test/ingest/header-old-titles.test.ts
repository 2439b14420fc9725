/**
 * Column titles of the birth and death forms of the 1960s–80s: the
 * sex asked as a question in one column ('Trai/Gái', 'Con trai hay con gái', 'Nam hay nữ'), a fallen
 * soldier's 'Ngày hy sinh', and the age columns ('Tuổi', 'Tuổi cha', 'Tuổi vợ') those books have
 * instead of a birth date.
 */
import { describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const keysOf = (header: ReturnType<typeof detectHeader>): string[] => [...(header?.keys.values() ?? [])];

describe('old header titles: the sex asked in one column', () => {
  it.each([
    'Trai/Gái', 'Trai/gái', 'Trai hay gái', 'Con trai hay con gái', 'Nam hay nữ', 'Nam/Nữ',
    // Typed without marks, in capitals.
    'Trai/Gai', 'TRAI HAY GAI', 'Con trai hay con gai', 'NAM HAY NU',
  ])("'%s' is the child's sex in a birth book", (title) => {
    const header = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', title, 'Ngày sinh', 'Nơi sinh', 'Họ tên cha', 'Họ tên mẹ']]), allTypes);
    expect(header?.type.name).toBe('birth');
    expect(keysOf(header)).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'father.fullName', 'mother.fullName',
    ]);
  });

  it("is the deceased's sex in a death book", () => {
    const header = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Nam hay nữ', 'Năm sinh', 'Ngày chết', 'Nơi chết']]), allTypes);
    expect(header?.type.name).toBe('death');
    expect(keysOf(header)).toEqual(['registration.number', 'registration.date', 'deceased.fullName', 'deceased.sex', 'deceased.birthDate', 'deathDate', 'deathPlace']);
  });

  it('reads the titles typed in TCVN3 (.VnTime)', () => {
    const rows = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Con trai hay con gái', 'Ngày sinh', 'Họ tên cha', 'Tuổi', 'Họ tên mẹ', 'Tuổi'].map(encodeTcvn3)]);
    for (const cell of rows[0]!.cells) if (cell !== undefined) cell.font = '.VnTime';
    expect(keysOf(detectHeader(rows, allTypes))).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'father.fullName', 'father.age', 'mother.fullName', 'mother.age',
    ]);
  });

  it("keeps the ticked layout: 'Nam' | 'Nữ' under 'Giới tính', or alone after the name, are two tick columns", () => {
    const grouped = detectHeader(sheetRows([['Họ và tên', 'Giới tính', null, 'Ngày sinh', 'Họ tên mẹ'], [null, 'Nam', 'Nữ', null, null]]), allTypes);
    expect(keysOf(grouped)).toEqual(['child.fullName', 'child.sexMale', 'child.sexFemale', 'child.birthDate', 'mother.fullName']);
    const oneRow = detectHeader(sheetRows([['Số', 'Họ và tên', 'Nam', 'Nữ', 'Ngày sinh', 'Họ tên mẹ', 'Họ tên cha']]), allTypes);
    expect(keysOf(oneRow)).toEqual(['registration.number', 'child.fullName', 'child.sexMale', 'child.sexFemale', 'child.birthDate', 'mother.fullName', 'father.fullName']);
  });
});

describe("old header titles: a fallen soldier's death", () => {
  it.each(['Ngày hy sinh', 'Ngày, tháng, năm hy sinh', 'Hy sinh ngày', 'NGAY HY SINH'])("'%s' is the death date", (title) => {
    const header = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', title, 'Nơi hy sinh']]), allTypes);
    expect(header?.type.name).toBe('death');
    expect(keysOf(header)).toEqual(['registration.number', 'registration.date', 'deceased.fullName', 'deceased.sex', 'deceased.birthDate', 'deathDate', 'deathPlace']);
  });

  it("keeps 'Ngày chết' and 'Ngày mất' the death date", () => {
    for (const title of ['Ngày chết', 'Ngày, tháng, năm mất']) {
      expect(keysOf(detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', title]]), allTypes))).toContain('deathDate');
    }
  });
});

describe('old header titles: age columns', () => {
  it("gives 'Tuổi' after a parent's name to that parent, and reads 'Tuổi cha', 'Tuổi mẹ'", () => {
    const unqualified = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Trai/Gái', 'Ngày sinh', 'Họ tên cha', 'Tuổi', 'Họ tên mẹ', 'Tuổi', 'Trú quán']]), allTypes);
    expect(unqualified?.type.name).toBe('birth');
    expect(keysOf(unqualified)).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'father.fullName', 'father.age', 'mother.fullName', 'mother.age', 'parents.residence',
    ]);
    const qualified = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ tên cha', 'Tuổi cha', 'Họ tên mẹ', 'Tuổi mẹ']]), allTypes);
    expect(keysOf(qualified)).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.sex', 'child.birthDate', 'father.fullName', 'father.age', 'mother.fullName', 'mother.age',
    ]);
  });

  it("reads the deceased's 'Tuổi', but not the declarant's", () => {
    const header = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Tuổi', 'Ngày chết', 'Nơi thường trú']]), allTypes);
    expect(keysOf(header)).toEqual(['registration.number', 'registration.date', 'deceased.fullName', 'deceased.sex', 'deceased.age', 'deathDate', 'deceased.residence']);
    const declarant = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Ngày chết', 'Người đứng khai', 'Tuổi']]), allTypes);
    expect(keysOf(declarant)).toEqual(['registration.number', 'registration.date', 'deceased.fullName', 'deceased.birthDate', 'deathDate', 'declarant.fullName']);
    expect(declarant?.labels.get(6)).toBe('Tuổi');
  });

  it("reads the spouses' ages: 'Tuổi chồng', 'Tuổi vợ', or 'Tuổi' after 'Chồng' | 'Vợ'", () => {
    const qualified = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Tuổi chồng', 'Họ tên vợ', 'Tuổi vợ']]), allTypes);
    expect(qualified?.type.name).toBe('marriage');
    expect(keysOf(qualified)).toEqual(['registration.number', 'registration.date', 'husband.fullName', 'husband.age', 'wife.fullName', 'wife.age']);
    const roles = detectHeader(sheetRows([['Số', 'Ngày đăng ký', 'Chồng', 'Tuổi', 'Vợ', 'Tuổi', 'Ghi chú']]), allTypes);
    expect(keysOf(roles)).toEqual(['registration.number', 'registration.date', 'husband.fullName', 'husband.age', 'wife.fullName', 'wife.age', 'remarks']);
  });
});
