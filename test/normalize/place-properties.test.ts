import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCodes } from '../../src/catalog/place-codes.js';
import type { Normalized } from '../../src/normalize/finding.js';
import { matchCommune, type CommuneMatch, type MatchCommuneOptions } from '../../src/normalize/place/match-commune.js';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';
import { PHU_THO_2025_UNITS, VINH_PHUC_COMMUNES, VINH_PHUC_DISTRICTS } from '../../src/reference/admin-units.js';

// The public signatures take strings; the pipeline may still hand over any cell value.
const matchAny = matchCommune as (text: unknown, options: MatchCommuneOptions) => Normalized<CommuneMatch>;
const normalizeAny = normalizePlace as (text: unknown) => Normalized<string>;

const CATALOG = new Map(placeCodes.map((entry) => [entry.code, entry]));
const KNOWN_CODES = new Set([...VINH_PHUC_COMMUNES.map((c) => c.code), ...PHU_THO_2025_UNITS.map((u) => u.code)]);
const DISTRICTS = new Map(VINH_PHUC_DISTRICTS.map((d) => [d.code, d]));

// Canonical names: every name/type every code carried, with the days it was in force.
const NAMED = VINH_PHUC_COMMUNES.flatMap((c) =>
  c.names.map((n) => ({ code: c.code, districtCode: c.districtCode, name: n.name, unitType: n.unitType, from: n.from, until: n.until })),
);
const DATES = ['2010-06-01', '2019-06-01', '2021-06-01', '2024-06-01', '2025-03-01'];
const PREFIXES = {
  xã: ['', 'Xã ', 'xã ', 'XÃ ', 'X. ', 'x.', 'UBND xã '],
  phường: ['', 'Phường ', 'phường ', 'P. ', 'P.', 'UBND phường '],
  'thị trấn': ['', 'Thị trấn ', 'thị trấn ', 'TT ', 'TT. ', 'tt.', 'T.T '],
} as const;

// Moves the tone mark of a final oa/oe/uy between the two conventions (DOMAIN.md §4.1).
const OLD_TO_NEW: Record<string, string> = {
  òa: 'oà', óa: 'oá', ỏa: 'oả', õa: 'oã', ọa: 'oạ', òe: 'oè', óe: 'oé', ỏe: 'oẻ', õe: 'oẽ', ọe: 'oẹ',
  ùy: 'uỳ', úy: 'uý', ủy: 'uỷ', ũy: 'uỹ', ụy: 'uỵ',
};
const NEW_TO_OLD = Object.fromEntries(Object.entries(OLD_TO_NEW).map(([a, b]) => [b, a]));
const FINAL_CLUSTER = new RegExp(`(${[...Object.keys(OLD_TO_NEW), ...Object.values(OLD_TO_NEW)].join('|')})(?!\\p{L})`, 'gu');
function toggleTonePlacement(text: string): string {
  return text.replace(FINAL_CLUSTER, (cluster) => OLD_TO_NEW[cluster] ?? NEW_TO_OLD[cluster] ?? cluster);
}
function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

interface VariantParts {
  named: (typeof NAMED)[number];
  prefixIndex: number;
  suffixIndex: number;
  casing: 'as-is' | 'upper' | 'lower';
  tones: 'as-is' | 'toggled' | 'stripped';
}

/** The place text; a district named with the type it had on `date` (null: today's), as a register of that date writes it. */
function placeText({ named, prefixIndex, suffixIndex, casing, tones }: VariantParts, date: string | null): string {
  const prefixes = PREFIXES[named.unitType];
  const district = DISTRICTS.get(named.districtCode);
  const districtType = district?.names.find((n) => date === null ? n.until === null : (n.from ?? '') <= date && (n.until === null || date < n.until))?.unitType;
  const districtWord = districtType ?? 'huyện';
  const shortWord = { huyện: 'H.', 'thành phố': 'TP', 'thị xã': 'TX' }[districtWord];
  const suffixes = ['', `, ${districtWord} ${district?.name}`, ` - ${district?.name} - Vĩnh Phúc`, `, ${shortWord} ${district?.name}, T. Vĩnh Phúc`, ` ${districtWord} ${district?.name}`];
  let text = `${prefixes[prefixIndex % prefixes.length]}${named.name}${suffixes[suffixIndex]}`;
  if (tones === 'toggled') text = toggleTonePlacement(text);
  if (tones === 'stripped') text = stripDiacritics(text);
  if (casing === 'upper') text = text.toUpperCase();
  if (casing === 'lower') text = text.toLowerCase();
  return text;
}

const variant = fc
  .record({
    named: fc.constantFrom(...NAMED),
    prefixIndex: fc.nat(6),
    suffixIndex: fc.nat(4),
    casing: fc.constantFrom('as-is' as const, 'upper' as const, 'lower' as const),
    tones: fc.constantFrom('as-is' as const, 'toggled' as const, 'stripped' as const),
  })
  .map((parts) => ({ ...parts, text: placeText(parts, null), hasDistrict: parts.suffixIndex > 0 }));

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'grapheme', maxLength: 3000 }),
  variant.map((v) => v.text),
  fc.constantFrom('08953', '8953', '00000', 'X.', 'TT.', 'UBND', ',', ' - ', 'T. ', 'xã', 'Vĩnh Phúc'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.anything(),
);
const anyOptions = fc.record({
  districtCode: fc.oneof(fc.constant(null), fc.constantFrom(...DISTRICTS.keys()), fc.string()),
  registrationDate: fc.oneof(fc.constant(null), fc.constantFrom(...DATES, '2025-08-01', '2020', '2025', '2025-01', '2025-07', '15/03/2016'), fc.string()),
});

function expectCatalogued(findings: Normalized<unknown>['findings']): void {
  for (const finding of findings) {
    const entry = CATALOG.get(finding.code);
    expect(entry, finding.code).toBeDefined();
    if (entry?.severity === 'note') expect(typeof finding.from === 'string' && typeof finding.to === 'string').toBe(true);
  }
}

describe('matchCommune properties', () => {
  it('never throws; codes are known GSO codes; every finding is catalogued', () => {
    fc.assert(
      fc.property(anyValue, anyOptions, (text, options) => {
        const { value, findings } = matchAny(text, options);
        if (value.communeCode !== null) expect(KNOWN_CODES.has(value.communeCode)).toBe(true);
        if (value.districtCode !== null) expect(DISTRICTS.has(value.districtCode)).toBe(true);
        expectCatalogued(findings);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent: a matched code matches itself', () => {
    fc.assert(
      fc.property(fc.oneof(variant.map((v) => v.text), anyValue), anyOptions, (text, options) => {
        const { communeCode } = matchAny(text, options).value;
        if (communeCode === null) return;
        expect(matchCommune(communeCode, options)).toEqual({ value: matchAny(text, options).value, findings: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('a name in force on the date, written any way, with its district → its code, no finding', () => {
    const inForce = variant.chain((v) => {
      const dates = DATES.filter((d) => (v.named.from ?? '') <= d && d < (v.named.until ?? '2025-07-01'));
      return fc.constantFrom(...(dates.length > 0 ? dates : [null])).map((date) => ({ ...v, date, text: placeText(v, date) }));
    });
    fc.assert(
      fc.property(inForce, ({ named, text, hasDistrict, date }) => {
        fc.pre(hasDistrict && date !== null);
        expect(matchCommune(text, { registrationDate: date })).toEqual({
          value: { communeCode: named.code, districtCode: named.districtCode },
          findings: [],
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('matching the normalized place gives the same result as matching the raw text', () => {
    fc.assert(
      fc.property(variant, anyOptions, ({ text }, options) => {
        expect(matchCommune(normalizePlace(text).value, options).value).toEqual(matchCommune(text, options).value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizePlace properties', () => {
  it('never throws; output is trimmed, single-spaced, with no space before a comma', () => {
    fc.assert(
      fc.property(anyValue, (text) => {
        const { value, findings } = normalizeAny(text);
        expect(typeof value).toBe('string');
        if (value.length <= 2000) {
          expect(value).toBe(value.trim());
          expect(value).not.toMatch(/\s\s|\s,|,,/);
        }
        expectCatalogued(findings);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent, and says nothing the second time', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, variant.map((v) => v.text)), (text) => {
        const once = normalizeAny(text).value;
        expect(normalizePlace(once)).toEqual({ value: once, findings: [] });
      }),
      { numRuns: 3000 },
    );
  });

  it('changes only what its notes report', () => {
    fc.assert(
      fc.property(variant, ({ text }) => {
        const { value, findings } = normalizePlace(text);
        const spacedInput = text.replace(/\s+/g, ' ').trim();
        if (findings.length === 0) expect(value.replace(/ - /g, '-')).toBe(spacedInput.replace(/ ?- ?/g, '-').replace(/ ,/g, ','));
        else expect(findings.at(-1)?.to).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});
