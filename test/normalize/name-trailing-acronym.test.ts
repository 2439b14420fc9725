/**
 * An acronym in capitals typed after a whole name without a separator (name-remarks.ts acronymRemark):
 * 'Nguyễn Văn Hùng LS' (liệt sĩ), 'Nguyễn Văn Bình TT' (trưởng thôn). A listed acronym of a title, office or
 * status (no syllable is made without a vowel) is no word of the name: it is split off like a bracketed remark (NAME_REMARK_REMOVED),
 * where before it stayed in the name, recased ('Nguyễn Văn Hùng Ls').
 */
import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeNameInFull } from '../../src/normalize/name/normalize-name.js';
import { normalizeDeclarant } from '../../src/normalize/name/declarant.js';

const asWritten = { toneStyle: 'as-written' } as const;

describe('an acronym typed after a whole name', () => {
  it.each<[string, string, string]>([
    ['Nguyễn Văn Hùng LS', 'Nguyễn Văn Hùng', 'LS'],
    ['Trần Văn Bảy BS', 'Trần Văn Bảy', 'BS'],
    ['Đỗ Văn Hùng TDP', 'Đỗ Văn Hùng', 'TDP'],
    ['Lê Thị Mai CB TT', 'Lê Thị Mai', 'CB TT'],
    // Without marks, after a family name known with or without them: the fast path and the full one alike.
    ['Nguyen Van Hung LS', 'Nguyen Van Hung', 'LS'],
    ['Mai Van Hung GV', 'Mai Van Hung', 'GV'],
    ['Tran Thi Lan CB', 'Tran Thi Lan', 'CB'],
  ])('%s → %s, the acronym kept in the warning', (cell, name, remark) => {
    const result = normalizeName(cell, asWritten);
    expect(result.value?.fullName).toBe(name);
    expect(result.findings).toContainEqual({ code: 'NAME_REMARK_REMOVED', from: cell, to: name, params: { remark } });
    expect(normalizeNameInFull(cell, asWritten)).toEqual(result);
  });

  it.each<[string, string]>([
    ['Nguyễn Văn TH', 'Nguyễn Văn Th'], // a given name cut to initials after Văn: kept (and doubtful)
    ['NGUYỄN VĂN HÙNG LS', 'Nguyễn Văn Hùng Ls'], // all in capitals: the acronym cannot be told apart
    ['Wai Ming NG', 'Wai Ming NG'], // a foreign family name in capitals
    ['Trần Văn Hng', 'Trần Văn Hng'], // a word in mixed case, no acronym
    ['Lim Boon Hock TT', 'Lim Boon Hock Tt'], // no marks and no Vietnamese family name: not told from a foreign name
    // Capitals without a vowel that are no listed acronym: a given name that lost a letter (the Ư of HƯNG in a
    // .VnTimeH run) or initials, kept (and doubtful) rather than dropped.
    ['Nguyễn Thanh HNG', 'Nguyễn Thanh Hng'],
    ['Trần Quốc TRNG', 'Trần Quốc Trng'],
    ['Nguyễn Ngọc ĐT', 'Nguyễn Ngọc Đt'],
  ])('%s keeps its last word', (cell, name) => {
    expect(normalizeName(cell, cell.startsWith('Wai') ? { ...asWritten, foreign: true } : asWritten).value?.fullName).toBe(name);
  });

  it("a declarant's office typed after the name leaves the name clean", () => {
    expect(normalizeDeclarant('Nguyễn Văn Bình TT', asWritten).value?.fullName).toBe('Nguyễn Văn Bình');
  });
});
