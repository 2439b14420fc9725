import { describe, expect, it } from 'vitest';
import { BOOK_YEAR, FILE_YEAR, titleDefaults } from '../../src/ingest/title-defaults.js';
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

  it("cuts the commune of an 'UBND XÃ …' line at the register's own words on the same line", () => {
    const placeIn = (line: string) => titleDefaults(sheetRows([[line]]), { districtCode: '251' }).get('registration.place')?.text;
    expect(placeIn('UBND XÃ ĐỒNG CƯƠNG - SỔ ĐĂNG KÝ KẾT HÔN NĂM 2018 (nhập lại)')).toBe('XÃ ĐỒNG CƯƠNG');
    expect(placeIn('UBND XÃ ĐỒNG CƯƠNG SỔ ĐĂNG KÝ KHAI SINH')).toBe('XÃ ĐỒNG CƯƠNG');
    expect(placeIn('ỦY BAN NHÂN DÂN XÃ ĐỒNG CƯƠNG - NĂM 2018')).toBe('XÃ ĐỒNG CƯƠNG');
    expect(placeIn('UBND xã Đồng Cương, quyển số 01/2018')).toBe('xã Đồng Cương');
    expect(placeIn('UBND xã Đồng Cương 2018')).toBe('xã Đồng Cương');
    expect(placeIn('UBND xã Đồng Cương (bản sao)')).toBe('xã Đồng Cương');
    expect(placeIn('UBND XÃ ĐỒNG CƯƠNG - KẾT HÔN')).toBe('XÃ ĐỒNG CƯƠNG');
    // The commune's own words, and the higher units after it, stay.
    expect(placeIn('UBND XÃ NAM VIÊM')).toBe('XÃ NAM VIÊM');
    expect(placeIn('UBND phường Khai Quang')).toBe('phường Khai Quang');
    expect(placeIn('UBND xã Tam Hợp - huyện Bình Xuyên - tỉnh Vĩnh Phúc')).toBe('xã Tam Hợp - huyện Bình Xuyên - tỉnh Vĩnh Phúc');
    expect(placeIn('UBND xã Tam Hợp, huyện Bình Xuyên')).toBe('xã Tam Hợp, huyện Bình Xuyên');
  });

  it("keeps the former unit a 2025 commune's title names beside its own, for the old book it re-typed", () => {
    const placeIn = (lines: string[][]) => titleDefaults(sheetRows(lines), { districtCode: '249' }).get('registration.place')?.text;
    const codeOn = (date: string, lines: string[][]) => matchCommune(placeIn(lines) ?? '', { districtCode: '249', registrationDate: date }).value.communeCode;
    const inBrackets = [['UBND XÃ BÌNH NGUYÊN (XÃ TAM HỢP CŨ)'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016']];
    const onTheBookLine = [['UBND XÃ BÌNH NGUYÊN'], ['SỔ ĐĂNG KÝ KHAI SINH XÃ TAM HỢP (CŨ) NĂM 2016']];
    expect(placeIn(inBrackets)).toBe('XÃ BÌNH NGUYÊN (XÃ TAM HỢP CŨ)');
    expect(placeIn(onTheBookLine)).toBe('XÃ BÌNH NGUYÊN (XÃ TAM HỢP CŨ)');
    expect(codeOn('2016-03-03', inBrackets)).toBe('08953');
    expect(codeOn('2016-03-03', onTheBookLine)).toBe('08953');
    expect(codeOn('2025-09-03', onTheBookLine)).toBe('08935');
    // Other brackets are cut as before; a title naming no former unit is left alone.
    expect(placeIn([['UBND XÃ TAM HỢP (CŨ)']])).toBe('XÃ TAM HỢP');
    expect(placeIn([['UBND XÃ TAM HỢP (HUYỆN BÌNH XUYÊN)']])).toBe('XÃ TAM HỢP');
    // A bracket saying the book is an old one names no unit: cut too.
    expect(placeIn([['UBND XÃ TAM HỢP (SỔ CŨ)']])).toBe('XÃ TAM HỢP');
    expect(placeIn([['UBND XÃ TAM HỢP (MẪU CŨ) - SỔ ĐĂNG KÝ KHAI SINH']])).toBe('XÃ TAM HỢP');
    expect(placeIn([['UBND XÃ BÌNH NGUYÊN (TAM HỢP CŨ)']])).toBe('XÃ BÌNH NGUYÊN (TAM HỢP CŨ)');
    // The book line saying the book is an old one, or naming the authority's own commune, adds nothing.
    expect(placeIn([['UBND XÃ TAM HỢP'], ['SỔ ĐĂNG KÝ KHAI SINH XÃ TAM HỢP (SỔ CŨ)']])).toBe('XÃ TAM HỢP');
    expect(placeIn([['UBND XÃ TAM HỢP'], ['SỔ ĐĂNG KÝ KHAI SINH XÃ TAM HỢP (CŨ)']])).toBe('XÃ TAM HỢP');
    expect(placeIn([['UBND XÃ BÌNH NGUYÊN'], ['SỔ ĐĂNG KÝ KHAI SINH XÃ TAM HỢP - BẢN CŨ']])).toBe('XÃ BÌNH NGUYÊN');
    expect(placeIn([['UBND XÃ BÌNH NGUYÊN'], ['Xã Tam Hợp (cũ)']])).toBe('XÃ BÌNH NGUYÊN (Xã Tam Hợp cũ)');
    expect(placeIn([['UBND XÃ TAM HỢP (NAY LÀ XÃ BÌNH NGUYÊN)']])).toBe('XÃ TAM HỢP');
    expect(placeIn([['UBND XÃ BÌNH NGUYÊN'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2025']])).toBe('XÃ BÌNH NGUYÊN');
  });

  it("reads the committee's name of the 1960s–70s books, 'UBHC XÃ …' / 'ỦY BAN HÀNH CHÍNH XÃ …', as 'UBND XÃ …'", () => {
    const placeIn = (line: string) => titleDefaults(sheetRows([[line]]), { districtCode: '246' }).get('registration.place')?.text;
    expect(placeIn('UBHC XÃ VĂN QUÁN - SỔ KẾT HÔN 1975')).toBe('XÃ VĂN QUÁN');
    expect(placeIn('ỦY BAN HÀNH CHÍNH XÃ XUÂN LÔI - SỔ ĐĂNG KÝ KẾT HÔN NĂM 1972')).toBe('XÃ XUÂN LÔI');
    expect(placeIn('UBHC xã Hợp Lý - huyện Lập Thạch')).toBe('xã Hợp Lý - huyện Lập Thạch');
    // A place cell typed with it names the commune as 'UBND xã …' does.
    expect(matchCommune('UBHC xã Văn Quán', { districtCode: '246' }).value.communeCode).toBe('08845');
    expect(matchCommune('Ủy ban hành chính xã Tử Du', { districtCode: '246' }).value.communeCode).toBe('08815');
  });

  it('takes no place from lines that name no commune', () => {
    expect(placeOf([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['UBND HUYỆN BÌNH XUYÊN'], ['SỔ ĐĂNG KÝ KHAI SINH'], ['Thị xã Phúc Yên']]).place).toBeUndefined();
  });
});

describe("the book's year (DOMAIN.md §3.3: one book, one calendar year)", () => {
  const yearOf = (lines: (string | null)[][], sheetName?: string) => {
    const cell = titleDefaults(sheetRows(lines), sheetName === undefined ? {} : { sheetName }).get(BOOK_YEAR);
    return cell === undefined ? undefined : { year: cell.value, from: cell.text };
  };

  it("reads it from the title, the book number or the sheet's name, and says which", () => {
    expect(yearOf([['UBND XÃ TRUNG MỸ'], ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997']])).toEqual({ year: 1997, from: 'tiêu đề sổ' });
    expect(yearOf([['SỔ ĐĂNG KÝ KHAI SINH'], ['Năm: 2005']])).toEqual({ year: 2005, from: 'tiêu đề sổ' });
    expect(yearOf([['SO DANG KY KHAI SINH NAM 2005']])).toEqual({ year: 2005, from: 'tiêu đề sổ' });
    expect(yearOf([['SỔ ĐĂNG KÝ KẾT HÔN 2003']])).toEqual({ year: 2003, from: 'tiêu đề sổ' });
    expect(yearOf([['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/1995']])).toEqual({ year: 1995, from: 'quyển số "01/1995"' });
    expect(yearOf([['Quyển số: 01-TP/HT-2016-KH']])).toEqual({ year: 2016, from: 'quyển số "01-TP/HT-2016-KH"' });
    expect(yearOf([['SỔ ĐĂNG KÝ KHAI SINH']], 'KS 1997')).toEqual({ year: 1997, from: 'tên trang tính "KS 1997"' });
    expect(yearOf([], 'Năm 1997')).toEqual({ year: 1997, from: 'tên trang tính "Năm 1997"' });
    expect(yearOf([['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997'], ['Quyển số: 01/1997']], '1997')).toEqual({
      year: 1997,
      from: 'tiêu đề sổ, quyển số "01/1997" và tên trang tính "1997"',
    });
  });

  it('gives no year when the sheet names two (null), or none', () => {
    expect(yearOf([['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997']], '1998')?.year).toBeNull();
    expect(yearOf([['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01/1995']], 'KS 1996')?.year).toBeNull();
    expect(yearOf([], 'KS 1997-1998')?.year).toBeNull();
    expect(yearOf([['SỔ ĐĂNG KÝ KHAI SINH'], ['Quyển số: 01']], 'Sheet1')).toBeUndefined();
    // Figures inside a longer number, a year still to come: no book's year.
    expect(yearOf([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Số hiệu 026123456789']], `KS ${new Date().getFullYear() + 2}`)).toBeUndefined();
  });

  it("keeps the one year a file's name gives apart, for a book that names none: a year 1945–2030 standing alone", () => {
    const fileYearOf = (fileName: string, lines: (string | null)[][] = [], sheetName = 'Sheet1') => {
      const defaults = titleDefaults(sheetRows(lines), { sheetName, fileName });
      const cell = defaults.get(FILE_YEAR);
      return cell === undefined ? undefined : { year: cell.value, from: cell.text, bookYear: defaults.get(BOOK_YEAR)?.value };
    };
    expect(fileYearOf('KS_SonLoi_2016.csv')).toEqual({ year: 2016, from: 'tên tệp "KS_SonLoi_2016.csv"', bookYear: undefined });
    // A commune code beside it is no year; the folder is not the file.
    expect(fileYearOf('2015/KT-08950-2016.xlsx')?.year).toBe(2016);
    expect(fileYearOf('ks_tamhop_20160512.xlsx')).toBeUndefined();
    expect(fileYearOf('KS_TamHop_2015-2016.xlsx')).toBeUndefined();
    expect(fileYearOf('KS_TamHop_1930.xlsx')).toBeUndefined();
    // Kept beside the title's year, which wins where it is read (registration-fields, processRow).
    expect(fileYearOf('KS_SonLoi_2016.csv', [['SỔ ĐĂNG KÝ KHAI SINH NĂM 2015']])).toMatchObject({ year: 2016, bookYear: 2015 });
  });

  it('takes no year from a line citing the legal act the book form was issued under', () => {
    const form = 'Ban hành kèm theo Thông tư số 05/2012/TT-BTP ngày 23 tháng 5 năm 2012 của Bộ Tư pháp';
    expect(yearOf([[form], ['SỔ ĐĂNG KÝ KHAI SINH']])).toBeUndefined();
    expect(yearOf([[form], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2014']])).toEqual({ year: 2014, from: 'tiêu đề sổ' });
  });
});
