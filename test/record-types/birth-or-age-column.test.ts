/**
 * A death book's one column for the birth year or the age ('Năm sinh / Thọ', 'Năm sinh (tuổi)'): found by
 * testing (blind corpus of session 27, dates and ages). A bare '85' there was read as the two-digit year
 * 1985 with only a note, a man dead of old age at 25; the header asks a year or an age, and a year would be
 * written whole, so a bare number of up to three digits is the age: DATE_AGE_ONLY, the birth date left empty.
 * A whole year or date there, and a bare number under a plain 'Năm sinh', read as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-birth-or-age-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const book2010 = (file: string, label: string, cells: (string | number)[]) =>
  readBook(join(folder, file), [
    ['SỔ ĐĂNG KÝ KHAI TỬ - XÃ THIỆN KẾ - NĂM 2010'],
    ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', label, 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết'],
    ...cells.map((cell, index) => [index + 1, `${10 + index}/03/2010`, ['Nguyễn Văn Khải', 'Lê Văn Tâm', 'Trần Văn Sáu', 'Đỗ Văn Hải', 'Phạm Văn Lộc'][index]!, 'Nam', cell, `0${index + 1}/03/2010`, 'Tại nhà', 'Già yếu']),
  ], { districtCode: '249' });

const read = (book: BookRead, row: number) => {
  const record = book.clean.get(row);
  return record && [record.deceased.birthDate, [...record.warnings, ...record.notes].map((finding: { code: string }) => finding.code).filter((code: string) => /^(DATE|DEATH)_/.test(code))];
};

describe.each(['Năm sinh / Thọ', 'Năm sinh (tuổi)'])("a death book's '%s' column", (label) => {
  let book: BookRead;
  beforeAll(async () => {
    book = await book2010(`kt-${label.length}.xlsx`, label, [85, '85', '1930', '5/3/1930', 'Thọ 80']);
  });

  it('reads a bare number as the age, the birth date left empty', () => {
    expect(read(book, 3)).toEqual([null, ['DATE_AGE_ONLY']]);
    expect(read(book, 4)).toEqual([null, ['DATE_AGE_ONLY']]);
  });

  it('reads a whole year or date as before, silently, and an age in words as before', () => {
    expect(read(book, 5)).toEqual(['1930', []]);
    expect(read(book, 6)).toEqual(['1930-03-05', []]);
    expect(read(book, 7)).toEqual([null, ['DATE_AGE_ONLY']]);
  });
});

describe("a bare number under a plain 'Năm sinh' (no age in the header)", () => {
  it('stays a two-digit year', async () => {
    const book = await book2010('kt-nam-sinh.xlsx', 'Năm sinh', [30]);
    expect(read(book, 3)).toEqual(['1930', ['DATE_TWO_DIGIT_YEAR']]);
  });
});

describe("a 'Năm sinh' column whose header names 'tuổi' in another sense (found by regression testing, session 27)", () => {
  it.each([
    ['Năm sinh (ghi đủ 4 số; trẻ dưới 1 tuổi ghi ngày tháng năm)', 'kt-duoi-1-tuoi.xlsx'],
    ['Năm sinh (tuổi con giáp)', 'kt-tuoi-con-giap.xlsx'],
  ])("'%s': a bare number stays a two-digit year", async (label, file) => {
    const book = await book2010(file, label, [30]);
    expect(read(book, 3)).toEqual(['1930', ['DATE_TWO_DIGIT_YEAR']]);
  });
});

describe("a 0 under 'Năm sinh / Thọ'", () => {
  it('is no age at death: the birth is unknown, as under a plain year column', async () => {
    const book = await book2010('kt-tho-0.xlsx', 'Năm sinh / Thọ', [0, 85]);
    expect(read(book, 3)).toEqual([null, ['DATE_UNKNOWN']]);
    expect(read(book, 4)).toEqual([null, ['DATE_AGE_ONLY']]);
  });
});
