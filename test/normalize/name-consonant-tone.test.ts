import { describe, expect, it } from 'vitest';
import { accentKey, normalizeName, type ToneStyle } from '../../src/normalize/name/normalize-name.js';
import { moveToneOffConsonant } from '../../src/normalize/name/consonant-tone.js';

describe('a tone mark typed on the u of qu or the i of gi (DOMAIN.md §4.1: qu/gi are consonants)', () => {
  it.each<[string, string]>([
    ['Nguyễn Văn Qúy', 'Nguyễn Văn Quý'],
    ['Lê Thị Qùynh', 'Lê Thị Quỳnh'],
    ['Trần Văn Qúi', 'Trần Văn Quí'],
    ['Phạm Qủy', 'Phạm Quỷ'],
    ['Đỗ Thị Gíang', 'Đỗ Thị Giáng'],
    ['Hà Văn Qúôc', 'Hà Văn Quốc'],
    ['Vũ Thị Gìa', 'Vũ Thị Già'],
  ])('%s is %s, with a note', (typed, meant) => {
    const { value, findings } = normalizeName(typed, { toneStyle: 'as-written' });
    expect(value?.fullName).toBe(meant);
    expect(findings).toContainEqual({ code: 'NAME_TONE_MARK_MOVED', from: typed, to: meant });
    expect(findings.map((finding) => finding.code)).not.toContain('NAME_SPELLING_DOUBTFUL');
  });

  it('mends capitals and lower case too, and keeps the given name split', () => {
    expect(normalizeName('NGUYỄN VĂN QÚY', { toneStyle: 'as-written' }).value).toEqual({
      fullName: 'Nguyễn Văn Quý', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Quý',
    });
    expect(normalizeName('đinh thị qùynh', { toneStyle: 'as-written' }).value?.givenName).toBe('Quỳnh');
  });

  it.each<ToneStyle>(['as-written', 'old', 'new'])('is the same name in the %s style, so copies typed Qúy and Quý match', (toneStyle) => {
    const misspelt = normalizeName('Nguyễn Văn Qúy', { toneStyle }).value!;
    const right = normalizeName('Nguyễn Văn Quý', { toneStyle }).value!;
    expect(misspelt).toEqual(right);
    expect(accentKey(misspelt.fullName)).toBe(accentKey('Nguyễn Văn Quý'));
  });

  it.each(['Gìn', 'Gịt', 'Quý', 'Quỳnh', 'Giáp', 'Giữa', 'Quyết', 'Thủy', 'Hòa', 'Qúýt'])('leaves %s as typed', (word) => {
    expect(moveToneOffConsonant(word)).toBe(word);
  });

  it('leaves words not starting with qu or gi alone, and non-strings', () => {
    expect(moveToneOffConsonant('Túy Nguyễn Hùng')).toBe('Túy Nguyễn Hùng');
    expect(Reflect.apply(moveToneOffConsonant, undefined, [42])).toBe(42);
  });
});
