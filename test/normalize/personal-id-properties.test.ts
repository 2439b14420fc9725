import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codedFieldCodes } from '../../src/catalog/coded-field-codes.js';
import type { CellValue } from '../../src/ingest/source-cell.js';
import { normalizePersonalId, type PersonalIdContext } from '../../src/normalize/codes/personal-id.js';
import { ID_PROVINCE_CODES } from '../../src/reference/id-province-codes.js';

const severity = new Map(codedFieldCodes.map((entry) => [entry.code, entry.severity]));
const problems = (codes: readonly { code: string }[]): string[] =>
  codes.map((finding) => finding.code).filter((code) => severity.get(code) !== 'note');

const digitStrings = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', ' ', '.', '-', 'E', '+', ','), maxLength: 20 });
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  digitStrings,
  fc.integer({ min: 0, max: 999_999_999_999 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);
const anyContext: fc.Arbitrary<PersonalIdContext> = fc.record(
  {
    sex: fc.constantFrom<'male' | 'female' | null>('male', 'female', null),
    birthYear: fc.oneof(fc.integer({ min: 1850, max: 2450 }), fc.constant(null), fc.double()),
  },
  { requiredKeys: [] },
);

/** A structurally valid ID for a person: known province, digit 4 and digits 5–6 from sex and year. */
const person = fc.record({
  province: fc.constantFrom(...ID_PROVINCE_CODES.map((province) => province.idCode)),
  sex: fc.constantFrom<'male' | 'female'>('male', 'female'),
  birthYear: fc.integer({ min: 1900, max: 2399 }),
  // Five trailing zeros read as an ID Excel rounded (ID_DIGITS_LOST): one real ID in 100,000.
  serial: fc.integer({ min: 0, max: 999_999 }).filter((serial) => serial % 100_000 !== 0),
});
const idOf = (p: { province: string; sex: 'male' | 'female'; birthYear: number; serial: number }): string =>
  `${p.province}${(Math.floor(p.birthYear / 100) - 19) * 2 + (p.sex === 'female' ? 1 : 0)}${String(p.birthYear % 100).padStart(2, '0')}${String(p.serial).padStart(6, '0')}`;

describe('normalizePersonalId properties', () => {
  it('never throws; every value is 9 or 12 digits and every code is catalogued', () => {
    fc.assert(
      fc.property(anyCell, anyContext, (cell, context) => {
        const result = normalizePersonalId(cell, context);
        if (result.value !== null) expect(result.value).toMatch(/^\d{9}$|^\d{12}$/);
        for (const finding of result.findings) expect(severity.has(finding.code), finding.code).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent: the output reads back unchanged, with the same problems and no error without context', () => {
    fc.assert(
      fc.property(anyCell, anyContext, (cell, context) => {
        const first = normalizePersonalId(cell, context);
        if (first.value === null) return;
        const again = normalizePersonalId(first.value, context);
        expect(again.value).toBe(first.value);
        expect(problems(again.findings)).toEqual(problems(first.findings));
        const bare = normalizePersonalId(first.value, {});
        expect(bare.findings.filter((finding) => severity.get(finding.code) === 'error')).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts a valid ID that agrees with the register without any finding', () => {
    fc.assert(
      fc.property(person, (p) => {
        expect(normalizePersonalId(idOf(p), { sex: p.sex, birthYear: p.birthYear })).toEqual({ value: idOf(p), findings: [] });
      }),
    );
  });

  it('restores the zeros of any valid ID of a birth up to 2099 stored as a JS number', () => {
    fc.assert(
      fc.property(person.filter((p) => p.birthYear <= 2099), (p) => {
        const id = idOf(p);
        const result = normalizePersonalId(Number(id), { sex: p.sex, birthYear: p.birthYear });
        expect(result.value).toBe(id);
        expect(result.findings).toEqual([{ code: 'ID_LEADING_ZERO_RESTORED', from: String(Number(id)), to: id }]);
      }),
    );
  });

  it('refuses a number whose padding would encode a birth after 2099: it was typed short, not stripped of its zeros', () => {
    fc.assert(
      fc.property(person.filter((p) => p.birthYear > 2099), (p) => {
        const id = idOf(p);
        expect(normalizePersonalId(Number(id), { sex: p.sex, birthYear: p.birthYear })).toEqual({ value: null, findings: [{ code: 'ID_MALFORMED', params: { digits: expect.any(Number) } }] });
      }),
    );
  });

  it('pads a workbook\'s text cell of 10–11 digits only into an ID that fits the person, the same digits in a CSV as a number cell', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{9,10}$/), anyContext, fc.option(fc.integer({ min: 1950, max: 2030 })), (digits, context, registrationYear) => {
        const typed = normalizePersonalId(digits, context, { registrationYear });
        if (typed.value === null) {
          expect(typed.findings).toEqual([{ code: 'ID_MALFORMED', params: { digits: expect.any(Number) } }]);
        } else {
          // Restored only without a mismatch, born 1900–2099 and not after the registration.
          expect(typed.findings).toEqual([{ code: 'ID_LEADING_ZERO_RESTORED', from: digits, to: typed.value }]);
          const digit = Number(typed.value[3]);
          const encodedYear = 1900 + Math.floor(digit / 2) * 100 + Number(typed.value.slice(4, 6));
          expect(digit).toBeLessThanOrEqual(3);
          if (registrationYear !== null) expect(encodedYear).toBeLessThanOrEqual(registrationYear);
        }
        expect(normalizePersonalId(digits, context, { textMayLackZeros: true })).toEqual(normalizePersonalId(Number(digits), context));
      }),
    );
  });

  it('restores a valid ID typed as text without its zeros, like the number', () => {
    fc.assert(
      fc.property(person.filter((p) => p.birthYear < 2030), (p) => {
        const id = idOf(p);
        const context = { sex: p.sex, birthYear: p.birthYear };
        expect(normalizePersonalId(String(Number(id)), context, { registrationYear: 2030 })).toEqual(normalizePersonalId(Number(id), context));
      }),
    );
  });

  it('pads an 8-digit text as a CMND whose police code starts with 0, as a number cell', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{7}$/), anyContext, (digits, context) => {
        expect(normalizePersonalId(digits, context)).toEqual(normalizePersonalId(Number(digits), context));
        expect(normalizePersonalId(digits, context).value).toBe(`0${digits}`);
      }),
    );
  });

  it('reports, never corrects, a register that disagrees on sex or birth year', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 1, max: 99 }), (p, shift) => {
        const id = idOf(p);
        const otherSex = p.sex === 'male' ? 'female' : 'male';
        const sexResult = normalizePersonalId(id, { sex: otherSex, birthYear: p.birthYear });
        expect(sexResult.value).toBe(id);
        expect(problems(sexResult.findings)).toEqual(['ID_SEX_CENTURY_MISMATCH']);
        const yearResult = normalizePersonalId(id, { sex: p.sex, birthYear: p.birthYear + shift });
        expect(yearResult.value).toBe(id);
        expect(problems(yearResult.findings)).toContain('ID_BIRTH_YEAR_MISMATCH');
      }),
    );
  });
});
