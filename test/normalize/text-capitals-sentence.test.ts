/**
 * sentenceFromCapitals: a cause of death typed all in capitals in sentence case; acronyms, a place
 * after 'tại' and mixed-case text as registers write them; never throws, idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationCellCase } from '../../src/normalize/name/declarant-relation.js';
import { sentenceFromCapitals } from '../../src/normalize/text/capitals-sentence.js';
import { VIETNAMESE_LETTERS } from '../../src/reference/legacy-tables.js';

describe('sentenceFromCapitals', () => {
  it.each([
    ['GIÀ YẾU', 'Già yếu'],
    ['ỐM', 'Ốm'],
    ['UNG THƯ GAN GIAI ĐOẠN CUỐI', 'Ung thư gan giai đoạn cuối'],
    ['ĐỘT QUỴ NÃO', 'Đột quỵ não'],
    ['SUY TIM, THA', 'Suy tim, THA'],
    ['K PHỔI', 'K phổi'],
    ['XƠ GAN DO VIRUS', 'Xơ gan do VIRUS'],
    ['CHẾT ĐUỐI Ở SÔNG PHÓ ĐÁY', 'Chết đuối ở Sông Phó Đáy'],
    ['CHẾT ĐUỐI SÔNG PHÓ ĐÁY', 'Chết đuối sông Phó Đáy'],
    ['UNG THƯ GAN, ĐIỀU TRỊ BỆNH VIỆN BẠCH MAI', 'Ung thư gan, điều trị bệnh viện Bạch Mai'],
    ['TNGT TẠI QL2', 'TNGT tại QL2'],
    ['TẠI NHÀ', 'Tại nhà'],
    // TCVN3 capitals: the font has no toned capital letters.
    ['GIà YếU', 'Già yếu'],
  ])('%s → %s', (typed, expected) => {
    expect(sentenceFromCapitals(typed)).toBe(expected);
  });

  it.each(['TNGT', 'HIV/AIDS', 'COVID-19', 'THA', 'Già yếu', 'già yếu', 'Tai biến (TBMMN)', 'Ung thư phổi', '12', ''])('keeps %j as typed', (typed) => {
    expect(sentenceFromCapitals(typed)).toBe(typed);
  });

  const letters = fc.string({ unit: fc.constantFrom(...VIETNAMESE_LETTERS, ...'ABCDEFGHIKLMNOPQRSTUVXY ,./-()0123456789'), maxLength: 40 });
  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(letters, letters.map((text) => text.toUpperCase()), fc.string({ maxLength: 30 })), (text) => {
        const once = sentenceFromCapitals(text);
        expect(sentenceFromCapitals(once)).toBe(once);
        expect(once.toLowerCase()).toBe(text.toLowerCase());
      }),
      { numRuns: 400 },
    );
  });
});

describe('relationCellCase', () => {
  it.each([
    ['CON TRAI', 'Con trai'],
    ['MẸ ĐẺ', 'Mẹ đẻ'],
    ['CHÁU NỘI', 'Cháu nội'],
    ['VỢ NGƯỜI CHẾT', 'Vợ người chết'],
    ['CÁN BỘ TƯ PHÁP', 'Cán bộ tư pháp'],
    ['BẢN THÂN', 'Bản thân'],
    // An office and the place it serves: the office as registers write it, the place as a place in capitals is
    // recased (before, the whole cell stayed in capitals).
    ['TRƯỞNG THÔN NÚI ĐINH', 'Trưởng thôn Núi Đinh'],
    ['CÔNG AN XÃ TỨ YÊN', 'Công an xã Tứ Yên'],
    ['Y TÁ TRẠM Y TẾ XÃ SƠN LÔI', 'Y tá Trạm y tế xã Sơn Lôi'],
    ['TỔ TRƯỞNG TDP SỐ 3', 'Tổ trưởng TDP số 3'],
    // Not a relation whole nor an office's place: a person's name stays as typed.
    ['CON TRAI NGUYỄN VĂN AN', 'CON TRAI NGUYỄN VĂN AN'],
    ['NGUYỄN VĂN AN', 'NGUYỄN VĂN AN'],
    ['Trưởng thôn NÚI ĐINH', 'Trưởng thôn NÚI ĐINH'],
    // Each word capitalised (TCVN3 capitals read so: no toned capitals) or lower case: as registers write it.
    ['Mẹ Đẻ', 'Mẹ đẻ'],
    ['Con Trai', 'Con trai'],
    ['bà nội', 'Bà nội'],
    ['Con trai', 'Con trai'],
    ['QH: mẹ', 'QH: mẹ'],
    ['Trưởng thôn Núi Đinh', 'Trưởng thôn Núi Đinh'],
  ])('%s → %s', (typed, expected) => {
    expect(relationCellCase(typed)).toBe(expected);
  });
});
