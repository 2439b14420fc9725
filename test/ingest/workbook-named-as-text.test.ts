import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSheets } from '../../src/ingest/open-sheets.js';
import { readJson, readJsonl, runInto } from '../run/run-helpers.js';
import { writeZip } from './xlsx-scan/zip-builder.js';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-renamed-'));
});

const HEADER = ['STT', 'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha'];
const ENTRIES = [
  [1, 1, '05/01/2017', 'UBND thị trấn Đạo Đức', 'Nguyễn Văn Hậu', '01/01/2017', 'Nam', 'Lê Thị Hà', 1990, 'Nguyễn Văn Hợp', 1988],
  [2, 2, '09/01/2017', 'UBND thị trấn Đạo Đức', 'Trần Thị Hiền', '03/01/2017', 'Nữ', 'Vũ Thị Tươi', 1992, 'Trần Văn Khang', 1990],
];

/** An .xlsx book saved (or renamed) under a CSV name: Excel's Save As with 'so-khai-sinh.csv' typed and the type left on Excel Workbook. */
async function workbookNamed(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS 2017');
  sheet.addRow(HEADER);
  for (const entry of ENTRIES) sheet.addRow(entry);
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The first bytes of an Excel 97-2003 book (an OLE compound file holding a 'Workbook' stream). */
function legacyWorkbook(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(bytes, 0);
  Buffer.from('Workbook', 'utf16le').copy(bytes, 1024);
  return bytes;
}

async function sheetsOf(path: string): Promise<{ name: string; rows: number }[] | { code: unknown; message: string }> {
  const sheets: { name: string; rows: number }[] = [];
  try {
    for await (const sheet of openSheets(path)) {
      let rows = 0;
      for await (const _row of sheet.rows) rows++;
      sheets.push({ name: sheet.name, rows });
    }
  } catch (error) {
    return { code: (error as { code?: unknown }).code, message: (error as Error).message };
  }
  return sheets;
}

describe('a workbook under a text name (.csv, .txt)', () => {
  it.each(['so-khai-sinh-dao-duc-2017.csv', 'so-khai-sinh-dao-duc-2017.txt', 'KS_DaoDuc_2017.CSV'])('is read as the workbook it is: %s', async (name) => {
    expect(await sheetsOf(await workbookNamed(name))).toEqual([{ name: 'KS 2017', rows: 3 }]);
  });

  it('an Excel 97-2003 book named .csv is said to be one, with the step to take, not read as text', async () => {
    const path = join(folder, 'so-khai-sinh-2005.csv');
    writeFileSync(path, legacyWorkbook());
    const outcome = await sheetsOf(path);
    expect(outcome).toMatchObject({ code: 'FILE_UNREADABLE' });
    const { params } = (await openSheets(path)[Symbol.asyncIterator]().next().catch((error: unknown) => error)) as { params: { reason: string } };
    expect(params.reason).toMatch(/^tệp là bảng tính Excel 97-2003 \(\.xls\) bị đổi đuôi thành \.csv, không phải tệp văn bản CSV; cần mở bằng Excel/);
  });

  it.each([
    ['a scan saved as PDF', 'ban-quet-2006.csv', Buffer.concat([Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n', 'latin1'), Buffer.alloc(600, 0x07)]), 'tệp PDF'],
    ['a photo of the page', 'anh-chup.csv', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF')]), 'ảnh JPEG'],
    ['binary bytes', 'so-hong.txt', Buffer.from(Array.from({ length: 2048 }, (_, at) => (at * 131 + 7) % 256)), 'tệp nhị phân'],
  ])('%s named as text is said to be what it is, not a CSV whose letters were lost', async (_case, name, bytes, kind) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    const { code, params } = (await openSheets(path)[Symbol.asyncIterator]().next().catch((error: unknown) => error)) as { code: string; params: { reason: string } };
    expect(code).toBe('FILE_UNREADABLE');
    expect(params.reason).toMatch(new RegExp(`^tệp mang đuôi \\.(csv|txt) nhưng là ${kind}, không phải tệp văn bản CSV`));
  });

  // A web system's 'Xuất Excel' writes an HTML table; saved or renamed .csv it read as a CSV without a header (SHEET_NO_HEADER).
  it.each([
    ['a web export', 'KH_HuongCanh_2019.csv', '<html xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head><meta charset="utf-8"></head>\n<body>\n<table border="1">\n<tr><th>Số</th><th>Ngày đăng ký</th><th>Họ tên chồng</th><th>Họ tên vợ</th></tr>\n<tr><td>1</td><td>05/01/2019</td><td>Nguyễn Văn Hùng</td><td>Trần Thị Lan</td></tr>\n</table>\n</body></html>\n'],
    ['a page with its doctype and BOM', 'danh-sach-khai-tu.txt', '\ufeff<!DOCTYPE html>\r\n<html lang="vi"><body><table><tr><td>STT</td><td>Họ và tên</td></tr></table></body></html>\r\n'],
    ['a bare table', 'ks-2020.csv', '<table><tr><td>STT</td><td>Họ và tên</td></tr></table>'],
  ])('%s named as text is said to be a web page, not a CSV without a header', async (_case, name, text) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    const { code, params } = (await openSheets(path)[Symbol.asyncIterator]().next().catch((error: unknown) => error)) as { code: string; params: { reason: string } };
    expect(code).toBe('FILE_UNREADABLE');
    expect(params.reason).toMatch(/^tệp mang đuôi \.(csv|txt) nhưng là trang web \(HTML\).*cần mở bằng Excel và lưu lại/);
  });

  it("an Excel 2003 XML Spreadsheet named .csv is said to be one, not a CSV without a header", async () => {
    const path = join(folder, 'KS_TamHop_2016.csv');
    writeFileSync(path, '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell><Data>Số</Data></Cell></Row></Table></Worksheet></Workbook>\n');
    const { code, params } = (await openSheets(path)[Symbol.asyncIterator]().next().catch((error: unknown) => error)) as { code: string; params: { reason: string } };
    expect(code).toBe('FILE_UNREADABLE');
    expect(params.reason).toMatch(/^tệp mang đuôi \.csv nhưng là bảng tính dạng 'XML Spreadsheet 2003'.*cần mở bằng Excel và lưu lại/);
  });

  it('a CSV whose cells hold markup is still read as text', async () => {
    const path = join(folder, 'ghi-chu-the.csv');
    writeFileSync(path, `${HEADER.join(',')}\r\n${ENTRIES.map((entry) => entry.join(',')).join('\r\n').replace('Lê Thị Hà', '<b>Lê Thị Hà</b>')}\r\n`);
    expect(await sheetsOf(path)).toEqual([{ name: '', rows: 3 }]);
  });

  it('a CSV with a stray control character pasted into a cell is still read as text', async () => {
    const path = join(folder, 'ky-tu-la.csv');
    writeFileSync(path, `${HEADER.join(',')}\r\n${ENTRIES.map((entry) => entry.join(',')).join('\r\n').replace('Lê Thị Hà', 'Lê Thị\u000bHà')}\r\n`);
    expect(await sheetsOf(path)).toEqual([{ name: '', rows: 3 }]);
  });

  it('a short CSV padded to its end with zero bytes is still read as text', async () => {
    // A copy or save cut short, or a fixed-size export: the zeros follow the text in the file's first bytes.
    const path = join(folder, 'dem-so-0.csv');
    const text = `${HEADER.join(',')}\r\n${ENTRIES.map((entry) => entry.join(',')).join('\r\n')}\r\n`;
    writeFileSync(path, Buffer.concat([Buffer.from(text, 'utf8'), Buffer.alloc(512)]));
    // The header, both entries, and the zeros' line (no entry, which the run skips).
    expect(await sheetsOf(path)).toEqual([{ name: '', rows: 4 }]);
  });

  it('a text CSV is still read as text', async () => {
    const path = join(folder, 'van-ban.csv');
    writeFileSync(path, `\uFEFF${HEADER.join(',')}\r\n${ENTRIES.map((entry) => entry.join(',')).join('\r\n')}\r\n`);
    expect(await sheetsOf(path)).toEqual([{ name: '', rows: 3 }]);
  });

  it('loads every entry of the renamed workbook in a run, and names the .xls beside it', async () => {
    const district = join(folder, '249-binh-xuyen');
    mkdirSync(district);
    await workbookNamed('249-binh-xuyen/khai-sinh-dao-duc-2017.csv');
    writeFileSync(join(district, 'khai-sinh-dao-duc-2005.csv'), legacyWorkbook());
    const { out, result } = await runInto({ type: 'birth', districts: ['249'], inputs: [district] });
    expect(result.exitCode).toBe(0);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => (record.child as { fullName: string }).fullName)).toEqual(['Nguyễn Văn Hậu', 'Trần Thị Hiền']);
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems.map((problem: { file: string; code: string }) => [problem.file, problem.code])).toEqual([['khai-sinh-dao-duc-2005.csv', 'FILE_UNREADABLE']]);
  });
});

describe('delimited text under a workbook name (.xlsx, .xls)', () => {
  const csv = `\uFEFF${HEADER.join(',')}\r\n${ENTRIES.map((entry) => entry.join(',')).join('\r\n')}\r\n`;

  it.each([
    ['a CSV saved as .xlsx by a web export', 'so-khai-sinh-2017.xlsx', Buffer.from(csv)],
    ["'Xuất Excel' to .xls writing tab-separated UTF-16 (Excel's Unicode Text)", 'so-khai-sinh-2017.xls', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv.slice(1).replaceAll(',', '\t'), 'utf16le')])],
    ['a tab-separated UTF-8 .xls without a byte order mark', 'xuat-excel.xls', Buffer.from(csv.slice(1).replaceAll(',', '\t'))],
  ])('is read as the CSV it is: %s', async (_case, name, bytes) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    expect(await sheetsOf(path)).toEqual([{ name: '', rows: 3 }]);
  });

  it('an HTML page, a PDF or a real Excel 97-2003 book is not taken for text', async () => {
    const page = join(folder, 'trang-web.xlsx');
    writeFileSync(page, '<html><body><table><tr><td>Số</td></tr></table></body></html>');
    expect(await sheetsOf(page)).toMatchObject({ message: expect.stringMatching(/^html page: /) });
    const pdf = join(folder, 'ban-chup.xlsx');
    writeFileSync(pdf, '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\n');
    // A scan is said to be one (scans-named-as-workbook.test.ts), not a damaged workbook.
    expect(await sheetsOf(pdf)).toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringMatching(/PDF/) });
    const xls = join(folder, 'so-2004.xls');
    writeFileSync(xls, legacyWorkbook());
    expect(await sheetsOf(xls)).toEqual({ code: 'FILE_TYPE_UNSUPPORTED', message: 'FILE_TYPE_UNSUPPORTED: .xls' });
  });

  // An upload form that takes only .xls: the .xlsx renamed keeps its zip, which no Excel 97-2003 book is.
  it('an .xlsx renamed .xls is read as the workbook it is; a zip of another format so named stays unsupported', async () => {
    expect(await sheetsOf(await workbookNamed('KS_DaoDuc_2017.xls'))).toEqual([{ name: 'KS 2017', rows: 3 }]);
    expect(await sheetsOf(await workbookNamed('KS_DaoDuc_2017.XLS'))).toEqual([{ name: 'KS 2017', rows: 3 }]);
    const ods = join(folder, 'KS_DaoDuc_2018.xls');
    writeZip(ods, [{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'store' }, { name: 'content.xml', data: '<office:document-content/>' }]);
    expect(await sheetsOf(ods)).toEqual({ code: 'FILE_TYPE_UNSUPPORTED', message: 'FILE_TYPE_UNSUPPORTED: .xls' });
    // Another unsupported name keeps its code even when the zip is a workbook (a template, a binary workbook's name).
    expect(await sheetsOf(await workbookNamed('mau-so.xltx'))).toEqual({ code: 'FILE_TYPE_UNSUPPORTED', message: 'FILE_TYPE_UNSUPPORTED: .xltx' });
  });
});

