/**
 * A parent's birth year a keystroke off (1990/1996, 1988/1983, 1989/1998) on a
 * copy whose child and parents' names all agree: a slip of one entry (years are
 * read from handwriting; a re-registration takes them from memory), weighed as a
 * typo in a parent — not the other parents that make namesakes. Twins and
 * siblings repeat their parents' years and stay apart as before.
 */
import { describe, expect, it } from 'vitest';
import { familyLevel, yearSlip } from '../../src/dedup/specs/birth-family.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '251')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();

const TE_LO = '09040';
const TAM_HONG = '09043';

interface Parents {
  mother: string;
  motherYear: string;
  motherResidence?: string;
  father: string;
  fatherYear: string;
  fatherResidence?: string;
}

/** An entry of a Yên Lạc commune's birth book (CSV typed from the paper book). */
function entry(id: string, communeCode: string, number: string, registered: string, fullName: string, born: string, parents: Parents, remarks: string | null = null): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, districtCode: '251', communeCode, book: `01/${registered.slice(0, 4)}`, number, date: registered, place: null },
    provenance: { file: `251/KS-${communeCode}-${registered.slice(0, 4)}.csv`, sheet: '', row: Number(number) + 1 },
    child: { ...birthAn.child, ...childName(fullName), sex: fullName.includes(' Thị ') ? 'female' : 'male', birthDate: born, personalId: null },
    mother: { ...birthAn.mother, fullName: parents.mother, birthYear: parents.motherYear, residence: parents.motherResidence ?? 'Thôn Ngoại, xã Tề Lỗ' },
    father: { ...birthAn.mother, fullName: parents.father, birthYear: parents.fatherYear, residence: parents.fatherResidence ?? 'Thôn Ngoại, xã Tề Lỗ' },
    remarks,
  };
}

const oanhParents: Parents = { mother: 'Trần Thị Hạnh', motherYear: '1990', father: 'Lê Văn Hiếu', fatherYear: '1989' };
const oanh = entry('birth-te-lo-2014-13', TE_LO, '13', '2014-05-22', 'Lê Thị Oanh', '2014-05-10', oanhParents);

describe("a parent's birth year a keystroke off", () => {
  it('knows a slip: one digit, or two neighbouring digits swapped', () => {
    expect(yearSlip('1990', '1996')).toBe(true);
    expect(yearSlip('1988', '1983')).toBe(true);
    expect(yearSlip('1966', '1986')).toBe(true);
    expect(yearSlip('1989', '1998')).toBe(true);
    expect(yearSlip('1988', '1979')).toBe(false);
    expect(yearSlip('1985', '1958')).toBe(true);
    expect(yearSlip('1990', '1982')).toBe(false);
    expect(yearSlip('88', '83')).toBe(false);
  });

  it('merges a copy in the mother’s commune whose mother was born 1996 instead of 1990 (it was "namesakes": distinct)', () => {
    const copy = entry('birth-tam-hong-2014-7', TAM_HONG, '7', '2014-05-25', 'Lê Thị Oanh', '2014-05-10', {
      ...oanhParents,
      motherYear: '1996',
      motherResidence: 'Thôn Nho Lâm, xã Tam Hồng',
    });
    const result = run([oanh, copy]);
    expect(groups(result)).toEqual([[oanh.id, copy.id].sort()]);
    const member = result.clusters[0]?.members[0];
    expect(member?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'parents', level: 'year-slip' }));
    expect(member?.explanation.vetoes).toEqual([]);
  });

  it('merges a re-registration (đăng ký lại) whose mother’s year was given from memory (1983 for 1988)', () => {
    const khoaParents: Parents = { mother: 'Đỗ Thị Thơm', motherYear: '1988', motherResidence: 'Thôn Nội, xã Tề Lỗ', father: 'Phạm Văn Toàn', fatherYear: '1986', fatherResidence: 'Thôn Nội, xã Tề Lỗ' };
    const khoa = entry('birth-te-lo-2014-12', TE_LO, '12', '2014-05-20', 'Phạm Văn Khoa', '2014-05-02', khoaParents);
    const again = entry('birth-tam-hong-2018-9', TAM_HONG, '9', '2018-08-05', 'Phạm Văn Khoa', '2014-05-02', { ...khoaParents, motherYear: '1983' }, 'Đăng ký lại');
    const result = run([khoa, again]);
    expect(groups(result)).toEqual([[khoa.id, again.id].sort()]);
    expect(result.clusters[0]?.survivor.id).toBe(khoa.id);
  });

  it('merges the same register entry retyped with the mother’s year 1998 for 1990 (it was review)', () => {
    const retyped = { ...oanh, id: 'birth-te-lo-2014-13-nhap-lai', provenance: { ...oanh.provenance, file: '251/KS-09040-2014-nhap-lai.csv' }, mother: { ...oanh.mother, birthYear: '1998' } };
    const result = run([oanh, retyped]);
    expect(groups(result)).toEqual([[oanh.id, retyped.id].sort()]);
    expect(result.review).toEqual([]);
  });

  it('keeps namesakes whose parents’ years both differ apart (1991/1993 and 1989/1990)', () => {
    const parents: Parents = { mother: 'Nguyễn Thị Hoa', motherYear: '1991', father: 'Nguyễn Văn Hùng', fatherYear: '1989' };
    const nam = entry('birth-lien-chau-2018-1', '09064', '1', '2018-06-20', 'Nguyễn Văn Nam', '2018-06-04', parents);
    const other = entry('birth-lien-chau-2018-9', '09064', '9', '2018-07-12', 'Nguyễn Văn Nam', '2018-06-25', { ...parents, motherYear: '1993', fatherYear: '1990' });
    const [a, b] = [nam, other].map((record) => birthDedupSpec.toDedupRecord(record, '251').values);
    expect(familyLevel(a ?? {}, b ?? {})).toBe('one-parent-differs');
    const result = run([nam, other]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('still keeps twins apart when one twin’s entry has the mother’s year slipped', () => {
    const hung = entry('birth-te-lo-2016-21', TE_LO, '21', '2016-05-03', 'Nguyễn Văn Hùng', '2016-04-27', { ...oanhParents, mother: 'Đỗ Thị Lan' });
    const twin = entry('birth-te-lo-2016-22', TE_LO, '22', '2016-05-03', 'Nguyễn Văn Hưng', '2016-04-27', { ...oanhParents, mother: 'Đỗ Thị Lan', motherYear: '1996' });
    const result = run([hung, twin]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('still keeps siblings apart (Thúy/Thủy two years apart) when a parent’s year slipped', () => {
    const thuy = entry('birth-te-lo-2014-30', TE_LO, '30', '2014-09-01', 'Lê Thị Thúy', '2014-08-20', oanhParents);
    const sister = entry('birth-te-lo-2016-4', TE_LO, '4', '2016-02-03', 'Lê Thị Thủy', '2016-01-25', { ...oanhParents, fatherYear: '1984' });
    const result = run([thuy, sister]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });
});
