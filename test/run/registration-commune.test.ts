import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';

type Line = (string | number | null)[];

const HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Nơi cư trú', 'Ghi chú'];
const entry = (number: number, registered: string, name: string, sex: string, born: string, mother: string, father: string): Line => [
  number, registered, name, sex, born, 'Trạm y tế xã', 'Kinh', mother, 1990, father, 1988, 'Thôn Đông', null,
];

/** Writes one workbook (sheets in order) named `fileName`, runs it as district `district`'s birth books. */
async function runWorkbook(fileName: string, sheets: { name: string; rows: Line[] }[], district = '249') {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-commune-'));
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(folder, fileName);
  mkdirSync(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
  const { out } = await runInto({ type: 'birth', districts: [district], inputs: [path] });
  const clean = readJsonl(join(out, `${district}/birth/clean.jsonl`)) as Record<string, any>[];
  const problems = (readJson(join(out, 'summary.json')).problems as { sheet: string; code: string; message: string }[]) ?? [];
  return {
    communes: clean.map((record) => [record.provenance.sheet, record.provenance.row, record.registration.communeCode, record.registration.book]),
    places: clean.map((record) => [record.registration.date, record.registration.place]),
    codes: clean.flatMap((record) => [...record.warnings, ...record.notes].map((finding: { code: string }) => finding.code)),
    problems: problems.filter((problem) => problem.code.startsWith('SHEET_COMMUNE')).map((problem) => [problem.sheet, problem.code, problem.message]),
  };
}

describe('a second commune\'s book typed lower in the same sheet', () => {
  it('gives the rows below its title its commune and its own book: no repeated number across the two', async () => {
    const { communes, codes } = await runWorkbook('KS 2015 tong hop.xlsx', [
      {
        name: 'KS 2015',
        rows: [
          ['UBND XÃ TAM HỢP'],
          ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2015'],
          ['Quyển số: 01/2015'],
          HEADER,
          entry(1, '05/03/2015', 'Nguyễn Văn An', 'Nam', '02/02/2015', 'Nguyễn Thị Hằng', 'Trần Văn Hải'),
          [null, null, 'Thôn Nam Viêm'], // a village's section: no other commune
          entry(2, '06/03/2015', 'Trần Thị Bình', 'Nữ', '03/02/2015', 'Lê Thị Huyền', 'Trần Văn Long'),
          [],
          ['UBND XÃ SƠN LÔI'],
          ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2015'],
          HEADER,
          entry(1, '07/03/2015', 'Lê Văn Cường', 'Nam', '04/02/2015', 'Phạm Thị Thu', 'Lê Văn Sơn'),
          entry(2, '08/03/2015', 'Phạm Thị Dung', 'Nữ', '05/02/2015', 'Đỗ Thị Mai', 'Phạm Văn Tùng'),
        ],
      },
    ]);
    expect(communes).toEqual([
      ['KS 2015', 5, '08953', '01/2015'],
      ['KS 2015', 7, '08953', '01/2015'],
      ['KS 2015', 12, '08959', null],
      ['KS 2015', 13, '08959', null],
    ]);
    expect(codes).not.toContain('REGISTER_NUMBER_REPEATED');
  });

  it("the same commune's title printed again on a later page keeps the book number", async () => {
    const { communes } = await runWorkbook('KS 2015.xlsx', [
      {
        name: 'KS 2015',
        rows: [
          ['UBND XÃ TAM HỢP'],
          ['Quyển số: 01/2015'],
          HEADER,
          entry(1, '05/03/2015', 'Nguyễn Văn An', 'Nam', '02/02/2015', 'Nguyễn Thị Hằng', 'Trần Văn Hải'),
          ['UBND XÃ TAM HỢP'],
          HEADER,
          entry(2, '06/03/2015', 'Trần Thị Bình', 'Nữ', '03/02/2015', 'Lê Thị Huyền', 'Trần Văn Long'),
        ],
      },
    ]);
    expect(communes).toEqual([
      ['KS 2015', 4, '08953', '01/2015'],
      ['KS 2015', 7, '08953', '01/2015'],
    ]);
  });
});

describe('a sheet whose title names no commune and that has no column of it', () => {
  it("takes its commune from the sheet's name in a district workbook, once noted per sheet", async () => {
    const { communes, codes, problems } = await runWorkbook('KS 2015 huyen Binh Xuyen.xlsx', [
      { name: 'Tam Hợp', rows: [HEADER, entry(1, '05/03/2015', 'Nguyễn Văn An', 'Nam', '02/02/2015', 'Nguyễn Thị Hằng', 'Trần Văn Hải')] },
      { name: 'Sơn Lôi', rows: [HEADER, entry(1, '06/03/2015', 'Trần Thị Bình', 'Nữ', '03/02/2015', 'Lê Thị Huyền', 'Trần Văn Long')] },
      { name: 'TT Hương Canh', rows: [HEADER, entry(1, '07/03/2015', 'Lê Văn Cường', 'Nam', '04/02/2015', 'Phạm Thị Thu', 'Lê Văn Sơn')] },
    ]);
    expect(communes.map(([sheet, , code]) => [sheet, code])).toEqual([['Tam Hợp', '08953'], ['Sơn Lôi', '08959'], ['TT Hương Canh', '08935']]);
    expect(codes).toEqual([]);
    expect(problems.map(([sheet, code]) => [sheet, code])).toEqual([
      ['Tam Hợp', 'SHEET_COMMUNE_INFERRED'],
      ['Sơn Lôi', 'SHEET_COMMUNE_INFERRED'],
      ['TT Hương Canh', 'SHEET_COMMUNE_INFERRED'],
    ]);
    expect(problems[2]?.[2]).toContain('Thị trấn Hương Canh (mã 08935) theo tên trang tính "TT Hương Canh"');
  });

  it("takes the commune of an earlier sheet's title (a book continued on 'Trang 2' under its own header)", async () => {
    const { communes, problems } = await runWorkbook('KS 2015.xlsx', [
      { name: 'Trang 1', rows: [['UBND XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2015'], HEADER, entry(1, '05/03/2015', 'Nguyễn Văn An', 'Nam', '02/02/2015', 'Nguyễn Thị Hằng', 'Trần Văn Hải')] },
      { name: 'Trang 2', rows: [HEADER, entry(2, '06/03/2015', 'Trần Thị Bình', 'Nữ', '03/02/2015', 'Lê Thị Huyền', 'Trần Văn Long')] },
    ]);
    expect(communes.map(([sheet, , code]) => [sheet, code])).toEqual([['Trang 1', '08959'], ['Trang 2', '08959']]);
    expect(problems).toEqual([['Trang 2', 'SHEET_COMMUNE_INFERRED', expect.stringContaining('Xã Sơn Lôi (mã 08959) theo tiêu đề trang tính "Trang 1"')]]);
  });

  it("takes the commune of the file's name ('KS_TamHop_2015.xlsx')", async () => {
    const { communes, problems } = await runWorkbook('KS_TamHop_2015.xlsx', [
      { name: 'Sheet1', rows: [HEADER, entry(1, '05/03/2015', 'Nguyễn Văn An', 'Nam', '02/02/2015', 'Nguyễn Thị Hằng', 'Trần Văn Hải')] },
    ]);
    expect(communes.map(([, , code]) => code)).toEqual(['08953']);
    expect(problems).toEqual([['Sheet1', 'SHEET_COMMUNE_INFERRED', expect.stringContaining('theo tên tệp "KS_TamHop_2015.xlsx"')]]);
  });

  it("takes the commune of the folder holding the file, or the one above it: a district's delivery in a folder per commune", async () => {
    const book = [{ name: 'Sheet1', rows: [HEADER, entry(1, '05/03/2015', 'Nguyễn Văn An', 'Nam', '02/02/2015', 'Nguyễn Thị Hằng', 'Trần Văn Hải')] }];
    const own = await runWorkbook('Xã Tam Hợp/khai sinh 2015.xlsx', book);
    expect(own.communes.map(([, , code]) => code)).toEqual(['08953']);
    expect(own.problems).toEqual([['Sheet1', 'SHEET_COMMUNE_INFERRED', expect.stringContaining('Xã Tam Hợp (mã 08953) theo tên thư mục "Xã Tam Hợp"')]]);
    const above = await runWorkbook('Son Loi/2015/KS.xlsx', book);
    expect(above.communes.map(([, , code]) => code)).toEqual(['08959']);
    expect(above.problems).toEqual([['Sheet1', 'SHEET_COMMUNE_INFERRED', expect.stringContaining('theo tên thư mục "Son Loi"')]]);
    // The file's own name wins over its folder's.
    const named = await runWorkbook('Son Loi/KS_TamHop_2015.xlsx', book);
    expect(named.communes.map(([, , code]) => code)).toEqual(['08953']);
  });

  it("takes no commune from a folder named after the district ('Yen Lac/…'): it also names its thị trấn", async () => {
    const { communes, problems } = await runWorkbook('Yen Lac/So KS 2013.xlsx', [
      { name: 'Sheet1', rows: [HEADER, entry(1, '05/03/2013', 'Nguyễn Văn An', 'Nam', '02/02/2013', 'Nguyễn Thị Hằng', 'Trần Văn Hải')] },
    ], '251');
    expect(communes.map(([, , code]) => code)).toEqual([null]);
    expect(problems.map(([sheet, code]) => [sheet, code])).toEqual([['Sheet1', 'SHEET_COMMUNE_MISSING']]);
  });

  it("writes the commune of the file's name as it was named on each registration date (DOMAIN.md §1.5)", async () => {
    // Đại Đình was a xã until 01/02/2020, a thị trấn after (NQ 868/NQ-UBTVQH14).
    const { communes, places, codes } = await runWorkbook('KS_DaiDinh_2018-2021.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          HEADER,
          entry(1, '05/03/2018', 'Nguyễn Văn An', 'Nam', '02/02/2018', 'Nguyễn Thị Hằng', 'Trần Văn Hải'),
          entry(2, '20/01/2020', 'Trần Thị Bình', 'Nữ', '03/01/2020', 'Lê Thị Huyền', 'Trần Văn Long'),
          entry(3, '10/02/2020', 'Lê Văn Cường', 'Nam', '04/02/2020', 'Phạm Thị Thu', 'Lê Văn Sơn'),
          entry(4, '06/03/2021', 'Phạm Thị Dung', 'Nữ', '05/02/2021', 'Đỗ Thị Mai', 'Phạm Văn Tùng'),
        ],
      },
    ], '248');
    expect(communes.map(([, , code]) => code)).toEqual(['08923', '08923', '08923', '08923']);
    expect(places).toEqual([
      ['2018-03-05', 'Xã Đại Đình'],
      ['2020-01-20', 'Xã Đại Đình'],
      ['2020-02-10', 'Thị trấn Đại Đình'],
      ['2021-03-06', 'Thị trấn Đại Đình'],
    ]);
    // The run's own words name no former unit: no PLACE_FORMER_NAME_MAPPED.
    expect(codes).toEqual([]);
  });

  it("takes a commune of the 2025 list from the folder or file naming it ('VinhAn/…': Xã Vĩnh An from 01/07/2025), read on each entry's date as under its title", async () => {
    const book = [{
      name: 'Sheet1',
      rows: [
        HEADER,
        entry(1, '14/07/2025', 'Nguyễn Văn An', 'Nam', '01/07/2025', 'Nguyễn Thị Hằng', 'Trần Văn Hải'),
        entry(2, '20/01/2026', 'Trần Thị Bình', 'Nữ', '03/01/2026', 'Lê Thị Huyền', 'Trần Văn Long'),
      ],
    }];
    const byFolder = await runWorkbook('VinhAn/DS_KhaiSinh_2025-2026.xlsx', book, '252');
    expect(byFolder.communes.map(([, , code]) => code)).toEqual(['09079', '09079']);
    expect(byFolder.places).toEqual([['2025-07-14', 'Xã Vĩnh An'], ['2026-01-20', 'Xã Vĩnh An']]);
    expect(byFolder.codes).toEqual([]);
    expect(byFolder.problems).toEqual([['Sheet1', 'SHEET_COMMUNE_INFERRED', expect.stringContaining('theo tên thư mục "VinhAn"')]]);
    // A file of 2025 may hold the old commune's entries before 01/07/2025: such an entry is told, as under a title
    // 'UBND XÃ VĨNH AN' (code 09079 was Kim Xá's until then, and Vĩnh An also took Yên Bình and Chấn Hưng).
    const byFile = await runWorkbook('KS_XaVinhAn_2025.xlsx', [{
      name: 'Sheet1',
      rows: [HEADER, entry(1, '14/03/2025', 'Nguyễn Văn An', 'Nam', '01/03/2025', 'Nguyễn Thị Hằng', 'Trần Văn Hải'), entry(2, '14/08/2025', 'Trần Thị Bình', 'Nữ', '03/08/2025', 'Lê Thị Huyền', 'Trần Văn Long')],
    }], '252');
    expect(byFile.communes.map(([, , code]) => code)).toEqual([null, '09079']);
    expect(byFile.codes).toEqual(['PLACE_NAME_NOT_YET_IN_FORCE']);
    // A book of an earlier year under the new commune's folder: the old books of three communes, none named.
    const older = await runWorkbook('VinhAn/KS 2019.xlsx', [{ name: 'Sheet1', rows: [HEADER, entry(1, '05/03/2019', 'Nguyễn Văn An', 'Nam', '02/02/2019', 'Nguyễn Thị Hằng', 'Trần Văn Hải')] }], '252');
    expect(older.communes.map(([, , code]) => code)).toEqual([null]);
    expect(older.problems.map(([sheet, code]) => [sheet, code])).toEqual([['Sheet1', 'SHEET_COMMUNE_MISSING']]);
  });

  it("does not take a 2025 commune from a folder when nothing gives the book's year ('VinhAn/KhaiSinh_cu.xlsx' of the old communes' entries)", async () => {
    const undated = await runWorkbook('VinhAn/KhaiSinh_cu.xlsx', [{
      name: 'Sheet1',
      rows: [HEADER, entry(1, '05/03/2012', 'Nguyễn Văn An', 'Nam', '02/02/2012', 'Nguyễn Thị Hằng', 'Trần Văn Hải'), entry(2, '07/08/2014', 'Trần Thị Bình', 'Nữ', '03/08/2014', 'Lê Thị Huyền', 'Trần Văn Long')],
    }], '252');
    expect(undated.communes.map(([, , code]) => code)).toEqual([null, null]);
    expect(undated.places.map(([, place]) => place)).toEqual([null, null]);
    expect(undated.codes).toEqual([]);
    expect(undated.problems.map(([sheet, code]) => [sheet, code])).toEqual([['Sheet1', 'SHEET_COMMUNE_MISSING']]);
  });

  it('without any commune anywhere: one problem for the sheet, none on its entries', async () => {
    const { communes, codes, problems } = await runWorkbook('So KS 2013.xlsx', [
      {
        name: 'Yên Lạc', // a district's name: no commune
        rows: [
          HEADER,
          entry(1, '05/03/2013', 'Nguyễn Văn An', 'Nam', '02/02/2013', 'Nguyễn Thị Hằng', 'Trần Văn Hải'),
          entry(2, '06/03/2013', 'Trần Thị Bình', 'Nữ', '03/02/2013', 'Lê Thị Huyền', 'Trần Văn Long'),
        ],
      },
    ], '251');
    expect(communes.map(([, , code]) => code)).toEqual([null, null]);
    expect(codes).toEqual([]);
    expect(problems.map(([sheet, code]) => [sheet, code])).toEqual([['Yên Lạc', 'SHEET_COMMUNE_MISSING']]);
  });

  it("reads a district's own book ('UBND HUYỆN YÊN LẠC', a foreign element's cases): the district registered, no commune is missing", async () => {
    const rows = [
      ['UBND HUYỆN YÊN LẠC'],
      ['SỔ ĐĂNG KÝ KHAI SINH CÓ YẾU TỐ NƯỚC NGOÀI NĂM 2013'],
      HEADER,
      entry(1, '05/03/2013', 'Nguyễn Văn An', 'Nam', '02/02/2013', 'Nguyễn Thị Hằng', 'Trần Văn Hải'),
      entry(2, '06/03/2013', 'Trần Thị Bình', 'Nữ', '03/02/2013', 'Lê Thị Huyền', 'Trần Văn Long'),
    ];
    const district = await runWorkbook('So KS YTNN 2013.xlsx', [{ name: 'Sheet1', rows }], '251');
    expect(district.communes.map(([, , code]) => code)).toEqual([null, null]);
    expect(district.places).toEqual([['2013-03-05', 'UBND huyện Yên Lạc'], ['2013-03-06', 'UBND huyện Yên Lạc']]);
    expect(district.codes.filter((code) => code !== 'PLACE_CASE_NORMALIZED')).toEqual([]);
    expect(district.problems).toEqual([]);
    // The official heading on two lines, 'ỦY BAN NHÂN DÂN' over the unit, beside the national motto.
    const twoLines = await runWorkbook('So KS YTNN 2014.xlsx', [{ name: 'Sheet1', rows: [
      ['ỦY BAN NHÂN DÂN', null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['HUYỆN YÊN LẠC', null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      HEADER,
      entry(1, '05/03/2014', 'Nguyễn Văn An', 'Nam', '02/02/2014', 'Nguyễn Thị Hằng', 'Trần Văn Hải'),
    ] }], '251');
    expect(twoLines.places).toEqual([['2014-03-05', 'UBND huyện Yên Lạc']]);
    expect(twoLines.problems).toEqual([]);
    // A form's 'Huyện: Yên Lạc' line under no People's Committee names no registering authority.
    const formLine = await runWorkbook('So KS 2014.xlsx', [{ name: 'Sheet1', rows: [['Xã/Phường/Thị trấn:'], ['Huyện: Yên Lạc'], HEADER, entry(1, '05/03/2014', 'Nguyễn Văn An', 'Nam', '02/02/2014', 'Nguyễn Thị Hằng', 'Trần Văn Hải')] }], '251');
    expect(formLine.problems.map(([sheet, code]) => [sheet, code])).toEqual([['Sheet1', 'SHEET_COMMUNE_MISSING']]);
    // A commune's ordinary book whose commune line was lost under the district's heading: no foreign element is
    // named, so the district did not register it; its commune is still missing.
    const lost = await runWorkbook('So KS 2012.xlsx', [{ name: 'Sheet1', rows: [
      ['UBND HUYỆN YÊN LẠC'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2012'], HEADER,
      entry(1, '05/03/2012', 'Nguyễn Văn An', 'Nam', '02/02/2012', 'Nguyễn Thị Hằng', 'Trần Văn Hải'),
    ] }], '251');
    expect(lost.places).toEqual([['2012-03-05', null]]);
    expect(lost.problems.map(([sheet, code]) => [sheet, code])).toEqual([['Sheet1', 'SHEET_COMMUNE_MISSING']]);
    // A commune the file's name gives is still the book's: the district's line is the superior's heading over it.
    const commune = await runWorkbook('KS_TamHop_2015.xlsx', [{ name: 'Sheet1', rows: [['UBND HUYỆN BÌNH XUYÊN'], HEADER, entry(1, '05/03/2015', 'Nguyễn Văn An', 'Nam', '02/02/2015', 'Nguyễn Thị Hằng', 'Trần Văn Hải')] }]);
    expect(commune.communes.map(([, , code]) => code)).toEqual(['08953']);
  });
});
