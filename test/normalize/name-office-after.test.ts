/**
 * An office, a status or a rank typed after the name in lower case, without punctuation ('Nguyễn Văn An
 * trưởng thôn', 'Nguyễn Văn Hùng thương binh', '… đại úy'). Before this, the words were read silently as
 * part of the name ('Nguyễn Văn Hùng Thương Binh'); typed capitalised they are name syllables and stay.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const read = (text: string) => {
  const result = normalizeName(text, { toneStyle: 'as-written' });
  return { fullName: result.value?.fullName, findings: result.findings };
};

describe('an office, status or rank in lower case after a capitalised name', () => {
  it.each([
    ['Nguyễn Văn An trưởng thôn', 'Nguyễn Văn An', 'trưởng thôn'],
    ['Nguyễn Văn Hùng thương binh', 'Nguyễn Văn Hùng', 'thương binh'],
    ['Nguyễn Văn Hùng cựu chiến binh', 'Nguyễn Văn Hùng', 'cựu chiến binh'],
    ['Trần Minh Đức đại úy', 'Trần Minh Đức', 'đại úy'],
    ['Lê Thị Thu đảng viên', 'Lê Thị Thu', 'đảng viên'],
    // regression testing (session 27): the other village offices of the province's books
    ['Nguyễn Văn Hùng trưởng xóm', 'Nguyễn Văn Hùng', 'trưởng xóm'],
    ['Nguyễn Văn An phó thôn', 'Nguyễn Văn An', 'phó thôn'],
  ])('%s → %s, quoted in NAME_REMARK_REMOVED', (typed, fullName, remark) => {
    const { fullName: name, findings } = read(typed);
    expect(name).toBe(fullName);
    expect(findings).toEqual([expect.objectContaining({ code: 'NAME_REMARK_REMOVED', params: { remark } })]);
  });

  it.each([
    ['Nguyễn Văn Thương Binh', 'Nguyễn Văn Thương Binh'],
    ['NGUYỄN VĂN HÙNG THƯƠNG BINH', 'Nguyễn Văn Hùng Thương Binh'],
    ['nguyễn văn hùng thương binh', 'Nguyễn Văn Hùng Thương Binh'],
    ['Nguyễn Văn trung sĩ', 'Nguyễn Văn Trung Sĩ'],
    ['Nguyễn Văn An Trưởng thôn', 'Nguyễn Văn An Trưởng Thôn'],
  ])('leaves %s as a name (its case tells no office)', (typed, fullName) => {
    const { fullName: name, findings } = read(typed);
    expect(name).toBe(fullName);
    expect(findings.map((finding) => finding.code)).not.toContain('NAME_REMARK_REMOVED');
  });

  it("takes a nun's 'Ni cô' off her religious name", () => {
    expect(read('Ni cô Thích Nữ Diệu Hạnh').fullName).toBe('Thích Nữ Diệu Hạnh');
  });
});
