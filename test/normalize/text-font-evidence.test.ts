/**
 * A legacy font on Unicode text (a Unicode book re-formatted in VNI-Times or
 * .VnTime): what one cell can show on its own (legacy-encodings.md §2, "confirm
 * the font with the content").
 */
import { describe, expect, it } from 'vitest';
import { hasOrphanVniModifier } from '../../src/normalize/text/decode-vni.js';
import { detectLegacyEncoding } from '../../src/normalize/text/detect-legacy-encoding.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';

describe('VNI modifiers no VNI keyboard typed', () => {
  it.each(['Lê Hoàng Nam', 'Tô Thu Trà', 'Lê Hoàng Anh', 'Ánh', 'Hà Tây'])('%s in VNI-Times is Unicode', (text) => {
    expect(hasOrphanVniModifier(text)).toBe(true);
    expect(detectLegacyEncoding(text, 'VNI-Times')).toBeNull();
    expect(normalizeText({ text, font: 'VNI-Times' })).toEqual({ value: text, findings: [] });
  });

  it.each([
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
    ['Traàn Thò Höông', 'Trần Thị Hương'],
    ['Leâ Thu Haø', 'Lê Thu Hà'],
    ['AÙnh', 'Ánh'],
    ['Aùnh', 'Ánh'],
    ['Thò', 'Thị'],
    ['Chu Thu Hoaø', 'Chu Thu Hoà'],
  ])('real VNI %s still reads %s', (text, value) => {
    expect(hasOrphanVniModifier(text)).toBe(false);
    expect(normalizeText({ text, font: 'VNI-Times' }).value).toBe(value);
  });
});

describe('Unicode foreign names and symbols in a .VnTime cell', () => {
  it.each(['Anna Müller', 'José Fernández', 'Björn Müller'])('%s is not decoded', (text) => {
    expect(detectLegacyEncoding(text, '.VnTime')).toBeNull();
    expect(normalizeText({ text, font: '.VnTime' })).toEqual({ value: text, findings: [] });
  });

  it('keeps a middle dot standing alone in a Unicode cell', () => {
    const text = 'Số 5 · tổ 3, thị trấn Hương Canh';
    expect(normalizeText({ text, font: '.VnTime' })).toEqual({ value: text, findings: [] });
  });

  it.each(['Cải chính “Hoà” thành “Hòa” theo Quyết định số 12/QĐ-UBND', 'TRẦN VĂN FRANÇOIS', 'PHẠM THỊ LAN «CÒ»', 'Nguyễn Thị Müller'])(
    'no TEXT_UNDECODED_LEGACY on the Unicode cell %s',
    (text) => {
      expect(normalizeText({ text, font: '.VnTime' })).toEqual({ value: text, findings: [] });
    },
  );

  it('still decodes TCVN3 foreign names and words typed without their space', () => {
    expect(normalizeText({ text: 'TrÇnV¨n', font: '.VnTime' }).value).toBe('TrầnVăn');
    expect(normalizeText({ text: 'NguyÔnn ThÞ Hạnh', font: '.VnTime' }).findings.map((finding) => finding.code)).toContain('TEXT_UNDECODED_LEGACY');
  });
});
