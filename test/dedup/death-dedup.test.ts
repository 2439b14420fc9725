import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { deathThinh } from './clean-records.js';

const run = (records: DeathRecord[]) => deduplicate(records.map((record) => deathDedupSpec.toDedupRecord(record, '249')), deathDedupSpec);

/** The same death registered again in the commune where the son lives, with only the birth year. */
const registeredAgain: DeathRecord = {
  ...deathThinh,
  id: 'death-gia-khanh-2016-4',
  registration: { ...deathThinh.registration, communeCode: '08936', number: '4', date: '2016-03-01', place: 'UBND thị trấn Gia Khánh' },
  provenance: { file: '249-binh-xuyen/khai-tu-gia-khanh-2016.xlsx', sheet: 'KT', row: 7 },
  deceased: { ...deathThinh.deceased, birthDate: '1935', personalId: null, residence: null },
  cause: null,
};

describe('death deduplication: the same person with the same death date', () => {
  it('merges the same death registered twice (birth year only on one)', () => {
    const result = run([registeredAgain, deathThinh]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(deathThinh.id); // registered earlier
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'deathDate', level: 'exact' }));
    expect(result.clusters[0]?.fills).toEqual([]); // the survivor has everything the member has
  });

  it('fills what the survivor lacks from the member', () => {
    const sparseOriginal: DeathRecord = { ...deathThinh, cause: null, deceased: { ...deathThinh.deceased, personalId: null } };
    const result = run([sparseOriginal, { ...registeredAgain, cause: 'Già yếu', deceased: { ...registeredAgain.deceased, personalId: '026035000401' } }]);
    expect(result.clusters[0]?.survivor.id).toBe(deathThinh.id);
    expect(result.clusters[0]?.fills).toEqual([
      { field: 'deceased.personalId', fromId: registeredAgain.id },
      { field: 'cause', fromId: registeredAgain.id },
    ]);
  });

  it('keeps another death date apart (another death of a namesake)', () => {
    const otherDeath: DeathRecord = { ...registeredAgain, id: 'death-other-date', deathDate: '2016-02-20' };
    const result = run([deathThinh, otherDeath]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('keeps a namesake born decades later apart, even with the same death date', () => {
    const namesake: DeathRecord = { ...registeredAgain, id: 'death-namesake', deceased: { ...registeredAgain.deceased, birthDate: '1962-02-01' } };
    const result = run([deathThinh, namesake]);
    expect(result.candidatePairs.total).toBe(1);
    expect(result.clusters).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'namesakes', pairs: 1 });
  });

  it('never merges a woman with a man of the same name and dates', () => {
    const woman: DeathRecord = { ...registeredAgain, id: 'death-woman', deceased: { ...registeredAgain.deceased, sex: 'female' } };
    const result = run([deathThinh, woman]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]); // it would score for review without the guard
    expect(result.vetoes).toContainEqual({ code: 'different-sex', pairs: 1 });
  });
});

describe('death re-registration (đăng ký lại) with only the years', () => {
  // Nguyễn Thị Nhài of Tề Lỗ: entry 6 of 2016, and its re-registration of 2019 that kept only '1941' and '2016'.
  const nhai: DeathRecord = {
    ...deathThinh,
    id: 'death-te-lo-2016-6',
    registration: { ...deathThinh.registration, districtCode: '251', communeCode: '09040', number: '6', date: '2016-03-28', place: 'UBND Xã Tề Lỗ' },
    provenance: { file: '251/KT-09040-2016.csv', sheet: '', row: 7 },
    deceased: { ...deathThinh.deceased, fullName: 'Nguyễn Thị Nhài', familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Nhài', sex: 'female', birthDate: '1941', personalId: null, residence: 'Thôn Ngoại, xã Tề Lỗ' },
    deathDate: '2016-03-25',
    remarks: null,
  };
  const again: DeathRecord = {
    ...nhai,
    id: 'death-te-lo-2019-3',
    registration: { ...nhai.registration, number: '3', date: '2019-01-15' },
    provenance: { file: '251/KT-09040-2019.csv', sheet: '', row: 4 },
    deathDate: '2016',
    remarks: 'Đăng ký lại',
  };

  it('merges it into the original: the year agrees at its own precision and the last residence is the same (it was review at 20.03)', () => {
    const result = run([again, nhai]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(nhai.id);
    const agreed = result.clusters[0]?.members[0]?.explanation.agreed;
    expect(agreed).toContainEqual(expect.objectContaining({ field: 'deathDate', level: 'precision-year' }));
    expect(agreed).toContainEqual(expect.objectContaining({ field: 'deceased.residence', level: 'same' }));
    expect(result.review).toEqual([]);
  });

  it('does not merge a namesake of another village who died the same year', () => {
    const namesake: DeathRecord = { ...again, id: 'death-te-lo-2019-8', deceased: { ...again.deceased, residence: 'Thôn Nội, xã Tề Lỗ' } };
    const result = run([namesake, nhai]);
    expect(result.clusters).toEqual([]);
  });

  it('merges the same entry retyped with only the sex cell mistyped, and reviews it with a name slip too', () => {
    // The book's row typed again into a '-nhap-lai' file: same commune, year and number, 'Nữ' for 'Nam'.
    const retyped: DeathRecord = {
      ...deathThinh,
      id: 'death-retyped-sex-slip',
      provenance: { ...deathThinh.provenance, file: '249-binh-xuyen/khai-tu-huong-son-2016-nhap-lai.csv' },
      deceased: { ...deathThinh.deceased, sex: 'female', personalId: null },
    };
    const result = run([deathThinh, retyped]);
    expect(result.review).toEqual([]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, cluster.memberIds])).toEqual([[deathThinh.id, [retyped.id]]]);
    expect(result.clusters[0]?.disagreements?.map((disagreement) => disagreement.field)).toEqual(['deceased.sex']);
    const nameSlip = run([deathThinh, { ...retyped, deceased: { ...retyped.deceased, givenName: 'Thình', fullName: 'Nguyễn Văn Thình' } }]);
    expect(nameSlip.clusters).toEqual([]);
    expect(nameSlip.review[0]?.explanation.vetoes).toContainEqual({ code: 'different-sex', action: 'review' });
  });
});
