import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';
import { rowLegacyEncoding } from '../../src/normalize/text/row-encoding.js';

// Windows-1252 as Excel shows bytes 0x80–0x9F; the other bytes are U+0080–U+00FF.
const CP1252: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ' };
/** A legacy CSV exported as UTF-8, opened by Excel as Windows-1252 (no BOM) and saved again as 'CSV UTF-8'. */
const reopened = (legacy: string): string => [...Buffer.from(legacy, 'utf8')].map((byte) => CP1252[byte] ?? String.fromCharCode(byte)).join('');

describe('legacy text whose UTF-8 export was read back as Windows-1252', () => {
  it('is re-read, then decoded from its legacy encoding', () => {
    expect(reopened(encodeTcvn3('Nguyễn Văn An'))).toBe('NguyÃ”n VÂ¨n An');
    for (const text of ['Nguyễn Văn An', 'Thôn Đồng Sậu, xã Tam Hợp, huyện Bình Xuyên', 'Sán Dìu', 'Đăng ký quá hạn']) {
      expect(normalizeText(reopened(encodeTcvn3(text))).value, text).toBe(text);
      expect(normalizeText(reopened(encodeVni(text))).value, text).toBe(text);
    }
    expect(normalizeText(reopened(encodeTcvn3('Đăng ký'))).findings.map((finding) => finding.code)).toEqual(['TEXT_MOJIBAKE_UTF8', 'TEXT_LEGACY_TCVN3']);
  });

  it("keeps TCVN3's ư, the soft hyphen, through the re-read", () => {
    expect(normalizeText(reopened(encodeTcvn3('Trần Thị Hương'))).value).toBe('Trần Thị Hương');
    expect(normalizeText(reopened(encodeTcvn3('Trương Văn Cường'))).value).toBe('Trương Văn Cường');
  });

  it("reads a word that reads both ways in its row's encoding, and the row shows that encoding", () => {
    expect(normalizeText(reopened(encodeTcvn3('Bố'))).value).toBe('Bè');
    expect(normalizeText(reopened(encodeTcvn3('Bố')), { encoding: 'tcvn3' }).value).toBe('Bố');
    expect(normalizeText(reopened(encodeVni('Chồng')), { encoding: 'vni' }).value).toBe('Chồng');
    const tcvn3Row = ['1', reopened(encodeTcvn3('Nguyễn Văn An')), reopened(encodeTcvn3('Nữ')), reopened(encodeTcvn3('Bố'))];
    expect(rowLegacyEncoding(tcvn3Row)).toBe('tcvn3');
    expect(rowLegacyEncoding(['1', reopened(encodeVni('Nguyễn Văn An')), reopened(encodeVni('Thôn Đồng Sậu')), reopened(encodeVni('Chồng'))])).toBe('vni');
    // UTF-8 mojibake of Unicode text is no legacy row, nor is a foreign name re-read.
    expect(rowLegacyEncoding(['1', reopened('Nguyễn Văn An'), reopened('Trần Thị Hương'), 'Nam'])).toBeNull();
    expect(normalizeText('JosÃ© GarcÃ­a', { encoding: 'tcvn3' }).value).toBe('José García');
  });
});
