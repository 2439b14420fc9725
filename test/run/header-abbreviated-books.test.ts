import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// Books whose headers the clerks typed in abbreviations or in older layouts: every field read from its column,
// no sub-header row taken for an entry, the register number found under 'STT' or 'Số, quyển'.
type Cells = (string | null)[];
interface Book {
  records: Record<string, any>[];
  counts: Record<string, any>;
}

async function runBook(type: string, sheetName: string, rows: Cells[], merges: string[] = []): Promise<Book> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-abbreviated-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const cells of rows) sheet.addRow(cells);
  for (const range of merges) sheet.mergeCells(range);
  const path = join(folder, `${type}.xlsx`);
  await workbook.xlsx.writeFile(path);
  const { out } = await runInto({ type: type as 'birth', districts: ['249'], inputs: [path] });
  const dir = join(out, '249', type);
  return { records: [...readJsonl(join(dir, 'clean.jsonl')), ...readJsonl(join(dir, 'rejected.jsonl'))], counts: readJson(join(dir, 'manifest.json')).counts };
}

const codesOf = (list: { code: string; field: string }[] | undefined, field: string): string[] => (list ?? []).filter((item) => item.field === field).map((item) => item.code);

let marriage: Book;
let sttBook: Book;
let numberAndBook: Book;
let declarantBook: Book;
let bookColumn: Book;
beforeAll(async () => {
  const sub = ['HT', 'NS', 'DT', 'Nơi ĐKTT', 'Số CMND/CCCD'];
  marriage = await runBook(
    'marriage',
    'KH 2010',
    [
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2010'],
      ['Số', 'Ngày ĐK', 'CHỒNG', null, null, null, null, 'VỢ', null, null, null, null, 'Ghi chú'],
      [null, null, ...sub, ...sub, null],
      ['1', '12/03/2010', 'Nguyễn Văn An', '1985', 'Kinh', 'xã Tam Hợp', '135111222', 'Lê Thị Hoa', '1988', 'Kinh', 'xã Hương Sơn', '135111333', null],
      ['2', '15/03/2010', 'Trần Văn Bình', '1984', 'Kinh', 'xã Tam Hợp', '135111444', 'Đỗ Thị Lan', '1989', 'Kinh', 'xã Hương Sơn', '135111555', null],
    ],
    ['C2:G2', 'H2:L2', 'A2:A3', 'B2:B3', 'M2:M3'],
  );
  const entry = (number: string, day: string, child: string, father: string, mother: string): Cells => [
    number, `${day}/03/1997`, child, 'Nam', `${Number(day) - 10}/02/1997`, 'Trạm xá xã', father, mother, 'xã Tam Hợp', father,
  ];
  sttBook = await runBook('birth', '1997', [
    ['UBND XÃ TAM HỢP'],
    ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1997'],
    ['STT', 'Ngày tháng năm đăng ký', 'Họ và tên', 'Nam/Nữ', 'Ngày tháng năm sinh', 'Nơi sinh', 'Họ tên cha', 'Họ tên mẹ', 'Nơi thường trú', 'Người đứng khai'],
    entry('1', '12', 'Nguyễn Văn An', 'Nguyễn Văn Bình', 'Lê Thị Hoa'),
    entry('2', '14', 'Trần Văn Tú', 'Trần Văn Cường', 'Phạm Thị Mai'),
    entry('4', '20', 'Lê Văn Nam', 'Lê Văn Hải', 'Đỗ Thị Lan'),
    entry('4', '22', 'Vũ Văn Hưng', 'Vũ Văn Tài', 'Ngô Thị Yến'),
  ]);
  const birth = (cell: string, child: string): Cells => [cell, '12/03/2012', child, '01/02/2012', 'Nam', 'Lê Thị Hoa', '1990'];
  numberAndBook = await runBook('birth', 'KS 2012', [
    ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2012'],
    ['Quyển số: 01/2012'],
    ['Số, quyển', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ tên mẹ', 'Năm sinh mẹ'],
    birth('15', 'Nguyễn Văn An'),
    birth('16/02', 'Nguyễn Văn Tú'),
    birth('17, quyển 02', 'Nguyễn Văn Nam'),
  ]);
  // The book column's label typed into its cells (s20 birth books, 1998).
  bookColumn = await runBook('birth', 'KS 1998', [
    ['Số', 'Quyển', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ tên mẹ', 'Năm sinh mẹ'],
    ['15', 'Quyển 01', '12/03/1998', 'Nguyễn Văn An', '01/03/1998', 'Nam', 'Lê Thị Hoa', '1970'],
    ['16', 'Quyển số: 01', '14/03/1998', 'Nguyễn Văn Tú', '02/03/1998', 'Nam', 'Trần Thị Lan', '1972'],
    ['17', 'Q.02', '15/03/1998', 'Nguyễn Văn Nam', '03/03/1998', 'Nam', 'Phạm Thị Mai', '1975'],
    ['18', '02/1998', '16/03/1998', 'Nguyễn Văn Hà', '04/03/1998', 'Nam', 'Đỗ Thị Nga', '1974'],
  ]);
  declarantBook = await runBook(
    'birth',
    'KS 2010',
    [
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Thông tin về cha, mẹ', null, null, null, 'Người đi khai sinh', null, null, 'Ghi chú'],
      [null, null, null, null, null, 'Mẹ', null, 'Cha', null, 'Họ, chữ đệm, tên', 'Giấy tờ tùy thân', 'Quan hệ', null],
      [null, null, null, null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh', null, null, null, null],
      ['1', '12/03/2010', 'Nguyễn Văn An', '01/02/2010', 'Nam', 'Lê Thị Hoa', '1990', 'Nguyễn Văn Bình', '1988', 'Nguyễn Văn Bình', 'CMND số 135111222', 'Cha', null],
    ],
    ['F2:I2', 'J2:L2', 'F3:G3', 'H3:I3', 'J3:J4', 'K3:K4', 'L3:L4', 'A2:A4', 'B2:B4', 'C2:C4', 'D2:D4', 'E2:E4', 'M2:M4'],
  );
}, 60_000);

describe('a marriage book with abbreviated sub-headers under CHỒNG / VỢ', () => {
  it('reads the two header rows as one header: no invented entry', () => {
    expect(marriage.counts.rowsRead).toBe(2);
    expect(marriage.counts.rejected).toBe(0);
  });

  it("fills every spouse's field", () => {
    const [first] = marriage.records;
    expect(first!.husband).toMatchObject({ fullName: 'Nguyễn Văn An', birthDate: '1985', ethnicityCode: '01', residence: 'xã Tam Hợp', personalId: '135111222' });
    expect(first!.wife).toMatchObject({ fullName: 'Lê Thị Hoa', birthDate: '1988', ethnicityCode: '01', residence: 'xã Hương Sơn', personalId: '135111333' });
    expect(first!.raw).toEqual({});
  });
});

describe("a 1990s book numbered under 'STT' only", () => {
  it('takes the STT as the registration number', () => {
    expect(sttBook.records.map((record) => record.registration.number)).toEqual(['1', '2', '4', '4']);
  });

  it('finds the number typed twice', () => {
    expect(codesOf(sttBook.records[3]!.warnings, 'registration.number')).toContain('REGISTER_NUMBER_REPEATED');
  });
});

describe("a 'Số, quyển' column", () => {
  it('gives the number, and the book when the cell names one (else the title’s)', () => {
    expect(numberAndBook.records.map((record) => [record.registration.number, record.registration.book])).toEqual([
      ['15', '01/2012'],
      ['16', '02'],
      ['17', '02'],
    ]);
  });
});

describe("a 'Quyển' column whose cells repeat the label", () => {
  it("gives the book without the label ('Quyển 01' → '01'), one typed bare as typed", () => {
    expect(bookColumn.records.map((record) => record.registration.book)).toEqual(['01', '01', '02', '02/1998']);
    expect(bookColumn.records.map((record) => record.warnings)).toEqual([[], [], [], []]);
  });
});

describe('a three-level header with the declarant’s name merged down under its group', () => {
  it("reads the declarant's name", () => {
    const [first] = declarantBook.records;
    expect(first!.declarant).toEqual({ fullName: 'Nguyễn Văn Bình', relation: 'Cha' });
    expect(first!.child.fullName).toBe('Nguyễn Văn An');
  });
});
