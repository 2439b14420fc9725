/**
 * A marriage book's column headed for both spouses ('Nơi cư trú của vợ, chồng', 'Dân tộc (chồng/vợ)',
 * 'Nơi thường trú của hai bên') gives its value to the husband and to the wife, where the spouse's own column
 * is empty — as a birth book's 'Nơi cư trú của cha, mẹ' does for the parents. A cell holding two values
 * ('Kinh / Tày') is not split, as the parents' is not: both spouses are given the one cell's reading — unless each
 * part is labelled with its spouse ('Chồng: …; Vợ: …').
 * Known limit until session 9: the column went to the wife alone.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { readJsonl, runInto } from './run-helpers.js';

type Row = Record<string, any>;
type Cell = string | number | null;

async function writeBook(folder: string, file: string, rows: Cell[][], font: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KH');
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    cells.forEach((_cell, index) => {
      row.getCell(index + 1).font = { name: font, size: 12 };
    });
  }
  await workbook.xlsx.writeFile(join(folder, file));
}

let clean: Row[] = [];
let rejected: Row[] = [];

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-spouses-shared-'));
  await writeBook(folder, 'kh-vinh-son-2012.xlsx', [
    ['UBND XÃ VĨNH SƠN'],
    ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2012'],
    [],
    ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh', 'Quốc tịch', 'Họ và tên vợ', 'Ngày sinh', 'Dân tộc (chồng/vợ)', 'Nơi cư trú của vợ, chồng', 'Ghi chú'],
    ['1', '10/02/2012', 'Nguyễn Văn Tùng', '12/04/1988', 'Việt Nam', 'Trần Thị Hạnh', '03/08/1990', 'Kinh', 'thôn Vĩnh Thịnh, xã Vĩnh Sơn, huyện Vĩnh Tường', null],
    // 'Như trên' under the spouses' residence: the entry above's, noted once.
    ['2', '14/02/2012', 'Lê Văn Khoa', '22/11/1985', 'Việt Nam', 'Đinh Thị Nga', '14/02/1987', 'Kinh', 'nt', null],
    // A cell with two ethnic groups, one per spouse.
    ['3', '20/02/2012', 'Hoàng Văn Sơn', '05/05/1986', 'Việt Nam', 'La Thị Yến', '09/09/1989', 'Kinh / Tày', 'thôn Vĩnh Thịnh, xã Vĩnh Sơn', null],
    // Spouses of two villages: each part labelled with whose it is.
    ['5', '27/02/2012', 'Phan Văn Long', '02/03/1987', 'Việt Nam', 'Ngô Thị Hà', '04/05/1990', 'Chồng: Kinh, vợ: Tày', 'Chồng: thôn Vĩnh Thịnh, xã Vĩnh Sơn; Vợ: thôn Phú Hậu, xã Vĩnh Ninh', null],
    ['6', '05/03/2012', 'Đào Văn Bình', '06/07/1984', 'Việt Nam', 'Lý Thị Vân', '08/09/1988', 'Kinh', 'Vợ - thôn Phú Hậu, xã Vĩnh Ninh\nChồng - thôn Vĩnh Thịnh, xã Vĩnh Sơn', null],
    // Labelled for both, a bulleted line each, one spouse only.
    ['7', '12/03/2012', 'Vũ Văn Cường', '01/02/1985', 'Việt Nam', 'Hà Thị Dung', '03/04/1989', 'Chồng, vợ: Kinh', '- Chồng: thôn Vĩnh Thịnh, xã Vĩnh Sơn\n- Vợ: thôn Phú Hậu, xã Vĩnh Ninh', null],
    ['8', '19/03/2012', 'Trịnh Văn Đạt', '05/06/1986', 'Việt Nam', 'Kiều Thị Én', '07/08/1990', 'Hai bên: Kinh', 'Chồng: thôn Vĩnh Thịnh, xã Vĩnh Sơn', null],
  ], 'Times New Roman');
  // An older book typed in TCVN3: each spouse's own ethnicity, their residence merged down for both.
  await writeBook(folder, 'kh-tan-tien-2003.xlsx', [
    ['SỔ ĐĂNG KÝ KẾT HÔN'],
    ['Số', 'Ngày đăng ký', 'Chồng', null, null, 'Vợ', null, null, 'Nơi thường trú của hai bên'],
    [null, null, 'Họ và tên', 'Năm sinh', 'Dân tộc', 'Họ và tên', 'Năm sinh', 'Dân tộc', null],
    ['4', '05/06/2003', 'Trần Văn Hải', '1978', 'Kinh', 'Đỗ Thị Thu', '1980', 'Sán Dìu', 'xóm Đồng, xã Tân Tiến'],
  ].map((cells) => cells.map((cell) => (typeof cell === 'string' ? encodeTcvn3(cell) : cell))), '.VnTime');
  const { out } = await runInto({ type: 'marriage', districts: ['252'], inputs: [folder] });
  clean = readJsonl(join(out, '252/marriage/clean.jsonl')) as Row[];
  rejected = readJsonl(join(out, '252/marriage/rejected.jsonl')) as Row[];
});

const entry = (records: Row[], file: string, row: number): Row | undefined =>
  records.find((record) => record.provenance.file.endsWith(file) && record.provenance.row === row);

describe("a marriage book's column headed for both spouses", () => {
  it("gives 'Nơi cư trú của vợ, chồng' and 'Dân tộc (chồng/vợ)' to the husband and the wife, with no warning", () => {
    const record = entry(clean, 'kh-vinh-son-2012.xlsx', 5);
    const residence = 'thôn Vĩnh Thịnh, xã Vĩnh Sơn, huyện Vĩnh Tường';
    expect(record?.husband).toMatchObject({ fullName: 'Nguyễn Văn Tùng', ethnicityCode: '01', nationality: 'VN', residence });
    expect(record?.wife).toMatchObject({ fullName: 'Trần Thị Hạnh', ethnicityCode: '01', residence });
    expect(record?.warnings).toEqual([]);
    expect(record?.raw).toEqual({});
  });

  it("copies a ditto mark under it to both spouses, noted on the husband's field", () => {
    const record = entry(clean, 'kh-vinh-son-2012.xlsx', 6);
    expect([record?.husband.residence, record?.wife.residence]).toEqual(['thôn Vĩnh Thịnh, xã Vĩnh Sơn, huyện Vĩnh Tường', 'thôn Vĩnh Thịnh, xã Vĩnh Sơn, huyện Vĩnh Tường']);
    expect(record?.notes.filter((note: Row) => note.code === 'CELL_DITTO_FILLED')).toEqual([
      { code: 'CELL_DITTO_FILLED', field: 'husband.residence', from: 'nt', to: 'thôn Vĩnh Thịnh, xã Vĩnh Sơn, huyện Vĩnh Tường' },
    ]);
  });

  it("keeps each spouse's own column over the shared one (TCVN3, two levels)", () => {
    const record = entry(clean, 'kh-tan-tien-2003.xlsx', 4);
    expect(record?.husband).toMatchObject({ fullName: 'Trần Văn Hải', ethnicityCode: '01', residence: 'xóm Đồng, xã Tân Tiến' });
    expect(record?.wife).toMatchObject({ fullName: 'Đỗ Thị Thu', ethnicityCode: '17', residence: 'xóm Đồng, xã Tân Tiến' });
    expect(record?.warnings).toEqual([]);
  });

  it("does not split a cell holding one value per spouse ('Kinh / Tày'): both get its one reading, warned of once", () => {
    const record = entry(clean, 'kh-vinh-son-2012.xlsx', 7);
    expect([record?.husband.ethnicityCode, record?.wife.ethnicityCode]).toEqual([null, null]);
    expect([record?.husband.residence, record?.wife.residence]).toEqual(['thôn Vĩnh Thịnh, xã Vĩnh Sơn', 'thôn Vĩnh Thịnh, xã Vĩnh Sơn']);
    expect(record?.warnings.map((warning: Row) => `${warning.code}@${warning.field}`)).toEqual(['ETHNICITY_AMBIGUOUS@spouses.ethnicityCode']);
  });

  it("gives each spouse the part of the cell labelled with their role ('Chồng: …; Vợ: …', a line each), with no warning", () => {
    const both = entry(clean, 'kh-vinh-son-2012.xlsx', 8);
    expect(both?.husband).toMatchObject({ ethnicityCode: '01', residence: 'thôn Vĩnh Thịnh, xã Vĩnh Sơn' });
    expect(both?.wife).toMatchObject({ ethnicityCode: '02', residence: 'thôn Phú Hậu, xã Vĩnh Ninh' });
    expect(both?.warnings).toEqual([]);
    const wifeFirst = entry(clean, 'kh-vinh-son-2012.xlsx', 9);
    expect([wifeFirst?.husband.residence, wifeFirst?.wife.residence]).toEqual(['thôn Vĩnh Thịnh, xã Vĩnh Sơn', 'thôn Phú Hậu, xã Vĩnh Ninh']);
    expect(wifeFirst?.warnings).toEqual([]);
  });

  it("reads a label for both ('Chồng, vợ:', 'Hai bên:') as both's, bulleted lines, and a label of one spouse as that spouse's only", () => {
    const bulleted = entry(clean, 'kh-vinh-son-2012.xlsx', 10);
    expect(bulleted?.husband).toMatchObject({ ethnicityCode: '01', residence: 'thôn Vĩnh Thịnh, xã Vĩnh Sơn' });
    expect(bulleted?.wife).toMatchObject({ ethnicityCode: '01', residence: 'thôn Phú Hậu, xã Vĩnh Ninh' });
    expect(bulleted?.warnings).toEqual([]);
    const husbandOnly = entry(clean, 'kh-vinh-son-2012.xlsx', 11);
    expect(husbandOnly?.husband).toMatchObject({ ethnicityCode: '01', residence: 'thôn Vĩnh Thịnh, xã Vĩnh Sơn' });
    expect(husbandOnly?.wife).toMatchObject({ ethnicityCode: '01', residence: null });
    expect(husbandOnly?.warnings).toEqual([]);
  });

  it('loads every entry', () => {
    expect(rejected).toEqual([]);
    expect(clean).toHaveLength(8);
  });
});
