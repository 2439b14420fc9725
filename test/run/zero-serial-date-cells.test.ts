import { describe, expect, it } from 'vitest';
import { day, deathBook } from './date-cell-books.js';

// A date column filled by a formula or cleared to 0 shows '00/01/1900' (serial 0): no day, not 31/12/1899.
describe('serial 0 in a date cell', () => {
  it("serial 0 in a date cell ('00/01/1900': a formula's empty result) is no date, not 31/12/1899", async () => {
    const { clean } = await deathBook([[0, 'dd/mm/yyyy'], [day(1930, 4, 2), 'dd/mm/yyyy']]);
    expect(clean.map((record) => record.deceased.birthDate)).toEqual([null, '1930-04-02']);
    expect(clean[0]!.notes.filter((f) => f.code === 'DATE_UNKNOWN').map((f) => f.field)).toEqual(['deceased.birthDate']);
  });
});
