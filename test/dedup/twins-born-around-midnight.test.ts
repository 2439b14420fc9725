/**
 * Twins born late one evening and after midnight are registered together (one day, neighbouring
 * numbers) each with their own date. Given names a mark or a letter apart that are both names
 * (Phúc / Phú) are two children, as for twins born the same day: kept apart, not sent to review
 * (they scored 23.3, between the thresholds, with no veto). A copy of one entry (same number)
 * whose day slipped is still a copy.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);

/** Tam Hợp 2016, No 24 and 25, registered on 28/03/2016: Đỗ Hữu Phúc born 14/03 at night, Đỗ Hữu Phú after midnight. */
const family = {
  mother: { ...birthAn.mother, fullName: 'Lưu Thị Hạnh', birthYear: '1990' },
  father: { ...birthAn.mother, fullName: 'Đỗ Văn Thắng', birthYear: '1987' },
};
const phuc: BirthRecord = {
  ...birthAn,
  ...family,
  id: 'birth-tam-hop-2016-24',
  registration: { ...birthAn.registration, book: '01/2016', number: '24', date: '2016-03-28' },
  provenance: { ...birthAn.provenance, file: '249/KS-08953-2016.xlsx', row: 27 },
  child: { ...birthAn.child, ...childName('Đỗ Hữu Phúc'), birthDate: '2016-03-14', personalId: null },
  remarks: 'Sinh đôi',
};
const phu: BirthRecord = {
  ...phuc,
  id: 'birth-tam-hop-2016-25',
  registration: { ...phuc.registration, number: '25' },
  provenance: { ...phuc.provenance, row: 28 },
  child: { ...phuc.child, ...childName('Đỗ Hữu Phú'), birthDate: '2016-03-15' },
  remarks: null,
};

describe('twins born either side of midnight', () => {
  it('keeps Phúc and Phú apart without a review', () => {
    const result = run([phuc, phu]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('still reviews them when registered apart (other numbers, other days)', () => {
    const late = { ...phu, registration: { ...phu.registration, number: '61', date: '2016-06-02' } };
    const result = run([phuc, late]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
  });

  it('merges a copy of one entry whose day slipped (same number)', () => {
    const copy = { ...phuc, id: 'birth-tam-hop-2016-24-copy', provenance: { ...phuc.provenance, file: '249/KS-08953-2016-nhap-lai.xlsx' }, child: { ...phuc.child, birthDate: '2016-03-15' } };
    const result = run([phuc, copy]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(phuc.id);
  });
});
