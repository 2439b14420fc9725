/**
 * Twins Phạm Văn Thanh (No. 3, registered 12/03/2012) and Phạm Văn Thành (No. 9, registered
 * 02/04/2012) of Quất Lưu's 2012 birth book. The family moved to Đồng Cương (district 251),
 * whose clerk typed one twin's entry again without a single mark: 'Pham Van Thanh'. Its letters
 * are twin Thanh's own spelling (given name 'exact') and only 'unmarked' against Thành — the lost
 * marks, not the record, make that difference, so which twin it is nothing tells: it is merged
 * into neither (review against both), in its own district's batch, in the re-run of the twins'
 * district that finds it loaded before, and in one batch.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { deathDedupSpec } from '../../src/dedup/specs/death.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import { birthAn, childName, deathThinh } from './clean-records.js';

const VILLAGE = 'Thôn Núi, xã Quất Lưu, huyện Bình Xuyên, tỉnh Vĩnh Phúc';
function twin(number: number, row: number, fullName: string, date: string): BirthRecord {
  return {
    ...birthAn,
    id: `birth-quat-luu-2012-${number}`,
    registration: { ...birthAn.registration, districtCode: '249', communeCode: '08956', book: '01/2012', number: String(number), date, place: 'UBND xã Quất Lưu' },
    provenance: { file: 'QuatLuu/KS-QuatLuu-2012.xlsx', sheet: 'Sheet1', row },
    child: { ...birthAn.child, ...childName(fullName), sex: 'male', birthDate: '2012-03-05', personalId: null },
    mother: { ...birthAn.mother, fullName: 'Nguyễn Thị Lan', birthYear: '1986', residence: VILLAGE },
    father: { ...birthAn.mother, fullName: 'Phạm Văn Toản', birthYear: '1984', residence: VILLAGE },
    remarks: null,
    warnings: [],
  };
}
const thanh = twin(3, 4, 'Phạm Văn Thanh', '2012-03-12');
const thanhTwin = twin(9, 10, 'Phạm Văn Thành', '2012-04-02');
const DONG_CUONG = 'Thôn Đồng Lạc, xã Đồng Cương, huyện Yên Lạc, tỉnh Vĩnh Phúc';
/** The entry typed again in Đồng Cương's 2016 book, without marks (the parents too). */
const copy: BirthRecord = {
  ...thanhTwin,
  id: 'birth-dong-cuong-2016-11',
  registration: { ...thanhTwin.registration, districtCode: '251', communeCode: '09028', book: '01/2016', number: '11', date: '2016-05-20', place: 'UBND xã Đồng Cương' },
  provenance: { file: 'DongCuong/KS-DongCuong-2016.xlsx', sheet: 'Sheet1', row: 14 },
  child: { ...thanhTwin.child, ...childName('Pham Van Thanh') },
  mother: { ...thanhTwin.mother, fullName: 'Nguyen Thi Lan', residence: DONG_CUONG },
  father: { ...thanhTwin.mother, fullName: 'Pham Van Toan', birthYear: '1984', residence: DONG_CUONG },
  remarks: 'Gia đình chuyển đến',
};

const pairs = (review: readonly { a: { id: string }; b: { id: string } }[]): string[][] => review.map((pair) => [pair.a.id, pair.b.id].sort());
const dedup = (current: readonly BirthRecord[], previous: readonly BirthRecord[] = []) =>
  deduplicate(
    current.map((record) => birthDedupSpec.toDedupRecord(record, record.registration.districtCode ?? '')),
    birthDedupSpec,
    { previous: previous.map((record) => birthDedupSpec.toDedupRecord(record, record.registration.districtCode ?? '')) },
  );

describe('a twin’s entry typed again without marks, one twin’s name having none', () => {
  it('merges into neither twin loaded before: review against both', () => {
    const result = dedup([copy], [thanh, thanhTwin]);
    expect(result.clusters).toEqual([]);
    expect(pairs(result.review)).toEqual(expect.arrayContaining([[thanh.id, copy.id].sort(), [thanhTwin.id, copy.id].sort()]));
  });

  it('does not merge twin Thanh into the copy when the twins’ district is re-run after the copy was loaded', () => {
    const result = dedup([thanh, thanhTwin], [copy]);
    expect(result.mergedAwayIds).toEqual([]);
    expect(pairs(result.review)).toEqual(expect.arrayContaining([[thanh.id, copy.id].sort(), [thanhTwin.id, copy.id].sort()]));
  });

  it('merges into neither in one batch, the copy typed pages apart in the twins’ own book', () => {
    const inBook: BirthRecord = {
      ...copy,
      id: 'birth-quat-luu-2012-20',
      registration: { ...thanhTwin.registration, number: '20', date: '2012-12-20' },
      provenance: { file: 'QuatLuu/KS-QuatLuu-2012.xlsx', sheet: 'Sheet1', row: 16 },
      mother: { ...copy.mother, residence: VILLAGE },
      father: copy.father && { ...copy.father, residence: VILLAGE },
      remarks: null,
    };
    const result = dedup([thanh, thanhTwin, inBook]);
    expect(result.mergedAwayIds).toEqual([]);
    expect(pairs(result.review)).toEqual(expect.arrayContaining([[thanh.id, inBook.id].sort(), [thanhTwin.id, inBook.id].sort()]));
  });

  it('still merges the copy typed with its marks into its own twin', () => {
    const marked: BirthRecord = { ...copy, child: { ...copy.child, ...childName('Phạm Văn Thành') }, mother: { ...copy.mother, fullName: 'Nguyễn Thị Lan' }, father: copy.father && { ...copy.father, fullName: 'Phạm Văn Toản' } };
    const result = dedup([marked], [thanh, thanhTwin]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[thanhTwin.id, marked.id]]);
  });

  it('merges the copy into the twin whose personal ID it gives', () => {
    const withId = (record: BirthRecord, personalId: string): BirthRecord => ({ ...record, child: { ...record.child, personalId } });
    const [anh, anhTwin] = [withId(thanh, '026212004417'), withId(thanhTwin, '026212031952')];
    const result = dedup([withId(copy, '026212031952')], [anh, anhTwin]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[thanhTwin.id, copy.id]]);
  });

  it('still merges a copy without marks when the child has no twin', () => {
    const result = dedup([copy], [thanh]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[thanh.id, copy.id]]);
  });
});

/**
 * The same for deaths: twin babies Nguyễn Văn Thanh (No. 3) and Nguyễn Văn Thành (No. 4) of Đại Đình's
 * 2009 death book died together; one death was declared again at Hợp Châu, where the health centre is,
 * typed without marks.
 */
describe('a twin’s death typed again without marks', () => {
  const death = (id: string, communeCode: string, number: string, fullName: string): DeathRecord => ({
    ...deathThinh,
    id,
    registration: { provinceCode: '26', districtCode: '248', communeCode, book: null, number, date: communeCode === '08923' ? '2009-03-06' : '2009-03-09', place: null },
    provenance: { file: `248/KT_${communeCode}_2009.xlsx`, sheet: 'Sheet1', row: 4 + Number(number) },
    deceased: { ...deathThinh.deceased, ...childName(fullName), sex: 'male', birthDate: '2009-02-20', personalId: null, residence: 'Thôn Đồng Lính, xã Đại Đình' },
    deathDate: '2009-03-04',
    deathPlace: 'Tại nhà',
    cause: 'Bệnh',
  });
  const twinThanh = death('death-dai-dinh-2009-3', '08923', '3', 'Nguyễn Văn Thanh');
  const twinThanh2 = death('death-dai-dinh-2009-4', '08923', '4', 'Nguyễn Văn Thành');
  const atHealthCentre = { ...death('death-hop-chau-2009-7', '08911', '7', 'Nguyen Van Thanh'), deathPlace: 'Trạm y tế xã Hợp Châu' };
  const run = (current: readonly DeathRecord[], previous: readonly DeathRecord[] = []) =>
    deduplicate(
      current.map((record) => deathDedupSpec.toDedupRecord(record, '248')),
      deathDedupSpec,
      { previous: previous.map((record) => deathDedupSpec.toDedupRecord(record, '248')) },
    );

  it('merges it into neither twin, in one batch or against the twins loaded before', () => {
    for (const result of [run([twinThanh, twinThanh2, atHealthCentre]), run([atHealthCentre], [twinThanh, twinThanh2]), run([twinThanh, twinThanh2], [atHealthCentre])]) {
      expect(result.clusters).toEqual([]);
      expect(pairs(result.review)).toEqual(expect.arrayContaining([[twinThanh.id, atHealthCentre.id].sort(), [twinThanh2.id, atHealthCentre.id].sort()]));
    }
  });

  it('still merges it into the one child when there is no twin', () => {
    expect(run([twinThanh, atHealthCentre]).mergedAwayIds).toHaveLength(1);
  });
});
