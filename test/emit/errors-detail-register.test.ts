/**
 * errors.xlsx 'Chi tiết' lines of the register checks made when a batch is written
 * (REGISTER_NUMBER_REPEATED, REGISTER_NUMBER_OUT_OF_ORDER, DATE_YEAR_NOT_BOOK of a book that
 * names no year), of SEX_MIDDLE_NAME_MISMATCH and of a sex cell left blank (SEX_MISSING): the officer goes to the cell 'Cột' names
 * and finds 'Giá trị gốc' there.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { birthBook, COLUMN, sheetRow, writeBooks, type Book, type Cell } from '../run/realistic-books.js';
import { runInto } from '../run/run-helpers.js';

/** Detail lines as [code, sheet, row, column, value]. */
async function detailLines(fileName: string, books: Book[]): Promise<unknown[][]> {
  const path = await writeBooks(fileName, books);
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, '249/birth/errors.xlsx'));
  const lines: unknown[][] = [];
  workbook.getWorksheet('Chi tiết')!.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    lines.push([values[1], values[4], values[5], values[6] ?? null, values[7] ?? null]);
  });
  return lines;
}

function edited(book: Book, change: (row: Cell[], index: number) => Cell[]): Book {
  return { ...book, rows: book.rows.map((row, index) => change([...row], index)) };
}

describe("errors.xlsx 'Chi tiết': the column and value of register and sex findings", () => {
  it("puts a repeated number and a number out of order on the Số column, and a sex against 'Thị' on the sex cell", async () => {
    const base = birthBook(2016, 60);
    // Two entries registered on different days, for a swap.
    const [swap] = [...Array(50).keys()].filter((index) => index > 30 && base.rows[index]![COLUMN.registered] !== base.rows[index + 1]![COLUMN.registered]);
    const book = edited(base, (row, index) => {
      if (index === 20) row[COLUMN.number] = 20; // Số 21 typed 20: the second 20.
      if (index === swap) row[COLUMN.number] = swap! + 2;
      if (index === swap! + 1) row[COLUMN.number] = swap! + 1;
      if (index === 5) [row[COLUMN.name], row[COLUMN.sex]] = ['Dương Thị Hòa', 'Nam'];
      if (index === 55) [row[COLUMN.name], row[COLUMN.sex]] = ['Trần Thị Mai', 'Nam'];
      return row;
    });
    const lines = await detailLines('so-khai-sinh-son-loi-2016.xlsx', [book]);
    // In the book's row order: the numbering checks made when the batch is written sit at their rows, not after the last row's problems.
    const rows = lines.map(([, , row]) => Number(row));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(lines.filter(([code]) => code === 'REGISTER_NUMBER_REPEATED')).toEqual([['REGISTER_NUMBER_REPEATED', '2016', sheetRow(book, 20), 'A', '20']]);
    const outOfOrder = lines.filter(([code]) => code === 'REGISTER_NUMBER_OUT_OF_ORDER');
    expect(outOfOrder).toHaveLength(1);
    expect(outOfOrder[0]!.slice(3)).toEqual(['A', expect.stringMatching(/^\d+$/)]);
    // 'Cột' D is 'Giới tính': its value is there; the message quotes the name.
    expect(lines.filter(([code]) => code === 'SEX_MIDDLE_NAME_MISMATCH')).toEqual([
      ['SEX_MIDDLE_NAME_MISMATCH', '2016', sheetRow(book, 5), 'D', 'Nam'],
      ['SEX_MIDDLE_NAME_MISMATCH', '2016', sheetRow(book, 55), 'D', 'Nam'],
    ]);
  });

  it("puts a year told by the book's other entries on the registration date's column", async () => {
    const untitled = { ...birthBook(2016, 30), sheet: 'Sheet1', titles: [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH']] };
    const book = edited(untitled, (row, index) => {
      if (index === 8) row[COLUMN.registered] = String(row[COLUMN.registered]).replace('/2016', '/2017');
      return row;
    });
    const lines = await detailLines('so-khai-sinh-son-loi.xlsx', [book]);
    const registered = String(book.rows[8]![COLUMN.registered]);
    expect(lines).toEqual([['DATE_YEAR_NOT_BOOK', 'Sheet1', sheetRow(book, 8), 'B', registered]]);
  });

  it("puts copies that disagree on the kept row's cell of the field they disagree on", async () => {
    const base = birthBook(2016, 12);
    // Entry 6 typed twice at the book's end, its birth date a day off in the copy: one entry, the kept row's date loaded.
    const copy = [...base.rows[5]!];
    const born = String(copy[COLUMN.born]);
    copy[COLUMN.born] = `${String(Number(born.slice(0, 2)) === 1 ? 2 : Number(born.slice(0, 2)) - 1).padStart(2, '0')}${born.slice(2)}`;
    const book = { ...base, rows: [...base.rows, copy] };
    const lines = await detailLines('so-khai-sinh-son-loi-2016.xlsx', [book]);
    expect(lines.filter(([code]) => code === 'DEDUP_COPIES_DISAGREE')).toEqual([['DEDUP_COPIES_DISAGREE', '2016', sheetRow(book, 5), 'E', born]]);
  });

  it("puts one child's ID on two records on the later record's ID cell", async () => {
    const base = birthBook(2016, 12);
    // The book with a 'Số định danh cá nhân' column (P): Vĩnh Phúc's code, the sex and century digit, the year.
    const ids = base.rows.map((row, index) => `026${row[COLUMN.sex] === 'Nam' ? 2 : 3}${String(row[COLUMN.born]).slice(-2)}${String(100_001 + index).padStart(6, '0')}`);
    const twin = base.rows.findIndex((row, index) => index > 3 && row[COLUMN.sex] === base.rows[3]![COLUMN.sex] && String(row[COLUMN.born]).slice(-4) === String(base.rows[3]![COLUMN.born]).slice(-4));
    expect(twin).toBeGreaterThan(3);
    ids[twin] = ids[3]!; // the second child given the first one's number
    const book = { ...base, header: [...base.header, 'Số định danh cá nhân'], rows: base.rows.map((row, index) => [...row, ids[index]!]) };
    const lines = await detailLines('so-khai-sinh-son-loi-2016.xlsx', [book]);
    expect(lines.filter(([code]) => code === 'PERSONAL_ID_REPEATED')).toEqual([['PERSONAL_ID_REPEATED', '2016', sheetRow(book, twin), 'P', ids[3]]]);
  });

  it('puts a sex cell left blank on the sex column, where the officer fills it', async () => {
    const book = edited(birthBook(2016, 12), (row, index) => {
      if (index === 4) row[COLUMN.sex] = null;
      return row;
    });
    const lines = await detailLines('so-khai-sinh-son-loi-2016.xlsx', [book]);
    expect(lines).toEqual([['SEX_MISSING', '2016', sheetRow(book, 4), 'D', null]]);
  });
});
