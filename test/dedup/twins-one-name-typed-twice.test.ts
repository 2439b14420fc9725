/**
 * Twins are registered one after the other: neighbouring numbers of one book, typed into
 * one file. When one twin's given name was typed as the other's ('Sinh đôi' no. 2 and 3,
 * both 'Nguyễn Văn Hùng'), the rows agree on everything but the number: two entries of the
 * book, not one typed twice — a merge would lose a child, so the officer decides.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

/** Records in the batch's source order, as the batch writer numbers them. */
const inOrder = (records: BirthRecord[], district = '249') => records.map((record, index) => ({ ...birthDedupSpec.toDedupRecord(record, district), sourceOrder: index }));
const run = (records: BirthRecord[]) => deduplicate(inOrder(records), birthDedupSpec);
const FILE = '249/TamHop/KS-TamHop-2015.xlsx';

function entry(id: string, number: string, fullName: string, file = FILE, personalId: string | null = null): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, book: '01', number, date: '2015-06-22' },
    provenance: { file, sheet: 'Sheet1', row: Number(number) + 1 },
    child: { ...birthAn.child, ...childName(fullName), birthDate: '2015-06-15', personalId },
    mother: { ...birthAn.mother, fullName: 'Trần Thị Lụa', birthYear: '1990' },
    father: { ...birthAn.mother, fullName: 'Nguyễn Văn Thắng', birthYear: '1988' },
    remarks: 'Sinh đôi',
  };
}

describe('twins on neighbouring numbers of one file, one given name typed as the other', () => {
  it('sends the two rows to review instead of merging them', () => {
    const result = run([entry('birth-th-2015-6', '6', 'Nguyễn Văn Hùng'), entry('birth-th-2015-7', '7', 'Nguyễn Văn Hùng')]);
    expect(result.clusters).toEqual([]);
    expect(result.review.map((pair) => pair.explanation.vetoes)).toEqual([[{ code: 'two-entries', action: 'review' }]]);
  });

  it('still merges the row typed again in another file with its number slipped by one, and rows sharing a personal ID', () => {
    const retyped = run([entry('birth-th-2015-6', '6', 'Nguyễn Văn Hùng'), entry('birth-th-2015-7-nhap-lai', '7', 'Nguyễn Văn Hùng', '249/TamHop/KS-TamHop-2015-nhap-lai.xlsx')]);
    expect(retyped.mergedAwayIds).toHaveLength(1);
    const oneId = run([entry('birth-th-2015-6', '6', 'Nguyễn Văn Hùng', FILE, '026215000106'), entry('birth-th-2015-7', '7', 'Nguyễn Văn Hùng', FILE, '026215000106')]);
    expect(oneId.mergedAwayIds).toHaveLength(1);
    // The next row under the next number but registered on another day: a copy with slips, not twins (registered together).
    const otherDay = entry('birth-th-2015-7', '7', 'Nguyễn Văn Hùng');
    const slipped = run([entry('birth-th-2015-6', '6', 'Nguyễn Văn Hùng'), { ...otherDay, registration: { ...otherDay.registration, date: '2015-06-23' } }]);
    expect(slipped.mergedAwayIds).toEqual(['birth-th-2015-7']);
    // The entry typed again further down the same file, its number slipped by one: a copy, not a twin.
    const rows = [entry('birth-th-2015-6', '6', 'Nguyễn Văn Hùng'), ...['20', '21', '22', '23'].map((n) => entry(`birth-th-2015-${n}`, n, `Trần Văn ${['Bảo', 'Tâm', 'Lộc', 'Phúc'][Number(n) - 20]}`)), entry('birth-th-2015-6-again', '7', 'Nguyễn Văn Hùng')];
    const copy = run(rows.map((record, index) => (index > 0 && index < 5 ? { ...record, mother: { ...record.mother, fullName: 'Lê Thị Hạnh' } } : record)));
    expect(copy.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([['birth-th-2015-6', 'birth-th-2015-6-again']]);
  });

  it('keeps two twins re-registered unmarked on neighbouring numbers from both merging into one child loaded before', () => {
    const anh = { ...entry('birth-th-2015-4', '4', 'Lê Ngọc Anh'), child: { ...entry('x', '4', 'Lê Ngọc Anh').child, sex: 'female' as const } };
    const elsewhere = (id: string, number: string): BirthRecord => ({
      ...anh,
      id,
      registration: { ...anh.registration, communeCode: '09055', districtCode: '251', book: '01', number, date: '2016-03-01', place: 'Xã Đồng Cương' },
      provenance: { file: '251/DongCuong/KS-DongCuong-2016.xlsx', sheet: 'Sheet1', row: Number(number) + 1 },
      child: { ...anh.child, ...childName('Le Ngoc Anh') },
      remarks: 'Đăng ký lại',
    });
    const previous = [birthDedupSpec.toDedupRecord(anh, '249')];
    const batch = inOrder([elsewhere('birth-dc-2016-1', '1'), elsewhere('birth-dc-2016-2', '2')], '251');
    const result = deduplicate(batch, birthDedupSpec, { previous });
    expect(result.mergedAwayIds.length).toBeLessThanOrEqual(1);
  });
});
