/**
 * What the officer reads of a book: a commune mistyped in the page title is one problem at the
 * title line (not one per entry at column A, which holds the numbers), a Date cell is quoted as
 * Excel shows it (dd/mm/yyyy, DOMAIN.md §5), a name typed after '=' keeps its family name.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';
import { readJsonl, runInto, silentLogger } from './run-helpers.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày, tháng, năm sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú của cha, mẹ'];
const RESIDENCE = 'thôn Ninh Bắc, xã Hương Sơn';
const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));
const CHILDREN = ['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Văn Cường', 'Đỗ Thị Dung'];

/** A 2008 birth book whose title types the commune 'HƯƠNG SƠM' (Hương Sơn), dates as Date cells; the second entry registered before its birth. */
async function mistypedTitleBook(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-officer-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS');
  sheet.addRow(['UBND XÃ HƯƠNG SƠM']);
  sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2008']);
  sheet.addRow(HEADER);
  CHILDREN.forEach((child, index) => {
    const born = index === 1 ? day(2008, 4, 20) : day(2008, 2, 1 + index);
    const row = sheet.addRow([index + 1, day(2008, 3, 5 + index), child, index % 2 ? 'Nữ' : 'Nam', born, 'Trạm y tế xã Hương Sơn', 'Kinh', 'Trần Thị Lan', 1980, 'Nguyễn Văn Tuấn', 1978, RESIDENCE]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.getCell(5).numFmt = 'dd/mm/yyyy';
  });
  const path = join(folder, 'so ks 2008.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

async function detailRows(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: unknown[][] = [];
  workbook.getWorksheet('Chi tiết')!.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('a commune mistyped in the page title', () => {
  it("is one line of 'Chi tiết' at the title's cell; every record still carries its warning", async () => {
    const path = await mistypedTitleBook();
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const places = (await detailRows(join(out, '249/birth/errors.xlsx'))).filter((row) => row[1] === 'PLACE_COMMUNE_UNKNOWN');
    expect(places.map((row) => row.slice(4, 8))).toEqual([['KS', 1, 'A', 'XÃ HƯƠNG SƠM']]);
    expect(places[0]![2]).toMatch(/^Nơi đăng ký: Không tìm thấy xã\/phường\/thị trấn "XÃ HƯƠNG SƠM".*\(Giá trị ở dòng tiêu đề 1, dùng cho 4 mục đăng ký\.\)$/);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { warnings: { code: string }[] }[];
    const rejected = readJsonl(join(out, '249/birth/rejected.jsonl')) as { warnings: { code: string }[] }[];
    expect([...clean, ...rejected].map((record) => record.warnings.filter((warning) => warning.code === 'PLACE_COMMUNE_UNKNOWN').length)).toEqual([1, 1, 1, 1]);
  });

  it('is given at the title line by hotich check', async () => {
    const report = await runCheck(await mistypedTitleBook(), 'birth', silentLogger);
    expect(report).toContain('Cảnh báo PLACE_COMMUNE_UNKNOWN × 4: trang "KS", dòng tiêu đề 1, cột A, Nơi đăng ký\n');
  });
});

describe('a Date cell', () => {
  it("is kept in rejected.jsonl's raw as Excel shows it, dd/mm/yyyy, not as the reader's ISO day", async () => {
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await mistypedTitleBook()] });
    const [rejected] = readJsonl(join(out, '249/birth/rejected.jsonl')) as { raw: Record<string, string>; errors: { code: string; value: string }[] }[];
    expect(rejected!.raw).toMatchObject({ 'Ngày đăng ký': '06/03/2008', 'Ngày, tháng, năm sinh': '20/04/2008', 'Năm sinh mẹ': '1980' });
    expect(rejected!.errors).toMatchObject([{ code: 'REGISTRATION_BEFORE_EVENT', value: '06/03/2008' }]);
  });
});

describe("a name typed after a formula sign in a CSV ('=Trần Thị Lan')", () => {
  it('loses the sign, keeps its capitals, and its record loads with a note', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-officer-'));
    const lines = [
      HEADER.map((label) => (label.includes(',') ? `"${label}"` : label)).join(','),
      `1,10/03/2008,Nguyễn Văn An,Nam,01/02/2008,Trạm y tế,Kinh,=Trần Thị Lan,1980,Nguyễn Văn Tuấn,1978,"${RESIDENCE}"`,
      `2,11/03/2008,+Phạm Văn Cường,Nam,02/02/2008,Trạm y tế,Kinh,@Đỗ Thị Hoa,1981,Phạm Văn Dũng,1979,"${RESIDENCE}"`,
    ];
    const path = join(folder, 'so khai sinh 2008 Huong Son.csv');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as Record<string, any>[];
    expect(clean.map((record) => [record.child.fullName, record.child.familyName, record.mother.fullName])).toEqual([
      ['Nguyễn Văn An', 'Nguyễn', 'Trần Thị Lan'],
      ['Phạm Văn Cường', 'Phạm', 'Đỗ Thị Hoa'],
    ]);
    expect(clean[0]!.notes).toContainEqual({ code: 'NAME_PUNCTUATION_REMOVED', field: 'mother.fullName', from: '=Trần Thị Lan', to: 'Trần Thị Lan' });
    expect(clean.flatMap((record) => record.warnings.map((warning: { code: string }) => warning.code))).not.toContain('NAME_INVALID_CHARACTERS');
  });
});
