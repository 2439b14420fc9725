/**
 * A death book's 'Ngày, nơi sinh' column of the deceased and a marriage book's per-spouse 'Ngày, nơi sinh': the
 * birth date before the place is read as a birth book reads its child's (after 'tại', a comma, a semicolon, a dash
 * or a line break), with DATE_PLACE_SPLIT. A deceased or a spouse has no birth place field (DOMAIN.md §3.2), so the
 * whole cell stays in the record's raw, as a 'Nơi sinh' column of its own would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const notesOf = (record: Record<string, any> | undefined): string[] => (record?.notes ?? []).map((note: { code: string; field: string }) => `${note.code} ${note.field}`);

describe("a deceased's 'Ngày, nơi sinh' column", () => {
  let folder: string;
  let book: BookRead;
  const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày, nơi sinh', 'Nơi thường trú', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai'];
  const row = (number: number, name: string, born: string, registered: string, died: string): (string | number)[] =>
    [number, registered, name, name.includes(' Thị ') ? 'Nữ' : 'Nam', born, 'Thôn Trại, xã Hương Sơn', died, 'Tại nhà', 'Bệnh', 'Nguyễn Văn Hải'];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-deceased-birth-place-'));
    book = await readBook(
      join(folder, 'kt-2012.xlsx'),
      [
        ['UBND XÃ HƯƠNG SƠN'],
        HEADER,
        row(1, 'Lê Văn Tư', '12/03/1950, Xã Tam Hợp, huyện Bình Xuyên', '10/01/2012', '08/01/2012'), // row 3
        row(2, 'Trần Thị Nụ', '5/7/1948 tại thôn Đông, xã Tề Lỗ', '20/01/2012', '18/01/2012'), // row 4
        row(3, 'Phạm Văn Hòa', 'ngày 6 tháng 8 năm 1940 - Hà Nội', '02/02/2012', '31/01/2012'), // row 5
        row(4, 'Đỗ Văn Lâm', '3/2/1939\nXã Đồng Cương', '12/02/2012', '10/02/2012'), // row 6
        row(5, 'Vũ Thị Mai', '07/07/1962', '20/02/2012', '18/02/2012'), // row 7: the date alone
        row(6, 'Ngô Văn Tám', '1944', '01/03/2012', '27/02/2012'), // row 8: a year alone
        row(7, 'Hà Văn Lộc', '1935, Xã Tam Hợp', '05/03/2012', '03/03/2012'), // row 9: an old book's year and place
        row(8, 'Chu Văn Tài', '3/1937 tại thôn Nội', '08/03/2012', '06/03/2012'), // row 10
        row(9, 'Kim Văn Lâm', '35, Xã Tam Hợp', '10/03/2012', '09/03/2012'), // row 11: two figures may be an age: unread
        row(10, 'Đinh Văn Tú', 'Xã Đồng Cương', '12/03/2012', '11/03/2012'), // row 12: the place alone, the date not known
        row(11, 'Lý Văn Sơn', 'năm Canh Thìn, xã Tam Hợp', '14/03/2012', '13/03/2012'), // row 13: a lunar year before the place
        row(12, 'Tạ Văn Khuê', 'sinh khoảng 40 - thôn Nội', '16/03/2012', '15/03/2012'), // row 14
        row(13, 'Mai Văn Lợi', 'ba mươi', '18/03/2012', '17/03/2012'), // row 15: no place, no date
        row(14, 'Hoàng Văn Cừ', 'Tam Hợp, 1940', '20/03/2012', '19/03/2012'), // row 16: the place first
        row(15, 'Lương Văn Lãm', 'Thôn 5, xã Tam Hợp', '22/03/2012', '21/03/2012'), // row 17: a place with a figure
        row(16, 'Dương Văn Khởi', '1945 (theo CMND), xã Tam Hợp', '24/03/2012', '23/03/2012'), // row 18
      ],
      { districtCode: '249' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the date before the place and keeps the whole cell in raw', () => {
    expect([3, 4, 5, 6].map((r) => book.clean.get(r)?.deceased.birthDate)).toEqual(['1950-03-12', '1948-07-05', '1940-08-06', '1939-02-03']);
    expect(book.clean.get(3)?.raw).toEqual({ 'Ngày, nơi sinh': '12/03/1950, Xã Tam Hợp, huyện Bình Xuyên' });
    expect(book.clean.get(6)?.raw['Ngày, nơi sinh']).toBe('3/2/1939\nXã Đồng Cương');
    for (const r of [3, 4, 5, 6]) expect(notesOf(book.clean.get(r)), `row ${r}`).toContain('DATE_PLACE_SPLIT deceased.birthDate');
    for (const r of [3, 4, 5, 6]) expect(book.clean.get(r)?.warnings, `row ${r}`).toEqual([]);
  });

  it('reads a year, or a month and year, in figures before the place too, but not two figures', () => {
    expect([9, 10].map((r) => book.clean.get(r)?.deceased.birthDate)).toEqual(['1935', '1937-03']);
    expect(book.clean.get(9)?.raw).toEqual({ 'Ngày, nơi sinh': '1935, Xã Tam Hợp' });
    expect(book.clean.get(11)?.deceased.birthDate).toBeNull();
  });

  it('loads an entry whose date before the place is not read, the date empty and warned of, the cell in raw', () => {
    for (const r of [11, 13, 14, 16, 17, 18]) {
      expect(book.clean.get(r)?.deceased.birthDate, `row ${r}`).toBeNull();
      expect(book.clean.get(r)?.warnings.map((w: { code: string; field: string }) => `${w.code} ${w.field}`), `row ${r}`).toContain('DATE_PLACE_DATE_UNREAD deceased.birthDate');
    }
    expect(book.clean.get(11)?.raw).toEqual({ 'Ngày, nơi sinh': '35, Xã Tam Hợp' });
    expect(book.clean.get(13)?.raw).toEqual({ 'Ngày, nơi sinh': 'năm Canh Thìn, xã Tam Hợp' });
  });

  it('still rejects a cell that is neither a date nor a date and a place', () => {
    expect(book.rejected.get(15)).toEqual([{ code: 'DATE_UNPARSEABLE', field: 'deceased.birthDate' }]);
  });

  it('reads a place alone as no birth date, loaded, the cell in raw', () => {
    expect(book.clean.get(12)?.deceased.birthDate).toBeNull();
    expect(book.clean.get(12)?.raw).toEqual({ 'Ngày, nơi sinh': 'Xã Đồng Cương' });
    expect(notesOf(book.clean.get(12))).toContain('DATE_UNKNOWN deceased.birthDate');
    expect(book.clean.get(12)?.warnings).toEqual([]);
  });

  it('reads a date or a year alone as before, without a note or raw copy', () => {
    expect([7, 8].map((r) => book.clean.get(r)?.deceased.birthDate)).toEqual(['1962-07-07', '1944']);
    for (const r of [7, 8]) {
      expect(notesOf(book.clean.get(r))).not.toContain('DATE_PLACE_SPLIT deceased.birthDate');
      expect(book.clean.get(r)?.raw).toEqual({});
    }
  });
});

describe("a marriage book's per-spouse 'Ngày, nơi sinh' columns", () => {
  let folder: string;
  let book: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-spouse-birth-place-'));
    book = await readBook(
      join(folder, 'kh-2013.xlsx'),
      [
        ['UBND XÃ TAM HỢP'],
        ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày, nơi sinh', 'Nơi cư trú', 'Họ và tên vợ', 'Ngày, nơi sinh', 'Nơi cư trú'],
        [1, '12/03/2013', 'Nguyễn Văn Hùng', '17/10/1986, Xã Tam Hợp', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Lê Thị Lan', '02/10/1988 tại Bệnh viện đa khoa tỉnh Vĩnh Phúc', 'Thôn Ngọc Bảo, xã Tam Hợp'],
        [2, '20/03/2013', 'Trần Văn Nam', '05/05/1985', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Phạm Thị Hoa', '1/1/1990 - Hà Nội', 'Thôn Ngọc Bảo, xã Tam Hợp'],
        [3, '25/03/2013', 'Đỗ Văn Minh', '24, Xã Tam Hợp', 'Thôn Ngọc Bảo, xã Tam Hợp', 'Vũ Thị Hằng', '09/09/1991', 'Thôn Ngọc Bảo, xã Tam Hợp'],
      ],
      { districtCode: '249' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads each spouse's birth date and keeps a cell with a place in raw", () => {
    const first = book.clean.get(3);
    const second = book.clean.get(4);
    expect([first?.husband.birthDate, first?.wife.birthDate, second?.husband.birthDate, second?.wife.birthDate]).toEqual(['1986-10-17', '1988-10-02', '1985-05-05', '1990-01-01']);
    expect(Object.values(first?.raw ?? {})).toEqual(['17/10/1986, Xã Tam Hợp', '02/10/1988 tại Bệnh viện đa khoa tỉnh Vĩnh Phúc']);
    expect(Object.values(second?.raw ?? {})).toEqual(['1/1/1990 - Hà Nội']);
    expect(notesOf(first)).toEqual(expect.arrayContaining(['DATE_PLACE_SPLIT husband.birthDate', 'DATE_PLACE_SPLIT wife.birthDate']));
    expect(notesOf(second)).not.toContain('DATE_PLACE_SPLIT husband.birthDate');
  });

  it("loads a spouse whose date before the place is not read ('24, Xã Tam Hợp': an age), warned of, the cell in raw", () => {
    const third = book.clean.get(5);
    expect([third?.husband.birthDate, third?.wife.birthDate]).toEqual([null, '1991-09-09']);
    expect(third?.warnings.map((w: { code: string; field: string }) => `${w.code} ${w.field}`)).toContain('DATE_PLACE_DATE_UNREAD husband.birthDate');
    expect(Object.values(third?.raw ?? {})).toEqual(['24, Xã Tam Hợp']);
  });
});
