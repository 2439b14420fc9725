import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { readJsonl, runInto } from './run-helpers.js';

/** A cell with its font; the text as stored in the .xlsx. */
type Typed = { text: string; font: string };
const vnTime = (text: string): Typed => ({ text: encodeTcvn3(text), font: '.VnTime' });
const unicode = (text: string, font = 'Times New Roman'): Typed => ({ text, font });

async function book(header: string[], rows: (Typed | string)[][], defaultFont: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ');
  for (const cells of [header.map((label) => ({ text: defaultFont === 'VNI-Times' ? encodeVni(label) : encodeTcvn3(label), font: defaultFont })), ...rows]) {
    const row = sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? cell : cell.text)));
    cells.forEach((cell, index) => {
      row.getCell(index + 1).font = { name: typeof cell === 'string' ? defaultFont : cell.font, size: 12 };
    });
  }
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-retyped-')), 'so.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

// Legacy books corrected later with a Unicode keyboard: a word re-typed in a .VnTime
// cell (the font stays), or one of the 'Họ' | 'Chữ đệm' | 'Tên' cells re-typed in
// Times New Roman. On screen every cell reads right.
describe('legacy registers partly re-typed in Unicode', () => {
  it('decode the legacy words of a cell and keep its Unicode words', async () => {
    const header = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Nơi cư trú mẹ'];
    const path = await book(header, [
      ['01', '03/01/2002', { text: `${encodeTcvn3('Nguyễn Thị ')}Hạnh`, font: '.VnTime' }, '01/01/2002', vnTime('Nữ'), vnTime('Trần Thị Hoa'), '1975', { text: `${encodeTcvn3('thôn Yên Nội, ')}xã Đồng Cương`, font: '.VnTime' }],
      ['02', '04/01/2002', { text: `${encodeTcvn3('Trần ')}Văn Hùng`, font: '.VnTime' }, '02/01/2002', 'Nam', { text: `${encodeTcvn3('Đỗ Thị ')}Thủy`, font: '.VnTime' }, '1976', vnTime('xã Đồng Cương')],
      ['03', '05/01/2002', unicode('Nguyễn Thị Hạnh', '.VnTime'), '03/01/2002', vnTime('Nữ'), vnTime('Lê Thị Lan'), '1977', vnTime('xã Đồng Cương')],
    ], '.VnTime');
    const { out } = await runInto({ type: 'birth', districts: ['251'], inputs: [path] });
    const clean = readJsonl(join(out, '251/birth/clean.jsonl'));
    expect(clean.map((record) => (record.child as { fullName: string }).fullName)).toEqual(['Nguyễn Thị Hạnh', 'Trần Văn Hùng', 'Nguyễn Thị Hạnh']);
    expect(clean.map((record) => (record.mother as { fullName: string }).fullName)).toEqual(['Trần Thị Hoa', 'Đỗ Thị Thủy', 'Lê Thị Lan']);
    expect((clean[0]!.mother as { residence: string }).residence).toBe('thôn Yên Nội, xã Đồng Cương');
    expect(clean.flatMap((record) => record.warnings)).toEqual([]);
    expect(clean[0]!.notes).toContainEqual(expect.objectContaining({ code: 'TEXT_LEGACY_TCVN3', field: 'child.fullName', to: 'Nguyễn Thị Hạnh' }));
    // Unicode typed into a .VnTime cell from the start is left as it is, without a note.
    expect((clean[2]!.notes as { field: string }[]).filter((note) => note.field === 'child.fullName')).toEqual([]);
  });

  it('read a VNI cell re-typed word by word too', async () => {
    const header = ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Họ và tên vợ', 'Ngày sinh vợ'];
    const vni = (typed: string, retyped: string): Typed => ({ text: `${encodeVni(typed)}${retyped}`, font: 'VNI-Times' });
    const path = await book(header, [
      ['01', '05/01/2004', vni('Nguyễn ', 'Văn Hùng'), '01/01/1980', vni('Ngô Thị ', 'Huệ'), '02/02/1982'],
      ['02', '06/01/2004', vni('Võ Văn ', 'Dũng'), '03/03/1979', vni('Lê ', 'Thị Hạnh'), '04/04/1983'],
    ], 'VNI-Times');
    const { out } = await runInto({ type: 'marriage', districts: ['251'], inputs: [path] });
    const clean = readJsonl(join(out, '251/marriage/clean.jsonl'));
    expect(clean.map((record) => [(record.husband as { fullName: string }).fullName, (record.wife as { fullName: string }).fullName])).toEqual([
      ['Nguyễn Văn Hùng', 'Ngô Thị Huệ'],
      ['Võ Văn Dũng', 'Lê Thị Hạnh'],
    ]);
    expect(clean.flatMap((record) => record.warnings)).toEqual([]);
  });

  it("clean each of 'Họ' | 'Chữ đệm' | 'Tên' in its own font before joining them", async () => {
    const header = ['Số', 'Ngày đăng ký', 'Họ', 'Chữ đệm', 'Tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ'];
    const path = await book(header, [
      ['01', '04/01/1999', vnTime('Lê'), vnTime('Thị'), unicode('Tú'), '01/01/1999', vnTime('Nữ'), vnTime('Lê Thị Hà')],
      ['02', '05/01/1999', vnTime('Nguyễn'), vnTime('Thị'), unicode('Hà'), '02/01/1999', vnTime('Nữ'), vnTime('Lê Thị Hà')],
      ['03', '06/01/1999', vnTime('Hà'), vnTime('Thị'), unicode('Ơn', '.VnTime'), '03/01/1999', vnTime('Nữ'), vnTime('Lê Thị Hà')],
      ['04', '07/01/1999', unicode('Nguyễn'), unicode('Văn'), vnTime('Tú'), '04/01/1999', 'Nam', vnTime('Lê Thị Hà')],
      ['05', '08/01/1999', vnTime('Đỗ'), vnTime('Thị'), unicode('Thủy'), '05/01/1999', vnTime('Nữ'), vnTime('Lê Thị Hà')],
      ['06', '09/01/1999', vnTime('Vũ'), vnTime('Thị'), vnTime('Lý'), '06/01/1999', vnTime('Nữ'), vnTime('Lê Thị Hà')],
    ], '.VnTime');
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => record.child)).toMatchObject([
      { fullName: 'Lê Thị Tú', familyName: 'Lê', middleName: 'Thị', givenName: 'Tú' },
      { fullName: 'Nguyễn Thị Hà' },
      { fullName: 'Hà Thị Ơn' },
      { fullName: 'Nguyễn Văn Tú' },
      { fullName: 'Đỗ Thị Thủy' },
      { fullName: 'Vũ Thị Lý' },
    ]);
    expect(clean.flatMap((record) => record.warnings)).toEqual([]);
    // One note per name, from the parts as typed to the name as read.
    expect((clean[0]!.notes as { field: string }[]).filter((note) => note.field === 'child.fullName')).toEqual([
      { code: 'TEXT_LEGACY_TCVN3', field: 'child.fullName', from: `${encodeTcvn3('Lê Thị')} Tú`, to: 'Lê Thị Tú' },
    ]);
  });

  // A .VnTime book whose fonts were all reset to Arial afterwards: the header and the cells
  // are TCVN3 in a Unicode font. 'Bè' (Bố) and 'Mẹ' read as Vietnamese alone; the row says TCVN3.
  it('read a legacy book whose fonts were reset to a Unicode font in its rows\' encoding', async () => {
    const arial = (text: string): Typed => ({ text: encodeTcvn3(text), font: 'Arial' });
    const header = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Người đi khai sinh', 'Quan hệ với người được khai sinh'];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sổ');
    const rows: Typed[][] = [
      header.map(arial),
      ['01', '03/01/2000', 'Nguyễn Văn Hùng', '01/01/2000', 'Nam', 'Trần Thị Hoa', '1975', 'Nguyễn Văn Dũng', 'Bố'].map(arial),
      ['02', '04/01/2000', 'Lê Thị Hạnh', '02/01/2000', 'Nữ', 'Đỗ Thị Thủy', '1976', 'Đỗ Thị Thủy', 'Mẹ'].map(arial),
    ];
    for (const cells of rows) {
      const row = sheet.addRow(cells.map((cell) => cell.text));
      cells.forEach((cell, index) => {
        row.getCell(index + 1).font = { name: cell.font, size: 12 };
      });
    }
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-arial-')), 'so.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const clean = readJsonl(join(out, '249/birth/clean.jsonl'));
    expect(clean.map((record) => record.declarant)).toEqual([
      { fullName: 'Nguyễn Văn Dũng', relation: 'Bố' },
      { fullName: 'Đỗ Thị Thủy', relation: 'Mẹ' },
    ]);
    expect(clean.map((record) => (record.child as { fullName: string }).fullName)).toEqual(['Nguyễn Văn Hùng', 'Lê Thị Hạnh']);
  });
});
