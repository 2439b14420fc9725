import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// Twins typed with what they share — registration date, birth date, parents — in cells merged over their two rows.
describe('cells merged over several data rows', () => {
  it('give every row of the range their value; the header\'s own merges stay the header\'s', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-merged-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KS 2016');
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH']);
    sheet.addRow(['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Thông tin về mẹ', null, 'Thông tin về cha', null]);
    sheet.addRow([null, null, null, null, null, null, 'Họ và tên', 'Năm sinh', 'Họ và tên', 'Năm sinh']);
    for (const column of ['A', 'B', 'C', 'D', 'E', 'F']) sheet.mergeCells(`${column}2:${column}3`);
    sheet.mergeCells('G2:H2');
    sheet.mergeCells('I2:J2');
    sheet.addRow([1, 1, '10/03/2016', 'Trần Văn Hùng', '02/03/2016', 'Nam', 'Lê Thị Hoa', 1990, 'Trần Văn Bình', 1988]);
    sheet.addRow([2, 2, null, 'Trần Văn Hưng', null, 'Nam', null, null, null, null]);
    sheet.addRow([3, 3, '11/03/2016', 'Phạm Thị Lan', '01/03/2016', 'Nữ', 'Vũ Thị Mai', 1992, 'Phạm Văn Nam', 1990]);
    for (const column of ['C', 'E', 'G', 'H', 'I', 'J']) sheet.mergeCells(`${column}4:${column}5`);
    const path = join(folder, 'khai-sinh-2016.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => [(record.child as { fullName: string }).fullName, (record.child as { birthDate: string }).birthDate, (record.registration as { date: string }).date, (record.mother as { fullName: string }).fullName])).toEqual([
      ['Trần Văn Hùng', '2016-03-02', '2016-03-10', 'Lê Thị Hoa'],
      ['Trần Văn Hưng', '2016-03-02', '2016-03-10', 'Lê Thị Hoa'],
      ['Phạm Thị Lan', '2016-03-01', '2016-03-11', 'Vũ Thị Mai'],
    ]);
    // A merged cell shows its value in every row of the range: no correction, so no note (unlike a ditto mark).
    expect(clean[1]?.notes).toEqual([]);
    expect(readJsonl(join(out, '249/birth/rejected.jsonl'))).toEqual([]);
    // Twins: kept apart.
    expect(readJsonl(join(out, '249/birth/duplicates.jsonl'))).toEqual([]);
  });
});

// Sơn Lôi's 2018 book: 'Họ và tên' and 'Nơi cư trú' merged over two columns each, and the clerk typed
// each name in two parts under its label ('Tạ Quang' | 'Tuấn'), each address in two ('Thôn Nội' | 'xã Sơn Lôi').
describe('a header label merged over two columns, a value typed under it in parts', () => {
  it('reads the parts as one value of the label\'s column: nothing of the name lost, nothing left in raw', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-merged-label-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KS 2018');
    sheet.addRow(['UBND XÃ SƠN LÔI']);
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2018']);
    sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên', null, 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh', 'Họ và tên cha', 'Năm sinh', 'Nơi cư trú', null, 'Ghi chú']);
    sheet.mergeCells('C3:D3');
    sheet.mergeCells('K3:L3');
    sheet.addRow([1, '09/01/2018', 'Tạ Quang', 'Tuấn', 'Nam', '02/01/2018', 'Đặng Thị Loan', 1990, 'Tạ Công Trung', 1988, 'Thôn Nội', 'xã Sơn Lôi', null]);
    sheet.addRow([2, '15/01/2018', 'Lê Thị', 'Vân', 'Nữ', '06/01/2018', 'Hồ Thị Mai', 1994, 'Lê Văn Hải', 1991, 'Thôn Yên Lan,', 'xã Sơn Lôi', null]);
    // Typed whole in the label's first column: read as typed.
    sheet.addRow([3, '20/01/2018', 'Nguyễn Văn An', null, 'Nam', '11/01/2018', 'Trần Thị Hoa', 1992, 'Nguyễn Văn Cường', 1990, 'Thôn Xuân Lôi, xã Sơn Lôi', null, null]);
    const path = join(folder, 'KS_SonLoi_2018.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { child: { fullName: string; givenName: string }; mother: { residence: string }; raw: object; warnings: unknown[] }[];
    expect(clean.map((record) => [record.child.fullName, record.child.givenName, record.mother.residence, record.raw, record.warnings])).toEqual([
      ['Tạ Quang Tuấn', 'Tuấn', 'Thôn Nội, xã Sơn Lôi', {}, []],
      ['Lê Thị Vân', 'Vân', 'Thôn Yên Lan, xã Sơn Lôi', {}, []],
      ['Nguyễn Văn An', 'An', 'Thôn Xuân Lôi, xã Sơn Lôi', {}, []],
    ]);
  });

  it("fills a twin's ditto marks in each part before joining them: the parents' names and the address above, noted (regression round)", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-merged-label-ditto-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KS 2019');
    sheet.addRow(['UBND XÃ TAM HỢP']);
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019']);
    sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', null, 'Năm sinh', 'Nơi cư trú', null, 'Ghi chú']);
    sheet.mergeCells('F3:G3');
    sheet.mergeCells('I3:J3');
    sheet.addRow([1, '05/03/2019', 'Nguyễn Văn Minh', 'Nam', '01/03/2019', 'Trần Thị', 'Lan', 1995, 'Thôn Yên Lan', 'xã Tam Hợp', 'Sinh đôi']);
    sheet.addRow([2, '05/03/2019', 'Nguyễn Văn Đức', 'Nam', '01/03/2019', '"', '"', '"', '"', '"', 'Sinh đôi']);
    // Another family of the same commune: its own hamlet, the commune marked.
    sheet.addRow([3, '07/03/2019', 'Đỗ Thị Vân', 'Nữ', '02/03/2019', 'Vũ Thị', 'Mai', 1996, 'Thôn Tam Lộng', '"', null]);
    const path = join(folder, 'KS_TamHop_2019.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    type Note = { code: string; field: string };
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { mother: { fullName: string; residence: string }; raw: object; warnings: unknown[]; notes: Note[] }[];
    const dittoFields = (notes: Note[]): string[] => notes.filter((note) => note.code === 'CELL_DITTO_FILLED').map((note) => note.field);
    expect(clean.map((record) => [record.mother.fullName, record.mother.residence, record.raw, record.warnings, dittoFields(record.notes)])).toEqual([
      ['Trần Thị Lan', 'Thôn Yên Lan, xã Tam Hợp', {}, [], []],
      ['Trần Thị Lan', 'Thôn Yên Lan, xã Tam Hợp', {}, [], ['mother.fullName', 'mother.birthYear', 'mother.residence']],
      ['Vũ Thị Mai', 'Thôn Tam Lộng, xã Tam Hợp', {}, [], ['mother.residence']],
    ]);
  });

  it("leaves a sex typed beside the name under 'Họ và tên' of a book with no sex column out of the name (regression round)", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-merged-label-sex-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KS 2019');
    sheet.addRow(['UBND XÃ TAM HỢP']);
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019']);
    sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên', null, 'Ngày sinh', 'Nơi sinh', 'Họ và tên mẹ', 'Họ và tên cha', 'Nơi cư trú', 'Ghi chú']);
    sheet.mergeCells('C3:D3');
    sheet.addRow([1, '04/03/2019', 'Lê Thị Ngọc', 'Nữ', '25/02/2019', 'Trạm y tế xã Tam Hợp', 'Phạm Thị Hằng', 'Lê Văn Hải', 'Thôn Ngọc Bảo, xã Tam Hợp', null]);
    sheet.addRow([2, '05/03/2019', 'Nguyễn Văn Minh', 'Nam', '01/03/2019', 'Trạm y tế xã Tam Hợp', 'Trần Thị Lan', 'Nguyễn Văn Dũng', 'Thôn Yên Lan, xã Tam Hợp', null]);
    const path = join(folder, 'KS_TamHop_2019.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl')) as { child: { fullName: string; givenName: string } }[];
    expect(clean.map((record) => [record.child.fullName, record.child.givenName])).toEqual([
      ['Lê Thị Ngọc', 'Ngọc'],
      ['Nguyễn Văn Minh', 'Minh'],
    ]);
  });
});

// Bá Hiến's 2014 death book: 'Người đi khai' merged over two columns, the declarant's name in the first,
// the relation in the second ('Nguyễn Văn Hải' | 'Con'). 'Con' is a given name in old registers: joined after a
// space it was read as the name's last word ('Hoàng Văn Nam Con'), the relation lost.
describe('a declarant label merged over the name and the relation typed beside it', () => {
  it('reads the relation as the relation, never as one more word of the declarant\'s name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-merged-label-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KT 2014');
    sheet.addRow(['UBND XÃ BÁ HIẾN']);
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2014']);
    sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Giới tính', 'Nơi cư trú', 'Ngày chết', 'Nguyên nhân', 'Người đi khai', null, 'Ghi chú']);
    sheet.mergeCells('I3:J3');
    sheet.addRow([1, '09/01/2014', 'Nguyễn Văn Thịnh', 1935, 'Nam', 'Thôn Bá Cầu, xã Bá Hiến', '05/01/2014', 'Già yếu', 'Hoàng Văn Nam', 'Con', null]);
    sheet.addRow([2, '13/02/2014', 'Đỗ Thị Thuỷ', 1941, 'Nữ', 'Thôn Đồng Bông, xã Bá Hiến', '10/02/2014', 'Bệnh', 'Lê Văn Hoà', 'Chồng', null]);
    // A name typed in two parts under the label stays one name.
    sheet.addRow([3, '05/03/2014', 'Hoàng Văn Ước', 1929, 'Nam', 'Thôn Đồng Sậu, xã Bá Hiến', '01/03/2014', 'Già yếu', 'Hoàng Văn', 'Nam', null]);
    const path = join(folder, 'KT_BaHien_2014.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl')) as { declarant: { fullName: string; relation: string | null }; raw: object; warnings: unknown[] }[];
    expect(clean.map((record) => [record.declarant.fullName, record.declarant.relation, record.raw, record.warnings])).toEqual([
      ['Hoàng Văn Nam', 'Con', {}, []],
      ['Lê Văn Hoà', 'Chồng', {}, []],
      ['Hoàng Văn Nam', null, {}, []],
    ]);
  });
});
