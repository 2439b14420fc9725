import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';
import { isBlank, openSheets } from '../../src/ingest/open-sheets.js';
import { readJson, readJsonl, runInto, silentLogger } from '../run/run-helpers.js';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-empty-'));
});

/** The sheet names a file yields, or the error it throws. */
async function open(name: string, bytes: Buffer | string): Promise<string[] | { code: unknown; message: string }> {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  const names: string[] = [];
  try {
    for await (const sheet of openSheets(path)) {
      names.push(sheet.name);
      for await (const _row of sheet.rows) break;
    }
  } catch (error) {
    return { code: (error as { code?: unknown }).code, message: (error as Error).message };
  }
  return names;
}

describe('an empty file', () => {
  it.each([
    ['a 0-byte workbook (a copy that never got its content)', 'so-khai-sinh-2015.xlsx', Buffer.alloc(0)],
    ['a 0-byte .xlsm', 'so-khai-sinh-2015.xlsm', Buffer.alloc(0)],
    ['a 0-byte CSV', 'so-khai-sinh-2015.csv', Buffer.alloc(0)],
    ['a CSV of a byte order mark and line ends (Excel saving an empty sheet as CSV UTF-8)', 'so-khai-tu-2016.csv', '\uFEFF\r\n\r\n'],
    ['a UTF-16 text export of blanks', 'so-ket-hon-2016.txt', Buffer.from('\uFEFF \t\r\n', 'utf16le')],
    ['a workbook of spaces', 'so-khai-sinh-2016.xlsx', '   \n'],
    ['a CSV of lines of commas (Excel saving as CSV an empty sheet whose cells have borders)', 'so-khai-sinh-2017.csv', `\uFEFF${',,,,,,,,,,,,,,,,\r\n'.repeat(400)}`],
    ['a semicolon CSV of empty cells (European-locale Excel)', 'so-khai-tu-2017.csv', ';;;;\r\n;;;;\r\n'],
    ['a UTF-16 text export of empty cells', 'so-ket-hon-2017.txt', Buffer.from('\uFEFF\t\t\t\r\n\t\t\t\r\n', 'utf16le')],
  ])('is named as empty (FILE_EMPTY), not as cut short or headerless: %s', async (_case, name, bytes) => {
    expect(await open(name, bytes)).toEqual({ code: 'FILE_EMPTY', message: 'FILE_EMPTY: the file is empty (0 bytes or only whitespace)' });
  });

  it('is not said of a file with anything but blanks in it', async () => {
    expect(await open('tieu-de.csv', '\uFEFFSTT,Số,Họ và tên\r\n')).toEqual(['']);
    expect(await open('dau-phay.csv', ',,,\r\n1,,\r\n')).toEqual(['']);
    // Blanks past the first chunk do not hide what follows them.
    expect(await open('sau-dong-trong.csv', `${',,,\r\n'.repeat(40_000)}STT,Số,Họ và tên\r\n`)).toEqual(['']);
    // A workbook cut short after its first bytes is still cut short.
    expect(await open('cat-cut.xlsx', Buffer.from('PK\u0003\u0004\u0014\u0000'))).toMatchObject({ message: expect.stringContaining('file truncated') });
    expect(isBlank(Buffer.from('\uFEFF0', 'utf8'))).toBe(false);
    expect(isBlank(Buffer.from(' \u00a0', 'utf8'))).toBe(false);
  });

  it('is reported in the run as "Tệp rỗng", and the district\'s other files load', async () => {
    const district = join(folder, '249-binh-xuyen');
    mkdirSync(district);
    copyFileSync('fixtures/broken/good.csv', join(district, 'khai-sinh-thien-ke-2017.csv'));
    writeFileSync(join(district, 'khai-sinh-thien-ke-2018.xlsx'), Buffer.alloc(0));
    writeFileSync(join(district, 'khai-sinh-thien-ke-2019.csv'), '\uFEFF\r\n');
    const { out, result } = await runInto({ type: 'birth', districts: ['249'], inputs: [district] });
    expect(result.exitCode).toBe(0);
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    const errors = Object.fromEntries(manifest.inputs.map((input: { file: string; error?: { code: string; message: string } }) => [input.file, input.error?.code ?? null]));
    expect(errors).toEqual({ 'khai-sinh-thien-ke-2017.csv': null, 'khai-sinh-thien-ke-2018.xlsx': 'FILE_EMPTY', 'khai-sinh-thien-ke-2019.csv': 'FILE_EMPTY' });
    expect(manifest.inputs[1].error.message).toMatch(/^Tệp rỗng: /);
    expect(readJsonl(join(out, '249/birth/clean.jsonl'))).toHaveLength(2);
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems.map((problem: { file: string; code: string }) => [problem.file, problem.code])).toEqual([
      ['khai-sinh-thien-ke-2018.xlsx', 'FILE_EMPTY'],
      ['khai-sinh-thien-ke-2019.csv', 'FILE_EMPTY'],
    ]);
  });

  it('is named so by check', async () => {
    const path = join(folder, 'kiem-tra.xlsx');
    writeFileSync(path, Buffer.alloc(0));
    const report = await runCheck(path, undefined, silentLogger);
    expect(report).toContain('Tệp rỗng: tệp không có nội dung (0 byte, chỉ có khoảng trắng, hoặc bảng tính không có ô nào)');
    expect(report).not.toContain('cắt cụt');
  });

  it('is a workbook whose every sheet holds no cell: a batch that held its records is kept, not replaced by none', async () => {
    const district = join(folder, '249-tam-hop');
    mkdirSync(district);
    const book = join(district, 'KS_TamHop_2016.xlsx');
    const withBook = new ExcelJS.Workbook();
    const sheet = withBook.addWorksheet('2016');
    sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Năm sinh mẹ']);
    sheet.addRow([1, '05/01/2016', 'Nguyễn Văn Hậu', '01/01/2016', 'Nam', 'Lê Thị Hà', 1990]);
    withBook.addWorksheet('Sheet2');
    await withBook.xlsx.writeFile(book);
    const out = mkdtempSync(join(tmpdir(), 'hotich-empty-out-'));
    // The sheet beside the book holds no cell: skipped without a word, the book read.
    expect((await runInto({ type: 'birth', districts: ['249'], inputs: [district], out })).result.exitCode).toBe(0);
    expect(readJsonl(join(out, '249/birth/clean.jsonl'))).toHaveLength(1);
    // A new workbook (its 'Sheet1', 'Sheet2', 'Sheet3' without a cell) saved over the book.
    const blank = new ExcelJS.Workbook();
    for (const name of ['Sheet1', 'Sheet2', 'Sheet3']) blank.addWorksheet(name);
    await blank.xlsx.writeFile(book);
    const { result } = await runInto({ type: 'birth', districts: ['249'], inputs: [district], out });
    expect(result.exitCode).toBe(1);
    expect(readJsonl(join(out, '249/birth/clean.jsonl'))).toHaveLength(1);
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems.map((problem: { code: string }) => problem.code)).toEqual(expect.arrayContaining(['FILE_EMPTY', 'BATCH_KEPT_FILE_UNREADABLE']));
    expect(summary.problems.map((problem: { code: string }) => problem.code)).not.toContain('SHEET_NO_HEADER');
  });
});
