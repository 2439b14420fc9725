import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
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

describe('a .VnTime book whose ư (U+00AD) a clean-up tool stripped (legacy-encodings.md §3.5)', () => {
  const stripped = (text: string): string => encodeTcvn3(text).replace(/\u00ad/g, '');
  const rows = [
    entry(1, 'Trương Văn Mười', 'Lưu Thị Hương', 'Trương Văn Lưu', 'Nam', 'Thôn Hương, xã Quất Lưu'),
    entry(2, 'Dương Thị Thư', 'Vương Thị Lừng', 'Dương Văn Tư', 'Nữ', 'Xã Quất Lưu, huyện Bình Xuyên'),
    entry(3, 'Lương Văn Hưng', 'Phương Thị Cư', 'Lương Văn Lực', 'Nam', 'Xã Hương Sơn'),
    entry(4, 'Phùng Văn Mười', 'Kiều Thị Phượng', 'Phùng Văn Trường', 'Nam', 'Xã Quất Lưu'),
    entry(5, 'Nguyễn Văn Sơn', 'Lê Thị Thơm', 'Nguyễn Văn Hơn', 'Nam', 'Xã Thiện Kế, huyện Bình Xuyên'),
    // An initial and a label are no name that lost its ư.
    entry(6, 'Nguyễn Thị Lan', 'Trần Thị Hoa', 'Nguyễn Văn T.', 'Nữ', 'Tổ 5, khu C, thị trấn Hương Canh'),
  ];

  it("restores the words only an ư makes words in every cell ('Hng', 'Th', 'T', 'C'), and reports those that read either way ('Lu', 'Mời')", async () => {
    const clean = await births(await book(rows.map((row) => row.map(stripped)), '.VnTime', HEADER.map(stripped)));
    expect(names(clean)).toEqual([
      // 'Lu' opening a name is the family name Lưu (no family name Lu); ending one it stays in doubt.
      ['Trương Văn Mời', 'Lưu Thị Hương', 'Trương Văn Lu'],
      ['Dương Thị Thư', 'Vương Thị Lừng', 'Dương Văn Tư'],
      ['Lương Văn Hưng', 'Phương Thị Cư', 'Lương Văn Lực'],
      ['Phùng Văn Mời', 'Kiều Thị Phượng', 'Phùng Văn Trường'],
      ['Nguyễn Văn Sơn', 'Lê Thị Thơm', 'Nguyễn Văn Hơn'],
      ['Nguyễn Thị Lan', 'Trần Thị Hoa', 'Nguyễn Văn T'],
    ]);
    expect((clean[5]!.child as { birthPlace: string }).birthPlace).toBe('Tổ 5, khu C, thị trấn Hương Canh');
    const lost = (record: Record<string, unknown>): string[] =>
      (record.warnings as { code: string; field: string }[]).filter((warning) => warning.code === 'TEXT_TCVN3_LETTER_LOST').map((warning) => warning.field).sort();
    // 'Xã Quất Lu' is the commune Quất Lưu of the reference: read with its ư, no longer in doubt.
    expect(clean.map((record) => (record.child as { birthPlace: string }).birthPlace).slice(0, 4)).toEqual([
      'Thôn Hương, xã Quất Lưu',
      'Xã Quất Lưu, huyện Bình Xuyên',
      'Xã Hương Sơn',
      'Xã Quất Lưu',
    ]);
    expect(clean.map(lost)).toEqual([
      ['child.fullName', 'father.fullName'],
      [],
      [],
      // 'Phùng Văn Mời': no 'ơ' word in this cell, the sheet shows the stripping.
      ['child.fullName'],
      [],
      [],
    ]);
    expect(clean[1]!.notes).toContainEqual(expect.objectContaining({ code: 'TEXT_LEGACY_TCVN3', field: 'father.fullName', from: 'D¬ng V¨n T', to: 'Dương Văn Tư' }));
  });

  it('changes nothing in the same book typed with its ư, nor in a book of real ơ words', async () => {
    const kept = await births(await book(rows.slice(0, 5).map((row) => row.map(encodeTcvn3)), '.VnTime', HEADER.map(encodeTcvn3)));
    expect(names(kept)).toEqual([
      ['Trương Văn Mười', 'Lưu Thị Hương', 'Trương Văn Lưu'],
      ['Dương Thị Thư', 'Vương Thị Lừng', 'Dương Văn Tư'],
      ['Lương Văn Hưng', 'Phương Thị Cư', 'Lương Văn Lực'],
      ['Phùng Văn Mười', 'Kiều Thị Phượng', 'Phùng Văn Trường'],
      ['Nguyễn Văn Sơn', 'Lê Thị Thơm', 'Nguyễn Văn Hơn'],
    ]);
    const hornO = [
      entry(1, 'Nguyễn Văn Sơn', 'Lê Thị Thơm', 'Nguyễn Văn Hơn', 'Nam', 'Thôn Lu, xã Sơn Lôi'),
      entry(2, 'Hoàng Thị Mơ', 'Phạm Thị Thơ', 'Hoàng Văn Cơ', 'Nữ', 'Tổ 5, khu C, thị trấn Hương Canh'),
      entry(3, 'Trần Văn Lợi', 'Đỗ Thị Thu', 'Nguyễn Văn Tú', 'Nam', 'Xã Hợp Thịnh'),
    ];
    const clean = await births(await book(hornO.map((row) => row.map(encodeTcvn3)), '.VnTime', HEADER.map(encodeTcvn3)));
    expect(names(clean)).toEqual([
      ['Nguyễn Văn Sơn', 'Lê Thị Thơm', 'Nguyễn Văn Hơn'],
      ['Hoàng Thị Mơ', 'Phạm Thị Thơ', 'Hoàng Văn Cơ'],
      ['Trần Văn Lợi', 'Đỗ Thị Thu', 'Nguyễn Văn Tú'],
    ]);
    expect(clean.map((record) => (record.child as { birthPlace: string }).birthPlace)).toEqual(['Thôn Lu, xã Sơn Lôi', 'Tổ 5, khu C, thị trấn Hương Canh', 'Xã Hợp Thịnh']);
    expect([...kept, ...clean].flatMap((record) => (record.warnings as { code: string }[]).filter((warning) => warning.code.startsWith('TEXT_')))).toEqual([]);
  });
});
