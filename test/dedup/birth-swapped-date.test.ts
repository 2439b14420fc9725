/**
 * A re-registration whose birth date has day and month swapped (05/11/2010 typed
 * 11/05/2010, DOMAIN.md §5) keeps neither its month nor its full date, so the
 * name and date blocks miss it; the mother's block on the date read either way
 * brings it to the comparison, which knows the swap.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate, measureCandidatePairs } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { swappableDateOf } from '../../src/dedup/specs/record-values.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const dedupRecords = (records: BirthRecord[]) => records.map((record) => birthDedupSpec.toDedupRecord(record, '252'));

/** Vĩnh Tường 2010 No 9: Dương Thị Huế, born 05/11/2010. */
const original: BirthRecord = {
  ...birthAn,
  id: 'birth-vinh-tuong-2010-9',
  registration: { ...birthAn.registration, districtCode: '252', communeCode: '09076', book: '01/2010', number: '9', date: '2010-12-01', place: 'UBND thị trấn Vĩnh Tường' },
  provenance: { file: 'vinh-tuong/KS_vinh-tuong.xlsx', sheet: '2010', row: 13 },
  child: { ...birthAn.child, ...childName('Dương Thị Huế'), sex: 'female', birthDate: '2010-11-05', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Khổng Thị Lan', birthYear: '1986' },
  father: { ...birthAn.mother, fullName: 'Dương Văn Hải', birthYear: '1984' },
};
/** Re-registered in 2019 after the book was lost, the date typed 11/05/2010 read as 11 May. */
const reRegistration: BirthRecord = {
  ...original,
  id: 'birth-vinh-tuong-2019-4',
  registration: { ...original.registration, book: '01/2019', number: '4', date: '2019-04-22' },
  provenance: { file: 'vinh-tuong/KS_vinh-tuong.xlsx', sheet: '2019', row: 8 },
  child: { ...original.child, birthDate: '2010-05-11' },
  remarks: 'Đăng ký lại do mất sổ',
};

describe('a re-registration with day and month swapped', () => {
  it('is compared with the original and merged into it', () => {
    const result = deduplicate(dedupRecords([reRegistration, original]), birthDedupSpec);
    expect(result.candidatePairs.byRule.find((rule) => rule.rule === 'mother+swappable-date')?.pairs).toBe(1);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(original.id);
    expect(result.clusters[0]?.members[0]?.foundBy).toBe('mother+swappable-date');
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'child.birthDate', level: 'swapped' }));
  });

  it('keys a full date by its day and month in either order, and only a day that could be a month', () => {
    expect(swappableDateOf('2010-11-05')).toBe('2010|05|11');
    expect(swappableDateOf('2010-05-11')).toBe('2010|05|11');
    expect(swappableDateOf('2010-05-13')).toBeNull(); // 13 is no month
    expect(swappableDateOf('2010-05')).toBeNull();
    expect(swappableDateOf('2010')).toBeNull();
    expect(swappableDateOf(null)).toBeNull();
  });

  it('adds no pair for a sibling born another day of the same year', () => {
    const sibling: BirthRecord = {
      ...original,
      id: 'birth-vinh-tuong-2010-30',
      registration: { ...original.registration, number: '30', date: '2010-04-02' },
      child: { ...original.child, ...childName('Dương Thị Hoa'), birthDate: '2010-03-07' },
    };
    const counts = measureCandidatePairs(dedupRecords([original, sibling]), birthDedupSpec);
    expect(counts.total).toBe(0);
  });
});
