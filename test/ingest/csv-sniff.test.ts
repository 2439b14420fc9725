import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { lettersReplaced, lostVietnameseLetters, sniffDelimiter, sniffEncoding } from '../../src/ingest/csv-sniff.js';

const text = 'STT;Họ và tên;Ngày sinh\n1;Nguyễn Văn Đức;05/03/1990\n2;Trần Thị Thuỷ;1991\n3;Lê Thị Hương;12/12/1992\n';

/** Windows-1258 writes the tones as combining marks after the letter (legacy-encodings.md §5). */
function cp1258(unicode: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const form = [...unicode.normalize('NFD').matchAll(/\P{M}\p{M}*/gu)]
    .map(([cluster]) => cluster.replace(tones, '').normalize('NFC') + (cluster.match(tones) ?? []).join(''))
    .join('');
  return iconv.encode(form, 'windows1258');
}

describe('CSV encoding sniffing', () => {
  it('trusts a BOM', () => {
    expect(sniffEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe('utf8');
    expect(sniffEncoding(iconv.encode(text, 'utf16le', { addBOM: true }))).toBe('utf16le');
    expect(sniffEncoding(iconv.encode(text, 'utf16be', { addBOM: true }))).toBe('utf16be');
  });

  it('recognises UTF-16 written without its BOM from the zero half of each ASCII character', () => {
    expect(sniffEncoding(Buffer.from(text, 'utf16le'))).toBe('utf16le');
    expect(sniffEncoding(Buffer.from(text, 'utf16le').swap16())).toBe('utf16be');
    // Text without zero bytes is never taken for UTF-16.
    expect(sniffEncoding(Buffer.from(text))).toBe('utf8');
    expect(sniffEncoding(cp1258(text))).toBe('windows1258');
    expect(sniffEncoding(iconv.encode(encodeTcvn3(text), 'windows1252'))).not.toMatch(/utf16/);
  });

  it('reads UTF-8 holding a few stray bytes of another code page as UTF-8, and legacy text never so', () => {
    const book = [
      'SỔ ĐĂNG KÝ KHAI TỬ NĂM 2009',
      'Số;Ngày đăng ký;Họ và tên người chết;Nơi cư trú cuối cùng;Người đi khai tử;Ghi chú',
      '1;05/03/2009;Trần Văn Cường;Thôn Đông, xã Kim Xá, huyện Vĩnh Tường;Nguyễn Văn Hải;',
      '2;12/03/2009;Đỗ Thị Dung;Thôn Đoài, xã Kim Xá, huyện Vĩnh Tường;Đỗ Văn Hùng;',
      '3;20/03/2009;Vũ Thị Hằng;Thôn Trung, xã Kim Xá, huyện Vĩnh Tường;Vũ Văn Thắng;',
    ].join('\r\n');
    // 'Ghi chú' typed in an ANSI editor into the first entry: one byte 0xFA that no UTF-8 has.
    const utf8 = Buffer.from(book);
    const at = utf8.indexOf(Buffer.from('Nguyễn Văn Hải;')) + Buffer.byteLength('Nguyễn Văn Hải;');
    const stray = Buffer.concat([utf8.subarray(0, at), Buffer.from('Ghi ch'), Buffer.from([0xfa]), utf8.subarray(at)]);
    expect(sniffEncoding(stray)).toBe('utf8');
    // The same book in a legacy encoding is still read as one.
    expect(sniffEncoding(cp1258(book))).toBe('windows1258');
    expect(sniffEncoding(iconv.encode(encodeTcvn3(book), 'windows1252'))).toBe('windows1252');
    expect(sniffEncoding(iconv.encode(encodeVni(book), 'windows1252'))).toBe('windows1252');
  });

  it('recognises UTF-8 without a BOM, even when the sample ends inside a character', () => {
    const bytes = Buffer.from(text);
    expect(sniffEncoding(bytes)).toBe('utf8');
    const cut = bytes.indexOf(Buffer.from('ễ')) + 1; // one byte into a three-byte letter
    expect(sniffEncoding(bytes.subarray(0, cut))).toBe('utf8');
  });

  it('tells Windows-1258 from legacy font bytes read as Windows-1252', () => {
    expect(sniffEncoding(cp1258(text))).toBe('windows1258');
    // TCVN3 bytes of 'NguyÔn V¨n §øc; TrÇn ThÞ Thñy' as an 8-bit Excel saved them.
    const tcvn3 = iconv.encode('STT;Hä vµ tªn\n1;NguyÔn V¨n §øc\n2;TrÇn ThÞ Thñy\n3;Lª ThÞ H\u00ad¬ng\n', 'windows1252');
    expect(sniffEncoding(tcvn3)).toBe('windows1252');
    const vni = iconv.encode('STT;Hoï vaø teân\n1;Nguyeãn Vaên Ñöùc\n2;Traàn Thò Thuûy\n', 'windows1252');
    expect(sniffEncoding(vni)).toBe('windows1252');
  });

  it('takes a small TCVN3 book whose ề (0xD2, the CP1258 hook) follows i/y for TCVN3, not Windows-1258', () => {
    // A quarter's death book of men (no 'Thị'), typed in .VnTime: Quyền, Hiền, Tuyền, Điền.
    const book = [
      'SỔ ĐĂNG KÝ KHAI TỬ QUÝ I NĂM 2002,,,,,,',
      'Số,Ngày đăng ký,Họ và tên người chết,Năm sinh,Ngày chết,Nơi chết,Người đi khai',
      '1,08/01/2002,Nguyễn Văn Quyền,1921,05/01/2002,Tại nhà,Nguyễn Văn Hải',
      '2,19/01/2002,Trần Văn Hiền,1930,15/01/2002,Tại nhà,Trần Văn Nam',
      '3,04/02/2002,Lê Văn Tiến,1918,01/02/2002,Tại nhà,Lê Văn Tuấn',
      '4,21/02/2002,Phạm Văn Tuyền,1925,18/02/2002,Bệnh viện tỉnh,Phạm Văn Long',
      '5,10/03/2002,Đỗ Văn Thành,1940,07/03/2002,Tại nhà,Đỗ Văn Sơn',
      '6,28/03/2002,Hoàng Văn Điền,1927,25/03/2002,Tại nhà,Hoàng Văn Hòa',
    ].join('\r\n');
    expect(sniffEncoding(iconv.encode(`${encodeTcvn3(book)}\r\n`, 'windows1252'))).toBe('windows1252');
    // The same names in CP1258 are still CP1258.
    expect(sniffEncoding(cp1258(`${book}\r\n`))).toBe('windows1258');
  });

  it('decodes Windows-1258 back to the same letters once NFC-normalised', () => {
    expect(iconv.decode(cp1258(text), 'windows1258').normalize('NFC')).toBe(text);
  });
});

describe('CSV delimiter sniffing', () => {
  it('finds ; , and tab, ignoring title lines and quoted delimiters', () => {
    expect(sniffDelimiter(text)).toBe(';');
    expect(sniffDelimiter('SỔ KHAI TỬ NĂM 2016\n\na,b,c\n1,"x;y",3\n2,"z;w",4\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it("finds '|' of a database tool's export, and keeps ',' or ';' where a remark holds a bar", () => {
    const header = 'So|NgayDangKy|HoTen|GioiTinh|NgaySinh|HoTenMe|NamSinhMe|HoTenCha|NamSinhCha|NoiCuTru';
    const entry = (n: number) => `${n}|1${n}/01/2016|Nguyễn Văn Hùng|Nam|0${n}/01/2016|Trần Thị Lan|1990|Nguyễn Văn Bình|1988|Thôn Đông, xã Tam Hợp, huyện Bình Xuyên`;
    expect(sniffDelimiter([header, entry(1), entry(2), entry(3)].join('\n') + '\n')).toBe('|');
    const comma = ['Số,Họ và tên,Ngày sinh,Ghi chú', '1,Nguyễn Văn An,01/01/2016,Con thứ 2 | sinh đôi', '2,Nguyễn Văn Bình,01/01/2016,Con thứ 3 | sinh đôi', '3,Lê Thị Hoa,02/01/2016,'];
    expect(sniffDelimiter(comma.join('\r\n'))).toBe(',');
    expect(sniffDelimiter(comma.join('\r\n').replaceAll(',', ';'))).toBe(';');
    expect(sniffDelimiter('Số;Họ và tên;Ghi chú\n1;"Lê | Văn | An";a|b|c|d\n2;Trần Văn Bình;x\n')).toBe(';');
  });

  it("finds the delimiter of 'CSV (Macintosh)': records ending in CR, cells broken with LF inside their quotes", () => {
    const header = 'Số;Ngày đăng ký;"Họ và tên\nngười chết";"Ngày, tháng,\nnăm sinh";Giới tính;"Nơi cư trú\ncuối cùng";"Ngày, tháng,\nnăm chết"';
    const entry = (n: number) => `${n};0${n}/03/2009;Trần Văn An;12/05/1930;Nam;"Thôn Đông, xã Kim Xá,\nhuyện Vĩnh Tường";0${n}/03/2009`;
    const lines = ['UBND XÃ KIM XÁ', 'SỔ ĐĂNG KÝ KHAI TỬ NĂM 2009', header, entry(1), entry(2), entry(3)];
    expect(sniffDelimiter(lines.join('\r') + '\r')).toBe(';');
    expect(sniffDelimiter(lines.join('\r\n') + '\r\n')).toBe(';');
    expect(sniffDelimiter(lines.join('\r').replaceAll(';', '\t') + '\r')).toBe('\t');
  });

  it('falls back to a comma for a one-column file', () => {
    expect(sniffDelimiter('Họ và tên\nNguyễn Văn An\n')).toBe(',');
  });
});

// A Unicode book saved by Excel as 'CSV (Comma delimited)' on a Windows-1252 PC: every
// letter beyond Latin-1 became '?' (found by the legacy-text tests, E10-unicode-saved-ansi.csv).
describe('CSV that lost its Vietnamese letters', () => {
  const header = 'STT,Số,Ngày đăng ký,Họ và tên,"Ngày, tháng, năm sinh",Giới tính,Dân tộc,Họ và tên mẹ,Nơi cư trú mẹ';
  const rows = ['1,01,05/01/2005,Nguyễn Văn Đức,12/12/2004,Nam,Kinh,Trần Thị Hương,"thôn Ấp Lẫy, xã Bá Hiến"'];
  const savedAnsi = (text: string): string => [...text].map((char) => (char.charCodeAt(0) < 0x100 ? char : '?')).join('');

  it('is told by words with "?" where a letter was', () => {
    const text = savedAnsi([header, ...rows].join('\r\n'));
    expect(text.startsWith('STT,S?,Ngày ??ng ký,H? và tên')).toBe(true);
    expect(lostVietnameseLetters(text)).toBe(true);
    // The header alone is enough: 'Ngày ??ng ký', 'n?m sinh', 'Gi?i tính', 'Dân t?c' …
    expect(lostVietnameseLetters(savedAnsi(header))).toBe(true);
  });

  it('is not told by a question mark ending a word, nor by text that kept its letters', () => {
    expect(lostVietnameseLetters([header, ...rows].join('\r\n'))).toBe(false);
    expect(lostVietnameseLetters('STT,Họ và tên,Ghi chú\n1,Nguyen Van An,Co dung khong?\n2,Le Thi Hoa,Sinh doi? Hoi lai?\n')).toBe(false);
    // Letters that Windows-1252 keeps are a legacy file's bytes, not a lost letter.
    expect(lostVietnameseLetters('STT,Hä vµ tªn\n1,NguyÔn V¨n §øc\n')).toBe(false);
    // One '?' word in a note of a Unicode book that kept its letters.
    expect(lostVietnameseLetters('STT,Họ và tên,Ghi chú\n1,Nguyễn Văn An,?không rõ ?ai ?khai\n')).toBe(false);
  });
});

// A legacy CSV (TCVN3 or VNI as Windows-1252 bytes) opened by a tool as UTF-8 and saved
// again: every byte that was a Vietnamese letter is now U+FFFD, and nothing says which.
describe('CSV whose letters became U+FFFD', () => {
  const header = 'STT,Số,Ngày đăng ký,Họ và tên,"Ngày, tháng, năm sinh",Giới tính,Dân tộc,Họ và tên mẹ,Nơi cư trú mẹ';
  const rows = ['1,01,05/01/1994,Nguyễn Văn Đức,12/12/1993,Nam,Kinh,Trần Thị Hương,"thôn Ấp Lẫy, xã Bá Hiến"'];
  const bytes = (legacy: string): Buffer => Buffer.from([...legacy].map((char) => char.charCodeAt(0)));
  const readAsUtf8 = (legacy: string): string => new TextDecoder('utf-8').decode(bytes(legacy));

  it('is told when every letter beyond ASCII became U+FFFD', () => {
    const tcvn3 = readAsUtf8([header, ...rows].map(encodeTcvn3).join('\r\n'));
    expect(tcvn3.startsWith('STT,S\ufffd,Ng\ufffdy \ufffd\ufffdng k\ufffd')).toBe(true);
    expect(lettersReplaced(tcvn3)).toBe(true);
    expect(lettersReplaced(readAsUtf8([header, ...rows].map(encodeVni).join('\r\n')))).toBe(true);
    // The header alone is enough.
    expect(lettersReplaced(readAsUtf8(encodeTcvn3(header)))).toBe(true);
  });

  it('is not told by a U+FFFD in a file that kept its letters, nor by a few', () => {
    // One entry of a Unicode book with a lost character: that entry is rejected, the file is read.
    expect(lettersReplaced([header, '1,01,05/01/1994,Nguy\ufffdn V\ufffdn \ufffd\ufffdc,12/12/1993,Nam,Kinh'].join('\r\n'))).toBe(false);
    // An ASCII book with two damaged words.
    expect(lettersReplaced('STT,Ho va ten,Ghi chu\n1,Nguyen Van An,Sinh \ufffdoi\n2,Le Thi Ho\ufffd,\n')).toBe(false);
    expect(lettersReplaced([header, ...rows].join('\r\n'))).toBe(false);
  });
});
