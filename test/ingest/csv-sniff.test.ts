import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter, sniffEncoding } from '../../src/ingest/csv-sniff.js';

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

  it('falls back to a comma for a one-column file', () => {
    expect(sniffDelimiter('Họ và tên\nNguyễn Văn An\n')).toBe(',');
  });
});
