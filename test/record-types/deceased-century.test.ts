/**
 * A deceased's birth date typed with a two-digit year where both centuries give an age at death a
 * register holds ('2/1/16' in a 2018 death: 2 or 102 years old): the row's age, its 'Thọ 102 tuổi',
 * its cause 'Già yếu' or 'Sơ sinh' choose the century; without any, the later one stays with
 * DATE_CENTURY_DOUBTFUL. The ID's century wins, and a four-digit year is never doubted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày, tháng, năm sinh', 'Tuổi', 'Số định danh cá nhân', 'Nơi cư trú', 'Ngày, tháng, năm chết', 'Nơi chết', 'Nguyên nhân chết', 'Ghi chú'];
const HOME = 'Thôn Ngọc Bảo, xã Tam Hợp';

/** [birth cell, age cell, ID, death date, cause, remarks] → row; registered three days after the death. */
const entry = (number: number, name: string, born: string, age: string, id: string, died: string, cause: string, remarks = ''): (string | number)[] => {
  const [day, month, year] = died.split('/').map(Number) as [number, number, number];
  const registered = `${String(day + 3).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  return [number, registered, name, name.includes(' Thị ') ? 'Nữ' : 'Nam', born, age, id, HOME, died, 'Tại nhà', cause, remarks];
};

const warningsOf = (record: Record<string, any> | undefined): string[] => (record?.warnings ?? []).map((finding: { code: string; field: string }) => `${finding.code} ${finding.field}`);

describe("a deceased's two-digit birth year that reads as an infant or a centenarian", () => {
  let folder: string;
  let book: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-deceased-century-'));
    book = await readBook(
      join(folder, 'kt-2018.xlsx'),
      [
        ['UBND XÃ TAM HỢP'],
        ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2018'],
        HEADER,
        entry(1, 'Lê Văn Cúc', '2/1/16', '', '', '12/03/2018', 'Bệnh', 'Thọ 102 tuổi'), // row 4
        entry(2, 'Nguyễn Văn Tảo', '5/3/18', '', '', '01/06/2018', 'Già yếu'), // row 5
        entry(3, 'Trần Thị Mận', '20/12/17', '', '', '02/06/2018', 'Bệnh tim'), // row 6: nothing tells
        entry(4, 'Phạm Văn Hòa', '3/4/10', '108', '', '05/06/2018', 'Bệnh'), // row 7: the age column
        entry(5, 'Phạm Văn Hiếu', '3/4/10', '8', '', '06/06/2018', 'Tai nạn'), // row 8: a child of 8
        entry(6, 'Đỗ Văn Bé', '10/5/18', '', '', '15/05/2018', 'Sơ sinh'), // row 9: an infant's death
        entry(7, 'Đỗ Thị Na', '10/06/2018', '', '', '12/06/2018', 'Bệnh'), // row 10: four digits, an infant
        entry(8, 'Hoàng Văn Sửu', '5/3/18', '', '026018000123', '15/06/2018', 'Bệnh'), // row 11: the ID's century
        entry(9, 'Vũ Văn Lực', '5/3/60', '', '', '16/06/2018', 'Bệnh'), // row 12: 58 or 158: no doubt
        entry(10, 'Vũ Thị Tâm', '1/1/15', '', '', '17/06/2018', 'Bệnh', 'hưởng thọ 103'), // row 13
        entry(11, 'Đào Văn Lâm', '1/2/03', '', '', '18/06/2018', 'Ung thư'), // row 14: 15 or 115: no doubt (accuracy harness)
      ],
      { districtCode: '249' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const birthDate = (row: number): unknown => book.clean.get(row)?.deceased.birthDate;

  it("takes the century an age written in the row agrees with ('Thọ 102 tuổi', 'hưởng thọ 103', the age column)", () => {
    expect([4, 13, 7, 8].map(birthDate)).toEqual(['1916-01-02', '1915-01-01', '1910-04-03', '2010-04-03']);
    for (const row of [4, 13, 7, 8]) expect(warningsOf(book.clean.get(row)), `row ${row}`).toEqual([]);
    // The note names the year kept.
    const note = book.clean.get(4)?.notes.find((finding: { code: string }) => finding.code === 'DATE_TWO_DIGIT_YEAR');
    expect(note).toMatchObject({ field: 'deceased.birthDate', from: '2/1/16', to: '1916-01-02' });
  });

  it("takes the earlier century for an old person's cause ('Già yếu'), the later for an infant's ('Sơ sinh')", () => {
    expect(birthDate(5)).toBe('1918-03-05');
    expect(birthDate(9)).toBe('2018-05-10');
    expect(warningsOf(book.clean.get(5))).toEqual([]);
    expect(warningsOf(book.clean.get(9))).toEqual([]);
  });

  it('keeps the later century with DATE_CENTURY_DOUBTFUL when nothing in the row tells', () => {
    const record = book.clean.get(6);
    expect(record?.deceased.birthDate).toBe('2017-12-20');
    expect(warningsOf(record)).toEqual(['DATE_CENTURY_DOUBTFUL deceased.birthDate']);
    expect(record?.warnings[0].message).toBe(
      'Năm hai chữ số trong "20/12/17" được hiểu là 20/12/2017, nhưng cũng có thể là năm 1917: sinh năm 2017 thì người chết chưa đầy 1 tuổi, sinh năm 1917 thì 100 tuổi; trong sổ không ghi tuổi hay điều gì cho biết năm nào đúng.',
    );
  });

  it("leaves the ID's century, a four-digit year and an adult's two-digit year unwarned", () => {
    expect([11, 10, 12].map(birthDate)).toEqual(['1918-03-05', '2018-06-10', '1960-03-05']);
    for (const row of [10, 11, 12]) expect(warningsOf(book.clean.get(row)), `row ${row}`).toEqual([]);
    // A child of 15 is the reading, not a man of 115: nothing to doubt without the row's word.
    expect(birthDate(14)).toBe('2003-02-01');
    expect(warningsOf(book.clean.get(14))).toEqual([]);
    expect(book.rejected.size).toBe(0);
  });
});

// The same question for a birth year named in the sexagenary cycle, which comes back every 60 years:
// 'Canh Thìn' in a 2018 death is 2000 (the latest) or 1940.
describe("a deceased's birth year named only in the cycle", () => {
  let folder: string;
  let book: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-deceased-cycle-'));
    book = await readBook(
      join(folder, 'kt-2018.xlsx'),
      [
        ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2018'],
        HEADER,
        entry(1, 'Lê Văn Cúc', 'Năm Canh Thìn', '', '', '12/03/2018', 'Già yếu'), // row 3
        entry(2, 'Nguyễn Văn Tảo', 'Canh Thìn', '', '', '01/06/2018', 'Bệnh', 'Thọ 78 tuổi'), // row 4
        entry(3, 'Trần Văn Mận', 'ngày 5 tháng Giêng năm Canh Thìn', '', '', '02/06/2018', 'Già yếu'), // row 5
        entry(4, 'Phạm Văn Hòa', 'Canh Thìn', '', '', '05/06/2018', 'Tai nạn'), // row 6: nothing tells
        entry(5, 'Phạm Văn Hiếu', 'Canh Thìn', '18', '', '06/06/2018', 'Tai nạn'), // row 7: the age column
        entry(6, 'Đỗ Văn Bé', 'Canh Thìn (1940)', '', '', '15/05/2018', 'Bệnh'), // row 8: the figures say
        // row 9: the latest Mậu Tuất (2018) puts the lunar birth (20th of the 9th month, in October) after the death
        entry(7, 'Ngô Văn Tý', 'ngày 20 tháng 9 năm Mậu Tuất âm lịch', '', '', '02/06/2018', 'Bệnh'),
        entry(8, 'Hà Văn Lộc', 'Canh Thìn', '', '135000123', '07/06/2018', 'Già yếu'), // row 10: a 9-digit CMND tells no year
      ],
      { districtCode: '249' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const birthDate = (row: number): unknown => book.clean.get(row)?.deceased.birthDate;

  it("takes the turn of the cycle an age written in the row, or an old person's cause, points to", () => {
    expect([3, 4, 7].map(birthDate)).toEqual(['1940', '1940', '2000']);
    // A whole lunar date is converted in the year chosen: Tết Canh Thìn 1940 fell on 8 February.
    expect(birthDate(5)).toBe('1940-02-12');
    expect(book.clean.get(5)?.notes.find((finding: { code: string }) => finding.code === 'DATE_LUNAR_CONVERTED')).toMatchObject({ to: '1940-02-12' });
  });

  it('keeps the latest year of the name when nothing tells, and the figures written beside it', () => {
    expect([6, 8].map(birthDate)).toEqual(['2000', '1940']);
    expect(book.rejected.size).toBe(0);
  });

  it('asks the officer (DATE_CYCLE_YEAR_DOUBTFUL) only when nothing tells and the year 60 years earlier gives a possible age', () => {
    // DATE_LUNAR says only the year was kept; which year of the name is the other question.
    expect(warningsOf(book.clean.get(6))).toEqual(['DATE_LUNAR deceased.birthDate', 'DATE_CYCLE_YEAR_DOUBTFUL deceased.birthDate']);
    expect(book.clean.get(6)?.warnings[1].message).toContain('sinh năm 2000 thì người chết khoảng 18 tuổi, sinh năm 1940 thì khoảng 78 tuổi');
    for (const row of [3, 4, 5, 7, 8, 9, 10]) expect(warningsOf(book.clean.get(row))).not.toContain('DATE_CYCLE_YEAR_DOUBTFUL deceased.birthDate');
  });

  it('takes the turn before when the latest one puts the birth after the death, and reads the row beside a 9-digit CMND', () => {
    expect(birthDate(9)).toMatch(/^1958-1[01]-/);
    expect(birthDate(10)).toBe('1940');
  });
});
