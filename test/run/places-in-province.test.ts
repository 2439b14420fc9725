import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

type Line = (string | number | null)[];

/** The PLACE_* warnings of each clean record (row → code@field), and errors.xlsx's column of each. */
async function placeWarnings(out: string, type: string): Promise<{ byRow: Record<number, string[]>; columns: string[] }> {
  const clean = readJsonl(join(out, `249/${type}/clean.jsonl`)) as { provenance: { row: number }; warnings: { code: string; field: string }[] }[];
  const byRow: Record<number, string[]> = {};
  for (const record of clean) byRow[record.provenance.row] = record.warnings.filter(({ code }) => code.startsWith('PLACE_')).map(({ code, field }) => `${code}@${field}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, `249/${type}/errors.xlsx`));
  const columns: string[] = [];
  workbook.getWorksheet('Chi tiết')?.eachRow((row) => {
    const [, code, , , , line, column] = (row.values as unknown[]).slice(1);
    if (typeof code === 'string' && code.startsWith('PLACE_')) columns.push(`${String(line)}:${code}@${String(column)}`);
  });
  return { byRow, columns };
}

describe('a residence, birth or death place naming a commune of the province is checked against the lists', () => {
  it('warns of an unknown commune or a district the commune never belonged to, in a birth book', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-residence-'));
    const header = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú'];
    const entry = (number: number, name: string, sex: string, mother: string, father: string, residence: string, birthPlace = 'Trạm y tế xã Tam Hợp, huyện Bình Xuyên'): Line => [
      number, `${10 + number}/03/2019`, name, sex, `${String(number).padStart(2, '0')}/03/2019`, birthPlace, 'Kinh', mother, 1990, father, 1988, residence,
    ];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KS 2019');
    for (const row of [
      ['UBND XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2019'],
      header,
      /* 4 */ entry(1, 'Nguyễn Văn An', 'Nam', 'Trần Thị Mai', 'Nguyễn Văn Bình', 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc'),
      /* 5 */ entry(2, 'Lê Thị Hoa', 'Nữ', 'Phạm Thị Thu', 'Lê Văn Cường', 'Thôn Ngọc Bảo, xã Tam Hòa, huyện Bình Xuyên, tỉnh Vĩnh Phúc'),
      /* 6 */ entry(3, 'Đỗ Văn Kiên', 'Nam', 'Vũ Thị Lan', 'Đỗ Văn Hiệp', 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Sơn, tỉnh Vĩnh Phúc'),
      /* 7 */ entry(4, 'Trịnh Thị Phương', 'Nữ', 'Cao Thị Thoa', 'Trịnh Văn Lực', 'Thôn Đông, xã Minh Tân, huyện Bình Xuyên'),
      // Not this province's, or naming no commune, or a commune of another district: nothing to say.
      /* 8 */ entry(5, 'Kiều Văn Toản', 'Nam', 'Hà Thị Lụa', 'Kiều Văn Thắng', 'Thôn Đông, xã Minh Tân, huyện Kinh Môn, tỉnh Hải Dương'),
      /* 9 */ entry(6, 'Lưu Thị Ngân', 'Nữ', 'Lưu Thị Hiền', 'Lưu Văn Tám', 'Tam Hòa, Bình Xuyên, Vĩnh Phúc'),
      /* 10 */ entry(7, 'Phan Văn Lộc', 'Nam', 'Đinh Thị Huệ', 'Phan Văn Quang', 'Số 12, phường Liên Bảo, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc'),
      /* 11 */ entry(8, 'Bùi Thị Yến', 'Nữ', 'Ngô Thị Yến', 'Bùi Văn Long', 'Xã Tân Cương, huyện Vĩnh Tường, tỉnh Vĩnh Phúc'),
      // The child's birth place is read the same way.
      /* 12 */ entry(9, 'Tạ Văn Hưởng', 'Nam', 'Chu Thị Hạnh', 'Tạ Văn Bảy', 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc', 'Trạm y tế xã Tam Hòa, huyện Bình Xuyên'),
      /* 13 */ entry(10, 'Mạc Văn Tư', 'Nam', 'Mạc Thị Tư', 'Mạc Văn Ba', 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc'),
    ]) sheet.addRow(row);
    const path = join(folder, 'ks-tam-hop-2019.xlsx');
    await workbook.xlsx.writeFile(path);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const { byRow, columns } = await placeWarnings(out, 'birth');
    expect(byRow).toEqual({
      4: [],
      5: ['PLACE_COMMUNE_UNKNOWN@parents.residence'],
      6: ['PLACE_DISTRICT_MISMATCH@parents.residence'],
      7: ['PLACE_COMMUNE_UNKNOWN@parents.residence'],
      8: [],
      9: [],
      10: [],
      11: [],
      12: ['PLACE_COMMUNE_UNKNOWN@child.birthPlace'],
      13: [],
    });
    // On the cell the officer corrects: 'Nơi cư trú' is column L, 'Nơi sinh' column F.
    expect(columns).toEqual(['5:PLACE_COMMUNE_UNKNOWN@L', '6:PLACE_DISTRICT_MISMATCH@L', '7:PLACE_COMMUNE_UNKNOWN@L', '12:PLACE_COMMUNE_UNKNOWN@F']);
  });

  it("checks a deceased's last residence and place of death, not a Mê Linh commune of the years Mê Linh was the province's", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-residence-'));
    const header = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết'];
    const lines: Line[] = [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 2005'],
      header,
      /* 3 */ [1, '12/01/2005', 'UBND xã Sơn Lôi', 'Nguyễn Văn Thịnh', 'Nam', 1935, 'Thôn Nhân Nghĩa, xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phúc', '10/01/2005', 'Tại nhà'],
      /* 4 */ [2, '14/01/2005', 'UBND xã Sơn Lôi', 'Lê Văn An', 'Nam', 1936, 'Thôn Cẩm Bào, xã Bình Minh, huyện Bình Xuyên, tỉnh Vĩnh Phúc', '11/01/2005', 'Tại nhà'],
      /* 5 */ [3, '16/01/2005', 'UBND xã Sơn Lôi', 'Trần Văn Bình', 'Nam', 1937, 'Thôn Nhân Nghĩa, xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phúc', '12/01/2005', 'Trạm y tế xã Bình Minh, huyện Bình Xuyên'],
      /* 6 */ [4, '18/01/2005', 'UBND xã Sơn Lôi', 'Phạm Văn Chiến', 'Nam', 1938, 'Xã Thanh Lâm, huyện Mê Linh, tỉnh Vĩnh Phúc', '13/01/2005', 'Tại nhà'],
    ];
    const path = join(folder, 'kt-son-loi-2005.csv');
    writeFileSync(path, lines.map((line) => line.map((cell) => (cell === null ? '' : String(cell))).join(';')).join('\r\n') + '\r\n');
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [path] });
    const { byRow, columns } = await placeWarnings(out, 'death');
    expect(byRow).toEqual({ 3: [], 4: ['PLACE_COMMUNE_UNKNOWN@deceased.residence'], 5: ['PLACE_COMMUNE_UNKNOWN@deathPlace'], 6: [] });
    expect(columns).toEqual(['4:PLACE_COMMUNE_UNKNOWN@G', '5:PLACE_COMMUNE_UNKNOWN@I']);
  });
});
