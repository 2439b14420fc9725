import { describe, expect, it } from 'vitest';
import { messageVi, severityOf } from '../../src/catalog/catalog.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { validateRecord } from '../../src/validate/validate-record.js';

const isError = (code: string): boolean => severityOf(code) === 'error';
const codes = (type: keyof typeof RECORD_TYPES, record: Record<string, unknown>): string[] =>
  validateRecord(RECORD_TYPES[type], record, [], isError).map((finding) => `${finding.code}@${finding.field}`);

const birth = (child: Record<string, unknown>, registered: string | null, mother = '1990', father: string | null = '1988'): Record<string, unknown> => ({
  registration: { date: registered },
  child: { fullName: 'Nguyễn Văn An', birthDate: '2015-01-03', ...child },
  mother: { birthYear: mother },
  father: father === null ? null : { birthYear: father },
});

describe('birth rules', () => {
  it('accepts an ordinary entry', () => {
    expect(codes('birth', birth({}, '2015-01-12'))).toEqual([]);
  });

  it('requires the child name, a birth date and a registration date', () => {
    expect(codes('birth', birth({ fullName: null, birthDate: null }, null))).toEqual([
      'FIELD_REQUIRED@child.fullName',
      'FIELD_REQUIRED@child.birthDate',
      'FIELD_REQUIRED@registration.date',
    ]);
  });

  it("names whose field is missing: a birth book has four name columns, the child's headed 'Họ và tên' alone", () => {
    const missing = validateRecord(RECORD_TYPES.birth, birth({ fullName: null, birthDate: null }, '2015-01-12'), [], isError);
    expect(missing.map((finding) => messageVi(finding.code, finding.params))).toEqual([
      'Thiếu Họ và tên của trẻ: không thể nạp bản ghi khi không có thông tin này.',
      'Thiếu Ngày sinh của trẻ: không thể nạp bản ghi khi không có thông tin này.',
    ]);
    const deceased = validateRecord(RECORD_TYPES.death, { registration: { date: '2012-05-10' }, deceased: { fullName: null }, deathDate: '2012-05-02' }, [], isError);
    expect(deceased[0]?.params).toEqual({ label: 'Họ và tên của người chết' });
    // A spouse's column names them already ('Họ và tên vợ'); the registration date is no one's.
    const spouses = validateRecord(RECORD_TYPES.marriage, { registration: { date: null }, husband: { fullName: 'Tạ Văn Hưởng' }, wife: { fullName: null } }, [], isError);
    expect(spouses.map((finding) => finding.params?.label)).toEqual(['Họ và tên vợ', 'Ngày đăng ký']);
  });

  it('does not ask for a field a normalizer already rejected', () => {
    const record = birth({ birthDate: null }, '2015-01-12');
    const findings = validateRecord(RECORD_TYPES.birth, record, [{ code: 'DATE_IMPOSSIBLE', field: 'child.birthDate' }], isError);
    expect(findings).toEqual([]);
  });

  it('rejects a registration before the birth, compared at the common precision', () => {
    expect(codes('birth', birth({ birthDate: '2015-03-14' }, '2015-03-01'))).toEqual(['REGISTRATION_BEFORE_EVENT@registration.date']);
    expect(codes('birth', birth({ birthDate: '2015-03-14' }, '2015'))).toEqual([]);
    expect(codes('birth', birth({ birthDate: '2015' }, '2014-12-31'))).toEqual(['REGISTRATION_BEFORE_EVENT@registration.date']);
  });

  it('warns when a parent is implausibly young or old, or born after the child', () => {
    expect(codes('birth', birth({}, '2015-01-12', '2004'))).toEqual(['PARENT_AGE_IMPLAUSIBLE@mother.birthYear']);
    expect(codes('birth', birth({}, '2015-01-12', '1990', '1930'))).toEqual(['PARENT_AGE_IMPLAUSIBLE@father.birthYear']);
    expect(codes('birth', birth({}, '2015-01-12', '2016'))).toEqual(['PARENT_AGE_IMPLAUSIBLE@mother.birthYear']);
    expect(codes('birth', birth({}, '2015-01-12', '2001', null))).toEqual([]);
  });

  it('warns of a mother of 13 by the years (born 2003, her child in 2016)', () => {
    expect(codes('birth', birth({ birthDate: '2016-02-20' }, '2016-03-04', '2003', '1990'))).toEqual(['PARENT_AGE_IMPLAUSIBLE@mother.birthYear']);
    expect(codes('birth', birth({ birthDate: '2016-02-20' }, '2016-03-04', '2002', '1990'))).toEqual([]);
  });

  it('writes the dates of its messages as officers do (dd/mm/yyyy at their own precision)', () => {
    const [finding] = validateRecord(RECORD_TYPES.birth, birth({ birthDate: '2015-03-14' }, '2015-03-01'), [], isError);
    expect(finding).toMatchObject({ code: 'REGISTRATION_BEFORE_EVENT', value: '01/03/2015' });
    expect(messageVi(finding!.code, finding!.params)).toBe('Ngày đăng ký (01/03/2015) trước ngày sinh (14/03/2015): không thể đăng ký một sự kiện chưa xảy ra.');
    const [early] = validateRecord(RECORD_TYPES.birth, birth({ birthDate: '2015' }, '2014-12'), [], isError);
    expect(early?.params).toMatchObject({ registered: '12/2014', eventDate: '2015' });
  });

  it('tells the officer a parent born after the child in words, not as a negative age', () => {
    const messages = (mother: string): string[] =>
      validateRecord(RECORD_TYPES.birth, birth({}, '2015-01-12', mother), [], isError).map((finding) =>
        messageVi(finding.code, Object.assign({ value: finding.value }, finding.params)),
      );
    expect(messages('2018')).toEqual(['Năm sinh của mẹ cho thấy mẹ sinh sau con 3 năm, ngoài khoảng thường gặp 14–55 tuổi.']);
    expect(messages('2004')).toEqual(['Năm sinh của mẹ cho thấy tuổi 11 khi sinh con, ngoài khoảng thường gặp 14–55 tuổi.']);
  });
});

describe('death rules', () => {
  const death = (born: string | null, died: string | null, registered: string | null): Record<string, unknown> => ({
    registration: { date: registered },
    deceased: { fullName: 'Lê Văn Tư', birthDate: born },
    deathDate: died,
  });

  it('accepts an ordinary entry, with a year-only birth', () => {
    expect(codes('death', death('1940', '2016-01-30', '2016-02-02'))).toEqual([]);
  });

  it('rejects a death registered before it happened and a death before birth', () => {
    expect(codes('death', death('1929', '2016-04-05', '2016-03-07'))).toEqual(['REGISTRATION_BEFORE_EVENT@registration.date']);
    expect(codes('death', death('2016-05', '2016-04-05', '2016-04-07'))).toEqual(['DEATH_BEFORE_BIRTH@deathDate']);
    const [finding] = validateRecord(RECORD_TYPES.death, death('2016-05', '2016-04-05', '2016-04-07'), [], isError);
    expect(messageVi(finding!.code, finding!.params)).toBe('Ngày chết (05/04/2016) trước ngày sinh (05/2016).');
  });

  it('warns of a deceased older than 115 at death (a mistyped birth year), not of a centenarian', () => {
    expect(codes('death', death('1905-04-08', '2018-12-25', '2018-12-27'))).toEqual([]);
    expect(codes('death', death('1903', '2018-12-25', '2018-12-27'))).toEqual([]);
    // '1900', died 2016: 115 or 116 — not surely past 115.
    expect(codes('death', death('1900', '2016-03-15', '2016-03-17'))).toEqual([]);
    expect(codes('death', death('1899-04-12', '2018-12-30', '2018-12-31'))).toEqual(['DEATH_AGE_IMPLAUSIBLE@deceased.birthDate']);
    const [finding] = validateRecord(RECORD_TYPES.death, death('1875', '2010-02-03', '2010-02-05'), [], isError);
    expect(messageVi(finding!.code, finding!.params)).toBe('Người chết sinh 1875, chết 03/02/2010: ít nhất 134 tuổi, quá 115 tuổi — có thể năm sinh bị ghi nhầm (ví dụ 1875 thay cho 1975).');
  });

  it('requires the death date', () => {
    expect(codes('death', death('1929', null, '2016-03-07'))).toEqual(['FIELD_REQUIRED@deathDate']);
  });

  it('warns of a death registered ten years or more after it (a mistyped death year, or a death long ago)', () => {
    expect(codes('death', death('1920', '1988-07-12', '2021-02-13'))).toEqual(['DEATH_REGISTRATION_LATE@deathDate']);
    expect(codes('death', death('1931', '2011-03-02', '2021-03-02'))).toEqual(['DEATH_REGISTRATION_LATE@deathDate']);
    // Late, but less than ten years, or ten years only if every reading of the partial date agrees.
    expect(codes('death', death('1931', '2011-03-03', '2021-03-02'))).toEqual([]);
    expect(codes('death', death('1931', '2011', '2021-03-02'))).toEqual([]);
    expect(codes('death', death('1931', '2010', '2021-03-02'))).toEqual(['DEATH_REGISTRATION_LATE@deathDate']);
    const [finding] = validateRecord(RECORD_TYPES.death, death('1920', '1988-07-12', '2021-02-13'), [], isError);
    expect(messageVi(finding!.code, finding!.params)).toBe('Ngày chết 12/07/1988 trước ngày đăng ký 13/02/2021 ít nhất 32 năm: có thể năm chết (hoặc năm đăng ký) bị ghi nhầm.');
    expect(severityOf('DEATH_REGISTRATION_LATE')).toBe('warning');
  });

  it('says nothing of a re-registration: the book written again long after the death', () => {
    expect(codes('death', { ...death('1920', '1988-07-12', '2021-02-13'), remarks: 'Đăng ký lại, sổ gốc bị mất' })).toEqual([]);
    expect(codes('death', { ...death('1920', '1988-07-12', '2021-02-13'), remarks: 'ĐKL' })).toEqual([]);
  });

  it("reads a 'Loại đăng ký' column (kept in raw) as the remarks: a re-registration or a death long ago says nothing, 'Quá hạn' still warns", () => {
    const late = death('1920', '1999-09-02', '2020-02-14');
    expect(codes('death', { ...late, raw: { 'Loại đăng ký': 'Đăng ký lại' } })).toEqual([]);
    expect(codes('death', { ...late, raw: { 'Hình thức ĐK': 'Khai tử cho người chết đã lâu' } })).toEqual([]);
    expect(codes('death', { ...late, raw: { 'Loại đăng ký': 'Quá hạn' } })).toEqual(['DEATH_REGISTRATION_LATE@deathDate']);
    expect(codes('death', { ...late, raw: { 'Ghi chú 2': 'Đăng ký lại' } })).toEqual(['DEATH_REGISTRATION_LATE@deathDate']);
  });

  it('says nothing when the remarks record a death long ago (the national form\'s type 5), and still warns otherwise', () => {
    const late = death('1928', '1998-08-27', '2022-10-22');
    for (const remarks of ['Khai tử cho người chết đã lâu', 'Liệt sĩ; khai tử cho người chết đã lâu', 'KHAI TU CHO NGUOI CHET DA LAU', 'Người chết đã lâu, nay gia đình mới đi khai', 'Mất từ lâu', 'Đã chết lâu năm, không có giấy báo tử']) {
      expect(codes('death', { ...late, remarks }), remarks).toEqual([]);
    }
    // Remarks that say nothing of the gap: a death year mistyped by a decade is still warned of.
    for (const remarks of ['Quá hạn', 'Chết tại nhà', 'Lâu năm không về địa phương', 'Sống ở Hà Nội từ lâu', 'Cấp bản sao 02', 'Chết lâu ngày mới phát hiện']) {
      expect(codes('death', { ...late, remarks }), remarks).toEqual(['DEATH_REGISTRATION_LATE@deathDate']);
    }
  });
});

describe('marriage ages by the law in force on the registration date (DOMAIN.md §3.4)', () => {
  const marriage = (registered: string, husband: string | null, wife: string | null): Record<string, unknown> => ({
    registration: { date: registered },
    husband: { fullName: 'Tạ Văn Hưởng', birthDate: husband },
    wife: { fullName: 'Chu Thị Hạnh', birthDate: wife },
  });

  it('Law 52/2014 (from 2015): men from full 20, women from full 18', () => {
    expect(codes('marriage', marriage('2018-03-01', '1998-03-01', '2000-03-01'))).toEqual([]);
    expect(codes('marriage', marriage('2018-03-01', '1998-03-02', '2000-03-02'))).toEqual([
      'MARRIAGE_UNDER_AGE@husband.birthDate',
      'MARRIAGE_UNDER_AGE@wife.birthDate',
    ]);
  });

  it('Law 22/2000 (2001–2014): entering the 20th / 18th year is enough', () => {
    expect(codes('marriage', marriage('2010-06-01', '1991-05-01', '1993-05-01'))).toEqual([]);
    expect(codes('marriage', marriage('2010-06-01', '1991-07-01', '1993-07-01'))).toEqual([
      'MARRIAGE_UNDER_AGE@husband.birthDate',
      'MARRIAGE_UNDER_AGE@wife.birthDate',
    ]);
  });

  it('a registration date of a year or a month falls under the law in force on its first day', () => {
    // Registered some time in 2015 (Law 52/2014): a husband born in 1996 is 18 or 19, under the full 20.
    expect(codes('marriage', marriage('2015', '1996-02-01', '1996-03-01'))).toEqual(['MARRIAGE_UNDER_AGE@husband.birthDate']);
    expect(codes('marriage', marriage('2015-01', '1996-02-01', '1996-03-01'))).toEqual(['MARRIAGE_UNDER_AGE@husband.birthDate']);
    // Registered in 2014 (Law 22/2000): 18 completed years enter the 19th, still under 19 completed.
    expect(codes('marriage', marriage('2014', '1995-02-01', '1996-03-01'))).toEqual(['MARRIAGE_AGE_UNCERTAIN@husband.birthDate']);
    expect(codes('marriage', marriage('2014-12', '1994-06-01', '1996-03-01'))).toEqual([]);
  });

  it('a year-only birth counts conservatively: possibly under age is flagged as uncertain', () => {
    expect(codes('marriage', marriage('2018-03-01', '1998', '1990'))).toEqual(['MARRIAGE_AGE_UNCERTAIN@husband.birthDate']);
    expect(codes('marriage', marriage('2018-03-01', '1990', '2005'))).toEqual(['MARRIAGE_UNDER_AGE@wife.birthDate']);
  });

  it("quotes the spouse's birth date as officers write it, not as the record keeps it (DOMAIN.md §5)", () => {
    const [husband] = validateRecord(RECORD_TYPES.marriage, marriage('2014-03-01', '1996-06-12', '1990-01-01'), [], isError);
    expect(husband).toMatchObject({ code: 'MARRIAGE_UNDER_AGE', value: '12/06/1996' });
    const [uncertain] = validateRecord(RECORD_TYPES.marriage, marriage('2018-03-01', '1998-03', '1990'), [], isError);
    expect(uncertain).toMatchObject({ code: 'MARRIAGE_AGE_UNCERTAIN', value: '03/1998' });
  });

  it('a spouse born after the registration is an error, like a birth or death registered before it happened', () => {
    expect(codes('marriage', marriage('2016-04-10', '2017-01-01', '1995-03-01'))).toEqual(['REGISTRATION_BEFORE_EVENT@registration.date']);
    expect(codes('marriage', marriage('2016-04-10', '1990-01-01', '2019'))).toEqual(['REGISTRATION_BEFORE_EVENT@registration.date']);
  });

  it("holds spouses typed in each other's columns to their own sex's minimum age, on both names' or both IDs' evidence", () => {
    const crossed = (husbandName: string, husbandId: string | null, wifeName: string, wifeId: string | null): Record<string, unknown> => ({
      registration: { date: '2020-05-10' },
      husband: { fullName: husbandName, middleName: husbandName.split(' ').slice(1, -1).join(' '), birthDate: '2001-02-03', personalId: husbandId },
      wife: { fullName: wifeName, middleName: wifeName.split(' ').slice(1, -1).join(' '), birthDate: '1995-06-07', personalId: wifeId },
    });
    // A woman of 19 in the husband's column, the man in the wife's: no one under age.
    expect(codes('marriage', crossed('Chu Thị Hạnh', null, 'Tạ Văn Hưởng', null)).filter((c) => c.startsWith('MARRIAGE_UNDER'))).toEqual([]);
    expect(codes('marriage', crossed('Nguyễn Ngọc Anh', '026301000123', 'Trần Minh Khôi', '026095000456')).filter((c) => c.startsWith('MARRIAGE_UNDER'))).toEqual([]);
    // One hint alone (only the husband's 'Thị', IDs of their columns' sex) keeps the men's minimum.
    expect(codes('marriage', crossed('Chu Thị Hạnh', '026201000123', 'Trần Minh Khôi', '026195000456')).filter((c) => c.startsWith('MARRIAGE_UNDER'))).toEqual(['MARRIAGE_UNDER_AGE@husband.birthDate']);
    // Crossed, the man in the wife's column is held to 20: a man of 19 there is under age.
    const young = crossed('Chu Thị Hạnh', null, 'Tạ Văn Hưởng', null);
    (young.wife as Record<string, unknown>).birthDate = '2001-01-01';
    expect(codes('marriage', young).filter((c) => c.startsWith('MARRIAGE_UNDER'))).toEqual(['MARRIAGE_UNDER_AGE@wife.birthDate']);
  });

  it("reads an empty birth date's year from the spouse's 12-digit ID (digits 4–6, DOMAIN.md §2.1)", () => {
    const withIds = (husbandId: string | null, wifeId: string | null, wifeBorn: string | null = null): Record<string, unknown> => ({
      registration: { date: '2019-03-18' },
      husband: { fullName: 'Kim Văn Long', birthDate: '1995-08-08', personalId: husbandId },
      wife: { fullName: 'Trịnh Thị Yến', birthDate: wifeBorn, personalId: wifeId },
    });
    // A bride born in 2003 by her ID, 15 or 16 in 2019: under age whatever her birthday.
    expect(codes('marriage', withIds('026095001234', '026303001234'))).toEqual(['MARRIAGE_UNDER_AGE@wife.birthDate']);
    const [finding] = validateRecord(RECORD_TYPES.marriage, withIds('026095001234', '026303001234'), [], isError);
    expect(finding).toMatchObject({ value: '026303001234', params: { age: '15–16', minimum: 18 } });
    expect(messageVi(finding!.code, finding!.params)).toBe(
      'Bên vợ mới 15–16 tuổi theo năm sinh trong số định danh (không ghi ngày sinh) khi đăng ký kết hôn, dưới tuổi kết hôn tối thiểu (18 tuổi tròn) theo Luật Hôn nhân và gia đình 52/2014/QH13.',
    );
    // Born 2001: 17 or 18, as a birth year alone would say; the message does not send the officer to a year-only birth date.
    expect(codes('marriage', withIds('026095001234', '026301001234'))).toEqual(['MARRIAGE_AGE_UNCERTAIN@wife.birthDate']);
    const [uncertain] = validateRecord(RECORD_TYPES.marriage, withIds('026095001234', '026301001234'), [], isError);
    expect(messageVi(uncertain!.code, uncertain!.params)).toMatch(/\): không ghi ngày sinh, tuổi tính theo năm sinh trong số định danh\.$/);
    // Of age by the ID, or no ID (a CMND carries no year): nothing.
    expect(codes('marriage', withIds('026095001234', '026195001234'))).toEqual([]);
    expect(codes('marriage', withIds('026095001234', '135246802'))).toEqual([]);
    expect(codes('marriage', withIds(null, null))).toEqual([]);
    // The husband's number typed again in the wife's column is no evidence of her age.
    expect(codes('marriage', withIds('026201001234', '026201001234'))).toEqual([]);
    // A typed birth date is what counts, not the ID (whose own checks compare the two).
    expect(codes('marriage', withIds('026095001234', '026303001234', '1996-01-01'))).toEqual([]);
  });

  it("does not count the other spouse's age from a registration date before a spouse's birth (the date is what is wrong)", () => {
    // A registration typed '15/06/1990' in a 2010 book: the husband (1984) would be 5, the wife not born.
    expect(codes('marriage', marriage('1990-06-15', '1984-07-25', '1991-12-04'))).toEqual(['REGISTRATION_BEFORE_EVENT@registration.date']);
    expect(codes('marriage', marriage('1990-06-15', '1984', '1991'))).toEqual(['REGISTRATION_BEFORE_EVENT@registration.date']);
    // A spouse born the same year as the registration is not 'before' at the common precision: ages are still counted.
    expect(codes('marriage', marriage('2016-04-10', '2000-01-01', '2016'))).toEqual(['MARRIAGE_UNDER_AGE@husband.birthDate', 'MARRIAGE_UNDER_AGE@wife.birthDate']);
  });

  it('a re-registration counts the ages on the first registration date its remarks give, by the law then in force', () => {
    const reRegistered = (remarks: string, husband: string, wife: string): Record<string, unknown> => ({ ...marriage('2017-02-01', husband, wife), remarks });
    // Married in 1982 (wife 15 or 16 then), written again in 2017.
    expect(codes('marriage', reRegistered('Đăng ký lại, đăng ký lần đầu ngày 15/02/1982', '1960', '1966'))).toEqual(['MARRIAGE_UNDER_AGE@wife.birthDate']);
    // Entering her 18th year in 1998: of age by the law of then, though not by Law 52/2014's full 18.
    expect(codes('marriage', reRegistered('ĐKL, đã đăng ký ngày 10/10/1998', '1975-01-01', '1981-06-01'))).toEqual([]);
    // Old enough on the first date: nothing, as without the remark; a remark that is no re-registration changes nothing.
    expect(codes('marriage', reRegistered('Đăng ký lại, đăng ký lần đầu ngày 15/02/1982', '1955', '1958'))).toEqual([]);
    expect(codes('marriage', reRegistered('Đã đăng ký ngày 15/02/1982 tại xã khác', '1960', '1966'))).toEqual([]);
  });

  it("a husband named '… Thị …' or a wife named '… Văn …' is warned of: the spouses in each other's columns", () => {
    const named = (husband: string, wife: string): Record<string, unknown> => {
      const record = marriage('2018-03-01', '1990-01-01', '1992-01-01');
      const person = (fullName: string) => ({ fullName, middleName: fullName.split(' ').slice(1, -1).join(' ') });
      return { ...record, husband: { ...(record.husband as object), ...person(husband) }, wife: { ...(record.wife as object), ...person(wife) } };
    };
    expect(codes('marriage', named('Nguyễn Thị Thảo', 'Trần Văn Quân'))).toEqual(['MARRIAGE_SPOUSE_NAME_SEX@husband.fullName', 'MARRIAGE_SPOUSE_NAME_SEX@wife.fullName']);
    expect(codes('marriage', named('Nguyễn Thị Thảo', 'Trần Thị Hoa'))).toEqual(['MARRIAGE_SPOUSE_NAME_SEX@husband.fullName']);
    // Unmarked 'Thi' and 'Van' are names of their own; the usual entry is clean.
    expect(codes('marriage', named('Nguyễn Thi Hải', 'Trần Van Anh'))).toEqual([]);
    expect(codes('marriage', named('Nguyễn Văn Hải', 'Trần Thị Hoa'))).toEqual([]);
    expect(codes('marriage', named('Nguyễn Văn Hải', 'Nguyễn Thị Văn Anh'))).toEqual([]);
  });

  it('one person typed as both spouses (same whole name, same birth date or ID) is an error', () => {
    const both = (husband: Record<string, unknown>, wife: Record<string, unknown>): Record<string, unknown> => {
      const record = marriage('2018-03-01', '1990-01-01', '1992-01-01');
      return { ...record, husband: { ...(record.husband as object), ...husband }, wife: { ...(record.wife as object), ...wife } };
    };
    const copied = both({ fullName: 'Hà Ngọc Diệp', birthDate: '1994-03-04' }, { fullName: 'Hà Ngọc Diệp', birthDate: '1994-03-04' });
    expect(codes('marriage', copied)).toEqual(['MARRIAGE_SPOUSES_ONE_PERSON@wife.fullName']);
    expect(isError('MARRIAGE_SPOUSES_ONE_PERSON')).toBe(true);
    const [finding] = validateRecord(RECORD_TYPES.marriage, copied, [], isError);
    expect(messageVi(finding!.code, { value: finding!.value, ...finding!.params })).toContain('cùng ghi "Hà Ngọc Diệp" với cùng ngày sinh');
    const sameId = both({ fullName: 'Hà Ngọc Diệp', personalId: '026094001234' }, { fullName: 'Hà Ngọc Diệp', birthDate: '1996-01-01', personalId: '026094001234' });
    expect(codes('marriage', sameId)).toEqual(['MARRIAGE_SPOUSES_ONE_PERSON@wife.fullName']);
    // Namesakes marrying, born on other days, and one name with the same birth date but another name: no error.
    expect(codes('marriage', both({ fullName: 'Hà Ngọc Diệp', birthDate: '1994-03-04' }, { fullName: 'Hà Ngọc Diệp', birthDate: '1995-07-09' }))).toEqual([]);
    expect(codes('marriage', both({ fullName: 'Hà Ngọc Diệp', birthDate: '1994-03-04' }, { fullName: 'Hà Ngọc Điệp', birthDate: '1994-03-04' }))).toEqual([]);
  });

  it('one person typed as both spouses is caught through another tone placement or a birth date retyped in another precision', () => {
    const both = (husband: Record<string, unknown>, wife: Record<string, unknown>): Record<string, unknown> => {
      const record = marriage('2018-03-01', '1990-01-01', '1992-01-01');
      return { ...record, husband: { ...(record.husband as object), ...husband }, wife: { ...(record.wife as object), ...wife } };
    };
    expect(codes('marriage', both({ fullName: 'Trần Thị Thủy', birthDate: '1994-03-04' }, { fullName: 'Trần Thị Thuỷ', birthDate: '1994-03-04' }))).toEqual(['MARRIAGE_SPOUSES_ONE_PERSON@wife.fullName']);
    expect(codes('marriage', both({ fullName: 'Hà Ngọc Diệp', birthDate: '1994-03-04' }, { fullName: 'Hà Ngọc Diệp', birthDate: '1994' }))).toEqual(['MARRIAGE_SPOUSES_ONE_PERSON@wife.fullName']);
    expect(codes('marriage', both({ fullName: 'Hà Ngọc Diệp', birthDate: '1994-03' }, { fullName: 'Hà Ngọc Diệp', birthDate: '1994-03-04' }))).toEqual(['MARRIAGE_SPOUSES_ONE_PERSON@wife.fullName']);
    // Another year or month, at any precision, is no match; nor another tone (Thúy, Thủy).
    expect(codes('marriage', both({ fullName: 'Hà Ngọc Diệp', birthDate: '1994-03-04' }, { fullName: 'Hà Ngọc Diệp', birthDate: '1995' }))).toEqual([]);
    expect(codes('marriage', both({ fullName: 'Hà Ngọc Diệp', birthDate: '1994-03' }, { fullName: 'Hà Ngọc Diệp', birthDate: '1994-04-04' }))).toEqual([]);
    expect(codes('marriage', both({ fullName: 'Trần Thị Thủy', birthDate: '1994-03-04' }, { fullName: 'Trần Thị Thúy', birthDate: '1994-03-04' }))).toEqual([]);
  });

  it('rules are warnings: under-age entries exist in old books', () => {
    expect(severityOf('MARRIAGE_UNDER_AGE')).toBe('warning');
    expect(severityOf('MARRIAGE_AGE_UNCERTAIN')).toBe('warning');
  });
});

// DOMAIN.md §4: 'Văn' is traditionally a man's middle name, 'Thị' a woman's — a hint, never an
// inference. On births and deaths it checks the recorded sex and the parents' columns.
describe('middle names against the sex (births, deaths)', () => {
  const split = (fullName: string) => {
    const words = fullName.split(' ');
    return { fullName, familyName: words[0], middleName: words.slice(1, -1).join(' '), givenName: words[words.length - 1] };
  };
  const child = (fullName: string, sex: string | null, nationality: string | null = 'VN') => ({ ...split(fullName), sex, nationality, birthDate: '2017-02-20' });
  const births = (person: object, mother = 'Trần Thị Mai', father: string | null = 'Nguyễn Văn Hùng', parentNationality = 'VN'): Record<string, unknown> => ({
    registration: { date: '2017-03-05' },
    child: person,
    mother: { fullName: mother, birthYear: '1990', nationality: parentNationality },
    father: father === null ? null : { fullName: father, birthYear: '1988', nationality: parentNationality },
  });

  it("warns of a child recorded male with 'Thị' or female with 'Văn', on the sex", () => {
    expect(codes('birth', births(child('Nguyễn Thị Lan Anh', 'male')))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    expect(codes('birth', births(child('Phạm Văn Đức', 'female')))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    const [finding] = validateRecord(RECORD_TYPES.birth, births(child('Nguyễn Thị Lan Anh', 'male')), [], isError);
    expect(messageVi(finding!.code, { value: finding!.value, ...finding!.params })).toBe(
      'Giới tính ghi Nam, nhưng họ tên "Nguyễn Thị Lan Anh" có tên đệm "Thị", thường là tên phụ nữ: giới tính hoặc họ tên có thể bị ghi nhầm.',
    );
    expect(severityOf('SEX_MIDDLE_NAME_MISMATCH')).toBe('warning');
  });

  it('says nothing of names that agree, names without Văn/Thị, a sex not recorded, or a foreign child', () => {
    for (const [name, sex] of [
      ['Nguyễn Văn Hải', 'male'],
      ['Lê Thị Thu', 'female'],
      ['Trần Minh Anh', 'female'],
      ['Đỗ Ngọc Anh', 'male'],
      ['Nguyễn Thi Hải', 'male'], // unmarked 'Thi' is a name of its own
      ['Trần Van Anh', 'female'],
      ['Nguyễn Thị Văn Anh', 'female'], // both words: hers
      ['Văn Đình Luyện', 'male'], // Văn as the family name
      ['Lê Thị Văn', 'female'], // Văn as the given name
    ] as const) {
      expect(codes('birth', births(child(name, sex))), name).toEqual([]);
    }
    expect(codes('birth', births(child('Nguyễn Thị Lan', null)))).toEqual([]);
    expect(codes('birth', births(child('Nguyễn Thị Lan', 'male', 'CN')))).toEqual([]);
    expect(codes('birth', births({ fullName: 'Park Min Jun', familyName: 'Park', middleName: 'Min', givenName: 'Jun', sex: 'male', nationality: 'VN', birthDate: '2017-02-20' }))).toEqual([]);
  });

  // DOMAIN.md §4: a child may carry both parents' surnames ('Nguyễn Lê …'), the second where a
  // middle name stands; Văn is a family name too. The parents' columns tell such a Văn from a man's middle name.
  it("says nothing when the 'Văn'/'Thị' after the family name is a parent's family name", () => {
    expect(codes('birth', births(child('Trần Văn Khánh Linh', 'female'), 'Văn Thị Hạnh', 'Trần Đức Long'))).toEqual([]);
    expect(codes('birth', births(child('Khổng Văn Thùy Mai', 'female'), 'Văn Phương Hạnh', 'Khổng Minh Tuấn'))).toEqual([]);
    // the mother's surname first, the father's second
    expect(codes('birth', births(child('Nguyễn Văn Thu Trang', 'female'), 'Nguyễn Thị Hoa', 'Văn Đức Long'))).toEqual([]);
    // without the mother (or with her name blank) the father's still tells
    expect(codes('birth', births(child('Nguyễn Văn Thu Trang', 'female'), '', 'Văn Đức Long'))).toEqual([]);
  });

  it("still warns when the parents' family names do not explain the word", () => {
    expect(codes('birth', births(child('Nguyễn Văn Lan', 'female'), 'Trần Thị Hoa', 'Nguyễn Văn Hùng'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    expect(codes('birth', births(child('Trần Văn Khánh Linh', 'female'), 'Lê Thị Hạnh', 'Trần Đức Long'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    expect(codes('birth', births(child('Trần Văn Khánh Linh', 'female'), 'Lê Thị Hạnh', null))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    // a parent's 'Văn' that is a middle name is no family name
    expect(codes('birth', births(child('Trần Văn Linh', 'female'), 'Lê Thị Hạnh', 'Trần Văn Long'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    // only the word right after the family name can be a second surname
    expect(codes('birth', births(child('Trần Khánh Văn Linh', 'female'), 'Văn Thị Hạnh', 'Trần Đức Long'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    // with no middle word left after it, a parent's family name 'Văn' is the middle name: a boy's name typed Nữ (s8 regress N4)
    expect(codes('birth', births(child('Phạm Văn Hùng', 'female'), 'Văn Thị Lan', 'Phạm Văn Long'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    expect(codes('birth', births(child('Kim Văn Linh', 'female'), 'Văn Thị Thu', 'Kim Văn Nam'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
    expect(codes('birth', births(child('Nguyễn Văn Trang', 'female'), 'Nguyễn Thị Hoa', 'Văn Đức Long'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@child.sex']);
  });

  it("warns of a mother named '… Văn …' or a father named '… Thị …': the parents in each other's columns", () => {
    expect(codes('birth', births(child('Lê Văn Khôi', 'male'), 'Đỗ Văn Nga', 'Lê Thị Tú'))).toEqual(['PARENT_NAME_SEX@mother.fullName', 'PARENT_NAME_SEX@father.fullName']);
    expect(codes('birth', births(child('Lê Văn Khôi', 'male'), 'Đỗ Văn Nga', null))).toEqual(['PARENT_NAME_SEX@mother.fullName']);
    const [finding] = validateRecord(RECORD_TYPES.birth, births(child('Lê Văn Khôi', 'male'), 'Trần Thị Mai', 'Lê Thị Tú'), [], isError);
    expect(messageVi(finding!.code, { value: finding!.value, ...finding!.params })).toBe(
      'Tên cha "Lê Thị Tú" có tên đệm "Thị", thường là tên phụ nữ: có thể tên cha và mẹ đã bị ghi đảo cột.',
    );
    // Agreeing names, family name 'Văn', both words, foreign parents: nothing.
    expect(codes('birth', births(child('Văn Thị Thư', 'female'), 'Văn Thị Hợi', 'Văn Đình Luyện'))).toEqual([]);
    expect(codes('birth', births(child('Lê Văn Khôi', 'male'), 'Nguyễn Thị Văn Anh', 'Lê Minh Tú'))).toEqual([]);
    expect(codes('birth', births(child('Lê Văn Khôi', 'male'), 'Đỗ Văn Nga', 'Lê Thị Tú', 'CN'))).toEqual([]);
  });

  it('warns of one parent typed in both columns (same name and birth year or ID), where no Văn/Thị tells the columns apart', () => {
    const parents = (mother: Record<string, unknown>, father: Record<string, unknown>): Record<string, unknown> => ({
      registration: { date: '2019-03-05' },
      child: child('Khổng Minh Tâm', 'male'),
      mother: { nationality: 'VN', ...mother },
      father: { nationality: 'VN', ...father },
    });
    // The father's name and year copied into the mother's columns (a modern name without 'Văn').
    expect(codes('birth', parents({ fullName: 'Khổng Minh Hiếu', birthYear: '1990' }, { fullName: 'Khổng Minh Hiếu', birthYear: '1990' }))).toEqual([
      'PARENTS_ONE_PERSON@mother.fullName',
    ]);
    // The mother's copied into the father's (no 'Thị'), tone placed on the other vowel; or one ID in both.
    expect(codes('birth', parents({ fullName: 'Lê Thu Thủy', birthYear: '1992' }, { fullName: 'Lê Thu Thuỷ', birthYear: '1992' }))).toEqual(['PARENTS_ONE_PERSON@mother.fullName']);
    expect(codes('birth', parents({ fullName: 'Hà Ngọc Anh', personalId: '026192001234' }, { fullName: 'Hà Ngọc Anh', personalId: '026192001234' }))).toEqual([
      'PARENTS_ONE_PERSON@mother.fullName',
    ]);
    const [finding] = validateRecord(RECORD_TYPES.birth, parents({ fullName: 'Khổng Minh Hiếu', birthYear: '1990' }, { fullName: 'Khổng Minh Hiếu', birthYear: '1990' }), [], isError);
    expect(messageVi(finding!.code, { value: finding!.value, ...finding!.params })).toBe(
      'Cột mẹ và cột cha cùng ghi "Khổng Minh Hiếu" với cùng năm sinh: một người không thể vừa là mẹ vừa là cha, có thể thông tin của một bên đã bị chép sang cột bên kia.',
    );
    expect(severityOf('PARENTS_ONE_PERSON')).toBe('warning');
    // Namesake parents born in different years, different names, a one-word cell: nothing.
    expect(codes('birth', parents({ fullName: 'Phạm Minh Anh', birthYear: '1992' }, { fullName: 'Phạm Minh Anh', birthYear: '1990' }))).toEqual([]);
    expect(codes('birth', parents({ fullName: 'Lê Thu Hà', birthYear: '1992' }, { fullName: 'Lê Đức Hà', birthYear: '1992' }))).toEqual([]);
    // A name with 'Văn' or 'Thị' in both columns is PARENT_NAME_SEX's, reported once on its wrong column.
    expect(codes('birth', parents({ fullName: 'Khổng Văn Hiếu', birthYear: '1990' }, { fullName: 'Khổng Văn Hiếu', birthYear: '1990' }))).toEqual(['PARENT_NAME_SEX@mother.fullName']);
  });

  it("warns of a deceased recorded male with 'Thị' or female with 'Văn'", () => {
    const death = (fullName: string, sex: string | null, nationality: string | null = 'VN'): Record<string, unknown> => ({
      registration: { date: '2012-05-10' },
      deceased: { ...split(fullName), sex, nationality, birthDate: '1930' },
      deathDate: '2012-05-02',
    });
    expect(codes('death', death('Nguyễn Thị Lan', 'male'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@deceased.sex']);
    expect(codes('death', death('Trần Văn Hùng', 'female'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@deceased.sex']);
    expect(codes('death', death('Trần Văn Hùng', 'male'))).toEqual([]);
    expect(codes('death', death('Nguyễn Thị Lan', null))).toEqual([]);
    expect(codes('death', death('Nguyễn Thị Lan', 'male', 'LA'))).toEqual([]);
    // 'Con bà Nguyễn Thị Lan': an infant without a name, the cell names the mother.
    const parentReference = [{ code: 'NAME_PARENT_REFERENCE', field: 'deceased.fullName' }];
    expect(validateRecord(RECORD_TYPES.death, death('Nguyễn Thị Lan', 'male'), parentReference, isError)).toEqual([]);
  });

  it("says nothing of a deceased whose 'Văn' is the family name of the parent who declared the death", () => {
    const death = (fullName: string, declarant: string, relation: string): Record<string, unknown> => ({
      registration: { date: '2019-08-12' },
      deceased: { ...split(fullName), sex: 'female', nationality: 'VN', birthDate: '2019-02-03' },
      deathDate: '2019-08-10',
      declarant: { fullName: declarant, relation },
    });
    expect(codes('death', death('Trần Văn Khánh Linh', 'Văn Thị Hạnh', 'Mẹ'))).toEqual([]);
    expect(codes('death', death('Trần Văn Khánh Linh', 'Văn Thị Hạnh', 'Mẹ đẻ'))).toEqual([]);
    // a declarant who is no parent says nothing of the deceased's surnames
    expect(codes('death', death('Trần Văn Khánh Linh', 'Văn Thị Hạnh', 'Hàng xóm'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@deceased.sex']);
    expect(codes('death', death('Trần Văn Khánh Linh', 'Trần Đức Long', 'Cha'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@deceased.sex']);
    expect(codes('death', death('Trần Văn Linh', 'Văn Thị Hạnh', 'Mẹ'))).toEqual(['SEX_MIDDLE_NAME_MISMATCH@deceased.sex']);
  });
});
