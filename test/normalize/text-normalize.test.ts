/**
 * normalizeText end to end: conversions with their notes, rich-text runs,
 * fonts contradicted by content, cleanup, odd inputs, and the catalog.
 */
import { describe, expect, it } from 'vitest';
import { textCodes } from '../../src/catalog/text-codes.js';
import type { Normalized } from '../../src/normalize/finding.js';
import { cleanText } from '../../src/normalize/text/clean-text.js';
import { isCleanTextCell, normalizeText } from '../../src/normalize/text/normalize-text.js';

/** Run-time callers can hand over anything a spreadsheet cell holds. */
const normalizeAnything = normalizeText as (input: unknown) => Normalized<string>;
const codes = (result: Normalized<string>): string[] => result.findings.map((finding) => finding.code);

describe('legacy conversions are notes with from/to', () => {
  it.each([
    ['NguyÔn V¨n An', 'Nguyễn Văn An', 'TEXT_LEGACY_TCVN3'],
    ['Ph¹m ThÞ Ngäc ¸nh', 'Phạm Thị Ngọc ánh', 'TEXT_LEGACY_TCVN3'], // case is the name normalizer's job
    ['Traàn Thò Höông', 'Trần Thị Hương', 'TEXT_LEGACY_VNI'],
    ['Hïng', 'Hùng', 'TEXT_LEGACY_TCVN3'],
    ['Th¶o', 'Thảo', 'TEXT_LEGACY_TCVN3'],
    ['Höông', 'Hương', 'TEXT_LEGACY_VNI'],
    ['NguyêÞn', 'Nguyễn', 'TEXT_LEGACY_CP1258'],
    ['Nguyá»…n VÄƒn An', 'Nguyễn Văn An', 'TEXT_MOJIBAKE_UTF8'],
  ])('%s → %s', (input, value, code) => {
    expect(normalizeText(input)).toEqual({ value, findings: [{ code, from: input, to: value }] });
  });

  it('reports the text as found, noise included, and the cleaned result', () => {
    const input = '  NguyÔn\tV¨n  An\n';
    expect(normalizeText(input).findings).toEqual([{ code: 'TEXT_LEGACY_TCVN3', from: input, to: 'Nguyễn Văn An' }]);
  });

  it('decodes by the cell font', () => {
    expect(normalizeText({ text: 'Dòng', font: '.VnTime' }).value).toBe('Dũng');
    expect(normalizeText({ text: 'hä vµ tªn', font: '.VnTimeH' }).value).toBe('HỌ VÀ TÊN');
    expect(normalizeText({ text: 'Hoaøng Vaên Huøng', font: 'VNI-Times' }).value).toBe('Hoàng Văn Hùng');
  });
});

describe('rich-text runs', () => {
  it('decodes each run by its own font and joins them', () => {
    const result = normalizeText({
      text: 'hä vµ tªn: NguyÔn V¨n An',
      runs: [
        { text: 'hä vµ tªn: ', font: '.VnTimeH' },
        { text: 'NguyÔn V¨n An', font: '.VnTime' },
      ],
    });
    expect(result.value).toBe('HỌ VÀ TÊN: Nguyễn Văn An');
    expect(codes(result)).toEqual(['TEXT_LEGACY_TCVN3']);
  });

  it('mixes a VNI run, a Unicode run and a run inheriting the cell font', () => {
    const result = normalizeText({
      text: '',
      font: '.VnTime',
      runs: [
        { text: 'Hoï teân: ', font: 'VNI-Times' },
        { text: 'Nguyễn Văn ', font: 'Times New Roman' },
        { text: 'Hïng' },
      ],
    });
    expect(result.value).toBe('Họ tên: Nguyễn Văn Hùng');
    expect(codes(result).sort()).toEqual(['TEXT_LEGACY_TCVN3', 'TEXT_LEGACY_VNI']);
  });

  it('reads a run in a Unicode font apart from font-less legacy runs', () => {
    // 'Hùng' and 'Hà' read as TCVN3 'Hựng' and 'Hổ' if judged with the run before them.
    expect(normalizeText({ text: '', runs: [{ text: 'NguyÔn V¨n' }, { text: ' Hùng', font: 'Times New Roman' }] }).value).toBe('Nguyễn Văn Hùng');
    expect(normalizeText({ text: '', runs: [{ text: 'Ng« ThÞ ' }, { text: 'Hà', font: 'Arial' }] }).value).toBe('Ngô Thị Hà');
    // Runs in one Unicode font are still judged together.
    expect(normalizeText({ text: '', runs: [{ text: 'Leâ Thò ', font: 'Arial' }, { text: 'Hoàng', font: 'Arial' }] }).value).toBe('Lê Thị Hồng');
  });

  it('uses the text when the runs are empty', () => {
    expect(normalizeText({ text: 'Hïng', runs: [] }).value).toBe('Hùng');
  });
});

describe('a legacy font on Unicode content is left alone', () => {
  it.each([
    ['Nguyễn Văn An', '.VnTime'],
    ['Thôn Đồng Tâm, xã Tam Hợp', '.VnTimeH'],
    ['Trần Thị Hương', 'VNI-Times'],
    ['Hà Tây', '.VnTime'],
    ['Nguyen Van An', 'VNI-Times'],
  ])('%s in %s', (text, font) => {
    expect(normalizeText({ text, font })).toEqual({ value: text, findings: [] });
  });
});

// A legacy cell corrected later with a Unicode keyboard keeps its font: the re-typed
// word proves only that it is Unicode (found by the legacy-text tests, caseO/caseO2).
describe('a legacy-font cell partly re-typed in Unicode', () => {
  it.each([
    ['NguyÔn ThÞ Hạnh', '.VnTime', 'Nguyễn Thị Hạnh', 'TEXT_LEGACY_TCVN3'],
    ['TrÇn Văn Hùng', '.VnTime', 'Trần Văn Hùng', 'TEXT_LEGACY_TCVN3'],
    ['Vò V¨n Thắng', '.VnTime', 'Vũ Văn Thắng', 'TEXT_LEGACY_TCVN3'], // Vò reads as a syllable, but Vũ is the common one
    ['th«n Yªn Néi, xã Đồng Cương', '.VnTime', 'thôn Yên Nội, xã Đồng Cương', 'TEXT_LEGACY_TCVN3'],
    ['Nguyeãn Văn Hùng', 'VNI-Times', 'Nguyễn Văn Hùng', 'TEXT_LEGACY_VNI'],
    ['Leâ Thị Hạnh', 'VNI-Times', 'Lê Thị Hạnh', 'TEXT_LEGACY_VNI'],
    ['Traàn Vaên Đức', 'VNI-Times', 'Trần Văn Đức', 'TEXT_LEGACY_VNI'],
    ['Ngoâ Thò Huệ', 'VNI-Times', 'Ngô Thị Huệ', 'TEXT_LEGACY_VNI'],
    ['Voõ Vaên Dũng', 'VNI-Times', 'Võ Văn Dũng', 'TEXT_LEGACY_VNI'],
  ])('%s in %s → %s', (text, font, value, code) => {
    expect(normalizeText({ text, font })).toEqual({ value, findings: [{ code, from: text, to: value }] });
  });

  it('keeps the Unicode words, the ones with a Unicode-only letter and the ones that read as they are', () => {
    // TCVN3 would read Hùng as Hựng, Hà as Hổ, Tú as Tỳ: the common syllable as typed wins.
    for (const text of ['Nguyễn Thị Hạnh', 'Trần Văn Hùng', 'Hà Văn Tú', 'Lê Thị Thủy, thôn Đông']) {
      expect(normalizeText({ text, font: '.VnTime' })).toEqual({ value: text, findings: [] });
      expect(normalizeText({ text, font: 'VNI-Times' })).toEqual({ value: text, findings: [] });
    }
  });

  // A word re-typed with letters Latin-1 has too (ê, ì, à, â) holds no Unicode-only letter; it is a
  // syllable as typed and none in the font ('Xuyờn', 'Bụnh', 'HỔ'), so it stays and the cell is read word by word.
  it.each([
    ['Th«n §ång SËu, x· QuÊt L\u00ad u, huyÖn B×nh Xuyên'.replace('\u00ad ', '\u00ad'), '.VnTime', 'Thôn Đồng Sậu, xã Quất Lưu, huyện Bình Xuyên', 'TEXT_LEGACY_TCVN3'],
    ['huyÖn Bình Xuyên', '.VnTime', 'huyện Bình Xuyên', 'TEXT_LEGACY_TCVN3'],
    ['TrÇn ThÞ Hà', '.VnTime', 'Trần Thị Hà', 'TEXT_LEGACY_TCVN3'],
    ['Thò traán Höông Canh, huyeän Bình Xuyên', 'VNI-Times', 'Thị trấn Hương Canh, huyện Bình Xuyên', 'TEXT_LEGACY_VNI'],
  ])('keeps a word re-typed with Latin-1 letters: %s in %s → %s', (text, font, value, code) => {
    expect(normalizeText({ text, font })).toEqual({ value, findings: [{ code, from: text, to: value }] });
  });

  it('still reads a whole legacy cell whose words all read in the font', () => {
    // 'Bè' is a syllable as typed and in TCVN3 (Bố): no word proves a re-typing.
    expect(normalizeText({ text: 'Bè', font: '.VnTime' }).value).toBe('Bố');
    expect(normalizeText({ text: 'TrÇn ThÞ Hµ', font: '.VnTime' }).value).toBe('Trần Thị Hà');
    expect(normalizeText({ text: 'NGUYÔN V¡N AN', font: '.VnTimeH' }).value).toBe('NGUYỄN VĂN AN');
  });

  it('warns about a legacy word it cannot read, beside the ones it could', () => {
    expect(normalizeText({ text: 'NguyÔnn ThÞ Hạnh', font: '.VnTime' })).toEqual({
      value: 'NguyÔnn Thị Hạnh',
      findings: [{ code: 'TEXT_LEGACY_TCVN3', from: 'NguyÔnn ThÞ Hạnh', to: 'NguyÔnn Thị Hạnh' }, { code: 'TEXT_UNDECODED_LEGACY' }],
    });
  });

  it('does not warn of words the font could not read once the content read them all', () => {
    // A .VnTime book whose columns were re-formatted in VNI-Times: 'Lòng' is a syllable as typed and none
    // in VNI, so the cell is first read word by word in VNI ('huyÖn' reads in neither), then whole as TCVN3.
    const text = 'Th«n Lòng Ngoµi, x· B¸ HiÕn, huyÖn B×nh Xuyªn';
    const tcvn3 = { code: 'TEXT_LEGACY_TCVN3', from: text, to: 'Thôn Lũng Ngoài, xã Bá Hiến, huyện Bình Xuyên' };
    expect(normalizeText({ text, font: 'VNI-Times' })).toEqual({ value: tcvn3.to, findings: [tcvn3] });
    expect(normalizeText({ text, font: 'VNI-Times' }, { encoding: 'tcvn3' })).toEqual({ value: tcvn3.to, findings: [tcvn3] });
    // A word that no reading of the cell reads is still reported.
    expect(normalizeText({ text: 'NguyÔnn ThÞ Hạnh', font: 'VNI-Times' }, { encoding: 'tcvn3' }).findings).toContainEqual({ code: 'TEXT_UNDECODED_LEGACY' });
  });

  it('keeps Unicode-font cells on the fast path, and sends legacy-font ones to the word-by-word reading', () => {
    expect(isCleanTextCell('Nguyễn Thị Hạnh', 'Times New Roman')).toBe(true);
    expect(isCleanTextCell('Nguyễn Thị Hạnh', undefined)).toBe(true);
    expect(isCleanTextCell('Nguyễn Thị Hạnh', 'Verdana')).toBe(true);
    expect(isCleanTextCell('Nguyeãn Văn Hùng', '.VnTime')).toBe(false);
    expect(isCleanTextCell('Nguyeãn Văn Hùng', ' VNI-Times')).toBe(false);
    expect(isCleanTextCell('Nguyeãn Văn Hùng', undefined, 'vni')).toBe(false);
    expect(isCleanTextCell('Nguyen Van Hung', '.VnTime')).toBe(true);
  });
});

// The same cell in a CSV (or with its font reset to Arial) has no font to say it is legacy, and its row
// may be Unicode: a word no Unicode typing slip explains ('Nguyeãn', not 'Phùc') shows it by itself.
describe('a font-less cell partly re-typed in Unicode', () => {
  it.each([
    ['Nguyeãn Thò Hồng', undefined, 'Nguyễn Thị Hồng', 'TEXT_LEGACY_VNI'],
    ['Traàn Thò Hồng', 'Times New Roman', 'Trần Thị Hồng', 'TEXT_LEGACY_VNI'],
    ['Ñaëng Văn Hưng', undefined, 'Đặng Văn Hưng', 'TEXT_LEGACY_VNI'],
    ['Lª ThÞ Hạnh', undefined, 'Lê Thị Hạnh', 'TEXT_LEGACY_TCVN3'],
    // Names typed in capitals, and VNI's ị and ĩ before -nh (a rime Vietnamese does not write), pass the fast path's first test.
    ['NGUYEÃN THÒ HỒNG', undefined, 'NGUYỄN THỊ HỒNG', 'TEXT_LEGACY_VNI'],
    ['Nguyễn Văn Thònh', undefined, 'Nguyễn Văn Thịnh', 'TEXT_LEGACY_VNI'],
    ['Tỉnh Vónh Phúc', 'Arial', 'Tỉnh Vĩnh Phúc', 'TEXT_LEGACY_VNI'],
  ])('%s (%s) → %s', (text, font, value, code) => {
    expect(normalizeText(font === undefined ? text : { text, font })).toEqual({ value, findings: [{ code, from: text, to: value }] });
    expect(isCleanTextCell(text, font)).toBe(false);
  });

  it('leaves Unicode cells with tone slips or foreign words alone', () => {
    for (const text of ['Nguyễn Văn Phùc', 'Trần Thị Hòang', 'Lê Văn Chèt', 'Nguyễn Thò Hoàng', 'José Nguyễn', 'Nguyễn Hélène', 'Müller Thị Ánh', 'Tô Thị Mơ']) {
      expect(normalizeText(text)).toEqual({ value: text, findings: [] });
    }
    // Letters Vietnamese has too keep such a cell on the fast path.
    for (const text of ['Nguyễn Văn Phùc', 'Trần Thị Hòang', 'Nguyễn Thò Hoàng', 'Tô Thị Mơ', 'HOÀNG THỊ THUÝ', 'ĐOÀN THỊ XUÂN', 'TRẦN THỊ HÒANG']) {
      expect(isCleanTextCell(text, undefined)).toBe(true);
    }
  });

  it('reads such a cell in a Unicode font in a legacy row too (a legacy book re-formatted in Arial)', () => {
    for (const [text, font, encoding, value] of [
      ['Traàn Thò Hồng', 'Times New Roman', 'vni', 'Trần Thị Hồng'],
      ['Lª ThÞ Hạnh', 'Arial', 'tcvn3', 'Lê Thị Hạnh'],
    ] as const) {
      expect(normalizeText({ text, font }, { encoding }).value).toBe(value);
    }
    // Unicode typed as such stays, in any row.
    for (const text of ['Nguyễn Văn Phùc', 'José Nguyễn']) expect(normalizeText({ text, font: 'Arial' }, { encoding: 'vni' })).toEqual({ value: text, findings: [] });
  });

  it('leaves a cell alone when both encodings could read it', () => {
    // 'Loäc' is VNI Lộc and TCVN3 Loọc: the cell alone cannot tell.
    expect(normalizeText('Loäc Văn Hải').value).toBe('Loäc Văn Hải');
  });
});

describe('cleanup is silent', () => {
  it.each([
    ['  Nguyễn   Văn An  ', 'Nguyễn Văn An'],
    ['Nguyễn\u00a0Văn\u202fAn', 'Nguyễn Văn An'],
    ['Nguyễn\tVăn\r\nAn', 'Nguyễn Văn An'],
    ['Thôn 3,\nxã Tam Hợp', 'Thôn 3, xã Tam Hợp'],
    ['Ngu\u200byễn\u200c Văn\u200d An\u2060\ufeff', 'Nguyễn Văn An'],
    ['\ufeffHà Nội', 'Hà Nội'],
    ['Nguyễn Thị Thuỷ'.normalize('NFD'), 'Nguyễn Thị Thuỷ'],
    ['Ho\u0340a Bi\u0341nh', 'Hòa Bính'],
    ['Ðinh Văn ðức', 'Đinh Văn đức'],
    ['Ðinh', 'Đinh'],
    ['Nguyễn Văn\u00adAn', 'Nguyễn VănAn'],
    ['Hà\u0000 Nội\u0007', 'Hà Nội'],
    ['Hà\u0085Nội', 'Hà Nội'],
    ['\u202aNguyễn\u202c', 'Nguyễn'],
    // Excel's escaped carriage return, kept by the XLSX readers (text pasted from Word)
    ['Ngô Minh Tuấn_x000D_', 'Ngô Minh Tuấn'],
    ['Nguyen Van An_x000D_', 'Nguyen Van An'],
    ['Thôn 3,_x000D_\nxã Tam Hợp', 'Thôn 3, xã Tam Hợp'],
    ['   ', ''],
  ])('%j → %j', (input, value) => {
    expect(normalizeText(input)).toEqual({ value, findings: [] });
  });

  it('turns a zero-width space between two words into a space, and drops it inside a word', () => {
    expect(normalizeText('Trần\u200bVăn Hùng')).toEqual({ value: 'Trần Văn Hùng', findings: [] });
    expect(normalizeText('trần\u200bvăn hùng').value).toBe('trần văn hùng');
    expect(normalizeText('xã\u200bĐồng Cương').value).toBe('xã Đồng Cương');
    expect(normalizeText('Nguy\u200bễn Văn An').value).toBe('Nguyễn Văn An'); // 'Nguy' + 'ễn' is the syllable Nguyễn
    // The second word opens with a vowel, but the two make no syllable together: two words.
    expect(normalizeText('Thôn\u200bẤp Mới').value).toBe('Thôn Ấp Mới');
    expect(normalizeText('Nguyễn\u200bÁnh').value).toBe('Nguyễn Ánh');
    expect(normalizeText('Kho\u200ba').value).toBe('Khoa'); // Khoa is one syllable
    expect(normalizeText('Hoàng\u200dLong').value).toBe('HoàngLong'); // a joiner says no word ends there
    expect(normalizeText({ text: 'TrÇn\u200bV¨n', font: '.VnTime' }).value).toBe('TrầnVăn'); // legacy words are no syllables yet
  });

  it('keeps an eth in non-Vietnamese text', () => {
    expect(normalizeText('Guðrún').value).toBe('Guðrún');
  });

  it('returns clean input unchanged and finding-free', () => {
    for (const text of ['Nguyễn Văn An', 'Nguyen Van An', '12/03/1990', 'Hoàng', 'Hélène', 'Müller', '']) {
      expect(normalizeText(text)).toEqual({ value: text, findings: [] });
    }
  });

  it('exports the cleanup alone', () => {
    expect(cleanText(' Nguyễn\u00a0\u00a0Văn\u200bAn ')).toBe('Nguyễn Văn An');
    expect(cleanText('Thuỷ'.normalize('NFD'))).toBe('Thuỷ');
    expect(cleanText('Hoàng')).toBe('Hoàng');
  });
});

describe('lost and undecoded text', () => {
  it('reports U+FFFD as an error and keeps the text', () => {
    expect(normalizeText('Nguy\ufffdn V\ufffdn An')).toEqual({
      value: 'Nguy\ufffdn V\ufffdn An',
      findings: [{ code: 'TEXT_REPLACEMENT_CHARACTER', params: { count: 2 } }],
    });
  });

  it('turns a lone surrogate into U+FFFD and reports it', () => {
    const result = normalizeText('Nguy\ud800n');
    expect(result.value).toBe('Nguy\ufffdn');
    expect(codes(result)).toEqual(['TEXT_REPLACEMENT_CHARACTER']);
  });

  it('warns about legacy residue beside Unicode Vietnamese it cannot read (ñ for đ, a lone ö)', () => {
    for (const text of ['Lê Thị Mâñ', 'Nguyễn Thị Hö', 'Loäc Văn Hải']) {
      expect(normalizeText({ text, font: 'Times New Roman' })).toEqual({ value: text, findings: [{ code: 'TEXT_UNDECODED_LEGACY' }] });
    }
  });

  it('reads the legacy words of a half re-typed cell without a font when they show their encoding', () => {
    // The TCVN3 ư (a soft hyphen) was stripped from 'H­¬ng' too: restored as in a decoded cell.
    expect(normalizeText('Nguyễn ThÞ H¬ng').value).toBe('Nguyễn Thị Hương');
    for (const [text, value] of [['Trần Thò Höông', 'Trần Thị Hương'], ['Nguyễn Vaên Nam', 'Nguyễn Văn Nam'], ['Đỗ Thò Hoaøi Thaêm', 'Đỗ Thị Hoài Thăm']] as const) {
      expect(normalizeText({ text, font: 'Times New Roman' })).toEqual({ value, findings: [{ code: 'TEXT_LEGACY_VNI', from: text, to: value }] });
    }
    for (const [text, value] of [['NguyÔn ThÞ Hạnh', 'Nguyễn Thị Hạnh'], ['TrÇn Văn Hùng', 'Trần Văn Hùng'], ['Đỗ ThÞ Hằng', 'Đỗ Thị Hằng']] as const) {
      expect(normalizeText({ text, font: 'Times New Roman' }), text).toEqual({ value, findings: [{ code: 'TEXT_LEGACY_TCVN3', from: text, to: value }] });
    }
    // Foreign words with the same Latin-1 letters do not read as TCVN3 syllables.
    for (const text of ['München, Cộng hòa Liên bang Đức', 'François Nguyễn', 'Noël Trần Thị Hằng']) {
      expect(normalizeText(text).findings, text).toEqual([]);
    }
  });

  it('does not take standalone symbols or quotes for residue, nor a foreign name', () => {
    for (const text of ['Điều 5 §2', '«Tí»', '25 ©', 'Hoàng »', 'Björk', 'Müller', 'Nguyễn Thị Xuân Khuê', 'Trần Quế Thuê']) expect(normalizeText(text).findings).toEqual([]);
  });
});

describe('odd input never throws', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [12, '12'],
    [Number.NaN, ''],
    [true, 'true'],
    [new Date('2020-03-12T00:00:00Z'), '2020-03-12T00:00:00.000Z'],
    [new Date(Number.NaN), ''],
    [{ text: 5 }, '5'],
    [{ runs: 'x' }, ''],
    [{ text: 'Hïng', font: 7 }, 'Hùng'],
    [{ runs: [null, { text: 'Hïng' }, 3] }, 'Hùng3'],
    [Symbol('x'), ''],
    [[], ''],
  ])('%s → %j', (input, value) => {
    expect(normalizeAnything(input).value).toBe(value);
  });

  it('survives throwing getters and proxies', () => {
    const hostile = {
      get text(): string {
        throw new Error('boom');
      },
    };
    expect(normalizeAnything(hostile).value).toBe('');
    const proxy = new Proxy({}, { has: () => true, get: () => { throw new Error('boom'); } });
    expect(normalizeAnything(proxy).value).toBe('');
  });

  it('handles a long cell', () => {
    const long = 'NguyÔn V¨n An, '.repeat(5000);
    expect(normalizeText(long).value.startsWith('Nguyễn Văn An, Nguyễn')).toBe(true);
  });
});

describe('text catalog', () => {
  const emitted = ['TEXT_LEGACY_TCVN3', 'TEXT_LEGACY_VNI', 'TEXT_LEGACY_CP1258', 'TEXT_MOJIBAKE_UTF8', 'TEXT_REPLACEMENT_CHARACTER', 'TEXT_UNDECODED_LEGACY', 'TEXT_TCVN3_LETTER_LOST'];

  it('has one well-formed entry per code', () => {
    expect(textCodes.map((entry) => entry.code).sort()).toEqual([...emitted].sort());
    for (const entry of textCodes) {
      expect(entry.code).toMatch(/^TEXT_[A-Z0-9_]+$/);
      expect(entry.messageVi).toContain('{value}');
      expect(entry.messageVi.normalize('NFC')).toBe(entry.messageVi);
      expect(entry.description.length).toBeGreaterThan(20);
    }
  });

  it('gives the severities the brief asks for', () => {
    const severity = Object.fromEntries(textCodes.map((entry) => [entry.code, entry.severity]));
    expect(severity).toEqual({
      TEXT_LEGACY_TCVN3: 'note',
      TEXT_LEGACY_VNI: 'note',
      TEXT_LEGACY_CP1258: 'note',
      TEXT_MOJIBAKE_UTF8: 'note',
      TEXT_REPLACEMENT_CHARACTER: 'error',
      TEXT_UNDECODED_LEGACY: 'warning',
      TEXT_TCVN3_LETTER_LOST: 'warning',
    });
  });
});
