/**
 * A marriage typed with the husband and wife in each other's columns, with their 12-digit IDs: each ID
 * fits the person typed beside it, not the column's sex. Found by testing (HuongSon_KH_2017 row 6):
 * such an entry was rejected for ID_SEX_CENTURY_MISMATCH on both IDs, and a crossed copy of an entry
 * already typed was rejected instead of merged. The names say the columns are crossed, so the IDs'
 * sex digits may fit either column; their century and year digits are still checked.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

const HEADER =
  'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên chồng;Ngày sinh chồng;Dân tộc chồng;Quốc tịch chồng;Nơi cư trú chồng;Số định danh chồng;' +
  'Họ và tên vợ;Ngày sinh vợ;Dân tộc vợ;Quốc tịch vợ;Nơi cư trú vợ;Số định danh vợ';
const HOME = 'Thôn Đông, xã Hương Sơn';

type Row = Record<string, any>;
let clean: Row[] = [];
let rejected: Row[] = [];
let duplicates: Row[] = [];

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-crossed-'));
  const book = join(folder, 'ket-hon-huong-son-2017.csv');
  const retyped = join(folder, 'ket-hon-huong-son-2017-nhap-lai.csv');
  const write = (path: string, lines: string[]): void => writeFileSync(path, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
  write(book, [
    // Typed crossed: the wife in the husband's columns and the reverse, each with her or his own ID.
    `6;10/02/2017;UBND xã Hương Sơn;Ngô Thị Kim Oanh;12/12/1995;Kinh;Việt Nam;${HOME};026195001111;Đặng Văn Phúc;03/04/1992;Kinh;Việt Nam;${HOME};026092002222`,
    // Typed right: the reference entry of row 8 of the retyped book.
    `7;15/02/2017;UBND xã Hương Sơn;Trần Văn Hải;05/06/1990;Kinh;Việt Nam;${HOME};026090003333;Lê Thị Hồng;07/08/1993;Kinh;Việt Nam;${HOME};026193004444`,
    // Crossed, but the husband column's ID is of a woman born in the 2000s: it fits neither column for a birth in 1994.
    `8;20/02/2017;UBND xã Hương Sơn;Phạm Thị Thu;01/01/1994;Kinh;Việt Nam;${HOME};026394005555;Vũ Văn Nam;02/02/1991;Kinh;Việt Nam;${HOME};026091006666`,
    // Typed right, but the wife's ID is a man's: the names say nothing is crossed, the ID is wrong.
    `9;25/02/2017;UBND xã Hương Sơn;Hoàng Văn Tú;03/03/1989;Kinh;Việt Nam;${HOME};026089007777;Đỗ Thị Mai;04/04/1992;Kinh;Việt Nam;${HOME};026092008888`,
    // The husband's columns hold a woman ('Thị', a woman's ID) and the wife's a woman too (no hint, a woman's
    // ID): crossed or not, one ID is not its holder's — the husband's, against its column.
    `10;28/02/2017;UBND xã Hương Sơn;Nguyễn Thị Thu Thủy;31/10/1994;Kinh;Việt Nam;${HOME};026194001030;Bùi Phương Mai;15/11/1998;Kinh;Việt Nam;${HOME};026198001029`,
    // The same with two men ('Văn' in the wife's columns, a man's ID, and a man's ID in the husband's): the wife's.
    `11;28/02/2017;UBND xã Hương Sơn;Đỗ Minh Khang;02/05/1993;Kinh;Việt Nam;${HOME};026093001031;Trần Văn Hiếu;06/07/1995;Kinh;Việt Nam;${HOME};026095001032`,
    // Crossed names whose IDs fit the columns as typed (one man's, one woman's): no ID error.
    `12;28/02/2017;UBND xã Hương Sơn;Lê Thị Bảo;09/09/1992;Kinh;Việt Nam;${HOME};026092001033;Phan Ngọc Anh;10/10/1996;Kinh;Việt Nam;${HOME};026196001034`,
  ]);
  write(retyped, [
    // Row 7 typed again with the spouses crossed, IDs and all.
    `7;15/02/2017;UBND xã Hương Sơn;Lê Thị Hồng;07/08/1993;Kinh;Việt Nam;${HOME};026193004444;Trần Văn Hải;05/06/1990;Kinh;Việt Nam;${HOME};026090003333`,
  ]);
  const { out } = await runInto({ type: 'marriage', districts: ['249'], inputs: [book, retyped] });
  clean = readJsonl(join(out, '249/marriage/clean.jsonl')) as Row[];
  rejected = readJsonl(join(out, '249/marriage/rejected.jsonl')) as Row[];
  duplicates = readJsonl(join(out, '249/marriage/duplicates.jsonl')) as Row[];
});

/** A record by its file and row (a CSV's header is its row 1). */
const at = (rows: Row[], file: string, row: number): Row | undefined =>
  rows.find((record) => record.provenance.file.endsWith(file) && record.provenance.row === row);

describe('a marriage typed with the spouses crossed, with their personal IDs', () => {
  it('is loaded with both IDs and the crossed-spouse warnings, and no ID error', () => {
    const record = at(clean, '2017.csv', 2);
    expect(record?.husband).toMatchObject({ fullName: 'Ngô Thị Kim Oanh', personalId: '026195001111' });
    expect(record?.wife).toMatchObject({ fullName: 'Đặng Văn Phúc', personalId: '026092002222' });
    expect(record?.warnings.map((warning: Row) => `${warning.code}@${warning.field}`)).toEqual([
      'MARRIAGE_SPOUSE_NAME_SEX@husband.fullName',
      'MARRIAGE_SPOUSE_NAME_SEX@wife.fullName',
    ]);
  });

  it('merges a crossed copy of an entry typed right, instead of rejecting it', () => {
    expect(at(rejected, 'nhap-lai.csv', 2)).toBeUndefined();
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]?.survivor.provenance).toMatchObject({ file: expect.stringMatching(/2017\.csv$/), row: 3 });
    expect(duplicates[0]?.members.map((member: Row) => member.provenance.file)).toEqual([expect.stringMatching(/nhap-lai\.csv$/)]);
  });

  it("still rejects an ID that fits neither column's person, and a wrong sex digit where nothing is crossed", () => {
    expect(at(rejected, '2017.csv', 4)?.errors.map((error: Row) => `${error.code}@${error.field}`)).toEqual(['ID_SEX_CENTURY_MISMATCH@husband.personalId']);
    expect(at(rejected, '2017.csv', 5)?.errors.map((error: Row) => `${error.code}@${error.field}`)).toEqual(['ID_SEX_CENTURY_MISMATCH@wife.personalId']);
  });

  it('rejects crossed names whose IDs are both of one sex, on the ID against its column', () => {
    expect(at(rejected, '2017.csv', 6)?.errors.map((error: Row) => `${error.code}@${error.field}`)).toEqual(['ID_SEX_CENTURY_MISMATCH@husband.personalId']);
    expect(at(rejected, '2017.csv', 6)?.errors[0].message).toContain('nam, sinh năm 1994');
    expect(at(rejected, '2017.csv', 7)?.errors.map((error: Row) => `${error.code}@${error.field}`)).toEqual(['ID_SEX_CENTURY_MISMATCH@wife.personalId']);
    const record = at(clean, '2017.csv', 8);
    expect(record?.husband.personalId).toBe('026092001033');
    expect(record?.warnings.map((warning: Row) => warning.code)).toEqual(['MARRIAGE_SPOUSE_NAME_SEX']);
  });
});
