import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchCommune } from '../../src/normalize/place/match-commune.js';
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
});
