/**
 * NAME_SPELLING_DOUBTFUL (spelling.ts): in a name typed with Vietnamese marks, a word shaped
 * like a syllable that is none, or a middle name without the marks it always has. Clean
 * names — Kinh, minority, foreign, legacy-decoded — raise nothing.
 */
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { normalizeName, normalizeNameInFull } from '../../src/normalize/name/normalize-name.js';
import { knownSkeletons, flagsOfWord, SYLLABLE } from '../../src/normalize/name/word-flags.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';
import { isVietnameseSyllable } from '../../src/normalize/text/vietnamese-syllable.js';

const asWritten = { toneStyle: 'as-written' } as const;

describe('a doubtful word in a name with marks', () => {
  it.each<[string, string]>([
    // cell, the words named
    ['Trần Thị Hưong', 'Hưong'], // ơ without its horn
    ['Trưong Văn Nam', 'Trưong'],
    ['Nguỳen Văn Long', 'Nguỳen'], // the mark on the wrong letter, ê without its hat
    ['Nguyẽn Văn Long', 'Nguyẽn'],
    ['Nguễn Văn Long', 'Nguễn'], // a letter missing
    ['Nguyễn Văn Hùnh', 'Hùnh'],
    ['Nguyễn Văn Duc', 'Duc'], // a syllable that cannot go without its mark
    ['Nguyen Văn Hùng', 'Nguyen'],
    ['Nguyễn Thi Hằng', 'Thi'], // one mark dropped in a marked name
    ['Lê Thi Nga', 'Thi'],
    ['Nguyễn Van Hùng', 'Van'],
    ['Nguyễn Thi Thu Hằng', 'Thi'],
    ['NGUYỄN THI HẰNG', 'Thi'],
    ['Trần Thị Hưong Nguỳen', 'Hưong, Nguỳen'],
    ['Hoàng Thị Trag', 'Trag'], // the n of -ng lost: g closes no Vietnamese syllable
    ['Phạm Thị Trag', 'Trag'],
    ['HOÀNG THỊ TRAG', 'Trag'],
    ['Lê Văn Thah', 'Thah'], // -nh or -ch lost a letter
    ['Nguyễn Thị Bíh', 'Bíh'],
    ['Trịnh Ngọc Lâmh', 'Lâmh'], // a stray letter after the final
    ['Nguyễn Ngọc Cườg', 'Cườg'],
  ])('%s', (cell, words) => {
    const result = normalizeName(cell, asWritten);
    expect(result.findings).toEqual([{ code: 'NAME_SPELLING_DOUBTFUL', params: { words } }]);
    // The name is kept as typed: which letter was meant is the officer's to say.
    expect(result.value?.fullName.toLowerCase()).toBe(cell.toLowerCase());
  });

  it('names a lone word with a letter only Vietnamese writes', () => {
    expect(normalizeName('Hưong', asWritten).findings).toEqual([{ code: 'NAME_SINGLE_WORD' }, { code: 'NAME_SPELLING_DOUBTFUL', params: { words: 'Hưong' } }]);
  });

  it('is the same answer on the fast path and the full one', () => {
    for (const cell of ['Trần Thị Hưong', 'Nguyễn Thi Hằng', 'Nguyễn Van Hùng', 'Nguỳen Văn Long', 'Lê Thị Hoa', 'Nguyễn Thị Thi']) {
      expect(normalizeName(cell, asWritten)).toEqual(normalizeNameInFull(cell, asWritten));
    }
  });

  it('sits beside the other warnings of the name', () => {
    expect(normalizeName('Nguyễn Thi Hằng (sinh đôi)', asWritten).findings.map((finding) => finding.code)).toEqual(['NAME_REMARK_REMOVED', 'NAME_SPELLING_DOUBTFUL']);
    expect(normalizeName('Nguyễn Van Anh Tuấn Hùng Dũng', asWritten).findings.map((finding) => finding.code)).toEqual(['NAME_TOO_MANY_WORDS', 'NAME_SPELLING_DOUBTFUL']);
  });
});

describe('letter slips that read as foreign words or as syllables', () => {
  it.each<[string, string]>([
    // a final consonant typed twice
    ['Nguyễnn Văn Long', 'Nguyễnn'],
    ['Lê Thị Lann', 'Lann'],
    ['Phạm Văn Đứcc', 'Đứcc'],
    ['Trần Thị Hằngg', 'Hằngg'],
    // the dd Telex types for đ left unconverted in a word whose marks were converted
    ['Ddoàn Văn Hùng', 'Ddoàn'],
    ['Nguyễn Văn Ddức', 'Ddức'],
    ['DDỖ VĂN NAM', 'Ddỗ'],
    // a bare g or h closing a word with marks, whatever the other words
    ['Phan Minh Đứg', 'Đứg'],
    ['Phan Văn Cườg', 'Cườg'],
    ['Hoàg Văn Nam', 'Hoàg'],
    ['Lê Văn Thàh', 'Thàh'],
    // a letter dropped from a very common family name, leaving no syllable Vietnamese writes
    ['Ngyễn Thị Hoa', 'Ngyễn'],
    ['Nguyn Văn Hải', 'Nguyn'],
    ['Phm Thị Lan', 'Phm'],
    ['Hỳnh Văn Tâm', 'Hỳnh'],
    ['NGYỄN THỊ HOA', 'Ngyễn'],
  ])('%s', (cell, words) => {
    const result = normalizeName(cell, asWritten);
    expect(result.findings).toEqual([{ code: 'NAME_SPELLING_DOUBTFUL', params: { words } }]);
    expect(normalizeNameInFull(cell, asWritten)).toEqual(result);
  });

  it.each([
    // one letter short of a common family name, yet a syllable and a name of its own
    'Tần Văn An', 'Hàng Thị Lan', 'Trầm Văn Bình', 'Hoàn Văn Tú', 'Dưng Thị Hoa',
    // the family name's letters elsewhere in the name, the slip's shape in a name without marks
    'Lê Thị Ngyễn', 'Nguyen Van Lann', 'Phan Minh Dug',
  ])('%s raises nothing', (cell) => {
    expect(normalizeName(cell, asWritten).findings.filter((finding) => finding.code === 'NAME_SPELLING_DOUBTFUL')).toEqual([]);
  });

  it("leaves a foreign national's name to the foreign-name path", () => {
    expect(normalizeName('Jenn Ross', { ...asWritten, foreign: true }).findings).toEqual([]);
    expect(normalizeName('Kimm Sung Hoon', { ...asWritten, foreign: true }).findings).toEqual([]);
  });
});

describe('a word with no vowel beside marked syllables', () => {
  it.each<[string, string]>([
    // a vowel lost in typing: every syllable has one
    ['Trần Văn Hng', 'Hng'],
    ['Lê Thị Th', 'Th'],
    ['Nguyễn Vn Hùng', 'Vn'],
    ['Nguyễn Văn Bnh', 'Bnh'],
    ['PHẠM THỊ NHG', 'Nhg'],
    // the ư of a TCVN3 cell stripped (U+00AD) with no other word showing it: 'Lưu Văn Hưng'
    ['Lu Văn Hng', 'Hng'],
  ])('%s', (cell, words) => {
    const result = normalizeName(cell, asWritten);
    expect(result.findings).toEqual([{ code: 'NAME_SPELLING_DOUBTFUL', params: { words } }]);
    expect(result.value?.fullName.toLowerCase()).toBe(cell.toLowerCase());
    expect(normalizeNameInFull(cell, asWritten)).toEqual(result);
  });

  it('is found in a TCVN3 cell decoded without the stripped ư coming back', () => {
    // 'Trần Văn Hưng' typed in .VnTime, its U+00AD removed, pasted into a Times New Roman cell.
    const text = normalizeText({ text: encodeTcvn3('Trần Văn Hưng').replace(/\u00ad/g, ''), font: 'Times New Roman' }).value;
    expect(normalizeName(text, asWritten).findings).toEqual([{ code: 'NAME_SPELLING_DOUBTFUL', params: { words: 'Hng' } }]);
  });

  it.each([
    'Lê Văn B', // an initial: NAME_ABBREVIATED only
    'Nguyen Van Hng', // no marks at all: NAME_NO_DIACRITICS' business
    'Giàng A Páo', 'Y Bih Niê', 'Lục Văn Slấu', // minority syllables all have vowels
  ])('%s raises no spelling warning', (cell) => {
    expect(normalizeName(cell, asWritten).findings.filter((finding) => finding.code === 'NAME_SPELLING_DOUBTFUL')).toEqual([]);
  });
});

/** Clean names as registers of Vĩnh Phúc hold them: no warning at all. */
const CLEAN_NAMES = [
  // Kinh, both tone placements, i/y, rare rimes
  'Nguyễn Văn Hùng', 'Trần Thị Thu Hằng', 'Lê Thị Thuỷ', 'Lê Thị Thủy', 'Phạm Thị Hoà', 'Đỗ Văn Hòa', 'Hoàng Thị Quỳnh',
  'Vũ Thị Khuyên', 'Đặng Văn Nghiêng', 'Bùi Thị Huyền Trang', 'Ngô Văn Khoẻ', 'Dương Thị Mỹ', 'Dương Thị Mĩ', 'Lý Văn Kỳ',
  'Trịnh Thị Ngoãn', 'Kiều Văn Thoại', 'Đào Thị Hường', 'Phùng Văn Quý', 'Phùng Văn Quí', 'Tạ Thị Oanh', 'Chu Văn Uyên',
  'Khổng Văn Ngọ', 'Nguyễn Thị Thi', 'Lê Văn Van', 'Hà Thị Dinh', 'Nguyễn Văn Tự', 'Nguyễn Văn Ất', 'Đinh Văn Gìn',
  'Nguyễn Thị Giặt', 'Lương Văn Khuya', 'Tôn Nữ Thị Hà', 'Công Tằng Tôn Nữ Thị Ngọc Hoa', 'Âu Dương Lân',
  'Nguyễn Lê Minh Khôi', 'Nguyễn Văn A', 'Thi Văn Bình', 'Văn Thị Thư', 'Lê Anh',
  // ethnic minorities (Mông, Dao, Sán Dìu, Cao Lan, Tày, Nùng, Ê Đê)
  'Lý A Páo', 'Sùng A Lử', 'Bàn Văn Sơn', 'Giàng Seo Sử', 'Lò Văn Pẩu', 'Hảng A Dế', 'Vừ A Dính', 'Thào A Dếnh', 'Mùa A Sình',
  'Tẩn Láo Sài', 'Chảo Ông Lở', 'Triệu Tài Vần', 'Lục Văn Slấu', 'Nông Thị Slao', 'Sầm Thị Mẩy', 'Chìu Văn Sài', 'Triệu Thị Mẩy',
  'Lý Thúy Coóng', 'Chìu Tiến Coóng', 'Hoàng Văn Noọng', 'Lục Thị Thoòng', 'Nông Văn Choóng', 'La Mạnh Coóng',
  "H'Hen Niê", 'Y-Moan Niê', 'Ksor Thị Hoa', 'Đinh Thị Kpă',
  // foreign spouses typed in the Vietnamese columns, foreign given names of Vietnamese children
  'John Smith', 'Maria Garcia', 'Kim Ji Yeon', 'Park Ji Sung', 'Hélène Dupont', 'José García', 'Nguyễn Thị Anna', 'Trần Văn Tony',
  'Lê Thị Linda', 'Phạm Kevin', 'Jean-Pierre Dubois', 'Lê Thị Leah', 'Trần Văn Doug', 'Nguyễn Văn Noah', 'Trần Văn Bob',
  // a g or h final beside words that are no syllables either (Ê Đê, Tày): no slip to suspect
  'Y Bih Niê', 'Lục Văn Slấu Hag',
];

describe('clean names', () => {
  it.each(CLEAN_NAMES)('%s raises nothing', (name) => {
    expect(normalizeName(name, asWritten).findings).toEqual([]);
    expect(normalizeName(name.toUpperCase(), asWritten).findings).toEqual([]);
  });

  it('a given name of one consonant is no spelling slip, but an initial (NAME_ABBREVIATED)', () => {
    expect(normalizeName('Lê Văn B', asWritten).findings).toEqual([{ code: 'NAME_ABBREVIATED', params: { abbreviations: 'B' } }]);
  });

  it.each([
    ['Nguyễn Văn Khánh', encodeTcvn3, '.VnTime'],
    ['Trương Thị Hương', encodeTcvn3, '.VnTime'],
    ['Hoàng Văn Hùng', encodeVni, 'VNI-Times'],
    ['Nguyễn Thị Quỳnh Thuỷ', encodeVni, 'VNI-Times'],
  ] as const)('%s typed in a legacy font raises nothing once decoded', (name, encode, font) => {
    const text = normalizeText({ text: encode(name), font }).value;
    expect(normalizeName(text, asWritten)).toEqual({ value: expect.objectContaining({ fullName: name }), findings: [] });
  });
});

describe('the syllables the fast path knows', () => {
  it('are all syllables to the syllable test, in every tone', () => {
    const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    let disagreements = 0;
    for (const { spelling } of knownSkeletons()) {
      for (let at = 0; at < spelling.length; at++) {
        if (!/[aăâeêioôơuưy]/.test(spelling.charAt(at))) continue;
        for (const tone of tones) {
          const word = (spelling.slice(0, at + 1) + tone + spelling.slice(at + 1)).normalize('NFC');
          if (((flagsOfWord(word) & SYLLABLE) !== 0) !== isVietnameseSyllable(word)) disagreements++;
        }
      }
    }
    expect(disagreements).toBe(0);
  });
});
