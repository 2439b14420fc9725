import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from './clean-records.js';

const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '249')), marriageDedupSpec);

/** Quất Lưu's 2018 entry No 12: Lê Văn Quý (11/11/1991) and Phạm Thị Ngân (09/09/1993), no IDs. */
const entry: MarriageRecord = {
  ...marriageDong,
  id: 'marriage-quat-luu-2018-12',
  registration: { ...marriageDong.registration, number: '12', date: '2018-03-12' },
  provenance: { ...marriageDong.provenance, row: 16 },
  husband: { ...marriageDong.husband, ...childName('Lê Văn Quý'), birthDate: '1991-11-11', personalId: null },
  wife: { ...marriageDong.wife, ...childName('Phạm Thị Ngân'), birthDate: '1993-09-09', personalId: null },
};
/** The row typed again under the next number (the clerk's numbering ran on), the bride's tone slipped: Ngần. */
const typedAgain: MarriageRecord = {
  ...entry,
  id: 'marriage-quat-luu-2018-13',
  registration: { ...entry.registration, number: '13' },
  provenance: { ...entry.provenance, row: 17 },
  wife: { ...entry.wife, ...childName('Phạm Thị Ngần') },
};

describe('a marriage typed twice under neighbouring numbers with a slip in one spouse\'s given name or birth date', () => {
  it('merges it when the other spouse is one person on both rows (one name and full birth date): twins marry two people', () => {
    const result = run([entry, typedAgain]);
    expect(result.mergedAwayIds).toEqual([typedAgain.id]);
    expect(result.clusters[0]?.survivor.id).toBe(entry.id);
  });

  it('merges it when the other spouse gives one personal ID, whatever their name', () => {
    const withId = (record: MarriageRecord): MarriageRecord => ({ ...record, husband: { ...record.husband, personalId: '026091030001' } });
    const result = run([withId(entry), withId({ ...typedAgain, husband: { ...typedAgain.husband, birthDate: '1991' } })]);
    expect(result.mergedAwayIds).toEqual([typedAgain.id]);
  });

  it("merges it when the slip is in the bride's birth date instead (a day's digits transposed, 12/05 and 21/05) beside the groom's one ID", () => {
    const withId = (record: MarriageRecord): MarriageRecord => ({ ...record, husband: { ...record.husband, personalId: '026091030001' } });
    const born12 = withId({ ...entry, wife: { ...entry.wife, birthDate: '1993-05-12' } });
    const transposed = withId({ ...typedAgain, wife: { ...entry.wife, birthDate: '1993-05-21' } });
    const result = run([born12, transposed]);
    expect(result.mergedAwayIds).toEqual([typedAgain.id]);
    // Registered months apart, the same groom and another birth date of the bride stay apart: his next marriage.
    const later = { ...transposed, registration: { ...transposed.registration, number: '40', date: '2018-09-20' } };
    expect(run([born12, later]).mergedAwayIds).toEqual([]);
    // Without his ID, two brides alike but for the birth day may be twins typed alike marrying two namesakes: apart.
    const noId = (record: MarriageRecord): MarriageRecord => ({ ...record, husband: { ...record.husband, personalId: null } });
    expect(run([noId(born12), noId(transposed)]).mergedAwayIds).toEqual([]);
  });

  it("sends it to review without the groom's ID when only the bride's birth day has its two digits transposed (20/06 and 02/06), names alike", () => {
    const born20 = { ...entry, wife: { ...entry.wife, birthDate: '1993-06-20' } };
    const born02 = { ...typedAgain, wife: { ...entry.wife, birthDate: '1993-06-02' } };
    const result = run([born20, born02]);
    expect(result.mergedAwayIds).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toEqual([{ code: 'other-spouse', action: 'review' }]);
    // Near misses stay apart without review: another day that is no transposition, the two rows months apart,
    // the groom's birth date only a year, or the bride's name a mark apart as well (Ngân/Ngần: twin brides).
    expect(run([born20, { ...born02, wife: { ...born02.wife, birthDate: '1993-06-12' } }]).review).toEqual([]);
    expect(run([born20, { ...born02, registration: { ...born02.registration, number: '40', date: '2018-09-20' } }]).review).toEqual([]);
    expect(run([born20, { ...born02, husband: { ...born02.husband, birthDate: '1991' } }]).review).toEqual([]);
    expect(run([born20, { ...born02, wife: { ...born02.wife, ...childName('Phạm Thị Ngần') } }]).review).toEqual([]);
  });

  it('keeps twin sisters marrying two men the same day apart, and two namesake grooms born the same year too', () => {
    const otherGroom = { ...typedAgain, husband: { ...typedAgain.husband, ...childName('Kiều Văn Đạt'), birthDate: '1990-08-08' } };
    expect(run([entry, otherGroom]).review).toEqual([]);
    expect(run([entry, otherGroom]).mergedAwayIds).toEqual([]);
    const namesakeGroom = { ...typedAgain, husband: { ...typedAgain.husband, birthDate: '1991' } };
    expect(run([entry, namesakeGroom]).mergedAwayIds).toEqual([]);
  });
});
