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

  it('leaves a Unicode run of a rich cell alone when it drops the legacy font of the run beside it', () => {
    const vnTime = inFont('.VnTime');
    const evidence = sheetTextEvidence(['Kiều Văn Nam', 'Lê Thị Minh', 'Hà Tây', 'Ngô Văn Tô', 'Lê Thị Hà'].map(vnTime));
    expect([...evidence.unicodeFonts]).toEqual(['.VnTime']);
    const rich = { text: 'NguyÔn V¨n Hùng', font: '.VnTime', runs: [{ text: 'NguyÔn V¨n', font: '.VnTime' }, { text: ' Hùng', font: 'Times New Roman' }] };
    expect(normalizeText(inSheetEncoding(rich, evidence)).value).toBe('Nguyễn Văn Hùng');
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

describe('a TCVN3 sheet whose ư (U+00AD) was stripped (legacy-encodings.md §3.5)', () => {
  const vnTime = inFont('.VnTime');
  const stripped = (text: string): string => encodeTcvn3(text).replace(/\u00ad/g, '');
  const entries = ['Dương Văn Tư', 'Phương Thị Cư', 'Lương Văn Hưng', 'Xã Quất Lưu', 'Phùng Văn Mười', 'Nguyễn Thị Lan'];

  it("is shown by words only an ư makes words ('Hơng', 'Hng'), and marks the cells of that font", () => {
    const evidence = sheetTextEvidence(entries.map(stripped).map(vnTime));
    expect([...evidence.lostSoftHyphenFonts]).toEqual(['.VnTime']);
    expect(evidence.unicodeFonts.size).toBe(0);
    // Every cell of the font, plain ASCII too ('Hng' typed alone), is read as text that lost its ư.
    expect(inSheetEncoding({ text: 'Hng', font: '.VnTime' }, evidence)).toEqual({ text: 'Hng', font: '.VnTime', lostSoftHyphen: true });
    expect(inSheetEncoding({ text: 'Ph¹m V¨n T', font: '.VnTime' }, evidence)).toEqual({ text: 'Ph¹m V¨n T', font: '.VnTime', lostSoftHyphen: true });
    expect(inSheetEncoding({ text: 'Nguyễn Văn T', font: 'Times New Roman' }, evidence)).toEqual({ text: 'Nguyễn Văn T', font: 'Times New Roman' });
    expect(inSheetEncoding({ text: '1998', font: '.VnTime' }, evidence)).toEqual({ text: '1998', font: '.VnTime' });
  });

  it('is shown in font-less cells (a CSV) the same way', () => {
    expect([...sheetTextEvidence(entries.map((text) => ({ text: stripped(text) }))).lostSoftHyphenFonts]).toEqual(['']);
  });

  it('is not shown by a TCVN3 book with its ư, nor by real ơ words (Sơn, Hơn, Thơm, Cơ)', () => {
    expect(sheetTextEvidence(entries.map(encodeTcvn3).map(vnTime))).toBe(NO_SHEET_EVIDENCE);
    const realHornO = ['Nguyễn Văn Sơn', 'Lê Thị Thơm', 'Nguyễn Văn Hơn', 'Hoàng Văn Cơ', 'Trần Văn Lợi', 'Bùi Thị Đơn', 'Lê Văn Sơn'];
    expect(sheetTextEvidence(realHornO.map(stripped).map(vnTime))).toBe(NO_SHEET_EVIDENCE);
    // One stripped word is not enough: it may be a typing slip.
    expect(sheetTextEvidence([...realHornO, 'Trần Thị Hương'].map(stripped).map(vnTime))).toBe(NO_SHEET_EVIDENCE);
  });
});
