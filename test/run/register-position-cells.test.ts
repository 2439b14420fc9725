import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// One registration number is one entry of a commune's year (DOMAIN.md §3.3): '03', '3/2016'
// and a CSV's '5.0' are the numbers 3 and 5, so a number typed twice is found. A 'Quyển số'
// or 'Số' typed '01/2016' that Excel turned into a date is read back as the clerk typed it.
const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));
const HEADER = ['STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ'];

interface Registration {
  book: string | null;
  number: string | null;
}

let workbookRecords: Record<string, any>[] = [];
let csvRecords: Record<string, any>[] = [];
let usCsvRecords: Record<string, any>[] = [];
beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-register-cells-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS 2016');
  sheet.addRow(HEADER);
  const entries: [number | string | Date, string | Date, string, string][] = [
    [1, '01', 'Nguyễn Văn An', 'Nguyễn Thị Hoa'],
    ['03', '01', 'Trần Văn Bình', 'Lê Thị Lan'],
    ['3/2016', '01', 'Phạm Văn Cường', 'Đỗ Thị Mai'], // the certificate's '3/2016': number 3 again
    [day(2016, 4, 1), day(2016, 1, 1), 'Hoàng Văn Dũng', 'Vũ Thị Hằng'], // 'Số' 4/2016 and 'Quyển số' 01/2016 made dates by Excel
  ];
  entries.forEach(([number, book, child, mother], index) => {
    const row = sheet.addRow([index + 1, number, book, day(2016, 1, 10 + index), 'UBND xã Hương Sơn', child, 'Nam', day(2016, 1, 2 + index), mother, 1990]);
    row.getCell(4).numFmt = 'dd/mm/yyyy';
    row.getCell(8).numFmt = 'dd/mm/yyyy';
    if (number instanceof Date) row.getCell(2).numFmt = 'mmm-yy';
    if (book instanceof Date) row.getCell(3).numFmt = 'mmm-yy';
  });
  await workbook.xlsx.writeFile(join(folder, 'khai-sinh-huong-son-2016.xlsx'));
  ({ out: workbookRecords } = await run(join(folder, 'khai-sinh-huong-son-2016.xlsx')));
  // Excel's CSV of a sheet whose numbers came from a float column.
  const csv = [HEADER, [1, '5.0', '01', '10/01/2016', 'UBND xã Hương Sơn', 'Lê Văn Tú', 'Nam', '02/01/2016', 'Lê Thị Nga', 1991], [2, '5', '01', '11/01/2016', 'UBND xã Hương Sơn', 'Ngô Văn Tài', 'Nam', '03/01/2016', 'Ngô Thị Yến', 1992]];
  writeFileSync(join(folder, 'khai-sinh-huong-son-2016.csv'), `${csv.map((cells) => cells.join(',')).join('\r\n')}\r\n`);
  ({ out: csvRecords } = await run(join(folder, 'khai-sinh-huong-son-2016.csv')));
  // The same kind of book saved as CSV by a US-locale Excel: '4/2016' and '01/2016' it had made dates of are written as it showed them.
  const usCsv = [HEADER, [1, 'Apr-16', 'Jan-16', '1/10/2016', 'UBND xã Hương Sơn', 'Đỗ Văn Hải', 'Nam', '1/2/2016', 'Đỗ Thị Thu', 1990], [2, '5', 'Jan-16', '1/11/2016', 'UBND xã Hương Sơn', 'Kiều Văn Lâm', 'Nam', '1/3/2016', 'Kiều Thị Vân', 1993], [3, 'May-95', 'Sep', '1/12/2016', 'UBND xã Hương Sơn', 'Phùng Văn Toàn', 'Nam', '1/4/2016', 'Phùng Thị Hà', 1994]];
  writeFileSync(join(folder, 'khai-sinh-huong-son-2016-us.csv'), `${usCsv.map((cells) => cells.join(',')).join('\r\n')}\r\n`);
  ({ out: usCsvRecords } = await run(join(folder, 'khai-sinh-huong-son-2016-us.csv')));
});

async function run(path: string): Promise<{ out: Record<string, any>[] }> {
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
  return { out: readJsonl(join(out, '249/birth/clean.jsonl')) };
}

const registrationOf = (record: Record<string, any>): Registration => ({ book: record.registration.book, number: record.registration.number });
const codes = (list: { code: string; field: string }[]): string[] => list.filter((item) => item.field.startsWith('registration.')).map((item) => item.code);

describe('register numbers and books as the certificate shows them', () => {
  it('loads one spelling per number and book', () => {
    expect(workbookRecords.map(registrationOf)).toEqual([
      { book: '01', number: '1' },
      { book: '01', number: '3' },
      { book: '01', number: '3' },
      { book: '01/2016', number: '4' },
    ]);
    expect(csvRecords.map(registrationOf)).toEqual([{ book: '01', number: '5' }, { book: '01', number: '5' }]);
  });

  it('finds a number typed twice however it was spelt', () => {
    expect(codes(workbookRecords[2]!.warnings)).toEqual(['REGISTER_NUMBER_REPEATED']);
    expect(codes(workbookRecords[2]!.notes)).toEqual(['REGISTER_NUMBER_YEAR_DROPPED']);
    expect(codes(csvRecords[1]!.warnings)).toEqual(['REGISTER_NUMBER_REPEATED']);
    expect(codes(csvRecords[0]!.notes)).toEqual([]);
  });

  it('notes the date Excel made of a typed book or number', () => {
    expect(workbookRecords[3]!.notes.filter((note: { field: string }) => note.field.startsWith('registration.'))).toEqual([
      { code: 'REGISTER_DATE_CELL_RESTORED', field: 'registration.book', from: '2016-01-01', to: '01/2016' },
      { code: 'REGISTER_DATE_CELL_RESTORED', field: 'registration.number', from: '2016-04-01', to: '4/2016' },
      { code: 'REGISTER_NUMBER_YEAR_DROPPED', field: 'registration.number', from: '4/2016', to: '4' },
    ]);
    expect(codes(workbookRecords[3]!.warnings)).toEqual([]);
  });

  it("reads back a CSV's book and number that Excel wrote as it showed their dates ('Jan-16')", () => {
    expect(usCsvRecords.map(registrationOf)).toEqual([
      { book: '01/2016', number: '4' },
      { book: '01/2016', number: '5' },
      // A number of another year's book keeps its year; a text that is no month and year stays as typed.
      { book: 'Sep', number: '5/1995' },
    ]);
    expect(usCsvRecords[0]!.notes.filter((note: { field: string }) => note.field.startsWith('registration.'))).toEqual([
      { code: 'REGISTER_DATE_CELL_RESTORED', field: 'registration.book', from: 'Jan-16', to: '01/2016' },
      { code: 'REGISTER_DATE_CELL_RESTORED', field: 'registration.number', from: 'Apr-16', to: '4/2016' },
      { code: 'REGISTER_NUMBER_YEAR_DROPPED', field: 'registration.number', from: '4/2016', to: '4' },
    ]);
  });
});
