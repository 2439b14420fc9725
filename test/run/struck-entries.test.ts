import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// A birth book typed from the paper one: an entry the clerk struck through and wrote again below
// is copied with a strikethrough font (Ctrl+5) on its cells, with no word in its remarks.
const HEADER = ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Nơi sinh', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Người đi khai', 'Quan hệ', 'Ghi chú'];
const PLACE = 'Trạm y tế xã Tam Hợp';
const STRUCK: Partial<ExcelJS.Font> = { name: 'Times New Roman', strike: true };

type Cell = ExcelJS.CellValue;
type Row = Cell[];

/** A birth entry of 2016: number, registration day, child, birth date, sex, mother, father, remarks. */
function entry(stt: number, number: number, day: number, child: Cell, born: string, sex: string, mother: Cell, father: string, remarks: Cell = null): Row {
  return [stt, number, `${day}/03/2016`, child, born, sex, 'Kinh', PLACE, mother, 1990, father, 1988, father, 'Cha', remarks];
}

interface Book {
  rows: Row[];
  /** Per row (0-based), the columns (1-based) drawn struck through; 'row' for every cell but the STT. */
  struck?: Record<number, number[] | 'row'>;
  merges?: string[];
}

async function run(book: Book) {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-struck-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS 2016');
  sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH - UBND XÃ TAM HỢP']);
  sheet.addRow(HEADER);
  book.rows.forEach((cells, index) => {
    const row = sheet.addRow(cells);
    const struck = book.struck?.[index];
    if (struck === undefined) return;
    const columns = struck === 'row' ? cells.map((_, column) => column + 1).filter((column) => column > 1) : struck;
    for (const column of columns) row.getCell(column).font = STRUCK;
  });
  for (const range of book.merges ?? []) sheet.mergeCells(range);
  const path = join(folder, 'so-khai-sinh-tam-hop-2016.xlsx');
  await workbook.xlsx.writeFile(path);
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
  const batch = (name: string): Record<string, any>[] => readJsonl(join(out, `249/birth/${name}.jsonl`));
  return { clean: batch('clean'), rejected: batch('rejected'), duplicates: batch('duplicates'), counts: readJson(join(out, '249/birth/manifest.json')).counts };
}

const codes = (entries: { code: string }[]): string[] => entries.map((finding) => finding.code);

describe('an entry struck through in the workbook', () => {
  it('is rejected with its reason, and the entry written again under the next number is loaded, not merged with it', async () => {
    const { clean, rejected, duplicates, counts } = await run({
      rows: [
        entry(1, 7, 10, 'Nguyễn Văn Hưng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình'),
        entry(2, 8, 10, 'Nguyễn Văn Hùng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình'),
        entry(3, 9, 11, 'Phạm Thị Lan', '01/03/2016', 'Nữ', 'Vũ Thị Mai', 'Phạm Văn Nam'),
      ],
      struck: { 0: 'row' },
    });
    expect(rejected.map((row) => [row.provenance.row, codes(row.errors)])).toEqual([[3, ['ENTRY_STRUCK_THROUGH']]]);
    expect(rejected[0]!.errors[0].message).toBe(
      'Mục đăng ký này bị gạch ngang trong bảng tính (họ tên "Nguyễn Văn Hưng" và 13/14 ô có nội dung được định dạng chữ gạch giữa): đây là mục đã bị hủy (gạch bỏ) trong sổ, không nạp như một mục hợp lệ.',
    );
    // The rejected row shows the entry as typed.
    expect(rejected[0]!.raw['Họ và tên']).toBe('Nguyễn Văn Hưng');
    expect(clean.map((record) => [record.registration.number, record.child.fullName, record.warnings])).toEqual([
      ['8', 'Nguyễn Văn Hùng', []],
      ['9', 'Phạm Thị Lan', []],
    ]);
    expect(duplicates).toEqual([]);
    expect(counts).toMatchObject({ rowsRead: 3, clean: 2, rejected: 1, mergedAway: 0 });
  });

  it('takes no number: the entry written again under the same number is no repeat of it', async () => {
    const { clean, rejected } = await run({
      rows: [
        entry(1, 7, 10, 'Nguyễn Văn Hưng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình'),
        entry(2, 7, 10, 'Nguyễn Văn Hùng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình'),
        entry(3, 8, 11, 'Phạm Thị Lan', '01/03/2016', 'Nữ', 'Vũ Thị Mai', 'Phạm Văn Nam'),
        entry(4, 8, 11, 'Trần Văn Nam', '03/03/2016', 'Nam', 'Đỗ Thị Hằng', 'Trần Văn Tú'),
      ],
      struck: { 0: 'row' },
    });
    expect(rejected.map((row) => [row.provenance.row, codes(row.errors)])).toEqual([[3, ['ENTRY_STRUCK_THROUGH']]]);
    // Number 8 typed twice in plain rows is still a repeat.
    expect(clean.map((record) => [record.registration.number, record.child.fullName, codes(record.warnings)])).toEqual([
      ['7', 'Nguyễn Văn Hùng', []],
      ['8', 'Phạm Thị Lan', []],
      ['8', 'Trần Văn Nam', ['REGISTER_NUMBER_REPEATED']],
    ]);
  });

  it('is one when its name and most of its cells are struck, the number and date left plain; not when only the name is', async () => {
    const { clean, rejected } = await run({
      rows: [
        entry(1, 7, 10, 'Nguyễn Văn Hưng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình'),
        entry(2, 8, 10, 'Nguyễn Văn Hùng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình'),
        // The name struck and written again in the remarks: the entry stands, its struck name is not read.
        entry(3, 9, 11, 'Phạm Thị Lang', '01/03/2016', 'Nữ', 'Vũ Thị Mai', 'Phạm Văn Nam', 'Tên đúng là Phạm Thị Lan'),
      ],
      struck: { 0: [4, 5, 6, 7, 8, 9, 10, 11, 12], 2: [4] },
    });
    expect(rejected.map((row) => [row.provenance.row, codes(row.errors), codes(row.warnings)])).toEqual([
      [3, ['ENTRY_STRUCK_THROUGH'], []],
      [5, ['FIELD_REQUIRED'], ['CELL_STRUCK_THROUGH']],
    ]);
    expect(rejected[1]!.warnings[0].message).toBe(
      'Ô "Phạm Thị Lang" có chữ bị gạch ngang (định dạng chữ gạch giữa, tức là đã gạch bỏ trong sổ): phần bị gạch không được nạp, ô được đọc như để trống.',
    );
    expect(clean.map((record) => record.child.fullName)).toEqual(['Nguyễn Văn Hùng']);
  });

  it('written again with ditto marks copies the values, not their strike', async () => {
    const { clean, rejected } = await run({
      rows: [
        entry(1, 7, 10, 'Nguyễn Văn Hưng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình'),
        [2, 8, '"', 'Nguyễn Văn Hùng', '"', 'Nam', '"', '"', '"', '"', '"', '"', '"', '"', null],
      ],
      struck: { 0: 'row' },
    });
    expect(rejected.map((row) => codes(row.errors))).toEqual([['ENTRY_STRUCK_THROUGH']]);
    expect(clean.map((record) => [record.child.fullName, record.child.birthDate, record.registration.date, record.mother.fullName, record.warnings])).toEqual([
      ['Nguyễn Văn Hùng', '2016-03-02', '2016-03-10', 'Lê Thị Hoa', []],
    ]);
  });

  it('written again in a row sharing its merged registration date cell keeps the date', async () => {
    const { clean, rejected } = await run({
      rows: [
        entry(1, 7, 10, 'Nguyễn Văn Hưng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình'),
        [2, 8, null, 'Nguyễn Văn Hùng', '02/03/2016', 'Nam', 'Kinh', PLACE, 'Lê Thị Hoa', 1990, 'Nguyễn Văn Bình', 1988, 'Nguyễn Văn Bình', 'Cha', null],
      ],
      struck: { 0: 'row' },
      merges: ['C3:C4'],
    });
    expect(rejected.map((row) => codes(row.errors))).toEqual([['ENTRY_STRUCK_THROUGH']]);
    expect(clean.map((record) => [record.child.fullName, record.registration.date, record.warnings])).toEqual([['Nguyễn Văn Hùng', '2016-03-10', []]]);
  });
});

describe('struck text in an entry that stands', () => {
  it('a remark struck out alone: the entry is loaded, the remark is not read, and the officer is told', async () => {
    const { clean, rejected } = await run({
      rows: [
        entry(1, 7, 10, 'Nguyễn Văn Hùng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 'Nguyễn Văn Bình', 'Đăng ký quá hạn'),
        // A cancellation struck out is no cancellation.
        entry(2, 8, 11, 'Phạm Thị Lan', '01/03/2016', 'Nữ', 'Vũ Thị Mai', 'Phạm Văn Nam', 'Hủy'),
      ],
      struck: { 0: [15], 1: [15] },
    });
    expect(rejected).toEqual([]);
    expect(clean.map((record) => [record.child.fullName, record.remarks, codes(record.warnings), record.warnings[0].field])).toEqual([
      ['Nguyễn Văn Hùng', null, ['CELL_STRUCK_THROUGH'], 'remarks'],
      ['Phạm Thị Lan', null, ['CELL_STRUCK_THROUGH'], 'remarks'],
    ]);
    expect(clean[0]!.warnings[0].message).toBe(
      'Ô "Đăng ký quá hạn" có chữ bị gạch ngang (định dạng chữ gạch giữa, tức là đã gạch bỏ trong sổ): phần bị gạch không được nạp, ô được đọc như để trống.',
    );
  });

  it('a word struck and written again inside a cell is read without it', async () => {
    const name = { richText: [{ text: 'Nguyễn Văn ', font: { name: 'Times New Roman' } }, { text: 'Hưng', font: { name: 'Times New Roman', strike: true } }, { text: ' Hùng', font: { name: 'Times New Roman' } }] };
    const mother = { richText: [{ text: 'Lê Thị Ho', font: { name: 'Times New Roman' } }, { text: 'a', font: { name: 'Times New Roman', strike: true } }, { text: 'à', font: { name: 'Times New Roman' } }] };
    const { clean, rejected } = await run({
      rows: [entry(1, 7, 10, name, '02/03/2016', 'Nam', mother, 'Nguyễn Văn Bình'), entry(2, 8, 11, 'Phạm Thị Lan', '01/03/2016', 'Nữ', 'Vũ Thị Mai', 'Phạm Văn Nam')],
    });
    expect(rejected).toEqual([]);
    expect([clean[0]!.child.fullName, clean[0]!.mother.fullName]).toEqual(['Nguyễn Văn Hùng', 'Lê Thị Hoà']);
    expect(clean[0]!.warnings).toEqual([
      {
        code: 'CELL_STRUCK_THROUGH',
        field: 'child.fullName',
        message:
          'Ô "Nguyễn Văn Hưng Hùng" có chữ bị gạch ngang (định dạng chữ gạch giữa, tức là đã gạch bỏ trong sổ): phần bị gạch không được nạp, giá trị được đọc là "Nguyễn Văn Hùng".',
      },
      {
        code: 'CELL_STRUCK_THROUGH',
        field: 'mother.fullName',
        message: 'Ô "Lê Thị Hoaà" có chữ bị gạch ngang (định dạng chữ gạch giữa, tức là đã gạch bỏ trong sổ): phần bị gạch không được nạp, giá trị được đọc là "Lê Thị Hoà".',
      },
    ]);
    expect(clean[1]!.warnings).toEqual([]);
  });
});
