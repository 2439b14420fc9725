import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreadableReason } from '../../../src/ingest/open-sheets.js';
import { readXlsxSheetsLean } from '../../../src/ingest/xlsx-scan/read-xlsx-lean.js';
import { handMadeParts, type HandMadeWorkbook } from './hand-made-package.js';
import { readBoth, readWith, sheetsOf, type ReadOutcome } from './read-both.js';
import { writeZip, type ZipPart } from './zip-builder.js';
import { ENCRYPTED_WORKBOOK_STREAMS, EXCEL_97_STREAMS, oleFile } from '../ole-file.js';

// Files a commune's copy can leave behind. The lean reader must throw an Error
// (never hang, never crash the process with an unhandled 'error' event) whose
// message unreadableReason turns into the right words for the officer.
const TRUNCATED = 'tệp bị cắt cụt (kết thúc giữa chừng), có thể do sao chép chưa xong';
const NOT_XLSX = 'tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-xlsx-scan-errors-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const REGISTER: HandMadeWorkbook = {
  sheets: [{
    name: 'Sổ',
    rows: Array.from({ length: 300 }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}" t="inlineStr"><is><t>Nguyễn Văn ${(index * 7919) % 1000}</t></is></c><c r="B${index + 1}"><v>${index}</v></c></row>`).join(''),
  }],
};

function fileWith(name: string, content: Buffer | string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

function zipWith(name: string, change: (parts: ZipPart[]) => ZipPart[], workbook: HandMadeWorkbook = REGISTER): string {
  const path = join(folder, name);
  writeZip(path, change(handMadeParts(workbook)));
  return path;
}

function reasonOf(outcome: ReadOutcome): string {
  return 'error' in outcome ? unreadableReason(outcome.error) : 'read without error';
}

const ENCRYPTED = 'bảng tính được đặt mật khẩu (đã mã hóa); cần mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa trống ô mật khẩu) rồi lưu lại';
const XLS_RENAMED = 'tệp là bảng tính Excel 97-2003 (.xls) bị đổi đuôi thành .xlsx; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';
const OLE_UNKNOWN = 'tệp là bảng tính được đặt mật khẩu hoặc bảng tính Excel 97-2003 (.xls) bị đổi đuôi; cần mở bằng Excel, gỡ mật khẩu nếu có, rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';
const HTML_PAGE = 'tệp là trang web (HTML) được lưu với đuôi .xlsx, không phải bảng tính Excel thật; cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx)';

describe('lean XLSX reader on unreadable files', () => {
  it('a CSV named .xlsx is not a workbook, as for the exceljs reader', async () => {
    const { exceljs, lean } = await readBoth(fileWith('csv.xlsx', 'STT,Họ và tên\r\n1,Nguyễn Văn An\r\n'));
    expect(reasonOf(lean)).toBe(NOT_XLSX);
    expect(reasonOf(exceljs)).toBe(NOT_XLSX);
  });

  // Both are OLE compound files, which exceljs calls only "not a zip"; the officer's step differs.
  it('a password-protected workbook, an Excel 97-2003 book or a Word document renamed .xlsx are named as such', async () => {
    const cases: [string, Buffer, string][] = [
      ['ket-hon-son-loi-2018.xlsx', oleFile(ENCRYPTED_WORKBOOK_STREAMS), ENCRYPTED],
      ['khai-sinh-2004.xlsx', oleFile(EXCEL_97_STREAMS), XLS_RENAMED],
      ['khai-sinh-1998.xlsx', oleFile(['Book']), XLS_RENAMED], // Excel 5.0/95
      ['to-trinh.xlsx', oleFile(['WordDocument', '1Table']), 'tệp là văn bản Word, không phải bảng tính; cần lấy đúng tệp sổ (.xlsx) để thay thế'],
      ['excel-97.xlsx', Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'), OLE_UNKNOWN],
    ];
    for (const [name, bytes, reason] of cases) {
      const { exceljs, lean } = await readBoth(fileWith(name, bytes));
      expect(reasonOf(lean), name).toBe(reason);
      expect(reasonOf(exceljs), name).toBe(NOT_XLSX);
    }
  });

  it('a web page saved as .xlsx (a web system\'s export) is named as such', async () => {
    const pages = [
      '<html><head><meta charset="utf-8"></head><body><table border=1><tr><td>Số</td><td>Họ tên chồng</td></tr></table></body></html>',
      '\ufeff<!DOCTYPE html>\r\n<html lang="vi"><body><table><tr><td>1</td></tr></table></body></html>',
      '  <table><tr><td>STT</td><td>Họ và tên</td></tr></table>',
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><body></body></html>',
    ];
    for (const [index, page] of pages.entries()) {
      expect(reasonOf(await readWith(readXlsxSheetsLean(fileWith(`page-${index}.xlsx`, page))))).toBe(HTML_PAGE);
    }
    // Text that is no page stays a file that is no workbook.
    expect(reasonOf(await readWith(readXlsxSheetsLean(fileWith('text.xlsx', 'Họ và tên <Nguyễn Văn An>'))))).toBe(NOT_XLSX);
  });

  // Excel 2003's 'XML Spreadsheet', which web systems still export, named .xlsx: the step is Excel's Save As, as for a web page.
  it('an Excel 2003 XML Spreadsheet saved as .xlsx is named as such; other XML stays a file that is no workbook', async () => {
    const xml = '<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="KS2016"><Table><Row><Cell><Data ss:Type="String">Số</Data></Cell></Row></Table></Worksheet></Workbook>';
    const reason = "tệp là bảng tính dạng 'XML Spreadsheet 2003' được lưu với đuôi .xlsx, không phải Sổ làm việc Excel (.xlsx); cần mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx)";
    expect(reasonOf(await readWith(readXlsxSheetsLean(fileWith('KS_TamHop_2016.xlsx', xml))))).toBe(reason);
    // Without the processing instruction, by its root element.
    expect(reasonOf(await readWith(readXlsxSheetsLean(fileWith('KS_TamHop_2017.xlsx', xml.replace('<?mso-application progid="Excel.Sheet"?>', '')))))).toBe(reason);
    expect(reasonOf(await readWith(readXlsxSheetsLean(fileWith('danh-sach.xlsx', '<?xml version="1.0"?><DanhSach><Nguoi>Nguyễn Văn An</Nguoi></DanhSach>'))))).toBe(NOT_XLSX);
  });

  it('an empty file and a zip cut short are truncated files, as for the exceljs reader', async () => {
    const whole = zipWith('whole.xlsx', (parts) => parts);
    const cut = fileWith('cut.xlsx', readFileSync(whole).subarray(0, Math.floor(readFileSync(whole).length * 0.6)));
    for (const path of [fileWith('empty.xlsx', ''), cut]) {
      const { exceljs, lean } = await readBoth(path);
      expect(reasonOf(lean)).toBe(TRUNCATED);
      expect(reasonOf(exceljs)).toBe(TRUNCATED);
    }
  });

  it('a zip with no workbook part is not a workbook (exceljs throws a TypeError, or reads the sheet without its name)', async () => {
    const path = zipWith('no-workbook.xlsx', (parts) => parts.filter((part) => part.name !== 'xl/workbook.xml'));
    const { exceljs, lean } = await readBoth(path);
    expect('error' in lean && lean.error.message).toMatch(/no workbook part/);
    expect(reasonOf(lean)).toBe(NOT_XLSX);
    expect('error' in exceljs && exceljs.error.message).toMatch(/reading 'sheets'/);
  });

  // A .docx is a zip whose _rels/.rels names word/document.xml as the main part: it read as a workbook of no sheet, without a word.
  it('a Word document (.docx) renamed .xlsx is named as such, not read as a workbook without sheets', async () => {
    const docx: ZipPart[] = [
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Biên bản bàn giao sổ hộ tịch</w:t></w:r></w:p></w:body></w:document>' },
    ];
    const path = join(folder, 'KS_PhuXuan_2018.xlsx');
    writeZip(path, docx);
    expect(reasonOf(await readWith(readXlsxSheetsLean(path)))).toBe('tệp là văn bản Word, không phải bảng tính; cần lấy đúng tệp sổ (.xlsx) để thay thế');
    // Without its relationships it is still a Word document.
    const bare = join(folder, 'bien-ban.xlsx');
    writeZip(bare, docx.filter((part) => part.name !== '_rels/.rels'));
    expect(reasonOf(await readWith(readXlsxSheetsLean(bare)))).toBe('tệp là văn bản Word, không phải bảng tính; cần lấy đúng tệp sổ (.xlsx) để thay thế');
    // A workbook whose main part is something else again is no workbook either.
    const other = join(folder, 'other.xlsx');
    writeZip(other, [docx[1]!, { name: 'word/document.xml', data: '<root/>' }].map((part) => part.name === 'word/document.xml' ? { name: 'content/main.xml', data: part.data } : { ...part, data: String(part.data).replace('word/document.xml', 'content/main.xml') }));
    expect(reasonOf(await readWith(readXlsxSheetsLean(other)))).toBe(NOT_XLSX);
  });

  it('malformed sheet XML (a tag closed out of order, an undefined entity, bytes that are not XML) makes both readers throw', async () => {
    const broken = [
      '<row r="1"><c r="A1"><v>1</c></row>',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn&nbsp;An</t></is></c></row>',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></row>',
    ];
    for (const [index, rows] of broken.entries()) {
      const path = zipWith(`malformed-${index}.xlsx`, (parts) => parts, { sheets: [{ name: 'S', rows }] });
      const { exceljs, lean } = await readBoth(path);
      expect(reasonOf(lean)).toBe(NOT_XLSX);
      expect('error' in exceljs).toBe(true);
    }
    const binary = zipWith('binary-sheet.xlsx', (parts) => parts.map((part) => (part.name.includes('worksheets') ? { ...part, data: Buffer.from([0xff, 0xfe, 1, 2]) } : part)));
    const { exceljs, lean } = await readBoth(binary);
    expect(reasonOf(lean)).toBe(NOT_XLSX);
    expect('error' in exceljs).toBe(true);
  });

  it('a sheet part cut short inside a sound zip is a truncated file (exceljs silently keeps the rows before the cut)', async () => {
    const path = zipWith('sheet-cut.xlsx', (parts) => parts.map((part) => {
      if (!part.name.includes('worksheets')) return part;
      const xml = String(part.data);
      return { ...part, data: xml.slice(0, xml.indexOf('<row r="151"') + 20) };
    }));
    const { exceljs, lean } = await readBoth(path);
    expect(reasonOf(lean)).toBe(TRUNCATED);
    expect(sheetsOf(exceljs)[0]?.rows).toHaveLength(150);
  });

  it('compressed data damaged in the middle of a sheet throws (the exceljs reader never settles on this file, so it is not run)', async () => {
    const path = zipWith('damaged.xlsx', (parts) => parts);
    const bytes = readFileSync(path);
    const sheetData = bytes.indexOf('xl/worksheets/sheet1.xml') + 40;
    for (let index = sheetData; index < sheetData + 64; index++) bytes[index] = (bytes[index] ?? 0) ^ 0x5a;
    writeFileSync(path, bytes);
    const lean = await readWith(readXlsxSheetsLean(path));
    expect('error' in lean && lean.error.message).toMatch(/cannot be inflated|invalid/);
    expect(reasonOf(lean)).toBe(NOT_XLSX);
  });

  it('a missing file throws ENOENT (the exceljs reader crashes the process with an unhandled error event there)', async () => {
    const lean = await readWith(readXlsxSheetsLean(join(folder, 'nowhere.xlsx')));
    expect(reasonOf(lean)).toBe('không tìm thấy tệp');
  });

  it('a part whose inflated size does not match the central directory throws', async () => {
    const workbook: HandMadeWorkbook = { ...REGISTER, sharedStrings: ['<t>Họ và tên</t>', '<t>Ngày sinh</t>'] };
    const path = zipWith('size-mismatch.xlsx', (parts) => parts, workbook);
    const bytes = readFileSync(path);
    const central = bytes.lastIndexOf(Buffer.from('xl/sharedStrings.xml')) - 46;
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 24) + 10, central + 24);
    writeFileSync(path, bytes);
    const lean = await readWith(readXlsxSheetsLean(path));
    expect('error' in lean && lean.error.message).toMatch(/xl\/sharedStrings.xml holds \d+ bytes, its header says \d+/);
    expect(reasonOf(lean)).toBe(NOT_XLSX);
  });
});
