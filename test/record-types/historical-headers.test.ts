/**
 * Books of the 1960s–80s read through their old column titles: the
 * sex under 'Trai/Gái' or 'Nam hay nữ', a fallen soldier's 'Ngày hy sinh', and ages under 'Tuổi',
 * 'Tuổi cha', 'Tuổi vợ' where the books have no birth date (DATE_AGE_ONLY, the age kept in raw).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { readBook, type BookRead as Read, type Cell } from './read-book.js';

/** The books of Tam Dương (247), in `font` if given. */
const readOld = (path: string, rows: Cell[][], font?: string): Promise<Read> => readBook(path, rows, { districtCode: '247', font });

const warnings = (record: Record<string, any> | undefined): string[] =>
  (record?.warnings ?? []).map((finding: { code: string; field: string }) => `${finding.code} ${finding.field}`);

const RESIDENCE = 'xóm Đồng Bùa, xã Hồ Sơn, huyện Tam Dương, tỉnh Vĩnh Phú';

describe('historical books: old column titles', () => {
  let folder: string;
  let births1972: Read;
  let birthsWithYears: Read;
  let birthsTcvn3: Read;
  let deaths: Read;
  let martyrs: Read;
  let marriages: Read;
  let deaths1978: Read;
  let deaths1979: Read;
  let birthsWithPlace: Read;
  let deaths1968: Read;
  let deathsDeclaredThenRegistered: Read;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hotich-historical-headers-'));
    // The 1972 birth book of xã Hồ Sơn: the sex under 'Trai/Gái', each parent's age after the name.
    births1972 = await readOld(join(folder, 'ks-1972.xlsx'), [
      ['UBHC XÃ HỒ SƠN'],
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1972'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Trai/Gái', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Họ tên cha', 'Tuổi', 'Họ tên mẹ', 'Tuổi', 'Trú quán'],
      ['1', '10-1-72', 'Lương Văn Thịnh', 'Trai', '2-1-72', 'tại nhà', 'Kinh', 'Lương Văn Lộc', '28', 'Nguyễn Thị Sen', '25 tuổi', RESIDENCE],
      ['2', '15-1-72', 'Trần Thị Nhung', 'Gái', '5-1-72', 'tại nhà', 'Kinh', 'Trần Văn Lượng', 30, 'Bàn Thị Mai', '', RESIDENCE],
      // No father named, the mother's age not known: nothing to say of either.
      ['3', '20-1-72', 'Lê Thị Hiên', 'gái', '10-1-72', 'tại nhà', 'Kinh', '', '', 'Lê Thị Hảo', 'không rõ', RESIDENCE],
    ]);
    // A book of 1975 with both the birth year and the age of each parent: the year is the record's, the age stays in raw.
    birthsWithYears = await readOld(join(folder, 'ks-1975.xlsx'), [
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Nam hay nữ', 'Ngày sinh', 'Họ tên cha', 'Năm sinh', 'Tuổi cha', 'Họ tên mẹ', 'Năm sinh', 'Tuổi mẹ', 'Trú quán'],
      ['1', '10-1-75', 'Lương Văn Thịnh', 'Nam', '2-1-75', 'Lương Văn Lộc', '1947', '28', 'Nguyễn Thị Sen', '1950', '25', RESIDENCE],
      ['2', '15-1-75', 'Trần Thị Nhung', 'Nữ', '5-1-75', 'Trần Văn Lượng', '1945', '30', 'Bàn Thị Mai', '', '27', RESIDENCE],
    ]);
    // The same form typed in TCVN3 with the .VnTime font.
    birthsTcvn3 = await readOld(
      join(folder, 'ks-1970-tcvn3.xlsx'),
      [
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Con trai hay con gái', 'Ngày sinh', 'Họ tên cha', 'Tuổi', 'Họ tên mẹ', 'Tuổi'],
        ['1', '10-1-70', 'Lương Văn Thịnh', 'Trai', '2-1-70', 'Lương Văn Lộc', '28', 'Nguyễn Thị Sen', '25'],
      ].map((row) => row.map(encodeTcvn3)),
      '.VnTime',
    );
    // The 1975 death book: the deceased's age, a birth year in some entries.
    deaths = await readOld(join(folder, 'kt-1975.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1975'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Trai/gái', 'Năm sinh', 'Tuổi', 'Ngày chết', 'Nơi thường trú', 'Người đứng khai', 'Tuổi'],
      ['1', '10-1-75', 'Lương Văn Lộc', 'Trai', '', '85', '2-1-75', RESIDENCE, 'Lương Văn Thịnh', '40'],
      ['2', '12-1-75', 'Nguyễn Thị Sen', 'Gái', '', 'thọ 72', '8-1-75', RESIDENCE, 'Lương Văn Thịnh', '40'],
      ['3', '14-1-75', 'Trần Văn Lượng', 'Trai', '1910', '65', '9-1-75', RESIDENCE, 'Trần Văn Hai', '38'],
      ['4', '15-1-75', 'Bàn Thị Mai', 'Gái', '', '', '10-1-75', RESIDENCE, 'Trần Văn Hai', '38'],
    ]);
    // Martyrs registered in 1976 from the army's notices: the date under 'Ngày hy sinh'.
    martyrs = await readOld(join(folder, 'kt-1976.xlsx'), [
      ['UBND XÃ TAM HỢP'],
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1976'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Giới tính', 'Năm sinh', 'Ngày hy sinh', 'Nơi hy sinh'],
      ['1', '10-1-76', 'Trần Văn Lực', 'Nam', '1950', '3/4/1975', 'Quảng Trị'],
      ['2', '10-1-76', 'Nguyễn Văn Toản', 'Nam', '1948', '12-5-72', 'Mặt trận phía Nam'],
    ]);
    marriages = await readOld(join(folder, 'kh-1980.xlsx'), [
      ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1980'],
      ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Tuổi chồng', 'Họ tên vợ', 'Tuổi vợ', 'Trú quán'],
      ['1', '5-3-80', 'Nguyễn Văn An', '24', 'Lê Thị Bình', '20', RESIDENCE],
    ]);
    // Old death forms ask the place and the cause: 'Tại' after 'Chết ngày', 'Vì bệnh gì'; another year 'Chết ở đâu', 'Chết vì bệnh gì'.
    deaths1978 = await readOld(join(folder, 'kt-1978.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1978'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Tuổi', 'Nam hay nữ', 'Trú quán', 'Chết ngày', 'Tại', 'Vì bệnh gì', 'Họ tên người đứng khai', 'Ghi chú'],
      ['1', '12-1-78', 'Hà Văn Lâm', '70', 'Nam', RESIDENCE, '10-1-78', 'tại nhà', 'già yếu', 'Hà Văn Khoa', ''],
    ]);
    deaths1979 = await readOld(join(folder, 'kt-1979.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1979'],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Tuổi', 'Nam hay nữ', 'Trú quán', 'Chết ngày', 'Chết ở đâu', 'Chết vì bệnh gì', 'Người khai'],
      ['1', '20-2-79', 'Lê Thị Nhài', '65', 'Nữ', RESIDENCE, '18-2-79', 'tại nhà', 'sốt', 'Lê Văn An'],
    ]);
    // A birth book of the same years: 'Tại' after 'Sinh ngày' is the place of birth, never a death book's column.
    birthsWithPlace = await readOld(join(folder, 'ks-1978.xlsx'), [
      ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1978'],
      ['Số', 'Ngày đăng ký', 'Họ và tên', 'Trai/Gái', 'Sinh ngày', 'Tại', 'Họ tên cha', 'Họ tên mẹ', 'Trú quán'],
      ['1', '10-1-78', 'Lương Văn Thịnh', 'Trai', '2-1-78', 'Trạm xá xã', 'Lương Văn Lộc', 'Nguyễn Thị Sen', RESIDENCE],
    ]);
    // The 1968 death form dates the declaration: 'Người đứng khai' | 'Ngày khai'.
    deaths1968 = await readOld(join(folder, 'kt-1968.xlsx'), [
      ['SỔ KHAI TỬ NĂM 1968'],
      ['Số thứ tự', 'Họ và tên', 'Trai hay gái', 'Năm sinh', 'Chỗ ở', 'Chết ngày', 'Tại', 'Bệnh gì', 'Người đứng khai', 'Ngày khai', 'Ghi chú'],
      ['1', 'Phan Văn Tỉnh', 'Trai', '1890', 'xóm Chợ', '2-3-68', 'tại nhà', 'già yếu', 'Phan Văn Cừ', '4-3-68', ''],
    ]);
    // A book that dates both the declaration and, days later, the registration: 'Ngày đăng ký' is the registration's.
    deathsDeclaredThenRegistered = await readOld(join(folder, 'kt-1985.xlsx'), [
      ['Số', 'Ngày khai', 'Ngày đăng ký', 'Họ và tên', 'Nam/Nữ', 'Năm sinh', 'Chết ngày', 'Người đứng khai'],
      ['1', '01-3-85', '05-3-85', 'Phan Văn Tỉnh', 'Nam', '1910', '28-2-85', 'Phan Văn Cừ'],
    ]);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads 'Ngày khai' of the old declaration forms as the registration date", () => {
    const tinh = deaths1968.clean.get(3);
    expect([tinh?.registration.date, tinh?.deathDate, tinh?.declarant.fullName]).toEqual(['1968-03-04', '1968-03-02', 'Phan Văn Cừ']);
    expect(deaths1968.rejected.size).toBe(0);
  });

  it("leaves 'Ngày khai' to raw where the sheet has its own 'Ngày đăng ký'", () => {
    const tinh = deathsDeclaredThenRegistered.clean.get(2);
    expect([tinh?.registration.date, tinh?.deathDate]).toEqual(['1985-03-05', '1985-02-28']);
    expect(tinh?.raw).toEqual({ 'Ngày khai': '01-3-85' });
  });

  it("reads the place and cause of death under 'Tại', 'Vì bệnh gì', 'Chết ở đâu', 'Chết vì bệnh gì'", () => {
    const lam = deaths1978.clean.get(3);
    expect([lam?.deathPlace, lam?.cause]).toEqual(['Tại nhà', 'già yếu']);
    expect(lam?.raw).toEqual({ Tuổi: '70' });
    const nhai = deaths1979.clean.get(3);
    expect([nhai?.deathPlace, nhai?.cause]).toEqual(['Tại nhà', 'sốt']);
    expect(nhai?.raw).toEqual({ Tuổi: '65' });
  });

  it("keeps 'Tại' of a birth book out of the death register", () => {
    const child = birthsWithPlace.clean.get(3);
    expect(child?.type).toBe('birth');
    expect(child?.child.fullName).toBe('Lương Văn Thịnh');
  });

  it("reads the sex under 'Trai/Gái', 'Nam hay nữ', 'Con trai hay con gái' (TCVN3) and the deceased's 'Trai/gái'", () => {
    expect([1, 2, 3].map((row) => births1972.clean.get(row + 3)?.child.sex)).toEqual(['male', 'female', 'female']);
    expect([2, 3].map((row) => birthsWithYears.clean.get(row)?.child.sex)).toEqual(['male', 'female']);
    expect(birthsTcvn3.clean.get(2)?.child.sex).toBe('male');
    expect([3, 4, 5, 6].map((row) => deaths.clean.get(row)?.deceased.sex)).toEqual(['male', 'female', 'male', 'female']);
  });

  it('warns of each age typed where the birth year belongs, and keeps the age in raw', () => {
    const first = births1972.clean.get(4);
    expect(first?.father.birthYear).toBeNull();
    expect(first?.mother.birthYear).toBeNull();
    expect(warnings(first)).toEqual(['DATE_AGE_ONLY father.birthYear', 'DATE_AGE_ONLY mother.birthYear']);
    expect(first?.warnings[1].message).toBe('Ô ghi tuổi ("25 tuổi") thay cho ngày tháng năm; để trống.');
    expect(first?.raw).toEqual({ Tuổi: '28', 'Tuổi (K)': '25 tuổi' });
    // A number cell is an age too; an empty age cell says nothing.
    expect(warnings(births1972.clean.get(5))).toEqual(['DATE_AGE_ONLY father.birthYear']);
    // 'không rõ' is no age: kept in raw, nothing said of it.
    const third = births1972.clean.get(6);
    expect(warnings(third)).toEqual([]);
    expect(third?.father).toBeNull();
    expect(third?.raw).toEqual({ 'Tuổi (K)': 'không rõ' });
    expect(warnings(birthsTcvn3.clean.get(2))).toEqual(['DATE_AGE_ONLY father.birthYear', 'DATE_AGE_ONLY mother.birthYear']);
    expect(births1972.unknownHeaders).toEqual([]);
  });

  it('says nothing of an age beside a birth year, and warns where the year is empty', () => {
    const first = birthsWithYears.clean.get(2);
    expect([first?.father.birthYear, first?.mother.birthYear]).toEqual(['1947', '1950']);
    expect(warnings(first)).toEqual([]);
    expect(first?.raw).toEqual({ 'Tuổi cha': '28', 'Tuổi mẹ': '25' });
    expect(warnings(birthsWithYears.clean.get(3))).toEqual(['DATE_AGE_ONLY mother.birthYear']);
  });

  it("reads the deceased's age as DATE_AGE_ONLY, never the declarant's", () => {
    expect(warnings(deaths.clean.get(3))).toEqual(['DATE_AGE_ONLY deceased.birthDate']);
    expect(deaths.clean.get(3)?.deceased.birthDate).toBeNull();
    expect(deaths.clean.get(3)?.raw).toEqual({ Tuổi: '85', 'Tuổi (J)': '40' });
    expect(warnings(deaths.clean.get(4))).toEqual(['DATE_AGE_ONLY deceased.birthDate']);
    expect(deaths.clean.get(5)?.deceased.birthDate).toBe('1910');
    expect(warnings(deaths.clean.get(5))).toEqual([]);
    // Neither a year nor an age: the declarant's age is not the deceased's.
    expect(warnings(deaths.clean.get(6))).toEqual([]);
    expect(deaths.unknownHeaders).toEqual(['Tuổi']);
  });

  it("loads a martyr's death under 'Ngày hy sinh' and 'Nơi hy sinh'", () => {
    expect(martyrs.rejected.size).toBe(0);
    expect(martyrs.clean.get(4)?.deathDate).toBe('1975-04-03');
    expect(martyrs.clean.get(4)?.deathPlace).toBe('Quảng Trị');
    expect(martyrs.clean.get(5)?.deathDate).toBe('1972-05-12');
    expect(martyrs.unknownHeaders).toEqual([]);
  });

  it("warns of the spouses' ages typed instead of their birth dates", () => {
    const entry = marriages.clean.get(3);
    expect([entry?.husband.birthDate, entry?.wife.birthDate]).toEqual([null, null]);
    expect(warnings(entry)).toEqual(['DATE_AGE_ONLY husband.birthDate', 'DATE_AGE_ONLY wife.birthDate']);
    expect(entry?.raw).toEqual({ 'Tuổi chồng': '24', 'Tuổi vợ': '20' });
  });
});

describe("an old death book's age past 115", () => {
  it('warns of the age on the birth date (DEATH_AGE_TYPED_IMPLAUSIBLE), never of 115 or an infant counted in months', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-age-'));
    try {
      const deaths = await readOld(join(folder, 'kt-1997.xlsx'), [
        ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997'],
        ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Tuổi', 'Giới tính', 'Nơi thường trú', 'Ngày chết', 'Nơi chết', 'Người đi khai'],
        ['1', '02-6-97', 'Trần Văn Bình', '130', 'Nam', RESIDENCE, '30-5-97', 'Tại nhà', 'Trần Văn Cường'],
        ['2', '03-6-97', 'Lê Văn Tư', '205', 'Nam', RESIDENCE, '31-5-97', 'Tại nhà', 'Lê Văn Năm'],
        ['3', '04-6-97', 'Phạm Thị Mận', '116 tuổi', 'Nữ', RESIDENCE, '01-6-97', 'Tại nhà', 'Phạm Văn Hồng'],
        ['4', '05-6-97', 'Đỗ Thị Lụa', '115', 'Nữ', RESIDENCE, '02-6-97', 'Tại nhà', 'Đỗ Văn Hải'],
        ['5', '06-6-97', 'Ngô Văn Tý', '118 ngày', 'Nam', RESIDENCE, '03-6-97', 'Tại nhà', 'Ngô Văn Sửu'],
      ]);
      expect([3, 4, 5, 6, 7].map((row) => warnings(deaths.clean.get(row)))).toEqual([
        ['DATE_AGE_ONLY deceased.birthDate', 'DEATH_AGE_TYPED_IMPLAUSIBLE deceased.birthDate'],
        // Past 130 no age to DATE_AGE_ONLY (a year, a house number elsewhere), but in a death book's age column a mistyped one.
        ['DEATH_AGE_TYPED_IMPLAUSIBLE deceased.birthDate'],
        ['DATE_AGE_ONLY deceased.birthDate', 'DEATH_AGE_TYPED_IMPLAUSIBLE deceased.birthDate'],
        ['DATE_AGE_ONLY deceased.birthDate'],
        ['DATE_AGE_ONLY deceased.birthDate'],
      ]);
      expect([3, 4, 5, 6, 7].map((row) => deaths.clean.get(row)?.deceased.birthDate)).toEqual([null, null, null, null, null]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("a birth year written in an old book's age column", () => {
  it("reads 'sinh năm 1932', '1932' or a whole date under 'Tuổi' as the birth, never an age or a house number", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-age-year-'));
    try {
      const deaths = await readOld(join(folder, 'kt-1985.xlsx'), [
        ['SỔ ĐĂNG KÝ KHAI TỬ NĂM 1985'],
        ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Nam, nữ', 'Tuổi', 'Nơi thường trú', 'Ngày chết', 'Nơi chết', 'Nguyên nhân chết', 'Người khai'],
        ['1', '12/3/1985', 'Nguyễn Văn Khải', 'Nam', 'sinh năm 1902', RESIDENCE, '10/3/1985', 'Tại nhà', 'Già yếu', 'Nguyễn Văn Tư'],
        ['2', '14/4/1985', 'Trần Thị Mận', 'Nữ', '1911', RESIDENCE, '9/4/1985', 'Tại nhà', 'ốm', 'Trần Văn Lộc'],
        ['3', '20/5/1985', 'Lê Văn Sáu', 'Nam', '5/3/1920', RESIDENCE, '18/5/1985', 'Tại nhà', 'ốm', 'Lê Văn Hùng'],
        ['4', '22/6/1985', 'Phạm Thị Hợi', 'Nữ', 'ngoài 80', RESIDENCE, '20/6/1985', 'Tại nhà', 'Già yếu', 'Phạm Văn Quý'],
        ['5', '24/7/1985', 'Đỗ Văn Tý', 'Nam', '78t', RESIDENCE, '21/7/1985', 'Tại nhà', 'Già yếu', 'Đỗ Văn Thắng'],
      ]);
      expect([3, 4, 5, 6, 7].map((row) => deaths.clean.get(row)?.deceased.birthDate)).toEqual(['1902', '1911', '1920-03-05', null, null]);
      expect([3, 4, 5].map((row) => warnings(deaths.clean.get(row)))).toEqual([[], [], []]);
      expect(warnings(deaths.clean.get(7))).toEqual(['DATE_AGE_ONLY deceased.birthDate']);
      const births = await readOld(join(folder, 'ks-1980.xlsx'), [
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Trai/Gái', 'Ngày sinh', 'Họ tên cha', 'Tuổi', 'Họ tên mẹ', 'Tuổi', 'Trú quán'],
        ['1', '10-1-80', 'Lương Văn Thịnh', 'Trai', '2-1-80', 'Lương Văn Lộc', 'sinh năm 1950', 'Nguyễn Thị Sen', '26 tuổi', RESIDENCE],
      ]);
      expect([births.clean.get(2)?.father.birthYear, births.clean.get(2)?.mother.birthYear]).toEqual(['1950', null]);
      expect(warnings(births.clean.get(2))).toEqual(['DATE_AGE_ONLY mother.birthYear']);
      const marriages = await readOld(join(folder, 'kh-1966.xlsx'), [
        ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Tuổi chồng', 'Họ và tên vợ', 'Tuổi vợ', 'Nơi thường trú'],
        ['1', '10-3-66', 'Lương Văn Lộc', 'SN 1942', 'Nguyễn Thị Sen', '20', RESIDENCE],
      ]);
      expect([marriages.clean.get(2)?.husband.birthDate, marriages.clean.get(2)?.wife.birthDate]).toEqual(['1942', null]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("an old marriage book's ages under the legal minimum", () => {
  it('warns MARRIAGE_UNDER_AGE on the birth date when the age typed is under the minimum of the law then, never at or above it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-marriage-age-'));
    try {
      // 1972: Law of 1959, entering the 20th / 18th year (19 / 17 completed years, marriage-age.ts).
      const marriages = await readOld(join(folder, 'kh-1972.xlsx'), [
        ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1972'],
        ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Tuổi chồng', 'Họ tên vợ', 'Tuổi vợ', 'Trú quán'],
        ['1', '12-2-72', 'Nguyễn Văn Quý', '22', 'Trần Thị Lan', '19', RESIDENCE],
        ['2', '15-2-72', 'Lê Văn Tiến', '17', 'Phạm Thị Xuân', '18', RESIDENCE],
        ['3', '20-2-72', 'Đỗ Văn Hùng', '24', 'Kiều Thị Hằng', '15 tuổi', RESIDENCE],
        // At the minimum (a nominal age may hide a younger spouse, but nothing says so): no warning.
        ['4', '25-2-72', 'Ngô Văn Bình', '19', 'Dương Thị Mai', '17', RESIDENCE],
      ]);
      expect([3, 4, 5, 6].map((row) => warnings(marriages.clean.get(row)).filter((line) => !line.startsWith('DATE_AGE_ONLY')))).toEqual([
        [],
        ['MARRIAGE_UNDER_AGE husband.birthDate'],
        ['MARRIAGE_UNDER_AGE wife.birthDate'],
        [],
      ]);
      const tien = marriages.clean.get(4);
      expect(tien?.warnings.find((finding: { code: string }) => finding.code === 'MARRIAGE_UNDER_AGE')?.message).toBe(
        'Bên chồng mới 17 tuổi khi đăng ký kết hôn, dưới tuổi kết hôn tối thiểu (19 tuổi tròn) theo Luật Hôn nhân và gia đình 1986 / 1959.',
      );
      expect([tien?.husband.birthDate, tien?.wife.birthDate]).toEqual([null, null]);
      // 2016: Law 52/2014, full 20 / 18 years — a wife aged 17 in a late book with ages.
      const recent = await readOld(join(folder, 'kh-2016.xlsx'), [
        ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 2016'],
        ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Tuổi chồng', 'Họ tên vợ', 'Tuổi vợ', 'Trú quán'],
        ['1', '12-2-2016', 'Nguyễn Văn Quý', '20', 'Trần Thị Lan', '17', RESIDENCE],
      ]);
      expect(warnings(recent.clean.get(3)).filter((line) => !line.startsWith('DATE_AGE_ONLY'))).toEqual(['MARRIAGE_UNDER_AGE wife.birthDate']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("an old birth book's parents' ages", () => {
  it('warns PARENT_AGE_TYPED_IMPLAUSIBLE of an age a parent cannot have had at the birth, not of a late or nominal one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-parent-age-'));
    try {
      const births = await readOld(join(folder, 'ks-1968.xlsx'), [
        ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1968'],
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Trai/Gái', 'Ngày sinh', 'Họ tên cha', 'Tuổi cha', 'Họ tên mẹ', 'Tuổi mẹ', 'Trú quán'],
        ['1', '05-1-68', 'Nguyễn Văn An', 'Trai', '20-12-67', 'Nguyễn Văn Hải', '30', 'Trần Thị Lan', '26', RESIDENCE],
        ['2', '10-1-68', 'Lê Thị Bình', 'Gái', '02-1-68', 'Lê Văn Tùng', '32', 'Vũ Thị Mai', '9', RESIDENCE],
        ['3', '15-1-68', 'Phạm Văn Cường', 'Trai', '08-1-68', 'Phạm Văn Nam', '85', 'Đỗ Thị Hoa', '30', RESIDENCE],
        ['4', '20-1-68', 'Đặng Thị Dung', 'Gái', '12-1-68', 'Đặng Văn Sơn', '28', 'Bùi Thị Yến', '62 tuổi', RESIDENCE],
        // A nominal 57 (56 or 55 completed years), and a mother of 60 registering a child born eight years before: no warning.
        ['5', '25-1-68', 'Ngô Văn Tý', 'Trai', '15-1-68', 'Ngô Văn Sửu', '60', 'Hà Thị Nụ', '57', RESIDENCE],
        ['6', '28-1-68', 'Kiều Văn Hạnh', 'Trai', '10-3-59', 'Kiều Văn Tấn', '62', 'Lê Thị Gái', '60', 'Khai sinh muộn'],
        // Two months is no parent's age (a slip of another column): DATE_AGE_ONLY only, as for any age.
        ['7', '30-1-68', 'Tạ Thị Lụa', 'Gái', '20-1-68', 'Tạ Văn Dũng', '2 tháng', 'Chu Thị Mơ', '25', RESIDENCE],
      ]);
      const typed = (row: number): string[] => warnings(births.clean.get(row)).filter((line) => !line.startsWith('DATE_AGE_ONLY'));
      expect([3, 4, 5, 6, 7, 8, 9].map(typed)).toEqual([
        [],
        ['PARENT_AGE_TYPED_IMPLAUSIBLE mother.birthYear'],
        ['PARENT_AGE_TYPED_IMPLAUSIBLE father.birthYear'],
        ['PARENT_AGE_TYPED_IMPLAUSIBLE mother.birthYear'],
        [],
        [],
        [],
      ]);
      expect(births.clean.get(4)?.warnings.find((finding: { code: string }) => finding.code === 'PARENT_AGE_TYPED_IMPLAUSIBLE')?.message).toBe(
        'Ô tuổi của mẹ ghi "9": ngoài khoảng thường gặp 14–55 tuổi khi sinh con — có thể tuổi bị ghi nhầm hoặc ô này không phải tuổi của mẹ.',
      );
      expect([births.clean.get(4)?.mother.birthYear, births.clean.get(4)?.father.birthYear]).toEqual([null, null]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("an age written as one ('17 tuổi') in a birth date or year cell", () => {
  it('is checked as an age column is; a bare year there is a year', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-age-in-date-'));
    try {
      const marriages = await readOld(join(folder, 'kh-1973.xlsx'), [
        ['SỔ ĐĂNG KÝ KẾT HÔN NĂM 1973'],
        ['Số', 'Ngày đăng ký', 'Họ tên chồng', 'Năm sinh chồng', 'Họ tên vợ', 'Năm sinh vợ', 'Trú quán'],
        ['1', '12-2-73', 'Nguyễn Văn Quý', '22 tuổi', 'Trần Thị Lan', '1954', RESIDENCE],
        ['2', '15-2-73', 'Lê Văn Tiến', '17 tuổi', 'Phạm Thị Xuân', '15 tuoi', RESIDENCE],
      ]);
      expect([3, 4].map((row) => warnings(marriages.clean.get(row)))).toEqual([
        ['DATE_AGE_ONLY husband.birthDate'],
        ['DATE_AGE_ONLY husband.birthDate', 'MARRIAGE_UNDER_AGE husband.birthDate', 'DATE_AGE_ONLY wife.birthDate', 'MARRIAGE_UNDER_AGE wife.birthDate'],
      ]);
      const births = await readOld(join(folder, 'ks-1969.xlsx'), [
        ['SỔ ĐĂNG KÝ KHAI SINH NĂM 1969'],
        ['Số', 'Ngày đăng ký', 'Họ và tên', 'Trai/Gái', 'Ngày sinh', 'Họ tên cha', 'Năm sinh cha', 'Họ tên mẹ', 'Năm sinh mẹ', 'Trú quán'],
        ['1', '05-1-69', 'Nguyễn Văn An', 'Trai', '20-12-68', 'Nguyễn Văn Hải', '30 tuổi', 'Trần Thị Lan', '1943', RESIDENCE],
        ['2', '10-1-69', 'Lê Thị Bình', 'Gái', '02-1-69', 'Lê Văn Tùng', '1937', 'Vũ Thị Mai', '9 tuổi', RESIDENCE],
      ]);
      expect([3, 4].map((row) => warnings(births.clean.get(row)).filter((line) => !line.startsWith('DATE_AGE_ONLY')))).toEqual([[], ['PARENT_AGE_TYPED_IMPLAUSIBLE mother.birthYear']]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("an old marriage book's 'Tuổi' columns under each spouse", () => {
  it('warns MARRIAGE_UNDER_AGE from the age typed instead of the birth date, never at the minimum or above', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hotich-age-marriage-'));
    try {
      const marriages = await readOld(join(folder, 'kh-1966.xlsx'), [
        ['UỶ BAN HÀNH CHÍNH XÃ HỒ SƠN'],
        ['SỔ ĐĂNG KÝ KẾT HÔN'],
        ['Số', 'Ngày đăng ký', 'Họ và tên chồng', 'Tuổi', 'Nơi thường trú', 'Họ và tên vợ', 'Tuổi', 'Nơi thường trú'],
        ['1', '10-3-66', 'Lương Văn Lộc', '22', RESIDENCE, 'Nguyễn Thị Sen', '16 tuổi', RESIDENCE],
        ['2', '12-3-66', 'Trần Văn Lượng', '18t', RESIDENCE, 'Bàn Thị Mai', '17', RESIDENCE],
        ['3', '15-3-66', 'Đỗ Văn Tư', '19', RESIDENCE, 'Hà Thị Nụ', '20 tuổi', RESIDENCE],
        // A letter typed for a digit ('2O', 'l9') and a 0 for an age not known are no ages under the minimum.
        ['4', '16-3-66', 'Lê Văn Tâm', '2O', RESIDENCE, 'Vũ Thị Lan', 'l9', RESIDENCE],
        ['5', '17-3-66', 'Trịnh Văn Hải', '0', RESIDENCE, 'Đinh Thị Hoa', '18', RESIDENCE],
      ]);
      const messages = (row: number): string[] => (marriages.clean.get(row)?.warnings ?? []).filter((w: { code: string }) => w.code === 'MARRIAGE_UNDER_AGE').map((w: { message: string }) => w.message);
      expect(messages(4)).toEqual(['Bên vợ mới 16 tuổi khi đăng ký kết hôn, dưới tuổi kết hôn tối thiểu (17 tuổi tròn) theo Luật Hôn nhân và gia đình 1986 / 1959.']);
      expect(messages(5)).toEqual(['Bên chồng mới 18 tuổi khi đăng ký kết hôn, dưới tuổi kết hôn tối thiểu (19 tuổi tròn) theo Luật Hôn nhân và gia đình 1986 / 1959.']);
      expect(messages(6)).toEqual([]);
      expect(messages(7)).toEqual([]);
      expect(messages(8)).toEqual([]);
      expect(marriages.rejected.size).toBe(0);
      expect([4, 5, 6].map((row) => marriages.clean.get(row)?.wife.birthDate)).toEqual([null, null, null]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
