import { describe, expect, it } from 'vitest';
import { normalizeDate, type DateOptions } from '../../src/normalize/date/normalize-date.js';
import type { Normalized } from '../../src/normalize/finding.js';

/**
 * The shapes read-text.ts reads without folding or tokenizing (readCommonShape) give what the
 * general reader gives; these are the edges where a short cut could tell otherwise.
 */
const cases: [string, DateOptions, Normalized<string | null>][] = [
  // After the day's label the order is not only the fields' positions: no month-first reading.
  ['Ngày 03/25/1990', {}, { value: null, findings: [{ code: 'DATE_IMPOSSIBLE' }] }],
  ['03/25/1990', {}, { value: '1990-03-25', findings: [{ code: 'DATE_MONTH_FIRST', params: { result: '25/03/1990' } }] }],
  ['Ngày 05/03/1990', { monthFirst: true }, { value: '1990-03-05', findings: [] }],
  ['05/03/1990', { monthFirst: true }, { value: '1990-05-03', findings: [{ code: 'DATE_MONTH_FIRST_COLUMN', params: { result: '03/05/1990' } }] }],
  ['5 - 3 - 1990', {}, { value: '1990-03-05', findings: [] }],
  [
    '05 / 03 / 90',
    { referenceDate: '2000-01-01' },
    { value: '1990-03-05', findings: [{ code: 'DATE_TWO_DIGIT_YEAR', from: '05 / 03 / 90', to: '1990-03-05', params: { result: '05/03/1990' } }] },
  ],
  // '00' is 2000 beside a known day or month, '0000' never a year.
  [
    'ngày 5 tháng 3 năm 00',
    { referenceDate: '2003-01-01' },
    { value: '2000-03-05', findings: [{ code: 'DATE_TWO_DIGIT_YEAR', from: 'ngày 5 tháng 3 năm 00', to: '2000-03-05', params: { result: '05/03/2000' } }] },
  ],
  ['00/03/00', { referenceDate: '2003-01-01' }, { value: '2000-03', findings: [{ code: 'DATE_TWO_DIGIT_YEAR', from: '00/03/00', to: '2000-03', params: { result: '03/2000' } }] }],
  ['00/00/00', {}, { value: null, findings: [{ code: 'DATE_UNKNOWN', from: '00/00/00', to: '' }] }],
  ['Ngày 00/00/0000', {}, { value: null, findings: [{ code: 'DATE_UNKNOWN', from: 'Ngày 00/00/0000', to: '' }] }],
  ['ngày 31 tháng 2 năm 1990', {}, { value: null, findings: [{ code: 'DATE_IMPOSSIBLE' }] }],
  ['03/1990', {}, { value: '1990-03', findings: [] }],
  ['13/1990', {}, { value: null, findings: [{ code: 'DATE_IMPOSSIBLE' }] }],
  ['00/1990', {}, { value: '1990', findings: [] }],
];

describe('common date shapes read as the general reader reads them', () => {
  it.each(cases)('%s %j', (cell, options, expected) => {
    expect(normalizeDate(cell, options)).toEqual(expected);
  });
});
