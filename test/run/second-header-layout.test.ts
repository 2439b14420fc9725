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
import { readJson, readJsonl, runInto } from './run-helpers.js';

type Cell = string | number | null;
const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));

async function writeBook(name: string, sheets: { name: string; rows: Cell[][]; merges?: string[] }[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((cells, at) => {
      const row = sheet.getRow(at + 1);
      cells.forEach((value, column) => {
        if (value !== null && value !== '') row.getCell(column + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-layout-')), name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Each event of the file: 'row n', 'n: reason', or 'sheet: header rows'. */
async function events(path: string, file: string): Promise<string[]> {
  const seen: string[] = [];
  const options = { provinceCode: '26', districtCode: '249', file, options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  for await (const event of readRegister(path, options)) {
    if (event.kind === 'sheet') seen.push(`sheet: ${event.header?.headerRowNumbers.join('-') ?? 'none'}`);
    else if (event.kind === 'skipped') seen.push(`${event.rowNumber}: ${event.reason}`);
    else seen.push(`row ${event.rowNumber}`);
  }
  return seen;
}

// Hương Sơn's birth book: the 2015 form (father before mother), then from 2016 the new one (mother before father).
const FORM_2015 = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày, tháng, năm sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên cha', 'Năm sinh cha', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Nơi cư trú', 'Ghi chú'];
const FORM_2016 = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày, tháng, năm sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú', 'Ghi chú'];
const birth = (number: number, registered: string, name: string, sex: string, born: string, first: [string, number], second: [string, number]): Cell[] =>
  [number, registered, name, sex, born, 'Trạm y tế xã Hương Sơn', 'Kinh', ...first, ...second, 'Thôn Hữu Bằng', null];
const huongSon: Cell[][] = [
  ['UBND XÃ HƯƠNG SƠN'],
  ['SỔ ĐĂNG KÝ KHAI SINH'],
  ['Quyển số: 01/2015'],
  FORM_2015,
  birth(1, '05/01/2015', 'Nguyễn Văn Hùng', 'Nam', '20/12/2014', ['Nguyễn Văn Tuấn', 1985], ['Lê Thị Lan', 1988]),
  birth(2, '09/01/2015', 'Trần Thị Mai', 'Nữ', '30/12/2014', ['Trần Văn Lợi', 1984], ['Đỗ Thị Tâm', 1987]),
  [],
  ['Quyển số: 01/2016'],
  FORM_2016,
  birth(1, '06/01/2016', 'Phạm Văn Phúc', 'Nam', '01/01/2016', ['Vũ Thị Thanh', 1990], ['Phạm Văn Hưng', 1986]),
  birth(2, '12/01/2016', 'Hoàng Thị Hà', 'Nữ', '02/01/2016', ['Bùi Thị Nụ', 1991], ['Hoàng Văn Lâm', 1989]),
];

describe('a second header of another layout inside a sheet', () => {
  it('is the header of the rows below it: the 2016 form puts the mother before the father', async () => {
    const path = await writeBook('khai-sinh-huong-son.xlsx', [{ name: 'KS', rows: huongSon }]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { provenance: { row: number }; registration: { book: string }; mother: { fullName: string; birthYear: string }; father: { fullName: string } }[];
    expect(clean.map((record) => [record.provenance.row, record.registration.book, record.mother.fullName, record.mother.birthYear, record.father.fullName])).toEqual([
      [5, '01/2015', 'Lê Thị Lan', '1988', 'Nguyễn Văn Tuấn'],
      [6, '01/2015', 'Đỗ Thị Tâm', '1987', 'Trần Văn Lợi'],
      [10, '01/2016', 'Vũ Thị Thanh', '1990', 'Phạm Văn Hưng'],
      [11, '01/2016', 'Bùi Thị Nụ', '1991', 'Hoàng Văn Lâm'],
    ]);
    expect(readJsonl(join(out, '249/birth/rejected.jsonl'))).toEqual([]);
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 4, clean: 4, skipped: 6, skippedByReason: { title: 3, header: 2, 'section-title': 1 } });
  });

  it('is announced as the sheet\'s header from its row on, and its own header row is skipped as one', async () => {
    const path = await writeBook('khai-sinh-huong-son.xlsx', [{ name: 'KS', rows: huongSon }]);
    expect(await events(path, 'khai-sinh-huong-son.xlsx')).toEqual([
      'sheet: 4',
      '1: title',
      '2: title',
      '3: title',
      '4: header',
      'row 5',
      'row 6',
      '8: section-title',
      'sheet: 9',
      '9: header',
      'row 10',
      'row 11',
    ]);
  });

  it('opens with the upper row of a two-level form whose labels the form in force does not have', async () => {
    // The 1990s layout (registration date near the end), then the 2016 form typed below it. The new form's top row
    // ('Số' | 'Ngày, tháng, năm đăng ký' merged down, groups over the child's, the mother's and the father's columns)
    // is no copy of the old header: it was read as an entry (rejected, its lower row joined to it as the entry's second
    // line, merged cells over both), and the new book's entries were read without their number, date and parents.
    const form1990 = ['STT', 'Họ và tên', 'Trai/Gái', 'Ngày tháng năm sinh', 'Nơi sinh', 'Họ tên cha', 'Năm sinh', 'Họ tên mẹ', 'Năm sinh', 'Trú quán', 'Ngày đăng ký', 'Người đứng khai', 'Ghi chú'];
    const old = (number: number, registered: string, name: string, sex: string, born: string, father: [string, number], mother: [string, number]): Cell[] =>
      [number, name, sex, born, 'Trạm y tế xã Hương Sơn', ...father, ...mother, 'Thôn Hữu Bằng', registered, father[0], null];
    const top = ['Số', 'Ngày, tháng, năm đăng ký', 'Người được khai sinh', null, null, null, null, 'Mẹ', null, null, 'Cha', null, null, 'Họ tên người đi khai sinh', 'Ghi chú'];
    const lower = [null, null, 'Họ, chữ đệm, tên', 'Giới tính', 'Ngày, tháng, năm sinh', 'Nơi sinh', 'Dân tộc', 'Họ, chữ đệm, tên', 'Năm sinh', 'Nơi cư trú', 'Họ, chữ đệm, tên', 'Năm sinh', 'Nơi cư trú', null, null];
    const form2016 = (number: number, registered: string, name: string, sex: string, born: string, mother: [string, number], father: [string, number]): Cell[] =>
      [number, registered, name, sex, born, 'Trạm y tế xã Hương Sơn', 'Kinh', ...mother, 'Thôn Hữu Bằng', ...father, 'Thôn Hữu Bằng', father[0], null];
    const rows: Cell[][] = [
      ['UBND XÃ HƯƠNG SƠN'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2015'],
      form1990,
      old(1, '05/01/2015', 'Nguyễn Văn Hùng', 'Trai', '20/12/2014', ['Nguyễn Văn Tuấn', 1985], ['Lê Thị Lan', 1988]),
      old(2, '09/01/2015', 'Trần Thị Mai', 'Gái', '30/12/2014', ['Trần Văn Lợi', 1984], ['Đỗ Thị Tâm', 1987]),
      ['UBND XÃ HƯƠNG SƠN'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016'],
      top,
      lower,
      form2016(1, '06/01/2016', 'Phạm Văn Phúc', 'Nam', '01/01/2016', ['Vũ Thị Thanh', 1990], ['Phạm Văn Hưng', 1986]),
      form2016(2, '12/01/2016', 'Hoàng Thị Hà', 'Nữ', '02/01/2016', ['Bùi Thị Nụ', 1991], ['Hoàng Văn Lâm', 1989]),
    ];
    const merges = ['A8:A9', 'B8:B9', 'C8:G8', 'H8:J8', 'K8:M8', 'N8:N9', 'O8:O9'];
    const path = await writeBook('khai-sinh-huong-son.xlsx', [{ name: 'KS', rows, merges }]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { provenance: { row: number }; registration: { number: string; date: string }; mother: { fullName: string }; father: { fullName: string } }[];
    expect(clean.map((record) => [record.provenance.row, record.registration.number, record.registration.date, record.mother.fullName, record.father.fullName])).toEqual([
      [4, '1', '2015-01-05', 'Lê Thị Lan', 'Nguyễn Văn Tuấn'],
      [5, '2', '2015-01-09', 'Đỗ Thị Tâm', 'Trần Văn Lợi'],
      [10, '1', '2016-01-06', 'Vũ Thị Thanh', 'Phạm Văn Hưng'],
      [11, '2', '2016-01-12', 'Bùi Thị Nụ', 'Hoàng Văn Lâm'],
    ]);
    expect(readJsonl(join(out, '249/birth/rejected.jsonl'))).toEqual([]);
    expect(readJson(join(out, '249/birth/manifest.json')).counts).toMatchObject({ rowsRead: 4, clean: 4, rejected: 0 });
  });

  it('reads a death book whose second book moves the sex column and adds an ID column', async () => {
    const form2005 = ['SỐ', 'NGÀY, THÁNG,\nNĂM ĐĂNG KÝ', 'HỌ VÀ TÊN\nNGƯỜI CHẾT', 'NGÀY, THÁNG,\nNĂM SINH', 'GIỚI\nTÍNH', 'DÂN\nTỘC', 'QUỐC\nTỊCH', 'NƠI THƯỜNG TRÚ\nCUỐI CÙNG', 'NGÀY, THÁNG,\nNĂM CHẾT', 'NƠI CHẾT', 'NGUYÊN NHÂN\nCHẾT', 'HỌ TÊN NGƯỜI\nĐI KHAI TỬ', 'GHI CHÚ'];
    const form2016 = ['Số', 'Ngày đăng ký', 'Họ, chữ đệm, tên người chết', 'Giới tính', 'Ngày, tháng, năm sinh', 'Dân tộc', 'Quốc tịch', 'Số CMND/Hộ chiếu', 'Nơi cư trú cuối cùng', 'Ngày, giờ, phút chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai tử', 'Quan hệ với người chết', 'Ghi chú'];
    const old = (number: number, registered: string, name: string, born: string, sex: string, died: string): Cell[] =>
      [number, registered, name, born, sex, 'Kinh', 'Việt Nam', 'Thôn Phú Trì, xã Sơn Lôi', died, 'Tại nhà', 'Già yếu', 'Bùi Văn Tâm', null];
    const rows: Cell[][] = [
      [null, null, 'SỔ ĐĂNG KÝ KHAI TỬ NĂM 2006'],
      form2005,
      old(1, '05/01/2006', 'Bùi Văn Chắt', '1918', 'Nam', '03/01/2006'),
      old(2, '20/02/2006', 'Hoàng Thị Nụ', '1928', 'Nữ', '19/02/2006'),
      [],
      [null, null, 'Quyển số: 02/2006'],
      form2016,
      [3, '15/07/2006', 'Vũ Văn Khoa', 'Nam', '10/03/1945', 'Kinh', 'Việt Nam', '135012345', 'Thôn Phú Trì, xã Sơn Lôi', '13/07/2006', 'Bệnh viện tỉnh', 'Bệnh tim', 'Vũ Văn Hưng', 'Con', null],
      [4, '02/09/2006', 'Ngô Thị Hồng', 'Nữ', '1941', 'Kinh', 'Việt Nam', null, 'Thôn Phú Trì, xã Sơn Lôi', '30/08/2006', 'Tại nhà', 'Già yếu', 'Ngô Văn Lực', 'Con', null],
    ];
    const path = await writeBook('khai-tu-son-loi.xlsx', [{ name: '2006', rows }]);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl')) as { registration: { book: string | null }; deceased: { fullName: string; sex: string; birthDate: string; personalId: string | null }; deathDate: string }[];
    expect(clean.map((record) => [record.deceased.fullName, record.deceased.sex, record.deceased.birthDate, record.deathDate, record.deceased.personalId, record.registration.book])).toEqual([
      ['Bùi Văn Chắt', 'male', '1918', '2006-01-03', null, null],
      ['Hoàng Thị Nụ', 'female', '1928', '2006-02-19', null, null],
      ['Vũ Văn Khoa', 'male', '1945-03-10', '2006-07-13', '135012345', '02/2006'],
      ['Ngô Thị Hồng', 'female', '1941', '2006-08-30', null, '02/2006'],
    ]);
    expect(readJsonl(join(out, '249/death/rejected.jsonl'))).toEqual([]);
  });

  it('stays a repeated header when it is the same layout printed again, as one or two levels, even with a label the first left blank', async () => {
    const repeated = huongSon.map((row) => (row === FORM_2016 ? FORM_2015 : row));
    const samePath = await writeBook('khai-sinh.xlsx', [{ name: 'KS', rows: repeated }]);
    expect((await events(samePath, 'khai-sinh.xlsx')).filter((event) => event.startsWith('sheet') || event.startsWith('9:'))).toEqual(['sheet: 4', '9: repeated-header']);

    // A marriage book's two-level header printed again at a page break, its group labels merged over their columns.
    const top = ['Số', 'Ngày đăng ký', 'Bên chồng', null, null, 'Bên vợ', null, null, 'Ghi chú'];
    const sub = [null, null, 'Họ và tên', 'Ngày sinh', 'Nơi cư trú', 'Họ và tên', 'Ngày sinh', 'Nơi cư trú', null];
    const couple = (number: number, husband: string, wife: string): Cell[] => [number, `0${number}/03/2010`, husband, '12/05/1985', 'Thôn Lạc Ý', wife, '20/10/1988', 'Thôn Lạc Ý', null];
    const headerMerges = (row: number): string[] => [`A${row}:A${row + 1}`, `B${row}:B${row + 1}`, `C${row}:E${row}`, `F${row}:H${row}`, `I${row}:I${row + 1}`];
    const marriage = await writeBook('ket-hon-dong-van.xlsx', [
      {
        name: 'KH 2010',
        rows: [['SỔ ĐĂNG KÝ KẾT HÔN'], top, sub, couple(1, 'Nguyễn Văn Hùng', 'Trần Thị Lan'), couple(2, 'Lê Văn Nam', 'Đỗ Thị Hoa'), top, sub, couple(3, 'Phạm Văn Đức', 'Vũ Thị Thảo')],
        merges: [...headerMerges(2), ...headerMerges(6)],
      },
    ]);
    expect(await events(marriage, 'ket-hon-dong-van.xlsx')).toEqual(['sheet: 2-3', '1: title', '2: header', '3: header', 'row 4', 'row 5', '6: repeated-header', '7: repeated-header', 'row 8']);

    // The first page left 'Ghi chú' blank; the next page's copy names it: still the same layout.
    const fuller = huongSon.map((row) => (row === FORM_2016 ? FORM_2015 : row === FORM_2015 ? [...FORM_2015.slice(0, -1), null] : row));
    const fullerPath = await writeBook('khai-sinh.xlsx', [{ name: 'KS', rows: fuller }]);
    expect((await events(fullerPath, 'khai-sinh.xlsx')).filter((event) => event.startsWith('sheet') || event.startsWith('9:'))).toEqual(['sheet: 4', '9: repeated-header']);
  });
});
