import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { notesDeath } from '../../src/dedup/specs/record-values.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
const vetoesOf = (result: ReturnType<typeof run>) => result.review.map((pair) => pair.explanation.vetoes);

/** Hương Sơn's 2014 book. */
const huongSon2014 = { ...birthAn.registration, communeCode: '08950', book: '01/2014', place: 'UBND xã Hương Sơn' };
const file = { file: '249-binh-xuyen/KS_HuongSon_2014.xlsx', sheet: 'Sheet1' };

describe('birth namesakes whose family cannot be compared go to review', () => {
  const hung: BirthRecord = {
    ...birthAn,
    id: 'birth-huong-son-2014-30',
    registration: { ...huongSon2014, number: '30', date: '2014-05-20' },
    provenance: { ...file, row: 9 },
    child: { ...birthAn.child, ...childName('Nguyễn Văn Hùng'), birthDate: '2014-05-01', personalId: null },
    mother: { ...birthAn.mother, fullName: 'Lê Thị Hoa', birthYear: '1988' },
    father: { ...birthAn.mother, fullName: 'Nguyễn Văn Sáu', birthYear: '1985' },
  };

  it('Nguyễn Văn Hùng born the same day in the commune, the second row without parents nor number: review, not merged', () => {
    const abandoned: BirthRecord = {
      ...hung,
      id: 'birth-huong-son-2014-no-number',
      registration: { ...hung.registration, number: null, date: '2014-05-25' },
      provenance: { ...file, row: 10 },
      mother: { ...hung.mother, fullName: null, birthYear: null, residence: null },
      father: null,
      remarks: 'Trẻ bị bỏ rơi, UBND xã lập biên bản',
    };
    const result = run([hung, abandoned]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOf(result)).toEqual([[{ code: 'no-parents', action: 'review' }]]);
  });

  it('does not hold back a re-registration without parents: an original is expected, and often kept fewer fields', () => {
    const reRegistered: BirthRecord = {
      ...hung,
      id: 'birth-thien-ke-2019-210',
      registration: { ...hung.registration, communeCode: '08947', book: '01/2019', number: '210', date: '2019-08-12', place: 'UBND xã Thiện Kế' },
      mother: { ...hung.mother, fullName: null, birthYear: null, residence: null },
      father: null,
      remarks: 'Đăng ký lại',
    };
    const result = run([hung, reRegistered]);
    const vetoes = [...vetoesOf(result).flat(), ...result.clusters.flatMap((cluster) => cluster.members.flatMap((member) => member.explanation?.vetoes ?? []))];
    expect(vetoes.map((veto) => veto.code)).not.toContain('no-parents');
  });

  it('still merges a row without parents that is the same register entry or carries the same personal ID', () => {
    const withId = { ...hung, child: { ...hung.child, personalId: '026214000301' } };
    const sameEntry = { ...withId, id: 'birth-copy-no-parents', mother: { ...hung.mother, fullName: null, birthYear: null }, father: null, child: { ...withId.child, personalId: null } };
    expect(run([hung, sameEntry]).mergedAwayIds).toHaveLength(1);
    const sameId = { ...sameEntry, registration: { ...sameEntry.registration, number: null }, child: withId.child };
    expect(run([withId, sameId]).mergedAwayIds).toHaveLength(1);
  });

  it('Nguyễn Thị Lan on entries 31 and 32, mothers both Nguyễn Thị Hoa without a birth year, one father missing: review, not merged', () => {
    const lan: BirthRecord = {
      ...hung,
      id: 'birth-huong-son-2014-31',
      registration: { ...huongSon2014, number: '31', date: '2014-05-21' },
      provenance: { ...file, row: 11 },
      child: { ...hung.child, ...childName('Nguyễn Thị Lan'), sex: 'female', birthDate: '2014-05-03' },
      mother: { ...hung.mother, fullName: 'Nguyễn Thị Hoa', birthYear: null, residence: 'thôn Nội Phật, xã Hương Sơn, huyện Bình Xuyên, tỉnh Vĩnh Phúc' },
      father: { ...hung.mother, fullName: 'Nguyễn Văn Hải', birthYear: '1986' },
    };
    const namesake: BirthRecord = {
      ...lan,
      id: 'birth-huong-son-2014-32',
      registration: { ...lan.registration, number: '32', date: '2014-05-22' },
      provenance: { ...file, row: 12 },
      mother: { ...lan.mother, residence: 'thôn Hương Đà, xã Hương Sơn, huyện Bình Xuyên, tỉnh Vĩnh Phúc' },
      father: null,
    };
    const result = run([lan, namesake]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOf(result)).toEqual([[{ code: 'two-entries', action: 'review' }]]);
    // A copy with its number mistyped, both parents agreeing, still merges.
    const mistyped = { ...lan, id: 'birth-huong-son-2014-31-nhap-lai', registration: { ...lan.registration, number: '37' }, provenance: { ...file, row: 40 } };
    expect(run([lan, mistyped]).mergedAwayIds).toHaveLength(1);
  });
});

describe('a child noted dead and a later entry of the same name', () => {
  const elder: BirthRecord = {
    ...birthAn,
    id: 'birth-huong-son-1975-3',
    registration: { ...huongSon2014, book: '01/1975', number: '3', date: '1975-01-20' },
    provenance: { file: '249-binh-xuyen/KS_HuongSon_1975.xlsx', sheet: 'Sheet1', row: 9 },
    child: { ...birthAn.child, ...childName('Nguyễn Văn Long'), birthDate: '1975-01-12', personalId: null },
    mother: { ...birthAn.mother, fullName: 'Trần Thị Nụ', birthYear: '1950' },
    father: { ...birthAn.mother, fullName: 'Nguyễn Văn Khang', birthYear: '1948' },
    remarks: 'Đã chết ngày 03/05/1975',
  };
  const younger: BirthRecord = {
    ...elder,
    id: 'birth-huong-son-2018-150',
    registration: { ...huongSon2014, book: '01/2018', number: '150', date: '2018-08-10' },
    provenance: { file: '249-binh-xuyen/KS_HuongSon_2018.xlsx', sheet: 'Sheet1', row: 9 },
    child: { ...elder.child, birthDate: '1975' },
    mother: { ...elder.mother, birthYear: null },
    father: { ...elder.mother, fullName: 'Nguyễn Văn Khang', birthYear: null },
    remarks: 'Đăng ký lại',
  };

  it('sends a re-registration with the year only to review when the earlier entry says the child died', () => {
    const result = run([elder, younger]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOf(result)).toEqual([[{ code: 'died', action: 'review' }]]);
    // Without the note it is an ordinary re-registration, merged.
    expect(run([{ ...elder, remarks: null }, younger]).mergedAwayIds).toEqual([younger.id]);
  });

  it('reads death notes, not a lost paper', () => {
    for (const remark of ['Đã chết ngày 03/05/1975', 'Đã mất năm 1980', 'đã mất.', 'Tử vong lúc 2 tuổi', 'Đã qua đời']) expect(notesDeath(remark)).toBe(true);
    for (const remark of ['Đăng ký lại, bản chính Giấy khai sinh bị mất', 'Đã mất bản chính', 'Sinh đôi', 'Trẻ bị bỏ rơi', 'Cha đã chết trước khi sinh', 'Bố đẻ đã mất năm 2010']) {
      expect(notesDeath(remark), remark).toBe(false);
    }
  });
});
