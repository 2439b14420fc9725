/**
 * The encoding a whole row was typed in (rowLegacyEncoding), and normalizeText
 * reading a cell in that context: the cells a CSV export leaves ambiguous
 * ('sè' = Số, 'Vò' = Vũ, VNI 'Soá' = Số) decode like their row; Unicode rows,
 * however many of their letters are Latin-1, are never taken for legacy text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeTcvn3Capitals, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { normalizeText, type TextSource } from '../../src/normalize/text/normalize-text.js';
import { BoundedMemo } from '../../src/normalize/memo/bounded-memo.js';
import { rowLegacyEncoding, type CellEncodingEvidence } from '../../src/normalize/text/row-encoding.js';
import { COMMON_SYLLABLES, VIETNAMESE_LETTERS } from '../../src/reference/legacy-tables.js';

const HEADER = ['STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Họ và tên mẹ', 'Ghi chú'];
const ENTRY = ['7', '12', '01/2015', '05/01/2015', 'Vũ Minh Loan', '02/12/2014', 'Nữ', 'Trần Thị Mai', 'Đăng ký quá hạn'];

describe('rowLegacyEncoding', () => {
  it('reads the encoding off a header row or an entry, typed with an ABC or VNI keyboard', () => {
    expect(rowLegacyEncoding(HEADER.map(encodeTcvn3Capitals))).toBe('tcvn3');
    expect(rowLegacyEncoding(ENTRY.map(encodeTcvn3))).toBe('tcvn3');
    expect(rowLegacyEncoding(HEADER.map(encodeVni))).toBe('vni');
    expect(rowLegacyEncoding(ENTRY.map(encodeVni))).toBe('vni');
  });

  it('takes spreadsheet cells, with their fonts and holes', () => {
    const cells: (TextSource | undefined)[] = ENTRY.map((text) => ({ text: encodeTcvn3(text), font: '.VnTime' }));
    cells[2] = undefined;
    expect(rowLegacyEncoding(cells)).toBe('tcvn3');
    // Headings in a capitals font count too, ASCII and all.
    expect(rowLegacyEncoding(HEADER.map((text) => ({ text: encodeTcvn3Capitals(text), font: '.VnTimeH' })))).toBe('tcvn3');
  });

  it('says nothing for Unicode rows, decomposed ones, or rows of ASCII', () => {
    expect(rowLegacyEncoding(HEADER)).toBeNull();
    expect(rowLegacyEncoding(ENTRY)).toBeNull();
    expect(rowLegacyEncoding(ENTRY.map((text) => text.normalize('NFD')))).toBeNull();
    expect(rowLegacyEncoding(['STT', 'So', 'Ho va ten', '1', '12/03/1990'])).toBeNull();
    expect(rowLegacyEncoding([])).toBeNull();
  });

  it('needs two cells that show the encoding on their own, outnumbering those against it', () => {
    // A Unicode book with one name pasted from a TCVN3 document.
    expect(rowLegacyEncoding(['3', 'NguyÔn V¨n An', '1990', 'Kinh', 'Việt Nam'])).toBeNull();
    expect(rowLegacyEncoding(['NguyÔn V¨n An', 'TrÇn ThÞ Mai', 'Hà Nội', 'Vĩnh Phúc', 'Lê Văn Tám'])).toBeNull();
    expect(rowLegacyEncoding(['NguyÔn V¨n An', 'TrÇn ThÞ Mai', 'Hà Nội'])).toBe('tcvn3');
    // Cells that read the same either way ('sè', 'Dòng') are no evidence for or against.
    expect(rowLegacyEncoding(['sè', 'Dòng', 'NguyÔn V¨n An'])).toBeNull();
    // As many TCVN3 cells as VNI ones: undecided.
    expect(rowLegacyEncoding(['NguyÔn V¨n An', 'TrÇn ThÞ Mai', 'Nguyeãn Vaên An', 'Traàn Thò Höông'])).toBeNull();
  });

  it('never takes a row of Unicode Vietnamese words for legacy text, Latin-1-only names included', () => {
    // Every letter of these is also a TCVN3 or VNI byte: the names a font hint alone would misread.
    const latin1Only = ['Hoàng', 'Hà', 'Lê Tú', 'Khôi', 'Mã', 'Lò', 'Hân', 'Tô', 'Hoà', 'Ý Nhi', 'Võ Lý', 'Bé', 'Thái Hà', 'Tâm'];
    const words = [...COMMON_SYLLABLES, ...COMMON_SYLLABLES.map((word) => word.charAt(0).toUpperCase() + word.slice(1))];
    const cellText = fc.oneof(
      fc.constantFrom(...latin1Only),
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
      fc.constantFrom('1', '12/03/1990', 'Kinh', 'Nam', '026190001234', ''),
    );
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 14 }), (row) => {
        expect(rowLegacyEncoding(row)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('answers the same with a memo of cell evidence, shared from row to row', () => {
    const memo = new BoundedMemo<string, CellEncodingEvidence>(64);
    const pool = [...HEADER, ...ENTRY].flatMap((text) => [text, encodeTcvn3(text), encodeVni(text), encodeTcvn3Capitals(text)]);
    const cell = fc.oneof(fc.constantFrom(...pool, 'sè', 'Dòng', '', '12'), fc.record({ text: fc.constantFrom(...pool), font: fc.constantFrom('.VnTime', 'VNI-Times', 'Arial') }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (row) => {
        expect(rowLegacyEncoding(row, memo)).toBe(rowLegacyEncoding(row));
      }),
      { numRuns: 3000 },
    );
    expect(memo.size).toBeGreaterThan(0);
  });

  it('never throws, whatever the cells are', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 6 }), (cells) => {
        expect([null, 'tcvn3', 'vni']).toContain(rowLegacyEncoding(cells));
      }),
    );
    const throwing = { get text(): string { throw new Error('unreadable'); } };
    const proxy = new Proxy({}, { has: () => { throw new Error('trap'); } });
    expect(rowLegacyEncoding([throwing, proxy, 'NguyÔn V¨n An', 'TrÇn ThÞ Mai'])).toBe('tcvn3');
  });
});

describe('normalizeText in the row’s encoding', () => {
  it.each([
    ['sè', 'tcvn3', 'số'],
    ['ghi chó', 'tcvn3', 'ghi chú'],
    ['Vò Minh Loan', 'tcvn3', 'Vũ Minh Loan'],
    ['Phan Quang Dòng', 'tcvn3', 'Phan Quang Dũng'],
    ['Soá', 'vni', 'Số'],
    ['Choàng', 'vni', 'Chồng'],
    ['Phan Thò Trang', 'vni', 'Phan Thị Trang'],
  ] as const)('%s (%s) → %s, noted like a font-decoded cell', (text, encoding, value) => {
    expect(normalizeText(text).value).toBe(text); // alone, it reads as Unicode
    const code = encoding === 'tcvn3' ? 'TEXT_LEGACY_TCVN3' : 'TEXT_LEGACY_VNI';
    expect(normalizeText(text, { encoding })).toEqual({ value, findings: [{ code, from: text, to: value }] });
  });

  it('changes no word that has a real Unicode letter, nor an ASCII word', () => {
    const unicodeLetter = fc.constantFrom(...[...VIETNAMESE_LETTERS].filter((ch) => ch > '\u00ff'));
    const text = fc.string({ unit: fc.constantFrom(...'aeiouyàáâãèéêìíòóôõùúýăđơư ¸µ¶·¹Þ×ø÷Ñ', 'ng', 'th'), maxLength: 20 });
    const kept = (word: string): boolean => !/[^\x00-\x7f]/.test(word) || /[^\x00-\xff]/.test(word);
    fc.assert(
      fc.property(text, unicodeLetter, text, fc.constantFrom('tcvn3', 'vni') , (before, letter, after, encoding) => {
        const cell = `${before}${letter}${after}`;
        const plain = normalizeText(cell).value.split(' ');
        const inRow = normalizeText(cell, { encoding }).value.split(' ');
        expect(inRow.length).toBe(plain.length);
        plain.forEach((word, i) => {
          if (kept(word)) expect(inRow[i]).toBe(word);
        });
      }),
    );
    expect(normalizeText('Nguyen Van An', { encoding: 'tcvn3' }).value).toBe('Nguyen Van An');
    expect(normalizeText('Nguyễn Thị Hạnh', { encoding: 'tcvn3' })).toEqual({ value: 'Nguyễn Thị Hạnh', findings: [] });
  });

  it('reads the legacy words of a partly re-typed cell in the row’s encoding', () => {
    expect(normalizeText('NguyÔn ThÞ Hạnh', { encoding: 'tcvn3' }).value).toBe('Nguyễn Thị Hạnh');
    expect(normalizeText('Ngoâ Thò Huệ', { encoding: 'vni' })).toEqual({
      value: 'Ngô Thị Huệ',
      findings: [{ code: 'TEXT_LEGACY_VNI', from: 'Ngoâ Thò Huệ', to: 'Ngô Thị Huệ' }],
    });
  });

  it('lets a cell’s own legacy font and clear content win over the row', () => {
    expect(normalizeText({ text: 'sè', font: '.VnTime' }, { encoding: 'vni' }).value).toBe('số');
    expect(normalizeText('Nguyeãn Vaên An', { encoding: 'tcvn3' }).value).toBe('Nguyễn Văn An');
  });

  it('is idempotent in context too', () => {
    const legacyText = fc.string({ unit: fc.constantFrom(...'aeiouyàáâãèéêìíòóôõùúý¸µ¶·¹Þ×ø÷Ñ«¬®', ' ', 'ng', 'th', 'Tr', 'V', 'D'), maxLength: 24 });
    fc.assert(
      fc.property(legacyText, fc.constantFrom('tcvn3', 'vni'), (text, encoding) => {
        const once = normalizeText(text, { encoding }).value;
        expect(normalizeText(once).value).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
