/**
 * Sheet evidence for the cells one cell cannot settle: a legacy font whose
 * cells are Unicode (a Unicode book re-formatted in VNI-Times), and a sheet of
 * Windows-1258 read as Windows-1252 (legacy-encodings.md §2, §5).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';
import { inSheetEncoding, NO_SHEET_EVIDENCE, sheetTextEvidence, type SheetTextCell } from '../../src/normalize/text/sheet-encoding.js';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';

const inFont = (font: string) => (text: string): SheetTextCell => ({ text, font });

describe('a legacy font whose cells are Unicode', () => {
  const vniTimes = inFont('VNI-Times');
  const unicodeBook = ['Lê Hoàng Nam', 'Tô Thu Trà', 'Xã Thiện Kế, huyện Bình Xuyên', 'Nguyễn Thị Hương', 'Chu Thu Hoà', 'Nguyễn Văn Dũng', 'Nữ', 'Trần Văn Đức'].map(vniTimes);

  it('is found from the sheet, and its cells then read as Unicode', () => {
    const evidence = sheetTextEvidence(unicodeBook);
    expect([...evidence.unicodeFonts]).toEqual(['VNI-Times']);
    const cell = inSheetEncoding({ text: 'Chu Thu Hoà', font: 'VNI-Times', column: 'F' }, evidence);
    expect(cell).toEqual({ text: 'Chu Thu Hoà', column: 'F' });
    expect(normalizeText(cell)).toEqual({ value: 'Chu Thu Hoà', findings: [] });
    // A VNI word pasted into that book still reads by its content.
    expect(normalizeText(inSheetEncoding(vniTimes('Nguyeãn Vaên An'), evidence)).value).toBe('Nguyễn Văn An');
  });

  it('is not found in a legacy book, even partly re-typed', () => {
    const vniBook = ['Nguyễn Văn Hùng', 'Lê Thị Hạnh', 'Chu Thu Hoà', 'Xã Thiện Kế', 'Trần Văn Đức', 'Nữ'].map((text) => vniTimes(encodeVni(text)));
    const retyped = [vniTimes(`${encodeVni('Nguyễn Thị ')}Hạnh`), vniTimes(`${encodeVni('Lê ')}Thị Lan`)];
    expect(sheetTextEvidence([...vniBook, ...retyped])).toBe(NO_SHEET_EVIDENCE);
    const vnTimeBook = ['Nguyễn Văn Hùng', 'Lê Thị Hạnh', 'Xã Thiện Kế', 'Nữ', 'Đỗ Thị Thủy'].map((text) => ({ text: encodeTcvn3(text), font: '.VnTime' }));
    expect(sheetTextEvidence([...vnTimeBook, { text: 'Nguyễn Thị Hạnh', font: '.VnTime' }])).toBe(NO_SHEET_EVIDENCE);
  });

  it('needs more than one Unicode cell', () => {
    expect(sheetTextEvidence([vniTimes('Nguyễn Văn Dũng'), vniTimes('Chu Thu Hoà')])).toBe(NO_SHEET_EVIDENCE);
  });
});

describe('a Windows-1258 sheet', () => {
  const calibri = inFont('Calibri');
  const cp1258Book = ['Hoàng Vãn Ích', 'NguyêÞn Thiò Hýõng', 'XaÞ Thiêòn Kêì', 'Bùi Vãn Toàn', 'TrâÌn Thiò Lan'].map(calibri);

  it("reads 'Vãn' as Văn beside decoded cells", () => {
    const evidence = sheetTextEvidence(cp1258Book);
    expect(evidence.cp1258).toBe(true);
    const cell = inSheetEncoding(calibri('Hoàng Vãn Ích'), evidence);
    expect(cell).toEqual({ text: 'Hoàng Vãn Ích', font: 'Calibri', encoding: 'cp1258' });
    expect(normalizeText(cell, { encoding: 'cp1258' })).toEqual({
      value: 'Hoàng Văn Ích',
      findings: [{ code: 'TEXT_LEGACY_CP1258', from: 'Hoàng Vãn Ích', to: 'Hoàng Văn Ích' }],
    });
  });

  it('keeps a name Windows-1258 would make uncommon, and plain Latin-1 Vietnamese', () => {
    expect(normalizeText('Võ Thanh Tâm', { encoding: 'cp1258' }).value).toBe('Võ Thanh Tâm');
    expect(normalizeText('Lê Thu Hà', { encoding: 'cp1258' })).toEqual({ value: 'Lê Thu Hà', findings: [] });
  });

  it("leaves 'Vãn' alone elsewhere", () => {
    expect(sheetTextEvidence(['Hoàng Vãn Ích', 'Nguyễn Thị Hương', 'Trần Văn Đức'].map(calibri))).toBe(NO_SHEET_EVIDENCE);
    expect(normalizeText('Hoàng Vãn Ích').value).toBe('Hoàng Vãn Ích');
  });
});
