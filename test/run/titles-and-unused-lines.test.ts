import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordTypeName } from '../../src/record-types/record-type.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

type Line = (string | number | null)[];

/** Runs one book of one sheet (rows from row 1, merges as 'C4:F4') and returns its batch's counts and rows. */
async function runBook(type: RecordTypeName, rows: Line[], merges: string[] = []) {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-titles-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ');
  for (const row of rows) sheet.addRow(row);
  for (const range of merges) sheet.mergeCells(range);
  const path = join(folder, 'so.xlsx');
  await workbook.xlsx.writeFile(path);
  const { out } = await runInto({ type, districts: ['249'], inputs: [path] });
  const batch = (name: string): Record<string, any>[] => readJsonl(join(out, `249/${type}/${name}.jsonl`));
  return { counts: readJson(join(out, `249/${type}/manifest.json`)).counts, clean: batch('clean'), rejected: batch('rejected') };
}

const BIRTH_HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày, tháng, năm sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú', 'Ghi chú'];
const birth = (number: number, registered: string, name: string, sex: string, born: string, mother: string, father: string): Line => [
  number, registered, name, sex, born, 'Trạm y tế xã', 'Kinh', mother, 1975, father, 1972, 'Thôn Nam Viêm, xã Thiện Kế', null,
];

describe('section titles typed in the name column of a birth book', () => {
  it('are skipped as section titles, typed alone or merged over the middle columns; the entries are all loaded', async () => {
    const { counts, clean, rejected } = await runBook(
      'birth',
      [
        ['UBND XÃ THIỆN KẾ'],
        [null, null, 'SỔ ĐĂNG KÝ KHAI SINH NĂM 2001'],
        BIRTH_HEADER,
        [null, null, 'QUÝ I'],
        birth(1, '04/01/2001', 'Nguyễn Văn Hải', 'Nam', '28/12/2000', 'Lê Thị Hà', 'Nguyễn Văn Đông'),
        [null, null, 'Đăng ký quá hạn'],
        birth(2, '20/05/2001', 'Phạm Thị Xuân', 'Nữ', '10/01/1999', 'Phạm Thị Liên', 'Phạm Văn Bảy'),
        [null, null, 'Thôn Nam Viêm'],
        birth(3, '01/06/2001', 'Bùi Văn Tiến', 'Nam', '25/05/2001', 'Bùi Thị Hiền', 'Bùi Văn Hậu'),
        [null, null, 'Tháng Bảy'],
        birth(4, '02/07/2001', 'Đặng Thị Yến', 'Nữ', '20/06/2001', 'Đặng Thị Hoà', 'Đặng Văn Lâm'),
        [null, null, 'Hết quý II'],
        [null, null, 'Sổ phụ (bổ sung)'],
        birth(5, '15/08/2001', 'Lê Thị Ngọc', 'Nữ', '01/08/2001', 'Lê Thị Minh', 'Lê Văn Khải'),
      ],
      ['C4:F4', 'C8:F8'],
    );
    expect(rejected).toEqual([]);
    expect(clean.map((record) => record.child.fullName)).toEqual(['Nguyễn Văn Hải', 'Phạm Thị Xuân', 'Bùi Văn Tiến', 'Đặng Thị Yến', 'Lê Thị Ngọc']);
    expect(counts).toMatchObject({ rowsRead: 5, clean: 5, rejected: 0, skippedByReason: { title: 2, header: 1, 'section-title': 6 } });
  });

  it('reads a name typed alone (the rest of the entry lost) and rejects it with its reasons', async () => {
    const { counts, rejected } = await runBook('birth', [
      BIRTH_HEADER,
      birth(1, '04/01/2001', 'Nguyễn Văn Hải', 'Nam', '28/12/2000', 'Lê Thị Hà', 'Nguyễn Văn Đông'),
      [null, null, 'Trần Văn Quý'],
    ]);
    expect(rejected.map((row) => [row.provenance.row, row.errors.map((error: { code: string }) => error.code)])).toEqual([[3, ['FIELD_REQUIRED', 'FIELD_REQUIRED']]]);
    expect(counts).toMatchObject({ rowsRead: 2, clean: 1, rejected: 1 });
  });
});

describe('numbers of a death book left unused', () => {
  const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Nơi cư trú', 'Ngày chết', 'Nơi chết', 'Nguyên nhân', 'Người đi khai', 'Ghi chú'];
  const death = (number: number, registered: string, name: string, died: string): Line => [number, registered, name, '1930', 'Nam', 'Kinh', 'Thôn Đạo Tú', died, 'Tại nhà', 'Già yếu', 'Nguyễn Văn Con', null];
  const remarks = (number: number, text: string): Line => [number, null, null, null, null, null, null, null, null, null, null, text];

  it("are skipped as unused lines, '(không sử dụng)' opening no footer: a sparse entry after it is read and rejected", async () => {
    const { counts, clean, rejected } = await runBook('death', [
      ['UBND XÃ ĐẠO ĐỨC'],
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2008'],
      HEADER,
      death(1, '05/01/2008', 'Nguyễn Văn Tý', '03/01/2008'),
      [2, null, 'Bỏ trống'],
      [3, null, '(không sử dụng)'],
      [null, null, 'Lê Văn Sửu'],
      remarks(5, 'Bỏ trống'),
      remarks(6, '(không sử dụng)'),
      [7, null, 'Viết hỏng, bỏ'],
      ['8, 9, 10', null, 'Bỏ trống do viết hỏng'],
      [11, null, 'x'],
      [12],
      death(13, '20/02/2008', 'Trần Thị Mùi', '18/02/2008'),
    ]);
    expect(clean.map((record) => record.deceased.fullName)).toEqual(['Nguyễn Văn Tý', 'Trần Thị Mùi']);
    expect(rejected.map((row) => [row.provenance.row, row.raw['Họ và tên người chết']])).toEqual([[7, 'Lê Văn Sửu']]);
    expect(counts).toMatchObject({ rowsRead: 3, clean: 2, rejected: 1, skippedByReason: { title: 2, header: 1, 'unused-line': 7, blank: 1 } });
  });

  // A .VnTime book: 'Bỏ trống' is 'Bá trèng', both words Vietnamese as typed too.
  it('are skipped in a book typed in TCVN3 (.VnTime) too', async () => {
    const { encodeTcvn3 } = await import('../../fixtures/generator/legacy-encode.js');
    const folder = mkdtempSync(join(tmpdir(), 'hotich-unused-tcvn3-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sổ');
    const lines: Line[] = [
      HEADER,
      death(1, '05/01/2001', 'Nguyễn Văn Tý', '03/01/2001'),
      [2, null, 'Bỏ trống'],
      remarks(3, 'Bỏ trống'),
      [4, null, 'Viết hỏng, bỏ'],
      death(5, '20/02/2001', 'Trần Thị Mùi', '18/02/2001'),
    ];
    for (const line of lines) {
      const row = sheet.addRow(line.map((cell) => (typeof cell === 'string' ? encodeTcvn3(cell) : cell)));
      line.forEach((_, index) => {
        row.getCell(index + 1).font = { name: '.VnTime', size: 12 };
      });
    }
    const path = join(folder, 'so.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    expect(readJsonl(join(out, '249/death/clean.jsonl')).map((record) => (record.deceased as { fullName: string }).fullName)).toEqual(['Nguyễn Văn Tý', 'Trần Thị Mùi']);
    expect(readJsonl(join(out, '249/death/rejected.jsonl'))).toEqual([]);
    expect(readJson(join(out, '249/death/manifest.json')).counts).toMatchObject({ rowsRead: 2, clean: 2, skippedByReason: { 'unused-line': 3 } });
  });
});
