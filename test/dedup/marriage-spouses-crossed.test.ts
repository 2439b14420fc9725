/**
 * A marriage entry typed with the spouses in each other's columns (the wife's
 * name, birth date and ID under the husband's headings) is the same marriage:
 * compared crossed, merged; found by the couple block whatever the column order.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from './clean-records.js';

const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '252')), marriageDedupSpec);

/** Vĩnh Tường 2013 No 8: Nguyễn Văn Cường and Trần Thị Hoa. */
const cuongHoa: MarriageRecord = {
  ...marriageDong,
  id: 'marriage-vinh-tuong-2013-8',
  registration: { ...marriageDong.registration, districtCode: '252', communeCode: '09076', book: '01/2013', number: '8', date: '2013-12-20', place: 'UBND thị trấn Vĩnh Tường' },
  provenance: { file: 'vinh-tuong/KH_vinh-tuong.xlsx', sheet: '2013', row: 12 },
  husband: { ...marriageDong.husband, ...childName('Nguyễn Văn Cường'), birthDate: '1988-02-11', personalId: null },
  wife: { ...marriageDong.wife, ...childName('Trần Thị Hoa'), birthDate: '1991-09-23', personalId: null },
};
const swap = (record: MarriageRecord): Pick<MarriageRecord, 'husband' | 'wife'> => ({ husband: { ...record.wife }, wife: { ...record.husband } });

describe('a marriage typed with the spouses crossed', () => {
  it('merges the entry typed again on the next row with the spouses swapped (same number and date)', () => {
    const typedAgain: MarriageRecord = { ...cuongHoa, id: 'marriage-vinh-tuong-2013-8-again', provenance: { ...cuongHoa.provenance, row: 13 }, ...swap(cuongHoa) };
    const result = run([cuongHoa, typedAgain]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(cuongHoa.id); // typed first
    const explanation = result.clusters[0]?.members[0]?.explanation;
    expect(explanation?.rolesCrossed).toBe(true);
    expect(explanation?.agreed).toContainEqual(expect.objectContaining({ field: 'wife.givenName', level: 'exact' }));
    expect(explanation?.vetoes).toEqual([]);
  });

  it('finds and merges a swapped copy in a re-typed book whose number reads otherwise (couple block, either order)', () => {
    const retyped: MarriageRecord = {
      ...cuongHoa,
      id: 'marriage-vinh-tuong-2013-nhap-lai-5',
      registration: { ...cuongHoa.registration, number: null },
      provenance: { file: 'vinh-tuong/KH_vinh-tuong_nhap-lai.xlsx', sheet: '2013', row: 5 },
      ...swap(cuongHoa),
    };
    const [straightRecord, crossedRecord] = [cuongHoa, retyped].map((record) => marriageDedupSpec.toDedupRecord(record, '252'));
    const coupleKeys = (keys: readonly string[] | undefined) => (keys ?? []).filter((key) => key.startsWith('couple:')).sort();
    expect(coupleKeys(crossedRecord?.blockingKeys)).toEqual(coupleKeys(straightRecord?.blockingKeys));
    const result = run([cuongHoa, retyped]);
    expect(result.candidatePairs.byRule.find((rule) => rule.rule === 'couple')?.pairs).toBe(1);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[cuongHoa.id, retyped.id]]);
  });

  it('still keeps the same man’s second marriage apart, and compares a straight pair as typed', () => {
    const second: MarriageRecord = {
      ...cuongHoa,
      id: 'marriage-vinh-tuong-2019-3',
      registration: { ...cuongHoa.registration, book: '01/2019', number: '3', date: '2019-05-02' },
      wife: { ...cuongHoa.wife, ...childName('Lê Thị Hoa'), birthDate: '1995-01-30' },
      remarks: 'Kết hôn lần hai',
    };
    const result = run([cuongHoa, second]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    const copy: MarriageRecord = { ...cuongHoa, id: 'marriage-copy', provenance: { ...cuongHoa.provenance, row: 40 } };
    expect(run([cuongHoa, copy]).clusters[0]?.members[0]?.explanation.rolesCrossed).toBeUndefined();
  });
});
