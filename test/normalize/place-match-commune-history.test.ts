import { describe, expect, it } from 'vitest';
import { matchCommune } from '../../src/normalize/place/match-commune.js';

function at(registrationDate: string | null, text: string, districtCode: string | null = null) {
  return matchCommune(text, { registrationDate, districtCode });
}

describe('matchCommune — names in force on the registration date (DOMAIN.md §1.5)', () => {
  it.each([
    // 2018 (NQ 484/NQ-UBTVQH14): xã Tiền Châu, Nam Viêm → phường; either period names it its way.
    ['2016-03-01', 'xã Tiền Châu', '08758'],
    ['2019-03-01', 'phường Tiền Châu', '08758'],
    ['2016-03-01', 'Xã Nam Viêm, thị xã Phúc Yên', '08755'],
    ['2016-03-01', 'Tiền Châu, TX Phúc Yên', '08758'],
    // 2020-02-01 (NQ 868): four xã → thị trấn; Tân Cương + Phú Thịnh → Tân Phú.
    ['2015-06-10', 'xã Tân Cương', '09121'],
    ['2015-06-10', 'xã Phú Thịnh', '09124'],
    ['2020-03-01', 'xã Tân Phú', '09124'],
    ['2019-12-31', 'xã Hợp Châu', '08911'],
    ['2021-01-05', 'thị trấn Hợp Châu', '08911'],
    // 2023-04-10: Định Trung → phường.
    ['2016-05-05', 'xã Định Trung', '08725'],
    ['2024-05-05', 'phường Định Trung', '08725'],
    // 2025-01-01 (NQ 1287): the 2024 books keep the old codes.
    ['2024-11-30', 'xã Vĩnh Sơn', '09115'],
    ['2024-11-30', 'xã Bạch Lưu', '08779'],
    ['2024-11-30', 'Phường Trưng Trắc', '08734'],
    ['2024-11-30', 'xã Triệu Đề', '08863'],
    ['2025-03-15', 'thị trấn Thổ Tang', '09112'],
    ['2025-03-15', 'xã Sao Đại Việt', '09097'],
    ['2025-03-15', 'Phường Hai Bà Trưng', '08740'],
    // Without a date every name of 2017-2025 resolves to the code that carried it.
    [null, 'xã Tân Cương', '09121'],
    [null, 'xã Triệu Đề', '08863'],
    [null, 'xã Định Trung', '08725'],
    [null, 'phường Định Trung', '08725'],
  ])('%s %s → %s, no finding', (date, text, expected) => {
    const result = at(date, text);
    expect(result.value.communeCode).toBe(expected);
    expect(result.findings).toEqual([]);
  });

  it('a year straddling 2025-07-01 is read against the Vĩnh Phúc list only (codes are reused)', () => {
    expect(at('2025', 'thị trấn Vĩnh Tường')).toEqual({ value: { communeCode: '09076', districtCode: '252' }, findings: [] });
    expect(at('2025', 'Phường Vĩnh Phúc').findings.map((f) => f.code)).toEqual(['PLACE_NAME_NOT_YET_IN_FORCE']);
  });

  it('a partial date counts the whole year (2020: Tân Cương until 01/02, Tân Phú after)', () => {
    expect(at('2020', 'xã Tân Cương').value.communeCode).toBe('09121');
    expect(at('2020', 'xã Tân Phú').value.communeCode).toBe('09124');
    expect(at('2020', 'xã Tân Phú').findings).toEqual([]);
  });
});

describe('matchCommune — former names mapped to the code in force (note)', () => {
  it.each([
    ['2021-05-04', 'xã Tân Cương', '09124', 'Xã Tân Phú'],
    ['2025-03-15', 'xã Vĩnh Sơn', '09112', 'Thị trấn Thổ Tang'],
    ['2025-03-15', 'Như Thụy', '08824', 'Thị trấn Tam Sơn'],
    ['2025-03-15', 'xã Bạch Lưu', '08782', 'Xã Hải Lựu'],
    ['2025-03-15', 'Phường Trưng Trắc', '08740', 'Phường Hai Bà Trưng'],
    ['2025-03-15', 'Phường Trưng Nhị', '08740', 'Phường Hai Bà Trưng'],
    ['2025-03-15', 'xã Vân Xuân', '09118', 'Xã Lương Điền'],
    ['2025-03-15', 'xã Triệu Đề', '08863', 'Xã Tây Sơn'],
    ['2025-03-15', 'xã Hợp Thịnh', '08905', 'Xã Hội Thịnh'],
    ['2024-05-05', 'xã Định Trung', '08725', 'Phường Định Trung'],
    ['2016-05-05', 'phường Định Trung', '08725', 'Xã Định Trung'],
    ['2021-05-05', 'xã Bá Hiến', '08944', 'Thị trấn Bá Hiến'],
  ])('%s %s → %s (%s)', (date, text, expected, name) => {
    const result = at(date, text);
    expect(result.value.communeCode).toBe(expected);
    expect(result.findings).toEqual([{ code: 'PLACE_FORMER_NAME_MAPPED', from: text, to: name, params: { code: expected, name } }]);
  });

  it('from 2025-07-01 a Vĩnh Phúc name maps to its Phú Thọ unit (district level gone)', () => {
    const result = at('2025-08-01', 'xã Tam Hợp, huyện Bình Xuyên');
    expect(result.value).toEqual({ communeCode: '08935', districtCode: null });
    expect(result.findings.map((f) => [f.code, f.to])).toEqual([['PLACE_FORMER_NAME_MAPPED', 'Xã Bình Nguyên']]);
  });

  it('from 2025-07-01 the unit word still separates the two Xuân Hòa', () => {
    expect(at('2025-08-01', 'phường Xuân Hòa').value.communeCode).toBe('08746');
    expect(at('2025-08-01', 'phường Xuân Hòa').findings).toEqual([]);
    expect(at('2025-08-01', 'xã Xuân Hòa').value.communeCode).toBe('08761'); // now part of xã Lập Thạch
  });

  it('a new unit named after 2025-07-01 is matched as such', () => {
    expect(at('2025-09-09', 'Phường Vĩnh Phúc, tỉnh Phú Thọ')).toEqual({ value: { communeCode: '08716', districtCode: null }, findings: [] });
    expect(at('2025-09-09', 'Xã Tam Đảo').value.communeCode).toBe('08911'); // not thị trấn Tam Đảo's 08908
  });
});

describe('matchCommune — names that do not fit the date (warnings)', () => {
  it('a unit merged away with no known successor → null, abolished', () => {
    const result = at('2025-03-15', 'xã Nhạo Sơn');
    expect(result.value).toEqual({ communeCode: null, districtCode: '253' });
    expect(result.findings).toEqual([
      { code: 'PLACE_COMMUNE_ABOLISHED', params: { code: '08821', name: 'Xã Nhạo Sơn', abolishedOn: '01/01/2025' } },
    ]);
  });

  it('a name formed later by a merge → null, with the units it replaced', () => {
    const result = at('2015-06-10', 'xã Tân Phú');
    expect(result.value).toEqual({ communeCode: null, districtCode: '252' });
    expect(result.findings).toEqual([
      {
        code: 'PLACE_NAME_NOT_YET_IN_FORCE',
        params: { since: '01/02/2020', candidates: '09124 Xã Phú Thịnh (H. Vĩnh Tường); 09121 Xã Tân Cương (H. Vĩnh Tường)' },
      },
    ]);
  });

  it.each([
    ['2016-03-08', 'Xã Bình Nguyên (Tam Hợp cũ)', '249', '08953'],
    ['2016-03-08', 'Xã Bình Nguyên (xã Tam Hợp cũ), huyện Bình Xuyên', '249', '08953'],
    ['2020-09-12', 'Phường Vĩnh Phúc - P. Liên Bảo cũ', '243', '08710'],
    ['2015-06-10', 'xã Tân Phú (Tân Cương cũ)', '252', '09121'],
  ])('%s %s: a later name beside the unit of the date, which it names too → that unit, no warning', (date, text, district, code) => {
    expect(at(date, text, district)).toEqual({ value: { communeCode: code, districtCode: district }, findings: [] });
  });

  it.each([
    ['2016-03-08', 'Xã Bình Nguyên (Tân Phong cũ)', '249'], // Tân Phong never became Bình Nguyên
    ['2016-03-08', 'Xã Bình Nguyên, huyện Bình Xuyên', '249'],
    ['2016-03-08', 'Xã Bình Nguyên', '249'],
    // A hamlet keeping the former commune's name is no unit of the date.
    ['2016-03-08', 'Xã Bình Nguyên, thôn Tam Hợp', '249'],
    ['2016-03-08', 'Tổ dân phố Hương Canh, xã Bình Nguyên', '249'],
  ])('%s %s: no unit of the date named beside the later name → PLACE_NAME_NOT_YET_IN_FORCE as before', (date, text, district) => {
    const result = at(date, text, district);
    expect(result.value.communeCode).toBeNull();
    expect(result.findings.map((f) => f.code)).toEqual(['PLACE_NAME_NOT_YET_IN_FORCE']);
  });

  it('a 2025 Phú Thọ name in an older register lists all the old units', () => {
    const [finding] = at('2016-01-01', 'Xã Vĩnh Thành').findings;
    expect(finding?.code).toBe('PLACE_NAME_NOT_YET_IN_FORCE');
    const candidates = String(finding?.params?.candidates).split('; ').map((c) => c.slice(0, 5));
    expect(candidates.sort()).toEqual(['09094', '09097', '09106', '09109', '09121', '09124']);
  });

  it('"Vĩnh Phú" is the province (1968-1996), but "xã Vĩnh Phú" is the commune of 2025', () => {
    expect(at('2025-03-01', 'xã Vĩnh Phú').value.communeCode).toBe('09157');
    expect(at('1990-01-01', 'xã Kim Xá, Vĩnh Tường, Vĩnh Phú').value.communeCode).toBe('09079');
  });
});

describe('matchCommune — historical districts that covered a commune (DOMAIN.md §1.5)', () => {
  it.each([
    // Mê Linh 1977-2008 held thị xã Phúc Yên (until 2003) and Bình Xuyên's Minh Quang (Tam Đảo from 2003).
    ['2001-03-01', 'UBND xã Nam Viêm, huyện Mê Linh, tỉnh Vĩnh Phúc', '244', '08755'],
    ['1990-03-01', 'UBND xã Ngọc Thanh, huyện Mê Linh, tỉnh Vĩnh Phú', '244', '08749'],
    ['1990-03-01', 'UBND xã Minh Quang, huyện Mê Linh, tỉnh Vĩnh Phú', '248', '08932'],
    ['1980-03-01', 'Tam Hợp - Mê Linh - Vĩnh Phú', '249', '08953'],
    // Thanh Trù (Vĩnh Yên) came from Tam Dương.
    ['1990-03-01', 'UBND xã Thanh Trù, huyện Tam Dương, tỉnh Vĩnh Phú', '243', '08731'],
  ])('%s %s (district %s) → %s, no PLACE_DISTRICT_MISMATCH', (date, text, district, expected) => {
    const result = at(date, text, district);
    expect(result.value.communeCode).toBe(expected);
    expect(result.findings).toEqual([]);
  });

  it('a district that never held the commune is still a mismatch', () => {
    expect(at('1990-03-01', 'UBND xã Ngọc Thanh, huyện Vĩnh Lạc, tỉnh Vĩnh Phú', '244').findings.map((f) => f.code)).toEqual(['PLACE_DISTRICT_MISMATCH']);
  });
});

describe('matchCommune — a commune outside the source district before 2009', () => {
  it('Tam Hợp (Bình Xuyên, earlier Mê Linh) in a Vĩnh Tường book → code kept, warning, whatever the text names', () => {
    const expected = [{ code: 'PLACE_OUTSIDE_SOURCE_DISTRICT', params: { code: '08953', name: 'Xã Tam Hợp', expected: 'H. Bình Xuyên', source: 'H. Vĩnh Tường' } }];
    for (const [date, text] of [
      ['1985-03-01', 'UBND xã Tam Hợp'],
      ['1985-03-01', 'UBND xã Tam Hợp, huyện Mê Linh, tỉnh Vĩnh Phú'],
      ['2005-03-01', 'UBND xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc'],
      ['1985', 'xã Tam Hợp'],
    ]) {
      const result = at(date!, text!, '252');
      expect(result.value, text).toEqual({ communeCode: '08953', districtCode: '249' });
      expect(result.findings, `${date} ${text}`).toEqual(expected);
    }
  });

  it('a Yên Lạc commune in a Vĩnh Tường book is lawful while Vĩnh Lạc held both (and to the end of the year after its split), not before nor later', () => {
    expect(at('1985-03-01', 'UBND xã Tam Hồng', '252').findings).toEqual([]);
    expect(at('1990-03-01', 'UBND xã Phú Đa', '251').findings).toEqual([]);
    expect(at('1996-06-01', 'UBND xã Tam Hồng', '252').findings).toEqual([]);
    expect(at('1970-03-01', 'UBND xã Tam Hồng', '252').findings.map((f) => f.code)).toEqual(['PLACE_OUTSIDE_SOURCE_DISTRICT']);
    expect(at('2003-03-01', 'UBND xã Tam Hồng', '252').findings.map((f) => f.code)).toEqual(['PLACE_OUTSIDE_SOURCE_DISTRICT']);
  });

  it.each([
    // Sông Lô's communes were Lập Thạch's until 18/01/2009, and the reverse.
    ['2005-03-01', 'UBND xã Nhạo Sơn', '246'],
    ['2005-03-01', 'UBND xã Tử Du', '253'],
    ['1978-03-01', 'UBND xã Đức Bác, huyện Tam Đảo, tỉnh Vĩnh Phú', '246'],
    // Tam Đảo's communes of 2003 came from Lập Thạch, Tam Dương and Bình Xuyên.
    ['2002-03-01', 'UBND xã Đại Đình', '246'],
    ['2002-03-01', 'UBND xã Hồ Sơn', '247'],
    ['1995-03-01', 'UBND xã Minh Quang', '249'],
    ['2005-03-01', 'UBND xã Đạo Trù', '247'],
    // Phúc Yên's communes were Mê Linh's (a 244 run holds Mê Linh-era books), and the reverse.
    ['1990-03-01', 'UBND xã Tam Hợp', '244'],
    ['1990-03-01', 'UBND xã Nam Viêm', '249'],
    // The old Tam Đảo (1977-1979) held Lập Thạch and Tam Dương.
    ['1978-03-01', 'UBND xã Hoàng Đan', '246'],
  ])('%s %s in a %s book: a lawful move, no warning', (date, text, district) => {
    const result = at(date, text, district);
    expect(result.value.communeCode).not.toBeNull();
    expect(result.findings).toEqual([]);
  });

  it('the lawful pre-2009 moves end when the districts were fixed (18/01/2009)', () => {
    expect(at('2010-03-01', 'UBND xã Nhạo Sơn', '246').findings.map((f) => f.code)).toEqual(['PLACE_OUTSIDE_SOURCE_DISTRICT']);
    expect(at('2010-03-01', 'UBND xã Nam Viêm', '249').findings.map((f) => f.code)).toEqual(['PLACE_OUTSIDE_SOURCE_DISTRICT']);
  });

  it('a month or a year that reaches into a group\'s time counts (partial dates, DOMAIN.md §5)', () => {
    expect(at('1995', 'UBND xã Tam Hồng', '252').findings).toEqual([]);
    expect(at('1977-07', 'UBND xã Tam Hồng', '252').findings).toEqual([]);
    expect(at('1977-06', 'UBND xã Tam Hồng', '252').findings.map((f) => f.code)).toEqual(['PLACE_OUTSIDE_SOURCE_DISTRICT']);
  });
});

describe('matchCommune — a district of its time as the registering office', () => {
  it.each([
    ['UBND huyện Vĩnh Lạc', '252', '252'],
    ['UBND huyện Vĩnh Lạc', '251', '251'],
    ['Ủy ban nhân dân huyện Mê Linh', '249', '249'],
    ['UBND huyện Mê Linh', '244', '244'],
    // A source district the historical one did not become: no district is guessed.
    ['UBND huyện Vĩnh Lạc', '249', null],
  ])('%s in a %s book (1985) → no commune expected, district %s, no warning', (text, source, district) => {
    expect(at('1985-03-10', text, source)).toEqual({ value: { communeCode: null, districtCode: district }, findings: [] });
  });

  it('the district named alone, without its authority, still misses the commune', () => {
    expect(at('1985-03-10', 'huyện Vĩnh Lạc, tỉnh Vĩnh Phú', '252').findings.map((f) => f.code)).toEqual(['PLACE_COMMUNE_MISSING']);
  });
});

// Session 23, theme 5: a commune typed slightly wrong by its name before a merge. The book's district weighs more than
// the date (the clerk's old commune, not another district's in force), and a unit not in force says when it was.
describe('matchCommune — suggestions for an unknown commune of another period', () => {
  const candidates = (registrationDate: string, text: string, districtCode: string | null = '252') =>
    at(registrationDate, text, districtCode).findings.find((finding) => finding.code === 'PLACE_COMMUNE_UNKNOWN')?.params?.candidates;

  it("offers the book's district's commune merged away before the date, saying until when it was", () => {
    expect(candidates('2025-03-10', 'UBND xã Tân Tiếng')).toBe('09103 Xã Tân Tiến (H. Vĩnh Tường, đến 31/12/2024)');
  });

  it('keeps the unit in force, with no date, when one is close', () => {
    expect(candidates('2019-03-10', 'UBND xã Tân Tiếng')).toBe('09103 Xã Tân Tiến (H. Vĩnh Tường)');
  });
});
