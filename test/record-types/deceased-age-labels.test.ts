/**
 * A death book heading the deceased's age otherwise than 'Tuổi' — 'Hưởng thọ', 'Thọ', 'Tuổi đời', 'Số
 * tuổi', 'Tuổi khi chết': found by testing (blind corpus of session 26, ages in death books), where the
 * column was unknown, kept in raw, and an age beside no birth year gave no DATE_AGE_ONLY, an age far
 * from the birth year no DEATH_AGE_DATES_DISAGREE. Each is now the age column 'Tuổi' is; whole labels
 * only, so 'Thôn', or 'Thọ' inside a longer label, heads nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

// A unit in brackets after the label ('Thọ (tuổi)') is no part of it, as with any other header.
const LABELS = ['Hưởng thọ', 'Thọ', 'Tuổi đời', 'Số tuổi', 'Tuổi khi chết', 'Thọ (tuổi)', 'Hưởng thọ (tuổi)'];

const warningsOf = (book: BookRead, row: number): string[] =>
  (book.clean.get(row)?.warnings ?? []).map((warning: { code: string; field: string }) => `${warning.code}@${warning.field}`);

describe("the deceased's age column under another label than 'Tuổi'", () => {
  let folder: string;
  const books = new Map<string, BookRead>();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-death-age-labels-'));
    for (const [index, label] of LABELS.entries()) {
      books.set(
        label,
        await readBook(join(folder, `kt-huong-son-2016-${index}.xlsx`), [
          ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2016'],
          ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', label, 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai'],
          // Row 3: the age alone, the year left empty.
          ['1', '10/03/2016', 'Nguyễn Văn Khải', 'Nam', '', '85', '08/03/2016', 'Tại nhà', 'Già yếu', 'Nguyễn Văn Bình'],
          // Row 4: an age that fits the year (2016 − 1926).
          ['2', '12/03/2016', 'Lê Thị Gấm', 'Nữ', '1926', '90 tuổi', '10/03/2016', 'Tại nhà', 'Già yếu', 'Lê Văn Tâm'],
          // Row 5: an age 30 years from the year: one of them mistyped.
          ['3', '14/03/2016', 'Trần Văn Sáu', 'Nam', '1956', '90', '12/03/2016', 'Tại nhà', 'Già yếu', 'Trần Văn Hải'],
        ], { districtCode: '249' }),
      );
    }
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each(LABELS)("reads '%s' as the age: an age alone and an age far from the year are warned of, a fitting one is not", (label) => {
    const book = books.get(label)!;
    expect(book.unknownHeaders).toEqual([]);
    expect(warningsOf(book, 3)).toEqual(['DATE_AGE_ONLY@deceased.birthDate']);
    expect(warningsOf(book, 4)).toEqual([]);
    expect(warningsOf(book, 5)).toEqual(['DEATH_AGE_DATES_DISAGREE@deceased.birthDate']);
    expect(book.clean.get(3)?.raw).toEqual({ [label]: '85' });
  });
});
