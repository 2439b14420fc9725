import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDeclarant } from '../../src/normalize/name/declarant.js';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';

const AS_WRITTEN = { toneStyle: 'as-written' } as const;
const read = (text: string): { fullName: string | null; relation: string | null; codes: string[] } => {
  const { value, findings } = normalizeDeclarant(text, AS_WRITTEN);
  return { fullName: value?.fullName ?? null, relation: value?.relation ?? null, codes: findings.map((finding) => finding.code) };
};

describe('the declarant cell of birth and death books', () => {
  it.each([
    ['Nguyễn Văn Hải, con', 'Con'],
    ['Nguyễn Văn Hải - con trai', 'Con trai'],
    ['Nguyễn Văn Hải/con', 'Con'],
    ['Nguyễn Văn Hải (vợ)', 'Vợ'],
    ['Nguyễn Văn Hải; cháu nội', 'Cháu nội'],
    ['Nguyễn Văn Hải là con', 'Con'],
    ['Nguyễn Văn Hải, QH: chồng', 'Chồng'],
    ['NGUYỄN VĂN HẢI, CON', 'Con'],
    ['nguyen van hai, con trai', 'Con trai'],
    // An adult registering their own birth late or again.
    ['Nguyễn Văn Hải (bản thân)', 'Bản thân'],
    ['Nguyễn Văn Hải - bản thân', 'Bản thân'],
  ])('%s: the name, and the relation typed after it', (cell, relation) => {
    const declarant = read(cell);
    expect(declarant.fullName?.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Nguyen Van Hai');
    expect(declarant.relation).toBe(relation);
    expect(declarant.codes[0]).toBe('NAME_DECLARANT_DETAILS_SPLIT');
  });

  it.each([
    ['Nguyễn Văn Hải, sinh 1970', 'sinh 1970'],
    ['Nguyễn Văn Hải sinh 12/3/1970', 'sinh 12/3/1970'],
    ['Nguyễn Văn Hải, 45 tuổi', '45 tuổi'],
    ['Nguyễn Văn Hải; CMND 135000111', 'CMND 135000111'],
    ['Nguyễn Văn Hải, thôn Đông, xã Sơn Lôi', 'thôn Đông; xã Sơn Lôi'],
  ])('%s: a birth year, age, ID or address after the name is split off into the note', (cell, details) => {
    const { value, findings } = normalizeDeclarant(cell, AS_WRITTEN);
    expect(value).toEqual({ fullName: 'Nguyễn Văn Hải', relation: null });
    expect(findings).toEqual([{ code: 'NAME_DECLARANT_DETAILS_SPLIT', from: cell, to: 'Nguyễn Văn Hải', params: { details } }]);
  });

  it.each([
    ['Trưởng thôn Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Trưởng thôn'],
    ['TRƯỞNG XÓM: NGUYỄN VĂN HẢI', 'Nguyễn Văn Hải', 'Trưởng xóm'],
    ['Y tá Lê Thị Lan', 'Lê Thị Lan', 'Y tá'],
    ['Công an viên Trần Văn Bình', 'Trần Văn Bình', 'Công an viên'],
    ['Nguyễn Văn Hải, trưởng thôn', 'Nguyễn Văn Hải', 'Trưởng thôn'],
    ['Truong thon Nguyen Van Hai', 'Nguyen Van Hai', 'Truong thon'],
    ['Ông trưởng thôn Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Trưởng thôn'],
  ])('%s: an office before or after the name is no part of it and stands for the relation', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });

  // A lonely old man's death declared by the hamlet's head (death book of xã Đồng Thịnh, 2006): the office
  // with the place it serves, after the name, was split off with no relation left.
  it.each([
    ['Nguyễn Văn Hải - Trưởng thôn Đồng Tâm', 'Nguyễn Văn Hải', 'Trưởng thôn Đồng Tâm'],
    ['Trần Văn Bình, Công an xã Tứ Yên', 'Trần Văn Bình', 'Công an xã Tứ Yên'],
    ['Lê Văn Tâm - trưởng thôn 3', 'Lê Văn Tâm', 'Trưởng thôn 3'],
  ])('%s: an office and the place it serves, after the name, stand for the relation', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });

  it('an office followed by words that name no place gives no relation', () => {
    expect(read('Nguyễn Văn Hải - trưởng thôn đã xác nhận')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: null });
  });

  it.each([
    ['Con trai: Nguyễn Văn An', 'Nguyễn Văn An', 'Con trai'],
    ['Vợ: Nguyễn Thị Bình', 'Nguyễn Thị Bình', 'Vợ'],
    ['Bố: Nguyễn Văn An', 'Nguyễn Văn An', 'Bố'],
    ['Con: Nguyễn Văn An', 'Nguyễn Văn An', 'Con'],
    ['Cháu nội - Nguyễn Văn An', 'Nguyễn Văn An', 'Cháu nội'],
    ['CON GÁI: NGUYỄN THỊ LAN', 'Nguyễn Thị Lan', 'Con gái'],
    // An aunt or uncle by blood or of the wider family: before, 'Bác ruột:' was unreadable, 'Chú ruột -' lost the
    // name and kept 'Chú', 'Cô ruột' left 'Ruột' as the family name.
    ['Bác ruột: Trần Văn Sinh', 'Trần Văn Sinh', 'Bác ruột'],
    ['Chú ruột - Hoàng Văn Đức', 'Hoàng Văn Đức', 'Chú ruột'],
    ['Cô ruột Lê Thị Phương', 'Lê Thị Phương', 'Cô ruột'],
    ['Anh họ: Đỗ Văn Toàn', 'Đỗ Văn Toàn', 'Anh họ'],
    ['Chị dâu Ngô Thị Thắm', 'Ngô Thị Thắm', 'Chị dâu'],
    // Kinship-only titles with punctuation: before, the relation was dropped as a title.
    ['Thím: Lê Thị Hà', 'Lê Thị Hà', 'Thím'],
    ['Dì - Phạm Thị Yến', 'Phạm Thị Yến', 'Dì'],
    ['Cậu: Trần Văn Hưng', 'Trần Văn Hưng', 'Cậu'],
    // ... and without punctuation: before, 'Dì' was taken off as a title and the relation left empty.
    ['Dì Phạm Thị Yến', 'Phạm Thị Yến', 'Dì'],
    ['Thím Lê Thị Hà', 'Lê Thị Hà', 'Thím'],
    ['Mợ Nguyễn Thị Thu Trang', 'Nguyễn Thị Thu Trang', 'Mợ'],
    ['Cậu Trần Văn Hưng', 'Trần Văn Hưng', 'Cậu'],
    ['DÌ PHẠM THỊ YẾN', 'Phạm Thị Yến', 'Dì'],
    ['Mẹ đẻ Trần Thị Bình', 'Trần Thị Bình', 'Mẹ đẻ'],
    ['Bà nội Lê Thị Cúc', 'Lê Thị Cúc', 'Bà nội'],
    ['Ông ngoại Hoàng Văn Tư', 'Hoàng Văn Tư', 'Ông ngoại'],
    ['Người giám hộ Đỗ Văn Minh', 'Đỗ Văn Minh', 'Người giám hộ'],
    ['Mẹ Trần Thị Bình', 'Trần Thị Bình', 'Mẹ'],
    ['Me de Tran Thi Binh', 'Tran Thi Binh', 'Me de'],
  ])('%s: a relation before the name is no part of it and fills the relation', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
    expect(read(cell).codes).toContain('NAME_DECLARANT_DETAILS_SPLIT');
  });

  it.each([
    // A kinship title before a one-word name, the relation typed after it: the name is not lost.
    ['Dì Lan, dì ruột', 'Dì Lan', 'Dì ruột'],
    ['Mợ Lan - Mợ', 'Mợ Lan', 'Mợ'],
  ])('%s: a kinship word before a one-word name stays with it', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
    expect(read(cell).codes).not.toContain('NAME_DECLARANT_UNREADABLE');
  });

  it.each([
    ['Nguyễn Văn An con trai', 'Nguyễn Văn An', 'Con trai'],
    ['NGUYỄN VĂN AN CON TRAI', 'Nguyễn Văn An', 'Con trai'],
    ['Trần Thị Hoa con gái', 'Trần Thị Hoa', 'Con gái'],
    ['Lê Văn Hòa con rể', 'Lê Văn Hòa', 'Con rể'],
    ['Nguyễn Thị Bình vợ', 'Nguyễn Thị Bình', 'Vợ'],
    ['Phạm Văn Nam chồng', 'Phạm Văn Nam', 'Chồng'],
    ['Nguyễn Văn An cháu nội', 'Nguyễn Văn An', 'Cháu nội'],
  ])('%s: a relation after the name without punctuation', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });

  it.each([
    ['Nguyễn Thị Bình, vợ người chết', 'Nguyễn Thị Bình', 'Vợ'],
    ['Nguyễn Văn An - con người chết', 'Nguyễn Văn An', 'Con'],
    ['Trần Thị Bình (mẹ cháu)', 'Trần Thị Bình', 'Mẹ'],
    ['Nguyễn Văn An (con trai cả)', 'Nguyễn Văn An', 'Con trai'],
    ['Trần Thị Bình, mẹ đẻ của cháu', 'Trần Thị Bình', 'Mẹ đẻ'],
    ['Nguyễn Văn An - TT', 'Nguyễn Văn An', 'Trưởng thôn'],
    ['Trần Văn Cường - CB Tư pháp', 'Trần Văn Cường', 'Cán bộ tư pháp'],
  ])('%s: a relation followed by whose or which one is still the relation', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });

  it('keeps given names that are also relation words, and reads no relation in a title or a part that only begins like one', () => {
    for (const name of ['Nguyễn Văn Con', 'Nguyễn Thị Em', 'Nguyễn Văn Út', 'Lê Thị Gái', 'Vũ Văn Cả', 'Hoàng Thị Nội']) {
      expect(read(name)).toEqual({ fullName: name, relation: null, codes: [] });
    }
    expect(read('Vo Van An')).toMatchObject({ fullName: 'Vo Van An', relation: null });
    expect(read('Bà Nguyễn Thị Bình')).toEqual({ fullName: 'Nguyễn Thị Bình', relation: null, codes: ['NAME_HONORIFIC_REMOVED'] });
    expect(read('Ông: Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: null });
    expect(read('Chị: Lê Thị Lan')).toMatchObject({ fullName: 'Lê Thị Lan', relation: null });
    expect(read('Nguyễn Thị Lan, cô giáo')).toMatchObject({ fullName: 'Nguyễn Thị Lan', relation: null });
  });

  it('keeps names that only look like an office or a relation: Trương Thôn, Y (Ê Đê), a given name Con or Anh', () => {
    expect(read('Trương Thôn Hải Anh')).toEqual({ fullName: 'Trương Thôn Hải Anh', relation: null, codes: [] });
    expect(read('Y Moan Niê')).toEqual({ fullName: 'Y Moan Niê', relation: null, codes: [] });
    expect(read('Nguyễn Thị Anh')).toEqual({ fullName: 'Nguyễn Thị Anh', relation: null, codes: [] });
  });

  it('reads a title before the name as the name normalizer does', () => {
    expect(read('Ông Nguyễn Văn Hải')).toEqual({ fullName: 'Nguyễn Văn Hải', relation: null, codes: ['NAME_HONORIFIC_REMOVED'] });
    expect(read('Ông: Nguyễn Văn Hải, con')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Con' });
  });

  it('keeps the first of two declarants and tells the other in the note', () => {
    const { value, findings } = normalizeDeclarant('Nguyễn Văn Hải + Nguyễn Thị Lan', AS_WRITTEN);
    expect(value).toEqual({ fullName: 'Nguyễn Văn Hải', relation: null });
    expect(findings[0]?.params).toEqual({ details: 'Nguyễn Thị Lan' });
  });

  it('warns, without a name, of characters no name can hold: the declarant is optional, the entry is not rejected for it', () => {
    expect(read('Nguyễn Văn H?i')).toEqual({ fullName: null, relation: null, codes: ['NAME_DECLARANT_UNREADABLE'] });
    expect(read('Nguyễn Văn H?i, con')).toEqual({ fullName: null, relation: 'Con', codes: ['NAME_DECLARANT_DETAILS_SPLIT', 'NAME_DECLARANT_UNREADABLE'] });
  });

  it("gives a plain name the name normalizer's own answer", () => {
    for (const cell of ['Nguyễn Văn Hải', 'NGUYỄN THỊ LAN', 'Cháu Hảng A Dế', 'Không rõ', 'Nguyen Van Hung', 'Nguyễn Văn Hải,']) {
      const name = normalizeName(cell, AS_WRITTEN);
      const declarant = normalizeDeclarant(cell, AS_WRITTEN);
      expect(declarant.findings).toEqual(name.findings);
      expect(declarant.value).toEqual(name.value === null ? null : { fullName: name.value.fullName, relation: null });
    }
  });
});

describe('an office that declared (police, hospital, commune, pagoda)', () => {
  it.each([
    'Công an xã Tề Lỗ',
    'Công an huyện Yên Lạc',
    'CA xã Tề Lỗ',
    'Cong an xa Te Lo',
    'Bệnh viện đa khoa tỉnh Vĩnh Phúc',
    'BVĐK tỉnh Vĩnh Phúc',
    'BVĐKKV Phúc Yên',
    'BVĐKTW Phú Thọ',
    'Trạm y tế xã Tam Hợp',
    'Trung tâm y tế huyện Yên Lạc',
    'UBND xã Tề Lỗ',
    'Ủy ban nhân dân xã Tề Lỗ',
    'Đồn biên phòng Hữu Nghị',
    'Ban chỉ huy quân sự huyện Yên Lạc',
    'Trại giam Vĩnh Quang',
    'Cơ sở bảo trợ xã hội tỉnh Vĩnh Phúc',
    'Chùa Hà Tiên',
    // a foreign worker's employer declaring the death (Phúc Yên's industrial zones)
    'Công ty Toyota Việt Nam',
    'CTY TNHH SAMSUNG DISPLAY VN',
    'Công ty TNHH Honda Việt Nam',
    'Tổng công ty Viglacera',
  ])('%s is kept as typed, with no name warning', (cell) => {
    expect(read(cell)).toEqual({ fullName: cell, relation: null, codes: [] });
  });

  it('cleans the text only', () => {
    expect(read('  Công an  xã Tề Lỗ. ')).toEqual({ fullName: 'Công an xã Tề Lỗ', relation: null, codes: [] });
  });

  // An abandoned child's or an unidentified person's entry, declared by the head of an office, whose name the cell does not give.
  it.each([
    'Trưởng Công an thị trấn Thổ Tang',
    'Phó trưởng Công an xã Tam Phúc',
    'Chủ tịch UBND xã Tam Phúc',
    'Trạm trưởng Trạm y tế xã',
    'Giám đốc Bệnh viện đa khoa huyện Vĩnh Tường',
    'Trụ trì chùa Phú Hậu',
  ])('%s, an office before its organisation, is kept as typed, with no name warning', (cell) => {
    expect(read(cell)).toEqual({ fullName: cell, relation: null, codes: [] });
  });

  it('reads the head of an office named after it as that person, and names that begin like an office word as names', () => {
    expect(read('Trưởng Công an xã Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Trưởng công an xã' });
    expect(read('Trưởng công an xã')).toMatchObject({ fullName: null, relation: 'Trưởng công an xã' });
    expect(read('Trưởng thôn Đồng Tâm')).toMatchObject({ fullName: null, relation: 'Trưởng thôn Đồng Tâm' });
    // A commune's office with its unit word and no commune named, as 'Trưởng công an xã' is: who declared, no organisation.
    expect(read('Phó Chủ tịch UBND xã')).toMatchObject({ fullName: null, relation: 'Phó chủ tịch UBND xã' });
    for (const name of ['Trưởng Văn Nam', 'Chủ Văn Tịch', 'Trạm Thị Lan', 'Công Văn Tý', 'Công Thị Lan', 'Tổng Văn Công']) expect(read(name).fullName).toBe(name);
  });

  // A commune's office typed with its unit word and no commune name: the unit word is the office's, not the name's.
  it.each([
    ['Chủ tịch UBND xã Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Chủ tịch UBND xã'],
    ['Phó chủ tịch UBND xã Lê Văn Nam', 'Lê Văn Nam', 'Phó chủ tịch UBND xã'],
    ['Cán bộ tư pháp xã Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Cán bộ tư pháp xã'],
    ['Cán bộ tư pháp xã', null, 'Cán bộ tư pháp xã'],
    ['Công chức tư pháp - hộ tịch', null, 'Công chức tư pháp - hộ tịch'],
    ['Chủ tịch xã', null, 'Chủ tịch xã'],
    ['Công chức tư pháp xã Hương Sơn', null, 'Công chức tư pháp xã Hương Sơn'],
    ['Cán bộ tư pháp', null, 'Cán bộ tư pháp'],
    // The office's longer name, 'tư pháp - hộ tịch', with the unit word; the name after a dash or a colon.
    ['Cán bộ tư pháp - hộ tịch xã Nguyễn Thị Lan', 'Nguyễn Thị Lan', 'Cán bộ tư pháp - hộ tịch xã'],
    ['Công chức tư pháp hộ tịch phường Lê Thị Hoa', 'Lê Thị Hoa', 'Công chức tư pháp hộ tịch phường'],
    ['Chủ tịch UBND xã - Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Chủ tịch UBND xã'],
    ['Trưởng Công an xã - Lê Văn Tám', 'Lê Văn Tám', 'Trưởng công an xã'],
    ['Chủ tịch UBND xã Tam Hợp - Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Chủ tịch UBND xã Tam Hợp'],
    // A commune of the lists after the unit word, though led by a family name or holding Văn: the commune, not a name.
    ['Chủ tịch xã Hồ Sơn', null, 'Chủ tịch xã Hồ Sơn'],
    ['Cán bộ tư pháp xã Kim Long', null, 'Cán bộ tư pháp xã Kim Long'],
    ['Cán bộ tư pháp xã Đồng Văn', null, 'Cán bộ tư pháp xã Đồng Văn'],
    ['Cán bộ tư pháp xã Kim Long Nguyễn Hải', 'Nguyễn Hải', 'Cán bộ tư pháp xã Kim Long'],
    ['Chủ tịch xã Lê Hùng', 'Lê Hùng', 'Chủ tịch xã'],
  ])('%s: the officer %s, the office %s', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });

  it('reads a name of two words after a hamlet of two as the head\'s, and the grandson declaring as a relation', () => {
    expect(read('Trưởng thôn Đạo Tú Nguyễn Hải')).toMatchObject({ fullName: 'Nguyễn Hải', relation: 'Trưởng thôn Đạo Tú' });
    expect(read('Trưởng thôn Xuân Lai Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Trưởng thôn Xuân Lai' });
    expect(read('Trưởng thôn Nguyễn Hải')).toMatchObject({ fullName: 'Nguyễn Hải', relation: 'Trưởng thôn' });
    expect(read('Trưởng thôn Xuân Lai')).toMatchObject({ fullName: null, relation: 'Trưởng thôn Xuân Lai' });
    expect(read('Trưởng thôn Núi Đinh Hạ')).toMatchObject({ fullName: null, relation: 'Trưởng thôn Núi Đinh Hạ' });
    expect(read('Cháu đích tôn')).toMatchObject({ fullName: null, relation: 'Cháu đích tôn' });
    expect(read('Cháu nội Nguyễn Văn Tôn')).toMatchObject({ fullName: 'Nguyễn Văn Tôn', relation: 'Cháu nội' });
    expect(read('Nguyễn Văn Xã')).toMatchObject({ fullName: 'Nguyễn Văn Xã', relation: null });
  });

  it('reads the officer named after the organisation and the place it serves as that person, the organisation the relation', () => {
    expect(read('Chủ tịch UBND xã Tam Phúc Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Chủ tịch UBND xã Tam Phúc' });
    expect(read('Trưởng Công an xã Tam Phúc - Lê Thị Thu Hà')).toMatchObject({ fullName: 'Lê Thị Thu Hà', relation: 'Trưởng Công an xã Tam Phúc' });
    expect(read('Công an xã Tề Lỗ Nguyễn Văn An')).toMatchObject({ fullName: 'Nguyễn Văn An', relation: 'Công an xã Tề Lỗ' });
    // no one's name after the place: the organisation as typed
    // ('Lý' of xã Bồ Lý is a family name, Tam Đảo a district; 'Đồng' of xã Đồng Văn one too, the name two words only)
    for (const cell of ['UBND xã Tam Phúc, huyện Vĩnh Tường', 'Công an xã Tề Lỗ - Phòng Cảnh sát', 'Công an xã Tam Phúc (đã ký)', 'Công an xã Bồ Lý Tam Đảo', 'Công an xã Tề Lỗ (Đồng Văn)']) {
      expect(read(cell)).toEqual({ fullName: cell, relation: null, codes: [] });
    }
  });

  it("reads the commune's police, not a person, in a commune named with a family name first", () => {
    for (const cell of ['Công an xã Đồng Văn, Yên Lạc', 'Công an xã Kim Long Tam Dương']) expect(read(cell)).toEqual({ fullName: cell, relation: null, codes: [] });
    expect(read('Công an xã Hồ Sơn Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Công an xã Hồ Sơn' });
  });

  it('still reads a policeman or an official named after the office', () => {
    expect(read('Công an xã Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Công an xã' });
    expect(read('Công an viên Trần Văn Bình')).toMatchObject({ fullName: 'Trần Văn Bình', relation: 'Công an viên' });
    expect(read('Trưởng thôn Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Trưởng thôn' });
    // a person whose name begins like an office word is a person
    expect(read('Ca Văn Tuấn').fullName).toBe('Ca Văn Tuấn');
  });
});

describe('normalizeDeclarant properties', () => {
  const piece = fc.constantFrom(
    'Nguyễn', 'Văn', 'Hải', 'thị', 'LAN', 'Trưởng thôn', 'Y tá', 'con', 'con trai', 'vợ', 'sinh', '1970', ',', ';', '/', '-', ' - ', '(', ')',
    '+', 'là', 'Ông', 'CMND', '?', ':', 'Trương', 'Thôn', '\u00a0', '\ufffd', 'x', 'Mẹ đẻ', 'bà nội', 'Con', 'chồng', 'TT', 'người',
  );
  const cell = fc.oneof(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(' ')), fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join('')), fc.string({ maxLength: 30 }));

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.integer(), fc.constant(null), fc.constant(undefined)), (value) => {
        expect(Reflect.apply(normalizeDeclarant, undefined, [value, AS_WRITTEN])).toHaveProperty('findings');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a relation left at the end once an acronym comes off, the first time (idempotence)', () => {
    for (const cell of ['Trương Văn LAN chồng TT', 'Nguyễn Thị Lan vợ TT']) {
      const first = normalizeDeclarant(cell, AS_WRITTEN).value;
      expect(first?.relation, cell).not.toBeNull();
      expect(normalizeDeclarant(first!.fullName!, AS_WRITTEN).value).toEqual({ fullName: first!.fullName, relation: null });
    }
    expect(normalizeDeclarant('Nguyễn Thị Lan vợ TT', AS_WRITTEN).value).toEqual({ fullName: 'Nguyễn Thị Lan', relation: 'Vợ' });
  });

  it('is idempotent on fullName and splits nothing the second time', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const first = normalizeDeclarant(text, AS_WRITTEN).value?.fullName;
        if (first === null || first === undefined) return;
        const second = normalizeDeclarant(first, AS_WRITTEN);
        expect(second.value?.fullName).toBe(first);
        expect(second.findings.map((finding) => finding.code)).not.toContain('NAME_DECLARANT_DETAILS_SPLIT');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a declarant cell holding who declared instead of a name', () => {
  it.each<[string, string]>([
    ['Bố', 'Bố'],
    ['Mẹ đẻ', 'Mẹ đẻ'],
    ['Bà nội', 'Bà nội'],
    ['BỐ', 'Bố'],
    ['Con trai cả', 'Con trai'],
    ['Vợ người chết', 'Vợ'],
    ['Cha', 'Cha'],
    ['Cháu', 'Cháu'],
    ['QH: mẹ', 'Mẹ'],
    ['Bản thân', 'Bản thân'],
  ])('%s is the relation %s and no name', (cell, relation) => {
    const { value, findings } = normalizeDeclarant(cell, AS_WRITTEN);
    expect(value).toEqual({ fullName: null, relation });
    expect(findings.map((finding) => finding.code)).toEqual(['NAME_DECLARANT_RELATION_ONLY']);
  });

  it.each([
    ['Anh', 'Anh'], // a title or a given name alone stays a name
    ['Em', 'Em'],
    ['Nguyễn Văn Con', 'Nguyễn Văn Con'],
    ['Cô giáo', 'Cô Giáo'],
  ])('keeps %s a name', (cell, fullName) => {
    expect(read(cell).fullName).toBe(fullName);
  });
});

// A lonely man's death declared by the head of his hamlet (death book of xã Xuân Lãng, 2025): the office
// with the hamlet it serves typed before the name, or instead of one, read the hamlet as the declarant's name.
describe('an office and the hamlet it serves before the name, or instead of it', () => {
  it.each([
    ['Trưởng thôn Tiếu Thượng', 'Trưởng thôn Tiếu Thượng'],
    ['Trưởng thôn Xuân Lai', 'Trưởng thôn Xuân Lai'],
    ['Tổ trưởng TDP Đoàn Kết', 'Tổ trưởng TDP Đoàn Kết'],
    ['Trưởng xóm Chùa', 'Trưởng xóm Chùa'],
    ['Trưởng thôn: Xuân Lai', 'Trưởng thôn Xuân Lai'],
    ['Bí thư chi bộ thôn Xuân Lai', 'Bí thư chi bộ thôn Xuân Lai'],
    // Typed in capitals, the place is recased as a relation column's is.
    ['TRƯỞNG THÔN XUÂN LAI', 'Trưởng thôn Xuân Lai'],
    ['BÍ THƯ CHI BỘ THÔN XUÂN LAI', 'Bí thư chi bộ thôn Xuân Lai'],
  ])('%s: no name, the office and its place stand for the relation', (cell, relation) => {
    expect(read(cell)).toEqual({ fullName: null, relation, codes: ['NAME_DECLARANT_RELATION_ONLY'] });
  });

  it('the name typed after the office and its hamlet is the declarant', () => {
    expect(read('Trưởng thôn Xuân Lai Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Trưởng thôn Xuân Lai' });
    expect(read('Trưởng thôn Tiếu Thượng Lê Thị Thu Hà')).toMatchObject({ fullName: 'Lê Thị Thu Hà', relation: 'Trưởng thôn Tiếu Thượng' });
    expect(read('Trưởng thôn Ngọc Bảo - Nguyễn Văn Hải')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Trưởng thôn Ngọc Bảo' });
    expect(read('Tổ trưởng TDP Đoàn Kết - Lê Văn Tám')).toMatchObject({ fullName: 'Lê Văn Tám', relation: 'Tổ trưởng TDP Đoàn Kết' });
  });

  it('a name in brackets after the hamlet is the declarant; a bracket with no name is a remark', () => {
    // 'Lai' is a family name too: without the bracket read as the end of the place, 'Trưởng thôn Xuân' and Mr 'Lai'.
    expect(read('Trưởng thôn Xuân Lai (Nguyễn Văn Hải)')).toMatchObject({ fullName: 'Nguyễn Văn Hải', relation: 'Trưởng thôn Xuân Lai' });
    expect(read('Tổ trưởng TDP Đoàn Kết (Lê Văn Tám)')).toMatchObject({ fullName: 'Lê Văn Tám', relation: 'Tổ trưởng TDP Đoàn Kết' });
    expect(read('Trưởng thôn Xuân Lai (đã ký)')).toEqual({ fullName: null, relation: 'Trưởng thôn Xuân Lai', codes: ['NAME_DECLARANT_RELATION_ONLY'] });
  });

  it.each([
    ['Trưởng thôn Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Trưởng thôn'],
    ['TRƯỞNG XÓM: NGUYỄN VĂN HẢI', 'Nguyễn Văn Hải', 'Trưởng xóm'],
    ['Trưởng thôn Lều Văn Hải', 'Lều Văn Hải', 'Trưởng thôn'],
    ['Truong thon Nguyen Van Hai', 'Nguyen Van Hai', 'Truong thon'],
    ['Y tá Lê Thị Lan', 'Lê Thị Lan', 'Y tá'],
    // Two words led by a common family name: a person's short name, as a hamlet's seldom is.
    ['Trưởng thôn Nguyễn Hải', 'Nguyễn Hải', 'Trưởng thôn'],
    ['Trưởng thôn - Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Trưởng thôn'],
    ['Trưởng thôn, Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Trưởng thôn'],
  ])('%s: a person after the office is still read as the name', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });
});

// Session 25's leftovers: a hamlet named by a rarer family name ('Trưởng thôn Đồng Tâm') was read as a person named Đồng
// Tâm; a hamlet whose second word is a family name lent it to the head's name ('Lai Vũ Hùng' of a hamlet 'Thượng'); a
// commune chairman's name of two words kept the whole cell as an organisation.
describe("an office's place and a short name after it", () => {
  it.each([
    ['Trưởng thôn Đồng Tâm', null, 'Trưởng thôn Đồng Tâm'],
    ['Trưởng thôn Kim Anh', null, 'Trưởng thôn Kim Anh'],
    ['Trưởng thôn Đồng Tâm - Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Trưởng thôn Đồng Tâm'],
    ['Trưởng thôn Thượng Lai Vũ Hùng', 'Vũ Hùng', 'Trưởng thôn Thượng Lai'],
    ['Trưởng thôn Đông Lai Nguyễn Hải', 'Nguyễn Hải', 'Trưởng thôn Đông Lai'],
    ['Chủ tịch UBND xã Trần Hải', 'Trần Hải', 'Chủ tịch UBND xã'],
    ['Phó chủ tịch UBND xã Lê Minh', 'Lê Minh', 'Phó chủ tịch UBND xã'],
    // Near misses: a full name after a hamlet of one word, a middle name Văn, a common family name, a commune of the lists.
    ['Trưởng thôn Đông Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Trưởng thôn Đông'],
    ['Trưởng thôn Thượng Lai Lê Văn Hùng', 'Lê Văn Hùng', 'Trưởng thôn Thượng Lai'],
    ['Trưởng thôn Lều Văn', 'Lều Văn', 'Trưởng thôn'],
    ['Trưởng thôn Lê Hùng', 'Lê Hùng', 'Trưởng thôn'],
    ['Chủ tịch UBND xã Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Chủ tịch UBND xã'],
  ])('%s: the name %s, the relation %s', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });

  it('keeps the chairman of a commune of the lists an organisation, its name led by a family name or not', () => {
    for (const cell of ['Chủ tịch UBND xã Hồ Sơn', 'Chủ tịch UBND xã Kim Long', 'Chủ tịch UBND xã Tam Phúc']) expect(read(cell)).toMatchObject({ fullName: cell, relation: null });
  });
});

// The eldest son declaring his father's death (death books of xã Gia Khánh, 2005): the rank typed after the relation
// ('Con trai cả', 'Con trai trưởng:') was read as a word of the name ('Cả Nguyễn Văn Hải') or lost the name.
describe("a child's rank typed after the relation, before the name", () => {
  it.each([
    ['Con trai cả Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Con trai cả'],
    ['Con gái út Lê Thị Hoa', 'Lê Thị Hoa', 'Con gái út'],
    ['Con thứ hai Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Con thứ hai'],
    ['Con trai thứ 2 Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Con trai thứ 2'],
    ['Con trưởng Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Con trưởng'],
    ['Con trai trưởng: Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Con trai trưởng'],
    ['Con trai trưởng - Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Con trai trưởng'],
    ['CON TRAI CẢ NGUYỄN VĂN HẢI', 'Nguyễn Văn Hải', 'Con trai cả'],
  ])('%s: the rank is the relation\'s', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });

  it.each([
    ['Con trai Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Con trai'],
    ['Con cả Nguyễn Văn Hải', 'Nguyễn Văn Hải', 'Con cả'],
    // 'Cả' before a name no family name leads stays the name's.
    ['Con trai Cả Văn Hải', 'Cả Văn Hải', 'Con trai'],
    ['Mẹ đẻ Trần Thị Bình', 'Trần Thị Bình', 'Mẹ đẻ'],
  ])('%s: read as before', (cell, fullName, relation) => {
    expect(read(cell)).toMatchObject({ fullName, relation });
  });
});
