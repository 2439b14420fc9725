/**
 * Names as the record types read them from a register's cells: a nickname or remark typed
 * beside a parent's or the deceased's name no longer rejects the entry, titles come off,
 * a misspelt word is warned of, and a person whose nationality is not Vietnamese keeps the
 * name as typed, split by the surname in capitals (FieldReader.name with the nationality).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

type Cell = string | number | null;
interface Read {
  clean: Map<number, Record<string, any>>;
  rejected: Map<number, string[]>;
}

async function readBook(path: string, header: string[], rows: Cell[][]): Promise<Read> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  const indexes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type, {}));
  const read: Read = { clean: new Map(), rejected: new Map() };
  for await (const event of readRegister(path, { provinceCode: '26', districtCode: '249', file: 'book.xlsx', options: DEFAULT_NORMALIZE_OPTIONS, indexes })) {
    if (event.kind !== 'row') continue;
    if (event.outcome.kind === 'clean') read.clean.set(event.rowNumber, event.outcome.record);
    else read.rejected.set(event.rowNumber, event.outcome.rejected.errors.map(({ code, field }) => `${code}@${field}`));
  }
  return read;
}

const warningsOf = (record: Record<string, any> | undefined): string[] =>
  (record?.warnings ?? []).map((warning: { code: string; field: string }) => `${warning.code}@${warning.field}`);
const nameParts = (person: Record<string, any> | undefined): string[] => [person?.fullName, person?.familyName, person?.middleName, person?.givenName];

const BIRTH_HEADER = [
  'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Quốc tịch',
  'Họ tên mẹ', 'Năm sinh mẹ', 'Quốc tịch mẹ', 'Họ tên cha', 'Năm sinh cha', 'Quốc tịch cha', 'Ghi chú',
];
const birth = (number: number, child: string, mother: string, father: string, fatherNationality = 'Việt Nam'): Cell[] => [
  number, `1${number}/03/2010`, 'UBND xã Tam Hợp', child, 'Nữ', `0${number}/02/2010`, 'Trạm y tế xã Tam Hợp', 'Kinh', 'Việt Nam',
  mother, 1986, 'Việt Nam', father, 1983, fatherNationality, '',
];
const DEATH_HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết'];
const death = (number: number, name: string, sex: string, nationality = 'Việt Nam'): Cell[] => [
  number, `1${number}/03/2011`, 'UBND xã Tam Hợp', name, sex, 1931, 'Kinh', nationality, 'Thôn Ngọc Bảo, xã Tam Hợp', `0${number}/03/2011`, 'Tại nhà',
];
const MARRIAGE_HEADER = [
  'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Quốc tịch chồng',
  'Họ tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ', 'Quốc tịch vợ',
];
const marriage = (number: number, husband: string, nationality: string, wife = 'Nguyễn Thị Lan'): Cell[] => [
  number, `1${number}/05/2012`, 'UBND xã Tam Hợp', husband, '01/03/1980', '', nationality, wife, '01/04/1990', 'Kinh', 'Việt Nam',
];

describe('names in register entries', () => {
  let folder: string;
  let births: Read;
  let deaths: Read;
  let marriages: Read;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-person-names-'));
    births = await readBook(join(folder, 'khai-sinh.xlsx'), BIRTH_HEADER, [
      birth(1, 'Trần Thị Lực', 'Phạm Thị Lan - Cò', 'Trần Văn Ba'),
      birth(2, 'Lê Thị Hoa tức Nụ', 'Đỗ Thị Mai', 'Lê Văn Tú'),
      birth(3, 'Lê Thị Quân', 'Trần Thị Lý', 'Cố Lê Văn Thành'),
      birth(4, 'Trần Thị Hưong', 'Nguyễn Thi Thu', 'Trần Văn Nam'),
      birth(5, 'Nguyễn Thị Hằng', 'Lê Thị Nga', 'Nguyễn Văn Tám đã chết'),
      birth(6, 'Nguyễn Thị Anna', 'Nguyễn Thị Hoa', 'John Michael SMITH', 'Hoa Kỳ'),
    ]);
    deaths = await readBook(join(folder, 'khai-tu.xlsx'), DEATH_HEADER, [
      death(1, 'Bà Nguyễn Thị Xuyến - vợ ông Tài', 'Nữ'),
      death(2, 'Ô. Trần Văn Cần', 'Nam'),
      death(3, 'B. Lê Thị Dậu', 'Nữ'),
      death(4, 'Nguyễn Văn Tư, Tý', 'Nam'),
      death(5, 'Hans MÜLLER', 'Nam', 'Đức'),
    ]);
    marriages = await readBook(join(folder, 'ket-hon.xlsx'), MARRIAGE_HEADER, [
      marriage(1, 'John Michael SMITH', 'Hoa Kỳ'),
      marriage(2, 'Ronald McDonald', 'Úc', 'Lê Thị Mai'),
      marriage(3, 'LEE JAE HOON', 'Hàn Quốc', 'Trần Thị Hoa'),
      marriage(4, 'Nguyen Van Binh', 'Việt Nam', 'Phạm Thị Hằng'),
    ]);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads an entry whose parent’s or deceased’s cell holds a nickname or remark', () => {
    expect(births.rejected.size).toBe(0);
    expect(deaths.rejected.size).toBe(0);
    expect(births.clean.get(2)?.mother.fullName).toBe('Phạm Thị Lan');
    expect(warningsOf(births.clean.get(2))).toEqual(['NAME_REMARK_REMOVED@mother.fullName']);
    expect(nameParts(deaths.clean.get(2)?.deceased)).toEqual(['Nguyễn Thị Xuyến', 'Nguyễn', 'Thị', 'Xuyến']);
    expect(nameParts(deaths.clean.get(5)?.deceased)).toEqual(['Nguyễn Văn Tư', 'Nguyễn', 'Văn', 'Tư']);
  });

  it('splits an alias or the death off the name', () => {
    expect(nameParts(births.clean.get(3)?.child)).toEqual(['Lê Thị Hoa', 'Lê', 'Thị', 'Hoa']);
    expect(births.clean.get(6)?.father.fullName).toBe('Nguyễn Văn Tám');
  });

  it('takes titles off the name', () => {
    expect(births.clean.get(4)?.father.fullName).toBe('Lê Văn Thành');
    expect(nameParts(deaths.clean.get(3)?.deceased)).toEqual(['Trần Văn Cần', 'Trần', 'Văn', 'Cần']);
    expect(nameParts(deaths.clean.get(4)?.deceased)).toEqual(['Lê Thị Dậu', 'Lê', 'Thị', 'Dậu']);
  });

  it('warns of a misspelt word and of a middle name without its marks', () => {
    expect(warningsOf(births.clean.get(5))).toEqual(['NAME_SPELLING_DOUBTFUL@child.fullName', 'NAME_SPELLING_DOUBTFUL@mother.fullName']);
  });

  it('keeps a foreign national’s name as typed, split by the surname in capitals, without name warnings', () => {
    expect(nameParts(marriages.clean.get(2)?.husband)).toEqual(['John Michael SMITH', 'SMITH', '', 'John Michael']);
    expect(nameParts(marriages.clean.get(3)?.husband)).toEqual(['Ronald McDonald', '', '', 'Ronald McDonald']);
    expect(nameParts(marriages.clean.get(4)?.husband)).toEqual(['Lee Jae Hoon', '', '', 'Lee Jae Hoon']);
    expect(births.clean.get(7)?.father.fullName).toBe('John Michael SMITH');
    expect(nameParts(deaths.clean.get(6)?.deceased)).toEqual(['Hans MÜLLER', 'MÜLLER', '', 'Hans']);
    for (const record of [...marriages.clean.values()].slice(0, 3)) expect(warningsOf(record).filter((warning) => warning.startsWith('NAME_'))).toEqual([]);
    expect(warningsOf(births.clean.get(7))).toEqual([]);
    // A Vietnamese husband's name typed without marks is still one.
    expect(warningsOf(marriages.clean.get(5))).toEqual(['NAME_NO_DIACRITICS@husband.fullName']);
    expect(nameParts(marriages.clean.get(5)?.husband)).toEqual(['Nguyen Van Binh', 'Nguyen', 'Van', 'Binh']);
  });
});
