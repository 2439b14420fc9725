import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { VINH_PHUC_COMMUNES } from '../../src/reference/admin-units.js';
import { syntheticBirths, type SyntheticBirth } from '../dedup/synthetic-births.js';

/**
 * A large birth register for the benchmark: the synthetic district register of
 * test/dedup/synthetic-births.ts (realistic surname and given-name
 * frequencies, families, twins, ~5 % duplicates) typed with the mess real
 * books have — decomposed and all-caps names, a date in four shapes, IDs that
 * lost their leading zero, abbreviated commune names. `rows` originals are
 * generated; their duplicates come on top, in the order the generator mixes them.
 */
export const HEADER = ['STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch',
  'Nơi sinh', 'Số định danh cá nhân', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Dân tộc cha', 'Ghi chú'];

const communeName = new Map(VINH_PHUC_COMMUNES.map((commune) => [commune.code, commune.name]));

function dateShape(iso: string, i: number): string | Date {
  const [year, month, day] = iso.split('-');
  if (!month || !day) return iso;
  const shapes = [
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))),
    `${Number(day)}/${Number(month)}/${year}`,
    `ngày ${Number(day)} tháng ${Number(month)} năm ${year}`,
    `${day}-${month}-${year}`,
  ];
  return shapes[i % shapes.length] as string | Date;
}

export function registerRow({ record }: SyntheticBirth, i: number): (string | number | Date | null)[] {
  const { registration, child, mother, father } = record;
  const name = i % 5 === 0 ? child.fullName.normalize('NFD') : i % 7 === 0 ? child.fullName.toUpperCase() : child.fullName;
  const place = `${i % 2 === 0 ? 'UBND xã' : 'X.'} ${communeName.get(registration.communeCode ?? '') ?? ''}`;
  return [
    i + 1,
    registration.number,
    registration.book,
    registration.date ? dateShape(registration.date, i + 1) : null,
    place,
    name,
    dateShape(child.birthDate, i),
    child.sex === 'male' ? 'Nam' : 'Nữ',
    'Kinh',
    'Việt Nam',
    child.birthPlace,
    child.personalId && i % 3 === 0 ? Number(child.personalId) : child.personalId,
    mother.fullName,
    mother.birthYear,
    'Kinh',
    father?.fullName ?? null,
    father?.birthYear ?? null,
    father ? 'Kinh' : null,
    record.remarks,
  ];
}

export async function writeXlsxRegister(path: string, rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet('Sổ khai sinh');
  sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH']).commit();
  sheet.addRow(HEADER).commit();
  syntheticBirths(rows, 7).forEach((birth, i) => sheet.addRow(registerRow(birth, i)).commit());
  sheet.commit();
  await writer.commit();
}

export function writeCsvRegister(path: string, rows: number): void {
  const lines = syntheticBirths(rows, 7).map((birth, i) => registerRow(birth, i).map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value === null ? '' : String(value))));
  writeFileSync(path, `\uFEFF${Papa.unparse([HEADER, ...lines])}\r\n`);
}
