/**
 * The opening capital of free text (cause of death, remarks) a TCVN3 font could not type
 * (legacy-encodings.md §3.2). Found by s10-encodings: 'èm nÆng' came out as 'ốm nặng'.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';
import { restoreSentenceCapital } from '../../src/normalize/text/lost-capital.js';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';

const vnTime = (text: string) => restoreSentenceCapital(normalizeText({ text: encodeTcvn3(text), font: '.VnTime' }));

describe('restoreSentenceCapital', () => {
  it.each([
    ['Ốm nặng', 'èm nÆng'],
    ['Ở nhà bị ngã', 'ë nhµ bÞ ng·'],
    ['Ủy quyền cho con trai đi khai', 'ñy quyÒn cho con trai ®i khai'],
    ['Ấn định lại ngày chết theo xác nhận của thôn', 'Ên ®Þnh l¹i ngµy chÕt theo x¸c nhËn cña th«n'],
    ['Ăn phải nấm độc', '¡n ph¶i nÊm ®éc'], // Ă has a .VnTime capital: typed so, nothing lost
    ['Ấu trùng sán. Đã điều trị', 'Êu trïng s¸n. §· ®iÒu trÞ'],
  ])('gives a .VnTime cell its capital back: %s', (expected, typed) => {
    expect(encodeTcvn3(expected)).toBe(typed);
    const read = vnTime(expected);
    expect(read.value).toBe(expected);
    expect(read.findings.map((finding) => finding.code)).toEqual(['TEXT_LEGACY_TCVN3']);
  });

  it('leaves a clerk who writes sentences in lower case, and later sentences, as typed', () => {
    expect(vnTime('ốm nặng. đã điều trị tại nhà').value).toBe('ốm nặng. đã điều trị tại nhà');
    expect(vnTime('Già yếu. ốm lâu ngày').value).toBe('Già yếu. ốm lâu ngày');
  });

  it('never changes Unicode or VNI cells, whose clerk could type the capital', () => {
    for (const text of ['ốm nặng', 'ủy quyền cho con trai đi khai']) {
      expect(restoreSentenceCapital(normalizeText(text)).value).toBe(text);
      expect(restoreSentenceCapital(normalizeText({ text: encodeVni(text), font: 'VNI-Times' })).value).toBe(text);
    }
  });

  it('is idempotent and only ever capitalises the first letter', () => {
    fc.assert(
      fc.property(fc.constantFrom('ốm', 'Già', 'ủy', 'ở', 'bị', '.', ',', '1', 'ấn', 'nhà', '(', 'ăn'), fc.array(fc.constantFrom('ốm', 'nhà', '. ', 'ở', 'Ấn', 'đã'), { maxLength: 6 }), (first, rest) => {
        const text = [first, ...rest].join(' ');
        const once = vnTime(text);
        const again = restoreSentenceCapital(once);
        expect(again.value).toBe(once.value);
        const decoded = normalizeText({ text: encodeTcvn3(text), font: '.VnTime' }).value;
        expect(once.value.toLowerCase()).toBe(decoded.toLowerCase());
        expect([...once.value].filter((char, index) => char !== decoded[index]).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
