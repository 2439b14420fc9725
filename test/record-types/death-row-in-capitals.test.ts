/**
 * A death book whose rows were typed with Caps Lock on (s21 free-text corpus): the cause of death and the
 * declarant's relation are written in sentence case, as the name and the places already are; acronyms,
 * a place after 'tại', and the same book typed in mixed case stay as registers write them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { readBook, type BookRead, type Cell } from './read-book.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai tử', 'Quan hệ với người chết'];
const ROWS: Cell[][] = [
  ['1', '12/01/2016', 'NGUYỄN VĂN THỊNH', 'NAM', '1935', 'THÔN ĐỒNG SẬU, XÃ HƯƠNG SƠN, HUYỆN BÌNH XUYÊN', '10/01/2016', 'TẠI NHÀ', 'GIÀ YẾU', 'NGUYỄN VĂN HẬU', 'CON TRAI'],
  ['2', '20/01/2016', 'TRẦN THỊ TÝ', 'NỮ', '1950', 'THÔN NÚI ĐINH, XÃ HƯƠNG SƠN', '18/01/2016', 'QUỐC LỘ 2, XÃ HƯƠNG SƠN', 'TAI NẠN GIAO THÔNG TẠI QUỐC LỘ 2', 'LÊ VĂN SỬU', 'CHỒNG'],
  ['3', '02/02/2016', 'LÊ VĂN TƯ', 'NAM', '1962', 'THÔN ĐỒNG SẬU, XÃ HƯƠNG SƠN', '30/01/2016', 'BỆNH VIỆN VIỆT ĐỨC, HÀ NỘI', 'TNGT', 'LÊ THỊ NĂM', 'VỢ NGƯỜI CHẾT'],
  ['4', '15/02/2016', 'PHÙNG VĂN BẢY', 'NAM', '1958', 'THÔN NÚI ĐINH, XÃ HƯƠNG SƠN', '11/02/2016', 'TẠI NHÀ', 'UNG THƯ PHỔI, THA', 'PHÙNG VĂN TÁM', 'TRƯỞNG THÔN NÚI ĐINH'],
  ['5', '01/03/2016', 'ĐỖ THỊ HIỀN', 'NỮ', '1990', 'THÔN ĐỒNG SẬU, XÃ HƯƠNG SƠN', '25/02/2016', 'TẠI NHÀ', 'HIV/AIDS', 'ĐỖ VĂN CHIẾN', 'BỐ ĐẺ'],
];

describe('a death book typed all in capitals', () => {
  let folder: string;
  let capitals: BookRead;
  let tcvn3: BookRead;
  let mixed: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-death-capitals-'));
    capitals = await readBook(join(folder, 'kt-capitals.xlsx'), [HEADER, ...ROWS], { districtCode: '249' });
    // .VnTime has no toned capitals: 'GIÀ YẾU' typed in it reads 'GIà YếU'.
    tcvn3 = await readBook(join(folder, 'kt-tcvn3.xlsx'), [HEADER, ...ROWS].map((row) => row.map((cell) => (typeof cell === 'string' ? encodeTcvn3(cell) : cell))), { districtCode: '249', font: '.VnTime' });
    const typed = [['1', '12/01/2016', 'Nguyễn Văn Thịnh', 'Nam', '1935', 'Thôn Đồng Sậu, xã Hương Sơn', '10/01/2016', 'Tại nhà', 'già yếu', 'Nguyễn Văn Hậu', 'con trai'],
      ['2', '20/01/2016', 'Trần Thị Tý', 'Nữ', '1950', 'Thôn Núi Đinh, xã Hương Sơn', '18/01/2016', 'Tại nhà', 'Tai biến mạch máu não (TBMMN)', 'Lê Văn Sửu', 'Chồng']];
    mixed = await readBook(join(folder, 'kt-mixed.xlsx'), [HEADER, ...typed], { districtCode: '249' });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the cause in sentence case, keeping acronyms and a place after tại', () => {
    expect([2, 3, 4, 5, 6].map((row) => capitals.clean.get(row)?.cause)).toEqual([
      'Già yếu', 'Tai nạn giao thông tại Quốc lộ 2', 'TNGT', 'Ung thư phổi, THA', 'HIV/AIDS',
    ]);
    expect(capitals.clean.get(3)?.deathPlace).toBe('Quốc lộ 2, xã Hương Sơn');
  });

  it('writes a relation or office typed in capitals as registers do, and the hamlet after an office as a place', () => {
    expect([2, 3, 4, 5, 6].map((row) => capitals.clean.get(row)?.declarant.relation)).toEqual([
      'Con trai', 'Chồng', 'Vợ người chết', 'Trưởng thôn Núi Đinh', 'Bố đẻ',
    ]);
  });

  it('reads capitals typed in a TCVN3 font the same way', () => {
    expect([2, 3].map((row) => tcvn3.clean.get(row)?.cause)).toEqual(['Già yếu', 'Tai nạn giao thông tại Quốc lộ 2']);
    // .VnTime has no toned capitals: 'CON TRAI' reads 'CON TRAI', 'MẸ ĐẺ' would read 'Mẹ Đẻ'.
    expect([2, 6].map((row) => tcvn3.clean.get(row)?.declarant.relation)).toEqual(['Con trai', 'Bố đẻ']);
  });

  it('keeps a cause in mixed or lower case as typed, and warns of nothing', () => {
    // A cause in lower case is the clerk's sentence; a relation is written as registers write it.
    expect([mixed.clean.get(2)?.cause, mixed.clean.get(2)?.declarant.relation]).toEqual(['già yếu', 'Con trai']);
    expect(mixed.clean.get(3)?.cause).toBe('Tai biến mạch máu não (TBMMN)');
    for (const book of [capitals, tcvn3, mixed]) {
      expect(book.rejected.size).toBe(0);
      for (const record of book.clean.values()) expect(record.warnings ?? []).toEqual([]);
    }
  });
});
