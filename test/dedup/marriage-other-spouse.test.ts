/**
 * Two marriages of one commune's year under two numbers are two marriages when a
 * spouse is another person: twin brothers marrying twin sisters the same day
 * (Tuyên/Tuyền, DOMAIN.md §8: names a tone apart are two names), two namesake
 * men whose full birth dates differ, a spouse with another personal ID of the
 * same kind. A copy (the same entry, or one with a slip and no conflicting ID)
 * still merges.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from './clean-records.js';

const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '251')), marriageDedupSpec);
const THON_TRUNG = 'Thôn Trung, xã Đồng Cương, huyện Yên Lạc, tỉnh Vĩnh Phúc';

/** Đồng Cương (09028) 2012, No 11: Trần Văn Tuyên and Lê Thị Hằng, with their CMNDs. */
const tuyen: MarriageRecord = {
  ...marriageDong,
  id: 'marriage-dong-cuong-2012-11',
  registration: { ...marriageDong.registration, districtCode: '251', communeCode: '09028', book: '01/2012', number: '11', date: '2012-05-09', place: 'UBND xã Đồng Cương' },
  provenance: { file: 'KH_DongCuong_2012.xlsx', sheet: '2012', row: 14 },
  husband: { ...marriageDong.husband, ...childName('Trần Văn Tuyên'), birthDate: '1990-01-01', residence: THON_TRUNG, personalId: '135201021' },
  wife: { ...marriageDong.wife, ...childName('Lê Thị Hằng'), birthDate: '1992-02-02', residence: THON_TRUNG, personalId: '135487652' },
};
/** No 12 of the same day: his twin brother Tuyền and her twin sister Hạnh. */
const tuyenTwin: MarriageRecord = {
  ...tuyen,
  id: 'marriage-dong-cuong-2012-12',
  registration: { ...tuyen.registration, number: '12' },
  provenance: { ...tuyen.provenance, row: 15 },
  husband: { ...tuyen.husband, ...childName('Trần Văn Tuyền'), personalId: '135201023' },
  wife: { ...tuyen.wife, ...childName('Lê Thị Hạnh'), personalId: '135873310' },
};

const withoutIds = (record: MarriageRecord): MarriageRecord => ({ ...record, husband: { ...record.husband, personalId: null }, wife: { ...record.wife, personalId: null } });

describe('marriage deduplication: another spouse under another number of the commune-year', () => {
  it('keeps twin brothers marrying twin sisters the same day apart (Tuyên/Tuyền, two CMNDs)', () => {
    const result = run([tuyen, tuyenTwin]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('keeps them apart by the names alone when no ID was typed (registered together)', () => {
    const result = run([withoutIds(tuyen), withoutIds(tuyenTwin)]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('keeps twin couples apart when both given names are a letter apart (Hải/Hà, Lan/Lam), also against a re-typed copy', () => {
    const hai: MarriageRecord = { ...withoutIds(tuyen), husband: { ...tuyen.husband, ...childName('Nguyễn Văn Hải'), personalId: null }, wife: { ...tuyen.wife, ...childName('Trần Thị Lan'), personalId: null } };
    const ha: MarriageRecord = { ...withoutIds(tuyenTwin), husband: { ...hai.husband, ...childName('Nguyễn Văn Hà') }, wife: { ...hai.wife, ...childName('Trần Thị Lam') } };
    const haCopy: MarriageRecord = { ...ha, id: 'marriage-ha-copy', provenance: { ...ha.provenance, file: 'KH_DongCuong_2012-nhap-lai.xlsx', row: 5 } };
    const result = run([hai, ha, haCopy]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]).toMatchObject({ survivor: { id: ha.id }, members: [{ id: haCopy.id }] });
    expect(result.review).toEqual([]);
  });

  it('sends a given name a mark apart under a number far off, another day, to review (a copy with a mark slipped is possible)', () => {
    const later: MarriageRecord = { ...withoutIds(tuyenTwin), registration: { ...tuyen.registration, number: '40', date: '2012-10-18' }, wife: { ...tuyen.wife, personalId: null } };
    const result = run([withoutIds(tuyen), later]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toContainEqual(expect.objectContaining({ code: 'other-spouse', action: 'review' }));
  });

  it('keeps two namesake men whose full birth dates share only the year apart (twin wives Nga/Ngà)', () => {
    const tung: MarriageRecord = {
      ...withoutIds(tuyen),
      husband: { ...tuyen.husband, ...childName('Phạm Văn Tùng'), birthDate: '1980-02-10', residence: 'Thôn Đông, xã Đồng Cương', personalId: null },
      wife: { ...tuyen.wife, ...childName('Nguyễn Thị Nga'), birthDate: '1984-03-05', residence: 'Thôn Đông, xã Đồng Cương', personalId: null },
    };
    const namesake: MarriageRecord = {
      ...tung,
      id: 'marriage-dong-cuong-2012-12',
      registration: { ...tung.registration, number: '12' },
      husband: { ...tung.husband, birthDate: '1980-07-22', residence: 'Thôn Nam, xã Đồng Cương' },
      wife: { ...tung.wife, ...childName('Nguyễn Thị Ngà') },
    };
    expect(run([tung, namesake]).clusters).toEqual([]);
    // The husbands' dates alone: the wives typed alike (Nga), still two men.
    const result = run([tung, { ...namesake, wife: tung.wife }]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('keeps a spouse with another 12-digit personal ID apart, everything else alike', () => {
    const cccd = (record: MarriageRecord, husbandId: string): MarriageRecord => ({ ...record, husband: { ...record.husband, personalId: husbandId }, wife: { ...record.wife, personalId: null } });
    const result = run([cccd(tuyen, '026090004417'), cccd({ ...tuyen, id: 'marriage-other', registration: { ...tuyen.registration, number: '12' } }, '026090731208')]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('sends IDs one digit apart to review (a copy’s slip, or twins’ CMNDs issued one after the other)', () => {
    const copy: MarriageRecord = { ...tuyen, id: 'marriage-copy', registration: { ...tuyen.registration, number: '12' }, wife: { ...tuyen.wife, personalId: null }, husband: { ...tuyen.husband, personalId: '135201027' } };
    const result = run([{ ...tuyen, wife: { ...tuyen.wife, personalId: null } }, copy]);
    expect(result.clusters).toEqual([]);
    expect(result.review.map((pair) => pair.explanation.vetoes)).toEqual([[expect.objectContaining({ code: 'other-spouse', action: 'review' })]]);
  });

  it('still merges a copy of the same entry, a copy under another number with a date one key off, and a CMND beside a 12-digit number', () => {
    const sameEntry: MarriageRecord = { ...tuyen, id: 'marriage-same-entry', provenance: { ...tuyen.provenance, file: 'KH_DongCuong_2012-nhap-lai.xlsx' }, husband: { ...tuyen.husband, ...childName('Trần Văn Tuyền') } };
    expect(run([tuyen, sameEntry]).clusters).toHaveLength(1);
    const slipped: MarriageRecord = { ...withoutIds(tuyen), id: 'marriage-slipped', registration: { ...tuyen.registration, number: '12' }, husband: { ...tuyen.husband, birthDate: '1990-01-07', personalId: null } };
    expect(run([withoutIds(tuyen), slipped]).clusters).toHaveLength(1);
    const newPaper: MarriageRecord = { ...tuyen, id: 'marriage-new-paper', registration: { ...tuyen.registration, number: null }, husband: { ...tuyen.husband, personalId: '026090004417' } };
    expect(run([tuyen, newPaper]).clusters).toHaveLength(1);
  });
});
