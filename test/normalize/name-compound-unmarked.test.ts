/**
 * A compound family name typed without marks (name-split.ts UNMARKED_COMPOUNDS): 'Ton That Hung' is
 * Tôn Thất Hùng with its marks dropped, split as the marked name is (family name 'Ton That'), kept as
 * written and warned (NAME_NO_DIACRITICS); compounds whose bare letters read otherwise too stay one word.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeNameInFull } from '../../src/normalize/name/normalize-name.js';

const asWritten = { toneStyle: 'as-written' } as const;

describe('a compound family name typed without marks', () => {
  it.each<[string, string, string, string]>([
    // cell, family name, middle name, given name
    ['Ton That Hung', 'Ton That', '', 'Hung'],
    ['Ton That Minh Quan', 'Ton That', 'Minh', 'Quan'],
    ['ton that minh quan', 'Ton That', 'Minh', 'Quan'],
    ['TON NU THU HA', 'Ton Nu', 'Thu', 'Ha'],
    ['Au Duong Thi Lan', 'Au Duong', 'Thi', 'Lan'],
    ['Cong Tang Ton Nu Thu Trang', 'Cong Tang Ton Nu', 'Thu', 'Trang'],
    ['Cong Huyen Ton Nu Bich Ngoc', 'Cong Huyen Ton Nu', 'Bich', 'Ngoc'],
  ])('%s → %s | %s | %s, warned as typed without marks', (cell, familyName, middleName, givenName) => {
    const result = normalizeName(cell, asWritten);
    expect(result.value).toEqual(expect.objectContaining({ familyName, middleName, givenName }));
    expect(result.findings).toEqual([{ code: 'NAME_NO_DIACRITICS' }]);
    expect(normalizeNameInFull(cell, asWritten)).toEqual(result);
  });

  it('splits as the same name typed with its marks does', () => {
    const marked = normalizeName('Tôn Thất Minh Quân', asWritten).value;
    const bare = normalizeName('Ton That Minh Quan', asWritten).value;
    expect([bare?.familyName, bare?.middleName]).toEqual(['Ton That', 'Minh']);
    expect([marked?.familyName, marked?.middleName]).toEqual(['Tôn Thất', 'Minh']);
  });

  it.each<[string, string, string]>([
    // bare letters that read as a common family name and a middle name too: one-word family name
    ['Hoang Phu Cuong', 'Hoang', 'Phu'], // Hoàng Phú Cường far more often than Hoàng Phủ
    ['Nguyen Phuoc Huong', 'Nguyen', 'Phuoc'], // the royal clan only before a generation name, unreadable bare
    ['Tu Ma Lan', 'Tu', 'Ma'], // Từ Mã … as well as Tư Mã
    ['Au Van Duong', 'Au', 'Van'],
    ['Ton Hung', 'Ton', ''], // a given name must follow the compound
    ['Ton That', 'Ton', ''],
  ])('%s keeps a one-word family name', (cell, familyName, middleName) => {
    expect(normalizeName(cell, asWritten).value).toEqual(expect.objectContaining({ familyName, middleName }));
  });

  it('leaves a marked name to the marked compounds', () => {
    expect(normalizeName('Tôn Thất Hùng', asWritten)).toEqual({
      value: { fullName: 'Tôn Thất Hùng', familyName: 'Tôn Thất', middleName: '', givenName: 'Hùng' },
      findings: [],
    });
    // 'Au' without its hat beside marked words is no Âu: one family word, as before.
    expect(normalizeName('Au Dương Thị Lan', asWritten).value?.familyName).toBe('Au');
  });
});
