/**
 * A commune's death book of 2017 as the registry tests write it: the 2016 form's header under a
 * district and commune title and 'Quyển số: 01/2017', entries numbered by STT from row 7.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';

const HEADER = ['STT', 'Số', 'Ngày, tháng, năm đăng ký', 'Họ, chữ đệm, tên người chết', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Số định danh cá nhân', 'Nơi cư trú cuối cùng', 'Ngày, tháng, năm chết', 'Nơi chết', 'Nguyên nhân chết', 'Họ tên người đi khai tử', 'Quan hệ với người chết', 'Ghi chú'];
export const RESIDENCE = 'thôn Xuân Mai, xã Hương Sơn, huyện Bình Xuyên, tỉnh Vĩnh Phúc';
export const VIET = [4, '10/02/2017', 'Vũ Quang Việt', '1940', 'Nam', 'Kinh', 'Việt Nam', '', RESIDENCE, '06/02/2017', 'Tại nhà', 'Già yếu', 'Vũ Văn Thành', 'Con trai', ''];
/** A forgotten entry, inserted above the others when the book is corrected. */
export const KHAI = [3, '02/01/2017', 'Trịnh Văn Khải', '1936', 'Nam', 'Kinh', 'Việt Nam', '', RESIDENCE, '28/12/2016', 'Tại nhà', 'Già yếu', 'Trịnh Văn Hòa', 'Con trai', 'Bổ sung dòng bị sót'];

export async function deathBook(file: string, commune: string, district: string, rows: readonly (string | number)[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.getCell('A1').value = `UBND HUYỆN ${district}`;
  sheet.getCell('A2').value = `UỶ BAN NHÂN DÂN XÃ ${commune}`;
  sheet.getCell('A3').value = 'SỔ ĐĂNG KÝ KHAI TỬ';
  sheet.getCell('A4').value = 'Quyển số: 01/2017';
  sheet.getRow(6).values = HEADER;
  rows.forEach((row, k) => {
    sheet.getRow(7 + k).values = [k + 1, ...row];
  });
  mkdirSync(dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}
