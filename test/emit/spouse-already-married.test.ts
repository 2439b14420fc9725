/**
 * A spouse of an earlier marriage the batch keeps, marrying another partner with no word that the first
 * marriage ended (Law 52/2014/QH13 Art. 5(2)(c) forbids marrying while married): before, nothing was said;
 * now the later record carries MARRIAGE_SPOUSE_ALREADY_MARRIED. A remarriage the remarks explain (a divorce,
 * a death, 'tái hôn'), a re-registration, the same couple, namesakes of other birth dates, and a marriage
 * registered more than a year after the other (a widower's remarriage, the first marriage's end not in the
 * register) stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { commitCleanRecords } from './commit-clean-records.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from '../dedup/clean-records.js';

const found = (record: { warnings: { code: string; field: string }[] }) =>
  record.warnings.filter((warning) => warning.code === 'MARRIAGE_SPOUSE_ALREADY_MARRIED').map((warning) => warning.field);

/** Another marriage of the book, `row - 4` entries after marriageDong, the husband's and wife's columns changed as given. */
function marriage(row: number, husband: Partial<MarriageRecord['husband']>, wife: Partial<MarriageRecord['wife']>, remarks: string | null = null): MarriageRecord {
  return {
    ...marriageDong,
    id: `marriage-quat-luu-2018-${row}`,
    registration: { ...marriageDong.registration, number: String(row - 4), date: `2018-0${Math.min(9, row - 3)}-20` },
    provenance: { ...marriageDong.provenance, row },
    husband: { ...marriageDong.husband, ...husband },
    wife: { ...marriageDong.wife, ...wife },
    remarks,
  };
}

const otherWife = { ...childName('Lê Thị Hoa'), birthDate: '1998-01-01', personalId: '026198001777' };

describe('a spouse already married in an earlier entry', () => {
  it('flags the husband marrying another wife months later, by his ID, on the later entry', async () => {
    const { clean } = await commitCleanRecords('marriage', [marriageDong, marriage(6, { personalId: '026093001501' }, otherWife)]);
    expect(clean.map(found)).toEqual([[], ['husband.fullName']]);
    expect(clean[1].warnings.find((warning: { code: string }) => warning.code === 'MARRIAGE_SPOUSE_ALREADY_MARRIED').message).toContain('(dòng 5)');
  });

  it('flags the wife by her name and whole birth date, without an ID', async () => {
    const first = marriage(6, { ...childName('Phạm Văn Long'), birthDate: '1990-05-05', personalId: null }, { ...childName('Đỗ Thị Hằng'), birthDate: '1994-02-03', personalId: null });
    const second = marriage(7, { ...childName('Vũ Văn Tài'), birthDate: '1989-08-08', personalId: null }, { ...childName('Đỗ Thị Hằng'), birthDate: '1994-02-03', personalId: null });
    const { clean } = await commitCleanRecords('marriage', [first, second]);
    expect(clean.map(found)).toEqual([[], ['wife.fullName']]);
  });

  it.each([
    ['the first marriage ended by a divorce noted in its remarks', 'Đã ly hôn theo Bản án số 12/2018/HNGĐ-ST', null],
    ['the second entry saying it is a remarriage', null, 'Tái hôn, vợ trước đã chết năm 2017'],
    ['the second entry a re-registration', null, 'Đăng ký lại, đăng ký lần đầu ngày 12/03/2010'],
    ['the second entry calling itself a second marriage', null, 'Kết hôn lần hai'],
    ['the first marriage annulled in remarks typed without marks', 'Da huy theo QD so 12/QD-UBND', null],
  ])('stays quiet on %s', async (_case, firstRemarks, secondRemarks) => {
    const first = { ...marriageDong, remarks: firstRemarks };
    const { clean } = await commitCleanRecords('marriage', [first, marriage(6, {}, otherWife, secondRemarks)]);
    expect(clean.map(found)).toEqual([[], []]);
  });

  it.each([
    ['a district office named in the remarks (huy inside huyện)', 'Có xác nhận tình trạng hôn nhân của UBND huyện Bình Xuyên'],
    ['a witness named Huyền', 'Người làm chứng: Nguyễn Thị Huyền'],
    ['a witness named Huy, his name typed with marks', 'Người làm chứng: Nguyễn Văn Huy'],
  ])('still flags the later marriage whose remarks carry %s', async (_case, secondRemarks) => {
    const { clean } = await commitCleanRecords('marriage', [marriageDong, marriage(6, {}, otherWife, secondRemarks)]);
    expect(clean.map(found)).toEqual([[], ['husband.fullName']]);
  });

  it("leaves a husband's ID copied onto another man to PERSONAL_ID_OTHER_PERSON", async () => {
    const copied = marriage(6, { ...childName('Hoàng Văn Thắng'), birthDate: '1993-07-09' }, otherWife);
    const { clean } = await commitCleanRecords('marriage', [marriageDong, copied]);
    expect(clean.map(found)).toEqual([[], []]);
    expect(clean[1].warnings.map((warning: { code: string }) => warning.code)).toContain('PERSONAL_ID_OTHER_PERSON');
  });

  it('stays quiet on namesakes born on other days, on a birth year alone, and on the same couple again', async () => {
    const namesake = marriage(6, { birthDate: '1991-11-30', personalId: null }, otherWife);
    const yearOnly = marriage(7, { birthDate: '1993', personalId: null }, { ...childName('Ngô Thị Lan'), birthDate: '1997-03-03', personalId: null });
    const { clean } = await commitCleanRecords('marriage', [{ ...marriageDong, husband: { ...marriageDong.husband, personalId: null } }, namesake, yearOnly]);
    expect(clean.map(found)).toEqual([[], [], []]);
  });

  it('stays quiet on namesakes born the same day whose IDs of one kind differ (two men of a big commune)', async () => {
    const first = marriage(6, { ...childName('Nguyễn Văn Hùng'), birthDate: '1990-01-01', personalId: '135512345' }, { ...childName('Lê Thị Hoa'), birthDate: '1992-03-03', personalId: '135598765' });
    const namesake = marriage(7, { ...childName('Nguyễn Văn Hùng'), birthDate: '1990-01-01', personalId: '135677001' }, { ...childName('Phạm Thị Hương'), birthDate: '1995-02-02', personalId: null });
    const newPaper = marriage(8, { ...childName('Nguyễn Văn Hùng'), birthDate: '1990-01-01', personalId: '026090004512' }, { ...childName('Đào Thị Thơm'), birthDate: '1996-06-06', personalId: null });
    const { clean } = await commitCleanRecords('marriage', [first, namesake, newPaper]);
    // A 12-digit number beside the CMNDs may be either man's new paper: that entry is still told.
    expect(clean.map(found)).toEqual([[], [], ['husband.fullName']]);
  });

  it('stays quiet on a remarriage registered years later, or when either registration date is unknown', async () => {
    const years = { ...marriage(6, {}, otherWife), registration: { ...marriageDong.registration, number: '41', date: '2024-11-02' } };
    const undated = { ...marriage(7, {}, { ...otherWife, ...childName('Ngô Thị Lan'), personalId: null }), registration: { ...marriageDong.registration, number: '3', date: null } };
    const { clean } = await commitCleanRecords('marriage', [marriageDong, years, undated]);
    expect(clean.map(found)).toEqual([[], [], []]);
  });

  it('still flags the other marriage registered within a year, to the day', async () => {
    const first = { ...marriageDong, registration: { ...marriageDong.registration, date: '2018-01-20' } };
    const second = { ...marriage(6, {}, otherWife), registration: { ...marriageDong.registration, number: '48', date: '2019-01-20' } };
    const { clean } = await commitCleanRecords('marriage', [first, second]);
    expect(clean.map(found)).toEqual([[], ['husband.fullName']]);
  });

  it('warns the marriage registered later when another commune\'s book with it is read first', async () => {
    const later = { ...marriage(6, {}, otherWife), provenance: { file: 'KH_HuongSon_2018.xlsx', sheet: 'Sổ', row: 5 } };
    const { clean } = await commitCleanRecords('marriage', [later, marriageDong]);
    expect(clean.map(found)).toEqual([['husband.fullName'], []]);
    const warning = clean[0].warnings.find((w: { code: string }) => w.code === 'MARRIAGE_SPOUSE_ALREADY_MARRIED');
    expect(warning.message).toContain(`${marriageDong.provenance.file}`);
  });
});
