/**
 * Names typed with the Vietnamese keyboard off (raw Telex: 'Nguyeenx Vawn Hungf')
 * and words typed without the space between them ('TrầnVăn Hùng'). Found by the
 * legacy-text tests (P-telex-fused.csv): both loaded clean without a word.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';
import { readTelex, typedInTelex } from '../../src/normalize/name/telex.js';

const codes = (text: string): string[] => normalizeName(text, { toneStyle: 'as-written' }).findings.map((finding) => finding.code);

/** What a typist with the Vietnamese keyboard off types for a word: the letters, the vowel keys, the tone key last. */
const TONE_KEY: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
const VOWEL_KEYS: Record<string, string> = { â: 'aa', ê: 'ee', ô: 'oo', ă: 'aw', ơ: 'ow', ư: 'uw', đ: 'dd', Â: 'Aa', Ê: 'Ee', Ô: 'Oo', Ă: 'Aw', Ơ: 'Ow', Ư: 'Uw', Đ: 'Dd' };
function typedInTelexKeys(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      let tone = '';
      let letters = '';
      for (const char of word.normalize('NFD')) {
        if (TONE_KEY[char] !== undefined) tone = TONE_KEY[char];
        else letters += char;
      }
      return [...letters.normalize('NFC')].map((char) => VOWEL_KEYS[char] ?? char).join('').replace('uwow', 'uow') + tone;
    })
    .join(' ');
}

/** Real names of Vĩnh Phúc's registers (Kinh, Sán Dìu, Cao Lan, Mông, Dao, Tày) and of the catalog fixtures. */
const VIETNAMESE_NAMES = [
  'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Thị Hoa', 'Phạm Minh Tuấn', 'Hoàng Văn Thái', 'Vũ Thị Thu Hà', 'Đỗ Quang Huy',
  'Bùi Thị Hằng', 'Ngô Văn Dũng', 'Dương Thị Mai', 'Đặng Văn Đức', 'Lý Thị Nga', 'Trương Công Minh', 'Phùng Thị Thúy',
  'Kiều Văn Sơn', 'Tạ Thị Quỳnh', 'Lưu Văn Đạt', 'Khổng Thị Mơ', 'Đinh Thu Trang', 'Mai Lan Hà', 'Nguyễn Thị Thủy',
  'Lò Văn Páo', 'Giàng A Páo', 'Hờ A Dìa', 'Sùng Seo Sà', 'Hà Văn Tú', 'Triệu Thị Nguyệt', 'Sầm Văn Tình', 'Diệp Thị Sen',
  'Lâm Văn Phong', 'Quách Văn Long', 'Mẫn Thị Hà', 'Chu Văn Kiên', 'Tô Văn Cường', 'Cao Văn Tuấn', 'Văn Thị Thư',
  'Hứa Văn Đức', 'Vương Văn Khánh', 'Lục Văn Hào', 'Âu Dương Ích', 'Tôn Nữ Thị Minh Châu', 'Lê Thị Ánh', 'Nông Văn Dền',
  'Hoàng A Tư', 'Phan Thanh Bình',
];
/** Names with no mark to type, and foreign spouses' names. */
const OTHER_NAMES = [
  'Ma Kim Linh', 'La Thanh Tam', 'Mai Lan Anh', 'John Smith', 'Park Ji Sung', 'Kim Yoo Jin', 'Lee Min Ho', 'Max Weber', 'Max Lee',
  'Rex Tan', 'Hans Müller', 'Thomas Müller', 'James Bond', 'Chris Evans', 'Louis Martin', 'Wang Wei', 'Zhang Wei', 'Tanaka Yuki',
  'Anna Schmidt', 'Maria Garcia', 'Jean Dupont', 'Lars Eriksson', 'Olga Ivanova', 'Dawn Lee', 'Raj Kumar', 'Lim Boon Kee',
  'Tan Ah Kow', 'Chow Yun Fat', 'Howard Lee', 'Ross Taylor',
];

describe('NAME_TELEX_UNCONVERTED', () => {
  it('flags the names of the legacy-text tests, and converts nothing', () => {
    for (const name of ['Nguyeenx Vawn Hungf', 'Traanf Thij Lan', 'Nguyễn Thị Thuyr', 'Lê Thị Hoaf']) {
      const { value, findings } = normalizeName(name, { toneStyle: 'as-written' });
      expect(findings.map((finding) => finding.code), name).toEqual(['NAME_TELEX_UNCONVERTED']);
      expect(value?.fullName).toBe(name);
    }
  });

  it.each(VIETNAMESE_NAMES.map((name) => [name, typedInTelexKeys(name)]))('%s typed as %s is flagged', (name, typed) => {
    expect(typed).not.toBe(name);
    expect(codes(typed)).toContain('NAME_TELEX_UNCONVERTED');
  });

  it('reads a tone key typed before the final consonant too', () => {
    expect(codes('Nguyễn Văn Hufng')).toEqual(['NAME_TELEX_UNCONVERTED']);
    expect(readTelex('tuaasn')).toEqual({ syllable: 'tuấn', toneKey: true, wKey: false, doubledVowel: true });
  });

  it.each([...VIETNAMESE_NAMES, ...OTHER_NAMES])('leaves %s alone', (name) => {
    expect(codes(name)).not.toContain('NAME_TELEX_UNCONVERTED');
  });

  it('needs a second sign beside a lone tone key, and every word to be Vietnamese or Telex', () => {
    expect(typedInTelex(['Max', 'Tan'])).toBe(false); // 'Mã Tan'? a short foreign name ends in x, s, r
    expect(typedInTelex(['Mai', 'Haf'])).toBe(false);
    expect(typedInTelex(['Mai', 'Lan', 'Haf'])).toBe(true);
    expect(typedInTelex(['Traanf', 'Lan'])).toBe(true); // doubled vowel and tone key in one word
    expect(typedInTelex(['Nguyeenx', 'Vawn', 'Smith'])).toBe(false);
    expect(typedInTelex(['Hungf'])).toBe(false);
  });

  it('replaces NAME_NO_DIACRITICS, which asks for the same re-typing', () => {
    expect(codes('Nguyeenx Van Hungf')).toEqual(['NAME_TELEX_UNCONVERTED']);
    expect(codes('Nguyen Van Hung')).toEqual(['NAME_NO_DIACRITICS']);
  });
});

describe('NAME_WORDS_SEPARATED', () => {
  it.each([
    ['TrầnVăn Hùng', 'Trần Văn Hùng'],
    ['TrầnVăn Long', 'Trần Văn Long'],
    ['Nguyễn ThịThu Hà', 'Nguyễn Thị Thu Hà'],
    ['Lê MaiAnh', 'Lê Mai Anh'],
    ['NguyễnVănAn', 'Nguyễn Văn An'],
  ])('%s → %s, with a note', (typed, fullName) => {
    const { value, findings } = normalizeName(typed, { toneStyle: 'as-written' });
    expect(value?.fullName).toBe(fullName);
    expect(findings).toContainEqual({ code: 'NAME_WORDS_SEPARATED', from: typed, to: fullName });
  });

  it('splits a word only where every part is a Vietnamese syllable', () => {
    for (const [typed, fullName] of [
      ['McDonald Trần', 'Mcdonald Trần'],
      ['Jean LeBlanc', 'Jean Leblanc'],
      ['nGuyễn Văn An', 'Nguyễn Văn An'],
    ]) {
      const { value, findings } = normalizeName(typed!, { toneStyle: 'as-written' });
      expect(value?.fullName).toBe(fullName);
      expect(findings.map((finding) => finding.code)).not.toContain('NAME_WORDS_SEPARATED');
    }
  });
});
