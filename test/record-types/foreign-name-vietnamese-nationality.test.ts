/**
 * A name with no Vietnamese word ('Maria Schmidt', 'John Smith') for a person recorded as
 * Vietnamese — nationality Việt Nam or empty, ethnicity Kinh or empty, as clerks type them down
 * the columns — is warned of (NAME_FOREIGN_NATIONALITY_VN) and read as a foreign national's name
 * (FieldReader.name, foreign-looking.ts), not split with its first word as the family name. A
 * person of another nationality, or of a minority group, is read as before; no Vietnamese name
 * of any group is warned of.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIETNAMESE_NAMES } from '../normalize/vietnamese-names.js';
import { readBook as readSheet, type BookRead as Read, type Cell } from './read-book.js';

/** A book of Bình Xuyên (249): its header row, then its entries. */
const readBook = (path: string, header: string[], rows: Cell[][]): Promise<Read> => readSheet(path, [header, ...rows], { districtCode: '249' });

const CODE = 'NAME_FOREIGN_NATIONALITY_VN';
const warningsOf = (record: Record<string, any> | undefined): string[] =>
  (record?.warnings ?? []).map((warning: { code: string; field: string }) => `${warning.code}@${warning.field}`);
const nameParts = (person: Record<string, any> | undefined): string[] => [person?.fullName, person?.familyName, person?.middleName, person?.givenName];

const DEATH_HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết'];
const death = (number: number, name: string, ethnicity: string | null, nationality: string | null): Cell[] => [
  number, `02/0${1 + (number % 9)}/2011`, 'UBND xã Tam Hợp', name, 'Nữ', 1948, ethnicity, nationality, 'Thôn Ngọc Bảo, xã Tam Hợp', `01/0${1 + (number % 9)}/2011`, 'Tại nhà',
];
const BIRTH_HEADER = [
  'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch',
  'Họ tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Quốc tịch mẹ', 'Họ tên cha', 'Năm sinh cha', 'Dân tộc cha', 'Quốc tịch cha',
];
const birth = (number: number, child: string, father: string, fatherEthnicity: string, fatherNationality: string): Cell[] => [
  number, `1${number}/03/2010`, 'UBND xã Tam Hợp', child, 'Nam', `0${number}/03/2010`, 'Kinh', 'Việt Nam',
  'Nguyễn Thị Hoa', 1986, 'Kinh', 'Việt Nam', father, 1983, fatherEthnicity, fatherNationality,
];
/** A book with one column of ethnicity for both parents ('Dân tộc cha/mẹ'). */
const SHARED_BIRTH_HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Năm sinh cha', 'Dân tộc cha/mẹ', 'Quốc tịch cha/mẹ'];
const MARRIAGE_HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Quốc tịch chồng', 'Họ tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ', 'Quốc tịch vợ'];

describe('a foreign name recorded with nationality Việt Nam', () => {
  let folder: string;
  let deaths: Read;
  let births: Read;
  let sharedBirths: Read;
  let marriages: Read;
  let namesRead: Read;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-foreign-name-vn-'));
    deaths = await readBook(join(folder, 'khai-tu.xlsx'), DEATH_HEADER, [
      /* 2 */ death(1, 'Maria Schmidt', 'Kinh', 'Việt Nam'),
      /* 3 */ death(2, 'Maria SCHMIDT', 'Kinh', 'Việt Nam'),
      /* 4 */ death(3, 'MARIA SCHMIDT', 'Kinh', null),
      /* 5 */ death(4, 'Maria Schmidt', null, 'Việt Nam'),
      /* 6 */ death(5, 'Maria Schmidt', 'Kinh', 'Đức'),
      /* 7 */ death(6, 'Ksor Krông', 'Gia Rai', 'Việt Nam'),
      /* 8 */ death(7, 'Nguyễn Anna', 'Kinh', 'Việt Nam'),
      /* 9 */ death(8, 'Nguyen Thi Hue', 'Kinh', 'Việt Nam'),
      /* 10 */ death(9, 'Giàng Thị Súa', 'Kinh', 'Việt Nam'),
    ]);
    births = await readBook(join(folder, 'khai-sinh.xlsx'), BIRTH_HEADER, [
      /* 2 */ birth(1, 'Nguyễn Văn Minh', 'John Smith', 'Kinh', 'Việt Nam'),
      /* 3 */ birth(2, 'Nguyễn Văn Nam', 'John Smith', 'Kinh', 'Hoa Kỳ'),
      /* 4 */ birth(3, 'Smith Nguyễn Văn Tú', 'Trần Văn Hải', 'Kinh', 'Việt Nam'),
    ]);
    sharedBirths = await readBook(join(folder, 'khai-sinh-dan-toc-chung.xlsx'), SHARED_BIRTH_HEADER, [
      /* 2 */ [1, '12/05/2012', 'UBND xã Tam Hợp', 'Ksor Thị Hoa', 'Nữ', '02/05/2012', 'Nguyễn Thị Lan', 1990, 'Ksor Krông', 1988, 'Gia Rai', 'Việt Nam'],
      /* 3 */ [2, '14/05/2012', 'UBND xã Tam Hợp', 'Lê Thị Mai', 'Nữ', '03/05/2012', 'Lê Thị Hồng', 1991, 'Peter Müller', 1985, 'Kinh', 'Việt Nam'],
    ]);
    marriages = await readBook(join(folder, 'ket-hon.xlsx'), MARRIAGE_HEADER, [
      /* 2 */ [1, '15/05/2012', 'UBND xã Tam Hợp', 'Lee Jae Hoon', '01/03/1980', 'Kinh', 'Việt Nam', 'Nguyễn Thị Lan', '01/04/1990', 'Kinh', 'Việt Nam'],
    ]);
    namesRead = await readBook(
      join(folder, 'khai-tu-ten-viet.xlsx'),
      DEATH_HEADER,
      VIETNAMESE_NAMES.map((name, index) => death(index + 1, name, 'Kinh', 'Việt Nam')),
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('warns of it, and reads it as a foreign name: not split, or by the surname typed in capitals', () => {
    expect(deaths.rejected.size).toBe(0);
    expect(warningsOf(deaths.clean.get(2))).toEqual([`${CODE}@deceased.fullName`]);
    expect(nameParts(deaths.clean.get(2)?.deceased)).toEqual(['Maria Schmidt', '', '', 'Maria Schmidt']);
    expect(warningsOf(deaths.clean.get(3))).toEqual([`${CODE}@deceased.fullName`]);
    expect(nameParts(deaths.clean.get(3)?.deceased)).toEqual(['Maria SCHMIDT', 'SCHMIDT', '', 'Maria']);
  });

  it('warns of it with the nationality or the ethnicity left empty', () => {
    expect(warningsOf(deaths.clean.get(4))).toEqual([`${CODE}@deceased.fullName`]);
    expect(nameParts(deaths.clean.get(4)?.deceased)).toEqual(['Maria Schmidt', '', '', 'Maria Schmidt']);
    expect(warningsOf(deaths.clean.get(5))).toEqual([`${CODE}@deceased.fullName`]);
  });

  it('keeps the nationality and ethnicity as typed, and tells the officer in Vietnamese', () => {
    const record = deaths.clean.get(2);
    expect(record?.deceased.nationality).toBe('VN');
    expect(record?.deceased.ethnicityCode).toBe('01');
    expect(record?.warnings).toEqual([
      {
        code: CODE,
        field: 'deceased.fullName',
        message:
          'Họ tên "Maria Schmidt" không giống họ tên người Việt Nam (không có chữ nào là âm tiết tiếng Việt) nhưng quốc tịch ghi Việt Nam hoặc để trống; ' +
          'đã đọc như tên người nước ngoài, không tách họ theo chữ đầu.',
      },
    ]);
  });

  it('changes nothing for a person of another nationality', () => {
    expect(warningsOf(deaths.clean.get(6))).toEqual([]);
    expect(nameParts(deaths.clean.get(6)?.deceased)).toEqual(['Maria Schmidt', '', '', 'Maria Schmidt']);
    expect(warningsOf(births.clean.get(3))).toEqual([]);
    expect(births.clean.get(3)?.father.fullName).toBe('John Smith');
  });

  it('changes nothing for a person of a minority group, whose names are their own', () => {
    expect(warningsOf(deaths.clean.get(7))).toEqual([]);
    expect(nameParts(deaths.clean.get(7)?.deceased)).toEqual(['Ksor Krông', 'Ksor', '', 'Krông']);
    // The ethnicity of a column headed for both parents.
    expect(warningsOf(sharedBirths.clean.get(2))).toEqual([]);
    expect(warningsOf(sharedBirths.clean.get(3))).toEqual([`${CODE}@father.fullName`]);
  });

  it('warns of a parent’s and a spouse’s name', () => {
    expect(warningsOf(births.clean.get(2))).toEqual([`${CODE}@father.fullName`]);
    expect(births.clean.get(2)?.father.fullName).toBe('John Smith');
    expect(warningsOf(marriages.clean.get(2))).toEqual([`${CODE}@husband.fullName`]);
    expect(nameParts(marriages.clean.get(2)?.husband)).toEqual(['Lee Jae Hoon', '', '', 'Lee Jae Hoon']);
  });

  it('does not warn of a name with one Vietnamese word, without marks, or of a minority typed Kinh', () => {
    expect(warningsOf(deaths.clean.get(8))).toEqual([]);
    expect(nameParts(deaths.clean.get(8)?.deceased)).toEqual(['Nguyễn Anna', 'Nguyễn', '', 'Anna']);
    expect(warningsOf(deaths.clean.get(9))).toEqual(['NAME_NO_DIACRITICS@deceased.fullName']);
    expect(warningsOf(deaths.clean.get(10))).toEqual([]);
    expect(nameParts(births.clean.get(4)?.child)).toEqual(['Smith Nguyễn Văn Tú', 'Smith', 'Nguyễn Văn', 'Tú']);
  });

  it(`warns of none of ${VIETNAMESE_NAMES.length} names of Vietnamese citizens of every group, all typed Kinh | Việt Nam`, () => {
    const read = [...namesRead.clean.values()];
    expect(read.length + namesRead.rejected.size).toBe(VIETNAMESE_NAMES.length);
    const warned = read.filter((record) => warningsOf(record).some((warning) => warning.startsWith(CODE))).map((record) => record.deceased.fullName);
    expect(warned).toEqual([]);
    // Each split with its first word as the family name, as before.
    for (const record of read) expect(record.deceased.familyName === '' && record.deceased.fullName.includes(' ')).toBe(false);
  });
});
