/**
 * A record that merges with both of two twins their own comparison keeps apart: a
 * re-registration giving only the birth year of twin Vi (Vy and Vi are one name to scoring)
 * or of a twin whose middle name it dropped. It joins the twin it matches better — spelt 'Vi',
 * it is Vi's, not whichever twin the cluster happened to take first — and when nothing tells
 * which twin it is, neither: it goes to review against both.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();

const RESIDENCE = 'Thôn Cửu Yên, xã Hương Sơn, huyện Bình Xuyên';

function entry(id: string, number: string, registered: string, fullName: string, birthDate: string, personalId: string | null, remarks: string | null = null): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, communeCode: '08950', book: `01/${registered.slice(0, 4)}`, number, date: registered, place: 'UBND xã Hương Sơn' },
    provenance: { file: `249/KS-HuongSon-${registered.slice(0, 4)}.xlsx`, sheet: 'KS', row: Number(number) + 2 },
    child: { ...birthAn.child, ...childName(fullName), sex: 'female', birthDate, personalId },
    mother: { ...birthAn.mother, fullName: 'Nguyễn Thị Hòa', birthYear: '1990', residence: RESIDENCE },
    father: { ...birthAn.mother, fullName: 'Nguyễn Văn Phú', birthYear: '1988', residence: RESIDENCE },
    remarks,
  };
}

// Ids order the records: Vy ('…-541') comes first and would take any record merging with both.
const vy = entry('birth-hs-2016-541', '541', '2016-08-25', 'Nguyễn Thị Vy', '2016-07-27', '026316000640');
const vi = entry('birth-hs-2016-542', '542', '2016-08-25', 'Nguyễn Thị Vi', '2016-07-27', null);

describe('a re-registration that merges with both twins', () => {
  it('joins the twin whose spelling it keeps (Vi, not Vy), in whatever order', () => {
    const viAgain = entry('birth-hs-2019-46', '46', '2019-06-16', 'Nguyễn Thị Vi', '2016', null, 'Đăng ký lại');
    for (const records of [
      [vy, vi, viAgain],
      [viAgain, vi, vy],
    ]) {
      const result = run(records);
      expect(groups(result)).toEqual([[vi.id, viAgain.id].sort()]);
      expect(result.review).toEqual([]);
    }
    const vyAgain = { ...viAgain, child: { ...viAgain.child, ...childName('Nguyễn Thị Vy') } };
    expect(groups(run([vy, vi, vyAgain]))).toEqual([[vy.id, vyAgain.id].sort()]);
  });

  it('joins neither twin when nothing tells which one it is (the middle name dropped), and goes to review against both', () => {
    const minhAnh = entry('birth-hs-2016-300', '300', '2016-05-10', 'Phạm Minh Anh', '2016-05-01', null);
    const tuanAnh = entry('birth-hs-2016-301', '301', '2016-05-10', 'Phạm Tuấn Anh', '2016-05-01', null);
    const again = entry('birth-hs-2019-12', '12', '2019-03-03', 'Phạm Anh', '2016', null, 'Đăng ký lại');
    const result = run([minhAnh, tuanAnh, again]);
    expect(result.clusters).toEqual([]);
    expect(result.review.map((pair) => [pair.a.id, pair.b.id].sort()).sort()).toEqual([
      [minhAnh.id, again.id].sort(),
      [tuanAnh.id, again.id].sort(),
    ].sort());
  });
});
