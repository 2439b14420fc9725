/**
 * A marriage typed with the spouses in each other's columns, names without Văn/Thị: each spouse's
 * 12-digit ID is of the other column's sex and of the birth year typed beside it (Liên Châu 2016
 * No. 20, 'Đỗ Ngọc Ánh' under the husband's headings). Found by testing (s11): the entry was rejected
 * with two ID_SEX_CENTURY_MISMATCH errors; the IDs show the crossing as 'Thị'/'Văn' would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook, type BookRead, type Cell } from './read-book.js';

const HEADER = [
  'Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Quốc tịch chồng', 'Nơi cư trú chồng', 'Số CMND/CCCD chồng',
  'Họ và tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ', 'Quốc tịch vợ', 'Nơi cư trú vợ', 'Số CMND/CCCD vợ',
];
const entry = (number: number, husband: [string, string, string], wife: [string, string, string]): Cell[] => [
  number, `10/11/2016`, 'UBND xã Liên Châu',
  husband[0], husband[1], 'Kinh', 'Việt Nam', 'Thôn Lũng Hạ, xã Liên Châu', husband[2],
  wife[0], wife[1], 'Kinh', 'Việt Nam', 'Thôn Hùng Vỹ, xã Liên Châu', wife[2],
];

describe("spouses typed in each other's columns, told by their IDs", () => {
  let folder: string;
  let read: BookRead;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-spouse-ids-'));
    read = await readBook(join(folder, 'LienChau_KH_2016.xlsx'), [
      HEADER,
      // 2: the wife in the husband's columns and the reverse, each with her or his own birth date and ID.
      entry(20, ['Đỗ Ngọc Ánh', '02/03/1995', '026195004321'], ['Nguyễn Minh Quân', '15/07/1992', '026092008765']),
      // 3: only the husband's ID is a woman's: that ID is wrong.
      entry(21, ['Lê Minh Khôi', '04/04/1993', '026193001212'], ['Phạm Ngọc Hân', '09/09/1996', '026196003434']),
      // 4: both IDs of the other sex, but the names hint at their own columns' sex: the IDs (or the names) are wrong.
      entry(22, ['Trần Văn Toản', '01/01/1990', '026190005656'], ['Nguyễn Thị Lành', '02/02/1994', '026094007878']),
      // 5: both IDs of the other sex, but each of the other column's birth year: no person is typed beside their own ID.
      entry(23, ['Bùi Minh Hiệp', '03/03/1989', '026195001111'], ['Đào Ngọc Huế', '05/05/1995', '026089002222']),
    ], { districtCode: '251' });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads the entry with a warning on each ID, not two ID errors', () => {
    const record = read.clean.get(2);
    expect(read.rejected.get(2)).toBeUndefined();
    expect(record?.husband).toMatchObject({ fullName: 'Đỗ Ngọc Ánh', birthDate: '1995-03-02', personalId: '026195004321' });
    expect(record?.wife).toMatchObject({ fullName: 'Nguyễn Minh Quân', birthDate: '1992-07-15', personalId: '026092008765' });
    expect(record?.warnings.map((warning: { code: string; field: string }) => `${warning.code}@${warning.field}`)).toEqual([
      'MARRIAGE_SPOUSE_ID_SEX@husband.personalId',
      'MARRIAGE_SPOUSE_ID_SEX@wife.personalId',
    ]);
    expect(record?.warnings[0].message).toContain('ở cột bên chồng là của nữ giới (chữ số thứ 4 là 1)');
  });

  it('keeps ID_SEX_CENTURY_MISMATCH for one ID alone against its column', () => {
    expect(read.rejected.get(3)).toEqual([{ code: 'ID_SEX_CENTURY_MISMATCH', field: 'husband.personalId' }]);
  });

  it('keeps both errors when the names hint at their own columns, or the years are the other column’s', () => {
    expect(read.rejected.get(4)).toEqual([
      { code: 'ID_SEX_CENTURY_MISMATCH', field: 'husband.personalId' },
      { code: 'ID_SEX_CENTURY_MISMATCH', field: 'wife.personalId' },
    ]);
    expect(read.rejected.get(5)?.filter((error) => error.code === 'ID_SEX_CENTURY_MISMATCH')).toHaveLength(2);
  });
});
