import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));

interface RowRead {
  kind: 'clean' | 'rejected';
  record?: Record<string, any>;
  errors?: { code: string; field: string; column: string | null }[];
}

/** Row number → the clean record or the rejected row's errors, for a workbook built by `fill`. */
async function readBook(fileName: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<Map<number, RowRead>> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-split-date-')), fileName);
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Sổ'));
  await workbook.xlsx.writeFile(path);
  const rows = new Map<number, RowRead>();
  const options = { provinceCode: '26', districtCode: '249', file: fileName, options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  for await (const event of readRegister(path, options)) {
    if (event.kind !== 'row') continue;
    const { outcome } = event;
    if (outcome.kind === 'clean') rows.set(event.rowNumber, { kind: 'clean', record: outcome.record });
    else rows.set(event.rowNumber, { kind: 'rejected', errors: outcome.rejected.errors.map(({ code, field, column }) => ({ code, field, column })) });
  }
  return rows;
}

const noteCodes = (row: RowRead | undefined): string[] => (row?.record?.notes as { code: string }[] | undefined)?.map((note) => note.code) ?? [];

describe("a birth book that types the birth date over 'Ngày sinh' | 'Tháng sinh' | 'Năm sinh'", () => {
  it('joins the parts into one date, at the precision they give', async () => {
    const rows = await readBook('so-khai-sinh.xlsx', (sheet) => {
      sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH']);
      sheet.addRow(['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Tháng sinh', 'Năm sinh', 'Họ và tên mẹ', 'Họ và tên cha', 'Nơi đăng ký']);
      sheet.addRow([1, 1, '20/12/1985', 'Nguyễn Văn Hùng', 'Nam', 5, 3, 1985, 'Trần Thị Lan', 'Nguyễn Văn Sơn', 'Xã Bá Hiến']);
      sheet.addRow([2, 2, '20/12/1985', 'Lê Thị Hoa', 'Nữ', '05', '03', '1985', 'Phạm Thị Huệ', 'Lê Văn Tuấn', 'Xã Bá Hiến']);
      sheet.addRow([3, 3, '20/12/1985', 'Đỗ Văn Nam', 'Nam', null, 3, 1985, 'Vũ Thị Mận', 'Đỗ Văn Dũng', 'Xã Bá Hiến']);
      sheet.addRow([4, 4, '20/12/1985', 'Bùi Thị Yến', 'Nữ', null, null, 1985, 'Ngô Thị Cúc', 'Bùi Văn Long', 'Xã Bá Hiến']);
      sheet.addRow([5, 5, '20/12/1985', 'Hoàng Văn Hoa', 'Nam', 12, 11, 85, 'Kim Thị Đào', 'Hoàng Văn Trung', 'Xã Bá Hiến']);
      sheet.addRow([6, 6, '20/12/1985', 'Phan Văn Long', 'Nam', 31, 2, 1985, 'Đinh Thị Cúc', 'Phan Văn Việt', 'Xã Bá Hiến']);
      sheet.addRow([7, 7, '20/12/1985', 'Vũ Thị Mai', 'Nữ', null, null, null, 'Lý Thị Hằng', 'Vũ Văn Hải', 'Xã Bá Hiến']);
      sheet.addRow([8, 8, '20/12/1985', 'Lò Văn Páo', 'Nam', '07/10/1985', null, null, 'Lò Thị Sáu', 'Lò Văn Sử', 'Xã Bá Hiến']);
    });
    const child = (row: number): Record<string, any> | undefined => rows.get(row)?.record?.child;
    expect(child(3)).toMatchObject({ fullName: 'Nguyễn Văn Hùng', birthDate: '1985-03-05' });
    expect(child(4)).toMatchObject({ fullName: 'Lê Thị Hoa', birthDate: '1985-03-05' });
    expect(child(5)).toMatchObject({ fullName: 'Đỗ Văn Nam', birthDate: '1985-03' });
    expect(child(6)).toMatchObject({ fullName: 'Bùi Thị Yến', birthDate: '1985' });
    // A two-digit year resolves as any other: not after the registration.
    expect(child(7)).toMatchObject({ fullName: 'Hoàng Văn Hoa', birthDate: '1985-11-12' });
    expect(noteCodes(rows.get(7))).toEqual(['DATE_TWO_DIGIT_YEAR']);
    for (const row of [3, 4, 5, 6]) {
      expect(rows.get(row)?.record?.raw).toEqual({});
      expect(noteCodes(rows.get(row))).toEqual([]);
    }
    expect(rows.get(8)).toEqual({ kind: 'rejected', errors: [{ code: 'DATE_IMPOSSIBLE', field: 'child.birthDate', column: 'F' }] });
    // All three parts empty: the birth date is missing, at the day's column.
    expect(rows.get(9)).toEqual({ kind: 'rejected', errors: [{ code: 'FIELD_REQUIRED', field: 'child.birthDate', column: 'F' }] });
    // The whole date typed under 'Ngày sinh', the other two left empty.
    expect(child(10)).toMatchObject({ fullName: 'Lò Văn Páo', birthDate: '1985-10-07' });
  });

  it("reads 'Ngày, tháng, năm sinh' over 'Ngày' | 'Tháng' | 'Năm': a girl's year is no mark under 'Nam'", async () => {
    const rows = await readBook('so-khai-sinh-1985.xlsx', (sheet) => {
      sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 1985']);
      sheet.addRow(['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', null, null, 'Giới tính', 'Họ và tên mẹ', 'Họ và tên cha', 'Nơi đăng ký']);
      sheet.addRow([null, null, null, null, 'Ngày', 'Tháng', 'Năm']);
      for (const column of ['A', 'B', 'C', 'D', 'H', 'I', 'J', 'K']) sheet.mergeCells(`${column}2:${column}3`);
      sheet.mergeCells('E2:G2');
      sheet.addRow([1, 1, '20/12/1985', 'Nguyễn Văn Hùng', 5, 3, 1985, 'Nam', 'Phan Thị Lan', 'Nguyễn Đức Dũng', 'Xã Bá Hiến']);
      sheet.addRow([2, 2, '20/12/1985', 'Trần Thị Trang', '05', '03', '1985', 'Nữ', 'Bùi Thị Huệ', 'Trần Đức Linh', 'Xã Bá Hiến']);
      sheet.addRow([3, 3, '20/12/1985', 'Phạm Thị Dung', null, null, 1985, 'Nữ', 'Đinh Thị Cúc', 'Phạm Đức Việt', 'Xã Bá Hiến']);
      sheet.addRow([4, 4, '20/12/1985', 'Hoàng Văn Hoa', 31, 2, 1985, 'Nam', 'Kim Thị Đào', 'Hoàng Đức Trung', 'Xã Bá Hiến']);
    });
    expect(rows.get(4)?.record?.child).toMatchObject({ sex: 'male', birthDate: '1985-03-05' });
    expect(rows.get(5)?.record?.child).toMatchObject({ sex: 'female', birthDate: '1985-03-05' });
    expect(rows.get(6)?.record?.child).toMatchObject({ sex: 'female', birthDate: '1985' });
    expect(rows.get(7)).toEqual({ kind: 'rejected', errors: [{ code: 'DATE_IMPOSSIBLE', field: 'child.birthDate', column: 'E' }] });
  });
});

describe('other dates split the same way', () => {
  it("joins a death book's registration and death dates; a day without a month is impossible", async () => {
    const rows = await readBook('so-khai-tu.xlsx', (sheet) => {
      sheet.addRow(['SỔ ĐĂNG KÝ KHAI TỬ']);
      sheet.addRow(['Số', 'Ngày, tháng, năm đăng ký', null, null, 'Họ và tên người chết', 'Năm sinh', 'Ngày, tháng, năm chết', null, null, 'Nơi chết', 'Nguyên nhân chết']);
      sheet.addRow([null, 'Ngày', 'Tháng', 'Năm', null, null, 'Ngày', 'Tháng', 'Năm']);
      sheet.addRow([1, 14, 3, 2016, 'Nguyễn Văn Toàn', 1930, 12, 3, 2016, 'Tại nhà', 'Già yếu']);
      sheet.addRow([2, 20, 3, 2016, 'Trần Thị Tý', 1935, 15, null, 2016, 'Tại nhà', 'Già yếu']);
    });
    expect(rows.get(4)?.record).toMatchObject({ registration: { date: '2016-03-14' }, deathDate: '2016-03-12', deceased: { birthDate: '1930' } });
    expect(rows.get(5)).toEqual({ kind: 'rejected', errors: [{ code: 'DATE_IMPOSSIBLE', field: 'deathDate', column: 'G' }] });
  });

  it("joins each spouse's birth date in a marriage book", async () => {
    const rows = await readBook('so-ket-hon.xlsx', (sheet) => {
      sheet.addRow(['Số', 'Ngày đăng ký', 'Chồng', null, null, null, 'Vợ', null, null, null]);
      sheet.addRow([null, null, 'Họ và tên', 'Ngày sinh', 'Tháng sinh', 'Năm sinh', 'Họ và tên', 'Ngày sinh', 'Tháng sinh', 'Năm sinh']);
      sheet.addRow([1, '10/04/2016', 'Nguyễn Văn Hùng', 2, 9, 1990, 'Trần Thị Lan', null, 'tháng 8', 1994]);
    });
    expect(rows.get(3)?.record).toMatchObject({ husband: { birthDate: '1990-09-02' }, wife: { birthDate: '1994-08' } });
  });
});
