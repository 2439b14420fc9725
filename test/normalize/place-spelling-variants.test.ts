import { describe, expect, it } from 'vitest';
import { NAME_INDEX } from '../../src/normalize/place/commune-index.js';
import { matchCommune } from '../../src/normalize/place/match-commune.js';

const I_OR_Y = /^(?:b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)[iy]$/;
const canonical = (key: string): string => key.split(' ').map((word) => (I_OR_Y.test(word) ? `${word.slice(0, -1)}i` : word)).join(' ');

describe('matchCommune — i/y spelling variants of a commune name (Mĩ / Mỹ, Lí / Lý, Di / Dy)', () => {
  it.each([
    // typed, source district, registration date, code, the list's name
    ['Xã Trung Mĩ', '249', '2015-03-10', '08938', 'Xã Trung Mỹ'],
    ['UBND xã Trung Mĩ', '249', '2015-03-10', '08938', 'Xã Trung Mỹ'],
    ['xa trung mi', '249', '2015-03-10', '08938', 'Xã Trung Mỹ'],
    ['Xã Lí Nhân', '252', '2012-07-02', '09133', 'Xã Lý Nhân'],
    ['Xã Vũ Dy', '252', '2012-07-02', '09130', 'Xã Vũ Di'],
    ['Vũ Dy - Vĩnh Tường', '252', '2012-07-02', '09130', 'Xã Vũ Di'],
    ['Xã Ngọc Mĩ, huyện Lập Thạch', '246', '2016-01-05', '08767', 'Xã Ngọc Mỹ'],
    ['Xã Bồ Lí', '248', '2016-01-05', '08920', 'Xã Bồ Lý'],
  ])('%s → %s with a note', (text, districtCode, registrationDate, expected, name) => {
    const typed = text.split(/,| - /)[0]?.replace(/^UBND /, '') ?? '';
    expect(matchCommune(text, { districtCode, registrationDate })).toEqual({
      value: { communeCode: expected, districtCode },
      findings: [{ code: 'PLACE_SPELLING_VARIANT_MAPPED', from: typed, to: name, params: { code: expected, name } }],
    });
  });

  it('the spelling the list has needs no note', () => {
    for (const text of ['Xã Trung Mỹ', 'Xã Lý Nhân', 'Xã Vũ Di', 'UBND xã Bồ Lý']) {
      expect(matchCommune(text, { registrationDate: '2015-03-10' }).findings).toEqual([]);
    }
  });

  it('a village part before the commune (Thôn Tây) leaves the commune to match', () => {
    const result = matchCommune('Thôn Tây, xã Trung Mĩ', { districtCode: '249', registrationDate: '2015-03-10' });
    expect(result.value.communeCode).toBe('08938');
    expect(result.findings.map((f) => [f.code, f.from])).toEqual([['PLACE_SPELLING_VARIANT_MAPPED', 'xã Trung Mĩ']]);
  });

  it('a commune merged since is still followed, with both notes', () => {
    // Lý Nhân + An Tường → xã An Nhân on 2025-01-01 (NQ 1287/NQ-UBTVQH15).
    const result = matchCommune('Xã Lí Nhân', { districtCode: '252', registrationDate: '2025-03-01' });
    expect(result.value.communeCode).toBe('09151');
    expect(result.findings.map((f) => f.code)).toEqual(['PLACE_SPELLING_VARIANT_MAPPED', 'PLACE_FORMER_NAME_MAPPED']);
  });

  it.each([
    'Xã Như Thụi', // 'uy' / 'ui' are different rhymes (Thụy), not an i/y spelling
    'Xã Trung Mai',
    'Xã Vũ Đa',
  ])('%s is not a variant of a known name', (text) => {
    expect(matchCommune(text, { registrationDate: '2015-03-10' }).findings.map((f) => f.code)).toEqual(['PLACE_COMMUNE_UNKNOWN']);
  });

  it('no two names of the lists differ only by i/y, so a variant names one name', () => {
    const byCanonical = new Map<string, string[]>();
    for (const key of NAME_INDEX.keys()) byCanonical.set(canonical(key), [...(byCanonical.get(canonical(key)) ?? []), key]);
    expect([...byCanonical.values()].filter((keys) => keys.length > 1)).toEqual([]);
  });
});
