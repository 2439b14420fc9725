/**
 * A column headed for a person's name and birth date together ('Họ tên, ngày sinh' in 1990s birth books,
 * 'Họ tên, năm sinh người chết', 'Họ tên, năm sinh' under 'Chồng' | 'Vợ') is keyed '<person>.nameAndBirthDate'
 * (record-types/name-and-birth-date.ts): the book has a header, the person a name column. Known limit until
 * session 11: the label was read as the birth date alone, no column named the child, and the sheet was
 * skipped as SHEET_NO_HEADER with all its entries.
 */
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { foldHeader } from '../../src/ingest/header-text.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { columnOfField, planSheet } from '../../src/run/sheet-plan.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const keysInOrder = (rows: (string | null)[][], type: string): string[] => {
  const header = detectHeader(sheetRows(rows), allTypes);
  expect(header?.type.name).toBe(type);
  return [...(header?.labels ?? [])].sort(([a], [b]) => a - b).map(([column]) => header?.keys.get(column) ?? '-');
};
const mapping = (rows: (string | null)[][], type: string): Record<string, string> => {
  const header = detectHeader(sheetRows(rows), allTypes);
  expect(header?.type.name).toBe(type);
  return Object.fromEntries([...(header?.labels ?? [])].map(([column, label]) => [label, header?.keys.get(column) ?? '-']));
};

describe("a 'Họ tên, ngày sinh' column", () => {
  it.each([
    ['Họ tên, ngày sinh'],
    ['Họ và tên, ngày tháng năm sinh'],
    ['Họ và tên, ngày, tháng, năm sinh'],
    ['Họ tên - Năm sinh'],
    ['Họ tên và ngày sinh'],
    ['Họ, chữ đệm, tên, ngày sinh'],
    ['Họ tên\nngày sinh'],
    ['HT, NS'],
  ])("'%s' is the child's name and birth date in a birth book", (label) => {
    const index = new AliasIndex(RECORD_TYPES.birth);
    expect(index.lookup(foldHeader(label), label)).toEqual({ key: 'child.nameAndBirthDate', confidence: 1 });
  });

  it('keys the 1998 birth book of xã An Hòa: the sheet has a header', () => {
    const keys = mapping(
      [
        ['UBND XÃ AN HOÀ'],
        ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1998'],
        [],
        ['Số', 'Ngày đăng ký', 'Họ tên, ngày sinh', 'Giới tính', 'Dân tộc', 'Họ tên cha', 'Họ tên mẹ', 'Nơi cư trú', 'Ghi chú'],
        ['1', '20/03/1998', 'Dương Văn Thành, sinh 15/3/1998', 'Nam', 'Kinh', 'Dương Văn Hải', 'Ngô Thị Hiền', 'Thôn Gia Vi, xã An Hòa', null],
      ],
      'birth',
    );
    expect(keys).toMatchObject({
      'Họ tên, ngày sinh': 'child.nameAndBirthDate',
      'Giới tính': 'child.sex',
      'Họ tên cha': 'father.fullName',
      'Họ tên mẹ': 'mother.fullName',
    });
  });

  it('beside a birth date column of its own, both are keyed: the date column keeps the birth date', () => {
    const keys = mapping(
      [
        ['Số', 'Ngày đăng ký', 'Họ tên, ngày sinh', 'Ngày sinh', 'Giới tính', 'Họ tên mẹ', 'Họ tên cha'],
        ['3', '02/06/1997', 'Phan Văn Quý, sinh 1/5/1997', '01/05/1997', 'Nam', 'Trần Thị Thu', 'Phan Văn Lực'],
      ],
      'birth',
    );
    expect(keys).toMatchObject({ 'Họ tên, ngày sinh': 'child.nameAndBirthDate', 'Ngày sinh': 'child.birthDate' });
  });

  it("keys a death book's 'Họ tên, năm sinh người chết'", () => {
    const keys = mapping(
      [
        ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1996'],
        ['Số', 'Ngày đăng ký', 'Họ tên, năm sinh người chết', 'Giới tính', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết'],
        ['1', '12/03/1996', 'Nguyễn Văn Tâm, 1931', 'Nam', '08/03/1996', 'Tại nhà', 'Già yếu'],
      ],
      'death',
    );
    expect(keys).toMatchObject({ 'Họ tên, năm sinh người chết': 'deceased.nameAndBirthDate', 'Ngày chết': 'deathDate' });
  });

  it("keys each spouse's 'Họ tên, năm sinh' under 'Chồng' | 'Vợ', and the columns after each as theirs", () => {
    const keys = keysInOrder(
      [
        ['Số', 'Ngày đăng ký', 'Họ tên, năm sinh chồng', 'Dân tộc', 'Nơi cư trú', 'Họ tên, năm sinh vợ', 'Dân tộc', 'Nơi cư trú'],
        ['1', '12/01/1999', 'Nguyễn Văn Nam, 1975', 'Kinh', 'Thôn Đông', 'Trần Thị Lan, 1978', 'Kinh', 'Thôn Tây'],
      ],
      'marriage',
    );
    expect(keys).toEqual([
      'registration.number', 'registration.date', 'husband.nameAndBirthDate', 'husband.ethnicity', 'husband.residence',
      'wife.nameAndBirthDate', 'wife.ethnicity', 'wife.residence',
    ]);
  });

  it("keys a parent's 'Họ tên, năm sinh mẹ' as the mother's", () => {
    const index = new AliasIndex(RECORD_TYPES.birth);
    expect(index.lookup(foldHeader('Họ tên, năm sinh mẹ'), 'Họ tên, năm sinh mẹ')).toEqual({ key: 'mother.nameAndBirthDate', confidence: 1 });
  });

  it("is never the declarant's 'Họ tên, năm sinh người đi khai'", () => {
    const index = new AliasIndex(RECORD_TYPES.birth);
    const label = 'Họ tên, năm sinh người đi khai';
    expect(index.lookup(foldHeader(label), label)?.key).not.toBe('child.nameAndBirthDate');
  });
});

describe('where a missing name or birth date is reported', () => {
  it("is the 'Họ tên, ngày sinh' column, when the person has no column of their own for it", () => {
    const header = detectHeader(
      sheetRows([
        ['Số', 'Ngày đăng ký', 'Họ tên, ngày sinh', 'Giới tính', 'Họ tên cha', 'Họ tên mẹ'],
        ['1', '20/03/1998', 'Dương Văn Thành', 'Nam', 'Dương Văn Hải', 'Ngô Thị Hiền'],
      ]),
      allTypes,
    );
    const plan = planSheet(header!);
    expect(columnOfField(plan, 'child.birthDate')).toBe(2);
    expect(columnOfField(plan, 'child.fullName')).toBe(2);
    expect(columnOfField(plan, 'mother.birthYear')).toBeUndefined();
  });
});
