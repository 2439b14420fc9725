import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

/** Writes a workbook into a fresh folder and returns the folder. */
async function book(file: string, fill: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-claims-'));
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  await workbook.xlsx.writeFile(join(folder, file));
  return folder;
}

describe('marriage books of 2005–2015 with the spouses\' CMND and its issue date', () => {
  it("take the registration date from 'Ngày đăng ký', the IDs from 'Số CMND, ngày cấp', and say nothing of empty sheets", async () => {
    const folder = await book('kh-huong-son-2008.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('2008');
      sheet.addRow(['UBND XÃ HƯƠNG SƠN']);
      sheet.addRow(['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2008']);
      sheet.addRow([]);
      sheet.addRow(['Số', 'Họ và tên chồng', 'Ngày sinh', 'Nơi thường trú', 'Số CMND, ngày cấp', 'Họ và tên vợ', 'Ngày sinh', 'Nơi thường trú', 'Số CMND, ngày cấp', 'Ngày đăng ký', 'Ghi chú']);
      sheet.addRow([1, 'Nguyễn Văn Tiến', '12/04/1983', 'Hương Sơn', '135100200, 12/5/2001', 'Trần Thị Hạnh', '03/08/1986', 'Hương Sơn', '135100300, 20/6/2004', '15/01/2008', null]);
      sheet.addRow([2, 'Lê Văn Khoa', '22/11/1980', 'Hương Sơn', '135100400 - 01/02/1998', 'Đinh Thị Nga', '14/02/1984', 'Hương Sơn', '135100500', '03/03/2008', null]);
      // The sheets a new workbook comes with, left empty.
      workbook.addWorksheet('Sheet2');
      workbook.addWorksheet('Sheet3');
    });
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [folder] });
    const clean = readJsonl(join(out, '249/marriage/clean.jsonl'));
    expect(clean.map((record) => [(record.registration as any).date, (record.husband as any).personalId, (record.wife as any).personalId])).toEqual([
      ['2008-01-15', '135100200', '135100300'],
      ['2008-03-03', '135100400', '135100500'],
    ]);
    expect(clean.map((record) => record.raw)).toEqual([{}, {}]);
    const { problemsByCode, counts } = readJson(join(out, '249/marriage/manifest.json'));
    expect(counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
    expect(problemsByCode.SHEET_NO_HEADER).toBeUndefined();
  });

  it("keep the 'Ngày cấp' under 'Chồng' | 'Vợ' in raw, and read the visible 'Ngày đăng ký' rather than a hidden one", async () => {
    const folder = await book('kh-son-loi-2009.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('2009');
      sheet.addRow(['UBND XÃ SƠN LÔI']);
      sheet.addRow(['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2009']);
      sheet.addRow([]);
      sheet.addRow(['Số', 'Ngày đăng ký', 'Chồng', null, null, null, 'Vợ', null, null, null, 'Ngày đăng ký']);
      sheet.addRow([null, null, 'Họ và tên', 'Ngày sinh', 'Số CMND', 'Ngày cấp', 'Họ và tên', 'Ngày sinh', 'Số CMND', 'Ngày cấp', null]);
      for (const range of ['A4:A5', 'B4:B5', 'C4:F4', 'G4:J4', 'K4:K5']) sheet.mergeCells(range);
      // The clerk retyped the registration dates into column K and hid the old column B (typed month first).
      sheet.addRow([1, '2009-01-15', 'Nguyễn Văn Tiến', '12/04/1983', '135100200', '12/5/2001', 'Trần Thị Hạnh', '03/08/1986', '135100300', '20/6/2004', '15/01/2009']);
      sheet.addRow([2, '2009-03-11', 'Lê Văn Khoa', '22/11/1980', '135100400', '01/02/1998', 'Đinh Thị Nga', '14/02/1984', '135100500', null, '11/03/2009']);
      sheet.getColumn(2).hidden = true;
    });
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [folder] });
    const clean = readJsonl(join(out, '249/marriage/clean.jsonl'));
    expect(clean.map((record) => (record.registration as any).date)).toEqual(['2009-01-15', '2009-03-11']);
    expect(clean.map((record) => record.raw)).toEqual([
      { 'Ngày đăng ký': '2009-01-15', 'Chồng / Ngày cấp': '12/5/2001', 'Vợ / Ngày cấp': '20/6/2004' },
      { 'Ngày đăng ký': '2009-03-11', 'Chồng / Ngày cấp': '01/02/1998' },
    ]);
  });
});

describe('books that head the registration date with the certificate\'s issue date', () => {
  it("read 'Ngày cấp GCN' and 'Ngày cấp giấy khai sinh' as the registration date, and 'Nơi ĐKTT' as the spouse's residence", async () => {
    const marriageFolder = await book('kh-huong-son-2008.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('2008');
      sheet.addRow(['UBND XÃ HƯƠNG SƠN']);
      sheet.addRow(['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2008']);
      sheet.addRow(['Số', 'Ngày cấp GCN', 'Họ và tên chồng', 'Ngày sinh chồng', 'Nơi ĐKTT', 'Họ và tên vợ', 'Ngày sinh vợ', 'Nơi ĐKHK']);
      sheet.addRow([10, '15/01/2008', 'Lê Văn Hải', '22/11/1980', 'Thôn Lũng Ngoài, xã Hương Sơn', 'Đinh Thị Hà', '14/02/1984', 'Thôn Gia Du, xã Hương Sơn']);
    });
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [marriageFolder] });
    const [marriage] = readJsonl(join(out, '249/marriage/clean.jsonl'));
    expect(marriage).toMatchObject({
      registration: { date: '2008-01-15', number: '10' },
      husband: { residence: 'Thôn Lũng Ngoài, xã Hương Sơn' },
      wife: { residence: 'Thôn Gia Du, xã Hương Sơn' },
      raw: {},
    });

    const birthFolder = await book('ks-huong-son-2008.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('2008');
      sheet.addRow(['UBND XÃ HƯƠNG SƠN']);
      sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH NĂM 2008']);
      sheet.addRow(['Số', 'Ngày cấp giấy khai sinh', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ và tên mẹ', 'Năm sinh mẹ']);
      sheet.addRow([1, '15/01/2008', 'Nguyễn Văn An', 'Nam', '02/01/2008', 'Lê Thị Hoa', 1985]);
    });
    const birth = await runInto({ type: 'birth', districts: ['249'], inputs: [birthFolder] });
    expect(readJson(join(birth.out, '249/birth/manifest.json')).counts).toMatchObject({ rowsRead: 1, clean: 1, rejected: 0 });
    expect(readJsonl(join(birth.out, '249/birth/clean.jsonl'))[0]).toMatchObject({ registration: { date: '2008-01-15' }, raw: {} });
  });
});

describe('empty sheets', () => {
  it('make the whole workbook FILE_EMPTY, named once, when no sheet holds a cell', async () => {
    const folder = await book('kh-trong.xlsx', (workbook) => {
      workbook.addWorksheet('Sheet1');
      workbook.addWorksheet('Sheet2');
    });
    const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [folder] });
    const summary = readJson(join(out, 'summary.json'));
    expect(summary.problems.map((problem: { code: string; sheet: string | null }) => [problem.code, problem.sheet])).toEqual([['FILE_EMPTY', null]]);
  });
});

describe('a death book of the 1990s', () => {
  it("reads 'Họ tên người đứng khai' as the declarant and 'Nơi đăng ký nhân khẩu thường trú cuối cùng' as the deceased's residence", async () => {
    const folder = await book('khai-tu-dong-cuong-1996.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('1996');
      sheet.addRow(['UỶ BAN NHÂN DÂN XÃ ĐỒNG CƯƠNG']);
      sheet.addRow(['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1996']);
      sheet.addRow([]);
      sheet.addRow(['Số TT', 'Ngày, tháng, năm đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Giới tính', 'Nơi đăng ký nhân khẩu thường trú cuối cùng', 'Ngày, tháng chết', 'Nơi chết', 'Họ tên người đứng khai', 'Quan hệ']);
      sheet.addRow([1, '06/01/1996', 'Nguyễn Văn Sửu', '1918', 'Nam', 'Thôn Đông, xã Đồng Cương', '03/01/1996', 'Tại nhà', 'Nguyễn Văn Dần', 'Con']);
    });
    const { out } = await runInto({ type: 'death', districts: ['251'], inputs: [folder] });
    const [record] = readJsonl(join(out, '251/death/clean.jsonl'));
    expect(record).toMatchObject({
      registration: { date: '1996-01-06', place: 'Xã Đồng Cương' },
      deceased: { fullName: 'Nguyễn Văn Sửu', residence: 'Thôn Đông, xã Đồng Cương' },
      deathDate: '1996-01-03',
      declarant: { fullName: 'Nguyễn Văn Dần', relation: 'Con' },
      raw: {},
    });
  });
});

describe("death books with the declarant's ID paper and no ID column of the deceased", () => {
  it("keep the declarant's ID in raw (2017, one row) and read the 2020 two-row header with the relation", async () => {
    const folder = await book('khai-tu-tam-hop.xlsx', (workbook) => {
      const old = workbook.addWorksheet('2017');
      old.addRow(['UBND XÃ TAM HỢP']);
      old.addRow(['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2017']);
      old.addRow([]);
      old.addRow(['Số', 'Ngày đăng ký', 'Họ, chữ đệm, tên người chết', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Họ, chữ đệm, tên người đi khai tử', 'Giấy tờ tùy thân', 'Quan hệ với người chết']);
      old.addRow([2, '14/02/2017', 'Lê Thị Nhớn', '05/05/1931', 'Nữ', 'Kinh', 'Thôn Tân An, xã Tam Hợp', '12/02/2017', 'Tại nhà', 'Trần Thị Hạnh', '135222333', 'Con dâu']);
      const current = workbook.addWorksheet('2021');
      current.addRow(['UBND XÃ TAM HỢP']);
      current.addRow(['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2021']);
      current.addRow([]);
      current.addRow(['Số', 'Ngày đăng ký', 'Họ, chữ đệm, tên người chết', 'Ngày, tháng, năm sinh', 'Giới tính', 'Số định danh cá nhân', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Người đi khai tử', null, null]);
      current.addRow([null, null, null, null, null, null, null, null, null, 'Họ, chữ đệm, tên', 'Giấy tờ tùy thân', 'Quan hệ với người chết']);
      current.mergeCells('J4:L4');
      current.addRow([1, '13/01/2021', 'Nguyễn Văn Bính', '17/03/1935', 'Nam', '026035941020', 'Thôn Ngọc Bảo, xã Tam Hợp', '02/01/2021', 'Tại nhà', 'Nguyễn Văn Hải', '026085899822', 'Con trai']);
    });
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [folder] });
    const clean = readJsonl(join(out, '249/death/clean.jsonl'));
    expect(clean.map((record) => [(record.deceased as any).personalId, record.declarant, record.raw])).toEqual([
      [null, { fullName: 'Trần Thị Hạnh', relation: 'Con dâu' }, { 'Giấy tờ tùy thân': '135222333' }],
      ['026035941020', { fullName: 'Nguyễn Văn Hải', relation: 'Con trai' }, { 'Người đi khai tử / Giấy tờ tùy thân': '026085899822' }],
    ]);
    const { counts } = readJson(join(out, '249/death/manifest.json'));
    expect(counts).toMatchObject({ rowsRead: 2, clean: 2, rejected: 0 });
  });
});
