import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonl, runInto } from './run-helpers.js';

export type Finding = { code: string; field?: string; from?: string; to?: string };
export type Death = { provenance: { row: number }; deceased: { birthDate: string | null }; notes: Finding[]; warnings: Finding[]; errors?: Finding[] };

export const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));

/**
 * A clerk types '5/3/25' for an old person's birth into a date column: Excel keeps
 * two-digit years 00–29 as 2000–2029 and stores 05/03/2025, and the 'd/m/yy' format
 * shows '5/3/25' — no century the clerk could see.
 */
export async function deathBook(births: [Date | number, string][]): Promise<{ clean: Death[]; rejected: Death[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-two-digit-cells-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KT 2005');
  sheet.addRow(['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Ngày chết', 'Nguyên nhân']);
  const names = ['Nguyễn Văn Tâm', 'Trần Thị Lụa', 'Lê Văn Hòa', 'Phạm Thị Nụ', 'Đỗ Văn Chiến', 'Bùi Thị Gái'];
  births.forEach(([born, format], index) => {
    const row = sheet.addRow([index + 1, `${10 + index}/06/2005`, 'UBND xã Tam Hợp', names[index], index % 2 === 1 ? 'Nữ' : 'Nam', born, `${2 + index}/06/2005`, 'Già yếu']);
    row.getCell(6).numFmt = format;
  });
  const path = join(folder, 'khai-tu-tam-hop-2005.xlsx');
  await workbook.xlsx.writeFile(path);
  const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
  return { clean: readJsonl(join(out, '249/death/clean.jsonl')) as Death[], rejected: readJsonl(join(out, '249/death/rejected.jsonl')) as Death[] };
}

