import { describe, expect, it } from 'vitest';
import { childIdProvince } from '../../src/validate/child-id-province.js';

const birth = (personalId: string | null, date: string | null, provinceCode = '26') => ({
  registration: { provinceCode, date },
  child: { personalId },
});

describe('childIdProvince: a child in this province\'s birth book carries its ID code', () => {
  it('warns when the ID names another province, with both names', () => {
    expect(childIdProvince(birth('001217000123', '2017-08-02'))).toEqual([
      {
        code: 'ID_PROVINCE_NOT_REGISTRATION',
        field: 'child.personalId',
        value: '001217000123',
        params: { written: '001', writtenName: 'Hà Nội', expected: '026', expectedName: 'Vĩnh Phúc' },
      },
    ]);
  });

  it.each([
    ['026217000123', '2017-08-02'], // this province
    ['001217000123', '2025-07-15'], // after the merge: the code of new births is not documented
    ['001217000123', '2025'], // a year that reaches past the merge
    ['001217000123', null], // no registration date
    ['099217000123', '2017-08-02'], // no province's code: ID_PROVINCE_UNKNOWN's business
    ['135123456', '2017-08-02'], // a CMND has no province code
    [null, '2017-08-02'],
  ])('no warning for %j registered %j', (id, date) => {
    expect(childIdProvince(birth(id, date))).toEqual([]);
  });
});
