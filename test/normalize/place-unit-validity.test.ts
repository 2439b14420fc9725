import { describe, expect, it } from 'vitest';
import { placeCodes } from '../../src/catalog/place-codes.js';
import { matchCommune } from '../../src/normalize/place/match-commune.js';

function at(registrationDate: string | null, text: string, districtCode: string | null = null) {
  return matchCommune(text, { registrationDate, districtCode });
}

function unitFindings(registrationDate: string | null, text: string, districtCode: string | null = null) {
  return at(registrationDate, text, districtCode).findings.filter((f) => f.code === 'PLACE_UNIT_NOT_IN_FORCE');
}

describe('matchCommune — districts and provinces in force on the registration date (DOMAIN.md §1.5)', () => {
  it.each([
    // huyện Vĩnh Lạc (05/07/1977 – 06/10/1995) and the districts it merged.
    ['1990-03-12', 'UBND xã Tam Hồng, huyện Vĩnh Lạc, tỉnh Vĩnh Phú', '251', '09043'],
    ['1996-02-14', 'xã Tam Hồng, huyện Vĩnh Lạc', '251', '09043'],
    ['1996-02-14', 'xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phú', '251', '09043'],
    ['1975-08-20', 'xã Tân Tiến, huyện Vĩnh Tường, tỉnh Vĩnh Phú', '252', '09103'],
    // Sông Lô's communes were Lập Thạch's until 18/01/2009.
    ['2005-06-01', 'UBND xã Nhân Đạo, huyện Lập Thạch', '253', '08803'],
    ['2005-06-01', 'xã Nhân Đạo, H. Lập Thạch, T. Vĩnh Phúc', '253', '08803'],
    ['2009-01-18', 'xã Nhân Đạo, huyện Sông Lô', '253', '08803'],
    ['2009-03-02', 'xã Nhân Đạo, huyện Lập Thạch', '253', '08803'],
    ['2015-07-09', 'phường Tích Sơn, thành phố Vĩnh Yên', '243', '08707'],
    ['2015-07-09', 'phường Tích Sơn, TP Vĩnh Yên, tỉnh Vĩnh Phúc', '243', '08707'],
    // Phúc Yên: thị xã until NQ 484 (07/02/2018), thành phố after; the old type until the end of 2019.
    ['2016-03-01', 'xã Ngọc Thanh, thị xã Phúc Yên', '244', '08749'],
    ['2018-02-07', 'xã Ngọc Thanh, thành phố Phúc Yên', '244', '08749'],
    ['2019-11-20', 'xã Ngọc Thanh, TX Phúc Yên', '244', '08749'],
    ['2020-05-04', 'phường Xuân Hoà, thành phố Phúc Yên', '244', '08746'],
    // tỉnh Vĩnh Phú 26/01/1968 – 31/12/1996; pre-printed books of 1997-1998 still say it.
    ['1996-12-30', 'xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phú', '249', '08959'],
    ['1998-03-03', 'xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phú', '249', '08959'],
    ['1997-01-02', 'xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phúc', '249', '08959'],
    // Mê Linh (Bình Xuyên + Yên Lãng) until it left for Hà Nội on 01/08/2008; the name until the end of 2009.
    ['1990-05-05', 'xã Sơn Lôi, huyện Mê Linh, tỉnh Vĩnh Phú', '249', '08959'],
    ['2009-06-30', 'xã Sơn Lôi, huyện Mê Linh', '249', '08959'],
    // Tam Đảo: its 2003 re-creation is UNVERIFIED, so no date after 1977 is reported.
    ['2001-04-04', 'xã Hợp Châu, huyện Tam Đảo', '248', '08911'],
    // The new Phú Thọ from 01/07/2025.
    ['2025-07-01', 'UBND xã Tam Hồng, tỉnh Phú Thọ', '251', '09043'],
    // No district or province at all.
    ['2012-10-10', 'UBND xã Sơn Lôi', '249', '08959'],
    ['1985-10-10', 'xã Sơn Lôi', '249', '08959'],
  ])('%s %s: clean', (date, text, district, code) => {
    const result = at(date, text, district);
    expect(result.value.communeCode).toBe(code);
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['1998-05-02', 'UBND xã Nhân Đạo, huyện Sông Lô', '253', 'huyện Sông Lô', 'từ 18/01/2009 đến 30/06/2025'],
    ['2009-01-17', 'xã Nhân Đạo, H. Sông Lô', '253', 'huyện Sông Lô', 'từ 18/01/2009 đến 30/06/2025'],
    ['2020-03-01', 'xã Ngọc Thanh, thị xã Phúc Yên', '244', 'thị xã Phúc Yên', 'trước 07/02/2018'],
    ['2021-08-01', 'Ngọc Thanh, TX Phúc Yên', '244', 'thị xã Phúc Yên', 'trước 07/02/2018'],
    ['2005-03-01', 'xã Ngọc Thanh, thành phố Phúc Yên', '244', 'thành phố Phúc Yên', 'từ 07/02/2018 đến 30/06/2025'],
    ['2018-02-06', 'xã Ngọc Thanh, TP Phúc Yên', '244', 'thành phố Phúc Yên', 'từ 07/02/2018 đến 30/06/2025'],
    ['2001-04-12', 'xã Tam Hồng, huyện Vĩnh Lạc', '251', 'huyện Vĩnh Lạc', 'từ 05/07/1977 đến 06/10/1995'],
    ['1975-04-12', 'xã Tam Hồng, huyện Vĩnh Lạc', '251', 'huyện Vĩnh Lạc', 'từ 05/07/1977 đến 06/10/1995'],
    ['1990-03-12', 'xã Tam Hồng, huyện Yên Lạc', '251', 'huyện Yên Lạc', 'trước 05/07/1977 và từ 07/10/1995 đến 30/06/2025'],
    ['2012-09-17', 'xã Sơn Lôi, huyện Mê Linh', '249', 'huyện Mê Linh', 'trong tỉnh Vĩnh Phú, Vĩnh Phúc từ 05/07/1977 đến 31/07/2008'],
    ['1970-01-05', 'xã Hợp Châu, huyện Tam Đảo', '248', 'huyện Tam Đảo', 'từ 05/07/1977 đến 30/06/2025'],
    ['2010-06-01', 'xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phú', '249', 'tỉnh Vĩnh Phú', 'từ 26/01/1968 đến 31/12/1996'],
    ['1985-06-01', 'xã Tam Hồng, huyện Vĩnh Lạc, tỉnh Vĩnh Phúc', '251', 'tỉnh Vĩnh Phúc', 'từ năm 1950 đến 25/01/1968 và từ 01/01/1997 đến 30/06/2025'],
    ['1985-06-01', 'xã Tam Hồng, huyện Vĩnh Lạc, T. Vĩnh Phúc', '251', 'tỉnh Vĩnh Phúc', 'từ năm 1950 đến 25/01/1968 và từ 01/01/1997 đến 30/06/2025'],
    // An old entry typed after the 2025 merge with today's province: Vĩnh Phúc's communes are Phú Thọ's only from 01/07/2025.
    ['2016-05-05', 'Xã Tam Hồng, huyện Yên Lạc, tỉnh Phú Thọ', '251', 'tỉnh Phú Thọ', 'trên địa bàn tỉnh Vĩnh Phúc cũ từ 01/07/2025'],
    ['1990-03-12', 'UBND xã Tam Hồng, H. Vĩnh Lạc, T. Phú Thọ', '251', 'tỉnh Phú Thọ', 'trên địa bàn tỉnh Vĩnh Phúc cũ từ 01/07/2025'],
    ['2025-06-30', 'xã Sơn Lôi, tỉnh Phú Thọ', '249', 'tỉnh Phú Thọ', 'trên địa bàn tỉnh Vĩnh Phúc cũ từ 01/07/2025'],
  ])('%s %s → PLACE_UNIT_NOT_IN_FORCE (%s), commune resolved as usual', (date, text, district, unit, validity) => {
    const result = at(date, text, district);
    expect(result.value.communeCode).not.toBeNull();
    expect(result.value).toEqual(at(null, text, district).value);
    expect(unitFindings(date, text, district)).toEqual([{ code: 'PLACE_UNIT_NOT_IN_FORCE', params: { unit, validity } }]);
  });

  it('reports the district and the province each when neither was in force', () => {
    const result = at('2010-06-01', 'xã Tam Hồng, huyện Vĩnh Lạc, tỉnh Vĩnh Phú', '251');
    expect(result.value.communeCode).toBe('09043');
    expect(result.findings.map((f) => f.params?.['unit'])).toEqual(['huyện Vĩnh Lạc', 'tỉnh Vĩnh Phú']);
  });

  it('a partial date is reported only when its whole span misses the unit', () => {
    expect(unitFindings('1998', 'xã Nhân Đạo, huyện Sông Lô')).toHaveLength(1);
    expect(unitFindings('2008-12', 'xã Nhân Đạo, huyện Sông Lô')).toHaveLength(1);
    expect(unitFindings('2009', 'xã Nhân Đạo, huyện Sông Lô')).toEqual([]);
    expect(unitFindings('2009-01', 'xã Nhân Đạo, huyện Sông Lô')).toEqual([]);
    expect(unitFindings('1996', 'xã Tam Hồng, huyện Vĩnh Lạc')).toEqual([]);
    expect(unitFindings('1997', 'xã Tam Hồng, huyện Vĩnh Lạc')).toHaveLength(1);
    expect(unitFindings('04/2018', 'Ngọc Thanh, TP Phúc Yên')).toEqual([]);
    expect(unitFindings('2018', 'Ngọc Thanh, TP Phúc Yên')).toEqual([]);
    expect(unitFindings('2017', 'Ngọc Thanh, TP Phúc Yên')).toHaveLength(1);
  });

  it('is lenient at the boundaries: the old name until the end of the next year, the new one from its day', () => {
    expect(unitFindings('1996-12-31', 'xã Tam Hồng, huyện Vĩnh Lạc')).toEqual([]);
    expect(unitFindings('1997-01-01', 'xã Tam Hồng, huyện Vĩnh Lạc')).toHaveLength(1);
    expect(unitFindings('1998-12-31', 'xã Sơn Lôi, tỉnh Vĩnh Phú')).toEqual([]);
    expect(unitFindings('1999-01-01', 'xã Sơn Lôi, tỉnh Vĩnh Phú')).toHaveLength(1);
    expect(unitFindings('2009-12-31', 'xã Sơn Lôi, huyện Mê Linh')).toEqual([]);
    expect(unitFindings('2010-01-04', 'xã Sơn Lôi, huyện Mê Linh')).toHaveLength(1);
    expect(unitFindings('1995-10-06', 'xã Tam Hồng, huyện Yên Lạc')).toHaveLength(1);
    expect(unitFindings('1995-10-07', 'xã Tam Hồng, huyện Yên Lạc')).toEqual([]);
  });

  it('checks only what DOMAIN.md states as dated facts', () => {
    // Tam Đảo's 2003 re-creation is UNVERIFIED; Bình Xuyên's return after the 1977 merge and Vĩnh Yên's type are not given.
    expect(unitFindings('1990-01-01', 'xã Hợp Châu, huyện Tam Đảo')).toEqual([]);
    expect(unitFindings('1990-01-01', 'xã Sơn Lôi, huyện Bình Xuyên')).toEqual([]);
    expect(unitFindings('2015-01-01', 'phường Tích Sơn, thị xã Vĩnh Yên')).toEqual([]);
    // A district of another province, or 'quận', is not in the table.
    expect(unitFindings('1990-01-01', 'xã Kim Chung, huyện Đông Anh, Hà Nội')).toEqual([]);
  });

  it('a place annotated with both names is right for its date', () => {
    expect(unitFindings('2001-04-12', 'xã Tam Hồng, huyện Vĩnh Lạc (nay là huyện Yên Lạc)')).toEqual([]);
    expect(unitFindings('1990-04-12', 'xã Tam Hồng, huyện Yên Lạc (cũ: huyện Vĩnh Lạc)')).toEqual([]);
  });

  it("a unit named only in a later hand's annotation of today's names is not of the registration date", () => {
    expect(unitFindings('2016-03-09', 'UBND xã Tam Hợp - nay là xã Bình Nguyên, tỉnh Phú Thọ')).toEqual([]);
    expect(unitFindings('2016-03-09', 'Xã Tam Hợp (nay thuộc xã Bình Nguyên, tỉnh Phú Thọ)')).toEqual([]);
    expect(unitFindings('1990-04-12', 'xã Kim Xá (nay là xã Vĩnh An, tỉnh Phú Thọ)')).toEqual([]);
    // Named before the annotation, a unit is checked as ever.
    expect(unitFindings('2016-03-09', 'UBND xã Tam Hợp, tỉnh Phú Thọ')).toHaveLength(1);
    expect(unitFindings('2016-03-09', 'xã Tam Hợp, tỉnh Phú Thọ (nay là xã Bình Nguyên)')).toHaveLength(1);
    expect(unitFindings('2012-03-09', 'xã Tam Hợp, huyện Mê Linh (nay là xã Bình Nguyên)')).toHaveLength(1);
  });

  it('checks the registration place only, without a date never', () => {
    expect(unitFindings(null, 'xã Nhân Đạo, huyện Sông Lô, tỉnh Vĩnh Phú')).toEqual([]);
    expect(unitFindings('not a date', 'xã Tam Hồng, huyện Vĩnh Lạc')).toEqual([]);
    // A bare district name is not checked.
    expect(unitFindings('1998-05-02', 'Nhân Đạo, Sông Lô')).toEqual([]);
  });

  it('checks a district or the province named as the registering authority', () => {
    expect(unitFindings('1998-05-02', 'UBND huyện Sông Lô')).toHaveLength(1);
    expect(unitFindings('1985-05-02', 'Sở Tư pháp tỉnh Vĩnh Phúc')).toHaveLength(1);
    expect(unitFindings('2012-05-02', 'Phòng Tư pháp huyện Sông Lô')).toEqual([]);
  });

  it('memoizes alike: dates the registration-period key puts together give the same findings', async () => {
    const { registrationPeriodKey } = await import('../../src/normalize/place/registration-period.js');
    // The accepted ends (end of the year after a change) and the changes themselves are boundaries of the key.
    expect(registrationPeriodKey('1998-12-31')).not.toBe(registrationPeriodKey('1999-01-01'));
    expect(registrationPeriodKey('1977-07-04')).not.toBe(registrationPeriodKey('1977-07-05'));
    expect(registrationPeriodKey('2009-12-31')).not.toBe(registrationPeriodKey('2010-01-01'));
    // '2025' is matched in the Vĩnh Phúc list like '2025-03', but its province is judged on the whole year.
    expect(registrationPeriodKey('2025')).not.toBe(registrationPeriodKey('2025-03'));
  });

  it("accepts 'tỉnh Phú Thọ' on a registration dated by its year 2025 alone (it may be after July), not on a month before July", () => {
    expect(unitFindings('2025', 'UBND xã Sơn Lôi, tỉnh Phú Thọ')).toEqual([]);
    expect(unitFindings('2025', 'xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phúc')).toEqual([]);
    expect(unitFindings('2025-03', 'UBND xã Sơn Lôi, tỉnh Phú Thọ')).toHaveLength(1);
  });

  it('renders a Vietnamese message naming the unit and its years', () => {
    const entry = placeCodes.find((e) => e.code === 'PLACE_UNIT_NOT_IN_FORCE');
    expect(entry?.severity).toBe('warning');
    const [finding] = unitFindings('2001-04-12', 'xã Tam Hồng, huyện Vĩnh Lạc');
    const message = (entry?.messageVi ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(finding?.params?.[name] ?? '…'));
    expect(message).toBe('Nơi đăng ký "…" ghi huyện Vĩnh Lạc, nhưng huyện Vĩnh Lạc chỉ có từ 05/07/1977 đến 06/10/1995, không có vào ngày đăng ký.');
  });
});
