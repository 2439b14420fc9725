/**
 * A name typed given name first ('Lan Nguyễn Thị', 'Hải Nguyễn Văn'), as a clerk retyping a
 * book years later did: Thị and Văn seldom end a Vietnamese name (DOMAIN.md §4), so the words
 * are read back as họ, chữ đệm, tên, with a note, unless the first word is a family name (then
 * the given name is Văn); names that merely end in a syllable that may be a given name (Thi,
 * Vân typed 'Van') are left alone.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeNameInFull } from '../../src/normalize/name/normalize-name.js';

const asWritten = { toneStyle: 'as-written' as const };

describe('a name typed given name first', () => {
  it.each<[string, string, string, string, string]>([
    ['Lan Nguyễn Thị', 'Nguyễn Thị Lan', 'Nguyễn', 'Thị', 'Lan'],
    ['Hải Nguyễn Văn', 'Nguyễn Văn Hải', 'Nguyễn', 'Văn', 'Hải'],
    ['Hoà Đặng Thị', 'Đặng Thị Hoà', 'Đặng', 'Thị', 'Hoà'],
    ['Ngọc Lan Trần Thị', 'Trần Thị Ngọc Lan', 'Trần', 'Thị Ngọc', 'Lan'],
    ['LAN NGUYỄN THỊ', 'Nguyễn Thị Lan', 'Nguyễn', 'Thị', 'Lan'],
    ['Lan Nguyen Thi', 'Nguyen Thi Lan', 'Nguyen', 'Thi', 'Lan'],
    ['Sơn Phạm Văn', 'Phạm Văn Sơn', 'Phạm', 'Văn', 'Sơn'],
  ])('%s is read as %s', (typed, fullName, familyName, middleName, givenName) => {
    const { value, findings } = normalizeName(typed, asWritten);
    expect(value).toEqual({ fullName, familyName, middleName, givenName });
    expect(findings).toContainEqual(expect.objectContaining({ code: 'NAME_ORDER_REVERSED', to: fullName }));
    expect(normalizeNameInFull(typed, asWritten)).toEqual(normalizeName(typed, asWritten));
  });

  it('is idempotent: the name read back is read as it is', () => {
    const once = normalizeName('Lan Nguyễn Thị', asWritten).value?.fullName ?? '';
    expect(normalizeName(once, asWritten)).toEqual({ value: { fullName: 'Nguyễn Thị Lan', familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Lan' }, findings: [] });
  });

  it.each([
    'Nguyễn Thị Văn', // a woman's given name Văn after Thị
    'Nguyễn Thị Thi', // the given name Thi
    'Trần Văn', // two words: a name without middle name
    'Tran Le Van', // a double family name and the given name Vân typed without marks
    'Lê Thị Vân',
    'Nguyễn Văn Thị Hà', // Thị not last
    // A family name first: the given name is Văn, the middle name one that is also a family name.
    'Nguyễn Hoàng Văn',
    'Trần Kim Văn',
    'Lê Mai Văn',
    'Hoàng Nguyễn Văn', // either order reads; the typed one is kept
  ])('leaves %s in its order', (typed) => {
    const { value, findings } = normalizeName(typed, asWritten);
    expect(findings.map((finding) => finding.code)).not.toContain('NAME_ORDER_REVERSED');
    expect(value?.familyName).toBe(typed.split(' ')[0]);
  });
});
