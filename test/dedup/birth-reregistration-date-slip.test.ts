/**
 * A birth re-registration (đăng ký lại) years later whose birth date slipped a key in the
 * month or the year (01/04/2016 typed 01/05/2016, 10/05/2016 typed 10/05/2015) shares no
 * dated block with the book's entry: it was never compared and loaded as a second child.
 * The name+parents block (the child's name as spelt, both parents' names) lets the pair be
 * compared; the comparison sends it to review, never merges it — and siblings whose names
 * are a tone apart (Thúy / Thủy) still do not meet.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);

/** Tam Hợp 2016 No. 14: Vũ Thị Hoà, born 01/04/2016. */
const hoa: BirthRecord = {
  ...birthAn,
  id: 'birth-tam-hop-2016-14',
  registration: { ...birthAn.registration, book: '01/2016', number: '14', date: '2016-04-04' },
  provenance: { file: '249/KS-TamHop-2016.xlsx', sheet: 'Quyển 01-2016', row: 19 },
  child: { ...birthAn.child, ...childName('Vũ Thị Hoà'), sex: 'female', birthDate: '2016-04-01', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Kiều Thị Thoa' },
  father: birthAn.father && { ...birthAn.father, fullName: 'Vũ Văn Thắng' },
  declarant: { fullName: 'Vũ Văn Thắng', relation: 'Cha' },
};

/** Re-registered in 2019 (No. 26), the name spelt 'Hòa', the birth month typed 05. */
const reRegistered = (birthDate: string): BirthRecord => ({
  ...hoa,
  id: `birth-tam-hop-2019-26-${birthDate}`,
  registration: { ...hoa.registration, book: '01/2019', number: '26', date: '2019-08-05' },
  provenance: { file: '249/KS-TamHop-2019.xlsx', sheet: 'Quyển 01-2019', row: 7 },
  child: { ...hoa.child, ...childName('Vũ Thị Hòa'), birthDate },
  remarks: 'Đăng ký lại',
});

describe('a birth re-registration whose birth date slipped in the month or the year', () => {
  it('is compared with the book’s entry and sent to review, not loaded unseen as a second child', () => {
    for (const birthDate of ['2016-05-01', '2015-04-01']) {
      const copy = reRegistered(birthDate);
      const result = run([hoa, copy]);
      expect(result.clusters).toEqual([]);
      expect(result.review.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([[hoa.id, copy.id].sort()]);
      expect(result.review[0]?.foundBy).toBe('name+parents');
    }
  });

  it('keeps siblings of one pair of parents born years apart with names a tone apart out of the block', () => {
    const younger: BirthRecord = { ...hoa, id: 'birth-tam-hop-2018-3', registration: { ...hoa.registration, number: '3', date: '2018-06-04' }, child: { ...hoa.child, ...childName('Vũ Thị Hóa'), birthDate: '2018-06-01' } };
    expect(run([hoa, younger]).candidatePairs.total).toBe(0);
  });

  it('keeps two children of one couple apart when each was registered as a newborn, years apart', () => {
    // A child who died young and the next one given the name, each entered in the year of its birth.
    // The elder registered some weeks past the 60 days ('quá hạn'), as rural books often are.
    const elder: BirthRecord = { ...hoa, registration: { ...hoa.registration, date: '2016-06-10' }, remarks: 'Đã chết năm 2017' };
    const younger: BirthRecord = { ...hoa, id: 'birth-tam-hop-2019-30', registration: { ...hoa.registration, book: '01/2019', number: '30', date: '2019-09-12' }, provenance: { file: '249/KS-TamHop-2019.xlsx', sheet: 'Quyển 01-2019', row: 11 }, child: { ...hoa.child, ...childName('Vũ Thị Hòa'), birthDate: '2019-09-02' } };
    for (const pair of [[hoa, younger], [elder, younger]]) {
      const result = run(pair);
      expect(result.clusters).toEqual([]);
      expect(result.review).toEqual([]);
    }
    // Sisters sharing a given name, two middle names.
    const sister: BirthRecord = { ...younger, child: { ...younger.child, ...childName('Vũ Ngọc Hòa') } };
    expect(run([hoa, sister]).review).toEqual([]);
    // The same later entry registered years after the date it gives (a re-registration without its remark) is still reviewed.
    const late: BirthRecord = { ...younger, child: { ...younger.child, birthDate: '2016-09-02' } };
    expect(run([hoa, late]).review.map((pair) => pair.foundBy)).toEqual(['name+parents']);
  });
});
