import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

// Rows under a register that are no entry: a table of counts under the signatures, and a
// three-level header printed again, merges and all, at the top of each page.
type Cell = string | number | null;

function put(sheet: ExcelJS.Worksheet, firstRow: number, rows: Cell[][]): void {
  rows.forEach((cells, at) => cells.forEach((value, column) => {
    if (value !== null) sheet.getCell(firstRow + at, column + 1).value = value;
  }));
}

async function save(book: ExcelJS.Workbook, name: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-not-entries-'));
  await book.xlsx.writeFile(join(folder, name));
  return folder;
}

describe('a table of counts under a death book', () => {
  it('is skipped as footer: no row of it is read, and the entries above are clean', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('KT 2015');
    put(sheet, 1, [
      ['UBND XÃ HỒ SƠN'],
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2015'],
      [],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ngày chết', 'Nơi chết', 'Nguyên nhân'],
      [1, '12/03/2015', 'Nguyễn Văn Tâm', 1931, 'Nam', '08/03/2015', 'Tại nhà', 'Già yếu'],
      [2, '20/05/2015', 'Lê Thị Hoa', 1935, 'Nữ', '15/05/2015', 'Tại nhà', 'Già yếu'],
      [],
      ['Tổng cộng: 2 trường hợp'],
      [null, null, null, null, null, 'Người ghi sổ'],
      [],
      [null, null, null, null, null, 'Đỗ Văn Tâm'],
      [],
      ['TỔNG HỢP'],
      ['Xã', 'Nam', 'Nữ', 'Cộng'],
      ['Hồ Sơn', 12, 13, 25],
      ['Minh Quang', 11, 14, 25],
      ['Cộng', 23, 27, 50],
    ]);
    const { out } = await runInto({ type: 'death', districts: ['248'], inputs: [await save(book, 'KT_HoSon_2015.xlsx')] });
    const manifest = readJson(join(out, '248/death/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(manifest.counts.skippedByReason.footer).toBe(8);
    expect(readJsonl(join(out, '248/death/rejected.jsonl'))).toEqual([]);
  });
});

describe('a marriage book whose three-level header is printed again on each page', () => {
  const top: Cell[] = ['Số', 'Ngày, tháng, năm đăng ký', 'Thông tin về hai bên', ...Array.from({ length: 11 }, () => null), 'Ghi chú'];
  const sides: Cell[] = [null, null, 'CHỒNG', null, null, null, null, null, 'VỢ'];
  const spouse = ['HT', 'NS', 'DT', 'QT', 'Số CMND/CCCD', 'Nơi ĐKTT'];
  const couple = (number: number, date: string, husband: string, wife: string): Cell[] => [
    number, date, husband, '03/04/1990', 'Kinh', 'Việt Nam', `02609012345${number}`, 'Thôn Đông, xã Kim Long', wife, '05/06/1993', 'Kinh', 'Việt Nam', `02619365432${number}`, 'Thôn Đông, xã Kim Long',
  ];

  it('skips every copy, merged or retyped without its merges, and reads each page\'s entries', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('KH 2016');
    const header = (row: number, merged: boolean): void => {
      put(sheet, row, [top, sides, [null, null, ...spouse, ...spouse]]);
      if (!merged) return;
      sheet.mergeCells(row, 3, row, 14);
      for (const column of [1, 2, 15]) sheet.mergeCells(row, column, row + 2, column);
      sheet.mergeCells(row + 1, 3, row + 1, 8);
      sheet.mergeCells(row + 1, 9, row + 1, 14);
    };
    put(sheet, 1, [['UBND XÃ KIM LONG'], ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2016']]);
    header(3, true);
    put(sheet, 6, [couple(1, '12/01/2016', 'Nguyễn Văn Nam', 'Trần Thị Lan')]);
    header(8, true);
    put(sheet, 11, [couple(2, '20/02/2016', 'Lê Văn Hùng', 'Phạm Thị Mai')]);
    header(13, false);
    put(sheet, 16, [couple(3, '15/03/2016', 'Đỗ Văn Thắng', 'Vũ Thị Hạnh')]);
    const { out } = await runInto({ type: 'marriage', districts: ['247'], inputs: [await save(book, 'KH_KimLong_2016.xlsx')] });
    const manifest = readJson(join(out, '247/marriage/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 3, clean: 3, rejected: 0 });
    expect(manifest.counts.skippedByReason['repeated-header']).toBe(6);
    expect(readJsonl(join(out, '247/marriage/clean.jsonl')).map((record) => (record.husband as { fullName: string }).fullName)).toEqual(['Nguyễn Văn Nam', 'Lê Văn Hùng', 'Đỗ Văn Thắng']);
  });
});

describe('a template\'s example lines left in a birth book', () => {
  it('are skipped as example, on the book\'s sheet and on a sample sheet; an entry with one initial stays an entry', async () => {
    const book = new ExcelJS.Workbook();
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên cha', 'Năm sinh', 'Họ tên mẹ', 'Năm sinh', 'Ghi chú'];
    put(book.addWorksheet('Mẫu'), 1, [
      ['MẪU NHẬP SỔ ĐĂNG KÝ KHAI SINH'],
      header,
      [1, '05/01/2008', 'Nguyễn Văn A', 'Nam', '01/01/2008', 'Trạm y tế xã', 'Nguyễn Văn B', 1980, 'Trần Thị C', 1982, null],
    ]);
    put(book.addWorksheet('2008'), 1, [
      ['UBND XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2008'],
      header,
      [1, '05/01/2008', 'Lê Văn Hùng', 'Nam', '01/01/2008', 'Trạm y tế xã', 'Lê Văn Bình', 1980, 'Trần Thị Lan', 1982, 'Ví dụ'],
      [1, '12/01/2008', 'Phạm Thị Hằng', 'Nữ', '03/01/2008', 'Trạm y tế xã Tam Hợp', 'Phạm Văn Tuấn', 1979, 'Đỗ Thị Mai', 1983, null],
      // One person's given name typed as an initial: an entry's slip, warned of, not an example.
      [2, '15/01/2008', 'Vũ Văn Nam', 'Nam', '06/01/2008', 'Trạm y tế xã Tam Hợp', 'Vũ Văn K', 1981, 'Ngô Thị Yến', 1984, null],
      // The 2016 forms' example typed in capitals, as names are to be written, under the format of each date.
      [null, 'dd/mm/yyyy', 'NGUYỄN VĂN A', 'Nam', 'dd/mm/yyyy', null, 'NGUYỄN VĂN B', 'yyyy', 'TRẦN THỊ C', 'yyyy', null],
      // A real entry in capitals whose one parent is an initial stays an entry.
      [3, '20/01/2008', 'ĐỖ VĂN HÙNG', 'Nam', '10/01/2008', 'Trạm y tế xã Tam Hợp', 'ĐỖ VĂN K', 1981, 'LÊ THỊ HOA', 1984, null],
    ]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await save(book, 'ks-tam-hop-2008.xlsx')] });
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 3, clean: 3, rejected: 0 });
    expect(manifest.counts.skippedByReason.example).toBe(3);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { provenance: { sheet: string; row: number }; child: { fullName: string } }[];
    expect(clean.map((record) => [record.provenance.sheet, record.provenance.row, record.child.fullName])).toEqual([
      ['2008', 5, 'Phạm Thị Hằng'],
      ['2008', 6, 'Vũ Văn Nam'],
      ['2008', 8, 'Đỗ Văn Hùng'],
    ]);
  });

  it("are skipped on the template's instructions or sample sheet whatever names the sample gives, and no number of the book is repeated by them", async () => {
    const book = new ExcelJS.Workbook();
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Năm sinh', 'Họ tên cha', 'Năm sinh', 'Ghi chú'];
    const sample: Cell[] = [1, '05/01/2019', 'Nguyễn Văn An', 'Nam', '20/12/2018', 'Trạm y tế xã Đạo Đức', 'Trần Thị Bình', 1990, 'Nguyễn Văn Cường', 1988, null];
    put(book.addWorksheet('Hướng dẫn'), 1, [
      ['HƯỚNG DẪN NHẬP SỔ ĐĂNG KÝ KHAI SINH'],
      ['- Nhập mỗi trường hợp trên một dòng, theo đúng thứ tự trong sổ gốc.'],
      ['- Dòng dưới đây là ví dụ cách nhập:'],
      header,
      sample,
    ]);
    put(book.addWorksheet('Mẫu nhập'), 1, [['MẪU NHẬP SỔ ĐĂNG KÝ KHAI SINH'], header, sample]);
    put(book.addWorksheet('2019'), 1, [
      ['UBND XÃ ĐẠO ĐỨC'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019'],
      header,
      [1, '09/01/2019', 'Kiều Văn Tùng', 'Nam', '02/01/2019', 'Trạm y tế xã Đạo Đức', 'Lưu Thị Vân', 1992, 'Kiều Văn Lâm', 1990, null],
      [2, '14/01/2019', 'Tạ Thị Thu', 'Nữ', '06/01/2019', 'Trạm y tế xã Đạo Đức', 'Hồ Thị Loan', 1994, 'Tạ Đức Hải', 1991, null],
    ]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await save(book, 'KS_DaoDuc_2019.xlsx')] });
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(manifest.counts.skippedByReason.example).toBe(2);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { provenance: { sheet: string }; warnings: unknown[] }[];
    expect(clean.map((record) => [record.provenance.sheet, record.warnings])).toEqual([['2019', []], ['2019', []]]);
  });

  it("read a book typed on into the template's sample sheet: more than a sample's few lines", async () => {
    const book = new ExcelJS.Workbook();
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Năm sinh', 'Họ tên cha', 'Năm sinh', 'Ghi chú'];
    const children = ['Kiều Văn Tùng', 'Tạ Thị Thu', 'Hồ Văn Kiên', 'Lưu Thị Yến'];
    put(book.addWorksheet('Mẫu'), 1, [
      ['UBND XÃ ĐẠO ĐỨC'],
      header,
      ...children.map((child, at): Cell[] => [at + 1, `${10 + at}/01/2019`, child, / Thị /.test(child) ? 'Nữ' : 'Nam', `0${at + 2}/01/2019`, 'Trạm y tế xã Đạo Đức', `Trần Thị ${['Vân', 'Loan', 'Hoa', 'Mai'][at]}`, 1992, `${child.split(' ')[0]} Văn ${['Lâm', 'Hải', 'Sơn', 'Long'][at]}`, 1990, null]),
    ]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await save(book, 'KS_DaoDuc_2019.xlsx')] });
    expect(readJson(join(out, '249/birth/manifest.json')).counts).toMatchObject({ rowsRead: 4, clean: 4, rejected: 0 });
  });

  it("read a small book whose workbook's only sheet keeps the template's name 'Mẫu …': no sample beside a book (regression round)", async () => {
    const book = new ExcelJS.Workbook();
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Họ tên cha', 'Ghi chú'];
    put(book.addWorksheet('Mẫu KS đăng ký lại'), 1, [
      ['UBND XÃ ĐẠO ĐỨC'],
      ['SỔ ĐĂNG KÝ KHAI SINH (ĐĂNG KÝ LẠI) NĂM 2020'],
      header,
      [1, '05/06/2020', 'Nguyễn Văn Thành', 'Nam', '12/02/1975', 'Xã Đạo Đức, huyện Bình Xuyên', 'Trần Thị Lan', 'Nguyễn Văn Long', 'Đăng ký lại'],
      [2, '17/09/2020', 'Lê Thị Nhung', 'Nữ', '20/11/1980', 'Xã Đạo Đức, huyện Bình Xuyên', 'Phạm Thị Vân', 'Lê Văn Hải', 'Đăng ký lại'],
    ]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await save(book, 'KS_DaoDuc_2020.xlsx')] });
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(manifest.counts.skippedByReason.example).toBeUndefined();
  });

  it("read a commune's small book on a sheet named by the commune's initials ('HĐ' for Hoàng Đan); 'HD nhập liệu' stays a sample (regression round)", async () => {
    const book = new ExcelJS.Workbook();
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Họ tên cha', 'Ghi chú'];
    const entry = (number: number, child: string, commune: string): Cell[] => [number, `0${number + 3}/03/2019`, child, / Thị /.test(child) ? 'Nữ' : 'Nam', `0${number}/03/2019`, `Trạm y tế xã ${commune}`, 'Trần Thị Lan', 'Nguyễn Văn Dũng', null];
    put(book.addWorksheet('HD nhập liệu'), 1, [['HƯỚNG DẪN NHẬP SỔ ĐĂNG KÝ KHAI SINH'], header, entry(1, 'Nguyễn Văn An', 'Hoàng Đan')]);
    put(book.addWorksheet('HĐ'), 1, [['UBND XÃ HOÀNG ĐAN'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019'], header, entry(1, 'Nguyễn Văn Hùng', 'Hoàng Đan'), entry(2, 'Lê Thị Hương', 'Hoàng Đan')]);
    put(book.addWorksheet('HL'), 1, [
      ['UBND XÃ HOÀNG LÂU'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019'],
      header,
      ...['Đỗ Minh Đức', 'Ngô Thị Ngọc', 'Vũ Văn Long', 'Bùi Thị Thu'].map((child, at) => entry(at + 1, child, 'Hoàng Lâu')),
    ]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await save(book, 'KS_TamDuong_2019.xlsx')] });
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 6, clean: 6, rejected: 0 });
    expect(manifest.counts.skippedByReason.example).toBe(1);
  });

  it("read a commune's small book typed into a template's sheet left named 'Mẫu': its title names the commune", async () => {
    const book = new ExcelJS.Workbook();
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên mẹ', 'Năm sinh', 'Họ tên cha', 'Năm sinh', 'Ghi chú'];
    put(book.addWorksheet('Mẫu số 01'), 1, [
      ['UBND XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      ['Năm 2023'],
      header,
      [1, '09/01/2023', 'Nguyễn Văn Khôi', 'Nam', '02/01/2023', 'Trạm y tế xã Tam Hợp', 'Trần Thị Thơm', 1995, 'Nguyễn Văn Hiệp', 1993, null],
      [2, '14/02/2023', 'Lê Thị Hà My', 'Nữ', '06/02/2023', 'Bệnh viện đa khoa Phúc Yên', 'Phạm Thị Huệ', 1996, 'Lê Văn Thành', 1994, null],
    ]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await save(book, 'ks-tam-hop-2023.xlsx')] });
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(manifest.counts.skippedByReason.example).toBeUndefined();
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { child: { fullName: string }; warnings: unknown[] }[];
    expect(clean.map((record) => [record.child.fullName, record.warnings])).toEqual([['Nguyễn Văn Khôi', []], ['Lê Thị Hà My', []]]);
  });

  it("read a commune's few entries typed into a sheet left named 'Mẫu' beside Excel's empty 'Sheet2', 'Sheet3' (session 23, theme 5)", async () => {
    const book = new ExcelJS.Workbook();
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Quốc tịch chồng', 'Nơi cư trú chồng', 'Họ tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ', 'Quốc tịch vợ', 'Nơi cư trú vợ', 'Ghi chú'];
    const home = 'Thôn Ngọc Bảo, xã Quất Lưu, huyện Bình Xuyên';
    put(book.addWorksheet('Mẫu'), 1, [
      ['SỔ ĐĂNG KÝ KẾT HÔN'],
      ['Năm 2018'],
      header,
      [1, '10/05/2018', 'Nguyễn Văn Hùng', '12/04/1994', 'Kinh', 'Việt Nam', home, 'Trần Thị Hương', '20/08/1996', 'Kinh', 'Việt Nam', home, null],
      [2, '22/06/2018', 'Lê Văn Tuấn', '03/03/1992', 'Kinh', 'Việt Nam', home, 'Phạm Thị Lan', '03/02/1997', 'Kinh', 'Việt Nam', home, null],
      [3, '15/09/2018', 'Đỗ Văn Nam', '05/05/1990', 'Kinh', 'Việt Nam', home, 'Vũ Thị Mai', '09/09/1995', 'Kinh', 'Việt Nam', home, null],
    ]);
    book.addWorksheet('Sheet2');
    book.addWorksheet('Sheet3');
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [await save(book, 'ket-hon-quat-luu-2018.xlsx')] });
    const manifest = readJson(join(out, '249/marriage/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 3, clean: 3, rejected: 0 });
    expect(manifest.counts.skippedByReason.example).toBeUndefined();
  });

  it("leave the title's book number to the entries below when they fill the 'Nơi đăng ký' cell, in capitals or not (regression tester 2)", async () => {
    const book = new ExcelJS.Workbook();
    const header: Cell[] = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Họ tên cha', 'Năm sinh', 'Họ tên mẹ', 'Năm sinh', 'Ghi chú'];
    put(book.addWorksheet('2016'), 1, [
      ['SỔ ĐĂNG KÝ KHAI SINH'],
      ['Quyển số: 01/2016'],
      header,
      [null, 'dd/mm/yyyy', 'UBND xã Tam Hợp', 'NGUYỄN VĂN A', 'Nam', 'dd/mm/yyyy', null, 'NGUYỄN VĂN B', 'yyyy', 'TRẦN THỊ C', 'yyyy', null],
      [1, '12/01/2016', 'UBND xã Tam Hợp', 'Phạm Thị Hằng', 'Nữ', '03/01/2016', 'Trạm y tế xã Tam Hợp', 'Phạm Văn Tuấn', 1979, 'Đỗ Thị Mai', 1983, null],
      [null, '05/01/2016', 'UBND xã Tam Hợp', 'Nguyễn Văn A', 'Nam', '01/01/2016', 'Trạm y tế xã', 'Nguyễn Văn B', 1980, 'Trần Thị C', 1982, null],
      [2, '15/01/2016', 'UBND xã Tam Hợp', 'Vũ Văn Nam', 'Nam', '06/01/2016', 'Trạm y tế xã Tam Hợp', 'Vũ Văn Khánh', 1981, 'Ngô Thị Yến', 1984, null],
    ]);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [await save(book, 'ks-tam-hop-2016.xlsx')] });
    const manifest = readJson(join(out, '249/birth/manifest.json'));
    expect(manifest.counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(manifest.counts.skippedByReason.example).toBe(2);
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { provenance: { row: number }; registration: { book: string | null } }[];
    expect(clean.map((record) => [record.provenance.row, record.registration.book])).toEqual([
      [5, '01/2016'],
      [7, '01/2016'],
    ]);
  });
});
