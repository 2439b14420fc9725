/**
 * A birth date typed with a two-digit year only guesses its century; the
 * personal ID beside it carries the century (digit 4) and the same two digits
 * (DOMAIN.md §2.1). Found by test/bench/accuracy.ts: a woman born 12/02/1915,
 * dead in 2019, typed '12/2/15' with her ID stored as a number, was read as
 * born in 2015 and rejected for ID_SEX_CENTURY_MISMATCH.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readRegister } from '../../src/run/read-register.js';

const DEATH_HEADER = [
  'STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên người chết', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch',
  'Số định danh cá nhân', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai tử', 'Quan hệ với người chết',
];
const MARRIAGE_HEADER = [
  'STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Quốc tịch chồng', 'Số định danh chồng',
  'Họ và tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ', 'Quốc tịch vợ', 'Số định danh vợ',
];

/** A death entry of xã Vĩnh Thịnh, registered in 2019, of a woman born on the 12th of February of '15. */
const death = (row: number, birth: string, id: number | string | null): (string | number | null)[] => [
  row, row, '01/2019', '2019', 'UBND xã Vĩnh Thịnh', 'NGUYỄN THANH TRANG', 'Nữ', birth, 'Kinh', 'Việt Nam', id,
  'Thôn 8, xã Vĩnh Thịnh, Vĩnh Tường, Vĩnh Phúc', '16122019', 'Tại nhà', 'Già yếu', 'Nguyễn Văn Nam', 'Con',
];

interface Read {
  clean: Map<number, Record<string, any>>;
  rejected: Map<number, { code: string; field: string }[]>;
}

async function readBook(path: string, header: string[], rows: (string | number | null)[][]): Promise<Read> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  const indexes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type, {}));
  const read: Read = { clean: new Map(), rejected: new Map() };
  for await (const event of readRegister(path, { provinceCode: '26', districtCode: '252', file: 'book.xlsx', options: DEFAULT_NORMALIZE_OPTIONS, indexes })) {
    if (event.kind !== 'row') continue;
    if (event.outcome.kind === 'clean') read.clean.set(event.rowNumber, event.outcome.record);
    else read.rejected.set(event.rowNumber, event.outcome.rejected.errors.map(({ code, field }) => ({ code, field })));
  }
  return read;
}

describe('the century of a two-digit birth year and the personal ID', () => {
  let folder: string;
  let deaths: Read;
  let marriages: Read;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-id-century-'));
    deaths = await readBook(join(folder, 'khai-tu.xlsx'), DEATH_HEADER, [
      death(1, '12/2/15', 26115773042), // 026 1 15…: a woman born in 1915, the leading zero lost
      death(2, '12/2/15', null), // no ID: the cause 'Già yếu' tells the century
      death(3, '12/2/15', '026315773042'), // 026 3 15…: born in 2015 (a child's death)
      death(4, '12/2/15', '026116773042'), // year digits 16: the ID and the date disagree
      death(5, '12/2/1915', '026115773042'), // four digits: nothing to guess
    ]);
    marriages = await readBook(join(folder, 'ket-hon.xlsx'), MARRIAGE_HEADER, [
      [1, 7, '01/2019', '05/03/2019', 'UBND xã Vĩnh Thịnh', 'Lê Văn Hùng', '3/8/99', 'Kinh', 'Việt Nam', '026099123456', 'Trần Thị Lan', '4/9/00', 'Kinh', 'Việt Nam', '026300654321'],
    ]);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("takes the ID's century when its year digits agree, and says so in the two-digit-year note", () => {
    expect(deaths.rejected.get(2)).toBeUndefined();
    const record = deaths.clean.get(2);
    expect(record?.deceased.birthDate).toBe('1915-02-12');
    expect(record?.deceased.personalId).toBe('026115773042');
    const note = record?.notes.find((n: { code: string; field: string }) => n.code === 'DATE_TWO_DIGIT_YEAR' && n.field === 'deceased.birthDate');
    expect(note?.to).toBe('1915-02-12');
  });

  it('keeps the latest century when the ID confirms it; without an ID the row decides', () => {
    // No ID, but 'Già yếu': an old woman's death, not a child of 4 (deceased-century.ts).
    expect(deaths.clean.get(3)?.deceased.birthDate).toBe('1915-02-12');
    expect(deaths.clean.get(4)?.deceased.birthDate).toBe('2015-02-12');
    expect(deaths.clean.get(4)?.deceased.personalId).toBe('026315773042');
  });

  it('still rejects an ID whose year digits differ from the date', () => {
    expect(deaths.rejected.get(5)).toEqual([{ code: 'ID_BIRTH_YEAR_MISMATCH', field: 'deceased.personalId' }]);
  });

  it('changes nothing when the year has four digits', () => {
    expect(deaths.clean.get(6)?.deceased.birthDate).toBe('1915-02-12');
  });

  it('reads spouses the same way: two-digit years the ID confirms stay as they are', () => {
    const record = marriages.clean.get(2);
    expect(record?.husband.birthDate).toBe('1999-08-03');
    expect(record?.wife.birthDate).toBe('2000-09-04');
  });
});
