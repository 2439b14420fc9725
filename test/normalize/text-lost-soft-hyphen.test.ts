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
    const result = normalizeText({ text: 'X· QuÊt Lu, huyÖn D¬ng Hoµ', font: '.VnTime' });
    expect(result.value).toBe('Xã Quất Lu, huyện Dương Hoà');
    expect(result.findings).toContainEqual({ code: 'TEXT_TCVN3_LETTER_LOST', params: { words: 'Lu' } });
    expect(restoreLostSoftHyphen('Hng Thị Hơng').doubtful).toEqual(['Hng']);
  });

  it('are not reported without that evidence', () => {
    expect(codes('X· QuÊt Lu')).toEqual(['TEXT_LEGACY_TCVN3']);
    expect(codes('Lu V¨n Thu')).toEqual(['TEXT_LEGACY_TCVN3']);
    expect(restoreLostSoftHyphen('Lu Văn Thơm')).toEqual({ text: 'Lu Văn Thơm', doubtful: [] });
  });
});
