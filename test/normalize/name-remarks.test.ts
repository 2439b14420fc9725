/**
 * Remarks typed in a name cell without brackets (name-remarks.ts): a nickname after a dash,
 * comma, slash or in quotes, a relation or the death after a separator, an alias or the death
 * after a word without punctuation. The entry loads with the name and NAME_REMARK_REMOVED, as
 * 'Phạm Thị Lan (Cò)' always did; two names in one cell stay unreadable.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const asWritten = { toneStyle: 'as-written' } as const;
const codesOf = (text: string): string[] => normalizeName(text, asWritten).findings.map((finding) => finding.code);

describe('a remark after a separator', () => {
  it.each<[string, string, string]>([
    // cell, name, remark
    ['Phạm Thị Lan - Cò', 'Phạm Thị Lan', 'Cò'],
    ['Nguyễn Thị Tám - Tý', 'Nguyễn Thị Tám', 'Tý'],
    ['Nguyễn Văn Tư, Tý', 'Nguyễn Văn Tư', 'Tý'],
    ['Nguyễn Văn Tư / Tý', 'Nguyễn Văn Tư', 'Tý'],
    ['Nguyễn Văn Tư -Tý', 'Nguyễn Văn Tư', 'Tý'],
    ['Trần Văn Thành, liệt sĩ', 'Trần Văn Thành', 'liệt sĩ'],
    ['Nguyễn Văn Tám - đã chết', 'Nguyễn Văn Tám', 'đã chết'],
    ['Nguyễn Văn Tám "Bảy"', 'Nguyễn Văn Tám', 'Bảy'],
    ['Nguyễn Văn Tám \u201cBảy\u201d', 'Nguyễn Văn Tám', 'Bảy'],
    ['Lê Thị Hoa, tức Nụ', 'Lê Thị Hoa', 'tức Nụ'],
    ['NGUYỄN THỊ XUYẾN - VỢ ÔNG TÀI', 'Nguyễn Thị Xuyến', 'VỢ ÔNG TÀI'],
    ['Nguyễn Văn Tư, Tý, liệt sĩ', 'Nguyễn Văn Tư', 'Tý, liệt sĩ'],
  ])('%s → %s', (cell, fullName, remark) => {
    const result = normalizeName(cell, asWritten);
    expect(result.value?.fullName).toBe(fullName);
    // The note's `to` is the cell without the remark, as typed (its letter case is the name's business).
    expect(result.findings).toEqual([{ code: 'NAME_REMARK_REMOVED', from: cell.replace(/[\u201c\u201d]/g, '"'), to: expect.any(String), params: { remark } }]);
    expect(result.findings[0]?.to?.toLowerCase()).toBe(fullName.toLowerCase());
  });

  it('splits the remark before the title comes off', () => {
    const result = normalizeName('Bà Nguyễn Thị Xuyến - vợ ông Tài', asWritten);
    expect(result.value).toEqual({ fullName: 'Nguyễn Thị Xuyến', familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Xuyến' });
    expect(result.findings.map((finding) => [finding.code, finding.params])).toEqual([
      ['NAME_REMARK_REMOVED', { remark: 'vợ ông Tài' }],
      ['NAME_HONORIFIC_REMOVED', { honorific: 'Bà' }],
    ]);
  });

  it('keeps a bracketed remark and one after a separator, in the order typed', () => {
    expect(normalizeName('Nguyễn Văn Tư (Tí) - đã chết', asWritten).findings).toEqual([
      { code: 'NAME_REMARK_REMOVED', from: 'Nguyễn Văn Tư (Tí) - đã chết', to: 'Nguyễn Văn Tư', params: { remark: 'Tí; đã chết' } },
    ]);
  });

  it.each([
    'Nguyễn Văn An, Nguyễn Thị Bình', // two people: the second begins with a surname
    'Nguyễn Văn An - Nguyễn Thị Bình',
    'nguyễn văn an, nguyễn thị bình',
    'Nguyễn Văn An / Hảng A Dế', // a surname not in the list, but a capitalised name
    'Nguyễn - Văn Nam', // a dash inside the name: no whole name before it
  ])('%s stays unreadable', (cell) => {
    expect(codesOf(cell)).toEqual(['NAME_INVALID_CHARACTERS']);
  });

  it('leaves a title before a name alone', () => {
    expect(normalizeName('Cháu bé - Hảng A Dế', asWritten).value?.fullName).toBe('Hảng A Dế');
    expect(normalizeName('Anh/Chị Lê Văn An', asWritten).value?.fullName).toBe('Lê Văn An');
    expect(normalizeName('bà - Lê Thị Hoa', asWritten).value?.fullName).toBe('Lê Thị Hoa');
  });

  it('leaves punctuation at the end to the punctuation note', () => {
    expect(normalizeName('Nguyễn Văn Nam,', asWritten).findings).toEqual([{ code: 'NAME_PUNCTUATION_REMOVED', from: 'Nguyễn Văn Nam,', to: 'Nguyễn Văn Nam' }]);
    expect(normalizeName('"Trần Thị Bé"', asWritten).value?.fullName).toBe('Trần Thị Bé');
  });

  it('does not touch a hyphen inside a name', () => {
    expect(normalizeName('Y-Moan Niê', asWritten)).toEqual({
      value: { fullName: 'Y-Moan Niê', familyName: 'Y-Moan', middleName: '', givenName: 'Niê' },
      findings: [],
    });
  });
});

describe('an alias or the death after the name, without punctuation', () => {
  it.each<[string, string, string, string]>([
    // cell, name, given name, remark
    ['Lê Thị Hoa tức Nụ', 'Lê Thị Hoa', 'Hoa', 'tức Nụ'],
    ['Lê Thị Hoa tức Lê Thị Nụ', 'Lê Thị Hoa', 'Hoa', 'tức Lê Thị Nụ'],
    ['Nguyễn Văn Tư tự Tý', 'Nguyễn Văn Tư', 'Tư', 'tự Tý'],
    ['Trần Văn Ba bí danh Tư', 'Trần Văn Ba', 'Ba', 'bí danh Tư'],
    ['Nguyễn Văn Tám đã chết', 'Nguyễn Văn Tám', 'Tám', 'đã chết'],
    ['Nguyễn Văn Tám đã mất năm 1990', 'Nguyễn Văn Tám', 'Tám', 'đã mất năm 1990'],
    ['LÊ THỊ HOA TỨC NỤ', 'Lê Thị Hoa', 'Hoa', 'TỨC NỤ'],
    ['Lê Thị Hoa Tức Nụ', 'Lê Thị Hoa', 'Hoa', 'Tức Nụ'],
    ['Trần Văn Thành liệt sĩ', 'Trần Văn Thành', 'Thành', 'liệt sĩ'],
  ])('%s → %s', (cell, fullName, givenName, remark) => {
    const result = normalizeName(cell, asWritten);
    expect(result.value?.fullName).toBe(fullName);
    expect(result.value?.givenName).toBe(givenName);
    expect(result.findings).toEqual([{ code: 'NAME_REMARK_REMOVED', from: cell, to: expect.any(String), params: { remark } }]);
    expect(result.findings[0]?.to?.toLowerCase()).toBe(fullName.toLowerCase());
  });

  it.each([
    ['Nguyễn Văn Tự', 'Nguyễn Văn Tự', 'Tự'], // a given name
    ['Nguyễn Tự Lập', 'Nguyễn Tự Lập', 'Lập'], // 'Tự' capitalised: a middle name
    ['NGUYỄN VĂN TỰ LẬP', 'Nguyễn Văn Tự Lập', 'Lập'], // in capitals: cannot be told
    ['Nguyễn Văn Tức', 'Nguyễn Văn Tức', 'Tức'], // nothing after it
    ['Lê Văn Đã', 'Lê Văn Đã', 'Đã'],
    ['Nguyễn Văn Bí', 'Nguyễn Văn Bí', 'Bí'],
    ['Trần Thị Thường', 'Trần Thị Thường', 'Thường'],
    ['Trần Thị Thường Lan', 'Trần Thị Thường Lan', 'Lan'],
    ['Nguyễn Văn Liệt', 'Nguyễn Văn Liệt', 'Liệt'],
  ])('keeps %s whole', (cell, fullName, givenName) => {
    const result = normalizeName(cell, asWritten);
    expect(result.value?.fullName).toBe(fullName);
    expect(result.value?.givenName).toBe(givenName);
    expect(result.findings).toEqual([]);
  });
});

describe('a separator that is a slip inside the name, or a bare one at its end', () => {
  // Before: 'Lê Thị -Hoa' lost its given name into a remark ('Lê Thị'), and 'Trần Văn Hùng/' was
  // rejected for the slash; 'Bùi Văn Sơn, BD Sơn Hà' read 'BD Sơn Hà' as a second person.
  it.each<[string, string]>([
    ['Lê Thị -Hoa', 'Lê Thị Hoa'],
    ['Lê Thị - Hoa', 'Lê Thị Hoa'],
    ['Trần Văn, Bình', 'Trần Văn Bình'],
    ['Trần Văn Hùng/', 'Trần Văn Hùng'],
    ['Trần Văn Hùng /', 'Trần Văn Hùng'],
    ['Trần Văn Hùng\\', 'Trần Văn Hùng'],
    ['/Trần Văn Hùng', 'Trần Văn Hùng'],
    ['Nguyễn Văn. Hùng', 'Nguyễn Văn Hùng'],
    ['Lê Thị. Hoa', 'Lê Thị Hoa'],
  ])('%s → %s, the punctuation noted, nothing taken for a remark', (cell, fullName) => {
    const result = normalizeName(cell, asWritten);
    expect(result.value?.fullName).toBe(fullName);
    expect(result.findings.map((finding) => finding.code)).toEqual(['NAME_PUNCTUATION_REMOVED']);
  });

  it("still splits a remark after the name once the slip is mended ('Lê Thị -Hoa, Bé')", () => {
    const result = normalizeName('Lê Thị -Hoa, Bé', asWritten);
    expect(result.value?.fullName).toBe('Lê Thị Hoa');
    expect(result.findings).toMatchObject([{ code: 'NAME_REMARK_REMOVED', params: { remark: 'Bé' } }]);
  });

  it.each<[string, string]>([
    ['Bùi Văn Sơn, BD Sơn Hà', 'BD Sơn Hà'],
    ['Bùi Văn Sơn, BD: Sơn Hà', 'BD: Sơn Hà'],
    ['Bùi Văn Sơn BD Sơn Hà', 'BD Sơn Hà'],
  ])("%s: 'BD' (bí danh) opens an alias", (cell, remark) => {
    const result = normalizeName(cell, asWritten);
    expect(result.value?.fullName).toBe('Bùi Văn Sơn');
    expect(result.findings).toMatchObject([{ code: 'NAME_REMARK_REMOVED', params: { remark } }]);
  });

  it.each(['Ng. Văn An', 'Trần Th. Hà', 'Đ. Văn An'])('%s: an abbreviation keeps its period and its warning', (cell) => {
    expect(codesOf(cell)).toEqual(['NAME_ABBREVIATED']);
  });

  it('keeps two people in one cell unreadable', () => {
    expect(codesOf('Nguyễn Văn An, Nguyễn Thị Bình')).toEqual(['NAME_INVALID_CHARACTERS']);
  });
});

describe('a separator after Văn or Thị', () => {
  it.each([
    ['Nguyễn Hoàng Văn, ĐKL', 'Nguyễn Hoàng Văn'],
    ['Trần Thị Văn, con thứ hai', 'Trần Thị Văn'],
    ['Nguyễn Văn, sinh đôi', 'Nguyễn Văn'],
  ])('is a remark after a given name Văn when no single name syllable follows it: %s', (typed, fullName) => {
    const read = normalizeName(typed, asWritten);
    expect(read.value?.fullName).toBe(fullName);
    expect(read.findings.map((finding) => finding.code)).toContain('NAME_REMARK_REMOVED');
  });
});

describe("an alias after '@', a bracketed label or a colon, and a former name", () => {
  // Before: '@' made the name unreadable (the entry rejected), '(tên gọi khác) Lâm Cò' kept the alias in the
  // name ('Trần Văn Lâm Lâm Cò'), 'tức: Nụ' and 'tên cũ …' were read as words of the name.
  it.each<[string, string, string]>([
    // cell, name, remark
    ['Trần Văn Ba @ Cò', 'Trần Văn Ba', 'Cò'],
    ['Trần Văn Tiến @Tí', 'Trần Văn Tiến', 'Tí'],
    ['Trần Văn Lâm (tên gọi khác) Lâm Cò', 'Trần Văn Lâm', 'tên gọi khác Lâm Cò'],
    ['Trần Văn Lâm (bí danh): Ba', 'Trần Văn Lâm', 'bí danh Ba'],
    ['Ông Nguyễn Văn Sửu (tên gọi khác) Sửu Đen', 'Nguyễn Văn Sửu', 'tên gọi khác Sửu Đen'],
    ['Trần Văn Lâm tên gọi khác: Lâm Cò', 'Trần Văn Lâm', 'tên gọi khác: Lâm Cò'],
    ['Lê Thị Hoa tức: Nụ', 'Lê Thị Hoa', 'tức: Nụ'],
    ['Trần Văn Hưng tên cũ Trần Văn Tèo', 'Trần Văn Hưng', 'tên cũ Trần Văn Tèo'],
    ['Trần Văn Hưng tên cũ: Trần Văn Tèo', 'Trần Văn Hưng', 'tên cũ: Trần Văn Tèo'],
  ])('%s → %s', (cell, fullName, remark) => {
    const result = normalizeName(cell, asWritten);
    expect(result.value?.fullName).toBe(fullName);
    expect(result.findings.filter((finding) => finding.code === 'NAME_REMARK_REMOVED')).toMatchObject([{ params: { remark } }]);
    expect(codesOf(cell)).not.toContain('NAME_INVALID_CHARACTERS');
  });

  it.each<[string, string]>([
    ['Ông Đỗ Văn Chiến @ Chiến Què', 'Chiến Què'],
    ['Nguyễn Văn An @ Nguyễn Văn Bình', 'Nguyễn Văn Bình'],
  ])('reads what follows an @ as an alias even when it reads as a name: %s', (cell, remark) => {
    expect(normalizeName(cell, asWritten).findings.find((finding) => finding.code === 'NAME_REMARK_REMOVED')?.params).toEqual({ remark });
    expect(codesOf(cell)).not.toContain('NAME_INVALID_CHARACTERS');
  });

  it.each(['Lê Thị H@ng', 'NGUYỄN VĂN TH@NH'])('reads an @ between two letters as a mistyped letter, no alias: %s', (cell) => {
    expect(codesOf(cell)).toEqual(['NAME_INVALID_CHARACTERS']);
  });

  it('leaves a label with no whole name before it, or nothing after it, a bracketed remark', () => {
    expect(normalizeName('Trần Văn Lâm (bí danh)', asWritten).value?.fullName).toBe('Trần Văn Lâm');
    expect(normalizeName('Trần (bí danh) Ba', asWritten).value?.fullName).toBe('Trần Ba');
  });

  it.each(['Nguyễn Văn Tên', 'Lê Thị Cũ', 'Trần Văn Tức'])('keeps %s whole', (cell) => {
    expect(normalizeName(cell, asWritten)).toMatchObject({ value: { fullName: cell }, findings: [] });
  });
});

describe('a comma after a lone family name', () => {
  // Before: 'Nguyễn, Văn Hùng' was unreadable (one word before the comma is no whole name) and the entry rejected.
  it.each<[string, string]>([
    ['Nguyễn, Văn Hùng', 'Nguyễn Văn Hùng'],
    ['Lê, Thị Thu Hà', 'Lê Thị Thu Hà'],
    ['NGUYỄN, VĂN HÙNG', 'Nguyễn Văn Hùng'],
  ])('%s → %s, the comma noted', (cell, fullName) => {
    const read = normalizeName(cell, asWritten);
    expect(read.value?.fullName).toBe(fullName);
    expect(read.findings.map((finding) => finding.code)).toEqual(['NAME_PUNCTUATION_REMOVED']);
  });

  it('still splits a remark after the mended name', () => {
    expect(normalizeName('Nguyễn, Văn Hùng, Tý', asWritten)).toMatchObject({
      value: { fullName: 'Nguyễn Văn Hùng' },
      findings: [{ code: 'NAME_REMARK_REMOVED', params: { remark: 'Tý' } }],
    });
  });

  it.each(['Lan, Nguyễn Thị', 'Hà, Lan', 'Nguyễn, con bà Lan'])('%s stays unreadable', (cell) => {
    expect(codesOf(cell)).toEqual(['NAME_INVALID_CHARACTERS']);
  });

  // A given name that is also a family name (Mai, Hà, Lâm) before the comma: the words after it are the family
  // and middle names, or a whole name; joined they read 'Mai Nguyễn Thị', a name ending in Thị, loaded clean.
  it.each(['Mai, Nguyễn Thị', 'Hà, Nguyễn Văn', 'Lâm, Trần Văn Hải', 'Mai, Trần Thị Hoa', 'Đỗ, Văn Thị'])('%s stays unreadable', (cell) => {
    expect(codesOf(cell)).toEqual(['NAME_INVALID_CHARACTERS']);
  });

  it.each<[string, string]>([
    ['Hà, Văn Nam', 'Hà Văn Nam'],
    ['Nguyễn, Thị Ngọc Ánh', 'Nguyễn Thị Ngọc Ánh'],
    ['Trần, Mai Anh', 'Trần Mai Anh'],
    ['Nguyễn, Lê Minh Khôi', 'Nguyễn Lê Minh Khôi'],
  ])('%s → %s', (cell, fullName) => {
    expect(normalizeName(cell, asWritten).value?.fullName).toBe(fullName);
  });
});
