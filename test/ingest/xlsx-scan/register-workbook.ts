import ExcelJS from 'exceljs';

/**
 * A synthetic 26-column birth register (the benchmark's shape): STT, book
 * numbers, names in Vietnamese, real date cells, text dates, IDs stored as
 * numbers, places, notes. Written with exceljs's streaming writer, so it can
 * be made large; deterministic for a given row count.
 */
export const REGISTER_COLUMNS = 26;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thu', 'Quang', 'Hữu'];
const GIVEN = ['Hương', 'Thủy', 'Thuỷ', 'Hùng', 'Hưng', 'Ánh', 'Quỳnh', 'Yến', 'Phượng', 'Khuê', 'Tường', 'Lạc', 'An', 'Bình'];
const COMMUNES = ['Tam Hợp', 'Quất Lưu', 'Sơn Lôi', 'Hương Canh', 'Thiện Kế', 'Đồng Cương', 'Tề Lỗ', 'Trung Kiên'];

function personName(row: number, salt: number): string {
  return `${FAMILY[(row * 7 + salt) % FAMILY.length]} ${MIDDLE[(row * 3 + salt) % MIDDLE.length]} ${GIVEN[(row * 11 + salt * 5) % GIVEN.length]}`;
}

/** The values of data row `row` (1-based), as exceljs takes them. */
export function registerRow(row: number): ExcelJS.CellValue[] {
  const birth = new Date(Date.UTC(1990 + (row % 30), row % 12, 1 + (row % 28)));
  const registered = new Date(birth.getTime() + ((row % 40) + 1) * 86_400_000);
  const commune = COMMUNES[row % COMMUNES.length] ?? '';
  return [
    row,
    `${String(row % 500).padStart(3, '0')}/${birth.getUTCFullYear()}`,
    registered,
    `UBND xã ${commune}`,
    personName(row, 0),
    birth,
    row % 2 === 0 ? 'Nam' : 'Nữ',
    'Kinh',
    'Việt Nam',
    `Trạm y tế xã ${commune}`,
    26_000_000_000 + row,
    personName(row, 1),
    1960 + (row % 30),
    'Kinh',
    `Thôn ${(row % 9) + 1}, xã ${commune}`,
    personName(row, 2),
    1958 + (row % 30),
    'Kinh',
    `Thôn ${(row % 7) + 1}, xã ${commune}`,
    `${String(1 + (row % 28)).padStart(2, '0')}/${String(1 + (row % 12)).padStart(2, '0')}/${1990 + (row % 30)}`,
    row % 5 === 0 ? 'Đăng ký lại' : 'Đăng ký mới',
    personName(row, 3),
    row % 13 === 0 ? 'Ghi chú: bản sao & trích lục <cấp lại>' : null,
    Math.round((row % 1000) * 1.25 * 100) / 100,
    row % 3 === 0,
    `${personName(row, 4)} ${row}`,
  ];
}

export async function writeRegisterWorkbook(path: string, rows: number, useSharedStrings: boolean): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings, useStyles: true });
  const sheet = writer.addWorksheet('Sổ khai sinh');
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(6).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(5).font = { name: 'Times New Roman' };
  const header: string[] = [];
  for (let column = 1; column <= REGISTER_COLUMNS; column++) header.push(`Cột ${column}`);
  sheet.addRow(header).commit();
  for (let row = 1; row <= rows; row++) sheet.addRow(registerRow(row)).commit();
  sheet.commit();
  await writer.commit();
}
