/**
 * A person's ID card or telephone number typed after their name in the name cell, with a space only
 * ('Đỗ Thị Hằng 026190001234', 'Lê Văn Hùng 0912345678'): the name is whole, the number a remark.
 * Before this, the cell was rejected for the figures (NAME_INVALID_CHARACTERS) and the entry with it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';
import { readBook } from '../record-types/read-book.js';

const read = (text: string) => {
  const result = normalizeName(text, { toneStyle: 'as-written' });
  return { fullName: result.value?.fullName, findings: result.findings };
};

describe('an ID or telephone number after a whole name', () => {
  it.each([
    ['Đỗ Thị Hằng 026190001234', 'Đỗ Thị Hằng', '026190001234'],
    ['Trần Văn Sơn 135000111', 'Trần Văn Sơn', '135000111'],
    ['Lê Văn Hùng 0912345678', 'Lê Văn Hùng', '0912345678'],
    ['Lê Văn Hùng ĐT: 0912 345 678', 'Lê Văn Hùng', 'ĐT: 0912 345 678'],
    ['Lê Thị Hoa CCCD 026190001234', 'Lê Thị Hoa', 'CCCD 026190001234'],
    ['Trần Thị Mai số CMND 135000111', 'Trần Thị Mai', 'số CMND 135000111'],
    ['Nguyễn Văn An 026.190.001.234', 'Nguyễn Văn An', '026.190.001.234'],
  ])('%s → %s, the number quoted in NAME_REMARK_REMOVED', (typed, fullName, remark) => {
    const { fullName: name, findings } = read(typed);
    expect(name).toBe(fullName);
    expect(findings).toEqual([expect.objectContaining({ code: 'NAME_REMARK_REMOVED', params: { remark } })]);
  });

  it.each([
    ['Nguyễn Thị Lan 2'], // a figure of no ID nor telephone
    ['Nguyễn Văn An 12345'],
    ['Nguyễn Văn An 1985'], // a year: the field reader's business (NAME_BIRTH_YEAR_SPLIT)
    ['Nguyễn Văn 0912345678'], // the given name lost
    ['An 026190001234'], // no whole name before it
  ])('leaves %s unreadable', (typed) => {
    expect(read(typed).findings.map((finding) => finding.code)).toContain('NAME_INVALID_CHARACTERS');
  });
});

const folder = mkdtempSync(join(tmpdir(), 'hotich-name-number-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a marriage book with a wife’s ID typed in her name cell', () => {
  it('loads the entry with her name, and a warning quoting the number', async () => {
    const header = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên chồng', 'Ngày sinh chồng', 'Dân tộc chồng', 'Quốc tịch chồng', 'Họ và tên vợ', 'Ngày sinh vợ', 'Dân tộc vợ', 'Quốc tịch vợ'];
    const book = await readBook(join(folder, 'kh.xlsx'), [
      header,
      [6, '07/06/2017', 'UBND xã Quất Lưu', 'Âu Dương Minh Khang', '10/06/1993', 'Kinh', 'Việt Nam', 'Trần Thị Hạnh 026195004321', '08/09/1995', 'Kinh', 'Việt Nam'],
    ], { districtCode: '249' });
    expect(book.rejected.get(2)).toBeUndefined();
    const entry = book.clean.get(2);
    expect(entry?.wife).toMatchObject({ fullName: 'Trần Thị Hạnh', familyName: 'Trần', middleName: 'Thị', givenName: 'Hạnh' });
    expect(entry?.warnings).toContainEqual(expect.objectContaining({ code: 'NAME_REMARK_REMOVED', field: 'wife.fullName' }));
  });
});
