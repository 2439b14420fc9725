import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// Bá Hiến's 2017 book: to sort it by given name the clerk added 'Họ' | 'Tên' columns at the
// right, hid them, and made the visible 'Họ và tên' =CONCATENATE of them (cached values kept).
const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ và tên mẹ', 'Năm sinh', 'Họ và tên cha', 'Năm sinh', 'Ghi chú', 'Họ', 'Tên'];
const ENTRIES: [string, string, string, string][] = [
  ['Tạ Quang Tuấn', 'Nam', '12/01/2017', '03/01/2017'],
  ['Lê Thị Vân', 'Nữ', '20/01/2017', '11/01/2017'],
  ['Nguyễn Văn An', 'Nam', '02/02/2017', '25/01/2017'],
];

async function book(familyHolds: 'family' | 'family and middle'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS 2017');
  for (const row of [['UBND THỊ TRẤN BÁ HIẾN'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2017'], ['Quyển số: 01/2017'], HEADER]) sheet.addRow(row);
  ENTRIES.forEach(([name, sex, registered, born], at) => {
    const words = name.split(' ');
    const cut = familyHolds === 'family' ? 1 : words.length - 1;
    const row = sheet.addRow([at + 1, registered, null, sex, born, 'Trạm y tế thị trấn Bá Hiến', 'Trần Thị Hoa', 1990, `${words[0]} Văn Hải`, 1988, null, words.slice(0, cut).join(' '), words.slice(cut).join(' ')]);
    row.getCell(3).value = { formula: `CONCATENATE(L${row.number}," ",M${row.number})`, result: name };
  });
  sheet.getColumn(12).hidden = true;
  sheet.getColumn(13).hidden = true;
  const folder = mkdtempSync(join(tmpdir(), 'hotich-name-sort-'));
  await workbook.xlsx.writeFile(join(folder, 'KS_BaHien_2017.xlsx'));
  return folder;
}

describe("hidden 'Họ' | 'Tên' columns beside 'Họ và tên' (the book sorted by given name)", () => {
  for (const familyHolds of ['family', 'family and middle'] as const) {
    it(`read the name once from 'Họ và tên', the 'Họ' cell holding the ${familyHolds}`, async () => {
      const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await book(familyHolds)] });
      expect(readJson(join(out, '249/birth/manifest.json')).counts).toMatchObject({ rowsRead: 3, clean: 3, rejected: 0 });
      const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { child: { fullName: string; familyName: string; givenName: string }; warnings: unknown[] }[];
      expect(clean.map((record) => [record.child.fullName, record.child.familyName, record.child.givenName, record.warnings])).toEqual([
        ['Tạ Quang Tuấn', 'Tạ', 'Tuấn', []],
        ['Lê Thị Vân', 'Lê', 'Vân', []],
        ['Nguyễn Văn An', 'Nguyễn', 'An', []],
      ]);
    });
  }
});
