/**
 * Birth books of 2016+ that give each parent a 'Số định danh cá nhân' column after their names (one- and
 * two-level headers, Unicode and TCVN3): each number lands on its parent and the child keeps theirs, with no
 * warning. Until session 9 the mother's number was read as the child's (and rejected for its 4th digit) or
 * left in raw.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { readJsonl, runInto } from './run-helpers.js';

type Row = Record<string, any>;
type Cell = string | number | null;

async function writeBook(folder: string, file: string, rows: Cell[][], font: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2019');
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    cells.forEach((_cell, index) => {
      row.getCell(index + 1).font = { name: font, size: 12 };
    });
  }
  await workbook.xlsx.writeFile(join(folder, file));
}

const tcvn3 = (rows: Cell[][]): Cell[][] => rows.map((cells) => cells.map((cell) => (typeof cell === 'string' ? encodeTcvn3(cell) : cell)));

let clean: Row[] = [];
let rejected: Row[] = [];

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-parent-numbers-'));
  // One row: no number for the child, one after the mother's columns, one after the father's.
  await writeBook(folder, 'ks-dao-tu-2019.xlsx', [
    ['UBND XÃ ĐẠO TÚ'],
    ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019'],
    [],
    ['Số', 'Ngày đăng ký', 'Họ, chữ đệm, tên', 'Ngày, tháng, năm sinh', 'Giới tính',
      'Họ, chữ đệm, tên người mẹ', 'Năm sinh', 'Số định danh cá nhân', 'Họ, chữ đệm, tên người cha', 'Năm sinh', 'Số định danh cá nhân', 'Ghi chú'],
    ['1', '12/03/2019', 'Nguyễn Văn An', '02/03/2019', 'Nam', 'Trần Thị Mai', '1990', '026190001234', 'Nguyễn Văn Bình', '1988', '026088001235', null],
    // A child without a father: his columns left empty.
    ['2', '13/03/2019', 'Phạm Thị Hoa', '04/03/2019', 'Nữ', 'Phạm Thị Lan', '1992', '026192003456', null, null, null, null],
  ], 'Times New Roman');
  // Two levels typed in TCVN3: the child's number in the child's columns, each parent's merged down after the parent's group.
  await writeBook(folder, 'ks-tam-duong-2019.xlsx', tcvn3([
    ['SỔ ĐĂNG KÝ KHAI SINH'],
    ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số ĐDCN', 'Mẹ', null, 'Số ĐDCN', 'Cha', null, 'Số ĐDCN'],
    [null, null, null, null, null, null, 'Họ và tên', 'Năm sinh', null, 'Họ và tên', 'Năm sinh', null],
    ['7', '20/05/2019', 'Lê Minh Đức', '10/05/2019', 'Nam', '026219000111', 'Vũ Thị Hằng', '1992', '026192003457', 'Lê Văn Hùng', '1989', '026089004567'],
  ]), '.VnTime');
  const { out } = await runInto({ type: 'birth', districts: ['247'], inputs: [folder] });
  clean = readJsonl(join(out, '247/birth/clean.jsonl')) as Row[];
  rejected = readJsonl(join(out, '247/birth/rejected.jsonl')) as Row[];
});

const entry = (file: string, row: number): Row | undefined => clean.find((record) => record.provenance.file.endsWith(file) && record.provenance.row === row);

describe("a birth book with a personal number after each parent", () => {
  it('gives each parent the number after their columns, the child none, with no warning and nothing in raw', () => {
    const first = entry('ks-dao-tu-2019.xlsx', 5);
    expect([first?.child.personalId, first?.mother.personalId, first?.father.personalId]).toEqual([null, '026190001234', '026088001235']);
    expect(first?.warnings).toEqual([]);
    expect(first?.raw).toEqual({});
    const fatherless = entry('ks-dao-tu-2019.xlsx', 6);
    expect([fatherless?.child.personalId, fatherless?.mother.personalId, fatherless?.father]).toEqual([null, '026192003456', null]);
    expect(fatherless?.warnings).toEqual([]);
  });

  it("reads a two-level TCVN3 header with each parent's number merged down after their group", () => {
    const record = entry('ks-tam-duong-2019.xlsx', 4);
    expect(record?.child).toMatchObject({ fullName: 'Lê Minh Đức', personalId: '026219000111' });
    expect(record?.mother).toMatchObject({ fullName: 'Vũ Thị Hằng', personalId: '026192003457' });
    expect(record?.father).toMatchObject({ fullName: 'Lê Văn Hùng', personalId: '026089004567' });
    expect(record?.warnings).toEqual([]);
    expect(record?.raw).toEqual({});
  });

  it('loads every entry', () => {
    expect(rejected).toEqual([]);
    expect(clean).toHaveLength(3);
  });
});
