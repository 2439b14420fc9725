import { describe, expect, it } from 'vitest';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';

function value(text: string): string {
  return normalizePlace(text).value;
}

describe('normalizePlace — a place the book says is not known', () => {
  it.each(['Không rõ', 'không rõ', 'KHÔNG RÕ', 'Chưa rõ', 'Không xác định', 'khong ro', '?', 'Không rõ địa chỉ', 'Chưa rõ nơi chết', '-', '--', '…', '...', ' - '])('%s is no place', (cell) => {
    expect(normalizePlace(cell)).toEqual({ value: '', findings: [] });
  });

  it('keeps a place that only begins so', () => {
    expect(value('Không rõ thôn, xã Tề Lỗ')).toBe('Không rõ thôn, xã Tề Lỗ');
  });
});

describe('normalizePlace — abbreviations at the start of a part', () => {
  it.each([
    ['X. Tam Hợp', 'Xã Tam Hợp', 'X. → Xã'],
    ['x.Tam Hợp', 'Xã Tam Hợp', 'x. → Xã'],
    ['H. Bình Xuyên', 'Huyện Bình Xuyên', 'H. → Huyện'],
    ['h.Bình Xuyên', 'Huyện Bình Xuyên', 'h. → Huyện'],
    ['T. Vĩnh Phúc', 'Tỉnh Vĩnh Phúc', 'T. → Tỉnh'],
    ['T. Hà Nội', 'Thành phố Hà Nội', 'T. → Thành phố'],
    ['t.Hải Phòng', 'Thành phố Hải Phòng', 't. → Thành phố'],
    ['P. Liên Bảo', 'Phường Liên Bảo', 'P. → Phường'],
    ['P. Khai Quang', 'Phường Khai Quang', 'P. → Phường'], // a ward's name beginning like Khám
    ['P.Yên Phụ', 'Phường Yên Phụ', 'P. → Phường'],
    ['P.3, Q.5', 'Phường 3, Quận 5', 'P. → Phường; Q. → Quận'],
    ['P. 12, Quận Tân Bình', 'Phường 12, Quận Tân Bình', 'P. → Phường'],
    ['Q. Ba Đình', 'Quận Ba Đình', 'Q. → Quận'],
    ['TP Vĩnh Yên', 'Thành phố Vĩnh Yên', 'TP → Thành phố'],
    ['TP. Vĩnh Yên', 'Thành phố Vĩnh Yên', 'TP. → Thành phố'],
    ['Tp.Vĩnh Yên', 'Thành phố Vĩnh Yên', 'Tp. → Thành phố'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh', 'TP.HCM → Thành phố Hồ Chí Minh'],
    ['TT Hương Canh', 'Thị trấn Hương Canh', 'TT → Thị trấn'],
    ['TT. Hương Canh', 'Thị trấn Hương Canh', 'TT. → Thị trấn'],
    // 'TTr' and its dotted forms: before, kept as typed.
    ['TTr Hương Canh', 'Thị trấn Hương Canh', 'TTr → Thị trấn'],
    ['T.Tr Gia Khánh', 'Thị trấn Gia Khánh', 'T.Tr → Thị trấn'],
    ['Ttr. Thanh Lãng', 'Thị trấn Thanh Lãng', 'Ttr. → Thị trấn'],
    ['TX Phúc Yên', 'Thị xã Phúc Yên', 'TX → Thị xã'],
    ['TX.Phúc Yên', 'Thị xã Phúc Yên', 'TX. → Thị xã'],
  ])('%s → %s', (text, expected, expansion) => {
    expect(normalizePlace(text)).toEqual({
      value: expected,
      findings: [{ code: 'PLACE_ABBREVIATION_EXPANDED', from: text, to: expected, params: { expansions: expansion } }],
    });
  });

  it('expands every part of an address, after commas and spaced dashes', () => {
    const result = normalizePlace('Thôn Đông, X. Tam Hợp, H. Bình Xuyên - T. Vĩnh Phúc');
    expect(result.value).toBe('Thôn Đông, Xã Tam Hợp, Huyện Bình Xuyên - Tỉnh Vĩnh Phúc');
    expect(result.findings).toEqual([
      {
        code: 'PLACE_ABBREVIATION_EXPANDED',
        from: 'Thôn Đông, X. Tam Hợp, H. Bình Xuyên - T. Vĩnh Phúc',
        to: 'Thôn Đông, Xã Tam Hợp, Huyện Bình Xuyên - Tỉnh Vĩnh Phúc',
        params: { expansions: 'X. → Xã; H. → Huyện; T. → Tỉnh' },
      },
    ]);
  });

  it.each([
    ['P.3, Q.1, TP. Hồ Chí Minh', 'Phường 3, Quận 1, Thành phố Hồ Chí Minh'],
    ['Số 5, P.12, Q.3, TP. HCM', 'Số 5, Phường 12, Quận 3, Thành phố Hồ Chí Minh'],
    ['Số 12, P.7, TP Đà Lạt, Lâm Đồng', 'Số 12, Phường 7, Thành phố Đà Lạt, Lâm Đồng'],
    // A room past a ward's number keeps its 'P.' beside a Quận.
    ['P.302, nhà A5, tập thể Kim Liên, Q. Đống Đa, Hà Nội', 'P.302, nhà A5, tập thể Kim Liên, Quận Đống Đa, Hà Nội'],
    ['Khu II, TT Hương Canh', 'Khu II, Thị trấn Hương Canh'],
    ['Xã Tam Hợp (X. Bình Nguyên)', 'Xã Tam Hợp (Xã Bình Nguyên)'],
    ['T. Hà Tây', 'Tỉnh Hà Tây'], // a former province
    ['T. Bà Rịa - Vũng Tàu', 'Tỉnh Bà Rịa - Vũng Tàu'],
    ['H. Mê Linh, T. Vĩnh Phú', 'Huyện Mê Linh, Tỉnh Vĩnh Phú'],
    // The part after a district's is the province's, whatever its name.
    ['Ấp 3, Xã Bình Hưng, Huyện Bình Chánh, T. Long An', 'Ấp 3, Xã Bình Hưng, Huyện Bình Chánh, Tỉnh Long An'],
    ['Thôn Nội, X. Đồng Văn, H. Yên Lạc, T. Vĩnh Phúc', 'Thôn Nội, Xã Đồng Văn, Huyện Yên Lạc, Tỉnh Vĩnh Phúc'],
    // 'T/p', as handwriting shortens thành phố, is TP.
    ['T/p Vĩnh Yên', 'Thành phố Vĩnh Yên'],
    ['Tổ 3, P. Liên Bảo, t/p Vĩnh Yên', 'Tổ 3, Phường Liên Bảo, Thành phố Vĩnh Yên'],
    ['T/P. Phúc Yên', 'Thành phố Phúc Yên'],
    ['Bệnh viện T/p Vĩnh Yên', 'Bệnh viện thành phố Vĩnh Yên'],
    // So is 'T.p'.
    ['Thôn Vinh Quang, xã Định Trung, T.p Vĩnh Yên', 'Thôn Vinh Quang, xã Định Trung, thành phố Vĩnh Yên'],
    ['T.p. Phúc Yên', 'Thành phố Phúc Yên'],
    ['T.p Hà Nội', 'Thành phố Hà Nội'],
    ['T.Phú Thọ', 'Tỉnh Phú Thọ'], // not a 'T.p'
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});

describe("normalizePlace — an abbreviation opening a later part takes the address's own case for unit words", () => {
  it.each([
    // The typist wrote the unit words in lower case (Decree 30/2020/NĐ-CP): the expanded ones follow.
    ['Thôn Thanh Lanh, xã Trung Mỹ, H. Bình Xuyên', 'Thôn Thanh Lanh, xã Trung Mỹ, huyện Bình Xuyên'],
    ['xã Tam Hồng, H. Yên Lạc, T. Vĩnh Phúc', 'xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phúc'],
    ['Thôn Đông-xã Tam Hồng-H.Yên Lạc', 'Thôn Đông - xã Tam Hồng - huyện Yên Lạc'],
    ['Bệnh viện đa khoa tỉnh Vĩnh Phúc, TP Vĩnh Yên', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc, thành phố Vĩnh Yên'],
    ['xã Thanh Lâm, huyện Mê Linh, TP Hà Nội', 'xã Thanh Lâm, huyện Mê Linh, thành phố Hà Nội'],
    // Abbreviations typed in lower case say the same style; the text's first word keeps its capital.
    ['x. Tam Hợp, h. Mê Linh, t. Vĩnh Phú', 'Xã Tam Hợp, huyện Mê Linh, tỉnh Vĩnh Phú'],
    ['Thôn Nội, x.Đồng Văn, h.Yên Lạc', 'Thôn Nội, xã Đồng Văn, huyện Yên Lạc'],
    // Beside a unit word the typist capitalised, they are capitalised too.
    ['Thôn Nội, Xã Đồng Văn, h. Yên Lạc', 'Thôn Nội, Xã Đồng Văn, Huyện Yên Lạc'],
    // A unit named by a number keeps its capital, and so does the text's first word.
    ['Số 5 đường Lê Lợi, phường Tân An, P.3, Q.1', 'Số 5 đường Lê Lợi, phường Tân An, Phường 3, Quận 1'],
    ['X. Tam Hợp, huyện Bình Xuyên, T. Vĩnh Phúc', 'Xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc'],
    // A hamlet's unit word typed in lower case is the address's style too.
    ['thôn Mới, X. Tam Hợp, H. Bình Xuyên', 'thôn Mới, xã Tam Hợp, huyện Bình Xuyên'],
    ['xóm Chùa, x. Tam Hợp', 'xóm Chùa, xã Tam Hợp'],
    ['tổ 3, p. Liên Bảo, tp. Vĩnh Yên', 'tổ 3, phường Liên Bảo, thành phố Vĩnh Yên'],
    // No unit word typed in lower case, or one typed capitalised inside: as before, capitals.
    ['Thôn Nội, X. Đồng Văn, H. Yên Lạc, T. Vĩnh Phúc', 'Thôn Nội, Xã Đồng Văn, Huyện Yên Lạc, Tỉnh Vĩnh Phúc'],
    ['Thôn Đông, Xã Tam Hợp, huyện Bình Xuyên, T. Vĩnh Phúc', 'Thôn Đông, Xã Tam Hợp, huyện Bình Xuyên, Tỉnh Vĩnh Phúc'],
  ])('%s → %s', (text, expected) => {
    const read = normalizePlace(text);
    expect(read.value).toBe(expected);
    expect(read.findings.map((finding) => finding.code)).toEqual(['PLACE_ABBREVIATION_EXPANDED']);
    expect(normalizePlace(expected).value).toBe(expected);
  });
});

describe('normalizePlace — abbreviations inside a part, before a name the lists hold', () => {
  it.each([
    ['TYT X. Tam Hợp', 'TYT xã Tam Hợp', 'X. → xã'],
    ['Trạm y tế X. Tam Hợp', 'Trạm y tế xã Tam Hợp', 'X. → xã'],
    ['Thôn Đông X. Tam Hợp', 'Thôn Đông xã Tam Hợp', 'X. → xã'],
    ['Tổ 5 P.Tích Sơn', 'Tổ 5 phường Tích Sơn', 'P. → phường'],
    ['UBND P. Trưng Nhị', 'UBND phường Trưng Nhị', 'P. → phường'],
    ['Nhà hộ sinh P. Trưng Trắc', 'Nhà hộ sinh phường Trưng Trắc', 'P. → phường'],
    ['Khu 2 TT Hương Canh', 'Khu 2 thị trấn Hương Canh', 'TT → thị trấn'],
    ['TTYT H. Bình Xuyên', 'TTYT huyện Bình Xuyên', 'H. → huyện'],
    ['Bệnh viện đa khoa TP Vĩnh Yên', 'Bệnh viện đa khoa thành phố Vĩnh Yên', 'TP → thành phố'],
    ['BV Bạch Mai T. Hà Nội', 'BV Bạch Mai thành phố Hà Nội', 'T. → thành phố'],
    ['BV Chợ Rẫy TP.HCM', 'BV Chợ Rẫy thành phố Hồ Chí Minh', 'TP.HCM → thành phố Hồ Chí Minh'],
    ['BV Chợ Rẫy T/p.HCM', 'BV Chợ Rẫy thành phố Hồ Chí Minh', 'T/p.HCM → thành phố Hồ Chí Minh'],
    ['Xã Tam Hợp (nay là X. Bình Nguyên)', 'Xã Tam Hợp (nay là xã Bình Nguyên)', 'X. → xã'],
  ])('%s → %s', (text, expected, expansion) => {
    expect(normalizePlace(text)).toEqual({
      value: expected,
      findings: [{ code: 'PLACE_ABBREVIATION_EXPANDED', from: text, to: expected, params: { expansions: expansion } }],
    });
  });

  it("expands a lower-case x, h, t typed without its dot before a commune's, district's or province's name", () => {
    expect(value('x Tam Hợp h Bình Xuyên')).toBe('Xã Tam Hợp huyện Bình Xuyên');
    expect(value('Thôn Đông x Tam Hợp h Bình Xuyên t Vĩnh Phúc')).toBe('Thôn Đông xã Tam Hợp huyện Bình Xuyên tỉnh Vĩnh Phúc');
    expect(value('Thôn Nội, x Đồng Văn, h Yên Lạc')).toBe('Thôn Nội, xã Đồng Văn, huyện Yên Lạc');
  });

  it('expands a whole address typed without commas', () => {
    expect(value('TYT X. Tam Hợp H. Bình Xuyên T. Vĩnh Phúc')).toBe('TYT xã Tam Hợp huyện Bình Xuyên tỉnh Vĩnh Phúc');
  });
});

describe('normalizePlace — what must NOT be expanded', () => {
  it.each([
    'Nguyễn T. Lan', // an initial inside a name
    'Bệnh viện Đa khoa, nhà ông Nguyễn T. Lan', // not at a part start
    'Thôn X, xã Tam Hợp', // no dot
    'TT Y tế huyện Bình Xuyên', // the district's Trung tâm Y tế, not a thị trấn
    'Xã Tam Hợp, T. ', // nothing after it
    'x. tam, Bình Xuyên', // mixed case text, next word not capitalised
    'Th. Đông', // Th. is Thôn, Thị or Thành: left alone
    'Số 12-14 Nguyễn Trãi', // hyphen inside a token
    'Tổ 1,2 phố Mới', // digits around a comma
    'XÃ', // one word: recased, nothing to expand
    'Hương Canh',
    'Xã Hợp Châu',
    'TTYT huyện Tam Đảo', // an acronym, not TT + word
    'Thị xã Phúc Yên',
    'TT YT huyện Bình Xuyên', // Trung tâm Y tế, the 'Y tế' cut short too
    'TT. Y Tế huyện Bình Xuyên',
    'TYT xã Tam Hợp', // Trạm Y tế
    'Xóm Chùa, T. Hợp', // Tam Hợp cut short: no province is called Hợp
    'Thôn Tây, T. Đông', // not after a district's part
    'Xóm 3 X. Bình Hưng', // inside a part, a commune of another province: not known to be a unit
    'Khu phố 2 Q. Ba Đình', // no quận in the province: left inside a part
    'Nhà ông Nguyễn T. Lan', // an initial inside a part
    'Nhà bà Lê P. Hoa',
    // 'P.' before a number is a room (phòng): past a ward's number, or in a building's address (s10-urban).
    'P.379, nhà B4, khu tập thể Dệt, Liên Bảo',
    'P. 302, nhà A2, chung cư Hùng Vương',
    'P.1205 tòa CT1, Khai Quang',
    'P.5 nhà B2 khu tập thể Dệt',
    'Số 5/T/p', // 'T/p' before no name
    'Kho T/phố', // not the 'T/p' of a whole word
    // A letter without its dot before no listed name of its level, or in capitals: a label or an initial.
    'Thôn x Đông, xã Tam Hợp',
    'Lô h Khu công nghiệp Bình Xuyên',
    'Nhà ông Nguyễn t Lan',
    'X Tam Hợp',
    'Tổ 5 H Bình Xuyên',
    // 'P.' before an office's or a clinic's word is a phòng: no phường is called Khám or Tư pháp.
    'P. Khám ĐKKV Hương Canh',
    'P.Khám đa khoa Gia Khánh',
    'P. Tư pháp huyện Bình Xuyên',
    'P. Y tế huyện Tam Dương',
    'P. KHÁM ĐKKV HƯƠNG CANH',
  ])('%s keeps its abbreviations', (text) => {
    expect(normalizePlace(text).findings.filter((f) => f.code === 'PLACE_ABBREVIATION_EXPANDED')).toEqual([]);
  });

  it("keeps 'P.' before an office's word typed in capitals, whose 'TƯ' the recasing reads as Trung ương's acronym", () => {
    expect(normalizePlace('P.TƯ PHÁP H.BÌNH XUYÊN').value).not.toMatch(/Phường/);
  });

  it.each([
    'Xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc',
    'Thôn Tây, xã Tam Hợp', // a village called Tây
    'Xóm Tây, Trung Mỹ',
    'Trạm y tế xã Trung Mỹ',
    'Trung tâm Y tế huyện Bình Xuyên',
  ])('a clean place %s yields no finding and no change', (text) => {
    expect(normalizePlace(text)).toEqual({ value: text, findings: [] });
  });
});

describe('normalizePlace — case of all-capital or all-lower text', () => {
  it.each([
    ['XÃ TAM HỢP, HUYỆN BÌNH XUYÊN', 'Xã Tam Hợp, huyện Bình Xuyên'],
    ['THỊ TRẤN HƯƠNG CANH', 'Thị trấn Hương Canh'],
    // descriptive places: their common words stay in lower case after the first
    ['TẠI NHÀ', 'Tại nhà'],
    ['tại nhà', 'Tại nhà'],
    ['trên đường đi cấp cứu', 'Trên đường đi cấp cứu'],
    ['TẠI NHÀ RIÊNG, THÔN 3', 'Tại nhà riêng, Thôn 3'],
    // …but a name that holds those words stays a name
    ['ĐƯỜNG NGUYỄN TRÃI', 'Đường Nguyễn Trãi'],
    ['TẠI NHÀ HỘ SINH TAM DƯƠNG', 'Tại Nhà hộ sinh Tam Dương'],
    ['XÓM TRÊN, XÃ ĐẠO TÚ', 'Xóm Trên, xã Đạo Tú'],
    ['THÔN NHÀ THỜ', 'Thôn Nhà Thờ'],
    ['XÃ ĐƯỜNG LÂM', 'Xã Đường Lâm'],
    ['XÃ CẤP TIẾN', 'Xã Cấp Tiến'],
    ['THÔN ĐỒNG CỨU', 'Thôn Đồng Cứu'],
    ['xã tam hợp, huyện bình xuyên', 'Xã Tam Hợp, huyện Bình Xuyên'],
    ['THÀNH PHỐ VĨNH YÊN', 'Thành phố Vĩnh Yên'],
    ['KHU III, PHƯỜNG ĐỒNG TÂM', 'Khu III, phường Đồng Tâm'],
    ['UBND XÃ ĐẠO TÚ', 'UBND xã Đạo Tú'],
    ['đồng tâm', 'Đồng Tâm'],
    // Unit words inside an address and institutions' common words are lower case (Decree 30/2020/NĐ-CP, Appendix II):
    // only the names take capitals; the text's first word keeps its capital, and so does a hamlet named with a unit word.
    ['BỆNH VIỆN ĐA KHOA TỈNH VĨNH PHÚC', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc'],
    ['BỆNH VIỆN ĐA KHOA KHU VỰC PHÚC YÊN', 'Bệnh viện đa khoa khu vực Phúc Yên'],
    ['TRẠM Y TẾ XÃ SƠN LÔI', 'Trạm y tế xã Sơn Lôi'],
    ['TRẠM Y TẾ THỊ TRẤN HƯƠNG CANH', 'Trạm y tế thị trấn Hương Canh'],
    ['PHÒNG KHÁM ĐA KHOA XUÂN HÒA', 'Phòng khám đa khoa Xuân Hòa'],
    ['BỆNH VIỆN HUYỆN MÊ LINH', 'Bệnh viện huyện Mê Linh'],
    ['THÔN ĐỒNG, XÃ SƠN LÔI, HUYỆN BÌNH XUYÊN, TỈNH VĨNH PHÚC', 'Thôn Đồng, xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phúc'],
    ['TỔ 5, PHƯỜNG ĐỒNG TÂM, THÀNH PHỐ VĨNH YÊN', 'Tổ 5, phường Đồng Tâm, thành phố Vĩnh Yên'],
    // A unit named by a number keeps its capital (the decree's 'Quận 1', 'Phường 15').
    ['THÔN 3, XÃ TAM HỢP', 'Thôn 3, xã Tam Hợp'],
    ['SỐ 12, PHƯỜNG 15, QUẬN 1', 'Số 12, Phường 15, Quận 1'],
    ['THÔN XÓM CHÙA, XÃ TAM HỢP', 'Thôn Xóm Chùa, xã Tam Hợp'],
    ['BỆNH VIỆN SẢN NHI VĨNH PHÚC', 'Bệnh viện Sản Nhi Vĩnh Phúc'],
    // A unit word that begins another name (a road, an office) is not lowered alone: never 'tỉnh Lộ', 'huyện Đội'.
    // A road named by its number is written as road signs write it: 'Tỉnh lộ 302', 'Quốc lộ 2'.
    ['THÔN ĐÔNG, TỈNH LỘ 302', 'Thôn Đông, Tỉnh lộ 302'],
    ['QUỐC LỘ 2, XÃ HƯƠNG SƠN', 'Quốc lộ 2, xã Hương Sơn'],
    ['NHÀ RIÊNG', 'Nhà riêng'],
    ['BỆNH VIỆN 74 TRUNG ƯƠNG', 'Bệnh viện 74 Trung ương'],
    ['KHU CÔNG NGHIỆP BÌNH XUYÊN', 'Khu công nghiệp Bình Xuyên'],
    // 'số' before a figure inside a part is a common word; a part's first word keeps its capital.
    ['TỔ DÂN PHỐ SỐ 3, PHƯỜNG TRƯNG TRẮC, THỊ XÃ PHÚC YÊN', 'Tổ dân phố số 3, phường Trưng Trắc, thị xã Phúc Yên'],
    ['SỐ 25, TỔ DÂN PHỐ SỐ 3, PHƯỜNG TIỀN CHÂU', 'Số 25, tổ dân phố số 3, phường Tiền Châu'],
    ['THÔN VĨNH THỊNH, QUỐC LỘ 2A, XÃ QUẤT LƯU', 'Thôn Vĩnh Thịnh, Quốc lộ 2A, xã Quất Lưu'],
    ['TRẠM XÁ HUYỆN ĐỘI MÊ LINH', 'Trạm xá Huyện Đội Mê Linh'],
  ])('%s → %s', (text, expected) => {
    expect(normalizePlace(text)).toEqual({
      value: expected,
      findings: [{ code: 'PLACE_CASE_NORMALIZED', from: text, to: expected, params: { to: expected } }],
    });
  });

  it.each([
    // Mixed-case text with parts typed in capitals (Caps Lock on for a part, a .VnTimeH run): those parts are recased.
    ['THÔN NGỌC BẢO, xã Tam Hợp', 'Thôn Ngọc Bảo, xã Tam Hợp'],
    ['Thôn Ngọc Bảo, XÃ TAM HỢP, huyện Bình Xuyên', 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên'],
    ['THÔN 3, xã Tam Hợp', 'Thôn 3, xã Tam Hợp'],
    ['Thôn Đông, KCN BÌNH XUYÊN', 'Thôn Đông, KCN Bình Xuyên'],
    // The typist capitalised a unit word inside the address: a recased one keeps its capital too.
    ['Thôn Đông, Xã Tam Hợp, HUYỆN BÌNH XUYÊN', 'Thôn Đông, Xã Tam Hợp, Huyện Bình Xuyên'],
    // A name in capitals after a unit word typed in lower case ('UBND xã …', 'Trạm y tế xã …' too).
    ['Thôn Ngọc Bảo, xã TAM HỢP', 'Thôn Ngọc Bảo, xã Tam Hợp'],
    ['UBND xã TAM HỢP', 'UBND xã Tam Hợp'],
    ['Trạm y tế xã SƠN LÔI', 'Trạm y tế xã Sơn Lôi'],
  ])('a part typed in capitals %s → %s', (text, expected) => {
    expect(normalizePlace(text)).toEqual({
      value: expected,
      findings: [{ code: 'PLACE_CASE_NORMALIZED', from: text, to: expected, params: { to: expected } }],
    });
    expect(normalizePlace(expected)).toEqual({ value: expected, findings: [] });
  });

  it.each(['UBND xã Tam Hợp', 'TDP 5, phường Liên Bảo', 'BV 74 TW, Phúc Yên', 'Bệnh viện ĐK tỉnh Vĩnh Phúc', 'Khu II, xã Tam Hợp', 'Thôn Đông, xã KCN',
    // Capital words that are no Vietnamese syllables, or too short to tell, are abbreviations kept as typed.
    'Los Angeles, USA', 'London, UK', 'Dubai, UAE', 'New York, NY, USA', 'CTY TNHH ABC, xã Tam Hợp'])(
    'acronyms beside mixed case are no part in capitals: %s',
    (text) => {
      expect(normalizePlace(text)).toEqual({ value: text, findings: [] });
    },
  );

  it('recases first, so capitalised abbreviations are then expanded', () => {
    const result = normalizePlace('X. TAM HỢP, H. BÌNH XUYÊN, T. VĨNH PHÚC');
    expect(result.value).toBe('Xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc');
    expect(result.findings.map((f) => f.code)).toEqual(['PLACE_CASE_NORMALIZED', 'PLACE_ABBREVIATION_EXPANDED']);
    expect(value('tt hương canh - vĩnh phúc')).toBe('Thị trấn Hương Canh - Vĩnh Phúc');
  });

  it.each([
    // A title typed in capitals in .VnTime, which has no toned capitals (legacy-encodings.md §3.2).
    ['Xã TRUNG Mỹ', 'Xã Trung Mỹ'],
    ['Xã TAM HợP', 'Xã Tam Hợp'],
    ['XóM 3, Xã ĐạO Tú, HUYệN TAM DƯƠNG', 'Xóm 3, xã Đạo Tú, huyện Tam Dương'],
  ])('capitals typed in a TCVN3 font %s → %s', (text, expected) => {
    expect(normalizePlace(text)).toEqual({
      value: expected,
      findings: [{ code: 'PLACE_CASE_NORMALIZED', from: text, to: expected, params: { to: expected } }],
    });
  });

  it.each(['UBND Xã', 'Mỹ', 'TTYT Bá Hiến', 'Xã Trung Mỹ', 'HTX Mỹ'])('%s has no TCVN3 capitals to recase', (text) => {
    expect(normalizePlace(text)).toEqual({ value: text, findings: [] });
  });

  it.each([
    // Found by s10-urban: hospitals where Vĩnh Phúc residents die, typed in capitals; TW = Trung ương.
    ['BỆNH VIỆN 74 TW', 'Bệnh viện 74 TW'],
    ['BVĐK KV PHÚC YÊN', 'BVĐK KV Phúc Yên'],
    ['BV ĐK TỈNH VĨNH PHÚC', 'BV ĐK tỉnh Vĩnh Phúc'],
    ['PKĐK XUÂN HÒA', 'PKĐK Xuân Hòa'],
    ['BV YHCT VĨNH PHÚC', 'BV YHCT Vĩnh Phúc'],
    ['BỆNH VIỆN QUÂN Y 109, QK2', 'Bệnh viện Quân Y 109, QK2'],
    ['BVĐKKV PHÚC YÊN', 'BVĐKKV Phúc Yên'], // no vowel: an acronym even when not listed
    ['bv k tw', 'BV K TW'],
    ['bv trung ương quân đội 108', 'BV Trung ương Quân Đội 108'],
    // A street word after a house number is a common noun (s10-urban); 'Xã Đường Lâm' keeps its name.
    ['số 10 đường nguyễn văn linh', 'Số 10 đường Nguyễn Văn Linh'],
    ['SỐ 5 NGÕ 12 PHỐ HUẾ', 'Số 5 ngõ 12 Phố Huế'],
    // Inside the address too ('Ngõ', 'Đường' kept their capitals after a comma; session 23, theme 5).
    ['NGÕ 5, ĐƯỜNG NGUYỄN TẤT THÀNH, THÔN THIỆN KẾ, XÃ THIỆN KẾ', 'Ngõ 5, đường Nguyễn Tất Thành, thôn Thiện Kế, xã Thiện Kế'],
    ['SỐ 12, NGÕ 3, ĐƯỜNG HÙNG VƯƠNG, PHƯỜNG TÍCH SƠN', 'Số 12, ngõ 3, đường Hùng Vương, phường Tích Sơn'],
    ['THÔN ĐƯỜNG NHẠN, XÃ TAM HỢP', 'Thôn Đường Nhạn, xã Tam Hợp'],
    // after a unit word typed short too: a residential group's name
    ['TDP ĐƯỜNG SẮT, PHƯỜNG ĐỒNG TÂM', 'TDP Đường Sắt, phường Đồng Tâm'],
    ['KP NGÕ CHÙA, PHƯỜNG TÍCH SƠN', 'KP Ngõ Chùa, phường Tích Sơn'],
    // a street word opening no part of the address is a word of a name
    ['TRƯỜNG MẦM NON ĐƯỜNG LÂM', 'Trường Mầm Non Đường Lâm'],
    ['BỆNH VIỆN ĐƯỜNG SẮT', 'Bệnh viện Đường Sắt'],
    ['THÔN TIỀN ĐƯỜNG 2, XÃ TAM HỢP', 'Thôn Tiền Đường 2, xã Tam Hợp'],
    ['SỐ 12 - NGÕ 5 - ĐƯỜNG HÙNG VƯƠNG', 'Số 12 - ngõ 5 - đường Hùng Vương'],
    ['HTX NÔNG NGHIỆP THIỆN KẾ, XÃ THIỆN KẾ', 'HTX nông nghiệp Thiện Kế, xã Thiện Kế'],
    ['HTX DỊCH VỤ NÔNG NGHIỆP TAM HỢP', 'HTX dịch vụ nông nghiệp Tam Hợp'],
    ['TRẠI GIAM VĨNH QUANG, XÃ MINH QUANG, HUYỆN TAM ĐẢO', 'Trại giam Vĩnh Quang, xã Minh Quang, huyện Tam Đảo'],
    ['XÓM TRẠI, XÃ TAM HỢP', 'Xóm Trại, xã Tam Hợp'],
    ['TRẠI CÚP, XÃ VĨNH PHÚ', 'Trại Cúp, xã Vĩnh Phú'],
  ])('hospital and street text %s → %s', (text, expected) => {
    expect(normalizePlace(text)).toEqual({
      value: expected,
      findings: [{ code: 'PLACE_CASE_NORMALIZED', from: text, to: expected, params: { to: expected } }],
    });
  });

  it.each(['BV 74 TW', 'BV K TW', 'BVĐK KV', 'BV E TW', 'TTYT'])('acronyms %s stay as typed, with no note', (text) => {
    expect(normalizePlace(text)).toEqual({ value: text, findings: [] });
  });

  it('mixed-case text keeps its capitals', () => {
    expect(value('xã Tam Hợp, huyện Bình Xuyên')).toBe('xã Tam Hợp, huyện Bình Xuyên');
    expect(value('Bệnh viện Sản Nhi Vĩnh Phúc')).toBe('Bệnh viện Sản Nhi Vĩnh Phúc');
  });
});

describe('normalizePlace — separators', () => {
  it.each([
    ['Tam Hợp ,Bình Xuyên', 'Tam Hợp, Bình Xuyên'],
    [' ,Tam Hợp,,Bình Xuyên ,', 'Tam Hợp, Bình Xuyên'],
    ['Tam Hợp , , Bình Xuyên', 'Tam Hợp, Bình Xuyên'],
    ['Tam Hợp -Bình Xuyên', 'Tam Hợp - Bình Xuyên'],
    ['Tam Hợp – Bình Xuyên', 'Tam Hợp - Bình Xuyên'],
    ['Tam Hợp;Bình Xuyên', 'Tam Hợp; Bình Xuyên'],
    ['Xã Tân Cương ( cũ )', 'Xã Tân Cương (cũ)'],
    ['Tam   Hợp\tBình Xuyên', 'Tam Hợp Bình Xuyên'],
    ['Vĩnh Phúc -', 'Vĩnh Phúc'],
    // A full stop closing the text after a whole word is a sentence's, not the place's.
    ['Thôn Ngọc Bảo, xã Tam Hợp.', 'Thôn Ngọc Bảo, xã Tam Hợp'],
    ['UBND xã Sơn Lôi. ', 'UBND xã Sơn Lôi'],
    ['Số 5 ngõ 3, đường Lê Lợi.', 'Số 5 ngõ 3, đường Lê Lợi'],
    // An abbreviation keeps its period; so do a figure, an ellipsis and a word no syllable reads.
    ['Tổ 5, Th.', 'Tổ 5, Th.'],
    ['Xã Tam Hợp, H.', 'Xã Tam Hợp, H.'],
    ['Thôn 3.', 'Thôn 3.'],
    ['Tam Hợp...', 'Tam Hợp...'],
    ['Bệnh viện 74 TW.', 'Bệnh viện 74 TW.'],
  ])('%j → %j without a finding', (text, expected) => {
    expect(normalizePlace(text)).toEqual({ value: expected, findings: [] });
  });

  it.each([
    ['TDP 3-Phường Tiền Châu', 'TDP 3 - Phường Tiền Châu'],
    ['Thôn Đông-xã Tam Hồng', 'Thôn Đông - xã Tam Hồng'],
    // Not before a unit: a range, a province's name, a road.
    ['Xóm 3-4, thôn Đông', 'Xóm 3-4, thôn Đông'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa-Vũng Tàu'],
    ['Km 5-Quốc lộ 2', 'Km 5-Quốc lộ 2'],
  ])('a hyphen typed without spaces before a unit word separates the parts: %j → %j', (text, expected) => {
    expect(normalizePlace(text)).toEqual({ value: expected, findings: [] });
  });

  it.each([
    ['X.Tam Hồng-H.Yên Lạc-T.Vĩnh Phúc', 'Xã Tam Hồng - Huyện Yên Lạc - Tỉnh Vĩnh Phúc'],
    ['Thôn Đông-X.Tam Hồng-H.Yên Lạc', 'Thôn Đông - Xã Tam Hồng - Huyện Yên Lạc'],
    ['TDP Đoài-TT.Yên Lạc-H.Yên Lạc', 'TDP Đoài - Thị trấn Yên Lạc - Huyện Yên Lạc'],
    ['P.Tiền Châu-TP.Phúc Yên', 'Phường Tiền Châu - Thành phố Phúc Yên'],
  ])('abbreviations joined by hyphens are each a part\'s start, as with spaced dashes: %j → %j', (text, expected) => {
    const read = normalizePlace(text);
    expect(read.value).toBe(expected);
    expect(read.value).toBe(normalizePlace(text.replace(/-/g, ' - ')).value);
    expect(read.findings.map((finding) => finding.code)).toEqual(['PLACE_ABBREVIATION_EXPANDED']);
  });

  it('empty or blank → empty, no finding', () => {
    expect(normalizePlace('')).toEqual({ value: '', findings: [] });
    expect(normalizePlace(' , - ')).toEqual({ value: '', findings: [] });
  });
});
