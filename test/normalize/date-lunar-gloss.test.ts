/**
 * A solar date with its lunar equivalent in brackets, and an hour written before the date — the
 * wordings of 1970s–80s death and birth books ('15/3/1985 (24/1 ÂL)' was read as the
 * lunar date, converted to 04/05/1985, and the death rejected as registered before it happened).
 * The bracket is a gloss when it holds a date and a lunar word and a full date outside it says
 * nothing lunar; a lunar word outside the brackets keeps the date lunar.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/normalize/date/normalize-date.js';
import { dateVi } from '../../src/normalize/date/date-vi.js';

/** Death book of xã Đại Đồng, entries registered in March 1985. */
const registered1985 = { referenceDate: '1985-03-20' };
const registered1975 = { referenceDate: '1975-08-20' };

describe('a lunar gloss in brackets after (or before) a solar date', () => {
  it.each([
    ['15/3/1985 (24/1 ÂL)'],
    ['15/3/1985 (ÂL 24/1)'],
    ['ngày 15/3/1985 (âm lịch: 24 tháng Giêng)'],
    ['ngày 15/3/1985 (âm lịch: 24 tháng Giêng năm Ất Sửu)'],
    ['15/3/1985 (24/1 năm Ất Sửu ÂL)'],
    ['15/3/1985 (tức 24/1 âm lịch)'], // read right before the fix too: the 'tức' gloss
    ['15/3/1985 [24/1 ÂL]'],
    ['15/3/1985 (24/1 ÂL'], // the closing bracket forgotten
    ['(24/1 ÂL) 15/3/1985'],
    ['15/3/1985 DL (24/1 ÂL)'],
    ['ngày 15 tháng 3 năm 1985 (ngày 24 tháng Giêng âm lịch)'],
    ['15 tháng 3, 1985 (24/1 ÂL)'],
    ['ngày mười lăm tháng ba năm 1985 (24 tháng Giêng ÂL)'],
  ])('%j → 1985-03-15, the solar date, no finding', (cell) => {
    expect(normalizeDate(cell, registered1985)).toEqual({ value: '1985-03-15', findings: [] });
  });

  it('the lunar gloss of a Chạp day beside its solar date in the next year', () => {
    expect(normalizeDate('ngày 3-2-1985 (14/12 âm lịch)', registered1985)).toEqual({ value: '1985-02-03', findings: [] });
  });

  // Death book of xã Đồng Quế, February 2010: Tết Canh Dần fell on 14/02/2010. Before, the bracket's
  // 'Tết' made the solar date lunar (13/02/2010 → 28/03/2010, the death then after its registration).
  it.each([
    ['13/02/2010 (30 Tết)', '2010-02-13'],
    ['16/02/2010 (mùng 3 Tết)', '2010-02-16'],
    ['ngày 24/8/2010 (rằm tháng 7)', '2010-08-24'],
  ])('%j → %s, the solar date: Tết and rằm in the bracket gloss it', (cell, expected) => {
    expect(normalizeDate(cell, { referenceDate: '2010-09-05' })).toEqual({ value: expected, findings: [] });
  });

  // Birth book of xã Tam Hợp, 2014: Tết Giáp Ngọ fell on 31/01/2014, its rằm on 14/02/2014. Before, a bracket
  // with no figure was no gloss, so the date was read as lunar (14/3/2014) and the birth as after its registration.
  it.each([
    ['14/02/2014 (rằm tháng Giêng)', '2014-02-14'],
    ['14/02/2014 (ngày rằm tháng Giêng năm Giáp Ngọ)', '2014-02-14'],
    ['ngày 10 tháng 8 năm 2014 (rằm tháng bảy)', '2014-08-10'],
  ])('%j → %s, the solar date: a lunar day and month in words gloss it', (cell, expected) => {
    expect(normalizeDate(cell, { referenceDate: '2014-09-05' })).toEqual({ value: expected, findings: [] });
  });

  it.each([
    ['15/01/2014 (rằm tháng Giêng)', '2014-02-14'], // its own day and month: a lunar date restated
    ['15/3/2014 (tháng Giêng ÂL)', '2014-04-14'], // no lunar day named: the bracket says the date is lunar
    ['15/3/2014 (rằm)', '2014-04-14'],
  ])('%j stays lunar → %s', (cell, expected) => {
    expect(normalizeDate(cell, { referenceDate: '2014-09-05' })).toEqual({
      value: expected,
      findings: [{ code: 'DATE_LUNAR_CONVERTED', from: cell, to: expected, params: { result: dateVi(expected) } }],
    });
  });

  it('mồng 3 Tết with its year outside any bracket stays a lunar date', () => {
    const cell = 'mồng 3 Tết năm 2010';
    expect(normalizeDate(cell, { referenceDate: '2010-09-05' })).toEqual({
      value: '2010-02-16',
      findings: [{ code: 'DATE_LUNAR_CONVERTED', from: cell, to: '2010-02-16', params: { result: '16/02/2010' } }],
    });
  });

  it('a two-digit year outside keeps its own note, the gloss none', () => {
    const cell = '15-3-85 (24-1 ÂL)';
    expect(normalizeDate(cell, registered1985)).toEqual({
      value: '1985-03-15',
      findings: [{ code: 'DATE_TWO_DIGIT_YEAR', from: cell, to: '1985-03-15', params: { result: '15/03/1985' } }],
    });
  });

  it.each([
    // the lunar word outside the brackets: the date itself is lunar (Tết Ất Sửu = 21/01/1985)
    ['24/1/1985 ÂL', '1985-02-13'],
    ['24/1/1985 (âm lịch)', '1985-02-13'],
    ['(ÂL) 24/1/1985', '1985-02-13'],
    ['24 tháng Giêng năm Ất Sửu (âm lịch)', '1985-02-13'],
    ['24/1/1985 ÂL (15/3/1985)', '1985-02-13'],
    // a bracket with only the lunar word qualifies the date, it glosses nothing
    ['15/3/1985 (ÂL)', '1985-05-04'],
    // a bracket naming the date's own day and month restates the lunar date: a solar day's lunar one is weeks off
    ['24/1/1985 (24/1 ÂL)', '1985-02-13'],
    ['15/07/1940 (rằm tháng 7)', '1940-08-18'], // rằm tháng 7 Canh Thìn
    ['01/01/1940 (mùng 1 Tết)', '1940-02-08'], // Tết Canh Thìn
  ])('%j stays lunar → %s', (cell, expected) => {
    expect(normalizeDate(cell, registered1985)).toEqual({
      value: expected,
      findings: [{ code: 'DATE_LUNAR_CONVERTED', from: cell, to: expected, params: { result: dateVi(expected) } }],
    });
  });
});

describe('an hour written before the date', () => {
  it.each([
    ['giờ Dần ngày 15-8-1975'],
    ['Giờ Dần, ngày 15/8/1975'],
    ['vào giờ Tý ngày 15 tháng 8 năm 1975'],
    ['lúc giờ Ngọ ngày 15/8/1975'],
    ['15/8/1975 giờ Dần'],
    ['15/8/1975 (giờ Dần)'],
    ['10 giờ 30 ngày 15/8/1975'],
    ['8h ngày 15/8/1975'],
    ['8 giờ sáng ngày 15/8/1975'],
  ])('%j → 1975-08-15, the hour dropped with a note', (cell) => {
    expect(normalizeDate(cell, registered1975)).toEqual({
      value: '1975-08-15',
      findings: [{ code: 'DATE_TIME_DROPPED', from: cell, to: '1975-08-15', params: { result: '15/08/1975' } }],
    });
  });

  it('an hour of the day and a lunar gloss together', () => {
    const cell = 'giờ Dần ngày 15/3/1985 (24/1 ÂL)';
    expect(normalizeDate(cell, registered1985)).toEqual({
      value: '1985-03-15',
      findings: [{ code: 'DATE_TIME_DROPPED', from: cell, to: '1985-03-15', params: { result: '15/03/1985' } }],
    });
  });

  it('normalizing the result again returns it', () => {
    for (const cell of ['giờ Dần ngày 15-8-1975', '15/3/1985 (24/1 ÂL)']) {
      const once = normalizeDate(cell, registered1985).value;
      expect(normalizeDate(once ?? '', registered1985)).toEqual({ value: once, findings: [] });
    }
  });
});
