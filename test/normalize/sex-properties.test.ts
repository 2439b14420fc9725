import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/ingest/source-cell.js';
import { normalizeSex, sexFromSplitColumns } from '../../src/normalize/codes/sex.js';

const sexWords = ['Nam', 'Nữ', 'nu', 'trai', 'gái', 'con', 'x', 'X', '✓', '1', '2', '0', ' ', '-', '/', 'M', 'F', 'giới tính', 'ü'];
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom(...sexWords), { maxLength: 4 }).map((words) => words.join(' ')),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);

describe('normalizeSex properties', () => {
  it('never throws and returns male, female or null', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = normalizeSex(cell);
        expect([null, 'male', 'female']).toContain(result.value);
        // A value is never reported and a report never carries a value.
        expect(result.value === null || result.findings.length === 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: its output reads back unchanged without finding', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const { value } = normalizeSex(cell);
        if (value !== null) expect(normalizeSex(value)).toEqual({ value, findings: [] });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sexFromSplitColumns properties', () => {
  it('never throws; a sex comes without finding (but the note of a word in the other column) and agrees with normalizeSex', () => {
    fc.assert(
      fc.property(anyCell, anyCell, (male, female) => {
        const result = sexFromSplitColumns(male, female);
        expect([null, 'male', 'female']).toContain(result.value);
        if (result.value !== null) {
          expect(result.findings.filter((finding) => finding.code !== 'SEX_WORD_IN_OTHER_COLUMN')).toEqual([]);
          expect(normalizeSex(result.value).value).toBe(result.value);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is symmetric: swapping the columns swaps the sex', () => {
    const marks = fc.constantFrom<CellValue>('x', 'X', '✓', 'v', '1', '', null, '-', '0');
    fc.assert(
      fc.property(marks, marks, (first, second) => {
        const swapped = { male: 'female', female: 'male' } as const;
        const direct = sexFromSplitColumns(first, second).value;
        const reversed = sexFromSplitColumns(second, first).value;
        expect(reversed).toBe(direct === null ? null : swapped[direct]);
      }),
    );
  });
});
