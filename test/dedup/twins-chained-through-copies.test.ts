/**
 * Twins Kim Quang Ánh (No. 15) and Kim Quang Anh (No. 16) of Đồng Văn's 2012 birth book,
 * each with their own personal ID, and a clerk's retype of the book ('…-nhap-lai.xlsx')
 * that copies both rows exactly. 'Anh' is 'Ánh' typed without marks as far as the names
 * tell, so the copy of Anh's row merged with Ánh by name, and Anh herself was then chained
 * into Ánh's cluster through her row's copy although her own comparison with Ánh carries the
 * twins veto: one child lost. A cluster never holds two records a veto keeps apart, and two
 * different valid IDs of one commune never merge on names.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '251')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();

const BOOK = '251/births/KS-09031-2012.xlsx';
const RETYPED = '251/births/KS-09031-2012-nhap-lai.xlsx';

/** Entry No. `number` of Đồng Văn's 2012 birth book (row `row` of `file`). */
function entry(file: string, row: number, number: number, fullName: string, personalId: string | null): BirthRecord {
  return {
    ...birthAn,
    id: `birth-dong-van-2012-${number}${file === RETYPED ? '-nhap-lai' : ''}`,
    registration: { ...birthAn.registration, districtCode: '251', communeCode: '09031', book: null, number: String(number), date: '2012-02-14', place: 'UBND xã Đồng Văn' },
    provenance: { file, sheet: 'Sheet1', row },
    child: { ...birthAn.child, ...childName(fullName), sex: 'female', birthDate: '2012-01-05', personalId },
    mother: { ...birthAn.mother, fullName: 'Phùng Thanh Vân', birthYear: '1979', residence: 'Thôn Đồng Văn, xã Đồng Văn' },
    father: { ...birthAn.mother, fullName: 'Kim Văn Nam', birthYear: '1975', residence: 'Thôn Đồng Văn, xã Đồng Văn' },
    remarks: null,
    warnings: [],
  };
}

const anhAcute = entry(BOOK, 21, 15, 'Kim Quang Ánh', '026312124947');
const anh = entry(BOOK, 22, 16, 'Kim Quang Anh', '026312125419');
const anhAcuteCopy = entry(RETYPED, 11, 15, 'Kim Quang Ánh', '026312124947');
const anhCopy = entry(RETYPED, 12, 16, 'Kim Quang Anh', '026312125419');
const withoutId = (record: BirthRecord): BirthRecord => ({ ...record, child: { ...record.child, personalId: null } });

describe('twins whose retyped rows would chain one into the other', () => {
  it('merges each retyped row into its own twin and loses no child (the copy of Anh merged with Ánh, and Anh followed it)', () => {
    const result = run([anhAcute, anh, anhAcuteCopy, anhCopy]);
    expect(groups(result)).toEqual([[anhAcute.id, anhAcuteCopy.id].sort(), [anh.id, anhCopy.id].sort()]);
    expect(result.mergedAwayIds).toEqual([anhAcuteCopy.id, anhCopy.id].sort());
    // The twins themselves: to review (the names cannot tell Anh from Ánh typed without marks), never merged.
    expect(result.review.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([[anhAcute.id, anh.id].sort()]);
  });

  it('never merges two different valid 12-digit IDs of one commune on names', () => {
    const result = run([anhAcute, anhCopy]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toMatchObject([{ reason: 'veto', explanation: { vetoes: expect.arrayContaining([{ code: 'other-personal-id', action: 'review' }]) } }]);
  });

  it('keeps the twins apart without IDs too: a cluster holds no two records a veto keeps apart', () => {
    const records = [anhAcute, anh, anhAcuteCopy, anhCopy].map(withoutId);
    const result = run(records);
    for (const cluster of result.clusters) expect([cluster.survivor.id, ...cluster.memberIds]).not.toEqual(expect.arrayContaining([anhAcute.id, anh.id]));
    expect(result.mergedAwayIds).not.toContain(anh.id);
    expect(result.mergedAwayIds).not.toContain(anhAcute.id);
  });
});
