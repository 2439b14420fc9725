/**
 * A copy of a birth entry whose clerk shortened the mother's family name to its first letters
 * ('Ng. Thị Hoa' for Nguyễn Thị Hoa, 'Tr. T. Nhi' for Trần Thị Nhi: NAME_ABBREVIATED). No
 * Vietnamese family name lacks a vowel, so 'Ng.' is no other mother: it was compared as a
 * different family ('one-parent-differs') and the namesakes veto sent the entry typed twice (same
 * number, same personal ID) to review. An abbreviation is only a close agreement ('Ng.' is also
 * how Ngô or Nghiêm would be shortened), and another father still keeps namesakes apart.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();
const RESIDENCE = 'Thôn Thanh Lanh, xã Trung Mỹ, huyện Bình Xuyên, tỉnh Vĩnh Phúc';

function entry(id: string, row: number, number: string, mother: string, father: string, personalId: string | null): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, communeCode: '08938', book: '01', number, date: '2019-03-20', place: 'UBND xã Trung Mỹ' },
    provenance: { file: 'TrungMy/KS-TrungMy-2019.xlsx', sheet: 'Sheet1', row },
    child: { ...birthAn.child, ...childName('Nguyễn Văn Nam'), birthDate: '2019-03-08', personalId },
    mother: { ...birthAn.mother, fullName: mother, birthYear: '1992', residence: RESIDENCE },
    father: { ...birthAn.mother, fullName: father, birthYear: '1990', residence: RESIDENCE },
  };
}

describe('a parent’s family name shortened to its first letters', () => {
  const nam = entry('birth-tm-2019-5', 6, '5', 'Nguyễn Thị Hoa', 'Nguyễn Văn Hùng', '026219000555');

  it('merges the entry typed twice with the mother written Ng. Thị Hoa', () => {
    const copy = entry('birth-tm-2019-5-copy', 16, '5', 'Ng. Thị Hoa', 'Nguyễn Văn Hùng', '026219000555');
    const result = run([nam, copy]);
    expect(groups(result)).toEqual([[nam.id, copy.id].sort()]);
    expect(result.review).toEqual([]);
  });

  it('merges Tr. T. Nhi with Trần Thị Nhi on the same register entry without an ID', () => {
    const original = entry('birth-ql-1996-12', 15, '12', 'Trần Thị Nhi', 'Phạm Văn Đức', null);
    const copy = entry('birth-ql-1996-12-copy', 20, '12', 'Tr. T. Nhi', 'Phạm Văn Đức', null);
    expect(groups(run([original, copy]))).toEqual([[original.id, copy.id].sort()]);
  });

  it('keeps a namesake born the same day to another father apart, the mother shortened or not', () => {
    const other = entry('birth-tm-2019-9', 10, '9', 'Ng. Thị Hoa', 'Nguyễn Văn Dũng', null);
    expect(run([nam, other]).clusters).toEqual([]);
  });

  it('does not take a family name with a vowel for an abbreviation (Ngô against Nguyễn stays another mother)', () => {
    const other = entry('birth-tm-2019-5-ngo', 16, '5', 'Ngô Thị Hoa', 'Nguyễn Văn Hùng', '026219000555');
    const result = run([nam, other]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
  });
});
