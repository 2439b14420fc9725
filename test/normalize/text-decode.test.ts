/**
 * Decoder vectors. Every expectation is written out by hand from
 * ../shared/reference/legacy-encodings.md §3 (worked examples) and the tables
 * tcvn3.csv / vni.csv, never computed with the code under test.
 */
import { describe, expect, it } from 'vitest';
import { decodeCp1258Mojibake, decodeUtf8Mojibake } from '../../src/normalize/text/decode-mojibake.js';
import { decodeTcvn3 } from '../../src/normalize/text/decode-tcvn3.js';
import { decodeVni } from '../../src/normalize/text/decode-vni.js';

const SHY = '\u00ad'; // TCVN3 byte AD = ư, invisible in most viewers

describe('decodeTcvn3 (.VnTime, VN3 lower case + bare capitals)', () => {
  it.each([
    // legacy-encodings.md §3 worked examples
    ['NguyÔn V¨n An', 'Nguyễn Văn An'],
    [`TrÇn ThÞ H${SHY}¬ng`, 'Trần Thị Hương'],
    ['VÜnh Phóc', 'Vĩnh Phúc'],
    ['§Æng ThÞ Thñy', 'Đặng Thị Thủy'],
    ['Lª Quèc ViÖt', 'Lê Quốc Việt'],
    ['Ph¹m ThÞ Ngäc ¸nh', 'Phạm Thị Ngọc ánh'], // toned capital Á cannot be encoded: comes out lower case
    ['ngµy 15 th¸ng 8 n¨m 1975', 'ngày 15 tháng 8 năm 1975'],
    ['Yªn L¹c', 'Yên Lạc'],
    ['S¸n D×u', 'Sán Dìu'],
    // built by hand from tcvn3.csv
    [`TrÇn ThÞ H${SHY}ng`, 'Trần Thị Hưng'],
    ['Th«n §ång T©m, x· Tam Hîp, huyÖn B×nh Xuyªn', 'Thôn Đồng Tâm, xã Tam Hợp, huyện Bình Xuyên'],
    ['Hoµng V¨n Hïng', 'Hoàng Văn Hùng'],
    ['Bïi ThÞ Th¶o', 'Bùi Thị Thảo'],
    ['§ç §øc Th¾ng', 'Đỗ Đức Thắng'],
    ['Vò ThÞ H»ng', 'Vũ Thị Hằng'],
    ['Ng« ThÞ YÕn', 'Ngô Thị Yến'],
    [`D${SHY}¬ng V¨n C${SHY}êng`, 'Dương Văn Cường'],
    ['NguyÔn ThÞ Thuý', 'Nguyễn Thị Thuý'],
    ['x· Tam Hång, huyÖn Yªn L¹c, tØnh VÜnh Phóc', 'xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phúc'],
    ['thÞ trÊn Hîp Hßa', 'thị trấn Hợp Hòa'],
    ['Kim Ngäc, Tam §¶o', 'Kim Ngọc, Tam Đảo'],
    [`Tr${SHY}êng TiÓu häc`, 'Trường Tiểu học'],
    ['Kh¸nh Hoµ', 'Khánh Hoà'],
    ['Quúnh', 'Quỳnh'],
    ['Hå ChÝ Minh', 'Hồ Chí Minh'],
    ['D©n téc Kinh', 'Dân tộc Kinh'],
    ['Thôy', 'Thụy'],
    ['Mü', 'Mỹ'],
    ['Söu', 'Sửu'],
    ['Giíi tÝnh: N÷', 'Giới tính: Nữ'],
    ['Tõ', 'Từ'],
    ['Thµnh phè VÜnh Yªn', 'Thành phố Vĩnh Yên'],
    ['Kho¶ng n¨m 1940', 'Khoảng năm 1940'],
    ['Thuû', 'Thuỷ'],
    ['Lîi', 'Lợi'],
    ['ngµy 02 th¸ng 9 n¨m 1945', 'ngày 02 tháng 9 năm 1945'],
    // bare capitals A1–A7
    ['¡n ¢u £ ¤ ¥ ¦ §', 'Ăn Âu Ê Ô Ơ Ư Đ'],
  ])('%s → %s', (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
  });

  it('decodes the harmless VN1 capital positions (legacy-encodings.md §3.3)', () => {
    expect(decodeTcvn3('Ä')).toBe('Ấ'); // byte C4
    expect(decodeTcvn3('¿')).toBe('Ẵ'); // byte BF
  });

  it('keeps Windows punctuation at 0x80–0x9F and maps C1 controls back to it (§1, §3.4)', () => {
    expect(decodeTcvn3('“Hïng” – €')).toBe('“Hùng” – €');
    expect(decodeTcvn3('\u0093Hïng\u0094')).toBe('“Hùng”');
  });

  it('decodes full VN1 (C0, 0x80–0x9F, combining B0–B4) only when asked', () => {
    expect(decodeTcvn3('\u0083nh')).toBe('ƒnh'); // by default 0x83 is the ƒ the user typed
    expect(decodeTcvn3('\u0083nh', { vn1: true })).toBe('Ánh');
    expect(decodeTcvn3('ƒnh', { vn1: true })).toBe('Ánh'); // 0x83 seen as Windows-1252 ƒ
    expect(decodeTcvn3('\u0001t', { vn1: true })).toBe('Út');
    expect(decodeTcvn3('a³', { vn1: true })).toBe('á'); // B3 = combining acute
  });

  it('leaves ASCII and characters that are not TCVN3 bytes alone', () => {
    expect(decodeTcvn3('Nguyen Van An 12/03/1990')).toBe('Nguyen Van An 12/03/1990');
    expect(decodeTcvn3('Đặng 𝔸')).toBe('Đặng 𝔸');
  });
});

describe('decodeTcvn3 with capitals (.VnTimeH fonts)', () => {
  it.each([
    ['NGUYÔN V¨N AN', 'NGUYỄN VĂN AN'],
    ['nguyÔn v¨n an', 'NGUYỄN VĂN AN'],
    [`TRÇN THÞ H${SHY}¬NG`, 'TRẦN THỊ HƯƠNG'],
    ['§ÆNG THÞ THñY', 'ĐẶNG THỊ THỦY'],
    ['x· tam hîp', 'XÃ TAM HỢP'],
    ['ngµy 15 th¸ng 8 n¨m 1975', 'NGÀY 15 THÁNG 8 NĂM 1975'],
    ['ph¹m thÞ ngäc ¸nh', 'PHẠM THỊ NGỌC ÁNH'],
    ['V¡N', 'VĂN'],
    ['hä vµ tªn', 'HỌ VÀ TÊN'],
  ])('%s → %s', (legacy, unicode) => {
    expect(decodeTcvn3(legacy, { capitals: true })).toBe(unicode);
  });
});

describe('decodeVni (VNI-Times)', () => {
  it.each([
    // legacy-encodings.md §3 worked examples
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
    ['Traàn Thò Höông', 'Trần Thị Hương'],
    ['Vónh Phuùc', 'Vĩnh Phúc'],
    ['Ñaëng Thò Thuûy', 'Đặng Thị Thủy'],
    ['Leâ Quoác Vieät', 'Lê Quốc Việt'],
    ['Phaïm Thò Ngoïc AÙnh', 'Phạm Thị Ngọc Ánh'],
    ['ngaøy 15 thaùng 8 naêm 1975', 'ngày 15 tháng 8 năm 1975'],
    ['Yeân Laïc', 'Yên Lạc'],
    ['Saùn Dìu', 'Sán Dìu'],
    // built by hand from vni.csv
    ['Hoaøng Vaên Huøng', 'Hoàng Văn Hùng'],
    ['Buøi Thò Thaûo', 'Bùi Thị Thảo'],
    ['Ñoã Ñöùc Thaéng', 'Đỗ Đức Thắng'],
    ['Vuõ Thò Haèng', 'Vũ Thị Hằng'],
    ['Döông Vaên Cöôøng', 'Dương Văn Cường'],
    ['Thoân Ñoàng Taâm, xaõ Tam Hôïp, huyeän Bình Xuyeân', 'Thôn Đồng Tâm, xã Tam Hợp, huyện Bình Xuyên'],
    ['tænh Vónh Phuùc', 'tỉnh Vĩnh Phúc'],
    ['Quyønh', 'Quỳnh'],
    ['Nghóa', 'Nghĩa'],
    ['Thuïy', 'Thụy'],
    ['Myõ', 'Mỹ'],
    ['Söûu', 'Sửu'],
    ['Nöõ', 'Nữ'],
    ['Hoà Chí Minh', 'Hồ Chí Minh'],
    ['Khoaûng naêm 1940', 'Khoảng năm 1940'],
    ['Tröôøng Tieåu hoïc', 'Trường Tiểu học'],
    ['Thuyû', 'Thuỷ'],
    ['Kyø Ñoàng', 'Kỳ Đồng'],
    ['Naêm Ngoï, Thaùng Gieâng', 'Năm Ngọ, Tháng Giêng'],
    // capitals: capital base + capital modifier
    ['NGUYEÃN VAÊN AN', 'NGUYỄN VĂN AN'],
    ['TRAÀN THÒ HÖÔNG', 'TRẦN THỊ HƯƠNG'],
    ['ÑAËNG THÒ THUÛY', 'ĐẶNG THỊ THỦY'],
    ['XAÕ TAM HÔÏP', 'XÃ TAM HỢP'],
    ['HUYEÄN BÌNH XUYEÂN', 'HUYỆN BÌNH XUYÊN'],
    ['ÑÖÙC', 'ĐỨC'],
    ['NGHÓA', 'NGHĨA'],
    ['YÙ KIEÁN', 'Ý KIẾN'],
    ['ÔÛ', 'Ở'],
    ['KYØ', 'KỲ'],
    ['THUÏY', 'THỤY'],
    // Excel PROPER() on capitals leaves a lower-case modifier after a capital base
    ['Aùnh', 'Ánh'],
  ])('%s → %s', (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
  });

  it('reads a modifier by its base: aê = ă but eâ = ê; a lone ô is ơ', () => {
    expect(decodeVni('aê eâ oâ ô')).toBe('ă ê ô ơ');
  });

  it('leaves modifiers without a base letter and non-VNI text alone', () => {
    expect(decodeVni('Müller 12/03/1990')).toBe('Müller 12/03/1990');
  });
});

describe('code-page mojibake', () => {
  it.each([
    ['NguyêÞn', 'Nguyễn'],
    ['HoÌa', 'Hòa'],
    ['ThuÒy', 'Thủy'],
    ['ViÞnh Phúc', 'Vĩnh Phúc'],
    ['Ðãòng', 'Đặng'],
    ['Trýõng', 'Trương'],
    ['10.000 þ', '10.000 ₫'],
  ])('Windows-1258 read as Windows-1252: %s → %s', (mojibake, unicode) => {
    expect(decodeCp1258Mojibake(mojibake)).toBe(unicode);
  });

  it.each([
    ['Nguyá»…n VÄƒn An', 'Nguyễn Văn An'],
    ['HÃ\u00a0 Ná»™i', 'Hà Nội'],
    ['Tráº§n Thá»‹ HÆ°Æ¡ng', 'Trần Thị Hương'],
    ['Ã\u0084', 'Ä'], // C1 control instead of Windows-1252 „
  ])('UTF-8 read as Windows-1252: %s → %s', (mojibake, unicode) => {
    expect(decodeUtf8Mojibake(mojibake)).toBe(unicode);
  });

  it('leaves ill-formed UTF-8 byte runs alone', () => {
    expect(decodeUtf8Mojibake('Ã( Ã')).toBe('Ã( Ã');
    expect(decodeUtf8Mojibake('í\u00a0€')).toBe('í\u00a0€'); // ED A0 80 would be the surrogate U+D800
  });
});
