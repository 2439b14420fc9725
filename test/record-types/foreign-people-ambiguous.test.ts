/**
 * A foreign national's ethnicity cell naming their country and their people ('Trung Quốc (Hán)' beside
 * 'Trung Quốc', 'Trung Quốc (Hoa)' beside 'Đài Loan (Trung Quốc)') reads as the foreigners' 55 or Hoa:
 * for a person of another nationality both are 55 (the 54 groups are Vietnamese citizens'), so the
 * cell is 55 with no ETHNICITY_AMBIGUOUS. Found by a blind corpus: a Chinese mother's ethnicity was
 * left empty and warned of. A citizen (nationality Việt Nam, or a Vietnamese 12-digit ID), a blank
 * nationality, or a candidate that is the list's 'unknown' keep the ambiguity.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead, type Cell } from './read-book.js';

const BIRTH_HEADER = [
  'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch',
  'Họ tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Quốc tịch mẹ', 'Số CMND mẹ', 'Họ tên cha', 'Năm sinh cha', 'Dân tộc cha', 'Quốc tịch cha',
];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hùng', 'Khánh', 'Long', 'Minh'];
const birth = (number: number, mother: string, ethnicity: string, nationality: string | null, paper: string | null): Cell[] => [
  number, `1${number % 10}/03/2016`, 'UBND xã Tam Hợp', `Nguyễn Văn ${GIVEN[number % GIVEN.length]}`, 'Nam', `0${1 + (number % 9)}/03/2016`, 'Kinh', 'Việt Nam',
  mother, 1993, ethnicity, nationality, paper, 'Nguyễn Văn Tuấn', 1990, 'Kinh', 'Việt Nam',
];
const MARRIAGE_HEADER = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Quốc tịch chồng', 'Họ tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ', 'Quốc tịch vợ', 'Giấy tờ tùy thân vợ'];

const mother = (read: BookRead, row: number): [unknown, unknown, string[]] => {
  const record = read.clean.get(row);
  const problems = (record?.warnings ?? []).map((warning: { code: string; field: string }) => `${warning.code}@${warning.field}`);
  return [record?.mother?.ethnicityCode, record?.mother?.nationality, problems];
};

describe("a foreign national's ethnicity naming their country and their people", () => {
  let folder: string;
  let births: BookRead;
  let marriages: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-foreign-people-'));
    births = await readBook(join(folder, 'khai-sinh.xlsx'), [
      BIRTH_HEADER,
      /* 2 */ birth(1, 'Zhang Li', 'Trung Quốc (Hán)', 'Trung Quốc', 'E12345678'),
      /* 3 */ birth(2, 'Lin Mei Ling', 'Trung Quốc (Hoa)', 'Đài Loan (Trung Quốc)', '300123456'),
      /* 4 */ birth(3, 'Wang Fang', 'Kinh (Hoa)', 'Trung Quốc', null),
      // Near misses: a citizen, a blank nationality, a Vietnamese ID, an 'unknown' candidate.
      /* 5 */ birth(4, 'Lý Thị Hoa', 'Trung Quốc (Hán)', 'Việt Nam', null),
      /* 6 */ birth(5, 'Lý Thị Mai', 'Trung Quốc (Hán)', null, null),
      /* 7 */ birth(6, 'Lý Thị Lan', 'Trung Quốc (Hán)', 'Trung Quốc', '026193000555'),
      /* 8 */ birth(7, 'Ma Li', 'Không rõ (Hoa)', 'Trung Quốc', 'G1234567'),
      /* 9 */ birth(8, 'Lý Thị Thu', 'Kinh (Hoa)', 'Việt Nam', null),
    ], { districtCode: '249' });
    marriages = await readBook(join(folder, 'ket-hon.xlsx'), [
      MARRIAGE_HEADER,
      /* 2 */ [1, '15/03/2013', 'UBND xã Tam Hợp', 'Nguyễn Văn Hải', '12/04/1985', 'Kinh', 'Việt Nam', 'Wang Xiao Li', '02/02/1992', 'Trung Quốc (Hán)', 'Trung Quốc', 'E98765432'],
    ], { districtCode: '249' });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the foreigners’ 55 without a warning when every reading is 55 for them', () => {
    expect(mother(births, 2)).toEqual(['55', 'CN', []]);
    expect(mother(births, 3)).toEqual(['55', 'TW', []]);
    expect(mother(births, 4)).toEqual(['55', 'CN', []]);
    const wife = marriages.clean.get(2);
    expect([wife?.wife?.ethnicityCode, wife?.wife?.nationality, wife?.warnings]).toEqual(['55', 'CN', []]);
  });

  it('keeps the ambiguity for a citizen, a blank nationality, a Vietnamese ID and an unknown candidate', () => {
    expect(mother(births, 5)).toEqual([null, 'VN', ['ETHNICITY_AMBIGUOUS@mother.ethnicityCode']]);
    expect(mother(births, 6)[2]).toEqual(['ETHNICITY_AMBIGUOUS@mother.ethnicityCode']);
    expect(mother(births, 7)).toEqual([null, 'CN', ['ETHNICITY_AMBIGUOUS@mother.ethnicityCode']]);
    expect(mother(births, 8)).toEqual([null, 'CN', ['ETHNICITY_AMBIGUOUS@mother.ethnicityCode']]);
    expect(mother(births, 9)).toEqual([null, 'VN', ['ETHNICITY_AMBIGUOUS@mother.ethnicityCode']]);
  });
});
