import { describe, expect, it } from 'vitest';
import { day, deathBook, type Death } from './date-cell-books.js';

const dateFindings = (record: Death): string[] =>
  [...record.warnings, ...record.notes, ...(record.errors ?? [])].filter((f) => f.code.startsWith('DATE_') || f.code === 'DEATH_BEFORE_BIRTH').map((f) => `${f.code} ${f.from ?? ''}→${f.to ?? ''}`);

describe('Date cells of a two-digit-year format', () => {
  it("a deceased's birth Excel put in the 2000s after the death is the century before, as typed", async () => {
    const { clean, rejected } = await deathBook([
      [day(2025, 3, 5), 'd/m/yy'],
      [day(2021, 11, 15), 'dd-mmm-yy'],
      [day(1931, 6, 6), 'd/m/yy'],
      [day(2019, 1, 2), 'dd/mm/yyyy'],
    ]);
    expect(clean.map((record) => record.deceased.birthDate)).toEqual(['1925-03-05', '1921-11-15', '1931-06-06']);
    expect(clean.map(dateFindings)).toEqual([['DATE_TWO_DIGIT_YEAR 5/3/25→1925-03-05'], ['DATE_TWO_DIGIT_YEAR 15/11/21→1921-11-15'], []]);
    // A format showing the four figures showed 2019 to the clerk: reported, not re-read.
    expect(rejected.map((record) => record.provenance.row)).toEqual([5]);
    expect(rejected.flatMap((record) => (record.errors ?? []).map((f) => f.code))).toContain('DEATH_BEFORE_BIRTH');
  });

  it("a deceased's birth before the death is settled by the row as a typed '1/1/02' is ('Già yếu': the century before)", async () => {
    const { clean } = await deathBook([[day(2002, 1, 1), 'd/m/yy'], [day(2002, 1, 1), 'dd/mm/yyyy']]);
    expect(clean.map((record) => record.deceased.birthDate)).toEqual(['1902-01-01', '2002-01-01']);
    expect(clean.map(dateFindings)).toEqual([['DATE_TWO_DIGIT_YEAR 1/1/02→1902-01-01'], []]);
  });
});
