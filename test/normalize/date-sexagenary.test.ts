/**
 * Years named in the sexagenary cycle (can chi) in old registers' dates: 'ngày 15 tháng Giêng năm
 * Ất Sửu (âm lịch)', an old person's birth year 'Canh Tý' (DOMAIN.md §5). The name comes back every
 * 60 years; the registration date picks the latest one not after it, as for a two-digit year, and the
 * date is lunar and converted as one written with its figures.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDate, normalizeYear } from '../../src/normalize/date/normalize-date.js';
import { cycleIndex, latestCycleYear } from '../../src/normalize/date/sexagenary-year.js';
import { dateVi } from '../../src/normalize/date/date-vi.js';

describe('the sexagenary cycle', () => {
  it.each([
    ['giap', 'ty', 2000, 1984],
    ['giap', 'ty', 1983, 1924],
    ['at', 'suu', 1985, 1985],
    ['at', 'suu', 1984, 1925],
    ['canh', 'ty', 1985, 1960],
    ['at', 'ty', 2000, 1965], // Ất Tỵ: 'ty' is the snake after an odd stem
    ['mau', 'than', 1968, 1968],
    ['quy', 'hoi', 2024, 1983],
    ['binh', 'ngo', 2026, 2026],
    ['ky', 'meo', 2000, 1999], // Mẹo = Mão
  ])('%s %s, not after %i → %i', (stem, branch, limit, year) => {
    expect(latestCycleYear(cycleIndex(stem, branch)!, limit)).toBe(year);
  });

  it('a stem and a branch of different parity name no year', () => {
    expect(cycleIndex('giap', 'suu')).toBeNull();
    expect(cycleIndex('at', 'dan')).toBeNull();
  });
});

describe('dates with a year named in the cycle', () => {
  const registered1985 = { referenceDate: '1985-03-20' };

  it.each([
    // The same day as '15 tháng Giêng năm 1985 (âm lịch)': Tết Ất Sửu fell on 21 January 1985 in Vietnam.
    ['ngày 15 tháng Giêng năm Ất Sửu (âm lịch)', '1985-02-04'],
    ['15 tháng Giêng năm Ất Sửu (âm lịch)', '1985-02-04'],
    ['ngày 15 tháng 1 năm Ất Sửu', '1985-02-04'],
    ['NGÀY 15 THÁNG 1 NĂM ẤT SỬU', '1985-02-04'],
    ['ngay 15 thang 1 nam At Suu', '1985-02-04'],
    ['15/1 năm Ất Sửu', '1985-02-04'],
    ['mồng 5 tháng Giêng năm Ất Sửu', '1985-01-25'],
  ])('%j registered in March 1985 → %s, converted as a lunar date', (cell, expected) => {
    const read = normalizeDate(cell, registered1985);
    expect(read.value).toBe(expected);
    expect(read.findings).toEqual([{ code: 'DATE_LUNAR_CONVERTED', from: cell, to: expected, params: { result: dateVi(expected) } }]);
  });

  it("a lunar month without its day keeps the year as today's lunar months do (Chạp of Giáp Tý spans 1984–1985)", () => {
    expect(normalizeDate('tháng Chạp năm Giáp Tý (ÂL)', registered1985)).toEqual({ value: '1984', findings: [{ code: 'DATE_LUNAR', params: { year: 1984 } }] });
  });

  it.each([
    ['Canh Tý', '1960'],
    ['năm Canh Tý', '1960'],
    ['Canh Tí', '1960'],
    ['Ất Tỵ', '1965'],
    ['Ất Tị', '1965'],
    // A birth year named as people name theirs (death book of xã Hương Canh, 1985): was unreadable, the entry rejected.
    ['tuổi Canh Tý', '1960'],
    ['Tuổi Ất Tỵ', '1965'],
  ])('a birth year %j registered in 1985 → %s (the latest such year), a lunar year', (cell, expected) => {
    const read = normalizeDate(cell, { referenceDate: '1985-03-20', anyAgeBirth: true });
    expect(read).toEqual({ value: expected, findings: [{ code: 'DATE_LUNAR', params: { year: Number(expected) } }] });
    expect(normalizeYear(cell, registered1985).value).toBe(expected);
  });

  it('the registration date decides the cycle: Giáp Tý registered in 1950 is 1924, in 2000 it is 1984', () => {
    expect(normalizeDate('ngày 1 tháng 1 năm Giáp Tý', { referenceDate: '1950-06-01' }).value).toBe('1924-02-05');
    expect(normalizeDate('ngày 1 tháng 1 năm Giáp Tý', { referenceDate: '2000-06-01' }).value).toBe('1984-02-02');
  });

  // Death book of xã Trung Kiên, 2017: the deceased's lunar birth date with the cycle's year in brackets.
  it.each([
    ['ngày 5 tháng Giêng năm Canh Thìn (1940)', '1940-02-12'],
    ['5/1 năm Canh Thìn (1940)', '1940-02-12'],
    ['mùng 5 tháng Giêng Canh Thìn (1940) ÂL', '1940-02-12'],
    ['ngày 5 tháng Giêng năm Canh Thìn [1940]', '1940-02-12'],
    ['ngày 5 tháng 3 âm lịch năm Canh Thìn (1940)', '1940-04-12'],
    // The solar year of a date in the lunar year's last month, written beside its name.
    ['mùng 3 tháng Chạp năm Canh Thìn (1941)', '1940-12-31'],
  ])('%j registered in 2017 → %s: the bracketed year says which Canh Thìn, not the latest (2000)', (cell, expected) => {
    const read = normalizeDate(cell, { referenceDate: '2017-05-20', anyAgeBirth: true });
    expect(read.value).toBe(expected);
    expect(read.findings).toEqual([{ code: 'DATE_LUNAR_CONVERTED', from: cell, to: expected, params: { result: dateVi(expected) } }]);
  });

  it('a bracketed year that is no year of the name is not taken: the latest year of the name stands', () => {
    expect(normalizeDate('mùng 3 tháng Giêng năm Canh Thìn (1939)', { referenceDate: '2017-05-20' }).value).toBe('2000-02-07');
  });

  it('beside a year in figures the name is a gloss: the figures stand, no lunar conversion', () => {
    expect(normalizeDate('1900 (Canh Tý)', registered1985)).toEqual({ value: '1900', findings: [] });
    expect(normalizeDate('15/3/1985 (Ất Sửu)', registered1985)).toEqual({ value: '1985-03-15', findings: [] });
  });

  it('a misspelt stem or branch, or a pair no year has, stays unreadable', () => {
    expect(normalizeDate('năm Giáp Sửu', registered1985)).toEqual({ value: null, findings: [{ code: 'DATE_UNPARSEABLE' }] });
    expect(normalizeDate('Canh Týy', registered1985)).toEqual({ value: null, findings: [{ code: 'DATE_UNPARSEABLE' }] });
    expect(normalizeDate('ngày 15 tháng 1 năm Ất Sử', registered1985)).toEqual({ value: null, findings: [{ code: 'DATE_UNPARSEABLE' }] });
  });

  it('normalizing the result again returns it', () => {
    const once = normalizeDate('ngày 15 tháng Giêng năm Ất Sửu', registered1985).value!;
    expect(normalizeDate(once, registered1985)).toEqual({ value: once, findings: [] });
  });
});

describe("a fallen soldier's death date: 'hy sinh ngày …' reads as 'mất ngày …'", () => {
  it.each([
    ['hy sinh ngày 3-4-75', '1975-04-03'],
    ['Hy sinh 3/4/1975', '1975-04-03'],
    ['hi sinh ngày 3/4/1975', '1975-04-03'],
    ['HY SINH ngày 3 tháng 4 năm 1975', '1975-04-03'],
  ])('%j → %s', (cell, expected) => {
    expect(normalizeDate(cell, { referenceDate: '1976-01-10' }).value).toBe(expected);
  });
});
