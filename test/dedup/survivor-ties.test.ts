/**
 * Which copy of one register entry survives when registration and completeness
 * tie: the book before its retyped copy ('KS-08950-2015.xlsx' before
 * 'KS-08950-2015-nhap-lai.xlsx', although '-' sorts before '.'), the entry whose
 * names carry fewer quality warnings (a name is never filled from a member), an
 * entry of a visible sheet before a hidden sheet's draft. And the dates a
 * survivor takes from its members: more precise and agreeing, never disagreeing.
 */
import { describe, expect, it } from 'vitest';
import type { DedupRecord } from '../../src/dedup/dedup-record.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import { fillsFor, isRetypeFile } from '../../src/dedup/survivor.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { birthAn, childName, deathThinh, marriageDong } from './clean-records.js';

/** As the batch writer makes them: spool order is the sorted paths' order, then sheet and row. */
const inSourceOrder = (records: BirthRecord[]): DedupRecord[] =>
  records.map((record, sourceOrder) => ({ ...birthDedupSpec.toDedupRecord(record, '249'), sourceOrder }));

/** Hương Sơn 2015 No 7: Hồ Thị Phương. */
const phuong: BirthRecord = {
  ...birthAn,
  id: 'birth-ks-08950-2015-7',
  registration: { ...birthAn.registration, communeCode: '08950', number: '7', date: '2015-02-03', place: 'UBND xã Hương Sơn' },
  provenance: { file: '249/KS-08950-2015.xlsx', sheet: '2015', row: 13 },
  child: { ...birthAn.child, ...childName('Hồ Thị Phương'), sex: 'female', birthDate: '2015-01-20', personalId: null },
};
const retyped = (record: BirthRecord, changes: Partial<BirthRecord> = {}): BirthRecord => ({
  ...record,
  id: `${record.id}-nhap-lai`,
  provenance: { ...record.provenance, file: '249/KS-08950-2015-nhap-lai.xlsx' },
  ...changes,
});
const doubtful = { code: 'NAME_SPELLING_DOUBTFUL', field: 'child.fullName', message: 'Tên "Phuong" có thể bị gõ thiếu dấu.' };

describe('survivorship ties between copies of one entry', () => {
  it('keeps the book, not its retyped copy whose file name sorts first ("-nhap-lai.xlsx" before ".xlsx")', () => {
    const copy = retyped(phuong);
    const result = deduplicate(inSourceOrder([copy, phuong]), birthDedupSpec);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(phuong.id);
    expect(result.mergedAwayIds).toEqual([copy.id]);
  });

  it('keeps the entry whose name has no spelling warning, even when the misspelt one was typed first', () => {
    const misspelt: BirthRecord = {
      ...phuong,
      id: 'birth-ks-08950-2015-7-row-9',
      provenance: { ...phuong.provenance, row: 9 },
      child: { ...phuong.child, ...childName('Hồ Thị Phuong') },
      warnings: [doubtful],
    };
    const result = deduplicate(inSourceOrder([misspelt, phuong]), birthDedupSpec);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(phuong.id);
  });

  it('keeps the clean spelling of the registered name over a copy registered earlier with a slip, unless that copy is the original', () => {
    // Hương Sơn's entry typed 'Hồ Thị Phươg', registered on 3 February; the same birth registered again in Tam Hợp on the 20th.
    const withId: BirthRecord = { ...phuong, child: { ...phuong.child, personalId: '026315000217' } };
    const misspelt: BirthRecord = { ...withId, child: { ...withId.child, ...childName('Hồ Thị Phươg') }, warnings: [doubtful] };
    const later: BirthRecord = {
      ...withId,
      id: 'birth-ks-08953-2015-12',
      registration: { ...phuong.registration, communeCode: '08953', number: '12', date: '2015-02-20', place: 'UBND xã Tam Hợp' },
      provenance: { file: '249/KS-08953-2015.xlsx', sheet: '2015', row: 18 },
    };
    expect(deduplicate(inSourceOrder([misspelt, later]), birthDedupSpec).clusters[0]?.survivor.id).toBe(later.id);
    // A parent's name with a slip does not outweigh the registration date.
    const motherSlip: BirthRecord = { ...withId, warnings: [{ ...doubtful, field: 'mother.fullName' }] };
    expect(deduplicate(inSourceOrder([motherSlip, later]), birthDedupSpec).clusters[0]?.survivor.id).toBe(phuong.id);
    // The original registration still survives its re-registration (đăng ký lại), whatever its spelling.
    const reRegistered: BirthRecord = { ...later, remarks: 'Đăng ký lại' };
    expect(deduplicate(inSourceOrder([misspelt, reRegistered]), birthDedupSpec).clusters[0]?.survivor.id).toBe(misspelt.id);
  });

  it('keeps the fuller registered name over a copy registered earlier with the middle name dropped', () => {
    const dropped: BirthRecord = { ...phuong, child: { ...phuong.child, ...childName('Hồ Phương'), middleName: '' } };
    const later: BirthRecord = { ...retyped(phuong), registration: { ...phuong.registration, date: '2015-02-04' } };
    expect(deduplicate(inSourceOrder([dropped, later]), birthDedupSpec).clusters[0]?.survivor.id).toBe(later.id);
  });

  it('keeps the entry of the visible sheet, not the hidden draft read before it', () => {
    const draft: BirthRecord = {
      ...phuong,
      id: 'birth-ks-08950-2015-nhap-3',
      provenance: { ...phuong.provenance, sheet: 'Nhap', row: 3 },
      warnings: [{ code: 'SHEET_HIDDEN', field: 'record', message: 'Dòng này nằm trong trang tính bị ẩn.' }],
    };
    const result = deduplicate(inSourceOrder([draft, phuong]), birthDedupSpec);
    expect(result.clusters[0]?.survivor.id).toBe(phuong.id);
  });

  it('keeps the inputs’ order for files whose names differ before either ends (the book listed first on the command line)', () => {
    const book: BirthRecord = { ...phuong, provenance: { ...phuong.provenance, file: '249/so-goc/KS-2015.xlsx' } };
    const copy: BirthRecord = { ...phuong, id: 'birth-ks-2015-7-ban-sao', provenance: { ...phuong.provenance, file: '249/ban-sao/KS-2015.xlsx' } };
    expect(deduplicate(inSourceOrder([book, copy]), birthDedupSpec).clusters[0]?.survivor.id).toBe(book.id);
  });

  it('still keeps the entry typed first when nothing else tells them apart', () => {
    const again: BirthRecord = { ...phuong, id: 'birth-ks-08950-2015-7-again', provenance: { ...phuong.provenance, row: 14 } };
    expect(deduplicate(inSourceOrder([again, phuong]), birthDedupSpec).clusters[0]?.survivor.id).toBe(again.id);
  });
});

describe('dates a survivor takes from its members', () => {
  const death = (id: string, birthDate: string, number: string): DedupRecord =>
    deathDedupSpec.toDedupRecord({ ...deathThinh, id, registration: { ...deathThinh.registration, number }, deceased: { ...deathThinh.deceased, birthDate } } as DeathRecord, '249');

  it('takes the most precise of the members’ agreeing dates', () => {
    const fills = fillsFor(death('a', '1935', '1'), [death('b', '1935-05', '2'), death('c', '1935-05-12', '3')]);
    expect(fills).toEqual([{ field: 'deceased.birthDate', fromId: 'c', replaces: '1935' }]);
  });

  it('takes none when two members give dates that disagree with each other, nor one that disagrees with the survivor', () => {
    expect(fillsFor(death('a', '1935', '1'), [death('b', '1935-05-12', '2'), death('c', '1935-05-21', '3')])).toEqual([]);
    expect(fillsFor(death('a', '1935-06', '1'), [death('b', '1935-05-12', '2')])).toEqual([]);
    expect(fillsFor(death('a', '1935-05-12', '1'), [death('b', '1935-05-12', '2')])).toEqual([]);
  });
});

describe('the book before a clerk’s retype whose file name does not begin with the book’s', () => {
  /** Tề Lỗ's 2016 marriage book, No. 7, and the retype 'KH_2016_TeLo_nhap_lai.xlsx' (title '… (nhập lại)'), sorted first. */
  const book: MarriageRecord = {
    ...marriageDong,
    id: 'marriage-te-lo-2016-7',
    registration: { ...marriageDong.registration, districtCode: '251', communeCode: '09040', book: '01/2016', number: '7', date: '2016-03-08', place: 'UBND xã Tề Lỗ' },
    provenance: { file: '251/TeLo_SoKetHon_2016.xlsx', sheet: 'KH 2016', row: 13 },
    wife: { ...marriageDong.wife, fullName: 'Trần Thị Thủy', givenName: 'Thủy', residence: 'Thôn Đông Lỗ, xã Tề Lỗ, huyện Yên Lạc, tỉnh Vĩnh Phúc' },
    husband: { ...marriageDong.husband, residence: 'Thôn Đông Lỗ, xã Tề Lỗ, huyện Yên Lạc, tỉnh Vĩnh Phúc' },
  };
  const retype = (file: string): MarriageRecord => ({
    ...book,
    id: 'marriage-te-lo-2016-7-retype',
    provenance: { file, sheet: 'Sheet1', row: 11 },
    wife: { ...book.wife, fullName: 'Trần Thị Thuỷ', givenName: 'Thuỷ', residence: 'Đông Lỗ, Tề Lỗ' },
    husband: { ...book.husband, residence: 'Đông Lỗ, Tề Lỗ' },
  });
  const survivorOf = (records: MarriageRecord[]) =>
    deduplicate(records.map((record, sourceOrder) => ({ ...marriageDedupSpec.toDedupRecord(record, '251'), sourceOrder })), marriageDedupSpec).clusters[0]?.survivor.id;

  it('keeps the book: its residences and spelling are loaded, not the retype’s, whatever the files’ order', () => {
    for (const file of ['251/KH_2016_TeLo_nhap_lai.xlsx', '251/TeLo-2016 Nhập lại.xlsx', '251/nhaplai.KH.TeLo.2016.csv', '251/KH TeLo 2016 (go lai).xlsx', '251/KH-TeLo-2016-danh-lai.xlsx', '251/Bản sao của TeLo_SoKetHon_2016.xlsx', '251/Copy of TeLo_SoKetHon_2016.xlsx']) {
      expect(survivorOf([retype(file), book])).toBe(book.id);
    }
  });

  it('reads the retype words as whole words of the file’s own name, not of its folders', () => {
    expect(['KH_2016_TeLo_nhap_lai.xlsx', 'a/KS-2012-NHAPLAI.xlsx', 'KS 2012 gõ lại.xlsx', 'Đánh lại KS 2012.xlsx'].map(isRetypeFile)).toEqual([true, true, true, true]);
    expect(['nhap-lai/KS-2012.xlsx', 'KS-2012-nhap.xlsx', 'KS-Tu-Lai-2012.xlsx', 'KH-Lai-Son-2012.xlsx'].map(isRetypeFile)).toEqual([false, false, false, false]);
    // A copy of the book's file: the word leads the name, so the book's name is no prefix of it.
    expect(['Bản sao của KS 2012.xlsx', 'Copy of KS-2012.xlsx', 'KS 2012 - Bản sao.xlsx', 'ban-sao/KS-2012.xlsx', 'KS-Ban-Son-2012.xlsx'].map(isRetypeFile)).toEqual([true, true, true, false, false]);
  });

  it('leaves a retype of another commune’s book to the other criteria (not a copy of this book)', () => {
    // Registered in Yên Phương, where the husband lives (so both entries are registered where a spouse lives).
    const inYenPhuong = retype('251/KH_2016_YenPhuong_nhap_lai.xlsx');
    const elsewhere: MarriageRecord = {
      ...inYenPhuong,
      registration: { ...book.registration, communeCode: '09055', place: 'UBND xã Yên Phương' },
      husband: { ...inYenPhuong.husband, residence: 'Thôn Yên Phú, xã Yên Phương, huyện Yên Lạc' },
    };
    const moreComplete: MarriageRecord = { ...elsewhere, remarks: 'Kết hôn lần 2' };
    expect(survivorOf([moreComplete, book])).toBe(moreComplete.id);
  });
});
