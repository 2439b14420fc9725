import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { readJsonl, runInto } from './run-helpers.js';

const BIRTH_HEADER = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Dân tộc mẹ', 'Nơi cư trú mẹ'];

/** A Quang Yên birth book of 2010 typed in .VnTime (TCVN3), as the commune's PC kept it. */
async function tcvn3Book(rows: string[][], header = BIRTH_HEADER, title = 'SỔ ĐĂNG KÝ KHAI SINH NĂM 2010', name = 'KS_QuangYen_2010.xlsx'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name.slice(0, 2) + ' 2010');
  for (const cells of [['UBND XÃ QUANG YÊN'], [title], header, ...rows]) {
    const row = sheet.addRow(cells.map((text) => encodeTcvn3(text)));
    row.eachCell((cell) => {
      cell.font = { name: '.VnTime', size: 12 };
    });
  }
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-quoted-')), name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const RESIDENCE = 'Thôn Tân Lập, xã Quang Yên, huyện Sông Lô';

// The officer reads the messages and searches the source sheet, which shows the .VnTime
// glyphs as Vietnamese on their screen: a message must quote 'Xán Chỉ', never 'X¸n ChØ'.
describe('a TCVN3 book: messages and reports quote the cells decoded', () => {
  it('in the clean warnings, the rejected errors and errors.xlsx; raw decoded too', async () => {
    const path = await tcvn3Book([
      ['12', '17/06/2010', 'Lý Văn Cường', 'Nam', '12/06/2010', 'Sán Dìu', 'Việt Nam', 'Lý Thị Mai', '1988', 'Xán Chỉ', RESIDENCE],
      ['13', '18/06/2010', 'Vũ Thị Hoa', 'Nữ', 'ngày 30 tháng 2 năm 2010', 'Kinh', 'Việt Nam', 'Vũ Thị Nga', '1989', 'Kinh', RESIDENCE],
      ['Số 47/2005', 'ngày 21 tháng 6 năm 2009', 'Hà Văn Tú', 'Nam', '15/06/2009', 'Kinh', 'Việt Nam', 'Hà Thị Lan', '1990', 'Kinh', RESIDENCE],
    ]);
    const { out } = await runInto({ type: 'birth', districts: ['253'], inputs: [path] });
    const [clean, otherYear] = readJsonl(join(out, '253/birth/clean.jsonl'));
    expect(clean!.warnings).toEqual([{ code: 'ETHNICITY_UNKNOWN', field: 'mother.ethnicityCode', message: 'Dân tộc "Xán Chỉ" không có trong danh mục 54 dân tộc.' }]);
    // The register cells ('Số', 'Ngày đăng ký') too.
    expect(otherYear!.warnings).toMatchObject([
      { code: 'REGISTER_NUMBER_YEAR_MISMATCH', message: expect.stringContaining('"Số 47/2005"') },
      { code: 'DATE_YEAR_NOT_BOOK' },
    ]);

    const [rejected] = readJsonl(join(out, '253/birth/rejected.jsonl'));
    expect(rejected!.errors).toMatchObject([{ code: 'DATE_IMPOSSIBLE', field: 'child.birthDate', value: 'ngày 30 tháng 2 năm 2010', column: 'E' }]);
    expect((rejected!.errors as { message: string }[])[0]!.message).toContain('ngày 30 tháng 2 năm 2010');
    expect((rejected!.raw as Record<string, string>)['Ngày sinh']).toBe('ngày 30 tháng 2 năm 2010');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, '253/birth/errors.xlsx'));
    const detail: unknown[][] = [];
    workbook.getWorksheet('Chi tiết')!.eachRow((row) => detail.push(Array.isArray(row.values) ? row.values.slice(1) : []));
    const line = (code: string): unknown[] | undefined => detail.find((values) => values[1] === code);
    // Message, file, sheet, row, column, 'Giá trị gốc'.
    expect(line('ETHNICITY_UNKNOWN')?.slice(2, 8)).toEqual([expect.stringContaining('"Xán Chỉ"'), 'KS_QuangYen_2010.xlsx', 'KS 2010', 4, 'J', 'Xán Chỉ']);
    expect(line('DATE_IMPOSSIBLE')?.slice(5, 8)).toEqual([5, 'E', 'ngày 30 tháng 2 năm 2010']);
    expect(line('REGISTER_NUMBER_YEAR_MISMATCH')?.slice(5, 8)).toEqual([6, 'A', 'Số 47/2005']);
    expect(line('DATE_YEAR_NOT_BOOK')?.slice(5, 8)).toEqual([6, 'B', 'ngày 21 tháng 6 năm 2009']);
  });

  it("a death book's age column: DATE_AGE_ONLY quotes the age decoded", async () => {
    const header = ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Tuổi', 'Dân tộc', 'Quốc tịch', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết'];
    const path = await tcvn3Book([['5', '10/03/2010', 'Lý Văn Sềnh', 'Nam', 'thọ 85', 'Sán Dìu', 'Việt Nam', RESIDENCE, '08/03/2010', 'Tại nhà']], header, 'SỔ ĐĂNG KÝ KHAI TỬ NĂM 2010', 'KT_QuangYen_2010.xlsx');
    const { out } = await runInto({ type: 'death', districts: ['253'], inputs: [path] });
    const records = [...readJsonl(join(out, '253/death/clean.jsonl')), ...readJsonl(join(out, '253/death/rejected.jsonl'))];
    const findings = records.flatMap((record) => [...((record.errors as { code: string; message: string }[] | undefined) ?? []), ...(record.warnings as { code: string; message: string }[])]);
    expect(findings.find((finding) => finding.code === 'DATE_AGE_ONLY')?.message).toContain('thọ 85');
  });
});
