import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENCRYPTED_WORKBOOK_STREAMS, EXCEL_97_STREAMS, oleFile } from '../ingest/ole-file.js';
import { writeZip } from '../ingest/xlsx-scan/zip-builder.js';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// A district folder as a commune hands it over: one good book, and beside it an Excel 97-2003
// book of 2004 (.xls), a password-protected workbook, a web system's export saved as .xlsx and
// Excel's lock file. The officer must learn what each unread file is and what to do with it.
let out = '';
beforeAll(async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'hotich-unread-')), '249-binh-xuyen');
  mkdirSync(folder);
  copyFileSync('fixtures/broken/good.csv', join(folder, 'khai-sinh-thien-ke-2017.csv'));
  writeFileSync(join(folder, 'khai-sinh-gia-khanh-2004.xls'), oleFile(EXCEL_97_STREAMS));
  writeFileSync(join(folder, 'khai-sinh-son-loi-2018.xlsx'), oleFile(ENCRYPTED_WORKBOOK_STREAMS));
  writeFileSync(join(folder, 'khai-sinh-huong-son-2019.xlsx'), '<html><head><meta charset="utf-8"></head><body><table><tr><td>Số</td><td>Họ và tên</td></tr></table></body></html>');
  writeFileSync(join(folder, '~$khai-sinh-thien-ke-2017.xlsx'), Buffer.alloc(165));
  ({ out } = await runInto({ type: 'birth', districts: ['249'], inputs: [folder] }));
});

describe('files of a district folder that cannot be read', () => {
  it('names each in the manifest with what it is, and reads the good book', () => {
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    const errors = Object.fromEntries(manifest.inputs.map((input: { file: string; error?: { code: string; message: string } }) => [input.file, input.error ?? null]));
    expect(Object.keys(errors).sort()).toEqual(['khai-sinh-gia-khanh-2004.xls', 'khai-sinh-huong-son-2019.xlsx', 'khai-sinh-son-loi-2018.xlsx', 'khai-sinh-thien-ke-2017.csv']);
    expect(errors['khai-sinh-thien-ke-2017.csv']).toBeNull();
    expect(errors['khai-sinh-gia-khanh-2004.xls']).toMatchObject({ code: 'FILE_TYPE_UNSUPPORTED', message: expect.stringContaining('Tệp định dạng .xls không được đọc') });
    expect(errors['khai-sinh-son-loi-2018.xlsx']).toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('bảng tính được đặt mật khẩu (đã mã hóa); cần mở bằng Excel, gỡ mật khẩu') });
    expect(errors['khai-sinh-huong-son-2019.xlsx']).toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('tệp là trang web (HTML) được lưu với đuôi .xlsx') });
    expect(manifest.counts).toMatchObject({ rowsRead: 2, clean: 2 });
    expect(readJsonl(join(out, '249/birth/clean.jsonl'))).toHaveLength(2);
  });

  it('lists them in the run summary and in the officers\' workbook, with the fix', async () => {
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems.filter((problem: { sheet: string | null }) => problem.sheet === null).map((problem: { file: string; code: string }) => [problem.file, problem.code])).toEqual([
      ['khai-sinh-gia-khanh-2004.xls', 'FILE_TYPE_UNSUPPORTED'],
      ['khai-sinh-huong-son-2019.xlsx', 'FILE_UNREADABLE'],
      ['khai-sinh-son-loi-2018.xlsx', 'FILE_UNREADABLE'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, '249/birth/errors.xlsx'));
    const detail = workbook.getWorksheet('Chi tiết')!;
    const rows: unknown[][] = [];
    detail.eachRow((row, rowNumber) => {
      if (rowNumber > 1) rows.push((row.values as unknown[]).slice(1));
    });
    const xls = rows.find((values) => values[3] === 'khai-sinh-gia-khanh-2004.xls');
    expect(xls?.slice(0, 2)).toEqual(['Lỗi', 'FILE_TYPE_UNSUPPORTED']);
    expect(xls?.[9]).toMatch(/Lưu thành \(Save As\) kiểu Sổ làm việc Excel \(\.xlsx\)/);
    expect(rows.filter((values) => values[1] === 'FILE_UNREADABLE').map((values) => values[3]).sort()).toEqual(['khai-sinh-huong-son-2019.xlsx', 'khai-sinh-son-loi-2018.xlsx']);
  });
});

// A commune's books zipped for e-mail, beside the district's other files: a ZIP of a book's scanned
// pages, and a ZIP whose books were extracted beside it.
describe('ZIP archives in a district folder', () => {
  let zipped = '';
  beforeAll(async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'hotich-zipped-')), '249-binh-xuyen');
    mkdirSync(join(folder, 'da-giai-nen'), { recursive: true });
    const good = readFileSync('fixtures/broken/good.csv');
    copyFileSync('fixtures/broken/good.csv', join(folder, 'khai-sinh-thien-ke-2017.csv'));
    writeZip(join(folder, 'so-khai-sinh-son-loi.zip'), [
      { name: 'Son Loi/khai-sinh-son-loi-2014.csv', data: good },
      { name: 'Son Loi/khai-sinh-son-loi-2015.csv', data: good },
      { name: 'Son Loi/~$khai-sinh-son-loi-2015.csv', data: good },
      { name: '__MACOSX/Son Loi/._khai-sinh-son-loi-2016.csv', data: 'x' },
    ]);
    writeZip(join(folder, 'khai-sinh-thien-ke-2017-ban-quet.zip'), [{ name: 'trang-01.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0]), method: 'store' }]);
    writeZip(join(folder, 'da-giai-nen', 'so-tam-hop.zip'), [{ name: 'khai-sinh-tam-hop-2016.csv', data: good }]);
    copyFileSync('fixtures/broken/good.csv', join(folder, 'da-giai-nen', 'khai-sinh-tam-hop-2016.csv'));
    ({ out: zipped } = await runInto({ type: 'birth', districts: ['249'], inputs: [folder] }));
  });

  it('names the books a ZIP holds, as not read, and reads the rest of the district', () => {
    const manifest = readJson(join(zipped, '249/birth/manifest.json'));
    const inputs = manifest.inputs.map((input: { file: string; error?: { code: string; message: string } }) => [input.file, input.error?.code ?? null]);
    expect(inputs).toEqual([
      ['da-giai-nen/khai-sinh-tam-hop-2016.csv', null],
      ['khai-sinh-thien-ke-2017.csv', null],
      ['so-khai-sinh-son-loi.zip', 'FILE_ARCHIVE_NOT_READ'],
    ]);
    const zip = manifest.inputs.find((input: { file: string }) => input.file === 'so-khai-sinh-son-loi.zip');
    expect(zip.error.message).toBe(
      'Tệp nén .zip chứa 2 tệp sổ (khai-sinh-son-loi-2014.csv, khai-sinh-son-loi-2015.csv); hotich không đọc sổ nằm trong tệp nén nên không dòng nào của các sổ này được nạp.',
    );
    expect(manifest.counts).toMatchObject({ rowsRead: 4 });
  });

  it('lists it in the run summary, and not the ZIP of scanned pages nor the one already extracted', () => {
    const summary = readJson(join(zipped, 'summary.json'));
    expect(summary.problems.filter((problem: { sheet: string | null }) => problem.sheet === null).map((problem: { file: string; code: string }) => [problem.file, problem.code])).toEqual([
      ['so-khai-sinh-son-loi.zip', 'FILE_ARCHIVE_NOT_READ'],
    ]);
  });
});
