/**
 * A marriage column headed for both spouses ('Nơi cư trú của vợ, chồng', 'Nơi thường trú của hai bên',
 * 'Dân tộc (chồng/vợ)') is keyed 'spouses.…', which the marriage reader gives to the husband and the wife
 * (marriage.ts), as a birth book's 'Nơi cư trú của cha, mẹ' is keyed 'parents.…'. Known limit until session
 * 9: the label contained 'Nơi cư trú của vợ' and went to the wife alone.
 */
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeTcvn3Capitals } from '../../fixtures/generator/legacy-encode.js';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { foldHeader } from '../../src/ingest/header-text.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const marriageIndex = new AliasIndex(RECORD_TYPES.marriage);
const lookup = (label: string) => marriageIndex.lookup(foldHeader(label), label);
const mapping = (rows: (string | null)[][]): string[] => {
  const header = detectHeader(sheetRows(rows), allTypes);
  expect(header?.type.name).toBe('marriage');
  return [...(header?.labels ?? [])].map(([column, label]) => `${label} → ${header?.keys.get(column) ?? '-'}`);
};
const titles = [['UBND XÃ VĨNH SƠN'], ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2012'], []];

describe('a marriage column headed for both spouses', () => {
  it.each([
    ['Nơi cư trú của vợ, chồng', 'spouses.residence'],
    ['Nơi cư trú của chồng, vợ', 'spouses.residence'],
    ['Nơi cư trú vợ/chồng', 'spouses.residence'],
    ['Nơi thường trú của hai bên', 'spouses.residence'],
    ['Nơi thường trú của vợ và chồng', 'spouses.residence'],
    ['Chỗ ở của hai vợ chồng', 'spouses.residence'],
    ['Nơi ĐKTT của vợ chồng', 'spouses.residence'],
    ['Dân tộc vợ, chồng', 'spouses.ethnicity'],
    ['Dân tộc của hai bên', 'spouses.ethnicity'],
    ['Quốc tịch vợ chồng', 'spouses.nationality'],
    ['Quốc tịch bên nam, bên nữ', 'spouses.nationality'],
  ])("keys '%s' as %s, not the wife's or the husband's alone", (label, key) => {
    expect(lookup(label)).toEqual({ key, confidence: 1 });
  });

  it('keeps a label naming one spouse that spouse’s', () => {
    expect(lookup('Nơi cư trú của vợ')).toEqual({ key: 'wife.residence', confidence: 1 });
    expect(lookup('Nơi cư trú của chồng')).toEqual({ key: 'husband.residence', confidence: 1 });
    expect(lookup('Dân tộc bên nam')).toEqual({ key: 'husband.ethnicity', confidence: 1 });
  });

  it("reads a one-row header: 'Họ và tên chồng' | … | 'Họ và tên vợ' | … | 'Dân tộc (chồng/vợ)' | 'Nơi cư trú của vợ, chồng'", () => {
    expect(mapping([...titles, ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh', 'Họ và tên vợ', 'Ngày sinh', 'Dân tộc (chồng/vợ)', 'Nơi cư trú của vợ, chồng', 'Ghi chú']])).toEqual([
      'Số → registration.number', 'Ngày đăng ký → registration.date', 'Họ và tên chồng → husband.fullName', 'Ngày sinh → husband.birthDate',
      'Họ và tên vợ → wife.fullName', 'Ngày sinh → wife.birthDate', 'Dân tộc (chồng/vợ) → spouses.ethnicity',
      'Nơi cư trú của vợ, chồng → spouses.residence', 'Ghi chú → remarks',
    ]);
  });

  it("gives a bare attribute right after a column of both spouses to both: 'Dân tộc (chồng/vợ)' | 'Quốc tịch'", () => {
    expect(mapping([...titles, ['STT', 'Ngày ĐK', 'Họ tên chồng', 'Ngày sinh chồng', 'CMND chồng', 'Họ tên vợ', 'Ngày sinh vợ', 'CMND vợ', 'Dân tộc (chồng/vợ)', 'Quốc tịch', 'Ghi chú']]).slice(5)).toEqual([
      'Họ tên vợ → wife.fullName', 'Ngày sinh vợ → wife.birthDate', 'CMND vợ → wife.personalId', 'Dân tộc (chồng/vợ) → spouses.ethnicity',
      'Quốc tịch → spouses.nationality', 'Ghi chú → remarks',
    ]);
    // Not one that is not right after it, one both spouses' column has already, nor one no column of both people has.
    expect(mapping([...titles, ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Ngày sinh', 'Họ tên vợ', 'Ngày sinh', 'Quốc tịch', 'Dân tộc (chồng/vợ)', 'Ghi chú']]).slice(4, 7)).toEqual([
      'Họ tên vợ → wife.fullName', 'Ngày sinh → wife.birthDate', 'Quốc tịch → wife.nationality',
    ]);
    expect(mapping([...titles, ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Họ tên vợ', 'Nơi cư trú của vợ, chồng', 'Nơi cư trú', 'Ngày sinh', 'Ghi chú']]).slice(4, 7)).toEqual([
      'Nơi cư trú của vợ, chồng → spouses.residence', 'Nơi cư trú → wife.residence', 'Ngày sinh → wife.birthDate',
    ]);
  });

  it("reads 'Nơi thường trú của hai bên' merged down beside the 'Chồng' | 'Vợ' groups", () => {
    const lines = mapping([
      ...titles,
      ['Số', 'Ngày đăng ký', 'Chồng', null, null, 'Vợ', null, null, 'Nơi thường trú của hai bên', 'Ghi chú'],
      [null, null, 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Họ và tên', 'Ngày sinh', 'Dân tộc', null, null],
    ]);
    expect(lines.slice(2, 9)).toEqual([
      'Chồng / Họ và tên → husband.fullName', 'Chồng / Ngày sinh → husband.birthDate', 'Chồng / Dân tộc → husband.ethnicity',
      'Vợ / Họ và tên → wife.fullName', 'Vợ / Ngày sinh → wife.birthDate', 'Vợ / Dân tộc → wife.ethnicity',
      'Nơi thường trú của hai bên → spouses.residence',
    ]);
  });

  it("reads 'Nơi cư trú' under a 'Vợ, chồng' group that also heads each spouse's name", () => {
    const lines = mapping([
      ['Số', 'Ngày đăng ký', 'Vợ, chồng', null, null, null, null],
      [null, null, 'Họ tên chồng', 'Năm sinh chồng', 'Họ tên vợ', 'Năm sinh vợ', 'Nơi cư trú'],
    ]);
    expect(lines.slice(2)).toEqual([
      'Vợ, chồng / Họ tên chồng → husband.fullName', 'Vợ, chồng / Năm sinh chồng → husband.birthDate', 'Vợ, chồng / Họ tên vợ → wife.fullName',
      'Vợ, chồng / Năm sinh vợ → wife.birthDate', 'Vợ, chồng / Nơi cư trú → spouses.residence',
    ]);
  });

  it("keeps each spouse's own year and ID columns under a 'Vợ, chồng' group (the group's words make no column of both)", () => {
    const lines = mapping([
      ['Số', 'Ngày đăng ký', 'Vợ, chồng', null, null, null, null, null],
      [null, null, 'Họ tên chồng', 'Năm sinh chồng', 'Số CMND chồng', 'Họ tên vợ', 'Năm sinh vợ', 'Số CMND vợ'],
    ]);
    expect(lines.map((line) => line.slice(line.indexOf('→') + 2))).toEqual([
      'husband.fullName', 'husband.birthDate', 'husband.personalId', 'wife.fullName', 'wife.birthDate', 'wife.personalId',
    ]);
  });

  it('reads the header typed in TCVN3 too', () => {
    const rows = [['SỔ ĐĂNG KÝ KẾT HÔN'], ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Năm sinh', 'Họ và tên vợ', 'Năm sinh', 'Dân tộc (chồng/vợ)', 'Nơi cư trú của vợ, chồng']];
    for (const encode of [encodeTcvn3, encodeTcvn3Capitals]) {
      const lines = mapping(rows.map((labels) => labels.map(encode)));
      expect(lines.slice(-2).map((line) => line.slice(line.indexOf('→') + 2))).toEqual(['spouses.ethnicity', 'spouses.residence']);
    }
  });
});
