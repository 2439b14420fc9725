/**
 * Nguyễn Thị Hương, No. 14 of Tề Lỗ's 1998 birth book (district 251), re-registered (đăng ký lại)
 * in Kim Xá (district 252) in 2020, where the family lives now; Kim Xá's clerk typed the entry
 * without a single mark: 'Nguyen Thi Huong', parents likewise. Its letters are the entry's own
 * (given name level 'unmarked'), the full birth date and both parents agree: the original, as for
 * a re-registration typed with marks — not a twin to review. Twins whose names have those letters
 * too (Hùng / Hưng) are still told apart by the clusters: the re-registration matching both joins
 * neither; one matching one twin's letters only (Phu: Phú, not Phúc) joins that twin. A given name
 * alone typed without the marks its letters need ('Nguyễn Thị Huong': no word as typed) is the same.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const TE_LO = 'Thôn Đông, xã Tề Lỗ, huyện Yên Lạc, tỉnh Vĩnh Phúc';
const KIM_XA = 'Thon Kim Dai, xa Kim Xa, huyen Vinh Tuong, tinh Vinh Phuc';

function entry(number: number, fullName: string, sex: 'male' | 'female', birthDate: string, parents: [string, string]): BirthRecord {
  return {
    ...birthAn,
    id: `birth-te-lo-1998-${number}`,
    registration: { ...birthAn.registration, districtCode: '251', communeCode: '09040', book: '01/1998', number: String(number), date: '1998-06-02', place: 'UBND xã Tề Lỗ' },
    provenance: { file: 'KS_TeLo_1998.xlsx', sheet: 'Sheet1', row: number + 6 },
    child: { ...birthAn.child, ...childName(fullName), sex, birthDate, personalId: null },
    mother: { ...birthAn.mother, fullName: parents[0], birthYear: '1972', residence: TE_LO },
    father: { ...birthAn.mother, fullName: parents[1], birthYear: '1970', residence: TE_LO },
    remarks: null,
    warnings: [],
  };
}
const unmarked = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const reRegistered = (record: BirthRecord, number: number, fullName: string): BirthRecord => ({
  ...record,
  id: `birth-kim-xa-2020-${number}`,
  registration: { ...record.registration, districtCode: '252', communeCode: '09079', book: '01/2020', number: String(number), date: '2020-10-05', place: 'UBND xa Kim Xa' },
  provenance: { file: 'KS_KimXa_2020.xlsx', sheet: 'Sheet1', row: number + 6 },
  child: { ...record.child, ...childName(fullName) },
  mother: { ...record.mother, fullName: unmarked(record.mother.fullName ?? ''), residence: KIM_XA },
  father: record.father && { ...record.father, fullName: unmarked(record.father.fullName ?? ''), residence: KIM_XA },
  remarks: 'Đăng ký lại khai sinh',
});
const dedup = (current: readonly BirthRecord[], previous: readonly BirthRecord[] = []) =>
  deduplicate(
    current.map((record) => birthDedupSpec.toDedupRecord(record, record.registration.districtCode ?? '')),
    birthDedupSpec,
    { previous: previous.map((record) => birthDedupSpec.toDedupRecord(record, record.registration.districtCode ?? '')) },
  );
const pairs = (review: readonly { a: { id: string }; b: { id: string } }[]): string[][] => review.map((pair) => [pair.a.id, pair.b.id].sort());

/** Twins registered together (Nos. 20 and 21) and the second's re-registration typed as `typed`: merged into neither, reviewed against both. */
function expectReviewedAgainstBoth(names: [string, string], sex: 'male' | 'female', typed: string): void {
  const parents: [string, string] = ['Đỗ Thị Lụa', `${names[0].split(' ')[0]} Văn Sáng`];
  const [first, second] = names.map((name, index) => entry(20 + index, name, sex, '1998-04-03', parents)) as [BirthRecord, BirthRecord];
  const again = reRegistered(second, 40, typed);
  const result = dedup([again], [first, second]);
  expect(result.mergedAwayIds).toEqual([]);
  expect(pairs(result.review)).toEqual(expect.arrayContaining([[first.id, again.id].sort(), [second.id, again.id].sort()]));
}

const huong = entry(14, 'Nguyễn Thị Hương', 'female', '1998-05-12', ['Lê Thị Hoà', 'Nguyễn Văn Thắng']);
const huongAgain = reRegistered(huong, 31, 'Nguyen Thi Huong');

describe('a re-registration typed without marks', () => {
  it('merges into the original loaded before', () => {
    const result = dedup([huongAgain], [huong]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[huong.id, huongAgain.id]]);
    expect(result.review).toEqual([]);
  });

  it('is merged into by the original when its district is delivered first, and in one batch', () => {
    expect(dedup([huong], [huongAgain]).mergedAwayIds).toEqual([huong.id]);
    const one = dedup([huong, huongAgain]);
    expect(one.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[huong.id, huongAgain.id]]);
    expect(one.review).toEqual([]);
  });

  it('still goes to review without the remark (another registration typed elsewhere: a twin cannot be ruled out)', () => {
    const result = dedup([{ ...huongAgain, remarks: null }], [huong]);
    expect(result.mergedAwayIds).toEqual([]);
    expect(pairs(result.review)).toEqual([[huong.id, huongAgain.id].sort()]);
  });

  it('of one of twins Hùng and Hưng joins neither: review against both', () => {
    expectReviewedAgainstBoth(['Trần Văn Hùng', 'Trần Văn Hưng'], 'male', 'Tran Van Hung');
  });

  it('of twin Phú (co-twin Phúc) joins Phú, whose letters it has', () => {
    const parents: [string, string] = ['Phan Thị Lan', 'Nguyễn Xuân Bình'];
    const phuc = entry(27, 'Nguyễn Văn Phúc', 'male', '1999-08-17', parents);
    const phu = entry(28, 'Nguyễn Văn Phú', 'male', '1999-08-17', parents);
    const again = reRegistered(phu, 50, 'Nguyen Van Phu');
    const result = dedup([again], [phuc, phu]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[phu.id, again.id]]);
    expect(pairs(result.review)).not.toContainEqual([phu.id, again.id].sort());
  });

  it('with only the given name’s marks lost (‘Nguyễn Thị Huong’) merges into the original', () => {
    const again = { ...reRegistered(huong, 32, 'Nguyễn Thị Huong'), mother: { ...huong.mother, residence: KIM_XA }, father: huong.father && { ...huong.father, residence: KIM_XA } };
    const result = dedup([again], [huong]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[huong.id, again.id]]);
    expect(result.review).toEqual([]);
  });

  it('with only the given name’s marks lost joins neither of twins Hương and Hường', () => {
    expectReviewedAgainstBoth(['Phạm Thị Hương', 'Phạm Thị Hường'], 'female', 'Phạm Thị Huong');
  });

  it('is no copy of its co-twin re-registered together with it (Nos. 40 and 41 of one day): reviewed, not merged', () => {
    const parents: [string, string] = ['Ngô Thị Hằng', 'Tạ Văn Dũng'];
    const [first, second] = ['Tạ Thị Hương', 'Tạ Thị Hường'].map((name, index) => entry(20 + index, name, 'female', '1998-03-10', parents)) as [BirthRecord, BirthRecord];
    const batch = [reRegistered(first, 40, 'Tạ Thị Hương'), reRegistered(second, 41, 'Tạ Thị Huong')];
    const result = dedup(batch);
    expect(result.mergedAwayIds).toEqual([]);
    expect(pairs(result.review)).toEqual([batch.map((record) => record.id).sort()]);
  });

  it('is no copy of its co-twin re-registered the same day in one file whose commune no cell names', () => {
    const parents: [string, string] = ['Ngô Thị Hằng', 'Tạ Văn Dũng'];
    const [first, second] = ['Tạ Thị Hương', 'Tạ Thị Hường'].map((name, index) => entry(20 + index, name, 'female', '1998-03-10', parents)) as [BirthRecord, BirthRecord];
    const batch = [reRegistered(first, 40, 'Tạ Thị Hương'), reRegistered(second, 41, 'Tạ Thị Huong')].map((record) => ({
      ...record,
      registration: { ...record.registration, communeCode: null, place: null },
    }));
    const records = batch.map((record) => ({ ...birthDedupSpec.toDedupRecord(record, '252'), sourceFile: 'KS_2020.csv' }));
    const result = deduplicate(records, birthDedupSpec, { previous: [] });
    expect(result.mergedAwayIds).toEqual([]);
  });
});
