import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchCommune, readPlaceMentions, type PlaceMentions } from '../../src/normalize/place/match-commune.js';
import { registrationPeriodKey } from '../../src/normalize/place/registration-period.js';

// The commune memo keys answers by registrationPeriodKey: two dates with one key must match alike.
const PLACES = ['UBND xã Tân Cương', 'xã Tân Phú', 'Phường Định Trung', 'xã Định Trung', 'TT Thổ Tang', 'xã Vĩnh Sơn', 'UBND xã Tam Hợp', 'Nhạo Sơn', 'thị trấn Bá Hiến', 'Xuân Hòa', 'Trưng Trắc', 'Hai Bà Trưng'];
const date = fc.oneof(
  fc.date({ min: new Date('2014-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10)),
  fc.integer({ min: 2014, max: 2026 }).map(String),
  fc.tuple(fc.integer({ min: 2014, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
  fc.constant(null),
);

describe('registrationPeriodKey', () => {
  it('separates the list changes', () => {
    expect(registrationPeriodKey('2020-01-31')).not.toBe(registrationPeriodKey('2020-02-01'));
    expect(registrationPeriodKey('2024-12-31')).not.toBe(registrationPeriodKey('2025-01-01'));
    expect(registrationPeriodKey('2016-03-05')).toBe(registrationPeriodKey('2017-11-20'));
    // 'Thị trấn Phúc Yên' is its own town's name in a 2004 book, four wards' former one in a 2006 book (me-linh-towns.ts).
    expect(registrationPeriodKey('2004-06-01')).not.toBe(registrationPeriodKey('2006-06-01'));
  });

  it("gives one key only to dates that match Mê Linh's towns alike (1996–2010 books of Phúc Yên)", () => {
    const old = fc.date({ min: new Date('1996-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10));
    fc.assert(
      fc.property(old, old, fc.constantFrom('Thị trấn Phúc Yên', 'UBND thị trấn Xuân Hòa'), (a, b, place) => {
        fc.pre(registrationPeriodKey(a) === registrationPeriodKey(b));
        expect(matchCommune(place, { districtCode: '244', registrationDate: a })).toEqual(matchCommune(place, { districtCode: '244', registrationDate: b }));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives one key only to dates that match every place alike', () => {
    fc.assert(
      fc.property(date, date, fc.constantFrom(...PLACES), fc.constantFrom('249', '252', '253', '244', null), (a, b, place, districtCode) => {
        fc.pre(registrationPeriodKey(a) === registrationPeriodKey(b));
        expect(matchCommune(place, { districtCode, registrationDate: a })).toEqual(matchCommune(place, { districtCode, registrationDate: b }));
      }),
      { numRuns: 3000 },
    );
  });

  it('keys a whole ISO day as registrationPeriod reads it (the fast path), an impossible one as no date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (day) => {
        const iso = day.toISOString().slice(0, 10);
        const [year, month, dayOfMonth] = iso.split('-');
        expect(registrationPeriodKey(iso)).toBe(registrationPeriodKey(`${dayOfMonth}/${month}/${year}`));
      }),
    );
    for (const impossible of ['2016-13-01', '2016-00-10', '2016-02-00', '2016-02-32']) expect(registrationPeriodKey(impossible)).toBe(registrationPeriodKey(null));
  });
});

describe('matchCommune mentionsOf', () => {
  it('matches alike with the place words read once and shared', () => {
    const kept = new Map<string, PlaceMentions>();
    const mentionsOf = (input: string): PlaceMentions => kept.get(input) ?? kept.set(input, readPlaceMentions(input)).get(input)!;
    fc.assert(
      fc.property(date, fc.constantFrom(...PLACES), fc.constantFrom('249', '252', '253', '244', null), (registrationDate, place, districtCode) => {
        expect(matchCommune(place, { districtCode, registrationDate, mentionsOf })).toEqual(matchCommune(place, { districtCode, registrationDate }));
      }),
      { numRuns: 1000 },
    );
  });
});
