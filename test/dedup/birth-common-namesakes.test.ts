/**
 * Namesakes of the province's commonest names: a girl Nguyễn Thị Linh born the same day
 * to a Nguyễn Thị Hoa and a Nguyễn Văn Hùng in two communes. Agreeing on such parents'
 * names says less than on rare ones, and the families' residences (different villages
 * of different communes) say they are two — review. A real copy in the other parent's
 * commune repeats the residences, or writes one anew, and still merges.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '251')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();

const DONG_CUONG = '09028';
const HONG_CHAU = '09070';
const TAM_HONG = '09043';
const NGUYET_DUC = '09052';

interface Family {
  mother: string;
  motherYear?: string | null;
  motherResidence: string;
  father: string;
  fatherYear?: string | null;
  fatherResidence: string;
}

/** An entry of a Yên Lạc commune's second birth book of the year. */
function entry(id: string, communeCode: string, registered: string, fullName: string, born: string, family: Family): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, districtCode: '251', communeCode, book: `02/${registered.slice(0, 4)}`, number: '501', date: registered, place: null },
    provenance: { file: `251/KS-${communeCode}-${registered.slice(0, 4)}-quyen2.csv`, sheet: '', row: 2 },
    child: { ...birthAn.child, ...childName(fullName), sex: fullName.includes(' Thị ') ? 'female' : 'male', birthDate: born, personalId: null },
    mother: { ...birthAn.mother, fullName: family.mother, birthYear: family.motherYear ?? null, residence: family.motherResidence },
    father: { ...birthAn.mother, fullName: family.father, birthYear: family.fatherYear ?? null, residence: family.fatherResidence },
  };
}

const dongLac = 'Thôn Đông Lạc, Xã Đồng Cương, huyện Yên Lạc, tỉnh Vĩnh Phúc';
const dongHai = 'Thôn Đông Hải, Xã Hồng Châu, huyện Yên Lạc, tỉnh Vĩnh Phúc';
const linhFamily: Family = { mother: 'Nguyễn Thị Hoa', motherResidence: dongLac, father: 'Nguyễn Văn Hùng', fatherResidence: dongLac };
const linh = entry('birth-dong-cuong-2012-501', DONG_CUONG, '2012-10-02', 'Nguyễn Thị Linh', '2012-09-15', linhFamily);

describe('namesakes with the commonest parents’ names', () => {
  it('sends two families of other villages and communes to review (it was merged at 37.65)', () => {
    const namesake = entry('birth-hong-chau-2012-501', HONG_CHAU, '2012-10-08', 'Nguyễn Thị Linh', '2012-09-15', { ...linhFamily, motherResidence: dongHai, fatherResidence: dongHai });
    const result = run([linh, namesake]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    const explanation = result.review[0]?.explanation;
    expect(explanation?.agreed).toContainEqual(expect.objectContaining({ field: 'parents', level: 'common-parents' }));
    expect(explanation?.differed).toContainEqual(expect.objectContaining({ field: 'parents.residence', level: 'different' }));
    expect(explanation?.vetoes).toEqual([{ code: 'common-parents-elsewhere', action: 'review' }]);
  });

  it('merges a copy in the father’s commune that repeats both residences', () => {
    const copy = entry('birth-hong-chau-2012-copy', HONG_CHAU, '2012-10-08', 'Nguyễn Thị Linh', '2012-09-15', { ...linhFamily, fatherResidence: 'Thôn Đông Lạc, xã Đồng Cương' });
    const result = run([linh, copy]);
    expect(groups(result)).toEqual([[linh.id, copy.id].sort()]);
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'parents.residence', level: 'same' }));
  });

  it('merges a copy in the father’s commune that wrote the mother’s residence anew (one differs)', () => {
    const copy = entry('birth-hong-chau-2012-copy', HONG_CHAU, '2012-10-08', 'Nguyễn Thị Linh', '2012-09-15', { ...linhFamily, motherResidence: dongHai });
    const result = run([linh, copy]);
    expect(groups(result)).toEqual([[linh.id, copy.id].sort()]);
    expect(result.review).toEqual([]);
  });

  it('merges a re-registration where the child lives now, with the full birth date (Hoà/Hòa), or only the year beside both parents’ years', () => {
    const QUAT_LUU = '08980';
    const TE_LO = '09049';
    const family: Family = { mother: 'Nguyễn Minh Thuỷ', motherYear: '1986', motherResidence: 'Thôn Núi, Xã Quất Lưu', father: 'Nguyễn Văn Sơn', fatherYear: '1985', fatherResidence: 'Thôn Núi, Xã Quất Lưu' };
    const hoa = entry('birth-quat-luu-2012-27', QUAT_LUU, '2012-09-20', 'Nguyễn Ngọc Hòa', '2012-09-04', family);
    const reRegistered = {
      ...entry('birth-te-lo-2019-52', TE_LO, '2019-03-14', 'Nguyễn Ngọc Hoà', '2012-09-04', { ...family, motherResidence: 'Thôn Đồng Lạc, Xã Tề Lỗ', fatherResidence: 'Thôn Đồng Lạc, Xã Tề Lỗ' }),
      remarks: 'Đăng ký lại',
    };
    const result = run([hoa, reRegistered]);
    expect(groups(result)).toEqual([[hoa.id, reRegistered.id].sort()]);
    expect(result.clusters[0]?.survivor.id).toBe(hoa.id);
    expect(result.review).toEqual([]);
    // The remark is what exempts it: the same entry without it is two families of two villages.
    const withoutRemark = run([hoa, { ...reRegistered, remarks: null }]);
    expect(withoutRemark.clusters).toEqual([]);
    expect(withoutRemark.review[0]?.explanation.vetoes).toEqual([{ code: 'common-parents-elsewhere', action: 'review' }]);
    // Only the birth year, but both parents' birth years given and equal on both sides: the re-registration.
    const yearOnly = run([hoa, { ...reRegistered, child: { ...reRegistered.child, birthDate: '2012' } }]);
    expect(groups(yearOnly)).toEqual([[hoa.id, reRegistered.id].sort()]);
    expect(yearOnly.clusters[0]?.survivor.id).toBe(hoa.id);
    expect(yearOnly.review).toEqual([]);
    // Its other number and the parents' other village are what a re-registration is: weight 0, not evidence against.
    expect(yearOnly.clusters[0]?.members[0]?.explanation.differed).toEqual(
      expect.arrayContaining([
        { field: 'registration.entry', level: 're-registration', weight: 0 },
        { field: 'parents.residence', level: 're-registration', weight: 0 },
      ]),
    );
  });

  it('still reviews a year-only re-registration of the commonest names when a parent’s year is missing or other', () => {
    const family: Family = { mother: 'Nguyễn Thị Hoa', motherYear: '1969', motherResidence: 'Thôn Ngọc Bảo, xã Tam Hợp', father: 'Nguyễn Văn Hùng', fatherYear: '1966', fatherResidence: 'Thôn Ngọc Bảo, xã Tam Hợp' };
    const original = entry('birth-tam-hop-1995-12', '08953', '1995-03-02', 'Nguyễn Văn Nam', '1995-02-20', family);
    const elsewhere = { motherResidence: 'Thôn Phú Hậu, xã Tề Lỗ', fatherResidence: 'Thôn Phú Hậu, xã Tề Lỗ' };
    const again = (changes: Partial<Family>, born = '1995') => ({ ...entry('birth-te-lo-2019-7', '09040', '2019-04-11', 'Nguyễn Văn Nam', born, { ...family, ...elsewhere, ...changes }), remarks: 'Đăng ký lại' });
    // The old book kept no father's year: the commonest names alone tell no namesake family apart.
    for (const reRegistered of [again({ fatherYear: null }), again({ motherYear: '1970' })]) {
      const result = run([original, reRegistered]);
      expect(result.clusters).toEqual([]);
      expect(result.review[0]?.explanation.vetoes).toContainEqual({ code: 'common-parents-elsewhere', action: 'review' });
    }
    // Day and month swapped (20/02 typed 02/20 is no date; 05/03 typed 03/05 is) with both years: merged.
    const march = entry('birth-tam-hop-1995-13', '08953', '1995-03-12', 'Nguyễn Văn Nam', '1995-03-05', family);
    const swapped = run([march, again({}, '1995-05-03')]);
    expect(swapped.clusters).toHaveLength(1);
    expect(swapped.clusters[0]?.survivor.id).toBe(march.id);
    // Without the remark a year-only entry elsewhere is still two families.
    const noRemark = run([original, { ...again({}), remarks: null }]);
    expect(noRemark.clusters).toEqual([]);
  });

  it('reviews a year-only or swapped namesake whose remark says “đăng ký lại” of something else (regression tester 2)', () => {
    const family: Family = { mother: 'Nguyễn Thị Hoa', motherYear: '1969', motherResidence: 'Thôn Đông, xã Kim Xá', father: 'Nguyễn Văn Hùng', fatherYear: '1966', fatherResidence: 'Thôn Đông, xã Kim Xá' };
    const original = entry('birth-kim-xa-1995-3', '09079', '1995-03-20', 'Nguyễn Văn Nam', '1995-03-12', family);
    const elsewhere = { ...family, motherResidence: 'Thôn Trung, xã Yên Bình', fatherResidence: 'Thôn Trung, xã Yên Bình' };
    const other = (born: string, remarks: string) => ({ ...entry('birth-yen-binh-2019-3', '09082', '2019-05-10', 'Nguyễn Văn Nam', born, elsewhere), remarks });
    for (const namesake of [
      other('1995-12-03', 'Đăng ký lại việc thay đổi họ cho con ngày 05/6/2005'),
      other('1995', 'Đăng ký khai sinh quá hạn; mẹ đăng ký lại thường trú tại xã Yên Bình'),
      other('1995', 'Đăng ký quá hạn. Cha mẹ đăng ký lại kết hôn năm 2018'),
      other('1995-12-03', 'Đã cải chính ngày sinh, ĐK lại theo QĐ 15/QĐ-UBND'),
    ]) {
      const result = run([original, namesake]);
      expect(result.clusters, namesake.remarks).toEqual([]);
      expect(result.review[0]?.explanation.vetoes).toContainEqual({ code: 'common-parents-elsewhere', action: 'review' });
    }
    // The birth itself registered again, in full or in a clerk's short form: still merged.
    for (const remarks of ['Đăng ký lại', 'ĐKKS lại', 'Đăng ký lại khai sinh (mất bản chính)', 'Đ/K lại']) {
      expect(groups(run([original, other('1995', remarks)])), remarks).toEqual([[original.id, 'birth-yen-binh-2019-3'].sort()]);
    }
  });

  it('merges a re-registration typed without marks where the child lives now, but still reviews twins a mark apart', () => {
    const QUAT_LUU = '08956';
    const family: Family = { mother: 'Nguyễn Thị Hoa', motherYear: '1992', motherResidence: 'Thôn Ngọc Bảo, xã Tam Hợp', father: 'Nguyễn Văn Hùng', fatherYear: '1990', fatherResidence: 'Thôn Ngọc Bảo, xã Tam Hợp' };
    const lan = entry('birth-tam-hop-2015-15', '08953', '2015-06-15', 'Nguyễn Thị Lan', '2015-06-10', family);
    const moved = { ...family, motherResidence: 'Thôn Núi, xã Quất Lưu', fatherResidence: 'Thôn Núi, xã Quất Lưu' };
    // The neighbouring commune's clerk typed the re-registration without marks (and given name first: read back by the normalizer).
    const typed = entry('birth-quat-luu-2019-6', QUAT_LUU, '2019-07-01', 'Nguyen Thi Lan', '2015-06-10', moved);
    const reRegistered = { ...typed, child: { ...typed.child, sex: 'female' as const }, remarks: 'Đăng ký lại' };
    const result = run([lan, reRegistered]);
    expect(groups(result)).toEqual([[lan.id, reRegistered.id].sort()]);
    expect(result.clusters[0]?.survivor.id).toBe(lan.id);
    expect(result.review).toEqual([]);
    // Without the remark it is still two families of two villages.
    const withoutRemark = run([lan, { ...reRegistered, remarks: null }]);
    expect(withoutRemark.clusters).toEqual([]);
    expect(withoutRemark.review[0]?.explanation.vetoes).toContainEqual({ code: 'common-parents-elsewhere', action: 'review' });
    // A given name typed without marks may be a twin's a mark apart (Lân): never merged on it.
    const twinTyped = entry('birth-tam-hop-2015-16', '08953', '2015-06-15', 'Nguyễn Thị Lân', '2015-06-10', family);
    const twinLan = { ...twinTyped, registration: { ...twinTyped.registration, number: '502' } };
    const both = run([lan, twinLan, reRegistered]);
    expect(groups(both).some((group) => group.includes(lan.id) && group.includes(twinLan.id))).toBe(false);
    expect(groups(both).some((group) => group.includes(reRegistered.id) && group.includes(twinLan.id))).toBe(false);
  });

  it('merges a copy of less common names whose residences both differ and whose father’s year slipped', () => {
    const family: Family = { mother: 'Vũ Thị Yến', motherYear: '1990', motherResidence: 'Thôn Phù Lưu, Xã Tam Hồng', father: 'Hoàng Văn Chiến', fatherYear: '1988', fatherResidence: 'Thôn Phù Lưu, Xã Tam Hồng' };
    const duc = entry('birth-tam-hong-2013-501', TAM_HONG, '2013-01-22', 'Hoàng Minh Đức', '2013-01-05', family);
    const copy = entry('birth-nguyet-duc-2013-501', NGUYET_DUC, '2013-01-29', 'Hoàng Minh Đức', '2013-01-05', {
      ...family,
      fatherYear: '1983',
      motherResidence: 'Thôn Minh Tân, Xã Nguyệt Đức',
      fatherResidence: 'Thôn Minh Tân, Xã Nguyệt Đức',
    });
    const result = run([duc, copy]);
    expect(groups(result)).toEqual([[duc.id, copy.id].sort()]);
  });
});
