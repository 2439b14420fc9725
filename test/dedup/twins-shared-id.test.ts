/**
 * Twins never share a personal ID (DOMAIN.md §2: one number a person). Two entries the
 * twins veto would keep apart — or send to review as possible twins — that give one valid
 * 12-digit ID go to review under their own reason, naming the shared ID: one child typed
 * twice with a name slip (Lan/Lanh, both real names), or an ID copied onto the co-twin's row.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '251')), birthDedupSpec);
const vetoesOfReview = (result: ReturnType<typeof run>) => result.review.map((pair) => pair.explanation.vetoes);
const DONG_CUONG = '09043';
const THON_DONG_MAU = 'Thôn Đông Mẫu, xã Đồng Cương';

/** An entry of Đồng Cương's 2013 birth book (KS-DongCuong-2013.csv). */
function entry(number: string, registered: string, fullName: string, personalId: string | null, sex: 'male' | 'female' = 'female'): BirthRecord {
  return {
    ...birthAn,
    id: `birth-dong-cuong-2013-${number}`,
    registration: { ...birthAn.registration, districtCode: '251', communeCode: DONG_CUONG, book: '01/2013', number, date: registered, place: 'UBND xã Đồng Cương' },
    provenance: { file: '251/KS-DongCuong-2013.csv', sheet: 'KS-DongCuong-2013', row: Number(number) + 1 },
    child: { ...birthAn.child, ...childName(fullName), sex, birthDate: '2013-02-22', personalId },
    mother: { ...birthAn.mother, fullName: 'Trần Thị Bích', birthYear: '1988', residence: THON_DONG_MAU },
    father: { ...birthAn.mother, fullName: 'Đỗ Văn Hải', birthYear: '1986', residence: THON_DONG_MAU },
  };
}

const ID = '026313890426';

describe('one personal ID on two entries that look like twins', () => {
  it('sends Lan No. 7 and Lanh No. 67, registered the same day, to review under the shared ID', () => {
    const result = run([entry('7', '2013-03-04', 'Đỗ Thị Lan', ID), entry('67', '2013-03-04', 'Đỗ Thị Lanh', ID)]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins-shared-id', action: 'review' }]]);
    const veto = birthDedupSpec.vetoes.find((candidate) => candidate.code === 'twins-shared-id');
    expect(veto?.labelVi).toContain('số định danh');
  });

  it('names the shared ID, not twins, when they were registered on two days', () => {
    const result = run([entry('7', '2013-03-04', 'Đỗ Thị Lan', ID), entry('67', '2013-10-20', 'Đỗ Thị Lanh', ID)]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins-shared-id', action: 'review' }]]);
  });

  it('sends twins of neighbouring numbers to review when the ID was copied onto the co-twin’s row (Hùng/Hưng)', () => {
    const hung = entry('21', '2013-03-04', 'Đỗ Văn Hùng', '026213890427', 'male');
    const hungTwin = entry('22', '2013-03-04', 'Đỗ Văn Hưng', '026213890427', 'male');
    const result = run([hung, hungTwin]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins-shared-id', action: 'review' }]]);
    // With an ID each, or none, they stay twins: kept apart, not even in review.
    for (const [first, second] of [
      ['026213890427', '026213890428'],
      [null, null],
    ]) {
      const twins = run([entry('21', '2013-03-04', 'Đỗ Văn Hùng', first ?? null, 'male'), entry('22', '2013-03-04', 'Đỗ Văn Hưng', second ?? null, 'male')]);
      expect(twins.review).toEqual([]);
      expect(twins.vetoes).toContainEqual({ code: 'twins', pairs: 1 });
    }
  });

  it('still merges a slip that is no name (Trang/Trag) on one ID', () => {
    const trang = entry('9', '2013-03-06', 'Đỗ Thị Trang', ID);
    const result = run([trang, entry('68', '2013-10-21', 'Đỗ Thị Trag', ID)]);
    expect(result.review).toEqual([]);
    expect(result.clusters.map((cluster) => cluster.survivor.id)).toEqual([trang.id]);
  });

  it('merges a copy typed without marks in a neighbouring commune’s book on the same ID, and only with that twin', () => {
    const hung = entry('21', '2013-03-04', 'Đỗ Văn Hùng', '026213890427', 'male');
    const hungTwin = entry('22', '2013-03-04', 'Đỗ Văn Hưng', '026213890428', 'male');
    // Registered again in Tam Hồng (the family moved) by a clerk without a Vietnamese keyboard.
    const copy: BirthRecord = {
      ...entry('5', '2013-04-15', 'Do Van Hung', '026213890428', 'male'),
      id: 'birth-tam-hong-2013-5',
      registration: { ...hungTwin.registration, communeCode: '09037', number: '5', date: '2013-04-15', place: 'UBND xã Tam Hồng' },
      provenance: { file: '251/KS-TamHong-2013.csv', sheet: 'KS-TamHong-2013', row: 6 },
    };
    const result = run([hung, hungTwin, copy]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, cluster.members.map((member) => member.id)])).toEqual([[hungTwin.id, [copy.id]]]);
    expect(result.review).toEqual([]);
    // The same unmarked copy carrying no ID cannot say which twin it is: review, not a merge.
    const withoutId = run([hung, hungTwin, { ...copy, child: { ...copy.child, personalId: null } }]);
    expect(withoutId.clusters).toEqual([]);
  });
});
