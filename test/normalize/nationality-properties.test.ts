import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/ingest/source-cell.js';
import { normalizeNationality } from '../../src/normalize/codes/nationality.js';
import { accentKey, accentWords, foldKey, yAsI } from '../../src/normalize/codes/match-key.js';
import { COUNTRIES, FORMER_STATES } from '../../src/reference/countries.js';

const alpha2 = new Set(COUNTRIES.map((country) => country.alpha2));
const names = COUNTRIES.flatMap((country) => [country.nameVi, country.nameEn, country.alpha2, country.alpha3, ...country.aliases]);
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...names),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom(', ', ' - ', ' và ', '/'), fc.constantFrom(...names)).map((parts) => parts.join('')),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);

describe('normalizeNationality properties', () => {
  it('never throws; a value is an alpha-2 code of the table, without finding', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = normalizeNationality(cell);
        if (result.value !== null) {
          expect(alpha2.has(result.value)).toBe(true);
          expect(result.findings).toEqual([]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const { value } = normalizeNationality(cell);
        if (value !== null) expect(normalizeNationality(value)).toEqual({ value, findings: [] });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('countries table', () => {
  it('has unique codes and no name shared by two entries, with or without diacritics', () => {
    const owners = new Map<string, string>();
    const claim = (key: string, owner: string): void => {
      if (key === '') return;
      const previous = owners.get(key);
      expect(previous === undefined || previous === owner, `${key}: ${previous} / ${owner}`).toBe(true);
      owners.set(key, owner);
    };
    for (const country of COUNTRIES) {
      for (const name of [country.nameVi, country.nameEn, ...country.aliases]) {
        claim(`accent:${accentKey(name)}`, country.alpha2);
        claim(`fold:${foldKey(name)}`, country.alpha2);
        claim(`i-spelling:${accentWords(name).map((word) => yAsI(foldKey(word))).join('')}`, country.alpha2);
      }
      claim(`code:${country.alpha2}`, country.alpha2);
      claim(`code:${country.alpha3}`, country.alpha2);
    }
    for (const state of FORMER_STATES) {
      for (const name of [state.nameVi, ...state.aliases]) claim(`fold:${foldKey(name)}`, state.iso3166_3);
    }
  });

  it('maps every name, alpha-2 and alpha-3 of the table to its alpha-2', () => {
    for (const country of COUNTRIES) {
      for (const name of [country.nameVi, country.nameEn, country.alpha2, country.alpha3, ...country.aliases]) {
        expect(normalizeNationality(name), name).toEqual({ value: country.alpha2, findings: [] });
      }
    }
  });
});
