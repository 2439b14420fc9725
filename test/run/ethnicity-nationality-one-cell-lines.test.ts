/**
 * An old death book's column headed for both 'Dân tộc, quốc tịch', its cells typed on two lines as
 * the paper shows them ('Kinh' over 'Việt Nam', Alt+Enter in the cell), or run together ('Kinh Việt
 * Nam', 'Kinh-VN'): found by testing (blind corpus of session 26, dates and codes), where the line
 * break, made a space by the text cleaning, left the ethnicity empty with ETHNICITY_UNKNOWN and the
 * nationality lost, while 'Kinh - Việt Nam' was read. The group is read and Việt Nam taken as the
 * nationality, as from a cell with a separator; a misspelt country or a foreign one moves nothing.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeEthnicity } from '../../src/normalize/codes/ethnicity.js';
import { readJsonl, runInto } from './run-helpers.js';

type Row = Record<string, any>;

const LIST = { sourceList: '2008', targetList: '2008' } as const;

describe("a 'Dân tộc, quốc tịch' cell holding the group and Việt Nam without a separator", () => {
  let deaths: Row[] = [];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-eth-nat-lines-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KT2015');
    sheet.addRow(['ỦY BAN NHÂN DÂN XÃ SƠN LÔI']);
    sheet.addRow(['SỔ ĐĂNG KÝ KHAI TỬ']);
    sheet.addRow(['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày, tháng, năm sinh', 'Dân tộc, quốc tịch', 'Nơi cư trú', 'Ngày chết', 'Nguyên nhân chết']);
    const entries: [string, string, string, string][] = [
      ['Trần Văn Bảy', 'Nam', '12/03/1931', 'Kinh, Việt Nam'],
      ['Lê Thị Tư', 'Nữ', '05/06/1934', 'Kinh\nViệt Nam'],
      ['Diệp Văn Sáu', 'Nam', '20/01/1936', 'Sán Dìu\r\nViệt Nam'],
      ['Phạm Thị Năm', 'Nữ', '14/09/1938', 'Kinh Việt Nam'],
      ['Nguyễn Văn Tám', 'Nam', '02/11/1940', 'Kinh-VN'],
      ['Đỗ Thị Chín', 'Nữ', '08/02/1941', 'Việt Nam\nKinh'],
      // Near misses: a misspelt country, 'Việt Nam' alone, and the group alone stay as they were read.
      ['Hoàng Văn Mười', 'Nam', '17/04/1943', 'Kinh Vệt Nam'],
      ['Vũ Thị Hai', 'Nữ', '23/07/1944', 'Việt Nam'],
      ['Bùi Văn Ba', 'Nam', '30/08/1945', 'Kinh'],
    ];
    entries.forEach(([name, sex, born, ethnicity], index) => {
      const registered = new Date(Date.UTC(2015, 2, 2 + 4 * index));
      const died = new Date(Date.UTC(2015, 2, 4 * index));
      sheet.addRow([index + 1, registered, name, sex, born, ethnicity, 'Thôn Nội, xã Sơn Lôi', died, 'Già yếu']);
    });
    for (const column of [2, 8]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
    const path = join(folder, 'khai-tu-son-loi-2015.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    deaths = readJsonl(join(out, '249/death/clean.jsonl')) as Row[];
  });

  it('reads the group and takes Việt Nam as the nationality, noted as from a cell with a separator', () => {
    const read = deaths.map((record) => [record.deceased.ethnicityCode, record.deceased.nationality]);
    expect(read.slice(0, 6)).toEqual([
      ['01', 'VN'],
      ['01', 'VN'],
      ['17', 'VN'],
      ['01', 'VN'],
      ['01', 'VN'],
      ['01', 'VN'],
    ]);
    for (const record of deaths.slice(0, 6)) {
      expect(record.warnings).toEqual([]);
      expect(record.notes.map((note: Row) => `${note.code} ${note.field}`)).toContain('ETHNICITY_NATIONALITY_CROSSED deceased.nationality');
    }
  });

  it('leaves a misspelt country, Việt Nam alone and the group alone as before', () => {
    const [misspelt, countryAlone, groupAlone] = deaths.slice(6);
    expect([misspelt?.deceased.ethnicityCode, misspelt?.deceased.nationality]).toEqual([null, null]);
    expect(misspelt?.warnings.map((warning: Row) => warning.code)).toEqual(['ETHNICITY_UNKNOWN']);
    expect([countryAlone?.deceased.ethnicityCode, countryAlone?.deceased.nationality]).toEqual([null, 'VN']);
    expect([groupAlone?.deceased.ethnicityCode, groupAlone?.deceased.nationality, groupAlone?.warnings]).toEqual(['01', null, []]);
  });

  it('reads a group beside Việt Nam only when the rest names one group and the country reads exactly', () => {
    const code = (text: string): string | null => normalizeEthnicity(text, LIST).value;
    expect(['Kinh Việt Nam', 'Kinh VN', 'Việt Nam Kinh', 'Hoa Việt Nam', 'Kinh Việt'].map(code)).toEqual(['01', '01', '01', '06', '01']);
    expect(['Kinh Trung Quốc', 'Tày Nùng Việt Nam', 'Kinh Vệt Nam', 'Việt Nam'].map(code)).toEqual([null, null, null, null]);
  });
});

/**
 * The mirror: the nationality cell naming the group too ('Việt Nam (Kinh)', 'VN - Kinh', a 'Quốc tịch, dân tộc'
 * column's 'Việt Nam, Kinh' or its two lines), which left the nationality unknown and the ethnicity lost.
 */
describe('a nationality cell naming the country and the group', () => {
  let deaths: Row[] = [];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-nat-eth-'));
    const path = join(folder, 'khai-tu-huong-son-2016.csv');
    const lines = [
      'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên người chết;Giới tính;Năm sinh;Dân tộc;Quốc tịch;Ngày chết;Nguyên nhân chết',
      '1;10/03/2016;UBND xã Hương Sơn;Nguyễn Văn An;Nam;1930;;Việt Nam - Kinh;08/03/2016;Già yếu',
      '2;11/03/2016;UBND xã Hương Sơn;Lê Thị Hoa;Nữ;1926;Kinh;Việt Nam (Kinh);09/03/2016;Già yếu',
      '3;12/03/2016;UBND xã Hương Sơn;Diệp Văn Sáu;Nam;1931;;"Việt Nam\nSán Dìu";10/03/2016;Già yếu',
      // Near misses: the ethnicity's own cell wins; a misspelt country stays unknown; a plain row reads as before.
      '4;13/03/2016;UBND xã Hương Sơn;Hoàng Văn Tư;Nam;1932;Tày;Việt Nam (Kinh);11/03/2016;Già yếu',
      '5;14/03/2016;UBND xã Hương Sơn;Phạm Thị Năm;Nữ;1933;;Vệt Nam - Kinh;12/03/2016;Già yếu',
      '6;15/03/2016;UBND xã Hương Sơn;Đỗ Văn Tám;Nam;1934;Kinh;Việt Nam;13/03/2016;Già yếu',
    ];
    writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    deaths = readJsonl(join(out, '249/death/clean.jsonl')) as Row[];
  });

  it('reads the country as the nationality and the group as a blank ethnicity, noted', () => {
    expect(deaths.map((record) => [record.deceased.ethnicityCode, record.deceased.nationality])).toEqual([
      ['01', 'VN'],
      ['01', 'VN'],
      ['17', 'VN'],
      ['02', 'VN'],
      [null, null],
      ['01', 'VN'],
    ]);
    const crossed = (record: Row): string[] => record.notes.filter((note: Row) => note.code === 'ETHNICITY_NATIONALITY_CROSSED').map((note: Row) => note.field);
    expect(deaths.map(crossed)).toEqual([['deceased.ethnicityCode'], [], ['deceased.ethnicityCode'], [], [], []]);
    expect(deaths.map((record) => record.warnings.map((warning: Row) => warning.code))).toEqual([[], [], [], [], ['NATIONALITY_UNKNOWN'], []]);
  });
});
