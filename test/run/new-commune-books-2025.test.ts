/**
 * The communes of 2025-07-01 (NQ 1676/NQ-UBTVQH15) reuse the five-digit code of one unit each (DOMAIN.md §1.4):
 * Xã Sông Lô = 08848, old Đồng Thịnh's code; Xã Hải Lựu keeps 08782. Each new commune is a new authority whose
 * books start again at Số 01 on 01/07/2025. A district's 2025 delivery holds both halves: the old unit's book of
 * January–June and the new commune's book of July–December, under one code and one year. Their numbers are
 * not one book's numbers used twice (before: every entry of the new book was REGISTER_NUMBER_REPEATED); a number
 * typed twice inside one of the books still is.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'hotich-2025-books-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Họ tên cha', 'Năm sinh', 'Họ tên mẹ', 'Năm sinh', 'Ghi chú'];
const FAMILIES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Phùng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải'];

/** Six births of one half-year, numbered from 1; `repeat` types the last one's number as the one before's. */
function entries(seed: number, firstMonth: number, repeat = false): (string | number)[][] {
  return GIVEN.map((given, i) => {
    const family = FAMILIES[(seed + i) % FAMILIES.length]!;
    const month = String(firstMonth + Math.floor(i / 2)).padStart(2, '0');
    const day = String(4 + i * 4).padStart(2, '0');
    const born = String(2 + i * 4).padStart(2, '0');
    const number = repeat && i === 5 ? 5 : i + 1;
    return [number, `${day}/${month}/2025`, `${family} Văn ${given}`, `${born}/${month}/2025`, 'Nam', 'Kinh', `${family} Văn ${GIVEN[(i + 3) % 6]}`, 1990 + i, `${FAMILIES[(seed + i + 5) % 12]} Thị Lan`, 1993 + i, ''];
  });
}

async function book(file: string, sheets: { name: string; titles: string[]; rows: (string | number)[][] }[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, titles, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const title of titles) sheet.addRow([title]);
    sheet.addRow([]);
    sheet.addRow(HEADER);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(folder, file);
  await workbook.xlsx.writeFile(path);
  return path;
}

let births: Record<string, any>[];
beforeAll(async () => {
  const inputs = [
    await book('so-khai-sinh-dong-thinh-2025.xlsx', [
      { name: '2025', titles: ['UBND XÃ ĐỒNG THỊNH', 'HUYỆN SÔNG LÔ - TỈNH VĨNH PHÚC', 'SỔ ĐĂNG KÝ KHAI SINH', 'Quyển số: 01/2025'], rows: entries(0, 1) },
    ]),
    await book('so-khai-sinh-song-lo-2025.xlsx', [
      { name: '2025', titles: ['UBND XÃ SÔNG LÔ', 'TỈNH PHÚ THỌ', 'SỔ ĐĂNG KÝ KHAI SINH', 'Quyển số: 01/2025'], rows: entries(3, 8, true) },
    ]),
    await book('so-khai-sinh-hai-luu-2025.xlsx', [
      { name: 'T1-6', titles: ['UBND XÃ HẢI LỰU', 'HUYỆN SÔNG LÔ - TỈNH VĨNH PHÚC', 'SỔ ĐĂNG KÝ KHAI SINH'], rows: entries(6, 1) },
      { name: 'T7-12', titles: ['UBND XÃ HẢI LỰU', 'TỈNH PHÚ THỌ', 'SỔ ĐĂNG KÝ KHAI SINH'], rows: entries(9, 8) },
    ]),
  ];
  const { out } = await runInto({ type: 'birth', districts: ['253'], inputs, out: join(folder, 'out') });
  births = readJsonl(join(out, '253/birth/clean.jsonl'));
});

const warningsOf = (file: string, sheet: string) =>
  births.filter((r) => r.provenance.file === file && r.provenance.sheet === sheet).map((r) => [r.registration.number, r.registration.communeCode, r.warnings.map((w: { code: string }) => w.code)]);

describe("the new commune's book of July 2025 under an old unit's code", () => {
  it('keeps the code and reads every entry, as before', () => {
    expect(births).toHaveLength(24);
    expect(new Set(births.filter((r) => r.provenance.file.includes('song-lo')).map((r) => r.registration.communeCode))).toEqual(new Set(['08848']));
  });

  it("does not take the old unit's numbers of January–June for repeats of the new book's", () => {
    expect(warningsOf('so-khai-sinh-dong-thinh-2025.xlsx', '2025').every(([, , codes]) => codes.length === 0)).toBe(true);
    expect(warningsOf('so-khai-sinh-hai-luu-2025.xlsx', 'T1-6').every(([, , codes]) => codes.length === 0)).toBe(true);
    expect(warningsOf('so-khai-sinh-hai-luu-2025.xlsx', 'T7-12')).toEqual([1, 2, 3, 4, 5, 6].map((n) => [String(n), '08782', []]));
  });

  it('still flags a number typed twice inside the new book', () => {
    expect(warningsOf('so-khai-sinh-song-lo-2025.xlsx', '2025')).toEqual([
      ['1', '08848', []], ['2', '08848', []], ['3', '08848', []], ['4', '08848', []], ['5', '08848', []], ['5', '08848', ['REGISTER_NUMBER_REPEATED']],
    ]);
  });
});
