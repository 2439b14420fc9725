/**
 * Legacy-encoding detection: false alarms in both directions, short cells,
 * font hints confirmed or overruled by content (legacy-encodings.md §2).
 */
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding } from '../../src/normalize/text/detect-legacy-encoding.js';
import { fontFamily } from '../../src/normalize/text/font-family.js';
import { normalizeText } from '../../src/normalize/text/normalize-text.js';
import { isVietnameseSyllable } from '../../src/normalize/text/vietnamese-syllable.js';

describe('fontFamily', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnBook-Antiqua', 'tcvn3'],
    [' .vntime ', 'tcvn3'],
    ['.VnTimeH', 'tcvn3-capitals'],
    ['.VnArialH', 'tcvn3-capitals'],
    ['.VnTimeh', 'tcvn3-capitals'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['vni-aptima', 'vni'],
    ['Times New Roman', 'unicode'],
    ['Arial', 'unicode'],
    ['Calibri', 'unicode'],
    ['VNtimes new roman', 'unicode'],
  ] as const)('%s → %s', (font, family) => {
    expect(fontFamily(font)).toBe(family);
  });

  it('says nothing for a missing or empty font', () => {
    expect(fontFamily(undefined)).toBeNull();
    expect(fontFamily('  ')).toBeNull();
    expect(fontFamily(42)).toBeNull();
  });
});

describe('detectLegacyEncoding: Unicode, ASCII and foreign text stay Unicode', () => {
  const unicode = [
    'Thôn Đồng Tâm, xã Tam Hợp, huyện Bình Xuyên',
    'Hà Nội',
    'Nguyễn Thị Thuỷ',
    'Nguyễn Thị Thuỷ'.normalize('NFD'),
    'Hoàng'.normalize('NFD'),
    'NGUYỄN VĂN ĐỨC',
    // Latin-1-only Vietnamese: every letter is also a TCVN3 or VNI byte
    'Hoàng',
    'HOÀNG',
    'Hoà',
    'Lê Tú',
    'Tô Hoài',
    'Hà Tây',
    'Võ Lý',
    'Bé',
    'Khánh',
    'Tâm',
    'Thái Hà',
  ];
  const ascii = ['Nguyen Van An', 'x', '12/03/1990', 'abc@example.com', '', '026190001234'];
  const foreign = ['Hélène', 'Müller', 'François', 'José', 'Zoë', 'Björn', 'São Paulo', 'Señor', 'Guðrún', 'Straße', 'Dvořák'];
  const symbols = ['25°C', 'Điều 5 §2', '© 2020', '« Hoàng »', '½'];

  it.each([...unicode, ...ascii, ...foreign, ...symbols])('%s', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each(['Nguyễn Văn An', 'Hà Nội', 'NGUYỄN VĂN ĐỨC', 'Nguyễn Thị Thuỷ'.normalize('NFD')])(
    'real Unicode letters win over a legacy font: %s',
    (text) => {
      for (const font of ['.VnTime', '.VnTimeH', 'VNI-Times']) expect(detectLegacyEncoding(text, font)).toBeNull();
    },
  );

  it('keeps Unicode a legacy font cannot have produced', () => {
    expect(detectLegacyEncoding('Hà Tây', '.VnTime')).toBeNull(); // à is not a VN3 byte
    expect(detectLegacyEncoding('Hoàng', '.VnTime')).toBeNull(); // would decode to the non-word HoỔng
    expect(detectLegacyEncoding('Lê Tú', '.VnTime')).toBeNull(); // common name beats Lờ Tỳ
  });
});

describe('detectLegacyEncoding: legacy text is found without a font', () => {
  it.each([
    ['NguyÔn V¨n An', 'tcvn3'],
    ['TrÇn ThÞ H\u00ad¬ng', 'tcvn3'],
    ['TrÇn ThÞ H\u00adng', 'tcvn3'],
    ['§Æng ThÞ Thñy', 'tcvn3'],
    ['Th«n §ång T©m, x· Tam Hîp', 'tcvn3'],
    ['Hïng', 'tcvn3'],
    ['Th¶o', 'tcvn3'],
    ['TuÊn', 'tcvn3'],
    ['H\u00adng', 'tcvn3'],
    ['NGUYÔN V¡N AN', 'tcvn3-capitals'],
    ['Nguyeãn Vaên An', 'vni'],
    ['Traàn Thò Höông', 'vni'],
    ['Ñaëng Thò Thuûy', 'vni'],
    ['Höông', 'vni'],
    ['Vónh Phuùc', 'vni'],
    ['Tröng Nhò', 'vni'], // TCVN3 would give Trửng Nhũ: common names break the tie
    ['Leâ', 'vni'],
    ['NGUYEÃN VAÊN AN', 'vni'],
    ['NguyêÞn', 'cp1258'],
    ['HoÌa', 'cp1258'],
    ['Không roÞ', 'cp1258'],
    ['Nguyá»…n VÄƒn An', 'utf8-mojibake'],
    ['HoÃ\u00a0ng', 'utf8-mojibake'],
  ] as const)('%s → %s', (text, encoding) => {
    expect(detectLegacyEncoding(text)).toBe(encoding);
  });

  it('treats a Unicode font like no font', () => {
    expect(detectLegacyEncoding('Hïng', 'Times New Roman')).toBe('tcvn3');
    expect(detectLegacyEncoding('Höông', 'Arial')).toBe('vni');
  });
});

describe('detectLegacyEncoding: font hints', () => {
  it('believes a TCVN3 font when content is ambiguous but not contradicting', () => {
    expect(detectLegacyEncoding('Dòng', '.VnTime')).toBe('tcvn3'); // Dũng
    expect(detectLegacyEncoding('Léc', '.VnTime')).toBe('tcvn3'); // Lộc
    expect(detectLegacyEncoding('Dòng')).toBeNull(); // without the font it is a Unicode word
  });

  it('decodes capitals fonts, ASCII included (the font draws a–z as capitals)', () => {
    expect(detectLegacyEncoding('nguyÔn v¨n an', '.VnTimeH')).toBe('tcvn3-capitals');
    expect(detectLegacyEncoding('nguyen van an', '.VnArialH')).toBe('tcvn3-capitals');
    expect(detectLegacyEncoding('NGUYEN VAN AN', '.VnTimeH')).toBeNull();
    expect(detectLegacyEncoding('12/03/1990', '.VnTimeH')).toBeNull();
  });

  it('lets content overrule a wrong legacy font', () => {
    expect(detectLegacyEncoding('Nguyeãn Vaên An', '.VnTime')).toBe('vni');
    expect(detectLegacyEncoding('NguyÔn V¨n An', 'VNI-Times')).toBe('tcvn3');
  });

  it('needs no font for plain ASCII', () => {
    expect(detectLegacyEncoding('Nguyen Van An', '.VnTime')).toBeNull();
    expect(detectLegacyEncoding('Nguyen Van An', 'VNI-Times')).toBeNull();
  });
});

describe('detectLegacyEncoding: doubled-o syllables of minority names', () => {
  it.each([
    ['Hoµng V¨n Coãng', '.VnTime', 'Hoàng Văn Coóng'],
    ['TriÖu V¨n Coáng', '.VnTime', 'Triệu Văn Coỏng'],
    ['Vi V¨n Toãng', '.VnTime', 'Vi Văn Toóng'],
    ['Vi V¨n Toãng', undefined, 'Vi Văn Toóng'],
    ['Hoµng V¨n Coãng', undefined, 'Hoàng Văn Coóng'],
  ] as const)('TCVN3 %s (%s) reads %s', (text, font, expected) => {
    expect(detectLegacyEncoding(text, font)).toBe('tcvn3');
    expect(normalizeText(font === undefined ? text : { text, font }).value).toBe(expected);
  });

  it('prefers the common reading on a tie: VNI ô with a tone is no doubled o', () => {
    expect(detectLegacyEncoding('Loäc', '.VnTime')).toBe('vni');
    expect(detectLegacyEncoding('Boäc', '.VnTime')).toBe('vni');
    expect(detectLegacyEncoding('Loäc')).toBe('vni');
  });

  it('leaves Unicode minority names alone', () => {
    for (const font of [undefined, 'Times New Roman', 'VNI-Times', '.VnTime']) {
      expect(normalizeText(font === undefined ? 'Hoàng Văn Coóng' : { text: 'Hoàng Văn Coóng', font }).value).toBe('Hoàng Văn Coóng');
    }
    expect(normalizeText('Nông Thị Noọng').value).toBe('Nông Thị Noọng');
  });
});

describe('isVietnameseSyllable (the detector’s evidence)', () => {
  it.each(['Nguyễn', 'giếng', 'người', 'khuỷu', 'ngoài', 'thuở', 'huế', 'quốc', 'gì', 'Hòa', 'Hoà', 'Thủy', 'Thuỷ', 'Đắk', 'ÁNH',
    // The doubled-o rimes of Tày and Nùng names and of loanwords (tone on the second o).
    'Coóng', 'Noòng', 'Coỏng', 'Khoòng', 'Noọng', 'Loọc', 'xoong', 'soóc'])(
    'accepts %s',
    (word) => expect(isVietnameseSyllable(word)).toBe(true),
  );
  it.each(['Müller', 'Hélène', 'Hửụng', 'Bàc', 'Viịnh', 'Hoèa', 'roị', 'Cóong', 'Loòc', 'Vónh', 'Saùn', 'tuên', 'nghiêngg'])(
    'rejects %s',
    (word) => expect(isVietnameseSyllable(word)).toBe(false),
  );
});
