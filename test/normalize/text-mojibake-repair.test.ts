/**
 * UTF-8 read as Windows-1252 (legacy-encodings.md §1): re-read exactly even
 * when the result is no Vietnamese (foreign names), and sequences cut short by
 * a converter that dropped the five bytes Windows-1252 leaves undefined.
 */
import { describe, expect, it } from 'vitest';
import { decodeUtf8Mojibake, isWholeUtf8Mojibake } from '../../src/normalize/text/decode-mojibake.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';

describe('foreign names in UTF-8 mojibake', () => {
  it.each([
    ['Maria PiÃ±eda', 'Maria Piñeda'],
    ['JosÃ© FernÃ¡ndez', 'José Fernández'],
    ['Anna MÃ¼ller', 'Anna Müller'],
    ['FranÃ§ois', 'François'],
  ])('%s → %s', (text, value) => {
    expect(isWholeUtf8Mojibake(text)).toBe(true);
    expect(normalizeText({ text, font: 'Calibri' })).toEqual({ value, findings: [{ code: 'TEXT_MOJIBAKE_UTF8', from: text, to: value }] });
  });

  it.each(['Müller', 'José', 'Hoàng', 'NGÃ BA', 'Â', 'Lê Thu Hà', 'Ärzte', 'ThÞ'])('%s is not mojibake', (text) => {
    expect(isWholeUtf8Mojibake(text)).toBe(false);
    expect(normalizeText(text).findings.map((finding) => finding.code)).not.toContain('TEXT_MOJIBAKE_UTF8');
  });
});

describe('sequences cut short by a dropped byte (0x81 0x8D 0x8F 0x90 0x9D)', () => {
  it.each([
    ['Pháº¡m Thá»‹ Ngá»c Ãnh', 'Phạm Thị Ngọc Ánh'],
    ['Pháº¡m Äá»©c Tháº¯ng', 'Phạm Đức Thắng'],
    ['Äáº·ng Thá»‹ Thá»§y', 'Đặng Thị Thủy'],
    ['Nguyá»…n Thá»‹ Huyá»n Trang', 'Nguyễn Thị Huyền Trang'],
    ['Bá»‡nh viá»‡n Äa khoa tá»‰nh VÄ©nh PhÃºc', 'Bệnh viện Đa khoa tỉnh Vĩnh Phúc'],
    ['LÃ½ Thá»‹ Há»“ng Ãnh', 'Lý Thị Hồng Ánh'],
  ])('%s → %s', (text, value) => {
    expect(normalizeText(text)).toEqual({ value, findings: [{ code: 'TEXT_MOJIBAKE_UTF8', from: text, to: value }] });
  });

  it('marks a letter it cannot tell as lost, never leaving » for a quote', () => {
    // 'á»' + dropped byte before 'i': ềi ọi ỏi ời are all syllables, none of them a common one.
    const decoded = decodeUtf8Mojibake('Nguyá»…n Thá»‹ Bá»i');
    expect(decoded).toBe('Nguyễn Thị B\ufffdi');
    expect(normalizeText('Nguyá»…n Thá»‹ Bá»i').findings.map((finding) => finding.code)).toEqual(['TEXT_MOJIBAKE_UTF8', 'TEXT_REPLACEMENT_CHARACTER']);
  });

  it("leaves a real 'Ä' or 'Ã' alone", () => {
    expect(decodeUtf8Mojibake('Ärzte')).toBe('Ärzte');
    expect(normalizeText('Björn Ärzte Müller').value).toBe('Björn Ärzte Müller');
  });
});
