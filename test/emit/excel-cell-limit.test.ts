/**
 * errors.xlsx opens in Excel whatever the source cells hold: Excel keeps at most 32,767
 * characters in a cell and calls a workbook with a longer one damaged. A CSV has no such
 * limit — a name cell that swallowed a pasted page — and a message quoting such a value is
 * longer still; the officer gets the start of it and how long it was.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCEL_CELL_MAX_CHARS, excelSafe } from '../../src/emit/excel-safe.js';
import { runInto } from '../run/run-helpers.js';

const HEADER = 'STT;Số;Quyển số;Ngày đăng ký;Nơi đăng ký;Họ và tên người chết;Giới tính;Ngày sinh;Dân tộc;Quốc tịch;Số định danh cá nhân;Nơi cư trú cuối cùng;Ngày chết;Nơi chết;Nguyên nhân chết;Người đi khai;Ghi chú';
const RESIDENCE = 'Thôn Hữu Bằng, xã Thiện Kế, huyện Bình Xuyên, tỉnh Vĩnh Phúc';

function entry(number: number, name: string, deathDate: string): string {
  return [number, number, '01/2022', `1${number}/02/2022`, 'UBND xã Thiện Kế', name, 'Nam', '05/03/1940', 'Kinh', 'Việt Nam', '', RESIDENCE, deathDate, 'Tại nhà', 'Già yếu', 'Nguyễn Văn Hậu', ''].join(';');
}

describe('errors.xlsx cells longer than Excel holds', () => {
  it('are cut with their length, so the workbook opens, and short cells stay whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-long-cell-'));
    // A name cell holding a whole pasted text (40,000 characters), on an entry without its death date.
    const swallowed = 'Lê Văn Tý ' + 'con ông Lê Văn Sửu và bà Nguyễn Thị Mão, '.repeat(1000);
    const lines = ['SỔ ĐĂNG KÝ KHAI TỬ - XÃ THIỆN KẾ - NĂM 2022', HEADER, entry(1, 'Nguyễn Văn Lộc', '10/02/2022'), entry(2, swallowed.trim(), ''), entry(3, 'Trần Văn Bình', '31/02/2022')];
    writeFileSync(join(folder, 'kt-thien-ke-2022.csv'), '\uFEFF' + lines.join('\r\n') + '\r\n');
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [folder] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, '249/death/errors.xlsx'));
    let longest = 0;
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => (longest = Math.max(longest, String(cell.value).length))));
    expect(longest).toBeLessThanOrEqual(EXCEL_CELL_MAX_CHARS);
    const detail = workbook.getWorksheet('Chi tiết')!;
    const onRow4: string[] = [];
    const onRow5: unknown[][] = [];
    detail.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (values[5] === 4) onRow4.push(String(values[2]), String(values[7] ?? ''));
      if (values[5] === 5) onRow5.push(values);
    });
    const cut = onRow4.filter((text) => text.endsWith(' ký tự]'));
    expect(cut.length).toBeGreaterThan(0);
    for (const text of cut) expect(text).toMatch(/… \[đã cắt bớt: dài [\d.]+ ký tự\]$/);
    expect(onRow5).toEqual([expect.arrayContaining(['DATE_IMPOSSIBLE', 5, 'M', '31/02/2022'])]);
  });

  it('keeps a text as long as a cell holds, escapes formulas first and never splits a character', () => {
    const full = 'a'.repeat(EXCEL_CELL_MAX_CHARS);
    expect(excelSafe(full)).toBe(full);
    const formula = excelSafe('=' + 'b'.repeat(EXCEL_CELL_MAX_CHARS));
    expect(formula.startsWith("'=b")).toBe(true);
    expect(formula.length).toBeLessThanOrEqual(EXCEL_CELL_MAX_CHARS);
    for (let shift = 0; shift < 3; shift++) {
      const text = excelSafe('x'.repeat(shift) + '𠀀'.repeat(EXCEL_CELL_MAX_CHARS));
      expect(text.length).toBeLessThanOrEqual(EXCEL_CELL_MAX_CHARS);
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});
