/**
 * One ID column for two people ('Số CMND/CCCD chồng, vợ' in a marriage book, 'Số CMND cha, mẹ' / 'CCCD của cha mẹ'
 * in a birth book): each person gets the number the cell gives them (a label, or the header's order for two numbers),
 * noted (ID_SHARED_COLUMN_SPLIT); a lone number goes to no one (ID_SHARED_COLUMN_OWNER_UNKNOWN, kept in raw).
 * Until session 27 the husband's column took the whole cell and every entry was rejected ID_MALFORMED.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const H = '026090001234';
const W = '026193005678';
const F = '026087001111';
const M = '026190002222';
const codes = (record: Record<string, any>): string[] => [...record.warnings, ...record.notes].map((finding: { code: string }) => finding.code);

const spouse = (n: number, ids: string, husband = 'Lê Văn Hùng', wife = 'Nguyễn Thị Lan'): (string | null)[] =>
  [String(n), `0${n}/04/2019`, husband, '12/03/1990', wife, '20/10/1993', 'Kinh', ids];

let marriage: BookRead;
let wifeFirst: BookRead;
let noOrder: BookRead;
let separate: BookRead;
let birth: BookRead;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-shared-id-'));
  marriage = await readBook(join(folder, 'kh.xlsx'), [
    ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2019'],
    ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Ngày sinh chồng', 'Họ tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ/chồng', 'Số CMND/CCCD chồng, vợ'],
    spouse(1, `${H} - ${W}`),
    spouse(2, `${H}\n${W}`),
    spouse(3, `Vợ: ${W}; Chồng: ${H}`),
    spouse(4, H),
    // Typed wife first under 'chồng, vợ': both sex digits say so.
    spouse(5, `${W} - ${H}`),
    spouse(6, `Chồng, vợ: ${H}, ${W}`),
    spouse(7, `Chồng: ${H}`),
  ]);
  noOrder = await readBook(join(folder, 'kh4.xlsx'), [
    ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Ngày sinh chồng', 'Họ tên vợ', 'Ngày sinh vợ', 'Dân tộc', 'Số CMND hai bên'],
    // No order in the header: two 12-digit IDs of opposite sexes say whose each is; two old CMNDs say nothing.
    spouse(1, `${W}; ${H}`),
    spouse(2, '135111222 - 135333444'),
    // Typed in groups of digits.
    spouse(3, '026 090 001 234 - 026 193 005 678'),
  ]);
  wifeFirst = await readBook(join(folder, 'kh2.xlsx'), [
    ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Ngày sinh chồng', 'Họ tên vợ', 'Ngày sinh vợ', 'Dân tộc', 'CMND vợ/chồng'],
    // Two old 9-digit CMNDs: no sex digit, the header's order.
    spouse(1, '135111222 / 135333444'),
  ]);
  separate = await readBook(join(folder, 'kh3.xlsx'), [
    ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Ngày sinh', 'Số CMND/CCCD', 'Họ tên vợ', 'Ngày sinh', 'Số CMND/CCCD'],
    ['1', '02/04/2019', 'Lê Văn Hùng', '12/03/1990', H, 'Nguyễn Thị Lan', '20/10/1993', W],
  ]);
  const child = (n: number, ids: string): (string | null)[] =>
    [String(n), `1${n}/03/2022`, 'Lê Minh Khang', 'Nam', `0${n}/03/2022`, 'Lê Văn Hùng', '1987', 'Nguyễn Thị Lan', '1990', ids];
  birth = await readBook(join(folder, 'ks.xlsx'), [
    ['Số', 'Ngày đăng ký', 'Họ tên người được khai sinh', 'Giới tính', 'Ngày sinh', 'Họ tên cha', 'Năm sinh cha', 'Họ tên mẹ', 'Năm sinh mẹ', 'Số CMND cha, mẹ'],
    child(1, `${F} - ${M}`),
    child(2, F),
    child(3, `Mẹ: ${M}; Cha: ${F}`),
  ]);
});

describe("a marriage book's 'Số CMND/CCCD chồng, vợ'", () => {
  it("gives each spouse their number: the header's order, a line each, labels, typed the other way round", () => {
    for (const row of [3, 4, 5, 7, 8]) {
      const record = marriage.clean.get(row);
      expect(record, `row ${row}: ${JSON.stringify(marriage.rejected.get(row))}`).toBeDefined();
      expect([record!.husband.personalId, record!.wife.personalId], `row ${row}`).toEqual([H, W]);
      expect(codes(record!).filter((code) => code !== 'ID_SHARED_COLUMN_SPLIT'), `row ${row}`).toEqual([]);
      expect(record!.notes.filter((note: { code: string }) => note.code === 'ID_SHARED_COLUMN_SPLIT').map((note: { field: string; to: string }) => [note.field, note.to])).toEqual([
        ['husband.personalId', H],
        ['wife.personalId', W],
      ]);
    }
  });

  it('gives a lone number to no one, with a warning, the cell kept in raw', () => {
    const record = marriage.clean.get(6)!;
    expect([record.husband.personalId, record.wife.personalId]).toEqual([null, null]);
    expect(codes(record)).toEqual(['ID_SHARED_COLUMN_OWNER_UNKNOWN']);
    expect(record.raw['Số CMND/CCCD chồng, vợ']).toBe(H);
  });

  it("gives a number labelled for one spouse to that spouse only", () => {
    const record = marriage.clean.get(9)!;
    expect([record.husband.personalId, record.wife.personalId]).toEqual([H, null]);
  });

  it("reads 'CMND vợ/chồng' wife first", () => {
    const record = wifeFirst.clean.get(2)!;
    expect([record.husband.personalId, record.wife.personalId]).toEqual(['135333444', '135111222']);
  });

  it("reads 'Số CMND hai bên' by the IDs' sex digits, else gives the numbers to no one", () => {
    expect([noOrder.clean.get(2)!.husband.personalId, noOrder.clean.get(2)!.wife.personalId]).toEqual([H, W]);
    expect([noOrder.clean.get(4)!.husband.personalId, noOrder.clean.get(4)!.wife.personalId]).toEqual([H, W]);
    const cmnds = noOrder.clean.get(3)!;
    expect([cmnds.husband.personalId, cmnds.wife.personalId]).toEqual([null, null]);
    expect(codes(cmnds)).toEqual(['ID_SHARED_COLUMN_OWNER_UNKNOWN']);
  });

  it('leaves a book with each spouse\'s own ID column as it was, silent', () => {
    const record = separate.clean.get(2)!;
    expect([record.husband.personalId, record.wife.personalId]).toEqual([H, W]);
    expect(codes(record)).toEqual([]);
  });
});

describe("a birth book's 'Số CMND cha, mẹ'", () => {
  it('gives each parent their number, by order or label; a lone number to neither', () => {
    expect([birth.clean.get(2)!.father.personalId, birth.clean.get(2)!.mother.personalId]).toEqual([F, M]);
    expect([birth.clean.get(4)!.father.personalId, birth.clean.get(4)!.mother.personalId]).toEqual([F, M]);
    const lone = birth.clean.get(3)!;
    expect([lone.father.personalId, lone.mother.personalId]).toEqual([null, null]);
    expect(codes(lone)).toEqual(['ID_SHARED_COLUMN_OWNER_UNKNOWN']);
  });
});
