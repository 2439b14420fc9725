import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));

// A register exported from a database or a commune's software: its columns carry the tool's field
// names, the words run together and told apart by their capitals ('HoTenMe', as QCVN 109's 'HoVaTen').
describe('a header of field names written in camel case', () => {
  it('reads a birth book exported by a database tool', () => {
    const rows = sheetRows([
      ['STT', 'SoDangKy', 'NgayDangKy', 'HoTen', 'NgaySinh', 'GioiTinh', 'DanToc', 'QuocTich', 'SoDinhDanh', 'HoTenMe', 'NamSinhMe', 'HoTenCha', 'NamSinhCha', 'GhiChu'],
      ['1', '1', '05/01/2016', 'Nguyễn Văn An', '01/01/2016', 'Nam', 'Kinh', 'Việt Nam', '026216000001', 'Trần Thị Hoa', '1990', 'Nguyễn Văn Bình', '1988', null],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('birth');
    expect([...(header?.keys.values() ?? [])]).toEqual(
      expect.arrayContaining(['registration.date', 'child.fullName', 'child.birthDate', 'child.sex', 'child.personalId', 'mother.fullName', 'mother.birthYear', 'father.fullName', 'father.birthYear', 'remarks']),
    );
    expect(header?.keys.get(9)).toBe('mother.fullName');
    expect(header?.keys.get(12)).toBe('father.birthYear');
  });

  it('reads a marriage book exported so, and leaves a label that is no alias split or not as it was', () => {
    const rows = sheetRows([
      ['So', 'NgayDangKy', 'HoTenChong', 'NgaySinhChong', 'DanTocChong', 'HoTenVo', 'NgaySinhVo', 'DanTocVo', 'MaHoSo'],
      ['1', '05/01/2018', 'Nguyễn Văn Hùng', '12/03/1990', 'Kinh', 'Trần Thị Lan', '05/06/1993', 'Kinh', 'HS-2018-001'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('marriage');
    expect(header?.keys.get(2)).toBe('husband.fullName');
    expect(header?.keys.get(6)).toBe('wife.birthDate');
    expect(header?.keys.get(8)).toBeUndefined();
  });

  it('reads the card columns of such an export, an abbreviation in capitals inside the field name', () => {
    const rows = sheetRows([
      ['SoDangKy', 'NgayDangKy', 'HoTenChong', 'NgaySinhChong', 'SoCMNDChong', 'HoTenVo', 'NgaySinhVo', 'SoCCCDVo'],
      ['1', '05/01/2006', 'Nguyễn Văn Hùng', '12/03/1980', '135201428', 'Trần Thị Lan', '05/06/1983', '026183001234'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('marriage');
    expect(header?.keys.get(4)).toBe('husband.personalId');
    expect(header?.keys.get(7)).toBe('wife.personalId');
  });
});
