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

/**
 * Copies that disagree on roles where no name says so (s11, Trung Nguyên 2012 No. 14: 'Trần Ngọc Anh' typed
 * under the husband's headings with CMNDs, then again the other way round): the copy whose own values show
 * the roles right (a husband's 12-digit ID of a man) survives; with nothing to show it, the survivor is warned.
 */
describe('copies compared crossed, their names giving no hint', () => {
  const right: MarriageRecord = {
    ...marriageDong,
    id: 'marriage-trung-nguyen-2012-14-b',
    registration: { ...marriageDong.registration, districtCode: '251', communeCode: '09043', book: '01/2012', number: '14', date: '2012-08-06' },
    provenance: { file: 'TrungNguyen_KH_2012.xlsx', sheet: '2012', row: 6 },
    husband: { ...marriageDong.husband, ...childName('Nguyễn Minh Tâm'), birthDate: '1987-05-12', personalId: '026087112233' },
    wife: { ...marriageDong.wife, ...childName('Trần Ngọc Anh'), birthDate: '1990-09-03', personalId: '026190667788' },
  };
  const typedCrossed: MarriageRecord = {
    ...right,
    id: 'marriage-trung-nguyen-2012-14-a',
    provenance: { ...right.provenance, row: 4 },
    husband: { ...right.wife, personalId: '135667788' },
    wife: { ...right.husband, personalId: '135112233' },
  };

  it('keeps the copy whose IDs show the husband a man, though typed later', () => {
    const [cluster] = runMarriages([typedCrossed, right]).clusters;
    expect(cluster?.survivor.id).toBe(right.id);
    expect(cluster?.rolesExchanged).toBeUndefined();
    expect(cluster?.disagreements).toBeUndefined();
  });

  it('puts back a crossed original that such a re-registration shows', () => {
    const original: MarriageRecord = { ...typedCrossed, registration: { ...typedCrossed.registration, date: '2012-08-06' } };
    const reRegistration: MarriageRecord = { ...right, registration: { ...right.registration, book: '01/2018', number: '9', date: '2018-05-02' }, remarks: 'Đăng ký lại kết hôn' };
    const [cluster] = runMarriages([original, reRegistration]).clusters;
    expect(cluster?.survivor.id).toBe(original.id);
    expect(cluster?.rolesExchanged).toEqual({ roles: ['husband', 'wife'], fromId: reRegistration.id });
  });

  it('warns the survivor (DEDUP_COPIES_DISAGREE on the husband) when neither copy shows which way round is right', () => {
    const withCmnds: MarriageRecord = { ...right, husband: { ...right.husband, personalId: '135112233' }, wife: { ...right.wife, personalId: '135667788' } };
    const [cluster] = runMarriages([typedCrossed, withCmnds]).clusters;
    expect(cluster?.survivor.id).toBe(typedCrossed.id);
    expect(cluster?.rolesExchanged).toBeUndefined();
    expect(cluster?.disagreements).toEqual([{ field: 'husband.fullName', fromId: withCmnds.id }]);
  });
});

/**
 * Duy Phiên's 2010 book and its retype, CMNDs only and no Văn/Thị: the names still lean — 'Hữu' is a man's
 * middle name, 'Thu' a woman's — and say which copy has the spouses in their own columns.
 */
describe('copies compared crossed, their middle names leaning to one sex', () => {
  const right: MarriageRecord = {
    ...marriageDong,
    id: 'marriage-duy-phien-2010-9-b',
    registration: { ...marriageDong.registration, districtCode: '247', communeCode: '08893', book: '01/2010', number: '9', date: '2010-04-19' },
    provenance: { file: 'KH_DuyPhien_2010_nhap_lai.xlsx', sheet: 'Sheet1', row: 11 },
    husband: { ...marriageDong.husband, ...childName('Nguyễn Hữu Hưởng'), birthDate: '1984-02-11', personalId: '135582552' },
    wife: { ...marriageDong.wife, ...childName('Đào Thu Hiền'), birthDate: '1988-07-30', personalId: '135514675' },
  };
  const typedCrossed: MarriageRecord = { ...right, id: 'marriage-duy-phien-2010-9-a', provenance: { file: 'KH_DuyPhien_2010.xlsx', sheet: 'Sheet1', row: 16 }, husband: right.wife, wife: right.husband };

  it('keeps the copy typed the right way round, with no warning that the copies disagree', () => {
    const [cluster] = runMarriages([typedCrossed, right]).clusters;
    expect(cluster?.survivor.id).toBe(right.id);
    expect(cluster?.rolesExchanged).toBeUndefined();
    expect(cluster?.disagreements).toBeUndefined();
  });

  it('puts back a crossed original that its re-registration so typed shows', () => {
    const reRegistration: MarriageRecord = { ...right, registration: { ...right.registration, book: '01/2016', number: '41', date: '2016-08-09' }, remarks: 'Đăng ký lại kết hôn' };
    const [cluster] = runMarriages([typedCrossed, reRegistration]).clusters;
    expect(cluster?.survivor.id).toBe(typedCrossed.id);
    expect(cluster?.rolesExchanged).toEqual({ roles: ['husband', 'wife'], fromId: reRegistration.id });
  });

  it('still warns when the middle names do not lean (Minh, Ngọc)', () => {
    const unlean = (name: string | null): string => name!.replace('Hữu', 'Minh').replace('Thu', 'Ngọc');
    const plain = (record: MarriageRecord): MarriageRecord => ({ ...record, husband: { ...record.husband, ...childName(unlean(record.husband.fullName)) }, wife: { ...record.wife, ...childName(unlean(record.wife.fullName)) } });
    const [cluster] = runMarriages([plain(typedCrossed), plain(right)]).clusters;
    expect(cluster?.survivor.id).toBe(typedCrossed.id);
    expect(cluster?.disagreements).toEqual([{ field: 'husband.fullName', fromId: right.id }]);
  });
});

/**
 * A wife whose middle name leans to a man's ('Trần Đức Hạnh': Đức Hạnh is a woman's name) beside a husband of no
 * leaning middle name whose given name is a man's only ('Nguyễn Minh Tuấn'): the copy typed the right way round shows
 * a leaning against its columns, the crossed one a leaning to them and a man's given name under the wife's headings.
 * The names do not say which copy is right: nothing is put back, the copies are told to disagree.
 */
describe('copies compared crossed, a middle name leaning against its spouse\'s sex', () => {
  const right: MarriageRecord = {
    ...marriageDong,
    id: 'marriage-tam-hop-2011-14-a',
    registration: { ...marriageDong.registration, districtCode: '249', communeCode: '09037', book: '01/2011', number: '14', date: '2011-05-06' },
    provenance: { file: 'KH_TamHop_2011.xlsx', sheet: 'Sheet1', row: 20 },
    husband: { ...marriageDong.husband, ...childName('Nguyễn Minh Tuấn'), birthDate: '1985-03-02', personalId: '135223417' },
    wife: { ...marriageDong.wife, ...childName('Trần Đức Hạnh'), birthDate: '1987-11-15', personalId: '135301988' },
  };
  const typedCrossed: MarriageRecord = { ...right, id: 'marriage-tam-hop-2011-14-b', provenance: { file: 'KH_TamHop_2011_nhap_lai.xlsx', sheet: 'Sheet1', row: 9 }, husband: right.wife, wife: right.husband };

  it('keeps the original as typed and warns that the copies disagree', () => {
    const [cluster] = runMarriages([right, typedCrossed]).clusters;
    expect(cluster?.survivor.id).toBe(right.id);
    expect(cluster?.rolesExchanged).toBeUndefined();
    expect(cluster?.disagreements).toEqual([{ field: 'husband.fullName', fromId: typedCrossed.id }]);
  });

  it('does not put back a straight original that its crossed re-registration would overturn', () => {
    const reRegistration: MarriageRecord = { ...typedCrossed, registration: { ...right.registration, book: '01/2016', number: '41', date: '2016-08-09' }, remarks: 'Đăng ký lại kết hôn' };
    const [cluster] = runMarriages([right, reRegistration]).clusters;
    expect(cluster?.survivor.id).toBe(right.id);
    expect(cluster?.rolesExchanged).toBeUndefined();
  });
});
