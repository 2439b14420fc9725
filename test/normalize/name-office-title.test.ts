/**
 * An office, a degree or a priest's title typed before a person's own name ('Trưởng thôn Phùng Văn Hải'
 * as a deceased, 'Giáo sư Nguyễn Văn Đạo', 'Linh mục Giuse Nguyễn Văn An'). Before this, the words were
 * read silently as the family and middle names ('Trưởng' | 'Thôn Phùng Văn' | 'Hải').
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';
import { normalizeDeclarant } from '../../src/normalize/name/declarant.js';

const read = (text: string) => {
  const result = normalizeName(text, { toneStyle: 'as-written' });
  return { name: result.value, findings: result.findings };
};

describe('an office or degree before a whole name', () => {
  it.each([
    ['Trưởng thôn Phùng Văn Hải', 'Phùng Văn Hải', 'Trưởng thôn'],
    ['TRƯỞNG THÔN NGUYỄN VĂN HẢI', 'Nguyễn Văn Hải', 'TRƯỞNG THÔN'],
    ['Giáo sư Nguyễn Văn Đạo', 'Nguyễn Văn Đạo', 'Giáo sư'],
    ['Phó giáo sư Trần Thị Lan', 'Trần Thị Lan', 'Phó giáo sư'],
    ['Kỹ sư Lê Văn Hùng', 'Lê Văn Hùng', 'Kỹ sư'],
    ['Tiến sĩ Trần Văn Bình', 'Trần Văn Bình', 'Tiến sĩ'],
    ['Nghệ nhân Lê Thị Hoa', 'Lê Thị Hoa', 'Nghệ nhân'],
    ['Thầy Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Thầy'],
    ['Linh mục Giuse Nguyễn Văn An', 'Nguyễn Văn An', 'Linh mục Giuse'],
    // regression testing (session 27): the other village offices
    ['Trưởng xóm Phùng Văn Hải', 'Phùng Văn Hải', 'Trưởng xóm'],
    ['Phó thôn Lê Văn Tâm', 'Lê Văn Tâm', 'Phó thôn'],
  ])('%s → %s, noted NAME_HONORIFIC_REMOVED', (typed, fullName, honorific) => {
    const { name, findings } = read(typed);
    expect(name?.fullName).toBe(fullName);
    expect(name?.familyName).toBe(fullName.split(' ')[0]);
    expect(findings).toEqual([expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', params: { honorific } })]);
  });

  // Regression testing (session 27): a monk is 'Thầy' before his religious name too, whose Thích is on no family-name list.
  it.each([
    ['Thầy Thích Minh Tuệ', 'Thích Minh Tuệ'],
    ['THẦY THÍCH THANH TỨ', 'Thích Thanh Tứ'],
  ])("%s → %s: 'Thầy' before a monk's religious name comes off", (typed, fullName) => {
    const { name, findings } = read(typed);
    expect(name?.fullName).toBe(fullName);
    expect(findings.map((finding) => finding.code)).toEqual(['NAME_HONORIFIC_REMOVED']);
  });

  it.each([['Thầy Minh Tuấn'], ['Kỹ Sư'], ['Nguyễn Văn Thầy'], ['Phùng Văn Trưởng'], ['Thầy Thích Nữ'], ['Ông Thích Minh Tuệ'], ['Phó Đức Thôn'], ['Phó Văn Thôn']])('leaves %s as it reads', (typed) => {
    expect(read(typed).findings.map((finding) => finding.code)).not.toContain('NAME_HONORIFIC_REMOVED');
  });

  it("keeps the declarant's office as the relation", () => {
    expect(normalizeDeclarant('Trưởng thôn Phùng Văn Hải', { toneStyle: 'as-written' }).value).toEqual({ fullName: 'Phùng Văn Hải', relation: 'Trưởng thôn' });
    expect(normalizeDeclarant('Trưởng thôn Đồng Tâm', { toneStyle: 'as-written' }).value).toEqual({ fullName: null, relation: 'Trưởng thôn Đồng Tâm' });
  });
});
