/**
 * NAME_PART_MISSING: a name opening or ending with Thị, the women's middle name, lost its family name
 * ('Thị Hoa') or its given name ('Nguyễn Thị'). Found by a blind corpus of Bình Xuyên birth books: such
 * names loaded with Thị as the family or the given name and no word to the officer.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const codes = (text: string): string[] => normalizeName(text, { toneStyle: 'as-written' }).findings.map((finding) => finding.code);

describe('a name opening or ending with Thị', () => {
  it.each(['Thị Hoa', 'Thị Thu Hằng', 'THỊ HẠNH', 'thị lan'])('%s: the family name is missing', (text) => {
    const name = normalizeName(text, { toneStyle: 'as-written' });
    expect(name.findings).toContainEqual(expect.objectContaining({ code: 'NAME_PART_MISSING', params: { position: 'bắt đầu', part: 'họ' } }));
    expect(name.value?.fullName).toBe(text.toLowerCase() === text ? 'Thị Lan' : text === 'THỊ HẠNH' ? 'Thị Hạnh' : text);
  });

  it.each(['Nguyễn Thị', 'Trần Thị', 'Lê Thị '])('%s: the given name is missing', (text) => {
    expect(normalizeName(text.trim(), { toneStyle: 'as-written' }).findings).toContainEqual(
      expect.objectContaining({ code: 'NAME_PART_MISSING', params: { position: 'kết thúc', part: 'tên' } }),
    );
  });

  it.each(['Nguyễn Thị Hoa', 'Văn Tiến Dũng', 'Nguyễn Văn', 'Hà Văn', 'Nguyễn Thi', 'Thi Van Hung', 'Lê Thị Thu', 'Tôn Nữ Thị Lệ', 'Hoa', 'Nguyễn Văn Thị', 'Hà Văn Thị', 'Lê Thị Thị', 'Đỗ Đình Thị'])(
    '%s: no part is missing',
    (text) => {
      expect(codes(text)).not.toContain('NAME_PART_MISSING');
    },
  );
});
