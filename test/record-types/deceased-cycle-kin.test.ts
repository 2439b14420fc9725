/**
 * A deceased's birth year that comes back (a can-chi name every 60 years, a two-digit year every 100) where
 * both readings give an age at death, settled by who declared the death: a parent (or grandparent) outlives a
 * deceased who died young; a child, a grandchild or a spouse shows the deceased had reached the age of having
 * one. A sibling, a 'cháu' (also a nephew) or no relation tells nothing: the officer is still asked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinAgeEvidence } from '../../src/record-types/declarant-kin-age.js';
import { readBook, type BookRead } from './read-book.js';

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày, tháng, năm sinh', 'Nơi cư trú', 'Ngày, tháng, năm chết', 'Nơi chết', 'Nguyên nhân chết', 'Họ tên người đi khai', 'Quan hệ với người chết', 'Ghi chú'];
const HOME = 'Thôn Đông, xã Thượng Trưng';

const entry = (number: number, name: string, born: string, died: string, declarant: string, relation: string, cause = 'Bệnh'): (string | number)[] => {
  const [day, month, year] = died.split('/').map(Number) as [number, number, number];
  const registered = `${String(day + 3).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  return [number, registered, name, name.includes(' Thị ') ? 'Nữ' : 'Nam', born, HOME, died, 'Tại nhà', cause, declarant, relation, ''];
};

const codesOf = (record: Record<string, any> | undefined): string[] => (record?.warnings ?? []).map((finding: { code: string }) => finding.code);

describe("the declarant's relation settles a cycle year or a two-digit year of the deceased's birth", () => {
  let folder: string;
  let book: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-deceased-kin-'));
    book = await readBook(
      join(folder, 'kt-2010.xlsx'),
      [
        ['UBND XÃ THƯỢNG TRƯNG'],
        ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2010'],
        HEADER,
        // Kỷ Mùi in a 2010 death: 1979 (31 years old) or 1919 (91).
        entry(1, 'Nguyễn Văn Tú', 'năm Kỷ Mùi', '12/03/2010', 'Nguyễn Văn Hải', 'Bố'), // row 4: a parent declares
        entry(2, 'Trần Thị Lan', 'Kỷ Mùi', '14/03/2010', 'Lê Thị Hoa', 'Mẹ đẻ'), // row 5
        entry(3, 'Lê Văn Sáu', 'năm Kỷ Mùi', '16/03/2010', 'Lê Văn Thành', 'Cháu nội'), // row 6: a grandchild
        entry(4, 'Phạm Văn Bảy', 'năm Kỷ Mùi', '18/03/2010', 'Phạm Văn Khang', 'Con trai cả'), // row 7: 31 may have a child of 15
        entry(5, 'Đỗ Văn Tám', 'năm Kỷ Mùi', '20/03/2010', 'Đỗ Văn Lâm', 'Anh trai'), // row 8: a sibling tells nothing
        // Canh Dần in a 2010 death: 2010 (an infant) or 1950 (60).
        entry(6, 'Vũ Thị Nụ', 'năm Canh Dần', '22/03/2010', 'Hoàng Văn Lợi', 'Chồng'), // row 9: a spouse
        entry(7, 'Bùi Văn Tý', 'năm Giáp Dần', '24/03/2010', 'Bùi Văn Tài', 'Con'), // row 10: 36 or 96: a child tells nothing
        // Two-digit years: '5/3/08' is 2008 (2 years old) or 1908 (102).
        entry(8, 'Ngô Văn Lực', '5/3/08', '26/03/2010', 'Ngô Thị Mai', 'Con gái'), // row 11
        entry(9, 'Hà Văn Bình', '6/3/08', '27/03/2010', 'Hà Văn Việt', 'Bố'), // row 12
        entry(10, 'Chu Văn Quang', '7/3/08', '28/03/2010', 'Chu Văn Kiên', 'Cháu'), // row 13: a nephew or a grandchild
        entry(11, 'Kim Văn Bé', 'năm Canh Dần', '28/03/2010', 'Kim Văn Toàn', 'Anh trai', 'Sơ sinh'), // row 14: an infant's death
        entry(12, 'Lý Văn Tư', '7/2/96', '13/10/2010', 'Lý Văn Sơn', 'Con'), // row 15: 14 or 114: no son makes a 114-year-old
      ],
      { districtCode: '252' },
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const birthDate = (row: number): unknown => book.clean.get(row)?.deceased.birthDate;

  it('keeps the latest reading without a warning when a parent declares', () => {
    expect([4, 5, 12].map(birthDate)).toEqual(['1979', '1979', '2008-03-06']);
    for (const row of [4, 5, 12]) expect(codesOf(book.clean.get(row)), `row ${row}`).not.toContain('DATE_CYCLE_YEAR_DOUBTFUL');
    expect(codesOf(book.clean.get(12))).not.toContain('DATE_CENTURY_DOUBTFUL');
    // So does an infant's cause ('Sơ sinh'), as for a two-digit year.
    expect(birthDate(14)).toBe('2010');
    expect(codesOf(book.clean.get(14))).not.toContain('DATE_CYCLE_YEAR_DOUBTFUL');
  });

  it('takes the earlier reading when the latest makes the deceased too young for the child, grandchild or spouse who declares', () => {
    expect([6, 9, 11].map(birthDate)).toEqual(['1919', '1950', '1908-03-05']);
    for (const row of [6, 9, 11]) expect(codesOf(book.clean.get(row)), `row ${row}`).not.toContain('DATE_CYCLE_YEAR_DOUBTFUL');
    expect(codesOf(book.clean.get(11))).not.toContain('DATE_CENTURY_DOUBTFUL');
    // The two-digit-year note names the year kept.
    expect(book.clean.get(11)?.notes.find((note: { code: string }) => note.code === 'DATE_TWO_DIGIT_YEAR')).toMatchObject({ to: '1908-03-05' });
  });

  it('still asks the officer when the relation leaves both readings possible', () => {
    expect([7, 8, 10].map(birthDate)).toEqual(['1979', '1979', '1974']);
    for (const row of [7, 8, 10]) expect(codesOf(book.clean.get(row)), `row ${row}`).toContain('DATE_CYCLE_YEAR_DOUBTFUL');
    expect(birthDate(15)).toBe('1996-02-07');
    expect(birthDate(13)).toBe('2008-03-07');
    expect(codesOf(book.clean.get(13))).toContain('DATE_CENTURY_DOUBTFUL');
  });
});

describe('kinAgeEvidence', () => {
  it('reads parents, children, grandchildren and spouses, and nothing from siblings or a bare cháu', () => {
    expect(kinAgeEvidence('Bố')).toEqual({ kind: 'young' });
    expect(kinAgeEvidence('mẹ chồng')).toEqual({ kind: 'young' });
    expect(kinAgeEvidence('Bà nội')).toEqual({ kind: 'young' });
    expect(kinAgeEvidence('Con dâu')).toEqual({ kind: 'atLeast', minAge: 28 });
    // 'Con trưởng', the eldest child as northern books write it (regression tester 1).
    for (const relation of ['Con trưởng', 'Con trai trưởng', 'con gái trưởng']) expect(kinAgeEvidence(relation), relation).toEqual({ kind: 'atLeast', minAge: 28 });
    expect(kinAgeEvidence('Cháu ngoại')).toEqual({ kind: 'atLeast', minAge: 41 });
    expect(kinAgeEvidence('Vợ')).toEqual({ kind: 'atLeast', minAge: 15 });
    for (const relation of ['Cháu', 'Anh trai', 'Em', 'Trưởng thôn', 'Bà', 'Ông', 'Con của người chết?', null]) expect(kinAgeEvidence(relation), String(relation)).toBeNull();
  });
});
