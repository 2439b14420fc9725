import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeNameInFull, type PersonName } from '../../src/normalize/name/normalize-name.js';

const asWritten = { toneStyle: 'as-written' } as const;
const codesOf = (text: string): string[] => normalizeName(text, asWritten).findings.map((finding) => finding.code);
const valueOf = (text: string): PersonName | null => normalizeName(text, asWritten).value;

describe('normalizeName: case and split', () => {
  it.each<[string, string, string, string, string]>([
    // input, fullName, family, middle, given
    ['NGUYỄN VĂN ĐỨC', 'Nguyễn Văn Đức', 'Nguyễn', 'Văn', 'Đức'],
    ['nguyễn thị ngọc ánh', 'Nguyễn Thị Ngọc Ánh', 'Nguyễn', 'Thị Ngọc', 'Ánh'],
    ['Phạm Thị Ngọc ánh', 'Phạm Thị Ngọc Ánh', 'Phạm', 'Thị Ngọc', 'Ánh'], // TCVN3 lower-case toned capital
    ['ĐỖ ƯNG HÒA', 'Đỗ Ưng Hòa', 'Đỗ', 'Ưng', 'Hòa'],
    ['đặng thị ư', 'Đặng Thị Ư', 'Đặng', 'Thị', 'Ư'],
    ['Trần   Thị  Lan', 'Trần Thị Lan', 'Trần', 'Thị', 'Lan'],
    ['Lê Anh', 'Lê Anh', 'Lê', '', 'Anh'],
    ['Nguyễn Thị Kim Ngọc Ánh', 'Nguyễn Thị Kim Ngọc Ánh', 'Nguyễn', 'Thị Kim Ngọc', 'Ánh'],
    ['Lý A Páo', 'Lý A Páo', 'Lý', 'A', 'Páo'],
    ['TRIỆU THỊ MẨY', 'Triệu Thị Mẩy', 'Triệu', 'Thị', 'Mẩy'],
    ['Giàng Seo Sử', 'Giàng Seo Sử', 'Giàng', 'Seo', 'Sử'],
    ['Nguyễn Lê Minh Khôi', 'Nguyễn Lê Minh Khôi', 'Nguyễn', 'Lê Minh', 'Khôi'],
    // compound family names (DOMAIN.md §4)
    ['Tôn Thất Thuyết', 'Tôn Thất Thuyết', 'Tôn Thất', '', 'Thuyết'],
    ['TÔN NỮ THỊ HÀ', 'Tôn Nữ Thị Hà', 'Tôn Nữ', 'Thị', 'Hà'],
    ['Công Tằng Tôn Nữ Thị Ngọc Hoa', 'Công Tằng Tôn Nữ Thị Ngọc Hoa', 'Công Tằng Tôn Nữ', 'Thị Ngọc', 'Hoa'],
    ['Âu Dương Lân', 'Âu Dương Lân', 'Âu Dương', '', 'Lân'],
    ['Âu Dương', 'Âu Dương', 'Âu', '', 'Dương'], // a given name must follow the compound
    ['Tôn Đức Thắng', 'Tôn Đức Thắng', 'Tôn', 'Đức', 'Thắng'],
    ['Hoàng Phủ Minh Tuấn', 'Hoàng Phủ Minh Tuấn', 'Hoàng Phủ', 'Minh', 'Tuấn'],
    ['HOÀNG PHỦ NGỌC TƯỜNG', 'Hoàng Phủ Ngọc Tường', 'Hoàng Phủ', 'Ngọc', 'Tường'],
    ['Hoàng Phủ', 'Hoàng Phủ', 'Hoàng', '', 'Phủ'], // a given name must follow the compound
    ['Hoàng Phú Minh', 'Hoàng Phú Minh', 'Hoàng', 'Phú', 'Minh'], // Phú is a middle name, not Phủ
    ['Hoàng Văn Phủ', 'Hoàng Văn Phủ', 'Hoàng', 'Văn', 'Phủ'],
    ['Công Tôn Văn Thắng', 'Công Tôn Văn Thắng', 'Công Tôn', 'Văn', 'Thắng'],
    ['Công Tôn Nữ Thị Hà', 'Công Tôn Nữ Thị Hà', 'Công Tôn Nữ', 'Thị', 'Hà'], // the longer compound first
    ['Công Văn Phượng', 'Công Văn Phượng', 'Công', 'Văn', 'Phượng'],
    // Hoa families' two-syllable family names; before: family 'Tư', middle 'Mã Văn'
    ['Tư Mã Văn Ý', 'Tư Mã Văn Ý', 'Tư Mã', 'Văn', 'Ý'],
    ['THƯỢNG QUAN THỊ HÀ', 'Thượng Quan Thị Hà', 'Thượng Quan', 'Thị', 'Hà'],
    ['Gia Cát Minh', 'Gia Cát Minh', 'Gia Cát', '', 'Minh'],
    ['Nguyễn Văn Tư', 'Nguyễn Văn Tư', 'Nguyễn', 'Văn', 'Tư'],
    ['Bà Tư', 'Bà Tư', 'Bà', '', 'Tư'], // 'Tư' alone is a given name: the title stays, as before
    // the royal clan before a generation name of the đế hệ thi; otherwise Phước is a middle name
    ['Nguyễn Phước Bửu Chánh', 'Nguyễn Phước Bửu Chánh', 'Nguyễn Phước', 'Bửu', 'Chánh'],
    ['NGUYỄN PHÚC ƯNG SAN', 'Nguyễn Phúc Ưng San', 'Nguyễn Phúc', 'Ưng', 'San'],
    // Vĩnh, Bảo, Hồng, Quý, Định are generation words too, but common middle names
    ['NGUYỄN PHÚC VĨNH SAN', 'Nguyễn Phúc Vĩnh San', 'Nguyễn', 'Phúc Vĩnh', 'San'],
    ['Nguyễn Phúc Bảo Ngọc', 'Nguyễn Phúc Bảo Ngọc', 'Nguyễn', 'Phúc Bảo', 'Ngọc'],
    ['Nguyễn Phước Lộc', 'Nguyễn Phước Lộc', 'Nguyễn', 'Phước', 'Lộc'],
    ['Nguyễn Phước Minh Anh', 'Nguyễn Phước Minh Anh', 'Nguyễn', 'Phước Minh', 'Anh'],
    ['Nguyễn Phước Bảo', 'Nguyễn Phước Bảo', 'Nguyễn', 'Phước', 'Bảo'], // a given name must follow
    ["h'hen niê", "H'Hen Niê", "H'Hen", '', 'Niê'],
  ])('%s', (input, fullName, familyName, middleName, givenName) => {
    const result = normalizeName(input, asWritten);
    expect(result.value).toEqual({ fullName, familyName, middleName, givenName });
    expect(result.findings).toEqual([]);
  });

  it('blank input gives null and no finding', () => {
    expect(normalizeName('', asWritten)).toEqual({ value: null, findings: [] });
    expect(normalizeName('   \u00a0 ', asWritten)).toEqual({ value: null, findings: [] });
  });

  it('a one-word name is a given name only, with a warning', () => {
    expect(normalizeName('TÙNG', asWritten)).toEqual({
      value: { fullName: 'Tùng', familyName: '', middleName: '', givenName: 'Tùng' },
      findings: [{ code: 'NAME_SINGLE_WORD' }],
    });
    expect(valueOf("o'neil")?.fullName).toBe("O'Neil");
  });

  it('flags two names typed into one cell', () => {
    expect(codesOf('Nguyễn Văn An Nguyễn Thị Bình')).toEqual(['NAME_TOO_MANY_WORDS']);
    expect(codesOf('Nguyễn Văn An, Nguyễn Thị Bình')).toEqual(['NAME_INVALID_CHARACTERS']);
    expect(codesOf('Nguyễn Văn An - Nguyễn Thị Bình')).toEqual(['NAME_INVALID_CHARACTERS']);
  });
});

describe('normalizeName: honorific and kinship prefixes', () => {
  it("keeps a role word typed without a colon or dash: it may say whose relative the person is ('Vợ ông …')", () => {
    const result = normalizeName('Vợ ông Nguyễn Văn An', asWritten);
    expect(result.findings).not.toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', params: { honorific: 'Vợ' } }));
  });

  it.each<[string, string, string]>([
    ['Cháu Nguyễn Văn An', 'Nguyễn Văn An', 'Cháu'],
    ['Cháu: Nguyễn Văn An', 'Nguyễn Văn An', 'Cháu'],
    ['CHÁU BÉ: NGUYỄN VĂN AN', 'Nguyễn Văn An', 'CHÁU BÉ'],
    ['Bé gái Trần Thị Mai', 'Trần Thị Mai', 'Bé gái'],
    ['bà - Lê Thị Hoa', 'Lê Thị Hoa', 'bà'],
    ['BÀ LÊ THỊ HOA', 'Lê Thị Hoa', 'BÀ'],
    ['Ông Nguyễn Văn Tư', 'Nguyễn Văn Tư', 'Ông'],
    ['Ông Lam Văn Quảng', 'Lam Văn Quảng', 'Ông'], // Lam: a Sán Dìu family name written without marks
    ['Ông Ung Văn Khiêm', 'Ung Văn Khiêm', 'Ông'],
    ['ông: Văn Dũng', 'Văn Dũng', 'ông'],
    ['Cụ Đỗ Văn Chắt', 'Đỗ Văn Chắt', 'Cụ'],
    ['Anh Phùng Văn Hải', 'Phùng Văn Hải', 'Anh'],
    ['Em Hoàng Thị Thủy', 'Hoàng Thị Thủy', 'Em'],
    ['Cháu Hảng A Dế', 'Hảng A Dế', 'Cháu'], // surname not in the list, but a full name follows
    ['Bà cụ Nguyễn Thị Tý', 'Nguyễn Thị Tý', 'Bà cụ'],
    ['Liệt sĩ Nguyễn Văn Thành', 'Nguyễn Văn Thành', 'Liệt sĩ'],
    ['LIỆT SỸ TRẦN VĂN BẢY', 'Trần Văn Bảy', 'LIỆT SỸ'],
    ['LS. Trần Văn Bảy', 'Trần Văn Bảy', 'LS'],
    ['L/S Hoàng Văn Khánh', 'Hoàng Văn Khánh', 'L/S'],
    ['l/s: Hoàng Văn Khánh', 'Hoàng Văn Khánh', 'l/s'],
    // 'the late …', Ông and Bà cut short, a child, an occupation, a form's either-or (death and birth books)
    ['Cố Nguyễn Văn Em', 'Nguyễn Văn Em', 'Cố'],
    ['Cố Lê Văn Thành', 'Lê Văn Thành', 'Cố'],
    ['Ô. Trần Văn Cần', 'Trần Văn Cần', 'Ô'],
    ['Ô Trần Văn Cần', 'Trần Văn Cần', 'Ô'],
    ['Ô: Trần Văn Cần', 'Trần Văn Cần', 'Ô'],
    ['B. Lê Thị Dậu', 'Lê Thị Dậu', 'B'],
    ['B: Lê Thị Dậu', 'Lê Thị Dậu', 'B'],
    // Cut short with a dot before a two-word name led by a family name as common as a middle name.
    ['Ô. Hoàng Toàn', 'Hoàng Toàn', 'Ô'],
    ['Ô. Phương Nam', 'Phương Nam', 'Ô'],
    ['B. Hoàng Lan', 'Hoàng Lan', 'B'],
    ['B. Nguyễn Thị Lan', 'Nguyễn Thị Lan', 'B'],
    ['Trẻ Lê Thị Hạnh', 'Lê Thị Hạnh', 'Trẻ'],
    ['Trẻ sơ sinh Lê Văn An', 'Lê Văn An', 'Trẻ sơ sinh'],
    ['Bác sĩ Nguyễn Văn An', 'Nguyễn Văn An', 'Bác sĩ'],
    ['Anh/Chị Lê Văn An', 'Lê Văn An', 'Anh/Chị'],
    ['Ông/Bà Trần Thị Hoa', 'Trần Thị Hoa', 'Ông/Bà'],
    // a deceased named as the declarant calls them (death books): kinship titles of two words, and Mẹ, Bố, Cha
    ['Bà nội Nguyễn Thị Xuân', 'Nguyễn Thị Xuân', 'Bà nội'],
    ['Ông ngoại Trần Văn Yên', 'Trần Văn Yên', 'Ông ngoại'],
    ['Mẹ đẻ Đỗ Thị Mai', 'Đỗ Thị Mai', 'Mẹ đẻ'],
    ['Mẹ Lê Thị Hạ', 'Lê Thị Hạ', 'Mẹ'],
    ['Bố Nguyễn Văn Thu', 'Nguyễn Văn Thu', 'Bố'],
    ['Cha: Phạm Văn Đông', 'Phạm Văn Đông', 'Cha'],
    // the person's role typed as a label, with a colon or dash (a marriage book's 'Chồng:' / 'Vợ:', a parent's 'Mẹ:')
    ['Chồng: Kiều Văn Lộc', 'Kiều Văn Lộc', 'Chồng'],
    ['Vợ - Chu Thị Lan', 'Chu Thị Lan', 'Vợ'],
    ['BÊN VỢ: TRẦN THỊ BÌNH', 'Trần Thị Bình', 'BÊN VỢ'],
    ['Mẹ: Trần Thị Cúc', 'Trần Thị Cúc', 'Mẹ'],
    ['Cha: Nguyễn Văn Bình', 'Nguyễn Văn Bình', 'Cha'],
  ])('%s → %s', (input, fullName, honorific) => {
    const result = normalizeName(input, asWritten);
    expect(result.value?.fullName).toBe(fullName);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', params: { honorific } }));
  });

  it("keeps 'Cha' before a name no known family name leads: a Korean family name ('Cha Eun Woo')", () => {
    const result = normalizeName('Cha Eun Woo', asWritten);
    expect(result.value?.fullName).toBe('Cha Eun Woo');
    expect(result.findings.map((finding) => finding.code)).not.toContain('NAME_HONORIFIC_REMOVED');
  });

  it("keeps a one-word title before Văn or Thị as the family name, flagged: no name starts with them ('Bé Thị Lan': Bế)", () => {
    for (const [typed, familyName] of [['Bé Thị Lan', 'Bé'], ['Cháu Văn An', 'Cháu'], ['Em Thị Hoa', 'Em']] as const) {
      const result = normalizeName(typed, asWritten);
      expect(result.value).toMatchObject({ fullName: typed, familyName, middleName: typed.split(' ')[1], givenName: typed.split(' ')[2] });
      expect(result.findings).toEqual([{ code: 'NAME_SPELLING_DOUBTFUL', params: { words: familyName } }]);
    }
    // Before a whole name, or with a colon, the title still comes off.
    expect(normalizeName('Bé Nguyễn Thị Lan', asWritten).value?.familyName).toBe('Nguyễn');
    expect(normalizeName('Bé: Thị Lan', asWritten).value?.fullName).toBe('Thị Lan');
  });

  it("keeps Anh, Bé, Em before a name typed given name first: they start given names too ('Anh Thư Nguyễn')", () => {
    // Before: 'Thư Nguyễn', the given name's first word lost as a title.
    for (const typed of ['Anh Thư Nguyễn', 'Bé Thu Hà Nguyễn', 'Em Linh Trần']) {
      const result = normalizeName(typed, asWritten);
      expect(result.value?.fullName).toBe(typed);
      // Kept as typed, its first word reads as a family name that is none: the officer is told (not silently loaded).
      expect(result.findings.map((finding) => finding.code)).toEqual(['NAME_SPELLING_DOUBTFUL']);
    }
    // Titles that start no given name still come off, and so do these before a family name.
    expect(normalizeName('Bà Lan Nguyễn', asWritten).value?.fullName).toBe('Lan Nguyễn');
    expect(normalizeName('Anh Nguyễn Văn Tuấn', asWritten).value?.fullName).toBe('Nguyễn Văn Tuấn');
  });

  it("still takes 'Ông' off before a whole name led by such a surname ('Ông Kim Văn Tài')", () => {
    expect(normalizeName('Ông Kim Văn Tài', asWritten).value?.familyName).toBe('Kim');
    expect(normalizeName('Ông Trần Văn Cần', asWritten).value?.familyName).toBe('Trần');
  });

  it("does not split a capitals cell's decoded toned capitals ('BùI VĂN HOàNG', TCVN3 in .VnTime) as joined words", () => {
    expect(normalizeName('BùI VĂN HOàNG', asWritten).value?.fullName).toBe('Bùi Văn Hoàng');
    expect(normalizeName('NGUYễN HữU DũNG', asWritten).value?.fullName).toBe('Nguyễn Hữu Dũng');
    expect(normalizeName('TrầnVăn An', asWritten).value?.fullName).toBe('Trần Văn An');
  });

  it("reads a lone '…' as no name, like '-' or 'x'", () => {
    expect(normalizeName('…', asWritten)).toEqual({ value: null, findings: [{ code: 'NAME_NONE_MARKER', from: '…', to: '' }] });
  });

  it('reports from/to on the note', () => {
    expect(normalizeName('Cháu: Nguyễn Văn An', asWritten).findings).toEqual([
      { code: 'NAME_HONORIFIC_REMOVED', from: 'Cháu: Nguyễn Văn An', to: 'Nguyễn Văn An', params: { honorific: 'Cháu' } },
    ]);
  });

  it.each([
    ['Ông Văn Dũng', 'Ông'],
    ['Ông Thị Hoa', 'Ông'],
    ['ÔNG VĂN DŨNG', 'Ông'],
    ['Ông Lộc', 'Ông'], // Ông + one word: a surnamed person, not a title
    ['Nguyễn Anh Tuấn', 'Nguyễn'],
    ['Lan Anh', 'Lan'],
    ['Anh Tuấn', 'Anh'], // a lone given name after the word is not enough evidence
    ['Cố Văn Em', 'Cố'], // no known surname after 'Cố': not taken for a title
    ['Ô Văn Dũng', 'Ô'],
    // Of the Ông family: a woman ('Thị') is never Mr, and Kim, Công, Phương are as often middle names.
    ['Ông Kim Uyên', 'Ông'],
    ['Ông Công Thành', 'Ông'],
    ['Ông Phương Hòa', 'Ông'],
    ['Ông Nguyễn Thị Lan', 'Ông'],
  ])('keeps %s', (input, familyName) => {
    const result = normalizeName(input, asWritten);
    expect(result.value?.familyName).toBe(familyName);
    expect(result.findings.map((finding) => finding.code)).not.toContain('NAME_HONORIFIC_REMOVED');
  });

  it.each<[string, string, string]>([
    // No name starts with Văn or Thị: after 'Cụ', 'Bà', 'Cô' the word Ông is the family name, not 'Cụ ông'.
    ['Cụ Ông Văn Trung', 'Ông Văn Trung', 'Cụ'],
    ['CỤ ÔNG THỊ SÁU', 'Ông Thị Sáu', 'CỤ'],
    ['Cụ ông Nguyễn Văn Sáu', 'Nguyễn Văn Sáu', 'Cụ ông'],
    ['Cụ ông: Văn Sáu', 'Văn Sáu', 'Cụ ông'], // the colon says the whole title
  ])('reads %s as %s after the title %s', (input, fullName, honorific) => {
    const result = normalizeName(input, asWritten);
    expect(result.value?.fullName).toBe(fullName);
    expect(result.findings).toContainEqual({ code: 'NAME_HONORIFIC_REMOVED', from: input, to: expect.any(String), params: { honorific } });
  });

  it('warns that "Con ông/bà X" names the parent', () => {
    const result = normalizeName('Con bà Nguyễn Thị Lan', asWritten);
    expect(result.value?.fullName).toBe('Nguyễn Thị Lan');
    expect(result.findings.map((finding) => finding.code)).toEqual(['NAME_HONORIFIC_REMOVED', 'NAME_PARENT_REFERENCE']);
  });
});

describe('normalizeName: titles typed without marks', () => {
  // A death book typed without marks (Tam Đảo, 2008): the title comes off only before a whole name.
  it.each<[string, string, string]>([
    ['Cu ong Nguyen Van Thanh', 'Nguyen Van Thanh', 'Cu ong'],
    ['Cu Dam Thi Hang', 'Dam Thi Hang', 'Cu'],
    ['Ba Ngo Thi Lan', 'Ngo Thi Lan', 'Ba'],
    ['Ong Nguyen Van Khai', 'Nguyen Van Khai', 'Ong'],
    ['CU BA TRAN THI MO', 'Tran Thi Mo', 'CU BA'],
    ['cu tran van hoa', 'Tran Van Hoa', 'cu'],
    ['Ong: Le Van Tam', 'Le Van Tam', 'Ong'],
    // a colon says a title even where the word is a family name too (Châu, Cù, Chu, Bế): no family name takes one
    ['Chau: Do Van Duc', 'Do Van Duc', 'Chau'],
    ['CHAU: HOANG THI MINH DUNG', 'Hoang Thi Minh Dung', 'CHAU'],
    ['Cu: Ta Dinh Hung', 'Ta Dinh Hung', 'Cu'],
    ['Chau : Nguyen Phuong Tuyet', 'Nguyen Phuong Tuyet', 'Chau'],
    ['Ong: Nguyen Thi Lan', 'Nguyen Thi Lan', 'Ong'], // as 'Ông: Nguyễn Thị Lan' with marks
  ])('%s → %s', (input, fullName, honorific) => {
    const result = normalizeName(input, asWritten);
    expect(result.value?.fullName).toBe(fullName);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', params: { honorific } }));
    expect(result.findings.map((finding) => finding.code)).toContain('NAME_NO_DIACRITICS');
  });

  it("reads 'Con ong' without marks as \"child of\"", () => {
    const result = normalizeName('Con ong Nguyen Van Ba', asWritten);
    expect(result.value?.fullName).toBe('Nguyen Van Ba');
    expect(result.findings.map((finding) => finding.code)).toEqual(['NAME_HONORIFIC_REMOVED', 'NAME_PARENT_REFERENCE', 'NAME_NO_DIACRITICS']);
  });

  it.each([
    // Of the Ông, Bế, Chu, Cù families: no whole name led by a known family name follows the word.
    ['Ong Van Tuan', 'Ong'],
    ['Ong Thi Hoa', 'Ong'],
    ['Ong Nguyen Thi Lan', 'Ong'], // a woman is never Mr
    ['Ong Le Thang', 'Ong'], // two words: Lê may be a middle name
    ['Be Van Thanh', 'Be'],
    ['Be Ha My', 'Be'],
    ['Chu Van An', 'Chu'],
    ['Ba Mai Lan', 'Ba'],
    ['Cu Van Son', 'Cu'],
    // typed with marks after it, an unmarked 'Chu' is the family name, not Chú
    ['Chu Nguyễn Văn An', 'Chu'],
    // the mother's family name as a middle name (s11-reg-a): Văn or Thị does not follow it
    ['Chau Nguyen Minh Anh', 'Chau'],
    ['Cu Tran Bao Ngoc', 'Cu'],
    ['Chu Nguyen Hai Dang', 'Chu'],
    // Châu, Chu, Bế are common family names: an unmarked 'Chau' before a whole name is one (s11-reg-c)
    ['Chau Le Van Hung', 'Chau'],
    ['Chau Hoang Van Nam', 'Chau'],
  ])('keeps %s', (input, familyName) => {
    const result = normalizeName(input, asWritten);
    expect(result.value?.familyName).toBe(familyName);
    expect(result.findings.map((finding) => finding.code)).not.toContain('NAME_HONORIFIC_REMOVED');
  });

  it('gives the same answer on the fast path and the full one', () => {
    for (const cell of ['Chu Văn An', 'Chu Nguyễn Văn An', 'Chu Nguyen Van An', 'Cu Nguyễn Văn An', 'Ba Ngo Thi Lan', 'Be Văn Thành', 'Ong Van Tuan']) {
      expect(normalizeName(cell, asWritten)).toEqual(normalizeNameInFull(cell, asWritten));
    }
  });
});

describe('normalizeName: a birth-order word after a kinship title', () => {
  it.each<[string, string, string, string]>([
    ['Chị Hai Lê Thị Hồng', 'Lê', 'Lê Thị Hồng', 'Chị Hai'],
    ['Anh Cả Nguyễn Văn Tú', 'Nguyễn', 'Nguyễn Văn Tú', 'Anh Cả'],
    ['Chị Ba Trần Thị Nụ', 'Trần', 'Trần Thị Nụ', 'Chị Ba'],
    ['Anh Tư Phạm Văn Lộc', 'Phạm', 'Phạm Văn Lộc', 'Anh Tư'],
    ['Em Út Đỗ Thị Mai', 'Đỗ', 'Đỗ Thị Mai', 'Em Út'],
    ['Cô Út Vũ Thị Hạnh', 'Vũ', 'Vũ Thị Hạnh', 'Cô Út'],
    ['Bác Cả Khổng Văn Hòa', 'Khổng', 'Khổng Văn Hòa', 'Bác Cả'],
    ['Ông Hai Nguyễn Văn Sáu', 'Nguyễn', 'Nguyễn Văn Sáu', 'Ông Hai'],
    // the old person's title too (s11-reg-a)
    ['Cụ Tư Nguyễn Văn Sáu', 'Nguyễn', 'Nguyễn Văn Sáu', 'Cụ Tư'],
    ['CHỊ HAI LÊ THỊ HỒNG', 'Lê', 'Lê Thị Hồng', 'CHỊ HAI'],
    ['Chi Hai Le Thi Hong', 'Le', 'Le Thi Hong', 'Chi Hai'],
    ['Anh Ca Nguyen Van Tu', 'Nguyen', 'Nguyen Van Tu', 'Anh Ca'],
  ])('%s → %s', (input, familyName, fullName, honorific) => {
    const result = normalizeName(input, asWritten);
    expect(result.value).toMatchObject({ familyName, fullName });
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'NAME_HONORIFIC_REMOVED', params: { honorific } }));
  });

  it.each([
    ['Chị Hai Lúa', 'Hai Lúa'], // no whole name after the order word: only the title comes off
    ['Anh Ba Văn Tú', 'Ba Văn Tú'],
    ['Ông Tư Văn Lâm', 'Ông Tư Văn Lâm'], // of the Ông family
  ])('takes no order word off %s', (input, fullName) => {
    expect(normalizeName(input, asWritten).value?.fullName).toBe(fullName);
  });
});

describe('normalizeName: things in the cell that are not a name', () => {
  it('removes bracketed remarks with a warning that keeps the remark', () => {
    expect(normalizeName('Nguyễn Văn Hùng (sinh đôi)', asWritten)).toEqual({
      value: { fullName: 'Nguyễn Văn Hùng', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Hùng' },
      findings: [
        { code: 'NAME_REMARK_REMOVED', from: 'Nguyễn Văn Hùng (sinh đôi)', to: 'Nguyễn Văn Hùng', params: { remark: 'sinh đôi' } },
      ],
    });
    expect(valueOf('LÊ VĂN TÁM [đã chết]')?.fullName).toBe('Lê Văn Tám');
    expect(valueOf('Lê Văn Tám (đã chết')?.fullName).toBe('Lê Văn Tám');
  });

  it('strips edge punctuation with a note', () => {
    expect(normalizeName('Nguyễn Văn An.', asWritten).findings).toEqual([
      { code: 'NAME_PUNCTUATION_REMOVED', from: 'Nguyễn Văn An.', to: 'Nguyễn Văn An' },
    ]);
    expect(valueOf('"Trần Thị Bé"')?.fullName).toBe('Trần Thị Bé');
  });

  it.each<[string, string]>([
    ['=Trần Thị Lan', 'Trần Thị Lan'],
    ['+Phạm Văn Cường', 'Phạm Văn Cường'],
    ['@Trần Thị Hoa', 'Trần Thị Hoa'],
    ["'=Trần Thị Lan", 'Trần Thị Lan'],
    ['= Nguyễn Văn An', 'Nguyễn Văn An'],
  ])('%s: the formula sign typed before a name is no part of it, and the family name keeps its capital', (input, fullName) => {
    expect(normalizeName(input, asWritten)).toEqual({
      value: { fullName, familyName: fullName.split(' ')[0], middleName: fullName.split(' ').slice(1, -1).join(' '), givenName: fullName.split(' ').at(-1) },
      findings: [{ code: 'NAME_PUNCTUATION_REMOVED', from: input, to: fullName }],
    });
  });

  it.each(['=HYPERLINK("http://vd.vn","Lê Văn Tú")', '=A7', '+84 912 345 678', '='])('%s is a formula or a number, not a name behind a sign: rejected for its characters', (input) => {
    expect(normalizeName(input, asWritten).findings.map((finding) => finding.code)).toContain('NAME_INVALID_CHARACTERS');
  });

  it('a formula rejected for its characters is shown as typed, not cased as a name (errors.xlsx "Giá trị đã chuẩn hóa")', () => {
    const typed = '=HYPERLINK("http://vd.vn","Lê Văn Tú")';
    expect(normalizeName(typed, asWritten).value?.fullName).toBe(typed);
  });

  it.each(['-', '--', '...', 'Không rõ', 'KHÔNG', 'x', 'khong ro', '0'])('%s is a none marker', (input) => {
    expect(normalizeName(input, asWritten)).toEqual({ value: null, findings: [{ code: 'NAME_NONE_MARKER', from: input, to: '' }] });
  });

  it.each(['Chưa đặt tên', 'CHÁU BÉ', 'Bé trai', '(đã chết)', 'vô danh', 'Bà không rõ'])('%s is a placeholder', (input) => {
    expect(normalizeName(input, asWritten)).toEqual({ value: null, findings: [{ code: 'NAME_PLACEHOLDER', from: input, to: '' }] });
  });

  it.each<[string, string]>([
    ['Nguyễn Văn 2', '2'],
    ['Nguyễn V?n An', '?'],
    ['nguyen@gmail.com', '@ .'],
    ['Nguy\ufffdn Văn An', '\ufffd'],
    ['Nguyễn Văn An 1980', '1 9 8 0'],
    ['Ph¹m V¨n An', '¹ ¨'], // TCVN3 bytes left unconverted
    ['Нгуен Ван', 'Н г у е н В а'],
  ])('%s has invalid characters', (input, characters) => {
    const result = normalizeName(input, asWritten);
    expect(result.findings).toEqual([{ code: 'NAME_INVALID_CHARACTERS', params: { characters } }]);
  });

  it('flags abbreviations but keeps them', () => {
    const result = normalizeName('NG. VĂN AN', asWritten);
    expect(result.value?.fullName).toBe('Ng. Văn An');
    expect(result.findings).toEqual([{ code: 'NAME_ABBREVIATED', params: { abbreviations: 'Ng.' } }]);
  });

  it('flags a given name of one consonant letter: an initial typed without its period', () => {
    // 'Trần Thị B tức Lan' in a birth book: the clerk abbreviated the given name and wrote the name used in a remark.
    expect(normalizeName('Trần Thị B tức Lan', asWritten)).toEqual({
      value: { fullName: 'Trần Thị B', familyName: 'Trần', middleName: 'Thị', givenName: 'B' },
      findings: [
        { code: 'NAME_REMARK_REMOVED', from: 'Trần Thị B tức Lan', to: 'Trần Thị B', params: { remark: 'tức Lan' } },
        { code: 'NAME_ABBREVIATED', params: { abbreviations: 'B' } },
      ],
    });
    expect(normalizeName('ĐINH THỊ B', asWritten).findings).toEqual([{ code: 'NAME_ABBREVIATED', params: { abbreviations: 'B' } }]);
    expect(codesOf('Nguyễn Văn đ')).toEqual(['NAME_ABBREVIATED']);
    expect(codesOf('Trần Thị B.')).toEqual(['NAME_PUNCTUATION_REMOVED', 'NAME_ABBREVIATED']);
    expect(normalizeName('Ng. Thị H', asWritten).findings).toEqual([{ code: 'NAME_ABBREVIATED', params: { abbreviations: 'Ng. H' } }]);
    // A vowel alone is a syllable: Y (a given name among the Ê Đê, Mông), A, Ư, Ê are names.
    for (const name of ['Giàng Thị Y', 'Đặng Thị Ư', 'Lò Văn A', 'Hoàng Thị Ê', 'Lê Thị Ý']) expect(codesOf(name)).toEqual([]);
  });

  it('flags a family name cut to its initial consonants without a period as abbreviated, not misspelt', () => {
    // 'Ng' is Nguyễn cut short (Ng.) or the Hoa family name Ng: either way an officer checks it, and it is no spelling slip.
    expect(normalizeName('Ng Gia Hân', asWritten)).toEqual({
      value: { fullName: 'Ng Gia Hân', familyName: 'Ng', middleName: 'Gia', givenName: 'Hân' },
      findings: [{ code: 'NAME_ABBREVIATED', params: { abbreviations: 'Ng' } }],
    });
    expect(normalizeName('TR VĂN NAM', asWritten).findings).toEqual([{ code: 'NAME_ABBREVIATED', params: { abbreviations: 'Tr' } }]);
    // Elsewhere in the name a word without a vowel lost one ('Hng' for Hưng): still a spelling doubt.
    expect(codesOf('Nguyễn Văn Hng')).toEqual(['NAME_SPELLING_DOUBTFUL']);
    expect(codesOf('Hng Văn An')).toEqual(['NAME_SPELLING_DOUBTFUL']);
    expect(codesOf('Nguyễn Ng Hân')).toEqual(['NAME_SPELLING_DOUBTFUL']);
  });

  it('puts back the space after an abbreviation typed against the next word', () => {
    expect(normalizeName('Ng.Văn An', asWritten)).toEqual({
      value: { fullName: 'Ng. Văn An', familyName: 'Ng.', middleName: 'Văn', givenName: 'An' },
      findings: [
        { code: 'NAME_WORDS_SEPARATED', from: 'Ng.Văn An', to: 'Ng. Văn An' },
        { code: 'NAME_ABBREVIATED', params: { abbreviations: 'Ng.' } },
      ],
    });
    expect(valueOf('Ng.T.Lan')?.fullName).toBe('Ng. T. Lan');
    expect(normalizeName('Ô.Trần Văn Cần', asWritten).value?.fullName).toBe('Trần Văn Cần');
    // Not inside a remark or an address: 'vd.vn' stays as typed (and the cell is no name).
    expect(codesOf('Lê Văn Tú (xem vd.vn)')).toEqual(['NAME_REMARK_REMOVED']);
    expect(normalizeName('Lê Văn Tú (xem vd.vn)', asWritten).findings[0]?.params).toEqual({ remark: 'xem vd.vn' });
  });
});
