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
const birthParts = ['child.birthDateDay', 'child.birthDateMonth', 'child.birthDateYear'];

describe("a date split over 'Ngày' | 'Tháng' | 'Năm' columns", () => {
  it("reads one-row 'Ngày sinh' | 'Tháng sinh' | 'Năm sinh' as the three parts of the birth date", () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Tháng sinh', 'Năm sinh', 'Họ và tên mẹ', 'Họ và tên cha', 'Nơi đăng ký'],
      [1, 1, '20/12/1985', 'Nguyễn Văn Hùng', 'Nam', 5, 3, 1985, 'Trần Thị Lan', 'Nguyễn Văn Sơn', 'Xã Bá Hiến'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('birth');
    expect(keysOf(header)).toEqual([
      'stt', 'registration.number', 'registration.date', 'child.fullName', 'child.sex', ...birthParts, 'mother.fullName', 'father.fullName', 'registration.place',
    ]);
  });

  it("reads 'Ngày, tháng sinh' over 'Ngày' | 'Tháng' with 'Năm sinh' beside it as the birth date", () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1999'],
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng sinh', null, 'Năm sinh', 'Giới tính', 'Họ và tên mẹ', 'Họ và tên cha', 'Nơi đăng ký'],
      [null, null, null, null, 'Ngày', 'Tháng', null],
      [1, 1, '20/01/1999', 'Trần Văn Trung', 5, 1, 1999, 'Nam', 'Bùi Thị Huệ', 'Trần Đức Linh', 'Xã Bá Hiến'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([2, 3]);
    expect(keysOf(header)).toEqual([
      'stt', 'registration.number', 'registration.date', 'child.fullName', ...birthParts, 'child.sex', 'mother.fullName', 'father.fullName', 'registration.place',
    ]);
  });

  it("reads 'Ngày, tháng, năm sinh' over 'Ngày' | 'Tháng' | 'Năm' as the birth date, not the birth year by sex", () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1985'],
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', null, null, 'Giới tính', 'Họ và tên mẹ', 'Họ và tên cha', 'Nơi đăng ký'],
      [null, null, null, null, 'Ngày', 'Tháng', 'Năm'],
      [1, 1, '20/12/1985', 'Trần Văn Trung', 5, 3, 1985, 'Nữ', 'Bùi Thị Huệ', 'Trần Đức Linh', 'Xã Bá Hiến'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.headerRowNumbers).toEqual([2, 3]);
    expect(keysOf(header)).toEqual([
      'stt', 'registration.number', 'registration.date', 'child.fullName', ...birthParts, 'child.sex', 'mother.fullName', 'father.fullName', 'registration.place',
    ]);
  });

  it("takes 'NAM' typed in capitals without marks for the year between 'NGÀY' and 'THÁNG' siblings", () => {
    const rows = sheetRows([
      ['STT', 'HỌ VÀ TÊN', 'NGÀY THÁNG NĂM SINH', null, null, 'GIỚI TÍNH', 'HỌ TÊN MẸ', 'HỌ TÊN CHA', 'NGÀY ĐĂNG KÝ'],
      [null, null, 'NGAY', 'THANG', 'NAM'],
    ]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual(['registration.number', 'child.fullName', ...birthParts, 'child.sex', 'mother.fullName', 'father.fullName', 'registration.date']);
  });

  it("still reads 'Ngày, tháng, năm sinh' over 'Nam' | 'Nữ' as the birth year by sex", () => {
    const rows = sheetRows([
      ['STT', 'Họ và tên người chết', 'Ngày, tháng, năm sinh', null, 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết'],
      [null, null, 'Nam', 'Nữ'],
    ]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual([
      'registration.number', 'deceased.fullName', 'deceased.birthDateMale', 'deceased.birthDateFemale', 'deathDate', 'deathPlace', 'cause',
    ]);
  });

  it("never takes a 'Năm' written with its mark for the male column, even where no month tells the year", () => {
    const rows = sheetRows([
      ['STT', 'Họ và tên người chết', 'Ngày, tháng, năm sinh', null, 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết'],
      [null, null, 'Ngày tháng', 'Năm'],
    ]);
    expect(keysOf(detectHeader(rows, allTypes))).not.toContain('deceased.birthDateMale');
  });

  it('splits the registration and death dates of a death book the same way', () => {
    const rows = sheetRows([
      ['Số', 'Ngày, tháng, năm đăng ký', null, null, 'Họ và tên người chết', 'Ngày, tháng, năm chết', null, null, 'Nơi chết', 'Nguyên nhân chết'],
      [null, 'Ngày', 'Tháng', 'Năm', null, 'Ngày', 'Tháng', 'Năm'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('death');
    expect(keysOf(header)).toEqual([
      'registration.number', 'registration.dateDay', 'registration.dateMonth', 'registration.dateYear',
      'deceased.fullName', 'deathDateDay', 'deathDateMonth', 'deathDateYear', 'deathPlace', 'cause',
    ]);
  });

  it("splits each spouse's birth date, and 'Ngày' | 'Tháng' | 'Năm đăng ký' as the registration date", () => {
    const rows = sheetRows([
      ['Số', 'Ngày', 'Tháng', 'Năm đăng ký', 'Chồng', null, null, null, 'Vợ', null, null, null],
      [null, null, null, null, 'Họ và tên', 'Ngày sinh', 'Tháng sinh', 'Năm sinh', 'Họ và tên', 'Ngày sinh', 'Tháng sinh', 'Năm sinh'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(header?.type.name).toBe('marriage');
    expect(keysOf(header)).toEqual([
      'registration.number', 'registration.dateDay', 'registration.dateMonth', 'registration.dateYear',
      'husband.fullName', 'husband.birthDateDay', 'husband.birthDateMonth', 'husband.birthDateYear',
      'wife.fullName', 'wife.birthDateDay', 'wife.birthDateMonth', 'wife.birthDateYear',
    ]);
  });

  // 'Ngày, tháng, năm sinh' over 'Ngày' | 'Tháng' | 'Năm', its top row lost when the table was copied flat.
  it("reads a bare 'Ngày' | 'Tháng' | 'Năm' right after a person's name as that person's birth date", () => {
    const birth = sheetRows([['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày', 'Tháng', 'Năm', 'Giới tính', 'Dân tộc', 'Họ tên mẹ', 'Họ tên cha']]);
    const birthHeader = detectHeader(birth, allTypes);
    expect(birthHeader?.type.name).toBe('birth');
    expect(keysOf(birthHeader).slice(3, 8)).toEqual(['child.fullName', ...birthParts, 'child.sex']);
    const death = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày', 'Tháng', 'Năm', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết']]);
    expect(keysOf(detectHeader(death, allTypes)).slice(2, 7)).toEqual([
      'deceased.fullName', 'deceased.birthDateDay', 'deceased.birthDateMonth', 'deceased.birthDateYear', 'deathDate',
    ]);
  });

  it("leaves a bare run after a name unread when the birth date has a column of its own, or the run is not after a name", () => {
    const held = sheetRows([['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày', 'Tháng', 'Năm', 'Ngày sinh', 'Họ tên mẹ', 'Họ tên cha']]);
    expect(keysOf(detectHeader(held, allTypes)).slice(2, 7)).toEqual(['child.fullName', undefined, undefined, undefined, 'child.birthDate']);
    const before = sheetRows([['Số', 'Ngày', 'Tháng', 'Năm', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ', 'Họ tên cha']]);
    expect(keysOf(detectHeader(before, allTypes)).slice(1, 5)).toEqual([undefined, undefined, undefined, 'child.fullName']);
  });

  it("leaves 'Ngày' | 'Tháng' | 'Năm' that name no date unread", () => {
    const rows = sheetRows([['Số', 'Ngày', 'Tháng', 'Năm', 'Họ và tên chồng', 'Họ và tên vợ', 'Ghi chú']]);
    expect(keysOf(detectHeader(rows, allTypes))).toEqual(['registration.number', undefined, undefined, undefined, 'husband.fullName', 'wife.fullName', 'remarks']);
  });
});
