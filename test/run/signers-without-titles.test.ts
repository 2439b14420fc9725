import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// Signers' names typed at a sheet's end without the titles above them ('NGƯỜI GHI SỔ' | 'CHỦ TỊCH' missing):
// no entries, skipped as footer. A name alone between entries, or a last entry with its number or a date, is read.
type Cell = string | number | null;

const header: Cell[] = ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Nơi sinh', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú'];
const births: [string, string, string, string][] = [
  ['Nguyễn Văn An', 'Nam', 'Trần Thị Mai', 'Nguyễn Văn Bình'],
  ['Lê Thị Hoa', 'Nữ', 'Phạm Thị Lan', 'Lê Văn Cường'],
  ['Trần Minh Quân', 'Nam', 'Ngô Thị Yến', 'Trần Văn Long'],
  ['Đặng Thị Quỳnh', 'Nữ', 'Dương Thị Hạnh', 'Đặng Văn Khoa'],
];
const entry = (at: number): Cell[] => {
  const [name, sex, mother, father] = births[at % births.length]!;
  const month = String(at + 1).padStart(2, '0');
  return [at + 1, at + 1, `12/${month}/2016`, name, `03/${month}/2016`, sex, 'Kinh', 'Việt Nam', 'Trạm y tế xã Tam Hợp', mother, 1990, father, 1988, 'Thôn Ngọc Bảo, xã Tam Hợp'];
};
/** A row with the given cells filled, by column index. */
const cellsAt = (filled: Record<number, Cell>): Cell[] => Array.from({ length: header.length }, (_, column) => filled[column] ?? null);

async function birthBook(rows: Cell[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('KS 2016');
  rows.forEach((cells, at) => cells.forEach((value, column) => {
    if (value !== null) sheet.getCell(at + 1, column + 1).value = value;
  }));
  const folder = mkdtempSync(join(tmpdir(), 'hotich-signers-'));
  await book.xlsx.writeFile(join(folder, 'KS_TamHop_2016.xlsx'));
  return folder;
}

async function counts(folder: string): Promise<{ counts: Record<string, unknown>; rejectedRows: number[] }> {
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [folder] });
  const manifest = readJson(join(out, '249/birth/manifest.json'));
  const rejected = readJsonl(join(out, '249/birth/rejected.jsonl')) as { provenance: { row: number } }[];
  return { counts: manifest.counts, rejectedRows: rejected.map((record) => record.provenance.row) };
}

describe('signers\' names at a sheet\'s end without their titles', () => {
  it('two names side by side under the name columns, after a blank line, are a footer', async () => {
    const folder = await birthBook([header, entry(0), entry(1), entry(2), [], cellsAt({ 3: 'Nguyễn Thị Hà', 9: 'Trần Văn Cường' })]);
    const { counts: found, rejectedRows } = await counts(folder);
    expect(found).toMatchObject({ rowsRead: 3, clean: 3, rejected: 0 });
    expect(found.skippedByReason).toMatchObject({ footer: 1 });
    expect(rejectedRows).toEqual([]);
  });

  it('one name alone in a CSV, after a blank line, is a footer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-signers-'));
    const line = (cells: Cell[]): string => cells.map((cell) => cell ?? '').join(';');
    writeFileSync(join(folder, 'KS_TamHop_2016.csv'), [header, entry(0), entry(1), [], cellsAt({ 3: 'NGUYỄN THỊ HÀ' })].map(line).join('\n'));
    const { counts: found, rejectedRows } = await counts(folder);
    expect(found).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(rejectedRows).toEqual([]);
  });

  it('a last entry with its number stays an entry, the name below it is the signer\'s', async () => {
    const folder = await birthBook([header, entry(0), entry(1), [3, 3, null, 'Phạm Văn Toàn'], [], cellsAt({ 3: 'Nguyễn Thị Hà' })]);
    const { counts: found, rejectedRows } = await counts(folder);
    expect(found).toMatchObject({ rowsRead: 3, clean: 2, rejected: 1 });
    expect(rejectedRows).toEqual([4]);
  });

  it('a last entry that lost its figures, names under the child\'s, mother\'s and father\'s columns, stays an entry', async () => {
    const lostFigures = cellsAt({ 3: 'Lê Văn Tâm', 9: 'Nguyễn Thị Thu', 11: 'Lê Văn Hùng' });
    const folder = await birthBook([header, entry(0), entry(1), [], lostFigures, [], cellsAt({ 3: 'Nguyễn Thị Hà', 11: 'Trần Văn Cường' })]);
    const { counts: found, rejectedRows } = await counts(folder);
    expect(found).toMatchObject({ rowsRead: 3, clean: 2, rejected: 1 });
    expect(found.skippedByReason).toMatchObject({ footer: 1 });
    expect(rejectedRows).toEqual([5]);
  });

  it('a last entry whose other cells are no persons\' names (place and cause of death, nationality) stays an entry', async () => {
    const deathHeader: Cell[] = ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai'];
    const death = (at: number, name: string): Cell[] => [at + 1, at + 1, `20/0${at + 1}/2018`, name, at % 2 === 0 ? 'Nam' : 'Nữ', `12/05/${1935 + at}`, 'Kinh', 'Việt Nam', 'Thôn Đồng Sậu, xã Hương Sơn', `18/0${at + 1}/2018`, 'Tại nhà', 'Già yếu', 'Nguyễn Văn Hậu'];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('KT 2018');
    const lastRows: Cell[][] = [
      [null, null, null, 'Đỗ Văn Khang', null, null, null, null, null, null, 'Tại nhà', 'Già yếu'],
      [null, null, null, 'Phan Văn Lộc', null, null, null, 'Việt Nam', null, null, null, null, 'Phan Văn Hậu'],
    ];
    [deathHeader, death(0, 'Nguyễn Văn Thịnh'), death(1, 'Trần Thị Tý'), [], lastRows[0]!, [], lastRows[1]!, [], [null, null, null, 'Nguyễn Thị Hà', null, null, null, null, null, null, 'Trần Văn Cường']].forEach((cells, at) =>
      cells.forEach((value, column) => {
        if (value !== null) sheet.getCell(at + 1, column + 1).value = value;
      }),
    );
    const folder = mkdtempSync(join(tmpdir(), 'hotich-signers-'));
    await book.xlsx.writeFile(join(folder, 'KT_HuongSon_2018.xlsx'));
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [folder] });
    const manifest = readJson(join(out, '249/death/manifest.json'));
    const rejected = readJsonl(join(out, '249/death/rejected.jsonl')) as { provenance: { row: number } }[];
    expect(manifest.counts).toMatchObject({ rowsRead: 4, clean: 2, rejected: 2 });
    expect(manifest.counts.skippedByReason).toMatchObject({ footer: 1 });
    expect(rejected.map((record) => record.provenance.row)).toEqual([5, 7]);
  });

  it('signers typed under their title (\'Bà …\', \'Đ/c …\'), the role line missing, are a footer too', async () => {
    const folder = await birthBook([header, entry(0), entry(1), [], cellsAt({ 3: 'Bà Nguyễn Thị Hà', 9: 'Đ/c Trần Văn Cường' }), cellsAt({ 3: 'ÔNG LÊ VĂN TÂM' })]);
    const { counts: found, rejectedRows } = await counts(folder);
    expect(found).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(found.skippedByReason).toMatchObject({ footer: 2 });
    expect(rejectedRows).toEqual([]);
  });

  it('a titled name between entries is still an entry, and a title alone opens no name', async () => {
    const between = await birthBook([header, entry(0), [], cellsAt({ 3: 'Bà Phạm Thị Toàn' }), [], entry(1), [], cellsAt({ 3: 'Bà Hà' })]);
    const { counts: found, rejectedRows } = await counts(between);
    expect(found).toMatchObject({ rowsRead: 4, clean: 2, rejected: 2 });
    expect(rejectedRows).toEqual([4, 8]);
  });

  it('a name alone right under the last entry, or below a gap with entries after it, is still an entry', async () => {
    const underLast = await birthBook([header, entry(0), entry(1), cellsAt({ 3: 'Phạm Văn Toàn' })]);
    expect((await counts(underLast)).rejectedRows).toEqual([4]);
    const between = await birthBook([header, entry(0), [], cellsAt({ 3: 'Phạm Văn Toàn' }), [], entry(1), entry(2)]);
    const { counts: found, rejectedRows } = await counts(between);
    expect(found).toMatchObject({ rowsRead: 4, clean: 3, rejected: 1 });
    expect(rejectedRows).toEqual([4]);
  });
});
