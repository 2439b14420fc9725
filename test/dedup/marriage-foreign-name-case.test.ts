/**
 * A foreign spouse's name is split by the letter case it was typed in (foreign-name.ts): 'LIU Xiao
 * Hong' → LIU | Xiao Hong, while 'LIU XIAO HONG' and 'Liu Xiao Hong' carry no mark of the family
 * name and stay whole. A book retyped by another clerk changes the case, so copies of one entry
 * must be compared on the whole name, case-folded (found by testing: 3 of 11 copies of Hồ Sơn's
 * 2009 marriage book were missed and went to review, vetoed 'other-spouse').
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { marriageDedupSpec } from '../../src/dedup/specs/marriage.js';
import { normalizeName } from '../../src/normalize/name/normalize-name.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';
import { childName, marriageDong } from './clean-records.js';

const run = (records: MarriageRecord[]) => deduplicate(records.map((record) => marriageDedupSpec.toDedupRecord(record, '248')), marriageDedupSpec);
const HO_SON = 'Thôn Chùa, xã Hồ Sơn, huyện Tam Đảo, tỉnh Vĩnh Phúc';

function foreignParts(typed: string): Pick<MarriageRecord['wife'], 'fullName' | 'familyName' | 'middleName' | 'givenName'> {
  const name = normalizeName(typed, { toneStyle: 'as-written', foreign: true }).value;
  if (name === null) throw new Error(`no name read from ${typed}`);
  return { fullName: name.fullName, familyName: name.familyName, middleName: name.middleName, givenName: name.givenName };
}

/** Hồ Sơn (08869) 2009, No 1: Lý Văn Cường (Sán Dìu) and LIU Xiao Hong, a Chinese national, passport in raw. */
function entry(file: string, row: number, wife: string, nationality: string | null = 'CN'): MarriageRecord {
  return {
    ...marriageDong,
    id: `marriage-ho-son-2009-1-${file}`,
    registration: { provinceCode: '26', districtCode: '248', communeCode: '08869', book: null, number: '1', date: '2009-01-06', place: 'UBND xã Hồ Sơn' },
    provenance: { file, sheet: '2009', row },
    husband: { ...marriageDong.husband, ...childName('Lý Văn Cường'), birthDate: '1984-02-12', ethnicityCode: '17', residence: HO_SON, personalId: '135456789' },
    wife: { ...marriageDong.wife, ...foreignParts(wife), birthDate: '1988-05-05', ethnicityCode: '55', nationality, residence: 'Quảng Tây, Trung Quốc', personalId: null },
  };
}

describe("marriage deduplication: a foreign spouse's name typed in another letter case", () => {
  it('splits the three spellings differently (what the copies differ by)', () => {
    expect(foreignParts('LIU Xiao Hong')).toMatchObject({ familyName: 'LIU', givenName: 'Xiao Hong' });
    expect(foreignParts('LIU XIAO HONG')).toMatchObject({ familyName: '', givenName: 'Liu Xiao Hong' });
    expect(foreignParts('Liu Xiao Hong')).toMatchObject({ familyName: '', givenName: 'Liu Xiao Hong' });
  });

  it("merges copies of one entry whose wife is 'LIU Xiao Hong', 'LIU XIAO HONG' and 'Liu Xiao Hong'", () => {
    const records = [
      entry('KH_HoSon_2009.xlsx', 3, 'LIU Xiao Hong'),
      entry('KH_HoSon_2009-nhap-lai.xlsx', 3, 'LIU XIAO HONG'),
      entry('KH_HoSon_2009-ban-sao.xlsx', 3, 'Liu Xiao Hong'),
    ];
    const result = run(records);
    expect(result.review).toEqual([]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members).toHaveLength(2); // besides the survivor
  });

  it('merges a copy whose nationality cell was left blank (the name read whole as a foreign one)', () => {
    const result = run([entry('KH_HoSon_2009.xlsx', 3, 'Khamphet SAYASANE', 'LA'), entry('KH_HoSon_2009-nhap-lai.xlsx', 3, 'Khamphet Sayasane', null)]);
    expect(result.review).toEqual([]);
    expect(result.clusters).toHaveLength(1);
  });

  it('keeps another foreign wife of the same husband, years later under another number, apart', () => {
    const second: MarriageRecord = {
      ...entry('KH_HoSon_2014.xlsx', 9, 'CHEN Mei Ling', 'TW'),
      id: 'marriage-ho-son-2014-7',
      registration: { provinceCode: '26', districtCode: '248', communeCode: '08869', book: null, number: '7', date: '2014-03-20', place: 'UBND xã Hồ Sơn' },
    };
    second.wife = { ...second.wife, birthDate: '1990-11-02' };
    const result = run([entry('KH_HoSon_2009.xlsx', 3, 'LIU Xiao Hong'), second]);
    expect(result.clusters).toEqual([]);
  });
});
