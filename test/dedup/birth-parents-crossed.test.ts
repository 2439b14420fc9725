/**
 * A birth entry typed again with the parents in each other's columns (the father's
 * name and year under the mother's headings: PARENT_NAME_SEX on that entry) is the
 * same registration: compared with the parents exchanged, as marriages compare
 * spouses typed crossed, it merges; twins typed so stay apart.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '252')), birthDedupSpec);
const THON_DONG = 'Thôn Đông, xã Vĩnh Thịnh, huyện Vĩnh Tường, tỉnh Vĩnh Phúc';

/** Vĩnh Thịnh (09154) 2005, No 2: Trần Thị Mai, mother Phạm Thị Xuân 1983, father Trần Văn Lực 1981. */
const mai: BirthRecord = {
  ...birthAn,
  id: 'birth-vinh-thinh-2005-2',
  registration: { ...birthAn.registration, districtCode: '252', communeCode: '09154', book: '01/2005', number: '2', date: '2005-07-20', place: 'UBND xã Vĩnh Thịnh' },
  provenance: { file: 'KS_VinhThinh_2005.xlsx', sheet: '2005', row: 6 },
  child: { ...birthAn.child, ...childName('Trần Thị Mai'), sex: 'female', birthDate: '2005-07-03', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Phạm Thị Xuân', birthYear: '1983', residence: THON_DONG },
  father: { ...birthAn.mother, fullName: 'Trần Văn Lực', birthYear: '1981', residence: THON_DONG, personalId: null },
};
const PARENTS_CROSSED_WARNINGS = [
  { code: 'PARENT_NAME_SEX', field: 'mother.fullName', message: 'Tên mẹ "Trần Văn Lực" có tên đệm "Văn", thường là tên nam: có thể tên cha và mẹ đã bị ghi đảo cột.' },
  { code: 'PARENT_NAME_SEX', field: 'father.fullName', message: 'Tên cha "Phạm Thị Xuân" có tên đệm "Thị", thường là tên nữ: có thể tên cha và mẹ đã bị ghi đảo cột.' },
];
/** The re-typed book's row: the same entry, the parents typed crossed. */
const crossed = (record: BirthRecord, id: string): BirthRecord => ({
  ...record,
  id,
  provenance: { ...record.provenance, file: 'KS_VinhThinh_2005-nhap-lai.xlsx' },
  mother: { ...record.mother, fullName: record.father?.fullName ?? null, birthYear: record.father?.birthYear ?? null },
  father: { ...record.mother, fullName: record.mother.fullName, birthYear: record.mother.birthYear },
  warnings: PARENTS_CROSSED_WARNINGS,
});

describe('a birth typed again with the parents in each other’s columns', () => {
  it('merges with the entry it copies, compared with the parents exchanged', () => {
    const result = run([mai, crossed(mai, 'birth-vinh-thinh-2005-nhap-lai-2')]);
    expect(result.review).toEqual([]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(mai.id);
    const explanation = result.clusters[0]?.members[0]?.explanation;
    expect(explanation?.rolesCrossed).toBe(true);
    expect(explanation?.vetoes).toEqual([]);
  });

  it('compares as typed when no PARENT_NAME_SEX says the columns were crossed', () => {
    const unflagged = { ...crossed(mai, 'birth-copy'), warnings: [] };
    const result = run([mai, unflagged]);
    expect(result.clusters).toEqual([]);
    expect(result.review[0]?.explanation.rolesCrossed).toBeUndefined();
  });

  it('keeps a twin typed with the parents crossed apart (Hùng/Hưng, neighbouring numbers)', () => {
    const hung: BirthRecord = { ...mai, child: { ...mai.child, ...childName('Trần Văn Hùng'), sex: 'male' } };
    const hungTwin: BirthRecord = {
      ...crossed(hung, 'birth-vinh-thinh-2005-3'),
      registration: { ...hung.registration, number: '3' },
      provenance: { ...hung.provenance, row: 7 },
      child: { ...hung.child, ...childName('Trần Văn Hưng') },
    };
    const result = run([hung, hungTwin]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });
});
