/**
 * A re-registration marked in the registration date cell ('12/03/2019 (ĐKL)', '14/3/2019 - đăng ký lại')
 * with the remarks cell empty: the date is read and the mark was dropped with nothing left to say the entry
 * is a re-registration, so a death re-registered years after it happened got DEATH_REGISTRATION_LATE as if
 * its year were mistyped. The remarks now hold the mark as typed beside the date, with a note that says where
 * it came from (REMARKS_FROM_DATE_CELL); remarks typed in their own cell are left as typed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead } from './read-book.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-registration-date-mark-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let book: BookRead;
beforeAll(async () => {
  book = await readBook(
    join(folder, 'KT_HuongSon_2019.xlsx'),
    [
      ['SỔ ĐĂNG KÝ KHAI TỬ - XÃ HƯƠNG SƠN - NĂM 2019'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Ghi chú'],
      [1, '10/01/2019', 'Nguyễn Văn Thành', 'Nam', '1935', '08/01/2019', 'Tại nhà', 'Già yếu', null],
      [2, '12/03/2019 (ĐKL)', 'Hoàng Văn Mão', 'Nam', '1925', '10/05/2008', 'Tại nhà', 'Già yếu', null],
      [3, '14/3/2019 - đăng ký lại', 'Bùi Văn Thìn', 'Nam', '1930', '20/06/2007', 'Tại nhà', 'Già yếu', null],
      [4, '20/03/2019', 'Kim Văn Ngọ', 'Nam', '1921', '20/05/2005', 'Tại nhà', 'Già yếu', null],
      [5, '22/03/2019 (ĐKL)', 'Tạ Văn Hùng', 'Nam', '1931', '02/01/2004', 'Tại nhà', 'Già yếu', 'Sổ gốc bị mất'],
      [6, '25/03/2008 (đăng ký lại 26/03/2019)', 'Lò Văn Dần', 'Nam', '1928', '02/02/1996', 'Tại nhà', 'Già yếu', null],
    ],
    { districtCode: '249' },
  );
});

const entry = (row: number) => {
  const record = book.clean.get(row);
  return record && { date: record.registration.date, remarks: record.remarks, warnings: record.warnings.map((w: { code: string }) => w.code) };
};
const moved = (row: number) =>
  book.clean
    .get(row)
    ?.notes.filter((note: { code: string }) => note.code === 'REMARKS_FROM_DATE_CELL')
    .map((note: { field: string; from: string; to: string }) => `${note.field}: ${note.from} → ${note.to}`);

describe('a re-registration marked in the registration date cell', () => {
  it('is said in the remarks, and its gap to the death is no mistyped year', () => {
    expect(entry(4)).toEqual({ date: '2019-03-12', remarks: 'ĐKL', warnings: [] });
    expect(entry(5)).toEqual({ date: '2019-03-14', remarks: 'đăng ký lại', warnings: [] });
    expect(entry(8)).toEqual({ date: '2008-03-25', remarks: 'đăng ký lại 26/03/2019', warnings: [] });
  });

  it('notes the move, from the date cell as typed to the remarks written', () => {
    expect(moved(4)).toEqual(['remarks: 12/03/2019 (ĐKL) → ĐKL']);
    expect(moved(5)).toEqual(['remarks: 14/3/2019 - đăng ký lại → đăng ký lại']);
    expect(moved(8)).toEqual(['remarks: 25/03/2008 (đăng ký lại 26/03/2019) → đăng ký lại 26/03/2019']);
    expect(moved(3)).toEqual([]);
    expect(moved(7)).toEqual([]);
  });

  it('leaves an unmarked entry as it was: no remarks, and a gap of 14 years warned of', () => {
    expect(entry(3)).toEqual({ date: '2019-01-10', remarks: null, warnings: [] });
    expect(entry(6)).toEqual({ date: '2019-03-20', remarks: null, warnings: ['DEATH_REGISTRATION_LATE'] });
  });

  it('keeps remarks typed in their own cell as typed', () => {
    expect(entry(7)?.remarks).toBe('Sổ gốc bị mất');
  });
});
