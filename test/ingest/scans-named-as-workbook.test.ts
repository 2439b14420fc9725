import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from '../run/run-helpers.js';
import { writeZip } from './xlsx-scan/zip-builder.js';

// A district's delivery holds, beside each book's spreadsheet, its scanned pages (DOMAIN.md §3.5: one Excel file
// and one ZIP of PDFs per book). A scan saved or renamed with the book's name is no workbook that Excel could save
// again: the officer must fetch the register's spreadsheet, and is told what the file is.
async function bookAndScans(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-scans-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS 2017');
  sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Năm sinh mẹ']);
  sheet.addRow([1, '05/01/2017', 'Nguyễn Văn Hậu', '01/01/2017', 'Nam', 'Lê Thị Hà', 1990]);
  await workbook.xlsx.writeFile(join(folder, 'KS_DaoDuc_2017.xlsx'));
  writeFileSync(join(folder, 'KS_DaoDuc_2016.xlsx'), Buffer.concat([Buffer.from('ffd8ffe000104a464946000101', 'hex'), Buffer.alloc(2048, 0x41)]));
  writeFileSync(join(folder, 'KS_DaoDuc_2015.xlsx'), Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
  writeZip(join(folder, 'KS_DaoDuc_2014.xlsx'), [
    { name: 'KS_2014/trang_001.pdf', data: '%PDF-1.4 trang 1' },
    { name: 'KS_2014/trang_002.pdf', data: '%PDF-1.4 trang 2' },
  ]);
  return folder;
}

describe('a scan under a register workbook name', () => {
  it('is unreadable as the picture, PDF or zip of scans it is, and the book beside it is read', async () => {
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await bookAndScans()] });
    const problems = (readJson(join(out, 'summary.json')).problems as { file: string; code: string; message: string }[]).filter((problem) => problem.code === 'FILE_UNREADABLE');
    const reasons = new Map(problems.map((problem) => [problem.file, problem]));
    expect([...reasons.keys()].sort()).toEqual(['KS_DaoDuc_2014.xlsx', 'KS_DaoDuc_2015.xlsx', 'KS_DaoDuc_2016.xlsx']);
    expect(reasons.get('KS_DaoDuc_2016.xlsx')?.message).toContain('ảnh JPEG, không phải bảng tính Excel');
    expect(reasons.get('KS_DaoDuc_2015.xlsx')?.message).toContain('tệp PDF, không phải bảng tính Excel');
    expect(reasons.get('KS_DaoDuc_2014.xlsx')?.message).toContain('tệp nén (ZIP) chứa các trang sổ đã quét');
    for (const problem of problems) expect(problem.message).not.toContain('hợp lệ hoặc đã bị hỏng');
    expect(readJsonl(join(out, '249/birth/clean.jsonl')).map((record: Record<string, any>) => record.child.fullName)).toEqual(['Nguyễn Văn Hậu']);
  });
});
