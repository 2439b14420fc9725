/**
 * Survivorship of an entry typed with its two roles crossed (MARRIAGE_SPOUSE_NAME_SEX,
 * PARENT_NAME_SEX on it): a copy typed the right way round survives before it; an
 * original so typed still survives its re-registration, and is put back the right way
 * round (rolesExchanged) with its fills on the exchanged paths.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { birthAn, childName, marriageDong } from './clean-records.js';

const runMarriages = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '251')), marriageDedupSpec);
const runBirths = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '252')), birthDedupSpec);
const warning = (code: string, field: string) => ({ code, field, message: '…' });

/** Đồng Cương 2012 No 3: Đỗ Văn Tuấn and Hoàng Thị Nga, typed with the spouses crossed, then typed again right. */
const straight: MarriageRecord = {
  ...marriageDong,
  id: 'marriage-dong-cuong-2012-3-b',
  registration: { ...marriageDong.registration, communeCode: '09028', book: '01/2012', number: '3', date: '2012-03-12' },
  provenance: { file: 'KH_DongCuong_2012.xlsx', sheet: '2012', row: 8 },
  husband: { ...marriageDong.husband, ...childName('Đỗ Văn Tuấn'), birthDate: '1988-06-05', personalId: '026088053986' },
  wife: { ...marriageDong.wife, ...childName('Hoàng Thị Nga'), birthDate: '1990-10-20', personalId: null },
};
const crossed: MarriageRecord = {
  ...straight,
  id: 'marriage-dong-cuong-2012-3-a',
  provenance: { ...straight.provenance, row: 7 },
  husband: { ...straight.wife, personalId: '026190051737' },
  wife: straight.husband,
  warnings: [warning('MARRIAGE_SPOUSE_NAME_SEX', 'husband.fullName'), warning('MARRIAGE_SPOUSE_NAME_SEX', 'wife.fullName')],
};

describe('survivorship of an entry typed with its roles crossed', () => {
  it('keeps the copy typed the right way round, though typed later, and fills it from the crossed one', () => {
    const [cluster] = runMarriages([crossed, straight]).clusters;
    expect(cluster?.survivor.id).toBe(straight.id);
    expect(cluster?.rolesExchanged).toBeUndefined();
    expect(cluster?.fills).toEqual([{ field: 'wife.personalId', fromId: crossed.id, sourceField: 'husband.personalId' }]);
  });

  it('keeps a crossed original before its re-registration, and puts it back with fills on the exchanged paths', () => {
    const original: MarriageRecord = { ...crossed, registration: { ...crossed.registration, book: '01/1997', date: '1997-03-12' }, husband: { ...crossed.husband, personalId: null } };
    const reRegistration: MarriageRecord = { ...straight, registration: { ...straight.registration, book: '01/2017', number: '5', date: '2017-08-21' }, remarks: 'Đăng ký lại kết hôn' };
    const [cluster] = runMarriages([original, reRegistration]).clusters;
    expect(cluster?.survivor.id).toBe(original.id);
    expect(cluster?.rolesExchanged).toEqual({ roles: ['husband', 'wife'], fromId: reRegistration.id });
    expect(cluster?.fills).toEqual([]);
    const noIds: MarriageRecord = { ...original, wife: { ...original.wife, personalId: null } };
    expect(runMarriages([noIds, reRegistration]).clusters[0]?.fills).toEqual([{ field: 'husband.personalId', fromId: reRegistration.id }]);
  });

  it('does not put back a crossed survivor that no member typed right confirms', () => {
    const second: MarriageRecord = { ...crossed, id: 'marriage-crossed-again', provenance: { ...crossed.provenance, row: 30 } };
    const [cluster] = runMarriages([crossed, second]).clusters;
    expect(cluster?.memberIds).toHaveLength(1);
    expect(cluster?.rolesExchanged).toBeUndefined();
  });

  it('puts back a birth whose parents were typed crossed, confirmed by its re-registration', () => {
    const original: BirthRecord = {
      ...birthAn,
      id: 'birth-vinh-thinh-2005-2',
      registration: { ...birthAn.registration, communeCode: '09154', book: '01/2005', number: '2', date: '2005-07-20' },
      child: { ...birthAn.child, ...childName('Trần Thị Mai'), sex: 'female', birthDate: '2005-07-03', personalId: null },
      mother: { ...birthAn.mother, fullName: 'Trần Văn Lực', birthYear: '1981' },
      father: { ...birthAn.mother, fullName: 'Phạm Thị Xuân', birthYear: '1983' },
      warnings: [warning('PARENT_NAME_SEX', 'mother.fullName'), warning('PARENT_NAME_SEX', 'father.fullName')],
    };
    const reRegistration: BirthRecord = {
      ...original,
      id: 'birth-vinh-thinh-2019-4',
      registration: { ...original.registration, book: '01/2019', number: '4', date: '2019-04-02' },
      child: { ...original.child, personalId: '026305000419' },
      mother: { ...birthAn.mother, fullName: 'Phạm Thị Xuân', birthYear: '1983', personalId: '026183000111' },
      father: { ...birthAn.mother, fullName: 'Trần Văn Lực', birthYear: '1981' },
      remarks: 'Đăng ký lại',
      warnings: [],
    };
    const [cluster] = runBirths([original, reRegistration]).clusters;
    expect(cluster?.survivor.id).toBe(original.id);
    expect(cluster?.rolesExchanged).toEqual({ roles: ['mother', 'father'], fromId: reRegistration.id });
    expect(cluster?.fills).toEqual([
      { field: 'child.personalId', fromId: reRegistration.id },
      { field: 'mother.personalId', fromId: reRegistration.id },
    ]);
  });
});
