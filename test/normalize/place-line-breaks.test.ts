import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { FieldMemo } from '../../src/normalize/memo/field-memo.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/normalize-options.js';
import { lineBreakSeparators, placeLineBreaks } from '../../src/normalize/place/place-line-breaks.js';

const joined = (text: string): string => placeLineBreaks(text)[0]!;

describe('a line break typed inside a place cell', () => {
  it.each([
    // The page's lines copied: each new line a part of the address (before: joined by a bare space).
    ['Trạm Y tế xã Tam Hợp\nhuyện Bình Xuyên', 'Trạm Y tế xã Tam Hợp, huyện Bình Xuyên'],
    ['Xóm Chùa\nxã Tam Hợp\nhuyện Bình Xuyên', 'Xóm Chùa, xã Tam Hợp, huyện Bình Xuyên'],
    ['Thôn Mới\nTTr Hương Canh\nBình Xuyên', 'Thôn Mới, TTr Hương Canh, Bình Xuyên'],
    ['Thôn Đông\nHương Canh - Bình Xuyên - Vĩnh Phúc', 'Thôn Đông, Hương Canh - Bình Xuyên - Vĩnh Phúc'],
    ['Bệnh viện đa khoa xã Tam Hợp\nBình Xuyên', 'Bệnh viện đa khoa xã Tam Hợp, Bình Xuyên'],
    ['Tổ dân phố 3\nP. Liên Bảo\nTP Vĩnh Yên', 'Tổ dân phố 3, P. Liên Bảo, TP Vĩnh Yên'],
    ['Xã Tam Hợp\r\nhuyện Bình Xuyên', 'Xã Tam Hợp, huyện Bình Xuyên'],
    // A commune of the lists typed without its unit word on the next line.
    ['Xóm Chùa\nTam Hợp', 'Xóm Chùa, Tam Hợp'],
    // An institution's whole name, then its address (session 23, theme 5: was joined by a space).
    ['Bệnh viện Sản nhi Vĩnh Phúc\nPhường Liên Bảo, thị xã Vĩnh Yên', 'Bệnh viện Sản nhi Vĩnh Phúc, Phường Liên Bảo, thị xã Vĩnh Yên'],
    ['BVĐK khu vực Phúc Yên\nphường Hùng Vương', 'BVĐK khu vực Phúc Yên, phường Hùng Vương'],
    // A death's place (death book of xã Bá Hiến, 2012): the department, then the hospital; a road's kilometre, then the commune.
    ['Khoa Hồi sức cấp cứu\nBệnh viện đa khoa tỉnh Vĩnh Phúc', 'Khoa Hồi sức cấp cứu, Bệnh viện đa khoa tỉnh Vĩnh Phúc'],
    ['Khoa Ngoại\nBệnh viện\nhuyện Bình Xuyên', 'Khoa Ngoại, Bệnh viện huyện Bình Xuyên'],
    ['Km 15, Quốc lộ 2A\nxã Quất Lưu', 'Km 15, Quốc lộ 2A, xã Quất Lưu'],
  ])('%j reads as %j', (cell, expected) => {
    expect(joined(cell)).toBe(expected);
  });

  it.each([
    // A name wrapped: the break is a space, as before.
    ['Bệnh viện huyện\nMê Linh', 'Bệnh viện huyện Mê Linh'],
    ['Bệnh viện Sản Nhi\nVĩnh Phúc', 'Bệnh viện Sản Nhi Vĩnh Phúc'],
    ['Bệnh viện Sản Nhi Vĩnh\nPhúc', 'Bệnh viện Sản Nhi Vĩnh Phúc'],
    ['Bệnh viện Vĩnh Phúc\nCơ sở 2', 'Bệnh viện Vĩnh Phúc Cơ sở 2'],
    ['Xã Tam\nHợp, Bình Xuyên', 'Xã Tam Hợp, Bình Xuyên'],
    ['Thôn Đông, xã\nTam Hợp', 'Thôn Đông, xã Tam Hợp'],
    // Punctuation already there: nothing added.
    ['Thôn Đông,\nxã Tam Hợp', 'Thôn Đông, xã Tam Hợp'],
    ['Thôn Đông\n- xã Tam Hợp', 'Thôn Đông - xã Tam Hợp'],
    ['Tại nhà\nriêng', 'Tại nhà riêng'],
    // A hamlet's name (in no list) wrapped after a syllable: one name, never two parts.
    ['Thôn Nhân\nNghĩa, xã Sơn Lôi', 'Thôn Nhân Nghĩa, xã Sơn Lôi'],
    ['Thôn Văn\nGiáo, xã Thiện Kế, huyện Bình Xuyên', 'Thôn Văn Giáo, xã Thiện Kế, huyện Bình Xuyên'],
    ['Xóm Hữu\nBằng, xã Phú Xuân', 'Xóm Hữu Bằng, xã Phú Xuân'],
    // An institution's name wrapped before its unit word is one name.
    ['Bệnh viện đa khoa\ntỉnh Vĩnh Phúc', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc'],
    ['Trạm Y tế\nxã Tam Hợp', 'Trạm Y tế xã Tam Hợp'],
    ['TT Y tế huyện\nBình Xuyên', 'TT Y tế huyện Bình Xuyên'],
    ['TT Y tế\nhuyện Bình Xuyên', 'TT Y tế huyện Bình Xuyên'],
    ['Khu công nghiệp\nBình Xuyên', 'Khu công nghiệp Bình Xuyên'],
    ['Làng trẻ em SOS\nVĩnh Phúc', 'Làng trẻ em SOS Vĩnh Phúc'],
    ['Khu đô thị\nChùa Hà Tiên, Vĩnh Yên', 'Khu đô thị Chùa Hà Tiên, Vĩnh Yên'],
    // A line in parts before a name wrapped, not a unit word and a name of the lists.
    ['Xóm Chùa, xã Tam\nHợp', 'Xóm Chùa, xã Tam Hợp'],
    ['Bệnh viện Bạch Mai, Hà Nội\nKhoa cấp cứu', 'Bệnh viện Bạch Mai, Hà Nội Khoa cấp cứu'],
  ])('%j stays one part: %j', (cell, expected) => {
    expect(joined(cell).replace(/\s+/g, ' ')).toBe(expected);
  });

  it('weighs the breaks in the text as it reads when given it (a legacy font decoded)', () => {
    const typed = encodeTcvn3('Thôn Yên\nxã Thanh Lãng\nhuyện Mê Linh');
    expect(placeLineBreaks(typed, [typed], 'Thôn Yên\nxã Thanh Lãng\nhuyện Mê Linh')).toEqual([encodeTcvn3('Thôn Yên, xã Thanh Lãng, huyện Mê Linh')]);
  });

  it('replaces the breaks of rich-text runs in the order of the whole text', () => {
    expect(placeLineBreaks('Xóm Chùa\nxã Tam Hợp\nhuyện Bình Xuyên', ['Xóm Chùa\nxã Tam', ' Hợp\nhuyện Bình Xuyên'])).toEqual(['Xóm Chùa, xã Tam', ' Hợp, huyện Bình Xuyên']);
  });

  it('leaves text without a line break as it is, and never leaves one, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const [out] = placeLineBreaks(text);
        if (!text.includes('\n')) expect(out).toBe(text);
        expect(out).not.toMatch(/\n/);
        expect(lineBreakSeparators(text)).toHaveLength(text.split('\n').length - 1);
      }),
    );
  });
});

/** A 1995 book typed in a legacy font: its place cells break lines as the Unicode books' do. */
describe('a line break inside a place cell typed in a legacy font', () => {
  const memo = new FieldMemo({ ...DEFAULT_NORMALIZE_OPTIONS, districtCode: '249' }, false);
  const place = (text: string, font: string) => memo.place({ value: text, text, font, column: 'M' }).value?.value;
  it.each([
    ['Thôn Yên\nxã Thanh Lãng\nhuyện Mê Linh', 'Thôn Yên, xã Thanh Lãng, huyện Mê Linh'],
    ['Trạm xá xã Thanh Lãng\nhuyện Mê Linh', 'Trạm xá xã Thanh Lãng, huyện Mê Linh'],
    ['Xóm Chùa, xã Thanh Lãng\nMê Linh - Vĩnh Phú', 'Xóm Chùa, xã Thanh Lãng, Mê Linh - Vĩnh Phú'],
    // A name wrapped stays one part, as in Unicode.
    ['Bệnh viện đa khoa\ntỉnh Vĩnh Phú', 'Bệnh viện đa khoa tỉnh Vĩnh Phú'],
    ['Bệnh viện huyện\nMê Linh', 'Bệnh viện huyện Mê Linh'],
  ])('%j reads as the same cell typed in Unicode', (unicode, expected) => {
    expect(place(encodeTcvn3(unicode), '.VnTime')).toBe(expected);
    expect(place(encodeVni(unicode), 'VNI-Times')).toBe(expected);
    expect(place(unicode, 'Times New Roman')).toBe(expected);
  });
});

/**
 * A Windows-1258 CSV decodes with each tone as a combining mark after its letter ('huyê\u0323n'),
 * as some keyboards type too: the breaks are weighed as the text reads once composed.
 */
describe('a line break inside a place cell written with combining tone marks', () => {
  const memo = new FieldMemo({ ...DEFAULT_NORMALIZE_OPTIONS, districtCode: '252' }, false);
  const place = (text: string) => memo.place({ value: text, text, column: 'G' }).value?.value;
  const tonesApart = (unicode: string): string =>
    [...unicode.normalize('NFD').matchAll(/\P{M}\p{M}*/gu)]
      .map(([cluster]) => cluster.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC') + (cluster.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).join(''))
      .join('');
  it.each([
    ['Thôn Đoài, xã Kim Xá\nhuyện Vĩnh Tường, tỉnh Vĩnh Phúc', 'Thôn Đoài, xã Kim Xá, huyện Vĩnh Tường, tỉnh Vĩnh Phúc'],
    ['Thôn Đoài\nxã Kim Xá\nhuyện Vĩnh Tường', 'Thôn Đoài, xã Kim Xá, huyện Vĩnh Tường'],
    ['Xóm Chùa\nTam Hợp', 'Xóm Chùa, Tam Hợp'],
    // A name wrapped stays one part.
    ['Bệnh viện huyện\nMê Linh', 'Bệnh viện huyện Mê Linh'],
    ['Thôn Nhân\nNghĩa, xã Sơn Lôi', 'Thôn Nhân Nghĩa, xã Sơn Lôi'],
  ])('%j reads as the same cell composed', (unicode, expected) => {
    const decomposed = tonesApart(unicode);
    expect(decomposed).not.toBe(unicode);
    expect(lineBreakSeparators(decomposed)).toEqual(lineBreakSeparators(unicode));
    expect(place(decomposed)).toBe(expected);
  });
});
