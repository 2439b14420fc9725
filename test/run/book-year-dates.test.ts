import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

// A book holds one calendar year (DOMAIN.md §3.3), and clerks often typed the registration
// date as the book shows it in its 'Ngày, tháng đăng ký' column: '05/01', without the year.
// When the title, the book number or the sheet's name gives the book's one year, the
// registration date takes it (DATE_YEAR_FROM_BOOK, a warning) instead of rejecting the row.

const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));

interface Finding {
  code: string;
  field: string;
  message?: string;
}

interface RowRead {
  kind: 'clean' | 'rejected';
  registrationDate?: string | null;
  errors: Finding[];
  warnings: Finding[];
}

interface Sheet {
  name: string;
  rows: (string | number | null)[][];
  merges?: string[];
}

/** `sheet!row` → what the row became, for a workbook of the given sheets. */
async function readBook(fileName: string, sheets: Sheet[]): Promise<Map<string, RowRead>> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-book-year-')), fileName);
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, merges } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    for (const range of merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
  const read = new Map<string, RowRead>();
  const options = { provinceCode: '26', districtCode: '249', file: fileName, options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  for await (const event of readRegister(path, options)) {
    if (event.kind !== 'row') continue;
    const { outcome } = event;
    const key = `${event.sheet}!${event.rowNumber}`;
    if (outcome.kind === 'clean') {
      const { registration, warnings } = outcome.record as { registration: { date: string | null }; warnings: Finding[] };
      read.set(key, { kind: 'clean', registrationDate: registration.date, errors: [], warnings });
    } else {
      const { errors, warnings } = outcome.rejected;
      read.set(key, { kind: 'rejected', errors: errors.map(({ code, field }) => ({ code, field })), warnings });
    }
  }
  return read;
}

const codes = (findings: Finding[] | undefined): string[] => (findings ?? []).map(({ code, field }) => `${code} ${field}`);

const DEATH_HEADER = ['Số', 'Ngày, tháng đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Giới tính', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết'];
const BIRTH_HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ'];

describe("a registration date typed without the year, in a book that gives it", () => {
  it("takes the year of the book's title and sheet name, with a warning naming them", async () => {
    const rows = await readBook('so-khai-tu-trung-my-1997.xlsx', [
      {
        name: '1997',
        rows: [
          ['UBND XÃ TRUNG MỸ'],
          ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997'],
          DEATH_HEADER,
          [1, '05/01', 'Nguyễn Văn Tỵ', 1917, 'Nam', '02/01/1997', 'Tại nhà', 'Già yếu'],
          [2, 'ngày 18 tháng 2', 'Đặng Thị Sen', 1920, 'Nữ', '15/02/1997', 'Tại nhà', 'Già yếu'],
          [3, '5/3 - ĐKQH', 'Lê Văn Hòa', 1925, 'Nam', '10/01/1997', 'Tại nhà', 'Già yếu'],
        ],
      },
    ]);
    expect(rows.get('1997!4')).toMatchObject({ kind: 'clean', registrationDate: '1997-01-05' });
    expect(rows.get('1997!5')).toMatchObject({ kind: 'clean', registrationDate: '1997-02-18' });
    expect(rows.get('1997!6')).toMatchObject({ kind: 'clean', registrationDate: '1997-03-05' });
    for (const row of [4, 5, 6]) expect(codes(rows.get(`1997!${row}`)?.warnings)).toEqual(['DATE_YEAR_FROM_BOOK registration.date']);
    expect(rows.get('1997!4')?.warnings[0]?.message).toBe('Ngày đăng ký "05/01" không ghi năm; đã lấy năm 1997 của sổ, theo tiêu đề sổ và tên trang tính "1997".');
  });

  // A US-English Excel took '18.2' for the number 18.2 (General cell, the dot its decimal separator).
  it("takes the year a sheet's name gives in two figures after 'Năm' or the register's initials ('Năm 84', 'KS85'), a sheet per year", async () => {
    const rows = await readBook('KS LungHoa 84-86.xlsx', [
      { name: 'Năm 84', rows: [['UBND xã Lũng Hòa'], BIRTH_HEADER, [1, '5/1', 'Lê Văn An', 'Nam', '2/1/84', 'Phan Thị Lan', 1958]] },
      // typed on without its header: its own name's year, not the sheet before's
      { name: 'Năm 85', rows: [[1, '7/1', 'Lê Văn Bình', 'Nam', '2/1/85', 'Phan Thị Huệ', 1959]] },
      { name: 'KS86', rows: [['UBND xã Lũng Hòa'], BIRTH_HEADER, [1, '12/2', 'Lê Văn Cường', 'Nam', '1/2/86', 'Phan Thị Cúc', 1960]] },
      { name: 'KS 23', rows: [['UBND xã Lũng Hòa'], BIRTH_HEADER, [1, '12/2', 'Lê Văn Dũng', 'Nam', '1/2/2023', 'Phan Thị Đào', 1990]] },
    ]);
    expect(rows.get('Năm 84!3')).toMatchObject({ kind: 'clean', registrationDate: '1984-01-05' });
    expect(rows.get('Năm 84!3')?.warnings[0]?.message).toContain('đã lấy năm 1984 của sổ, theo tên trang tính "Năm 84"');
    expect(rows.get('Năm 85!1')).toMatchObject({ kind: 'clean', registrationDate: '1985-01-07' });
    expect(rows.get('KS86!3')).toMatchObject({ kind: 'clean', registrationDate: '1986-02-12' });
    expect(rows.get('KS 23!3')).toMatchObject({ kind: 'clean', registrationDate: '2023-02-12' });
  });

  it("takes no year from a sheet named by a month, a page or a bare number ('KT 03', 'Trang 12', '84')", async () => {
    const sheet = (name: string) => ({ name, rows: [['UBND xã Lũng Hòa'], BIRTH_HEADER, [1, '5/1', 'Lê Văn An', 'Nam', '2/1/1984', 'Phan Thị Lan', 1958]] });
    const rows = await readBook('KS LungHoa.xlsx', [sheet('KS 03'), sheet('Trang 12'), sheet('84'), sheet('Q.85'), sheet('KS 1984 (84)')]);
    for (const name of ['KS 03', 'Trang 12', '84', 'Q.85']) expect(codes(rows.get(`${name}!3`)?.errors)).toEqual(['DATE_YEAR_MISSING registration.date']);
    // four figures win
    expect(rows.get('KS 1984 (84)!3')).toMatchObject({ kind: 'clean', registrationDate: '1984-01-05' });
  });

  it("takes no year from a page's number ('KS 1' … 'KS 14', a page per sheet): the title's year stays the book's", async () => {
    const page = (number: number, titled: boolean) => ({
      name: `KS ${number}`,
      rows: [...(titled ? [['UBND xã Lũng Hòa'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1998']] : []), BIRTH_HEADER, [number, `5/${Math.min(12, number)}`, 'Lê Văn An', 'Nam', `2/${Math.min(12, number)}/1998`, 'Phan Thị Lan', 1972]],
    });
    const rows = await readBook('KS LungHoa 1998.xlsx', Array.from({ length: 14 }, (_, index) => page(index + 1, index === 0)));
    for (const number of [1, 12, 13, 14]) {
      expect(rows.get(`KS ${number}!${number === 1 ? 4 : 2}`)).toMatchObject({ kind: 'clean', registrationDate: `1998-${String(Math.min(12, number)).padStart(2, '0')}-05` });
    }
    // A page's number after the title's year typed on each page: the title's.
    const titled = await readBook('KS LungHoa 1998b.xlsx', [page(1, true), page(13, true)]);
    expect(titled.get('KS 13!4')).toMatchObject({ kind: 'clean', registrationDate: '1998-12-05' });
  });

  it("reads a day.month Excel took for a number as typed, and gives it the book's year", async () => {
    const rows = await readBook('so-khai-tu-trung-my-1997.xlsx', [
      {
        name: '1997',
        rows: [['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997'], DEATH_HEADER, [1, 18.2, 'Nguyễn Văn Tỵ', 1917, 'Nam', '02/02/1997', 'Tại nhà', 'Già yếu'], [2, 5.1, 'Đặng Thị Sen', 1920, 'Nữ', '02/01/1997', 'Tại nhà', 'Già yếu']],
      },
    ]);
    expect(rows.get('1997!3')).toMatchObject({ kind: 'clean', registrationDate: '1997-02-18' });
    expect(codes(rows.get('1997!3')?.warnings)).toEqual(['DATE_YEAR_FROM_BOOK registration.date']);
    // '5.1' or '5.10' typed: January or October, so no date rather than a guess.
    expect(codes(rows.get('1997!4')?.errors)).toEqual(['DATE_UNPARSEABLE registration.date']);
  });

  it('leaves the event dates without their year: a death or a birth may fall in the year before', async () => {
    const rows = await readBook('so-khai-tu-trung-my-1997.xlsx', [
      {
        name: 'Năm 1997',
        rows: [['SỔ ĐĂNG KÝ KHAI TỬ'], DEATH_HEADER, [3, '05/01', 'Lê Thị Dần', 1922, 'Nữ', '30/12', 'Tại nhà', 'Già yếu']],
      },
      {
        name: 'KS',
        rows: [['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/1995'], BIRTH_HEADER, [1, '05/01', 'Nguyễn Văn An', 'Nam', '28/12', 'Trần Thị Bích', 1968]],
      },
    ]);
    expect(codes(rows.get('Năm 1997!3')?.errors)).toEqual(['DATE_YEAR_MISSING deathDate']);
    expect(codes(rows.get('Năm 1997!3')?.warnings)).toEqual(['DATE_YEAR_FROM_BOOK registration.date']);
    expect(codes(rows.get('KS!4')?.errors)).toEqual(['DATE_YEAR_MISSING child.birthDate']);
    expect(rows.get('KS!4')?.warnings[0]?.message).toContain('đã lấy năm 1995 của sổ, theo quyển số "01/1995"');
  });

  it("never changes a registration date typed with its year, even another year than the book's (which it warns of)", async () => {
    const rows = await readBook('so-khai-tu-1997.xlsx', [
      {
        name: '1997',
        rows: [['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997'], DEATH_HEADER, [40, '05/01/1998', 'Hà Văn Khải', 1930, 'Nam', '02/01/1998', 'Tại nhà', 'Già yếu']],
      },
    ]);
    expect(rows.get('1997!3')).toMatchObject({ kind: 'clean', registrationDate: '1998-01-05', errors: [] });
    expect(codes(rows.get('1997!3')?.warnings)).toEqual(['DATE_YEAR_NOT_BOOK registration.date']);
  });

  it('gives no year when the sheet names two, or when the day is not in the book year', async () => {
    const rows = await readBook('so-khai-tu-1998.xlsx', [
      // The title copied from last year's sheet and left as it was.
      { name: '1998', rows: [['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997'], DEATH_HEADER, [1, '05/01', 'Hà Văn Khải', 1930, 'Nam', '02/01/1998', 'Tại nhà', 'Già yếu']] },
      { name: '1997', rows: [['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997'], DEATH_HEADER, [9, '29/02', 'Hà Văn Lực', 1931, 'Nam', '26/02/1997', 'Tại nhà', 'Già yếu']] },
    ]);
    for (const key of ['1998!3', '1997!3']) {
      expect(rows.get(key)).toMatchObject({ kind: 'rejected', warnings: [] });
      expect(codes(rows.get(key)?.errors)).toEqual(['DATE_YEAR_MISSING registration.date']);
    }
  });

  it("reads the year from the row's own book number, unless the sheet names another", async () => {
    const header = ['Số', 'Quyển số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ'];
    const rows = await readBook('so-khai-sinh-2016.xlsx', [
      { name: 'Sheet1', rows: [header, [1, '01-TP/HT-2016-KS', '12/01', 'Trần Văn Bình', 'Nam', '02/01/2016', 'Lê Thị Lan', 1990]] },
      { name: 'KS 2016', rows: [header, [1, '01-TP/HT-2017-KS', '12/01', 'Phạm Văn Cường', 'Nam', '02/01/2017', 'Đỗ Thị Mai', 1991]] },
    ]);
    expect(rows.get('Sheet1!2')).toMatchObject({ kind: 'clean', registrationDate: '2016-01-12' });
    expect(rows.get('Sheet1!2')?.warnings[0]?.message).toContain('đã lấy năm 2016 của sổ, theo quyển số "01-TP/HT-2016-KS"');
    expect(codes(rows.get('KS 2016!2')?.errors)).toEqual(['DATE_YEAR_MISSING registration.date']);
  });

  it("gives a second book typed on in the same sheet its own number's year", async () => {
    const rows = await readBook('so-khai-sinh-tam-hop.xlsx', [
      {
        name: 'KS',
        rows: [
          ['UỶ BAN NHÂN DÂN XÃ TAM HỢP'],
          ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1998'],
          BIRTH_HEADER,
          [1, '20/12', 'Nguyễn Văn An', 'Nam', '01/12/1998', 'Trần Thị Bích', 1970],
          [],
          ['Quyển số: 01/1999'],
          BIRTH_HEADER,
          [1, '10/01', 'Lê Văn Bình', 'Nam', '02/01/1999', 'Phạm Thị Chi', 1971],
          [],
          ['Quyển số: 02'],
          BIRTH_HEADER,
          [1, '11/01', 'Hoàng Văn Cường', 'Nam', '03/01/1999', 'Vũ Thị Dung', 1972],
        ],
      },
    ]);
    expect(rows.get('KS!4')).toMatchObject({ kind: 'clean', registrationDate: '1998-12-20' });
    expect(rows.get('KS!8')).toMatchObject({ kind: 'clean', registrationDate: '1999-01-10' });
    expect(rows.get('KS!8')?.warnings[0]?.message).toContain('theo quyển số "01/1999"');
    // A book number without a year after one with it: which year is not said.
    expect(codes(rows.get('KS!12')?.errors)).toEqual(['DATE_YEAR_MISSING registration.date']);
  });

  it("completes a date split over 'Ngày' | 'Tháng' | 'Năm' whose year was left empty", async () => {
    const rows = await readBook('so-khai-sinh-2003.xlsx', [
      {
        name: 'KS 2003',
        rows: [
          ['Số', 'Ngày, tháng, năm đăng ký', null, null, 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ'],
          [null, 'Ngày', 'Tháng', 'Năm'],
          [1, 5, 3, null, 'Nguyễn Văn An', 'Nam', '01/03/2003', 'Trần Thị Bích', 1980],
        ],
        merges: ['B1:D1'],
      },
    ]);
    expect(rows.get('KS 2003!3')).toMatchObject({ kind: 'clean', registrationDate: '2003-03-05' });
    expect(codes(rows.get('KS 2003!3')?.warnings)).toEqual(['DATE_YEAR_FROM_BOOK registration.date']);
  });
});

// DOMAIN.md §3.3: a book holds one calendar year and numbers restart with it, so a registration
// date of another year in a book that names its year is a typing slip (or the first days of
// January written in the old book): a warning, never a correction.
describe("a registration date of another year than its book's", () => {
  const book = (rows: (string | number | null)[][]): (string | number | null)[][] => [
    ['UỶ BAN NHÂN DÂN XÃ QUẤT LƯU'],
    ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2017'],
    ['Quyển số: 01/2017'],
    BIRTH_HEADER,
    ...rows,
  ];

  it("is warned of, naming the book's year and where it was read; the date stays as typed", async () => {
    const rows = await readBook('so-khai-sinh-quat-luu-2017.xlsx', [
      {
        name: '2017',
        rows: book([
          [1, '04/01/2017', 'Nguyễn Văn Hải', 'Nam', '20/12/2016', 'Trần Thị Mai', 1990],
          [2, '09/01/2018', 'Lê Thị Thu', 'Nữ', '28/12/2016', 'Đỗ Thị Hằng', 1991],
          [3, '12/01/2017', 'Phạm Minh Đức', 'Nam', '02/01/2017', 'Vũ Thị Lan', 1992],
          [4, '16/01/2016', 'Bùi Thị Ngọc', 'Nữ', '03/01/2016', 'Hà Thị Nhàn', 1993],
          [5, '20/01/17', 'Đặng Văn Nam', 'Nam', '12/01/2017', 'Ngô Thị Hoa', 1994],
        ]),
      },
    ]);
    for (const row of [5, 7, 9]) expect(rows.get(`2017!${row}`)).toMatchObject({ kind: 'clean', warnings: [] });
    expect(rows.get('2017!6')).toMatchObject({ kind: 'clean', registrationDate: '2018-01-09' });
    expect(rows.get('2017!8')).toMatchObject({ kind: 'clean', registrationDate: '2016-01-16' });
    for (const row of [6, 8]) expect(codes(rows.get(`2017!${row}`)?.warnings)).toEqual(['DATE_YEAR_NOT_BOOK registration.date']);
    expect(rows.get('2017!6')?.warnings[0]?.message).toBe(
      'Ngày đăng ký 09/01/2018 thuộc năm 2018, nhưng sổ này là sổ năm 2017 (theo tiêu đề sổ, quyển số "01/2017" và tên trang tính "2017"): có thể năm đăng ký bị gõ nhầm.',
    );
  });

  it("reads the book's year from its book number alone, the row's own too", async () => {
    const header = ['Số', 'Quyển số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ'];
    const rows = await readBook('so-khai-sinh.xlsx', [
      { name: 'Sheet1', rows: [header, [7, '01/2016', '12/01/2015', 'Trần Văn Bình', 'Nam', '02/01/2015', 'Lê Thị Lan', 1990], [8, '01/2016', '13/01/2016', 'Trần Văn Bảo', 'Nam', '03/01/2016', 'Lê Thị Hương', 1991]] },
      { name: 'Sheet2', rows: [['Quyển số: 02/2016'], BIRTH_HEADER, [1, '12/01/2015', 'Phạm Văn Cường', 'Nam', '02/01/2015', 'Đỗ Thị Mai', 1991]] },
    ]);
    expect(codes(rows.get('Sheet1!2')?.warnings)).toEqual(['DATE_YEAR_NOT_BOOK registration.date']);
    expect(rows.get('Sheet1!2')?.warnings[0]?.message).toContain('theo quyển số "01/2016"');
    expect(rows.get('Sheet1!3')).toMatchObject({ kind: 'clean', warnings: [] });
    expect(codes(rows.get('Sheet2!3')?.warnings)).toEqual(['DATE_YEAR_NOT_BOOK registration.date']);
  });

  it("says nothing of a re-registration that gives the first registration's date", async () => {
    const header = [...BIRTH_HEADER, 'Ghi chú'];
    const rows = await readBook('so-khai-sinh-2016.xlsx', [
      {
        name: '2016',
        rows: [
          ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016'],
          header,
          [12, '12/5/1990 (ĐKL ngày 3/4/2016)', 'Trần Văn Bình', 'Nam', '02/05/1990', 'Lê Thị Lan', 1965, null],
          [13, '20/06/1988', 'Trần Thị Bích', 'Nữ', '02/06/1988', 'Lê Thị Lan', 1965, 'Đăng ký lại'],
          [14, '20/06/1988', 'Trần Thị Ngọc', 'Nữ', '02/06/1988', 'Lê Thị Hoa', 1966, null],
        ],
      },
    ]);
    expect(rows.get('2016!3')).toMatchObject({ kind: 'clean', registrationDate: '1990-05-12', warnings: [] });
    expect(rows.get('2016!4')).toMatchObject({ kind: 'clean', registrationDate: '1988-06-20', warnings: [] });
    expect(codes(rows.get('2016!5')?.warnings)).toEqual(['DATE_YEAR_NOT_BOOK registration.date']);
  });

  it("warns of a remark saying 'đăng ký lại' of another thing or person, as of no remark (regression tester 2)", async () => {
    const header = [...BIRTH_HEADER, 'Ghi chú'];
    const rows = await readBook('so-khai-sinh-2016-kim-xa.xlsx', [
      {
        name: '2016',
        rows: [
          ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016'],
          header,
          [2, '05/03/2015', 'Lê Thị Hoa', 'Nữ', '01/02/2015', 'Trần Thị Lan', 1975, 'Mẹ đăng ký lại thường trú'],
          [3, '06/03/2015', 'Đỗ Văn Hải', 'Nam', '01/02/2015', 'Trần Thị Lan', 1975, 'Cha mẹ đăng ký lại kết hôn năm 2018'],
          [4, '07/03/2015', 'Phạm Thị Ngọc', 'Nữ', '01/02/2015', 'Trần Thị Lan', 1975, 'Đ/K lại'],
          [5, '08/03/2015', 'Phạm Văn Long', 'Nam', '01/02/2015', 'Trần Thị Lan', 1975, 'ĐKKS lại'],
        ],
      },
    ]);
    for (const row of [3, 4]) expect(codes(rows.get(`2016!${row}`)?.warnings)).toEqual(['DATE_YEAR_NOT_BOOK registration.date']);
    for (const row of [5, 6]) expect(rows.get(`2016!${row}`)).toMatchObject({ kind: 'clean', warnings: [] });
  });

  it('says nothing when the book names no year, or two', async () => {
    const rows = await readBook('so-khai-sinh-tam-hop.xlsx', [
      { name: 'Sheet1', rows: [['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01'], BIRTH_HEADER, [1, '12/01/2015', 'Trần Văn Bình', 'Nam', '02/01/2015', 'Lê Thị Lan', 1990]] },
      // The title copied from last year's sheet: the book names 2016 and 2017.
      { name: '2017', rows: [['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016'], BIRTH_HEADER, [1, '12/01/2015', 'Trần Văn Bình', 'Nam', '02/01/2015', 'Lê Thị Lan', 1990]] },
    ]);
    expect(rows.get('Sheet1!4')).toMatchObject({ kind: 'clean', warnings: [] });
    expect(rows.get('2017!3')).toMatchObject({ kind: 'clean', warnings: [] });
  });
});
