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

// Regression testing (session 27): 'Con nuôi' took 'bà', 'ông' after it for a title of the person's own name, so
// 'Con nuôi bà Lê Thị Hoa' (the adoptive mother's name) read silently as the person's name.
describe("an adopted, own or step child 'of Mr/Mrs X'", () => {
  it.each([
    ['Con nuôi bà Lê Thị Hoa', 'Lê Thị Hoa'],
    ['Con nuôi ông Nguyễn Văn Bình', 'Nguyễn Văn Bình'],
    ['Con nuôi của ông Nguyễn Văn Bình', 'Nguyễn Văn Bình'],
    ['Con riêng ông Trần Văn Ba', 'Trần Văn Ba'],
  ])('%s names a parent: NAME_PARENT_REFERENCE, as for "Con ông …"', (typed, parent) => {
    const { findings } = read(typed);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'NAME_PARENT_REFERENCE', params: { name: parent } }));
  });

  it("leaves 'Con nuôi' before the person's own name a title", () => {
    const { fullName, findings } = read('Con nuôi Nguyễn Văn Bình');
    expect(fullName).toBe('Nguyễn Văn Bình');
    expect(findings.map((finding) => finding.code)).toEqual(['NAME_HONORIFIC_REMOVED']);
  });
});

// Regression testing (session 27): the adoptive parent's own cell, as 'Con nuôi' before the child's name.
describe("'Mẹ nuôi', 'Bố nuôi', 'Cha nuôi' before a whole name", () => {
  it.each([
    ['Mẹ nuôi Nguyễn Thị Lan', 'Nguyễn Thị Lan', 'Mẹ nuôi'],
    ['Bố nuôi Trần Văn Ba', 'Trần Văn Ba', 'Bố nuôi'],
    ['Cha nuôi Lê Văn Tâm', 'Lê Văn Tâm', 'Cha nuôi'],
  ])('%s → %s, a title', (typed, fullName, honorific) => {
    const { fullName: name, findings } = read(typed);
    expect(name).toBe(fullName);
    expect(findings).toEqual([expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', params: { honorific } })]);
  });
});
