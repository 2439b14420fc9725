/**
 * TCVN3 whose ư (U+00AD, the soft hyphen) a clean-up tool stripped
 * (legacy-encodings.md §3.5): 'H¬ng' decodes to 'Hơng', a rime Vietnamese lacks.
 */
import { describe, expect, it } from 'vitest';
import { restoreLostSoftHyphen } from '../../src/normalize/text/lost-soft-hyphen.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';

const codes = (text: string, font = '.VnTime'): string[] => normalizeText({ text, font }).findings.map((finding) => finding.code);

describe('ư restored before ơ', () => {
  it.each([
    ['TrÇn ThÞ H¬ng', 'Trần Thị Hương'],
    ['D¬ng V¨n Hëng', 'Dương Văn Hưởng'],
    ['Lª V¨n Tr¬ng', 'Lê Văn Trương'],
    ['Lª V¨n Lîng', 'Lê Văn Lượng'],
    ['®îc', 'được'],
  ])('%s → %s, with the TCVN3 note', (text, value) => {
    expect(normalizeText({ text, font: '.VnTime' })).toEqual({ value, findings: [{ code: 'TEXT_LEGACY_TCVN3', from: text, to: value }] });
  });

  it('in capitals (.VnTimeH) and without a font', () => {
    expect(normalizeText({ text: 'trÇn thÞ h¬ng', font: '.VnTimeH' }).value).toBe('TRẦN THỊ HƯƠNG');
    expect(normalizeText('TrÇn ThÞ H¬ng').value).toBe('Trần Thị Hương');
  });

  it('leaves ơ where it reads alone (Thơm, Sơn, Mới) and text that kept its ư', () => {
    expect(normalizeText({ text: 'Th¬m', font: '.VnTime' }).value).toBe('Thơm');
    expect(normalizeText({ text: 'x· H­¬ng S¬n', font: '.VnTime' }).value).toBe('xã Hương Sơn');
    expect(normalizeText({ text: 'Lu ThÞ H\u00ad¬ng', font: '.VnTime' })).toEqual({
      value: 'Lu Thị Hương',
      findings: [{ code: 'TEXT_LEGACY_TCVN3', from: 'Lu ThÞ H\u00ad¬ng', to: 'Lu Thị Hương' }],
    });
    // Unicode text is not touched: 'Hơng' typed so is the typist's.
    expect(normalizeText('Trần Thị Hơng').value).toBe('Trần Thị Hơng');
  });
});

describe('words that may have lost an ư', () => {
  it('are reported in a cell whose ơ words show the stripping', () => {
    const result = normalizeText({ text: 'Th«n Lu, huyÖn D¬ng Hoµ', font: '.VnTime' });
    expect(result.value).toBe('Thôn Lu, huyện Dương Hoà');
    expect(result.findings).toContainEqual({ code: 'TEXT_TCVN3_LETTER_LOST', params: { words: 'Lu' } });
    expect(restoreLostSoftHyphen('Mời Thị Hơng')).toEqual({ text: 'Mời Thị Hương', doubtful: ['Mời'], certain: 1 });
  });

  // The reference names the unit, or the family name, only with the ư: the word is read with it.
  it('get it back where a unit name or a family name reads only with it', () => {
    const place = normalizeText({ text: 'X· QuÊt Lu, huyÖn D¬ng Hoµ', font: '.VnTime' });
    expect(place.value).toBe('Xã Quất Lưu, huyện Dương Hoà');
    expect(place.findings.map((finding) => finding.code)).not.toContain('TEXT_TCVN3_LETTER_LOST');
    expect(inLostSheet('Th«n Xu©n §µi, x· QuÊt Lu, huyÖn B×nh Xuyªn').value).toBe('Thôn Xuân Đài, xã Quất Lưu, huyện Bình Xuyên');
    expect(restoreLostSoftHyphen('Lu Thị Hơng')).toEqual({ text: 'Lưu Thị Hương', doubtful: [], certain: 1 });
    expect(inLostSheet('Lu ThÕ Êt').value).toBe('Lưu Thế ất');
    // Not a family name's place: the last word of a name, a word after a village's name.
    expect(restoreLostSoftHyphen('Nguyễn Văn Lu', true)).toEqual({ text: 'Nguyễn Văn Lu', doubtful: ['Lu'], certain: 0 });
    expect(restoreLostSoftHyphen('thôn Đồng Lu', true)).toEqual({ text: 'thôn Đồng Lu', doubtful: ['Lu'], certain: 0 });
  });

  it('are not reported without that evidence', () => {
    expect(codes('X· QuÊt Lu')).toEqual(['TEXT_LEGACY_TCVN3']);
    expect(codes('Lu V¨n Thu')).toEqual(['TEXT_LEGACY_TCVN3']);
    expect(restoreLostSoftHyphen('Lu Văn Thơm')).toEqual({ text: 'Lu Văn Thơm', doubtful: [], certain: 0 });
    // Without an 'ơ' word of its own nor the sheet's evidence, 'Hng' and 'T' are left as typed.
    expect(normalizeText({ text: 'Ph¹m V¨n Hng', font: '.VnTime' }).value).toBe('Phạm Văn Hng');
    expect(normalizeText({ text: 'NguyÔn V¨n T', font: '.VnTime' }).value).toBe('Nguyễn Văn T');
  });
});

/** normalizeText of a .VnTime cell of a sheet whose TCVN3 lost its ư (sheetTextEvidence). */
const inLostSheet = (text: string, font = '.VnTime') => normalizeText({ text, font }, { lostSoftHyphen: true });

describe('words that lost their only ư, in a cell or a sheet that shows the stripping', () => {
  it.each([
    ['L¬ng V¨n Hng', 'Lương Văn Hưng'],
    ['D¬ng ThÞ Th', 'Dương Thị Thư'],
    ['D¬ng V¨n T', 'Dương Văn Tư'],
    ['Ph¬ng ThÞ C', 'Phương Thị Cư'],
  ])('in the cell: %s → %s, with the TCVN3 note', (text, value) => {
    expect(normalizeText({ text, font: '.VnTime' })).toEqual({ value, findings: [{ code: 'TEXT_LEGACY_TCVN3', from: text, to: value }] });
  });

  it.each([
    ['Ph¹m V¨n Hng', 'Phạm Văn Hưng'],
    ['NguyÔn ThÞ Nh', 'Nguyễn Thị Như'],
    ['TrÇn ThÞ Anh Th', 'Trần Thị Anh Thư'],
    ['NguyÔn V¨n T', 'Nguyễn Văn Tư'],
    ['Hµ V¨n Trng', 'Hà Văn Trưng'],
    ['Hng', 'Hưng'],
    ['Lª V¨n C', 'Lê Văn Cư'],
  ])('in the sheet: %s → %s, with the TCVN3 note', (text, value) => {
    expect(inLostSheet(text)).toEqual({ value, findings: [{ code: 'TEXT_LEGACY_TCVN3', from: text, to: value }] });
  });

  it('in capitals (.VnTimeH)', () => {
    expect(inLostSheet('ph¹m v¨n hng', '.VnTimeH').value).toBe('PHẠM VĂN HƯNG');
    expect(inLostSheet('NGUYÔN V¡N T', '.VnTimeH').value).toBe('NGUYỄN VĂN TƯ');
  });

  it("keeps an initial, a label and an abbreviation ('Nguyễn Văn T.', 'khu C', 'TP', 'Th.')", () => {
    expect(inLostSheet('NguyÔn V¨n T.')).toEqual({ value: 'Nguyễn Văn T.', findings: [{ code: 'TEXT_LEGACY_TCVN3', from: 'NguyÔn V¨n T.', to: 'Nguyễn Văn T.' }] });
    expect(inLostSheet('Tæ 5, Khu C, TP VÜnh Yªn').value).toBe('Tổ 5, Khu C, TP Vĩnh Yên');
    expect(inLostSheet('Th«n §«ng, Khu C').value).toBe('Thôn Đông, Khu C');
    expect(inLostSheet('Th. §«ng Xu©n, x· Kim Long').value).toBe('Th. Đông Xuân, xã Kim Long');
    expect(inLostSheet('Sè 12, ngâ 3, TT Tam §¶o').value).toBe('Số 12, ngõ 3, TT Tam Đảo');
  });

  it("reports words that read either way, in any cell of the sheet ('Lu' Lưu, 'Mời' Mười, 'Ng' Ngư or Ưng)", () => {
    expect(inLostSheet('Th«n Lu')).toEqual({
      value: 'Thôn Lu',
      findings: [
        { code: 'TEXT_LEGACY_TCVN3', from: 'Th«n Lu', to: 'Thôn Lu' },
        { code: 'TEXT_TCVN3_LETTER_LOST', params: { words: 'Lu' } },
      ],
    });
    // Quất Lưu is a commune of the reference, and no unit is named Quất Lu (see above).
    expect(inLostSheet('X· QuÊt Lu').value).toBe('Xã Quất Lưu');
    expect(inLostSheet('Phïng V¨n Mêi').findings).toContainEqual({ code: 'TEXT_TCVN3_LETTER_LOST', params: { words: 'Mời' } });
    expect(inLostSheet('Ph¹m ThÞ Ng').findings).toContainEqual({ code: 'TEXT_TCVN3_LETTER_LOST', params: { words: 'Ng' } });
    // A plain ASCII cell of that sheet is TCVN3 text too; typed without marks, 'Lu' may be a Lu as well as a Lưu.
    expect(inLostSheet('Lu Van Thu')).toEqual({ value: 'Lu Van Thu', findings: [{ code: 'TEXT_TCVN3_LETTER_LOST', params: { words: 'Lu' } }] });
  });

  it('leaves real ơ words, words that kept their ư, and Unicode text alone', () => {
    expect(inLostSheet('NguyÔn V¨n S¬n')).toEqual({ value: 'Nguyễn Văn Sơn', findings: [{ code: 'TEXT_LEGACY_TCVN3', from: 'NguyÔn V¨n S¬n', to: 'Nguyễn Văn Sơn' }] });
    expect(inLostSheet('Lª ThÞ Th¬m, Hoµng V¨n C¬').value).toBe('Lê Thị Thơm, Hoàng Văn Cơ');
    expect(inLostSheet('L\u00adu V¨n H\u00adng').value).toBe('Lưu Văn Hưng');
    expect(normalizeText('Nguyễn Văn T', { lostSoftHyphen: true }).value).toBe('Nguyễn Văn T');
    expect(inLostSheet('01/02/1998')).toEqual({ value: '01/02/1998', findings: [] });
  });
});
