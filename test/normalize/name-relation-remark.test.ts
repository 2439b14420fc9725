/**
 * Who the person is to the entry, typed in their own name cell without punctuation: after the name
 * ('Nguyễn Văn Bình con nuôi', 'Lê Thị Hoa mẹ đẻ') or before it ('Con nuôi Nguyễn Văn Bình'). Before
 * this, the words were read as part of the name ('Nguyễn Văn Bình Con Nuôi', no warning) or half of
 * them taken for a title ('Nuôi Nguyễn Văn Bình').
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';
import { normalizeDeclarant } from '../../src/normalize/name/declarant.js';

const read = (text: string) => {
  const result = normalizeName(text, { toneStyle: 'as-written' });
  return { fullName: result.value?.fullName, findings: result.findings };
};

describe('a relation typed after a whole name', () => {
  it.each([
    ['Nguyễn Văn Bình con nuôi', 'Nguyễn Văn Bình', 'con nuôi'],
    ['Lê Thị Hoa mẹ đẻ', 'Lê Thị Hoa', 'mẹ đẻ'],
    ['Trần Văn Nam bố đẻ', 'Trần Văn Nam', 'bố đẻ'],
    ['NGUYỄN VĂN BÌNH CON NUÔI', 'Nguyễn Văn Bình', 'CON NUÔI'],
    ['Lê Thị Hoa mẹ đẻ của cháu', 'Lê Thị Hoa', 'mẹ đẻ của cháu'],
  ])('%s → %s, quoted in NAME_REMARK_REMOVED', (typed, fullName, remark) => {
    const { fullName: name, findings } = read(typed);
    expect(name).toBe(fullName);
    expect(findings).toEqual([expect.objectContaining({ code: 'NAME_REMARK_REMOVED', params: { remark } })]);
  });

  it.each([['Nguyễn Văn Con'], ['Nguyễn Văn Nuôi'], ['Nguyễn Thị Riêng'], ['Lê Văn Cha'], ['Nguyễn Văn Con Cả'], ['Nguyễn Văn Con Đẻ']])(
    'leaves %s as typed, without a word',
    (typed) => {
      expect(read(typed)).toEqual({ fullName: typed, findings: [] });
    },
  );
});

describe('a relation typed before the name', () => {
  it('comes off whole as a title', () => {
    const { fullName, findings } = read('Con nuôi Nguyễn Văn Bình');
    expect(fullName).toBe('Nguyễn Văn Bình');
    expect(findings).toEqual([expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', params: { honorific: 'Con nuôi' } })]);
  });

  it("stays the declarant's relation", () => {
    expect(normalizeDeclarant('Con nuôi Nguyễn Văn An', { toneStyle: 'as-written' }).value).toEqual({ fullName: 'Nguyễn Văn An', relation: 'Con nuôi' });
    expect(normalizeDeclarant('Lê Thị Hoa mẹ đẻ', { toneStyle: 'as-written' }).value).toEqual({ fullName: 'Lê Thị Hoa', relation: 'Mẹ đẻ' });
  });
});
