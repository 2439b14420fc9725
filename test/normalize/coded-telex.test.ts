import { describe, expect, it } from 'vitest';
import { normalizeEthnicity } from '../../src/normalize/codes/ethnicity.js';
import { normalizeNationality } from '../../src/normalize/codes/nationality.js';
import { normalizeSex } from '../../src/normalize/codes/sex.js';
import { telexSpelled } from '../../src/normalize/codes/telex-spelled.js';

// A row typed with the Vietnamese keyboard off: 'Nguyeenx Thij Lan | Nuwx | Tafy | Vieejt Nam'.
const sameList = { sourceList: '2008', targetList: '2008' } as const;

describe('coded cells typed in Telex with the keyboard off', () => {
  it.each([
    ['Nuwx', 'female'],
    ['NUWX', 'female'],
    ['Gasi', 'female'],
    ['gais', 'female'],
    ['Con gasi', 'female'],
  ] as const)('reads sex %j as %s without finding', (cell, sex) => {
    expect(normalizeSex(cell)).toEqual({ value: sex, findings: [] });
  });

  it.each([
    ['Tafy', '02'],
    ['Tayf', '02'],
    ['Thasi', '03'],
    ['Sasn Diuf', '17'],
    ['Muwowngf', '04'],
    ['Nufng', '07'],
    // Telex's doubled o is ô even where 'oong' also spells the rare doubled-o rime (Coóng): Mông
    ['Moong', '08'],
  ])('reads ethnicity %j as %s without finding', (cell, code) => {
    expect(normalizeEthnicity(cell, sameList)).toEqual({ value: code, findings: [] });
  });

  it.each([
    ['Vieejt Nam', 'VN'],
    ['Trung Quoocs', 'CN'],
    ['Hafn Quoocs', 'KR'],
    ['Nhaajt Banr', 'JP'],
    ['Lafo', 'LA'],
    ['Moong Coor', 'MN'],
  ])('reads nationality %j as %s without finding', (cell, iso) => {
    expect(normalizeNationality(cell)).toEqual({ value: iso, findings: [] });
  });

  it('keeps the first reading and its finding when the Telex spelling names nothing', () => {
    // 'Taay' spells Tây (a Westerner), no group: unknown as 'Tây' typed with marks is.
    expect(normalizeEthnicity('Taay', sameList)).toEqual({ value: null, findings: [{ code: 'ETHNICITY_UNKNOWN' }] });
    expect(normalizeEthnicity('Kinhh', sameList).findings.map((finding) => finding.code)).toEqual(['ETHNICITY_UNKNOWN']);
    expect(normalizeSex('Nuwxx').findings.map((finding) => finding.code)).toEqual(['SEX_UNKNOWN']);
    expect(normalizeNationality('Max').findings.map((finding) => finding.code)).toEqual(['NATIONALITY_UNKNOWN']);
  });

  it('spells only text whose every word is a syllable once read, one of them by its keys', () => {
    expect(telexSpelled('Vieejt Nam')).toBe('việt Nam');
    expect(telexSpelled('Kinh')).toBeNull();
    expect(telexSpelled('John Smith')).toBeNull();
    expect(telexSpelled('Nu74')).toBeNull();
  });
});
