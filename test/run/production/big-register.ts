import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { VINH_PHUC_COMMUNES } from '../../../src/reference/admin-units.js';
import { syntheticBirths } from '../../dedup/synthetic-births.js';

/**
 * A birth register big enough for a run to take seconds (signals, locks,
 * progress): test/dedup/synthetic-births.ts's district register (realistic
 * name frequencies, families, twins, ~5 % duplicates) typed as a commune
 * clerk's CSV — dates in three shapes, some names in capitals, commune names
 * in the registration place. Seeded: the same rows every time.
 */
const HEADER = ['STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch',
  'Nơi sinh', 'Số định danh cá nhân', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Dân tộc cha', 'Ghi chú'];
const communeName = new Map(VINH_PHUC_COMMUNES.map((commune) => [commune.code, commune.name]));

function dateText(iso: string, i: number): string {
  const [year, month, day] = iso.split('-');
  if (!month || !day) return iso;
  return [`${Number(day)}/${Number(month)}/${year}`, `${day}-${month}-${year}`, `ngày ${Number(day)} tháng ${Number(month)} năm ${year}`][i % 3] as string;
}

/** Writes `rows` originals (plus their duplicates) as a UTF-8 CSV with BOM; returns the number of data rows. */
export function writeBirthCsv(path: string, rows: number, seed = 11): number {
  const lines = birthRows(rows, seed);
  writeFileSync(path, `\uFEFF${Papa.unparse([HEADER, ...lines])}\r\n`);
  return lines.length;
}

/** The same register as a workbook (exceljs streaming writer, shared strings), under a title row. */
export async function writeBirthXlsx(path: string, rows: number, seed = 11): Promise<number> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet('Sổ khai sinh');
  sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH']).commit();
  sheet.addRow(HEADER).commit();
  const lines = birthRows(rows, seed);
  for (const line of lines) sheet.addRow(line).commit();
  sheet.commit();
  await writer.commit();
  return lines.length;
}

function birthRows(rows: number, seed: number): string[][] {
  return syntheticBirths(rows, seed).map(({ record }, i) => {
    const { registration, child, mother, father } = record;
    return [
      String(i + 1),
      registration.number ?? '',
      registration.book ?? '',
      registration.date ? dateText(registration.date, i + 1) : '',
      `UBND xã ${communeName.get(registration.communeCode ?? '') ?? ''}`,
      i % 7 === 0 ? child.fullName.toUpperCase() : child.fullName,
      dateText(child.birthDate, i),
      child.sex === 'male' ? 'Nam' : 'Nữ',
      'Kinh',
      'Việt Nam',
      child.birthPlace ?? '',
      child.personalId ?? '',
      mother.fullName ?? '',
      mother.birthYear ?? '',
      'Kinh',
      father?.fullName ?? '',
      father?.birthYear ?? '',
      father ? 'Kinh' : '',
      record.remarks ?? '',
    ];
  });
}
