/**
 * Marriage books of Yên Lạc (251) with the spouses typed in each other's columns where no Văn/Thị tells it,
 * and a number the book left unused. Found by testing (s11): an entry whose 12-digit IDs each fit the other
 * column was rejected (two ID_SEX_CENTURY_MISMATCH), in the one-row-per-spouse layout too; a copy typed crossed
 * with CMNDs merged silently, and could be the one loaded; '24 | Bỏ trống' was reported missing (REGISTER_NUMBER_GAP).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

type Cell = string | number | null;
type Row = Record<string, any>;
const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Quốc tịch chồng', 'Nơi cư trú chồng', 'Số CMND/CCCD chồng',
  'Họ và tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ', 'Quốc tịch vợ', 'Nơi cư trú vợ', 'Số CMND/CCCD vợ', 'Ghi chú'];
const person = (name: string, born: string, home: string, id: string): Cell[] => [name, born, 'Kinh', 'Việt Nam', `Thôn ${home}, xã Liên Châu`, id];
const ANH = person('Đỗ Ngọc Ánh', '02/03/1995', 'Lũng Hạ', '026195004321');
const QUAN = person('Nguyễn Minh Quân', '15/07/1992', 'Hùng Vỹ', '026092008765');
const TAM = person('Nguyễn Minh Tâm', '12/05/1987', 'Kim Lập', '135112233');
const NGOC_ANH = person('Trần Ngọc Anh', '03/09/1990', 'Nho Lâm', '135667788');

async function writeBook(folder: string, name: string, title: string, header: Cell[], rows: Cell[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title.slice(-4));
  sheet.addRow(['UBND XÃ LIÊN CHÂU']);
  sheet.addRow([title]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

let clean: Row[] = [];
let rejected: Row[] = [];
let duplicates: Row[] = [];
let problems: Row[] = [];

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-crossed-copies-'));
  const book2016 = await writeBook(folder, 'LienChau_KH_2016.xlsx', 'SỔ ĐĂNG KÝ KẾT HÔN NĂM 2016', HEADER, [
    [20, '10/11/2016', ...ANH, ...QUAN, null],
    [21, '18/11/2016', ...person('Lê Văn Phương', '04/04/1990', 'Lũng Thượng', '026090001212'), ...person('Trần Thị Toan', '09/09/1993', 'Lũng Thượng', '026193003434'), null],
    [22, '25/11/2016', ...person('Phan Văn Nam', '01/01/1990', 'Hoàng Thạch', '026090005656'), ...person('Nguyễn Thị Lành', '02/02/1994', 'Hoàng Thạch', '026194007878'), null],
    [23, '02/12/2016', ...person('Bùi Văn Hiệp', '03/03/1989', 'Lũng Hạ', '026089001111'), ...person('Đào Thị Huế', '05/05/1995', 'Lũng Hạ', '026195002222'), null],
    [24, null, '', null, null, null, null, null, '', null, null, null, null, null, 'Bỏ trống'],
    [25, '20/12/2016', ...person('Ngô Văn Kiên', '06/06/1988', 'Hùng Vỹ', '026088003333'), ...person('Tạ Thị Oanh', '07/07/1991', 'Hùng Vỹ', '026191004444'), null],
    [26, '27/12/2016', ...person('Khổng Văn Tài', '10/10/1989', 'Hoàng Thạch', '026089009000'), ...person('Phùng Thị Loan', '11/11/1993', 'Hoàng Thạch', '026193001212'), null],
  ]);
  // No. 14 typed first crossed, with CMNDs (nothing tells which way round is right), then typed again the other way.
  const book2012 = await writeBook(folder, 'LienChau_KH_2012.xlsx', 'SỔ ĐĂNG KÝ KẾT HÔN NĂM 2012', HEADER, [
    [14, '06/08/2012', ...NGOC_ANH, ...TAM, null],
    [15, '20/08/2012', ...person('Lê Văn Hậu', '01/01/1988', 'Kim Lập', '135998877'), ...person('Hoàng Thị Vân', '02/02/1991', 'Kim Lập', '135445566'), null],
    [14, '06/08/2012', ...TAM, ...NGOC_ANH, null],
  ]);
  // No. 3 typed crossed with CMNDs, then again the right way round with 12-digit IDs that show it.
  const book2013 = await writeBook(folder, 'LienChau_KH_2013.xlsx', 'SỔ ĐĂNG KÝ KẾT HÔN NĂM 2013', HEADER, [
    [3, '11/03/2013', ...person('Vũ Ngọc Diệp', '04/10/1991', 'Nho Lâm', '135224466'), ...person('Đặng Minh Khang', '19/01/1989', 'Kim Lập', '135113355'), null],
    [3, '11/03/2013', ...person('Đặng Minh Khang', '19/01/1989', 'Kim Lập', '026089013355'), ...person('Vũ Ngọc Diệp', '04/10/1991', 'Nho Lâm', '026191024466'), null],
  ]);
  // One row per spouse: No. 1 typed right, then again crossed (by the role cells), with 12-digit IDs.
  const perSpouse = await writeBook(folder, 'LienChau_KH_2019_theo_nguoi.xlsx', 'SỔ ĐĂNG KÝ KẾT HÔN NĂM 2019',
    ['Số', 'Ngày đăng ký', 'Bên', 'Họ, chữ đệm, tên', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú', 'Số định danh cá nhân', 'Ghi chú'], [
      [1, '07/01/2019', 'Bên chồng', ...QUAN, null],
      [null, null, 'Bên vợ', ...ANH, null],
      [2, '15/01/2019', 'Bên chồng', ...person('Lê Văn Quyết', '30/06/1994', 'Đông Lạc', '026094003344'), null],
      [null, null, 'Bên vợ', ...person('Phạm Thị Hồng Nhung', '21/11/1997', 'Đông Lạc', '026197001122'), null],
      [1, '07/01/2019', 'Bên chồng', ...ANH, null],
      [null, null, 'Bên vợ', ...QUAN, null],
    ]);
  const { out } = await runInto({ type: 'marriage', districts: ['251'], inputs: [book2016, book2012, book2013, perSpouse] });
  clean = readJsonl(join(out, '251/marriage/clean.jsonl')) as Row[];
  rejected = readJsonl(join(out, '251/marriage/rejected.jsonl')) as Row[];
  duplicates = readJsonl(join(out, '251/marriage/duplicates.jsonl')) as Row[];
  problems = readJson(join(out, 'summary.json')).problems as Row[];
});

const at = (rows: Row[], file: string, row: number): Row | undefined => rows.find((record) => record.provenance.file.endsWith(file) && record.provenance.row === row);
const codes = (record: Row | undefined): string[] => (record?.warnings ?? []).map((warning: Row) => `${warning.code}@${warning.field}`);
const clusterOf = (file: string, row: number): Row | undefined =>
  duplicates.find((cluster) => [cluster.survivor, ...cluster.members].some((record: Row) => record.provenance.file.endsWith(file) && record.provenance.row === row));

describe("spouses typed in each other's columns, their IDs telling it", () => {
  it('loads the entry with MARRIAGE_SPOUSE_ID_SEX on each ID, rejecting nothing', () => {
    expect(rejected).toEqual([]);
    expect(codes(at(clean, 'KH_2016.xlsx', 4))).toEqual(['MARRIAGE_SPOUSE_ID_SEX@husband.personalId', 'MARRIAGE_SPOUSE_ID_SEX@wife.personalId']);
  });

  it('merges the crossed pair of a one-row-per-spouse book into the entry typed right, which is loaded', () => {
    const cluster = clusterOf('theo_nguoi.xlsx', 8);
    expect(cluster?.survivor.provenance).toMatchObject({ file: expect.stringMatching(/theo_nguoi\.xlsx$/), row: 4 });
    expect(cluster?.members[0]?.reasons.rolesCrossed).toBe(true);
    const survivor = at(clean, 'theo_nguoi.xlsx', 4);
    expect(survivor?.husband.fullName).toBe('Nguyễn Minh Quân');
    expect(codes(survivor)).toEqual([]);
  });
});

describe('copies of one marriage that disagree on which spouse is which', () => {
  it('keeps the copy whose IDs show the husband a man, though typed second', () => {
    const cluster = clusterOf('KH_2013.xlsx', 4);
    expect(cluster?.survivor.provenance.row).toBe(5);
    expect(at(clean, 'KH_2013.xlsx', 5)?.husband).toMatchObject({ fullName: 'Đặng Minh Khang', personalId: '026089013355' });
    expect(codes(at(clean, 'KH_2013.xlsx', 5))).toEqual([]);
  });

  it('warns the record kept when nothing tells which copy has the spouses right', () => {
    const cluster = clusterOf('KH_2012.xlsx', 4);
    expect(cluster?.members[0]?.reasons.rolesCrossed).toBe(true);
    expect(cluster?.disagree).toEqual([{ field: 'husband.fullName', fromId: cluster?.members[0]?.id }]);
    const survivor = at(clean, 'KH_2012.xlsx', cluster?.survivor.provenance.row);
    expect(codes(survivor)).toEqual(['DEDUP_COPIES_DISAGREE@husband.fullName']);
    expect(survivor?.warnings[0].message).toContain(`"${survivor?.husband.fullName}", nhưng bản ghi trùng ở dòng`);
    expect(survivor?.warnings[0].message).toContain(`ghi "${survivor?.wife.fullName}"`);
  });
});

describe('a number the book marks unused', () => {
  it('is a line of the book: no REGISTER_NUMBER_GAP for it', () => {
    expect(problems.filter((problem) => problem.code === 'REGISTER_NUMBER_GAP')).toEqual([]);
  });
});
