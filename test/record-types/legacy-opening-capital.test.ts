/**
 * A .VnTime death book's free text whose clerk could not type a toned capital (s10-encodings):
 * the cause, the remarks and the place of death get their opening capital back; the same book
 * in Unicode is read as typed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { readBook, type BookRead, type Cell } from './read-book.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Ghi chú'];
const ROWS: Cell[][] = [
  ['1', '05/03/2001', 'Nguyễn Văn Ẩn', 'Nam', '1930', 'xóm Ấp Mới, xã Hương Sơn', '04/03/2001', 'Ủy ban nhân dân xã cũ', 'Ốm nặng', 'Ủy quyền cho con trai đi khai'],
  ['2', '06/03/2001', 'Trần Thị Ấm', 'Nữ', '1931', 'thôn Ấp Chợ, xã Hương Sơn', '05/03/2001', 'Tại nhà', 'Ở nhà bị ngã', 'Ấn định lại ngày chết theo xác nhận của thôn'],
  ['3', '07/03/2001', 'Lê Văn Ước', 'Nam', '1932', 'thôn Xuân Lai, xã Hương Sơn', '06/03/2001', 'Tại nhà', 'Già yếu', ''],
];

describe('a .VnTime death book: capitals the font could not type', () => {
  let folder: string;
  let tcvn3: BookRead;
  let unicode: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-opening-capital-'));
    const rows = [HEADER, ...ROWS];
    tcvn3 = await readBook(join(folder, 'kt-tcvn3.xlsx'), rows.map((row) => row.map((cell) => (typeof cell === 'string' ? encodeTcvn3(cell) : cell))), { districtCode: '249', font: '.VnTime' });
    // A Unicode clerk could type the capital: lower case there is as typed.
    const lowered = rows.map((row, index) => (index === 0 ? row : row.map((cell, column) => (column >= 7 && typeof cell === 'string' ? cell.charAt(0).toLowerCase() + cell.slice(1) : cell))));
    unicode = await readBook(join(folder, 'kt-unicode.xlsx'), lowered, { districtCode: '249' });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('restores the opening capital of the cause, the remarks and the place of death', () => {
    const first = tcvn3.clean.get(2);
    const second = tcvn3.clean.get(3);
    expect([first?.cause, first?.remarks, first?.deathPlace]).toEqual(['Ốm nặng', 'Ủy quyền cho con trai đi khai', 'Ủy ban nhân dân xã cũ']);
    expect([second?.cause, second?.remarks, second?.deathPlace]).toEqual(['Ở nhà bị ngã', 'Ấn định lại ngày chết theo xác nhận của thôn', 'Tại nhà']);
    expect(tcvn3.clean.get(4)?.cause).toBe('Già yếu');
  });

  it("reads 'Ấp' after a unit word as the village's name", () => {
    expect(tcvn3.clean.get(2)?.deceased.residence).toBe('xóm Ấp Mới, xã Hương Sơn');
    expect(tcvn3.clean.get(3)?.deceased.residence).toBe('thôn Ấp Chợ, xã Hương Sơn');
  });

  it('leaves the same text typed in Unicode as typed, and warns of nothing', () => {
    const first = unicode.clean.get(2);
    expect([first?.cause, first?.remarks]).toEqual(['ốm nặng', 'ủy quyền cho con trai đi khai']);
    // An all-lower Unicode place is recased as a whole; its unit word inside the address in lower case.
    expect(first?.deathPlace).toBe('Ủy ban nhân dân xã Cũ');
    for (const book of [tcvn3, unicode]) {
      expect(book.rejected.size).toBe(0);
      for (const record of book.clean.values()) expect(record.warnings ?? []).toEqual([]);
    }
  });
});
