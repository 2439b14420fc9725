import { describe, expect, it } from 'vitest';
import { RegisterNumbers } from '../../src/validate/register-numbers.js';

const entry = (communeCode: string | null, date: string | null, number: string | null): Record<string, unknown> => ({
  registration: { communeCode, date, number },
});
const at = (row: number, file = 'a.xlsx', sheet = 'Quyển 01') => ({ file, sheet, row });

describe('register numbers used twice', () => {
  it('flags the second row with the same commune, year and number, naming the first', () => {
    const numbers = new RegisterNumbers();
    expect(numbers.check(entry('08953', '2015-01-12', '7'), at(14))).toBeNull();
    expect(numbers.check(entry('08953', '2015-04-02', '7'), at(20))).toMatchObject({ code: 'REGISTER_NUMBER_REPEATED', field: 'registration.number', value: '7', params: { year: '2015', earlier: 'dòng 14' } });
    expect(numbers.check(entry('08953', '2015', '7'), at(3, 'b.csv', ''))).toMatchObject({ params: { earlier: 'a.xlsx [Quyển 01], dòng 14' } });
  });

  it('numbers restart every year, per commune; rows without a commune, year or number are not checked', () => {
    const numbers = new RegisterNumbers();
    expect(numbers.check(entry('08953', '2015-01-12', '7'), at(1))).toBeNull();
    expect(numbers.check(entry('08953', '2016-01-12', '7'), at(2))).toBeNull();
    expect(numbers.check(entry('08956', '2015-01-12', '7'), at(3))).toBeNull();
    expect(numbers.check(entry(null, '2015-01-12', '7'), at(4))).toBeNull();
    expect(numbers.check(entry(null, '2015-01-12', '7'), at(5))).toBeNull();
    expect(numbers.check(entry('08953', '2015-01-12', null), at(6))).toBeNull();
  });
});
