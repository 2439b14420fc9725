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
const GROUPS = ['STT', 'Số', 'Ngày đăng ký', 'Người được khai sinh', 'Người được khai sinh', 'Người được khai sinh', 'Người được khai sinh', 'Mẹ', 'Mẹ', 'Mẹ', 'Cha', 'Cha', 'Cha', 'Ghi chú'];
const LABELS = ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Nơi sinh', 'Họ và tên', 'Năm sinh', 'Nơi cư trú', 'Họ và tên', 'Năm sinh', 'Nơi cư trú', 'Ghi chú'];
const ENTRY = [1, 1, '22/01/2016', 'Nguyễn Văn Hùng', '12/01/2016', 'Nam', 'Trạm y tế xã', 'Trần Thị Mai', 1990, 'Thôn Lập Thạch', 'Nguyễn Văn Bình', 1988, 'Thôn Lập Thạch'];

/** The registration of the one entry of a book whose title lines sit right above a two-level header. */
async function registrationOf(titles: (string | null)[][]): Promise<Record<string, unknown>> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-titles-')), 'so-khai-sinh.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KS');
  for (const title of titles) sheet.addRow(title);
  sheet.addRow(GROUPS);
  sheet.addRow(LABELS);
  sheet.addRow(ENTRY);
  const top = titles.length + 1;
  for (const range of [`D${top}:G${top}`, `H${top}:J${top}`, `K${top}:M${top}`, `A${top}:A${top + 1}`, `B${top}:B${top + 1}`, `C${top}:C${top + 1}`, `N${top}:N${top + 1}`]) sheet.mergeCells(range);
  await workbook.xlsx.writeFile(path);
  const options = { provinceCode: '26', districtCode: '249', file: 'so-khai-sinh.xlsx', options: DEFAULT_NORMALIZE_OPTIONS, indexes };
  for await (const event of readRegister(path, options)) {
    if (event.kind === 'row' && event.outcome.kind === 'clean') return event.outcome.record.registration as Record<string, unknown>;
  }
  throw new Error('no clean entry');
}

describe('title lines right above a two-level header', () => {
  it('still give the book number and the commune when the header search takes the line above it in', async () => {
    expect(await registrationOf([['UBND HUYỆN BÌNH XUYÊN'], [null, null, null, 'Quyển số: 03/2016'], [null, null, null, 'Xã Thiện Kế']])).toMatchObject({
      communeCode: '08947',
      book: '03/2016',
    });
    expect(await registrationOf([['UBND XÃ TAM HỢP'], [], [null, null, null, 'SỔ ĐĂNG KÝ KHAI SINH', null, null, null, 'Quyển số: 02/2016']])).toMatchObject({
      communeCode: '08953',
      book: '02/2016',
    });
  });
});
