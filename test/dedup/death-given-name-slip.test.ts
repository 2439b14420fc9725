import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { childName, deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '249')), deathDedupSpec);

/** An entry of the tester's book (KT 2011, Thiện Kế): register number, name, birth date, sex, death date. */
function entry(number: string, fullName: string, birthDate: string | null, sex: 'male' | 'female', deathDate: string): DeathRecord {
  return {
    ...deathThinh,
    id: `death-kt-2011-${number}`,
    registration: { ...deathThinh.registration, communeCode: '08944', book: null, number, date: '2011-03-05', place: 'UBND xã Thiện Kế' },
    provenance: { file: 'in22.xlsx', sheet: 'KT 2011', row: 2 + Number(number) },
    deceased: { ...deathThinh.deceased, ...childName(fullName), sex, birthDate, personalId: null, residence: null },
    deathDate,
  };
}

const found = (result: ReturnType<typeof run>, rule: string) => result.candidatePairs.byRule.find((count) => count.rule === rule)?.pairs;

describe('death deduplication: a slip in the given name of an entry typed again under another number', () => {
  it('compares Lê Thị Tý and Lê Thị Tú (same birth and death dates; y and u are neighbour keys) and merges them', () => {
    const result = run([entry('1', 'Lê Thị Tý', '1935-04-12', 'female', '2011-03-02'), entry('7', 'Lê Thị Tú', '1935-04-12', 'female', '2011-03-02')]);
    expect(result.candidatePairs.total).toBe(1);
    expect(found(result, 'family+sex+death-date')).toBe(1);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe('death-kt-2011-1');
    expect(result.clusters[0]?.members[0]).toMatchObject({ id: 'death-kt-2011-7', foundBy: 'family+sex+death-date' });
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'deceased.givenName', level: 'typo1' }));
  });

  it('merges Lê Thị Tý and Lê Thị Tí, one name spelt with y and i, as the same name (found by name and death month)', () => {
    const result = run([entry('1', 'Lê Thị Tý', '1935-04-12', 'female', '2011-03-02'), entry('7', 'Lê Thị Tí', '1935-04-12', 'female', '2011-03-02')]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members[0]).toMatchObject({ id: 'death-kt-2011-7', foundBy: 'name+death-month' });
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'deceased.givenName', level: 'exact' }));
  });

  it('compares Trần Văn Tuất and Trần Văn Tuấn (birth year only) and sends them to review', () => {
    const result = run([entry('2', 'Trần Văn Tuất', '1934', 'male', '2011-03-03'), entry('8', 'Trần Văn Tuấn', '1934', 'male', '2011-03-03')]);
    expect(found(result, 'family+sex+death-date')).toBe(1);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]).toMatchObject({ reason: 'score', foundBy: 'family+sex+death-date' });
  });

  it('compares a slip without any birth date', () => {
    const result = run([entry('1', 'Lê Thị Tý', null, 'female', '2011-03-02'), entry('7', 'Lê Thị Tú', null, 'female', '2011-03-02')]);
    expect(found(result, 'family+sex+death-date')).toBe(1);
    expect(result.clusters.length + result.review.length).toBe(1);
  });

  it('keeps two people of one family name who died the same day apart, not in review', () => {
    const result = run([entry('1', 'Lê Thị Tý', '1935-04-12', 'female', '2011-03-02'), entry('5', 'Lê Thị Hoa', '1935', 'female', '2011-03-02')]);
    expect(found(result, 'family+sex+death-date')).toBe(1);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'other-given-name', pairs: 1 });
  });

  it('sends given names two edits apart to review only when they are the same register entry', () => {
    const first = entry('3', 'Trần Văn Tuất', '1934-02-01', 'male', '2011-03-03');
    const sameEntry = { ...entry('3', 'Trần Văn Tuyết', '1934-02-01', 'male', '2011-03-03'), id: 'death-kt-2011-3-copy' };
    const result = run([first, sameEntry]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toContainEqual(expect.objectContaining({ code: 'other-given-name' }));
  });

  it('still keeps a namesake born decades later apart, and never compares a man with a woman', () => {
    const namesake = run([entry('1', 'Lê Thị Tý', '1935-04-12', 'female', '2011-03-02'), entry('7', 'Lê Thị Tú', '1962-04-12', 'female', '2011-03-02')]);
    expect(namesake.clusters).toEqual([]);
    expect(namesake.review).toEqual([]);
    expect(found(namesake, 'family+sex+death-date')).toBe(1);
    const otherSex = run([entry('2', 'Trần Văn Tuất', '1934', 'male', '2011-03-03'), entry('8', 'Trần Thị Tuấn', '1934', 'female', '2011-03-03')]);
    expect(otherSex.clusters).toEqual([]);
    expect(otherSex.review).toEqual([]);
  });
});
