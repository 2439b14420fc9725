import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';
import { readJson, readJsonl, runInto, silentLogger } from './run-helpers.js';

// Đồng Văn's 2015 book as a clerk left it: the book on sheet '2015', and a sheet 'Nhap' she
// hid (Format › Hide) holding her draft: entry 1 typed again, and an entry never moved into the book.
const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Quốc tịch', 'Họ và tên mẹ', 'Năm sinh mẹ',
  'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú', 'Người đi khai sinh', 'Ghi chú'];
const KHANG = [1, '03/02/2015', 'Vũ Minh Khang', 'Nam', '20/01/2015', 'xã Đồng Văn', 'Kinh', 'Việt Nam', 'Đào Thị Hường', 1990, 'Vũ Văn Khoa', 1986, 'thôn Đông', 'Vũ Văn Khoa', ''];
const BICH = [2, '05/02/2015', 'Ngô Thị Bích', 'Nữ', '28/01/2015', 'xã Đồng Văn', 'Kinh', 'Việt Nam', 'Tạ Thị Hòa', 1993, 'Ngô Văn Sáu', 1991, 'thôn Tây', 'Ngô Văn Sáu', ''];
const DRAFT = [3, '09/02/2015', 'Lương Văn Tài', 'Nam', '01/02/2015', 'xã Đồng Văn', 'Kinh', 'Việt Nam', 'Bùi Thị Hạnh', 1992, 'Lương Văn Hải', 1990, 'thôn Nam', 'Lương Văn Hải', ''];
const FILE = 'KS-09031-2015.xlsx';

let path = '';
let out = '';
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const book = workbook.addWorksheet('2015');
  for (const row of [['UBND XÃ ĐỒNG VĂN'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2015'], ['Quyển số: 01/2015'], HEADER, KHANG, BICH]) book.addRow(row);
  const draft = workbook.addWorksheet('Nhap', { state: 'hidden' });
  for (const row of [HEADER, KHANG, DRAFT]) draft.addRow(row);
  path = join(mkdtempSync(join(tmpdir(), 'hotich-hidden-sheet-')), FILE);
  await workbook.xlsx.writeFile(path);
  ({ out } = await runInto({ type: 'birth', districts: ['251'], inputs: [path] }));
});

const MESSAGE = 'Trang tính "Nhap" đang bị ẩn trong Excel nhưng các mục đăng ký trên đó vẫn được đọc: kiểm tra xem đó là bản nháp, bản sao hay đúng là một phần của sổ.';

describe('a sheet hidden in Excel', () => {
  it('is read, every row accounted for', () => {
    const { counts } = readJson(join(out, '251/birth/manifest.json'));
    expect(counts).toMatchObject({ rowsRead: 4, clean: 3, rejected: 0, mergedAway: 1 });
  });

  it('gives each of its entries the warning SHEET_HIDDEN, and none to the visible book\'s', () => {
    const clean = readJsonl(join(out, '251/birth/clean.jsonl'));
    const warnings = Object.fromEntries(clean.map((record) => [`${(record.provenance as { sheet: string }).sheet}!${(record.provenance as { row: number }).row}`, record.warnings]));
    expect(warnings).toEqual({
      '2015!5': [],
      '2015!6': [],
      'Nhap!3': [{ code: 'SHEET_HIDDEN', field: 'row', message: MESSAGE }],
    });
  });

  it('is named once in the run summary and the officers\' workbook, with its entries', async () => {
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems).toEqual([
      // The draft has no title of its own: it takes the commune of the book's sheet before it.
      { district: '251', file: FILE, sheet: 'Nhap', code: 'SHEET_COMMUNE_INFERRED', message: expect.stringContaining('Xã Đồng Văn (mã 09031) theo tiêu đề trang tính "2015"'), type: 'birth' },
      { district: '251', file: FILE, sheet: 'Nhap', code: 'SHEET_HIDDEN', message: MESSAGE, type: 'birth' },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, '251/birth/errors.xlsx'));
    const lines: unknown[][] = [];
    workbook.getWorksheet('Chi tiết')!.eachRow((row, rowNumber) => {
      if (rowNumber > 1) lines.push((row.values as unknown[]).slice(1));
    });
    const hidden = lines.filter((values) => values[1] === 'SHEET_HIDDEN');
    // The sheet (no row), and the entries read from it: the draft entry and the copy merged into the book's.
    expect(hidden.map((values) => [values[4], values[5] ?? null])).toEqual(expect.arrayContaining([['Nhap', null], ['Nhap', 2], ['Nhap', 3]]));
    expect(hidden).toHaveLength(3);
    expect(hidden[0]?.[9]).toMatch(/Bỏ ẩn/);
  });

  it('is said in check, sheet and entries', async () => {
    const report = await runCheck(path, 'birth', silentLogger);
    expect(report).toContain('Trang tính "2015": sổ khai sinh, tiêu đề ở dòng 4\n');
    expect(report).toContain('Trang tính "Nhap": sổ khai sinh, tiêu đề ở dòng 1 (trang tính đang bị ẩn trong Excel); xã đăng ký Xã Đồng Văn lấy theo tiêu đề trang tính "2015"\n');
    expect(report).toContain('Cảnh báo SHEET_HIDDEN × 2: trang "Nhap", dòng 2; trang "Nhap", dòng 3');
  });
});

// Đồng Văn's 2016 book with its third entry's row hidden (Format › Hide › Rows): the officer opening the file
// does not see it. It was read with no word at all; it is read, with the note ROW_HIDDEN (session 23, theme 5).
describe('a row hidden in Excel', () => {
  let rowsOut = '';
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const book = workbook.addWorksheet('2016');
    const entry = (row: (string | number)[], number: number, name: string) => [number, row[1], name, ...row.slice(3)].map((value) => (typeof value === 'string' ? value.replace('2015', '2016') : value));
    for (const row of [['UBND XÃ ĐỒNG VĂN'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016'], HEADER, entry(KHANG, 1, 'Vũ Minh Khôi'), entry(BICH, 2, 'Ngô Thị Bảo'), entry(DRAFT, 3, 'Lương Văn Tâm'), entry(KHANG, 4, 'Vũ Minh Khánh')]) book.addRow(row);
    book.getRow(6).hidden = true;
    const file = join(mkdtempSync(join(tmpdir(), 'hotich-hidden-row-')), 'KS-09031-2016.xlsx');
    await workbook.xlsx.writeFile(file);
    ({ out: rowsOut } = await runInto({ type: 'birth', districts: ['251'], inputs: [file] }));
  });

  it('is read, with the note ROW_HIDDEN on its entry alone', () => {
    expect(readJson(join(rowsOut, '251/birth/manifest.json')).counts).toMatchObject({ rowsRead: 4, clean: 4, rejected: 0 });
    const clean = readJsonl(join(rowsOut, '251/birth/clean.jsonl')) as { provenance: { row: number }; notes: { code: string }[]; warnings: unknown[] }[];
    expect(clean.map((record) => [record.provenance.row, record.notes.some((note) => note.code === 'ROW_HIDDEN'), record.warnings])).toEqual([
      [4, false, []],
      [5, false, []],
      [6, true, []],
      [7, false, []],
    ]);
  });
});
