import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { readJsonl, runInto } from './run-helpers.js';

type Death = { deceased: { fullName: string; residence: string }; cause: string; declarant: { fullName: string; relation: string }; notes: { code: string; field: string }[] };

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai', 'Quan hệ với người chết'];

/** One death entry: names re-typed in Unicode, the rest as `legacy` stores it. */
function entry(number: string, legacy: (text: string) => string, [name, declarant]: [string, string], cause: string, relation: string): string[] {
  return [number, '09/02/2005', name, 'Nam', '20/12/1923', legacy('Tày'), legacy('Thôn Ấp Mới, xã Tân Phong, huyện Bình Xuyên'), '06/02/2005', legacy('Tại nhà'), legacy(cause), declarant, legacy(relation)];
}

// A CSV exported from a death book only partly converted to Unicode: the names were
// re-typed, the places, causes and relations are still VNI. 'Xô gan' (Xơ gan) and
// 'Choàng' (Chồng) read as Vietnamese on their own; the row's other cells show VNI.
describe('legacy cells in the entries of a Unicode-headed sheet', () => {
  it('read a VNI word that also reads as Vietnamese in its row\'s encoding', async () => {
    const rows = [
      HEADER,
      entry('1', encodeVni, ['Hoàng Văn Cường', 'Quách Văn Nhượng'], 'Xơ gan', 'Con trai'),
      entry('2', encodeVni, ['Bùi Quốc Tưởng', 'Bùi Quốc Tý'], 'Xơ gan', 'Chồng'),
      entry('3', encodeTcvn3, ['Đỗ Văn Hải', 'Đỗ Thị Hằng'], 'Bệnh tim', 'Vợ'),
      // A Unicode entry of the same book: nothing to decode, and no note.
      entry('4', (text) => text, ['Lê Văn Tú', 'Lê Thị Hà'], 'Già yếu', 'Con gái'),
    ];
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-partly-')), 'KT_TanPhong_2005.csv');
    writeFileSync(path, `\ufeff${rows.map((cells) => cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl')) as unknown as Death[];
    expect(clean.map((record) => [record.cause, record.declarant.relation])).toEqual([
      ['Xơ gan', 'Con trai'],
      ['Xơ gan', 'Chồng'],
      ['Bệnh tim', 'Vợ'],
      ['Già yếu', 'Con gái'],
    ]);
    expect(clean[1]!.notes).toContainEqual(expect.objectContaining({ code: 'TEXT_LEGACY_VNI', field: 'cause' }));
    expect(clean[1]!.notes).toContainEqual(expect.objectContaining({ code: 'TEXT_LEGACY_VNI', field: 'declarant.relation' }));
    expect(clean[3]!.notes.filter((note) => note.code.startsWith('TEXT_LEGACY'))).toEqual([]);
    expect(clean.map((record) => record.deceased.residence)).toEqual(Array(4).fill('Thôn Ấp Mới, xã Tân Phong, huyện Bình Xuyên'));
  });

  it('keep Unicode words that also read as VNI in a row with one legacy cell or more Unicode cells', async () => {
    // 'Hoà', 'Thò' read as VNI too, but one pasted VNI cell, or VNI cells outnumbered by Unicode ones, prove nothing of the others.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sổ');
    sheet.addRow(HEADER);
    sheet.addRow(['1', '09/02/2005', 'Chu Thu Hoà', 'Nữ', '20/12/1933', 'Kinh', encodeVni('Thôn Ấp Mới, xã Tân Phong, huyện Bình Xuyên'), '06/02/2005', 'Tại nhà', 'Già yếu', 'Lê Văn Tú', 'Con trai']);
    sheet.addRow(['2', '10/02/2005', 'Lê Thị Thò', 'Nữ', '20/12/1933', 'Kinh', encodeVni('Thôn Ấp Mới, xã Tân Phong'), '06/02/2005', encodeVni('Tại nhà'), 'Già yếu', 'Nguyễn Văn Hùng', 'Cháu nội']);
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-partly-')), 'KT_TanPhong_2006.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl')) as unknown as Death[];
    expect(clean.map((record) => record.deceased.fullName)).toEqual(['Chu Thu Hoà', 'Lê Thị Thò']);
    expect(clean[0]!.deceased.residence).toBe('Thôn Ấp Mới, xã Tân Phong, huyện Bình Xuyên');
  });
});
