/**
 * A newborn's death whose birth cell gives the infant's age without 'tuổi' ('10 ngày', '3 tháng',
 * 'sơ sinh'): the entry loads with the birth date empty and DATE_AGE_ONLY, as '5 ngày tuổi' does —
 * not a two-digit year ('10 ngày' read as 2010) nor a rejected date.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const problemsOf = (book: BookRead, row: number) =>
  [...(book.clean.get(row)?.warnings ?? []), ...(book.clean.get(row)?.notes ?? [])].map((w: { code: string; field: string }) => `${w.code}@${w.field}`);

describe('a deceased infant whose birth cell gives the age', () => {
  let folder: string;
  let deaths: BookRead;
  let ageColumn: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-infant-age-'));
    deaths = await readBook(join(folder, 'kt-binh-duong-2019.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2019'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai'],
      ['1', '10/03/2019', 'Nguyễn Văn Khải', 'Nam', '1940', '05/03/2019', 'Tại nhà', 'Già yếu', 'Nguyễn Văn Bình'],
      ['2', '12/03/2019', 'Lê Văn An', 'Nam', '10 ngày', '11/03/2019', 'Tại nhà', 'Viêm phổi', 'Lê Văn Nhì - bố'],
      ['3', '14/03/2019', 'Trần Thị Út', 'Nữ', '3 tháng', '13/03/2019', 'Tại nhà', 'Sốt', 'Trần Văn Ba'],
      ['4', '16/03/2019', 'Phạm Văn Tí', 'Nam', 'Sơ sinh', '15/03/2019', 'Trạm y tế xã Bình Dương', 'Sinh non', 'Phạm Văn Tư'],
      ['5', '18/03/2019', 'Đỗ Thị Na', 'Nữ', '01/03/2019', '17/03/2019', 'Tại nhà', 'Sơ sinh yếu', 'Đỗ Văn Năm'],
    ]);
    // An old form asking the age ('Tuổi') instead of the birth date: a newborn's is 'Sơ sinh'.
    ageColumn = await readBook(join(folder, 'kt-huong-dao-1992.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1992'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Nam hay nữ', 'Tuổi', 'Chết ngày', 'Chết ở đâu', 'Chết vì bệnh gì', 'Họ tên người đứng khai'],
      ['1', '06/01/1992', 'Nguyễn Văn Cường', 'Nam', '78', '04/01/1992', 'Tại nhà', 'Già yếu', 'Nguyễn Văn Mạnh'],
      ['2', '15/01/1992', 'Trần Văn Nhỏ', 'Nam', 'Sơ sinh', '14/01/1992', 'Tại nhà', 'Đẻ non', 'Trần Thị Mai'],
      ['3', '16/01/1992', 'Trần Văn Lớn', 'Nam', '', '14/01/1992', 'Tại nhà', 'Bệnh', 'Trần Văn Ba'],
    ], { districtCode: '247' });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads the entry with the birth date empty and DATE_AGE_ONLY', () => {
    for (const row of [4, 5, 6]) {
      expect(deaths.rejected.get(row)).toBeUndefined();
      expect(deaths.clean.get(row)?.deceased.birthDate).toBeNull();
      expect(problemsOf(deaths, row)).toContain('DATE_AGE_ONLY@deceased.birthDate');
    }
  });

  it('leaves a dated infant and an old person as they were', () => {
    expect(deaths.clean.get(3)?.deceased.birthDate).toBe('1940');
    expect(problemsOf(deaths, 3)).toEqual([]);
    expect(deaths.clean.get(7)?.deceased.birthDate).toBe('2019-03-01');
    expect(problemsOf(deaths, 7)).toEqual([]);
  });

  it("reads an age column's 'Sơ sinh' as an age, as its '78' and the birth cell's 'Sơ sinh'", () => {
    for (const row of [3, 4]) expect(problemsOf(ageColumn, row)).toContain('DATE_AGE_ONLY@deceased.birthDate');
    expect(problemsOf(ageColumn, 5)).not.toContain('DATE_AGE_ONLY@deceased.birthDate');
  });
});
