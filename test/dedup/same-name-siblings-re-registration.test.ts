/**
 * A child who died young and the next one given the same name (DOMAIN.md §8): two entries of one
 * book, one name, one pair of parents, two full birth dates of one year. The second child's
 * re-registration (đăng ký lại) giving only the birth year agrees with both entries as far as its
 * date goes: nothing tells whose it is, so it joins neither and goes to review against both —
 * merging it into the first entry (the one that survives, registered first) would put the living
 * child's record under the dead sibling's.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();
const reviewed = (result: ReturnType<typeof run>) => result.review.map((pair) => [pair.a.id, pair.b.id].sort()).sort();

const RESIDENCE = 'Thôn Đồng Mong, xã Thiện Kế, huyện Bình Xuyên, tỉnh Vĩnh Phú';

function entry(id: string, number: string, registered: string, birthDate: string, remarks: string | null = null, personalId: string | null = null): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, communeCode: '08947', book: `01/${registered.slice(0, 4)}`, number, date: registered, place: 'UBND xã Thiện Kế' },
    provenance: { file: `ThienKe/KS-ThienKe-${registered.slice(0, 4)}.xlsx`, sheet: 'Sheet1', row: Number(number) + 3 },
    child: { ...birthAn.child, ...childName('Lê Văn Tuyên'), sex: 'male', birthDate, personalId },
    mother: { ...birthAn.mother, fullName: 'Hoàng Thị Thơm', birthYear: '1972', residence: RESIDENCE },
    father: { ...birthAn.mother, fullName: 'Lê Văn Bình', birthYear: '1969', residence: RESIDENCE },
    remarks,
  };
}

const first = entry('birth-tk-1996-3', '3', '1996-02-20', '1996-01-14');
const second = entry('birth-tk-1996-12', '12', '1996-12-28', '1996-12-20');

describe('a year-only re-registration beside two same-name siblings born in that year', () => {
  it('joins neither sibling and goes to review against both, in whatever order', () => {
    const again = entry('birth-tk-2020-1', '1', '2020-08-03', '1996', 'Đăng ký lại', '026096001234');
    for (const records of [
      [first, second, again],
      [again, second, first],
    ]) {
      const result = run(records);
      expect(groups(result)).toEqual([]);
      // (the siblings' own pair may be listed too: one name, one pair of parents, two dates of one year)
      expect(reviewed(result)).toEqual(expect.arrayContaining([[first.id, again.id].sort(), [second.id, again.id].sort()]));
      expect(reviewed(result).filter((pair) => pair.includes(again.id))).toHaveLength(2);
    }
  });

  it('still joins the entry whose full birth date it gives', () => {
    const again = entry('birth-tk-2020-1', '1', '2020-08-03', '1996-12-20', 'Đăng ký lại', '026096001234');
    expect(groups(run([first, second, again]))).toEqual([[second.id, again.id].sort()]);
  });

  it('still joins the one entry of that name when the sibling is not in the batch', () => {
    const again = entry('birth-tk-2020-1', '1', '2020-08-03', '1996', 'Đăng ký lại', '026096001234');
    expect(groups(run([second, again]))).toEqual([[second.id, again.id].sort()]);
  });
});
