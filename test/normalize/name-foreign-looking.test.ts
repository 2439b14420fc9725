/**
 * A name that reads as no Vietnamese name (foreign-looking.ts), for a person recorded as Vietnamese:
 * 'Maria Schmidt', 'John Smith' are; no name of a Vietnamese citizen of any group is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kinhOrNoEthnicGroup, readsAsForeignName } from '../../src/normalize/name/foreign-looking.js';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';
import { FOREIGN_NAMES, VIETNAMESE_NAMES } from './vietnamese-names.js';

const AS_WRITTEN = { toneStyle: 'as-written' } as const;
/** The full name as the normalizer gives it, which is what FieldReader tests. */
const fullName = (cell: string): string => normalizeName(cell, AS_WRITTEN).value?.fullName ?? '';

describe('a name that reads as no Vietnamese name', () => {
  it('is no name of a Vietnamese citizen, of any group, typed with or without marks, in Telex or with a slip', () => {
    expect(VIETNAMESE_NAMES.length).toBeGreaterThanOrEqual(200);
    expect(VIETNAMESE_NAMES.filter((cell) => readsAsForeignName(fullName(cell)))).toEqual([]);
  });

  it.each(FOREIGN_NAMES)('is %s', (cell) => {
    expect(readsAsForeignName(fullName(cell))).toBe(true);
  });

  it('needs two words, none a Vietnamese syllable', () => {
    expect(readsAsForeignName('Schmidt')).toBe(false);
    expect(readsAsForeignName('Nguyễn Anna')).toBe(false);
    expect(readsAsForeignName('Anna Nguyễn')).toBe(false);
    expect(readsAsForeignName('Anna Nguyen')).toBe(false);
    // A syllable between hyphens ('min' of Min-jun), or a word that is a syllable without its marks ('Tom', 'Chen'): accepted misses.
    expect(readsAsForeignName('Park Min-jun')).toBe(false);
    expect(readsAsForeignName('Tom Cruise')).toBe(false);
    expect(readsAsForeignName('Chen Jian')).toBe(false);
  });

  it('is no name typed in Telex with the keyboard off, though no word of it is a syllable as typed', () => {
    expect(readsAsForeignName('Nguyeenx Vawn Hungf')).toBe(false);
    expect(readsAsForeignName('Nguyeenx Hungf')).toBe(false);
    // A final s or x is no Telex proof alone ('Max' is no Mã): foreign.
    expect(readsAsForeignName('Max Lee')).toBe(true);
  });

  it('never throws, and is false for every name of Vietnamese syllables', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof readsAsForeignName(text) === 'boolean'));
    // Every name holds a Vietnamese syllable; a Tày word ('Slam') is none alone ('Slam Slam' is foreign-looking by design).
    const syllable = fc.constantFrom('Nguyễn', 'Thị', 'Văn', 'Páo', 'Coóng', 'Hung', 'Thuỷ', 'Ánh', 'A');
    const anyWord = fc.constantFrom('Nguyễn', 'Thị', 'Văn', 'Slam', 'Páo', 'Coóng', 'Hung', 'Thuỷ', 'Ánh', 'A');
    const name = fc.tuple(syllable, fc.array(anyWord, { maxLength: 4 }), fc.nat()).map(([own, others, at]) => {
      const words = [...others];
      words.splice(at % (others.length + 1), 0, own);
      return words;
    });
    fc.assert(fc.property(name, (words) => !readsAsForeignName(words.join(' '))));
  });
});

describe('an ethnicity of no minority group', () => {
  it('is Kinh, foreigner, unknown or none, in either code list', () => {
    for (const list of ['1979', '2008'] as const) {
      for (const code of [null, '01', '55']) expect(kinhOrNoEthnicGroup(code, list)).toBe(true);
      // Tày, Thái, Nùng, Mông, Dao: the same codes in both lists.
      for (const code of ['02', '03', '07', '08', '09']) expect(kinhOrNoEthnicGroup(code, list)).toBe(false);
    }
    expect(kinhOrNoEthnicGroup('56', '1979')).toBe(true);
    expect(kinhOrNoEthnicGroup('99', '2008')).toBe(true);
    // Sán Dìu: 18 in 1979's list, 17 in 2008's.
    expect(kinhOrNoEthnicGroup('17', '2008')).toBe(false);
    expect(kinhOrNoEthnicGroup('18', '1979')).toBe(false);
  });
});
