/**
 * An event's date typed with its place in one cell (FieldReader.eventDate): '10/3/2020 tại nhà' in a death
 * book's 'Ngày, giờ, nơi chết' column, or a place typed after the date in a 'Ngày chết' column.
 */
import { describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import type { SourceCell } from '../../src/ingest/source-cell.js';
import { messageVi } from '../../src/catalog/catalog.js';
import { FieldReader } from '../../src/normalize/field-reader.js';
import { FieldMemo } from '../../src/normalize/memo/field-memo.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';

const text = (value: string, column = 'G'): SourceCell => ({ value, text: value, column });

/** A death entry of a Bình Xuyên book (district 249) registered on 2020-03-16: its death date and place read. */
function readDeath(cells: Record<string, SourceCell>, hasPlaceColumn = 'deathPlace' in cells) {
  const memo = new FieldMemo({ ...DEFAULT_NORMALIZE_OPTIONS, districtCode: '249' }, false);
  const reader = new FieldReader({ cell: (key) => cells[key], date1904: false, hasColumn: (key) => (key === 'deathPlace' ? hasPlaceColumn : key in cells) }, memo);
  reader.registrationDate = '2020-03-16';
  const date = reader.eventDate('deathDate', 'deathPlace');
  const place = reader.placeInProvince('deathPlace');
  return { date, place, codes: reader.findings.map((finding) => finding.code), findings: reader.findings };
}

describe('a death date with the place after it in the same cell', () => {
  it.each([
    ['10/3/2020 tại nhà', '2020-03-10', 'Tại nhà'],
    ['ngày 11 tháng 3 năm 2020 tại nhà riêng', '2020-03-11', 'Tại nhà riêng'],
    ['11/3/2020 tại Bệnh viện đa khoa tỉnh', '2020-03-11', 'Bệnh viện đa khoa tỉnh'],
    ['11-03-2020, tại Trạm y tế xã Tam Hợp', '2020-03-11', 'Trạm y tế xã Tam Hợp'],
    ['lúc 22 giờ ngày 12/3/2020 tại trên đường đi cấp cứu', '2020-03-12', 'Trên đường đi cấp cứu'],
    ['12/3/20 tại nhà', '2020-03-12', 'Tại nhà'],
  ])('%s → %s, place %s', (cell, date, place) => {
    const read = readDeath({ deathDate: text(cell) });
    expect([read.date, read.place]).toEqual([date, place]);
    expect(read.codes).toContain('DATE_PLACE_SPLIT');
    expect(read.codes).not.toContain('DATE_UNPARSEABLE');
    expect(read.codes).not.toContain('PLACE_CASE_NORMALIZED');
  });

  it('notes the cell, the date read and where the place went; the hour dropped quotes the whole cell', () => {
    const cell = '15h30 ngày 5/3/2020 tại thôn Đông, xã Tam Hợp';
    const read = readDeath({ deathDate: text(cell), deathPlace: text('', 'H') });
    expect(read.date).toBe('2020-03-05');
    expect(read.place).toBe('Thôn Đông, xã Tam Hợp');
    const split = read.findings.find((finding) => finding.code === 'DATE_PLACE_SPLIT')!;
    expect(split).toMatchObject({ field: 'deathDate', column: 'G', value: cell, normalized: '2020-03-05' });
    expect(messageVi(split.code, { value: split.value, ...split.params })).toBe(
      `Ô "${cell}" ghi cả ngày và nơi: đã lấy ngày 05/03/2020; nơi "Thôn Đông, xã Tam Hợp" được ghi vào trường nơi xảy ra (cột nơi để trống hoặc sổ không có cột này).`,
    );
    expect(read.findings.find((finding) => finding.code === 'DATE_TIME_DROPPED')!.from).toBe(cell);
  });

  it('leaves a place column that holds a place as typed, and says the words after the date stay in the cell', () => {
    const read = readDeath({ deathDate: text('9/3/2020 tại nhà'), deathPlace: text('Bệnh viện Việt Đức', 'H') });
    expect([read.date, read.place]).toEqual(['2020-03-09', 'Bệnh viện Việt Đức']);
    const split = read.findings.find((finding) => finding.code === 'DATE_PLACE_SPLIT')!;
    expect(messageVi(split.code, { value: split.value, ...split.params })).toContain('cột nơi đã ghi "Bệnh viện Việt Đức", phần nơi "Tại nhà" chỉ giữ trong ô gốc');
  });

  it('splits a cell typed in a .VnTime font as its decoded text', () => {
    const typed = encodeTcvn3('10/3/2020 tại nhà riêng');
    const read = readDeath({ deathDate: { value: typed, text: typed, font: '.VnTime', column: 'G' } });
    expect([read.date, read.place]).toEqual(['2020-03-10', 'Tại nhà riêng']);
  });

  it.each([
    // A doubt anywhere in the cell: the clerk does not vouch for the date.
    ['7/3/2020 tại nhà (chưa chắc)'],
    ['7/3/2020 sai, tại nhà'],
    // Not a whole date: the words may be what is missing.
    ['3/2020 tại nhà'],
    ['năm 2020 tại nhà'],
    ['tại nhà'],
    ['ngày 10/3 tại nhà'],
  ])('%s stays unread (DATE_UNPARSEABLE), no place taken', (cell) => {
    const read = readDeath({ deathDate: text(cell) });
    expect(read.date).toBeNull();
    expect(read.place).toBeNull();
    expect(read.codes).not.toContain('DATE_PLACE_SPLIT');
  });

  it('a date cell without a place reads as before, with no note', () => {
    for (const cell of ['10/3/2020', 'ngày 10 tháng 3 năm 2020', '10/3/2020 (ĐKL)']) {
      const read = readDeath({ deathDate: text(cell), deathPlace: text('Tại nhà', 'H') });
      expect(read.date).toBe('2020-03-10');
      expect(read.codes).toEqual([]);
    }
  });
});

/** A birth entry of a 1979 or 2006 book whose one column is headed 'Ngày, nơi sinh' (or only 'Ngày sinh': combined = false). */
function readBirth(cell: string, combined = true, registrationDate = '2006-03-20') {
  const memo = new FieldMemo({ ...DEFAULT_NORMALIZE_OPTIONS, districtCode: '249' }, false);
  const cells: Record<string, SourceCell> = { 'child.birthDate': text(cell, 'E') };
  const reader = new FieldReader(
    { cell: (key) => cells[key], date1904: false, hasColumn: (key) => key in cells, placeHeader: (key) => combined && key === 'child.birthDate' },
    memo,
  );
  reader.registrationDate = registrationDate;
  const date = reader.eventDate('child.birthDate', 'child.birthPlace');
  const place = reader.placeInProvince('child.birthPlace');
  return { date, place, codes: reader.findings.map((finding) => finding.code) };
}

describe("a column headed by the date and the place ('Ngày, nơi sinh', 'Ngày tháng năm sinh, nơi sinh')", () => {
  it.each([
    ['05/03/2006, Trạm y tế xã Sơn Lôi', '2006-03-05', 'Trạm y tế xã Sơn Lôi'],
    ['05/03/2006 - Bệnh viện Sản Nhi Vĩnh Phúc', '2006-03-05', 'Bệnh viện Sản Nhi Vĩnh Phúc'],
    ['5/3/2006; Bệnh viện đa khoa tỉnh Vĩnh Phúc', '2006-03-05', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc'],
    ['05/03/2006 tại Trạm y tế xã Sơn Lôi', '2006-03-05', 'Trạm y tế xã Sơn Lôi'],
    // A line break in the cell reads as a space.
    ['5/3/2006\nTrạm y tế xã Sơn Lôi', '2006-03-05', 'Trạm y tế xã Sơn Lôi'],
    ['ngày 5 tháng 3 năm 2006, Nhà hộ sinh xã Tam Hợp', '2006-03-05', 'Nhà hộ sinh xã Tam Hợp'],
    ['5/3/2006 tại nhà', '2006-03-05', 'Tại nhà'],
    ['5/3/19 78, Trạm xá xã Tam Hợp', '1978-03-05', 'Trạm xá xã Tam Hợp'],
    // A place with a figure in it: the date is the longest start that reads as one.
    ['5/3/2006, Tổ 3, phường Tiền Châu', '2006-03-05', 'Tổ 3, phường Tiền Châu'],
  ])('%j → %s, place %s', (cell, date, place) => {
    const read = readBirth(cell, true, date.startsWith('1978') ? '1978-03-20' : '2006-03-20');
    expect([read.date, read.place]).toEqual([date, place]);
    expect(read.codes).toContain('DATE_PLACE_SPLIT');
  });

  it('a date alone in that column reads as before, with no note', () => {
    for (const cell of ['05/03/2006', 'ngày 5 tháng 3 năm 2006']) {
      const read = readBirth(cell);
      expect([read.date, read.place, read.codes]).toEqual(['2006-03-05', null, []]);
    }
  });

  it.each([
    // Words that change the date or remark on the entry are no place.
    ['5/3/2006 âm lịch'],
    ['5/3/2006 ĐKL'],
    ['5/3/2006, quá hạn'],
    ['5/3/2006 sai, Trạm y tế'],
  ])('%j: no place taken', (cell) => {
    const read = readBirth(cell);
    expect(read.place).toBeNull();
    expect(read.codes).not.toContain('DATE_PLACE_SPLIT');
  });

  it.each([
    // 'tại' says where the place starts, whatever comes between: a time, a lunar gloss.
    ['05/03/2006 (10 giờ) tại Trạm y tế xã Sơn Lôi', 'Trạm y tế xã Sơn Lôi'],
    ['05/03/2006 lúc 10 giờ tại Trạm y tế xã Sơn Lôi', 'Trạm y tế xã Sơn Lôi'],
    ['05/03/2006 (tức 6/2 năm Bính Tuất) tại nhà', 'Tại nhà'],
    ['05/03/2006 hồi 22h, tại Bệnh viện đa khoa tỉnh Vĩnh Phúc', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc'],
  ])("%j: the place after 'tại'", (cell, place) => {
    const read = readBirth(cell);
    expect([read.date, read.place]).toEqual(['2006-03-05', place]);
  });

  it.each([
    // Words after the date that open no place: a remark, a time, a lunar gloss, the sex typed in the wrong cell.
    ['05/03/2006 sinh con thứ ba'],
    ['5/3/2006 ĐKKS quá hạn'],
    ['5/3/2006 khai sinh muộn'],
    ['5/3/2006, con thứ hai'],
    ['5/3/2006 - sinh non'],
    ['5/3/2006 Nữ'],
    ['5/3/2006 mẹ đẻ khai'],
    ['Ngày 5 tháng 3 năm 2006 (tức 6/2 năm Bính Tuất)'],
    ['5/3/2006 Bính Tuất'],
    ['5/3/2006 Trạm y tế xã Sơn Lôi'],
  ])('%j: read as a date cell, no place taken', (cell) => {
    const read = readBirth(cell);
    expect(read.place).toBeNull();
    expect(read.codes).not.toContain('DATE_PLACE_SPLIT');
  });

  it("in a column headed by the date only, only a place after 'tại' is split, as before", () => {
    expect(readBirth('05/03/2006, Trạm y tế xã Sơn Lôi', false).place).toBeNull();
    expect(readBirth('05/03/2006 tại Trạm y tế xã Sơn Lôi', false).place).toBe('Trạm y tế xã Sơn Lôi');
  });
});
