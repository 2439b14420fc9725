/**
 * Books of Catholic communes give a parishioner's baptismal (saint) name before the civil name
 * ('Giuse Nguyễn Văn An', 'Maria Trần Thị Lan'): no part of the họ, chữ đệm, tên (DOMAIN.md §4).
 * Before this, the saint name was read as the family name ('Maria' | 'Trần Thị' | 'Lan'), and a
 * birth's child whose father is a Nguyễn was read back as 'Nguyễn Văn An Giuse'.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';
import { readBook } from '../record-types/read-book.js';

const read = (text: string, foreign = false) => {
  const result = normalizeName(text, { toneStyle: 'as-written', foreign });
  return { name: result.value, codes: result.findings.map((finding) => finding.code), findings: result.findings };
};

describe('a baptismal name before a whole name', () => {
  it.each([
    ['Giuse Nguyễn Văn An', 'Nguyễn Văn An', 'Giuse'],
    ['MARIA TRẦN THỊ LAN', 'Trần Thị Lan', 'MARIA'],
    ['Phêrô Bùi Văn Khánh', 'Bùi Văn Khánh', 'Phêrô'],
    ['Maria Goretti Lê Thị Hương', 'Lê Thị Hương', 'Maria Goretti'],
    ['Gioan Baotixita Phạm Văn Tuấn', 'Phạm Văn Tuấn', 'Gioan Baotixita'],
    ['Anna Lê Thị Hồng Nhung', 'Lê Thị Hồng Nhung', 'Anna'],
    ['Bà Maria Nguyễn Thị Nhàn', 'Nguyễn Thị Nhàn', 'Bà Maria'],
    ['Têrêsa Trần Lan', 'Trần Lan', 'Têrêsa'],
    // Regression testing (session 27): the saint's name in hyphenated syllables, as old parish books write it, and
    // three more names of the calendar.
    ['Giu-se Nguyễn Văn An', 'Nguyễn Văn An', 'Giu-se'],
    ['Phê-rô Trần Văn Hòa', 'Trần Văn Hòa', 'Phê-rô'],
    ['Simôn Đỗ Văn Hòa', 'Đỗ Văn Hòa', 'Simôn'],
    ['Têphanô Trần Văn Hòa', 'Trần Văn Hòa', 'Têphanô'],
    ['Anphongsô Lê Văn Tâm', 'Lê Văn Tâm', 'Anphongsô'],
  ])('%s → %s, noted NAME_HONORIFIC_REMOVED', (typed, fullName, honorific) => {
    const { name, codes, findings } = read(typed);
    expect(name?.fullName).toBe(fullName);
    expect(name?.familyName).toBe(fullName.split(' ')[0]);
    expect(codes).toEqual(['NAME_HONORIFIC_REMOVED']);
    expect(findings[0]?.params?.honorific).toBe(honorific);
  });

  it('comes off a name typed without marks too, which keeps its NAME_NO_DIACRITICS', () => {
    const { name, codes } = read('Phero Nguyen Van Khanh');
    expect(name?.fullName).toBe('Nguyen Van Khanh');
    expect(codes).toEqual(['NAME_HONORIFIC_REMOVED', 'NAME_NO_DIACRITICS']);
  });

  it.each([
    ['Maria Schmidt'], // a foreign name
    ['Anna Nguyễn'], // one word after it: no whole name
    ['Luca Minh'],
    ['Maria Kim Lan'], // Kim: as often a middle name
    ['Nguyễn Thị Anna'], // a given name
    ['Nguyễn Văn Giuse'],
  ])('leaves %s as it reads', (typed) => {
    expect(read(typed).codes).not.toContain('NAME_HONORIFIC_REMOVED');
  });

  it("leaves 'Anna Nguyễn Thị' to the given-name-first reading (Nguyễn Thị Anna)", () => {
    expect(read('Anna Nguyễn Thị').name?.fullName).toBe('Nguyễn Thị Anna');
  });

  it("keeps a foreign national's name whole: it may hold the saint name", () => {
    expect(read('Maria Nguyễn Thị Lan', true).codes).not.toContain('NAME_HONORIFIC_REMOVED');
  });
});

const folder = mkdtempSync(join(tmpdir(), 'hotich-baptismal-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a birth book of a Catholic commune', () => {
  it("reads the child's and the parents' civil names, not the saint name as a given name or a family name", async () => {
    const header = ['Số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha'];
    const book = await readBook(join(folder, 'ks.xlsx'), [
      header,
      [1, '02/04/2016', 'UBND xã Tam Hợp', 'Giuse Nguyễn Văn An', '28/03/2016', 'Nam', 'Kinh', 'Việt Nam', 'Maria Trần Thị Lan', 1990, 'Phêrô Nguyễn Văn Khoa', 1988],
      [2, '02/04/2016', 'UBND xã Tam Hợp', 'Nguyễn Thị Mai', '28/03/2016', 'Nữ', 'Kinh', 'Việt Nam', 'Đỗ Thị Hằng', 1990, 'Nguyễn Văn Giáo', 1988],
    ], { districtCode: '249' });
    const entry = book.clean.get(2);
    expect(entry?.child).toMatchObject({ fullName: 'Nguyễn Văn An', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' });
    expect(entry?.mother?.fullName).toBe('Trần Thị Lan');
    expect(entry?.father?.fullName).toBe('Nguyễn Văn Khoa');
    const codes = (entry?.notes ?? []).map((note: { code: string }) => note.code);
    expect(codes).not.toContain('NAME_ORDER_REVERSED');
    expect(codes.filter((code: string) => code === 'NAME_HONORIFIC_REMOVED')).toHaveLength(3);
    const ordinary = book.clean.get(3);
    expect(ordinary?.warnings ?? []).toEqual([]);
    expect((ordinary?.notes ?? []).map((note: { code: string }) => note.code)).not.toContain('NAME_HONORIFIC_REMOVED');
  });
});
