import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));

/** The row outcomes of a one-sheet book; the header's group labels typed once, not merged. */
async function outcomesOf(file: string, rows: (string | number | null)[][]): Promise<Record<string, any>[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-centred-')), file);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('So');
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  const options = { provinceCode: '26', districtCode: '249', file, options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  const outcomes: Record<string, any>[] = [];
  for await (const event of readRegister(path, options)) if (event.kind === 'row') outcomes.push(event.outcome as Record<string, any>);
  return outcomes;
}

describe("group labels typed once in the middle of their blocks, over a lower row that holds 'STT' | 'Số' | 'Ngày đăng ký'", () => {
  it("gives each parent's columns to that parent in a birth book", async () => {
    const outcomes = await outcomesOf('so-khai-sinh-2016.xlsx', [
      ['UBND XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016'],
      [null, null, null, null, 'Người được khai sinh', null, null, null, 'Mẹ', null, null, 'Cha'],
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Nơi sinh', 'Họ và tên', 'Năm sinh', 'Nơi cư trú', 'Họ và tên', 'Năm sinh', 'Nơi cư trú', 'Ghi chú'],
      [1, 1, '22/01/2016', 'Nguyễn Văn Hùng', '12/01/2016', 'Nam', 'Trạm y tế xã Tam Hợp', 'Trần Thị Mai', 1990, 'Thôn Lập Thạch, xã Tam Hợp', 'Nguyễn Văn Bình', 1988, 'Thôn Lập Thạch, xã Tam Hợp'],
    ]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['clean']);
    const record = outcomes[0]!.record;
    expect(record.child.fullName).toBe('Nguyễn Văn Hùng');
    expect(record.mother).toMatchObject({ fullName: 'Trần Thị Mai', birthYear: '1990' });
    expect(record.father).toMatchObject({ fullName: 'Nguyễn Văn Bình', birthYear: '1988' });
    expect(record.raw).toEqual({});
  });

  it("gives the wife's name to the wife in a marriage book", async () => {
    const outcomes = await outcomesOf('so-ket-hon-2017.xlsx', [
      ['UBND XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2017'],
      [null, null, null, null, 'Bên chồng', null, null, null, 'Bên vợ'],
      ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Nơi cư trú', 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Nơi cư trú', 'Ghi chú'],
      [1, 1, '10/01/2017', 'Nguyễn Văn Thắng', '12/05/1992', 'Kinh', 'Thôn Lập Thạch, xã Tam Hợp', 'Trần Thị Thu Trang', '08/09/1995', 'Kinh', 'Thôn Hưởng Lộc, xã Tam Hợp'],
      [2, 2, '16/01/2017', 'Lê Văn Quyết', '02/02/1990', 'Kinh', 'Thôn Lập Thạch, xã Tam Hợp', 'Phạm Thị Hạnh', '14/11/1993', 'Sán Dìu', 'Thôn Hưởng Lộc, xã Tam Hợp'],
    ]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['clean', 'clean']);
    expect(outcomes.map(({ record }) => [record.husband.fullName, record.wife.fullName])).toEqual([
      ['Nguyễn Văn Thắng', 'Trần Thị Thu Trang'],
      ['Lê Văn Quyết', 'Phạm Thị Hạnh'],
    ]);
    expect(outcomes[1]!.record.wife).toMatchObject({ birthDate: '1993-11-14', ethnicityCode: '17' });
  });
});
