/**
 * 'Số định danh cá nhân' (or 'Số ĐDCN', 'Mã định danh') after each parent in a birth book: the 2016+ form
 * puts the child's personal number in the child's columns, and some communes added one after the mother's
 * and one after the father's. A column in a parent's block (after the parent's name, or under the parent's
 * group) is that parent's; the child's is the one in the child's block. A single one after the last parent's
 * columns (added at the end of an older layout) stays the child's. Known limit until session 9: every
 * such column after the first went to the child or to nobody.
 */
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeTcvn3Capitals } from '../../fixtures/generator/legacy-encode.js';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
/** Column key per labelled column, left to right ('-' for a column left in `raw`). */
const keysOf = (rows: (string | null)[][]): string[] => {
  const header = detectHeader(sheetRows(rows), allTypes);
  expect(header?.type.name).toBe('birth');
  return [...(header?.labels ?? [])].map(([column]) => header?.keys.get(column) ?? '-');
};
const idKeys = (rows: (string | null)[][]): string[] => keysOf(rows).filter((key) => key.endsWith('.personalId'));

const titles = [['UBND XÃ ĐẠO TÚ'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019'], []];
const child = ['STT', 'Số', 'Ngày đăng ký', 'Họ, chữ đệm, tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch'];
const mother = ['Họ, chữ đệm, tên người mẹ', 'Năm sinh', 'Dân tộc', 'Nơi cư trú'];
const father = ['Họ, chữ đệm, tên người cha', 'Năm sinh', 'Dân tộc', 'Nơi cư trú'];

describe("a one-row birth header with a personal number after each parent", () => {
  for (const label of ['Số định danh cá nhân', 'Số ĐDCN', 'Mã định danh', 'Số định danh cá nhân (nếu có)']) {
    it(`gives '${label}' in the child's block to the child, after the mother's to her, after the father's to him`, () => {
      expect(idKeys([...titles, [...child, label, ...mother, label, ...father, label, 'Ghi chú']])).toEqual([
        'child.personalId', 'mother.personalId', 'father.personalId',
      ]);
    });

    it(`gives '${label}' after each parent to that parent when the child has none`, () => {
      const keys = keysOf([...titles, [...child, ...mother, label, ...father, label, 'Ghi chú']]);
      expect(keys.filter((key) => key.endsWith('.personalId'))).toEqual(['mother.personalId', 'father.personalId']);
      expect(keys).not.toContain('child.personalId');
    });
  }

  it('reads the father first when the book puts him first', () => {
    expect(idKeys([...titles, [...child, 'Số ĐDCN', ...father, 'Số ĐDCN', ...mother, 'Số ĐDCN']])).toEqual([
      'child.personalId', 'father.personalId', 'mother.personalId',
    ]);
  });

  it("keeps the child's number typed after the registration columns, before the child's name and the parents, the child's", () => {
    const keys = keysOf([...titles, ['Số', 'Ngày đăng ký', 'Số định danh cá nhân', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ tên mẹ', 'Năm sinh', 'Số định danh cá nhân', 'Họ tên cha', 'Năm sinh', 'Số định danh cá nhân']]);
    expect(keys).toEqual([
      'registration.number', 'registration.date', 'child.personalId', 'child.fullName', 'child.birthDate', 'child.sex',
      'mother.fullName', 'mother.birthYear', 'mother.personalId', 'father.fullName', 'father.birthYear', 'father.personalId',
    ]);
  });

  it("keeps a single personal number after the last parent's columns the child's: added at the end of an older layout", () => {
    expect(idKeys([...titles, [...child, ...mother, ...father, 'Số định danh cá nhân']])).toEqual(['child.personalId']);
    expect(idKeys([...titles, [...child, ...mother, ...father, 'Số định danh cá nhân', 'Người đi khai sinh', 'Quan hệ', 'Ghi chú']])).toEqual(['child.personalId']);
  });

  it("gives a single personal number between the mother's columns and the father's name to the mother", () => {
    expect(idKeys([...titles, [...child, ...mother, 'Số định danh cá nhân', ...father, 'Ghi chú']])).toEqual(['mother.personalId']);
  });

  it("leaves the declarant's personal number in raw, and still gives the parents theirs", () => {
    const keys = keysOf([...titles, [...child, 'Số ĐDCN', ...mother, 'Số ĐDCN', ...father, 'Số ĐDCN', 'Người đi khai sinh', 'Số ĐDCN', 'Quan hệ']]);
    expect(keys.slice(-3)).toEqual(['declarant.fullName', '-', 'declarant.relation']);
    expect(keys.filter((key) => key.endsWith('.personalId'))).toEqual(['child.personalId', 'mother.personalId', 'father.personalId']);
  });

  it('reads a header typed in TCVN3 (.VnTimeH, typed lower case) the same way', () => {
    const rows = [['UBND XÃ ĐẠO TÚ'], [...child, ...mother, 'Số ĐDCN', ...father, 'Số ĐDCN']].map((labels) => labels.map(encodeTcvn3Capitals));
    const header = detectHeader(sheetRows(rows), allTypes);
    expect(header?.encoding).toBe('tcvn3');
    expect(header?.labels.get(12)).toBe('số đdcn');
    expect(idKeys(rows)).toEqual(['mother.personalId', 'father.personalId']);
  });
});

describe('a two-level birth header with a personal number under each person', () => {
  it("gives the number under 'Người được khai sinh' to the child and those under 'Mẹ' | 'Cha' to each parent", () => {
    expect(
      idKeys([
        ...titles,
        ['Số', 'Ngày đăng ký', 'Người được khai sinh', null, null, null, 'Mẹ', null, null, 'Cha', null, null, 'Ghi chú'],
        [null, null, 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh cá nhân', 'Họ và tên', 'Năm sinh', 'Số định danh cá nhân', 'Họ và tên', 'Năm sinh', 'Số định danh cá nhân', null],
      ]),
    ).toEqual(['child.personalId', 'mother.personalId', 'father.personalId']);
  });

  it("gives a number merged down after each parent's group to that parent", () => {
    expect(
      keysOf([
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Số ĐDCN', 'Thông tin về mẹ', null, 'Số ĐDCN', 'Thông tin về cha', null, 'Số ĐDCN'],
        [null, null, null, null, null, 'Họ và tên', 'Năm sinh', null, 'Họ và tên', 'Năm sinh', null],
      ]),
    ).toEqual([
      'registration.number', 'registration.date', 'child.fullName', 'child.birthDate', 'child.personalId',
      'mother.fullName', 'mother.birthYear', 'mother.personalId', 'father.fullName', 'father.birthYear', 'father.personalId',
    ]);
  });

  it('reads the groups typed in TCVN3 (.VnTime) too', () => {
    const upper = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Mẹ', null, null, 'Cha', null, null];
    const lower = [null, null, null, null, 'Họ và tên', 'Năm sinh', 'Số định danh cá nhân', 'Họ và tên', 'Năm sinh', 'Số định danh cá nhân'];
    const rows = [upper, lower].map((labels) => labels.map((label) => (label === null ? null : encodeTcvn3(label))));
    expect(detectHeader(sheetRows(rows), allTypes)?.labels.get(6)).toBe('Mẹ / Số định danh cá nhân');
    expect(idKeys(rows)).toEqual(['mother.personalId', 'father.personalId']);
  });
});
