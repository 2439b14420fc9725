import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { readJsonl, runInto } from './run-helpers.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Họ và tên mẹ', 'Họ và tên cha', 'Nơi sinh'];

/** A birth book whose every cell (title, header, entries) is in `font`. */
async function book(rows: string[][], font: string, header = HEADER): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS');
  sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH']);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  sheet.eachRow((row) => row.eachCell((cell) => (cell.font = { name: font, size: 12 })));
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-sheet-text-')), 'so-khai-sinh.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

const entry = (n: number, name: string, mother: string, father: string, sex: string, place = 'Xã Thiện Kế, huyện Bình Xuyên'): string[] => [
  String(n), `0${n}/03/2010`, name, `0${n}/02/2010`, sex, mother, father, place,
];

async function births(path: string): Promise<Record<string, unknown>[]> {
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
  return readJsonl(join(out, '249/birth/clean.jsonl'));
}

const names = (records: Record<string, unknown>[]): string[][] =>
  records.map((record) => ['child', 'mother', 'father'].map((person) => (record[person] as { fullName: string }).fullName));
const textFindings = (records: Record<string, unknown>[]): unknown[] =>
  records.flatMap((record) => [...(record.notes as { code: string }[]), ...(record.warnings as { code: string }[])]).filter((finding) => finding.code.startsWith('TEXT_'));

describe('a Unicode book re-formatted in a legacy font', () => {
  it('keeps Latin-1-only names of a VNI-Times book whose cells are Unicode', async () => {
    const path = await book([
      entry(1, 'Lê Hoàng Nam', 'Tô Thu Trà', 'Lê Hoàng Anh', 'Nam'),
      entry(2, 'Nguyễn Thị Hương', 'Chu Thu Hoà', 'Nguyễn Văn Dũng', 'Nữ'),
      entry(3, 'Trần Văn Đức', 'Phạm Thị Ngọc', 'Trần Văn Hưởng', 'Nam'),
    ], 'VNI-Times');
    const clean = await births(path);
    expect(names(clean)).toEqual([
      ['Lê Hoàng Nam', 'Tô Thu Trà', 'Lê Hoàng Anh'],
      ['Nguyễn Thị Hương', 'Chu Thu Hoà', 'Nguyễn Văn Dũng'],
      ['Trần Văn Đức', 'Phạm Thị Ngọc', 'Trần Văn Hưởng'],
    ]);
    expect(textFindings(clean)).toEqual([]);
  });

  it('keeps foreign names and symbols of a .VnTime book whose cells are Unicode', async () => {
    const path = await book([
      entry(1, 'Nguyễn Thị Mai Anh', 'Anna Müller', 'José Fernández', 'Nữ', 'Số 5 · tổ 3, thị trấn Hương Canh'),
      entry(2, 'Trần Văn Hùng', 'Lê Thị Hoa', 'Trần Văn Tú', 'Nam'),
    ], '.VnTime');
    const clean = await births(path);
    expect(names(clean)).toEqual([
      ['Nguyễn Thị Mai Anh', 'Anna Müller', 'José Fernández'],
      ['Trần Văn Hùng', 'Lê Thị Hoa', 'Trần Văn Tú'],
    ]);
    expect((clean[0]!.child as { birthPlace: string }).birthPlace).toBe('Số 5 · tổ 3, thị trấn Hương Canh');
    expect(textFindings(clean)).toEqual([]);
  });

  it('still decodes a real VNI book', async () => {
    const path = await book(
      [
        entry(1, 'Lê Hoàng Nam', 'Chu Thu Hoà', 'Lê Hoàng Anh', 'Nam'),
        entry(2, 'Nguyễn Thị Hương', 'Tô Thu Trà', 'Nguyễn Văn Dũng', 'Nữ'),
      ].map((row) => row.map(encodeVni)),
      'VNI-Times',
      HEADER.map(encodeVni),
    );
    expect(names(await births(path))).toEqual([
      ['Lê Hoàng Nam', 'Chu Thu Hoà', 'Lê Hoàng Anh'],
      ['Nguyễn Thị Hương', 'Tô Thu Trà', 'Nguyễn Văn Dũng'],
    ]);
  });
});

describe('a Windows-1258 book saved as a workbook', () => {
  it("reads 'Vãn' as Văn, as the same book read as a CP1258 CSV", async () => {
    const path = await book([
      entry(1, 'Hoàng Vãn Ích', 'NguyêÞn Thiò Hýõng', 'Hoàng Vãn Ích', 'Nam', 'XaÞ Thiêòn Kêì'),
      entry(2, 'Bùi Vãn Toàn', 'TrâÌn Thiò Lan', 'Bùi Vãn Toàn', 'Nam', 'XaÞ Thiêòn Kêì'),
    ], 'Calibri');
    const clean = await births(path);
    expect(names(clean)).toEqual([
      ['Hoàng Văn Ích', 'Nguyễn Thị Hương', 'Hoàng Văn Ích'],
      ['Bùi Văn Toàn', 'Trần Thị Lan', 'Bùi Văn Toàn'],
    ]);
    expect(clean[0]!.notes).toContainEqual(expect.objectContaining({ code: 'TEXT_LEGACY_CP1258', field: 'child.fullName', to: 'Hoàng Văn Ích' }));
  });
});

describe('no-break spaces in a Unicode book', () => {
  it('are spaces, and the names are kept', async () => {
    const path = await book([
      entry(1, 'Ngô\u00a0Quang\u00a0Huy', 'Lê\u00a0Thu\u00a0Hà', 'Võ\u00a0Thanh\u00a0Tâm', 'Nam'),
      entry(2, 'Lê Tú Anh\u00a0', 'Tô\u00a0Thu\u00a0Trà', 'Chu\u00a0Văn\u00a0Hoà', 'Nữ'),
    ], 'Times New Roman');
    const clean = await births(path);
    expect(names(clean)).toEqual([
      ['Ngô Quang Huy', 'Lê Thu Hà', 'Võ Thanh Tâm'],
      ['Lê Tú Anh', 'Tô Thu Trà', 'Chu Văn Hoà'],
    ]);
    expect(textFindings(clean)).toEqual([]);
  });
});
