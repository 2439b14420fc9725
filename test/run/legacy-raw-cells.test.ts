/**
 * A TCVN3 birth book (.VnTime) with a two-level header: the parents' residence naming no one is read for both
 * parents, decoded, and the cells of a column no register reads are kept in `raw` decoded as its label is.
 * Found by testing (s10 district, Định Trung 2017): the residence went to `raw` and stayed there as typed
 * ('Th«n §ång Nhãm, x· §Þnh Trung'), while every read column and the label were decoded.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { readJsonl, runInto } from './run-helpers.js';

type Row = Record<string, any>;
let clean: Row[] = [];
let rejected: Row[] = [];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS2017');
  const lines: (string | number | null)[][] = [
    ['UBND XÃ ĐỊNH TRUNG'],
    ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2017'],
    ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Họ và tên', null, 'Năm sinh', null, 'Nơi cư trú', 'Cán bộ tư pháp'],
    [null, null, null, null, null, null, 'Cha', 'Mẹ', 'Cha', 'Mẹ', null, null],
    [1, '20/03/2017', 'Nguyễn Văn An', '02/03/2017', 'Nam', 'Kinh', 'Nguyễn Văn Bình', 'Trần Thị Hoa', 1988, 1990, 'Thôn Đồng Nhóm, xã Định Trung', 'Lê Thị Hằng'],
    // Registered before the birth: rejected, every cell kept in `raw`.
    [2, '25/02/2017', 'Lê Thị Mai', '10/03/2017', 'Nữ', 'Kinh', 'Lê Văn Hùng', 'Phạm Thị Lan', 1985, 1987, 'Thôn Thanh Giã, xã Định Trung', 'Lê Thị Hằng'],
  ];
  for (const values of lines) {
    const row = sheet.addRow(values.map((value) => (typeof value === 'string' ? encodeTcvn3(value) : value)));
    row.eachCell((cell) => {
      cell.font = { name: row.number <= 4 ? '.VnTimeH' : '.VnTime', size: 12 };
    });
  }
  for (const column of ['A', 'B', 'C', 'D', 'E', 'F', 'K', 'L']) sheet.mergeCells(`${column}3:${column}4`);
  sheet.mergeCells('G3:H3');
  sheet.mergeCells('I3:J3');
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-legacy-raw-')), 'DinhTrung_2017.xlsx');
  await workbook.xlsx.writeFile(path);
  const { out } = await runInto({ type: 'birth', districts: ['243'], inputs: [path] });
  clean = readJsonl(join(out, '243/birth/clean.jsonl')) as Row[];
  rejected = readJsonl(join(out, '243/birth/rejected.jsonl')) as Row[];
});

describe('a TCVN3 birth book with a two-level parents header', () => {
  it("reads 'Nơi cư trú' after the 'Cha' | 'Mẹ' groups as both parents' residence, decoded", () => {
    expect(clean).toHaveLength(1);
    const [entry] = clean;
    expect(entry?.mother).toMatchObject({ fullName: 'Trần Thị Hoa', birthYear: '1990', residence: 'Thôn Đồng Nhóm, xã Định Trung' });
    expect(entry?.father).toMatchObject({ fullName: 'Nguyễn Văn Bình', birthYear: '1988', residence: 'Thôn Đồng Nhóm, xã Định Trung' });
    expect(entry?.warnings).toEqual([]);
  });

  it('keeps the cells of a column it does not read in `raw`, decoded as its label is', () => {
    // The header typed in .VnTimeH, TCVN3's capitals font, reads in capitals.
    expect(clean[0]?.raw).toEqual({ 'CÁN BỘ TƯ PHÁP': 'Lê Thị Hằng' });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.raw).toMatchObject({ 'HỌ VÀ TÊN': 'Lê Thị Mai', 'HỌ VÀ TÊN / MẸ': 'Phạm Thị Lan', 'NƠI CƯ TRÚ': 'Thôn Thanh Giã, xã Định Trung', 'CÁN BỘ TƯ PHÁP': 'Lê Thị Hằng' });
  });
});
