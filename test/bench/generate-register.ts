import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';

// A large birth register with the mess real books have, for the benchmark.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MALE = ['Hùng', 'Hưng', 'Đức', 'Tuấn', 'Dũng', 'Minh', 'Sơn', 'Long', 'Quân', 'Thành'];
const FEMALE = ['Thủy', 'Thuỷ', 'Hương', 'Lan', 'Ánh', 'Ngọc', 'Hằng', 'Trang', 'Quỳnh', 'Hoà'];
const COMMUNES = ['UBND xã Tam Hợp', 'X. Quất Lưu', 'TT Hương Canh', 'xã Thiện Kế', 'Xã Hương Sơn'];
export const HEADER = ['STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch',
  'Nơi sinh', 'Số định danh cá nhân', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Dân tộc cha', 'Ghi chú'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

export function registerRow(i: number): (string | number | Date)[] {
  const male = i % 2 === 0;
  const year = 1990 + (i % 30);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const family = pick(FAMILY, i * 7);
  const given = male ? pick(MALE, i * 3) : pick(FEMALE, i * 3);
  const name = `${family} ${male ? 'Văn' : 'Thị'} ${given}`;
  const birth = [new Date(Date.UTC(year, month - 1, day)), `${day}/${month}/${year}`, `ngày ${day} tháng ${month} năm ${year}`, `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`][i % 4] as string | Date;
  const id = `026${male ? (year >= 2000 ? 2 : 0) : year >= 2000 ? 3 : 1}${String(year % 100).padStart(2, '0')}${String(i % 1_000_000).padStart(6, '0')}`;
  return [
    i + 1, i + 1, `01/${year}`, `${day}/${month}/${year}`, pick(COMMUNES, i),
    i % 5 === 0 ? name.normalize('NFD') : i % 7 === 0 ? name.toUpperCase() : name,
    birth, male ? 'Nam' : 'Nữ', i % 11 === 0 ? 'Sán Dìu' : 'Kinh', 'Việt Nam', 'Trạm y tế xã Tam Hợp, huyện Bình Xuyên',
    i % 3 === 0 ? Number(id) : id,
    `${pick(FAMILY, i * 5)} Thị ${pick(FEMALE, i)}`, year - 25, 'Kinh', `${family} Văn ${pick(MALE, i)}`, year - 27, 'Kinh', '',
  ];
}

export async function writeXlsxRegister(path: string, rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet('Sổ khai sinh');
  sheet.addRow(['SỔ ĐĂNG KÝ KHAI SINH']).commit();
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(registerRow(i)).commit();
  sheet.commit();
  await writer.commit();
}

export function writeCsvRegister(path: string, rows: number): void {
  const lines = [HEADER, ...Array.from({ length: rows }, (_, i) => registerRow(i).map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value))))];
  writeFileSync(path, `\uFEFF${Papa.unparse(lines)}\r\n`);
}
