import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from './clean-records.js';

const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '249')), marriageDedupSpec);

describe('marriage deduplication: the same couple on the same registration', () => {
  it('merges the entry typed twice, with a typo in the wife’s name', () => {
    const copy: MarriageRecord = { ...marriageDong, id: 'marriage-copy', provenance: { ...marriageDong.provenance, row: 40 }, wife: { ...marriageDong.wife, ...childName('Trần Thị Xuan') } };
    const result = run([marriageDong, copy]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'registration.entry', level: 'same-entry' }));
  });

  it('merges a re-registration (new date, other commune, no IDs) into the original', () => {
    const reRegistration: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-2021-dkl',
      registration: { ...marriageDong.registration, communeCode: '08953', book: '01/2021', number: '9', date: '2021-03-02' },
      husband: { ...marriageDong.husband, personalId: null },
      wife: { ...marriageDong.wife, personalId: null },
      remarks: 'Đăng ký lại',
    };
    const result = run([reRegistration, marriageDong]);
    expect(result.clusters[0]?.survivor.id).toBe(marriageDong.id);
    expect(result.clusters[0]?.memberIds).toEqual([reRegistration.id]);
    // Its new date is what a re-registration is: no evidence against (weight 0).
    expect(result.clusters[0]?.members[0]?.explanation.differed).toContainEqual({ field: 'registration.date', level: 're-registration', weight: 0 });
  });

  it('keeps a second marriage of the same man apart (another wife)', () => {
    const second: MarriageRecord = {
      ...marriageDong,
      id: 'marriage-second',
      registration: { ...marriageDong.registration, book: '01/2023', number: '14', date: '2023-06-10' },
      wife: { ...marriageDong.wife, ...childName('Lê Thị Hoa'), birthDate: '1998-01-01', personalId: null },
      remarks: 'Kết hôn lần hai',
    };
    const result = run([marriageDong, second]);
    expect(result.candidatePairs.total).toBe(1); // the husband's ID pairs them
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'other-spouse', pairs: 1 });
  });

  it('merges the couple registered again weeks later in the wife’s commune (no IDs), and still reviews it half a year later', () => {
    const noIds = (record: MarriageRecord): MarriageRecord => ({ ...record, husband: { ...record.husband, personalId: null }, wife: { ...record.wife, personalId: null } });
    const first = noIds(marriageDong);
    // Tam Hợp, the wife's commune, 24 days later: one marriage registered twice.
    const tamHop: MarriageRecord = noIds({
      ...marriageDong,
      id: 'marriage-tam-hop-2018-6',
      registration: { ...marriageDong.registration, communeCode: '08953', number: '6', date: '2018-02-08', place: 'UBND xã Tam Hợp' },
      provenance: { file: '249-binh-xuyen/ket-hon-tam-hop-2018.xlsx', sheet: 'KH 2018', row: 10 },
    });
    const result = run([first, tamHop]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, cluster.memberIds])).toEqual([[first.id, [tamHop.id]]]);
    expect(result.review).toEqual([]);
    const later = run([first, { ...tamHop, registration: { ...tamHop.registration, date: '2018-07-20' } }]);
    expect(later.clusters).toEqual([]);
    expect(later.review[0]?.explanation.vetoes).toEqual([{ code: 'other-registration', action: 'review' }]);
  });

  it('sends the same couple registered again years later, not as a re-registration, to review', () => {
    const again: MarriageRecord = { ...marriageDong, id: 'marriage-again', registration: { ...marriageDong.registration, book: '01/2022', number: '30', date: '2022-11-05' } };
    const result = run([marriageDong, again]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toEqual([{ code: 'other-registration', action: 'review' }]);
  });
});
