/**
 * A no-break space (Ctrl+Shift+Space in Word, a web page pasted in) is a space
 * before legacy detection: no legacy encoding uses byte 0xA0 for a letter
 * (tcvn3-decode.csv, vni.csv), so 'Ngô\u00a0Quang' is two Unicode words, not one
 * junk word TCVN3 'repairs' into 'Ngụ Quang'. Only UTF-8 mojibake keeps it (à is C3 A0).
 */
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding } from '../../src/normalize/text/detect-legacy-encoding.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';

describe('space look-alikes in Unicode cells', () => {
  it.each([
    ['Ngô\u00a0Quang\u00a0Huy', 'Ngô Quang Huy'],
    ['Lê\u00a0Thu\u00a0Hà', 'Lê Thu Hà'],
    ['Võ\u00a0Thanh\u00a0Tâm', 'Võ Thanh Tâm'],
    ['Tô\u00a0Hoài\u00a0Nam', 'Tô Hoài Nam'],
    ['Chu\u00a0Thu\u00a0Hoà', 'Chu Thu Hoà'],
    ['Lê Thu Hà\u00a0', 'Lê Thu Hà'],
    ['\u00a0Lê Tú Anh', 'Lê Tú Anh'],
    ['Lê\u202fThu\u2007Hà', 'Lê Thu Hà'],
  ])('%j → %s, with no note', (text, value) => {
    for (const font of [undefined, 'Times New Roman']) {
      expect(normalizeText({ text, font })).toEqual({ value, findings: [] });
    }
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it('keeps reading legacy text whose words an NBSP separates', () => {
    expect(normalizeText({ text: 'TrÇn\u00a0ThÞ\u00a0H\u00ad¬ng', font: '.VnTime' }).value).toBe('Trần Thị Hương');
    expect(normalizeText('TrÇn\u00a0ThÞ\u00a0H\u00ad¬ng').value).toBe('Trần Thị Hương');
    expect(normalizeText({ text: 'Nguyeãn\u00a0Vaên\u00a0An', font: 'VNI-Times' }).value).toBe('Nguyễn Văn An');
  });

  it('keeps an NBSP that is a byte of UTF-8 mojibake (à = C3 A0, Ạ = E1 BA A0)', () => {
    expect(normalizeText('HoÃ\u00a0ng').value).toBe('Hoàng');
    expect(normalizeText('Nguyá»…n Thá»‹ Hoà\u00a0i').value).toBe('Nguyễn Thị Hoà i');
    expect(normalizeText('Ãº Ä‘Ã\u00a0').value).toBe('ú đà');
  });
});
