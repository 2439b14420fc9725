import { describe, expect, it } from 'vitest';
import { titleDefaults } from '../../src/ingest/title-defaults.js';
import { matchCommune } from '../../src/normalize/place/match-commune.js';
import { sheetRows } from './rows.js';

/** The registration place a book's title lines give, and the commune code the place matcher makes of it. */
function placeOf(lines: (string | null)[][]): { place: string | undefined; communeCode: string | null } {
  const place = titleDefaults(sheetRows(lines), { districtCode: '249' }).get('registration.place')?.text;
  return { place, communeCode: place === undefined ? null : matchCommune(place, { districtCode: '249' }).value.communeCode };
}

describe('register facts printed above the header', () => {
  it('reads the book number and the commune of an "ỦY BAN NHÂN DÂN XÃ …" line', () => {
    const defaults = titleDefaults(sheetRows([['UỶ BAN NHÂN DÂN XÃ TAM HỢP'], ['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/1998']]));
    expect(defaults.get('registration.book')?.text).toBe('01/1998');
    expect(defaults.get('registration.place')?.text).toBe('XÃ TAM HỢP');
  });

  it('keeps a book code as typed (case kept, spaces around its dashes dropped)', () => {
    const book = (line: string) => titleDefaults(sheetRows([['UBND XÃ SƠN LÔI'], [line]])).get('registration.book')?.text;
    expect(book('Quyển số: 01-TP/HT-2016-KH')).toBe('01-TP/HT-2016-KH');
    expect(book('Quyển số: 02 - TP/HT - 2016 - KH')).toBe('02-TP/HT-2016-KH');
    expect(book('QUYỂN SỐ 03/2016/KH')).toBe('03/2016/KH');
    expect(book('Quyển số: 01/2015.')).toBe('01/2015');
    // A spaced dash followed by a word of the title is not part of the code.
    expect(book('Quyển số: 01 - Năm 2016')).toBe('01');
  });

  it('finds the commune in the other title layouts books are typed with', () => {
    const layouts: (string | null)[][][] = [
      [['ỦY BAN NHÂN DÂN', null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['XÃ TAM HỢP', null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'], ['SỔ ĐĂNG KÝ KHAI SINH']],
      [['SỔ ĐĂNG KÝ KHAI SINH'], ['Xã Tam Hợp - Huyện Bình Xuyên - Tỉnh Vĩnh Phúc'], ['Năm 2003']],
      [['SỔ ĐĂNG KÝ KHAI TỬ'], ['Xã/Phường/Thị trấn: Tam Hợp'], ['Huyện: Bình Xuyên'], ['Tỉnh: Vĩnh Phúc']],
      [['Xã: Tam Hợp', null, 'Huyện: Bình Xuyên', null, 'Tỉnh: Vĩnh Phúc']],
      [['UBND X. TAM HỢP']],
      [['UBND HUYỆN BÌNH XUYÊN'], ['SỔ ĐĂNG KÝ KHAI TỬ XÃ TAM HỢP NĂM 2016']],
    ];
    for (const lines of layouts) expect(placeOf(lines).communeCode, JSON.stringify(lines)).toBe('08953');
    expect(placeOf([['SỔ ĐĂNG KÝ KHAI TỬ XÃ TAM HỢP NĂM 2016']]).place).toBe('XÃ TAM HỢP');
    expect(placeOf([['UBND TT HƯƠNG CANH']]).communeCode).toBe('08935');
    expect(placeOf([['UBND P. XUÂN HÒA']]).communeCode).toBe('08746');
  });

  it('takes no place from lines that name no commune', () => {
    expect(placeOf([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['UBND HUYỆN BÌNH XUYÊN'], ['SỔ ĐĂNG KÝ KHAI SINH'], ['Thị xã Phúc Yên']]).place).toBeUndefined();
  });
});
