/**
 * A parent's personal ID is no part of the birth registered (Law on Civil Status Art. 14 registers the
 * child): found by testing (s8 dates-ids), a mother's CCCD whose 4th or year digits disagreed with her
 * birth year, or a parent's ID Excel had shown as '2.6217E+10', rejected the whole birth. A parent's ID
 * problem is now a warning — the ID kept, or left empty when its digits are lost — while the child's own
 * ID keeps the error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { severityOf } from '../../src/catalog/catalog.js';
import { readJsonl, runInto } from './run-helpers.js';

const HEADER =
  'Số;Ngày đăng ký;Nơi đăng ký;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Quốc tịch;Số định danh cá nhân;' +
  'Họ và tên mẹ;Năm sinh mẹ;Dân tộc mẹ;Quốc tịch mẹ;Số CMND mẹ;Họ và tên cha;Năm sinh cha;Dân tộc cha;Quốc tịch cha;Số CMND cha';
const child = (number: number, name: string, sex: string, id: string): string =>
  `${number};${10 + number}/03/2019;UBND xã Quất Lưu;${name};0${number}/03/2019;${sex};Kinh;Việt Nam;${id}`;
const parents = (mother: [string, string, string], father: [string, string, string]): string =>
  `${mother[0]};${mother[1]};Kinh;Việt Nam;${mother[2]};${father[0]};${father[1]};Kinh;Việt Nam;${father[2]}`;

type Row = Record<string, any>;
let clean: Row[] = [];
let rejected: Row[] = [];

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-parent-ids-'));
  const path = join(folder, 'khai-sinh-quat-luu-2019.csv');
  const lines = [
    // Row 2: the mother's CCCD has a man's 4th digit (0) for a woman born in 1990.
    `${child(1, 'Nguyễn Văn An', 'Nam', '026219000101')};${parents(['Trần Thị Mai', '1990', '026090001234'], ['Nguyễn Văn Bình', '1988', '026088001235'])}`,
    // Row 3: the father's year digits (91) are not his birth year (1990).
    `${child(2, 'Lê Thị Bình', 'Nữ', '026319000102')};${parents(['Phạm Thị Hoa', '1992', '026192001236'], ['Lê Văn Cường', '1990', '026091001237'])}`,
    // Row 4: the mother's ID exported from a number cell Excel showed rounded.
    `${child(3, 'Đỗ Văn Cường', 'Nam', '')};${parents(['Vũ Thị Lan', '1993', '2.6219E+10'], ['Đỗ Văn Dũng', '1991', ''])}`,
    // Row 5: a two-digit year (the century guessed) whose digits the mother's ID does not have.
    `${child(4, 'Hà Thị Dung', 'Nữ', '')};${parents(['Hà Thị Nga', '93', '026190001238'], ['Hà Văn Hải', '1990', ''])}`,
    // Row 6: the child's own ID is a boy's for a girl: still rejected.
    `${child(5, 'Bùi Thị Em', 'Nữ', '026219000103')};${parents(['Bùi Thị Yến', '1994', ''], ['Bùi Văn Giang', '1992', ''])}`,
    // Row 7: the child's own ID rounded by Excel: still rejected.
    `${child(6, 'Kiều Văn Giáp', 'Nam', '2.6219E+10')};${parents(['Kiều Thị Hằng', '1995', ''], ['Kiều Văn Hưng', '1993', ''])}`,
    // Row 8: the mother's CCCD typed with a letter O for its first zero; row 9: the father's CCCD with a digit typed twice (13 digits).
    `${child(7, 'Lại Thị Hậu', 'Nữ', '')};${parents(['Đinh Thị Hiền', '1990', 'O26190012365'], ['Lại Văn Hà', '1988', ''])}`,
    `${child(8, 'Tô Văn Khải', 'Nam', '')};${parents(['Mai Thị Lụa', '1991', ''], ['Tô Văn Khiêm', '1987', '0260870012345'])}`,
    // Row 10: the child's own ID with a letter O: still rejected.
    `${child(9, 'Chu Văn Lộc', 'Nam', 'O26219000104')};${parents(['Chu Thị Mơ', '1992', ''], ['Chu Văn Nam', '1990', ''])}`,
  ];
  writeFileSync(path, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
  clean = readJsonl(join(out, '249/birth/clean.jsonl')) as Row[];
  rejected = readJsonl(join(out, '249/birth/rejected.jsonl')) as Row[];
});

const at = (rows: Row[], row: number): Row | undefined => rows.find((record) => record.provenance.row === row);
const idWarnings = (record: Row | undefined): string[] =>
  (record?.warnings ?? []).filter((warning: Row) => warning.field.endsWith('.personalId')).map((warning: Row) => `${warning.code}@${warning.field}`);

describe("a problem in a parent's personal ID", () => {
  it('loads the birth with the ID kept and a warning naming the parent, when its digits disagree with the register', () => {
    expect(at(clean, 2)?.mother.personalId).toBe('026090001234');
    expect(idWarnings(at(clean, 2))).toEqual(['ID_PARENT_SEX_CENTURY_MISMATCH@mother.personalId']);
    expect(at(clean, 2)?.warnings[0].message).toBe(
      'Chữ số thứ 4 của số định danh của mẹ là 0, không khớp với thông tin của mẹ ghi trong sổ (nữ, sinh năm 1990; chữ số đúng: 1); vẫn giữ số này.',
    );
    expect(at(clean, 3)?.father.personalId).toBe('026091001237');
    expect(idWarnings(at(clean, 3))).toEqual(['ID_PARENT_BIRTH_YEAR_MISMATCH@father.personalId']);
    expect(at(clean, 3)?.warnings[0].message).toBe('Chữ số thứ 5–6 của số định danh của cha (91) không khớp với năm sinh 1990 của cha ghi trong sổ; vẫn giữ số này.');
    expect(at(clean, 5)?.mother).toMatchObject({ birthYear: '1993', personalId: '026190001238' });
    expect(idWarnings(at(clean, 5))).toEqual(['ID_PARENT_BIRTH_YEAR_MISMATCH@mother.personalId']);
  });

  it('loads the birth with the ID left empty and the cell as typed in the warning, when Excel lost its digits', () => {
    expect(at(clean, 4)?.mother.personalId).toBeNull();
    expect(idWarnings(at(clean, 4))).toEqual(['ID_PARENT_DIGITS_LOST@mother.personalId']);
    expect(at(clean, 4)?.warnings[0].message).toContain('"2.6219E+10"');
    expect(severityOf('ID_PARENT_DIGITS_LOST')).toBe('warning');
  });

  it('loads the birth with the ID left empty and the cell in the warning and in raw, when it is no ID at all', () => {
    expect(at(clean, 8)?.mother.personalId).toBeNull();
    expect(idWarnings(at(clean, 8))).toEqual(['ID_PARENT_MALFORMED@mother.personalId']);
    expect(at(clean, 8)?.warnings[0].message).toBe(
      'Số định danh/CMND của mẹ "O26190012365" không đúng định dạng (ô có 11 chữ số, cần 12 số hoặc CMND 9 số): để trống số định danh của mẹ.',
    );
    expect(at(clean, 8)?.raw['Số CMND mẹ']).toBe('O26190012365');
    expect(at(clean, 9)?.father.personalId).toBeNull();
    expect(idWarnings(at(clean, 9))).toEqual(['ID_PARENT_MALFORMED@father.personalId']);
    expect(severityOf('ID_PARENT_MALFORMED')).toBe('warning');
  });

  it("still rejects the child's own ID", () => {
    expect(at(rejected, 6)?.errors.map((error: Row) => `${error.code}@${error.field}`)).toEqual(['ID_SEX_CENTURY_MISMATCH@child.personalId']);
    expect(at(rejected, 7)?.errors.map((error: Row) => `${error.code}@${error.field}`)).toEqual(['ID_DIGITS_LOST@child.personalId']);
    expect(at(rejected, 10)?.errors.map((error: Row) => `${error.code}@${error.field}`)).toEqual(['ID_MALFORMED@child.personalId']);
    expect(clean).toHaveLength(6);
  });
});
