import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { childName, deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '249')), deathDedupSpec);

/** Two men of one commune, born the same year, who died the same day at home. */
function entry(number: string, fullName: string): DeathRecord {
  return {
    ...deathThinh,
    id: `death-kt-2016-${number}`,
    registration: { ...deathThinh.registration, communeCode: '08953', book: null, number, date: `2016-03-${9 + Number(number) % 3}`, place: 'UBND xã Tam Hợp' },
    provenance: { file: 'kt-2016.xlsx', sheet: 'KT 2016', row: 2 + Number(number) },
    deceased: { ...deathThinh.deceased, ...childName(fullName), sex: 'male', birthDate: '1930', personalId: null, residence: null },
    deathDate: '2016-03-05',
  };
}

describe('death deduplication: family names a letter apart', () => {
  it('keeps Hồ Văn Tú and Lò Văn Tú apart: two real family names are two families', () => {
    const result = run([entry('5', 'Hồ Văn Tú'), entry('12', 'Lò Văn Tú')]);
    expect(result.candidatePairs.total).toBe(1);
    expect(result.clusters).toEqual([]);
  });

  it('still merges Nguyễn Văn Tú with a slip in the family name (Nguyn is no family name)', () => {
    const result = run([entry('5', 'Nguyễn Văn Tú'), entry('12', 'Nguyn Văn Tú')]);
    expect(result.clusters).toHaveLength(1);
  });
});
