/**
 * The sex a title states when it was typed without marks ('Cu ba', 'Ong') or with a birth-order word
 * after it ('Chị Hai', 'Anh Ba'): a death book without a sex column states it only by the title.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sexOfTitles } from '../../src/record-types/title-sex.js';
import { readBook, type BookRead } from './read-book.js';

describe('sexOfTitles: titles without marks, birth-order words', () => {
  it.each<[string, 'male' | 'female' | null]>([
    ['Cu ong', 'male'],
    ['CU BA', 'female'],
    ['Ong', 'male'],
    ['Ba', 'female'],
    ['Chi', 'female'],
    ['Cu', null],
    ['Co', null], // Cô (female) or Cố (the late): states nothing
    ['Chị Hai', 'female'],
    ['Anh Ba', 'male'], // Ba is the third child here, not Bà
    ['Anh Ca', 'male'],
    ['Chi Ba', 'female'],
    ['Ông Hai', 'male'],
    // kinship titles of a deceased named as the declarant calls them
    ['Bà nội', 'female'],
    ['Ông ngoại', 'male'],
    ['Mẹ', 'female'],
    ['Bố đẻ', 'male'],
    ['Ba noi', 'female'],
  ])('%s → %s', (titles, sex) => {
    expect(sexOfTitles(titles)).toBe(sex);
  });
});

describe('a death book typed without marks and without a sex column', () => {
  let folder: string;
  let book: BookRead;
  const codes = (row: number, field: string): string[] =>
    [...(book.clean.get(row)?.notes ?? []), ...(book.clean.get(row)?.warnings ?? [])]
      .filter((finding: { field: string }) => finding.field === field)
      .map((finding: { code: string }) => finding.code);

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-title-sex-'));
    const residence = 'Thon Son Dinh, xa Dai Dinh, huyen Tam Dao';
    book = await readBook(join(folder, 'kt-2008.xlsx'), [
      ['So', 'Ngay dang ky', 'Ho va ten nguoi chet', 'Nam sinh', 'Ngay chet', 'Noi cu tru'],
      ['1', '5/03/2008', 'Cu ong Nguyen Van Thanh', '1920', '3/03/2008', residence],
      ['2', '6/03/2008', 'Cu ba Dam Thi Hang', '1921', '4/03/2008', residence],
      ['3', '7/03/2008', 'Ong Nguyen Van Khai', '1922', '5/03/2008', residence],
      ['4', '8/03/2008', 'Chị Hai Lê Thị Hồng', '1923', '6/03/2008', residence],
      ['5', '9/03/2008', 'Anh Ba Nguyen Van Tu', '1924', '7/03/2008', residence],
      ['6', '10/03/2008', 'Ong Van Tuan', '1925', '8/03/2008', residence],
    ], { districtCode: '248' });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('takes the title off the name and the sex from it, with notes', () => {
    const read = [2, 3, 4, 5, 6].map((row) => book.clean.get(row));
    expect(read.map((record) => record?.deceased.fullName)).toEqual(['Nguyen Van Thanh', 'Dam Thi Hang', 'Nguyen Van Khai', 'Lê Thị Hồng', 'Nguyen Van Tu']);
    expect(read.map((record) => record?.deceased.familyName)).toEqual(['Nguyen', 'Dam', 'Nguyen', 'Lê', 'Nguyen']);
    expect(read.map((record) => record?.deceased.sex)).toEqual(['male', 'female', 'male', 'female', 'male']);
    for (const row of [2, 3, 4, 5, 6]) {
      expect(codes(row, 'deceased.fullName')).toContain('NAME_HONORIFIC_REMOVED');
      expect(codes(row, 'deceased.sex')).toEqual(['SEX_FROM_TITLE']);
    }
  });

  it("keeps 'Ong Van Tuan' of the Ông family, with no sex", () => {
    expect(book.clean.get(7)?.deceased).toMatchObject({ familyName: 'Ong', sex: null });
    expect(codes(7, 'deceased.fullName')).not.toContain('NAME_HONORIFIC_REMOVED');
  });
});
