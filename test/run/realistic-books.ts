/**
 * A commune's birth and death books as a typist enters them, for tests of whole-book
 * checks: xã Sơn Lôi (08959), huyện Bình Xuyên (249). Entries are numbered from 1 in the
 * order they are registered (several on one day), names follow the commune's usage
 * (Văn / Thị for most, modern middle names for some), every cell is clean. Seeded: the
 * same book every time.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Cell = string | number | null;

export interface Book {
  sheet: string;
  titles: Cell[][];
  header: Cell[];
  rows: Cell[][];
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Phan', 'Lưu', 'Tạ', 'Khổng', 'Hà', 'Lý', 'Trịnh', 'Kiều', 'Phùng', 'Đào', 'Cao'];
const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Tiến', 'Văn Minh', 'Đình', 'Công', 'Thành', 'Ngọc'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thị Thu', 'Thị Thanh', 'Thu', 'Ngọc', 'Phương', 'Thị Hồng', 'Minh', 'Khánh', 'Thị Kim', 'Thùy', 'Hải'];
const MALE_GIVEN = ['Tuấn', 'Hoàng', 'Huy', 'Anh', 'Hiếu', 'Hùng', 'Nam', 'Sơn', 'Đức', 'Dũng', 'Thành', 'Đạt', 'Cường', 'Long', 'Trung', 'Hải', 'Minh', 'Quân', 'Phong', 'Khánh', 'Bảo', 'Vinh', 'Thắng', 'Tùng', 'Kiên', 'Toàn', 'Lâm', 'Duy', 'Thái', 'Hưng'];
const FEMALE_GIVEN = ['Trang', 'Thảo', 'Linh', 'Anh', 'Phương', 'Hằng', 'Huyền', 'Hiền', 'Hương', 'Ngọc', 'Dung', 'Nhung', 'Nhi', 'Vân', 'Quỳnh', 'Nga', 'Yến', 'Lan', 'Hoa', 'Mai', 'Hà', 'Chi', 'Giang', 'Hạnh', 'Oanh', 'Ly', 'Vy', 'My', 'Thư', 'Loan'];
const OLD_MALE_GIVEN = ['Tỵ', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tý', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi', 'Khải', 'Lộc', 'Phúc', 'Thọ', 'Chiến', 'Bảy', 'Tám', 'Chín'];
const OLD_FEMALE_GIVEN = ['Tý', 'Sửu', 'Dần', 'Mão', 'Gái', 'Nụ', 'Mận', 'Đào', 'Lựu', 'Hến', 'Tẹo', 'Xuyến', 'Thoa', 'Nhài', 'Cúc', 'Sen', 'Mơ', 'Lài', 'Mít', 'Na'];

export const BIRTH_HEADER: Cell[] = [
  'Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Quốc tịch',
  'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Người đi khai sinh', 'Quan hệ với người được khai sinh', 'Ghi chú',
];
export const DEATH_HEADER: Cell[] = [
  'Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết',
  'Người đi khai tử', 'Quan hệ với người chết', 'Ghi chú',
];
/** Column indexes of BIRTH_HEADER / DEATH_HEADER. */
export const COLUMN = { number: 0, registered: 1, name: 2, sex: 3, born: 4, mother: 8, father: 10 } as const;

const typed = (date: Date): string =>
  `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
const daysBefore = (date: Date, days: number): Date => new Date(date.getTime() - days * 86_400_000);

/** `count` registration days of `year` in order, some days with two or three entries. */
function registrationDays(pick: () => number, year: number, count: number): Date[] {
  const days = Array.from({ length: count }, () => Math.floor(pick() * 360) + 2);
  return days.sort((a, b) => a - b).map((day) => new Date(Date.UTC(year, 0, day)));
}

/** A clean birth book of `count` entries registered in `year` (title, book number and sheet name give the year). */
export function birthBook(year: number, count: number, seed = 7): Book {
  const pick = random(seed);
  const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
  const rows = registrationDays(pick, year, count).map((registered, index): Cell[] => {
    const male = pick() < 0.5;
    const family = one(FAMILY);
    const born = daysBefore(registered, 3 + Math.floor(pick() * 50));
    const motherAge = 20 + Math.floor(pick() * 16);
    const father = `${family} ${one(MALE_MIDDLE)} ${one(MALE_GIVEN)}`;
    const mother = `${one(FAMILY)} ${one(FEMALE_MIDDLE)} ${one(FEMALE_GIVEN)}`;
    const name = male ? `${family} ${one(MALE_MIDDLE)} ${one(MALE_GIVEN)}` : `${family} ${one(FEMALE_MIDDLE)} ${one(FEMALE_GIVEN)}`;
    const declaredByMother = pick() < 0.25;
    return [
      index + 1,
      typed(registered),
      name,
      male ? 'Nam' : 'Nữ',
      typed(born),
      one(['Trạm y tế xã Sơn Lôi', 'Bệnh viện đa khoa huyện Bình Xuyên', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc']),
      pick() < 0.1 ? 'Sán Dìu' : 'Kinh',
      'Việt Nam',
      mother,
      born.getUTCFullYear() - motherAge,
      father,
      born.getUTCFullYear() - motherAge - Math.floor(pick() * 6),
      declaredByMother ? mother : father,
      declaredByMother ? 'Mẹ' : 'Cha',
      null,
    ];
  });
  return {
    sheet: String(year),
    titles: [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], [`SỔ ĐĂNG KÝ KHAI SINH NĂM ${year}`], [`Quyển số: 01/${year}`]],
    header: BIRTH_HEADER,
    rows,
  };
}

/** A clean death book of `count` entries registered in `year`: old people, a few young; births often a year only. */
export function deathBook(year: number, count: number, seed = 11): Book {
  const pick = random(seed);
  const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
  const rows = registrationDays(pick, year, count).map((registered, index): Cell[] => {
    const male = pick() < 0.5;
    const family = one(FAMILY);
    const died = daysBefore(registered, 1 + Math.floor(pick() * 10));
    const bornYear = died.getUTCFullYear() - 45 - Math.floor(pick() * 50);
    const born = pick() < 0.6 ? bornYear : `${String(1 + Math.floor(pick() * 28)).padStart(2, '0')}/${String(1 + Math.floor(pick() * 12)).padStart(2, '0')}/${bornYear}`;
    const name = male ? `${family} ${one(['Văn', 'Văn', 'Văn', 'Đức', 'Hữu', 'Đình'])} ${one(OLD_MALE_GIVEN)}` : `${family} Thị ${one(OLD_FEMALE_GIVEN)}`;
    return [
      index + 1,
      typed(registered),
      name,
      male ? 'Nam' : 'Nữ',
      born,
      'Kinh',
      'Việt Nam',
      typed(died),
      pick() < 0.8 ? 'Tại nhà' : 'Bệnh viện đa khoa tỉnh Vĩnh Phúc',
      one(['Già yếu', 'Bệnh', 'Tai biến mạch máu não', 'Ung thư']),
      `${family} Văn ${one(MALE_GIVEN)}`,
      'Con',
      null,
    ];
  });
  return {
    sheet: `KT ${year}`,
    titles: [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], [`SỔ ĐĂNG KÝ KHAI TỬ NĂM ${year}`], [`Quyển số: 01/${year}`]],
    header: DEATH_HEADER,
    rows,
  };
}

/** The spreadsheet row of a book's `index`-th entry (titles, header, then entries). */
export function sheetRow(book: Book, index: number): number {
  return book.titles.length + 2 + index;
}

/** Writes the books as the sheets of one workbook; returns its path. */
export async function writeBooks(fileName: string, books: readonly Book[]): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-books-')), fileName);
  const workbook = new ExcelJS.Workbook();
  for (const book of books) {
    const sheet = workbook.addWorksheet(book.sheet);
    for (const row of [...book.titles, book.header, ...book.rows]) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}
