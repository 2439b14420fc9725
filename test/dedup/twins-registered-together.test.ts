/**
 * Twins are registered together, in one commune (usually the same day, neighbouring
 * numbers). A given name a letter or a mark from the other's, typed in another
 * commune's book weeks later, is a copy that slipped — or, when the name is no
 * Vietnamese syllable ('Trag', 'Nhug'), certainly a slip — not a twin.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '252')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();
const vetoesOfReview = (result: ReturnType<typeof run>) => result.review.map((pair) => pair.explanation.vetoes);

/** An entry of a Vĩnh Tường district commune's birth book. */
function entry(id: string, communeCode: string, number: string, registered: string, fullName: string, born: string, mother: string, father: string): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, districtCode: '252', communeCode, book: `01/${registered.slice(0, 4)}`, number, date: registered, place: null },
    provenance: { file: `252/${communeCode}/KS_${registered.slice(0, 4)}.xlsx`, sheet: registered.slice(0, 4), row: Number(number) + 4 },
    child: { ...birthAn.child, ...childName(fullName), sex: fullName.includes(' Thị ') ? 'female' : 'male', birthDate: born, personalId: null },
    mother: { ...birthAn.mother, fullName: mother, birthYear: '1988' },
    father: { ...birthAn.mother, fullName: father, birthYear: '1985' },
  };
}

const KIM_XA = '09079';
const VINH_TUONG = '09076';
const YEN_BINH = '09082';

describe('twins are registered together, in one commune', () => {
  it('merges a copy in another commune’s book whose given name slipped into no name (Trang/Trag)', () => {
    const trang = entry('birth-kim-xa-2013-8', KIM_XA, '8', '2013-04-02', 'Lê Thị Trang', '2013-03-14', 'Phan Thị Lụa', 'Lê Văn Quyết');
    const trag = entry('birth-vinh-tuong-2013-5', VINH_TUONG, '5', '2013-06-20', 'Lê Thị Trag', '2013-03-14', 'Phan Thị Lụa', 'Lê Văn Quyết');
    const result = run([trang, trag]);
    expect(groups(result)).toEqual([[trang.id, trag.id].sort()]);
    expect(result.clusters[0]?.survivor.id).toBe(trang.id);
    // In the same commune, weeks later under another number: still a slip, not a twin.
    const sameCommune = { ...trag, registration: { ...trag.registration, communeCode: KIM_XA, number: '31', date: '2013-06-20' } };
    expect(groups(run([trang, sameCommune]))).toEqual([[trang.id, trag.id].sort()]);
  });

  it('sends a copy whose tone mark was lost in another commune’s book to review (Ánh/Anh)', () => {
    const anh = entry('birth-yen-binh-2014-5', YEN_BINH, '5', '2014-09-03', 'Hoàng Thị Ngọc Ánh', '2014-08-21', 'Vũ Thị Nga', 'Hoàng Văn Lực');
    const lost = entry('birth-vinh-tuong-2014-11', VINH_TUONG, '11', '2014-10-15', 'Hoàng Thị Ngọc Anh', '2014-08-21', 'Vũ Thị Nga', 'Hoàng Văn Lực');
    const result = run([anh, lost]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins', action: 'review' }]]);
  });

  it('sends a one-mark slip registered apart in one commune to review: numbers not neighbours, 17 days apart (Ánh/Anh)', () => {
    const TAN_PHONG = '09097';
    const anh = entry('birth-tan-phong-2010-3', TAN_PHONG, '3', '2010-01-11', 'Phạm Ngọc Ánh', '2010-01-01', 'Đỗ Thị Thắm', 'Phạm Văn Quý');
    const copy = entry('birth-tan-phong-2010-8', TAN_PHONG, '8', '2010-01-28', 'Phạm Ngọc Anh', '2010-01-01', 'Đỗ Thị Thắm', 'Phạm Văn Quý');
    const result = run([anh, copy]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins', action: 'review' }]]);
    // Two registration dates without numbers (a book typed without its 'Số'): registered apart too.
    const unnumbered = [anh, copy].map((record) => ({ ...record, registration: { ...record.registration, number: null } }));
    expect(vetoesOfReview(run(unnumbered))).toEqual([[{ code: 'twins', action: 'review' }]]);
    // Registered together — neighbouring numbers on two days, or one day under numbers apart — they stay twins.
    const neighbour = { ...copy, registration: { ...copy.registration, number: '4' } };
    const sameDay = { ...copy, registration: { ...copy.registration, date: '2010-01-11' } };
    for (const twin of [neighbour, sameDay]) {
      const together = run([anh, twin]);
      expect(together.clusters).toEqual([]);
      expect(together.review).toEqual([]);
      expect(together.vetoes).toContainEqual({ code: 'twins', pairs: 1 });
    }
  });

  it('keeps twins registered together apart, not even in review (Hùng/Hưng, An/Ân; no numbers, one day)', () => {
    const hung = entry('birth-kim-xa-2016-21', KIM_XA, '21', '2016-05-03', 'Nguyễn Văn Hùng', '2016-04-27', 'Đỗ Thị Lan', 'Nguyễn Văn Tuấn');
    const hungTwin = entry('birth-kim-xa-2016-22', KIM_XA, '22', '2016-05-03', 'Nguyễn Văn Hưng', '2016-04-27', 'Đỗ Thị Lan', 'Nguyễn Văn Tuấn');
    const an = { ...hung, id: 'birth-kim-xa-an', registration: { ...hung.registration, number: null }, child: { ...hung.child, ...childName('Nguyễn Văn An') } };
    const anTwin = { ...an, id: 'birth-kim-xa-an-twin', child: { ...an.child, ...childName('Nguyễn Văn Ân') } };
    for (const pair of [
      [hung, hungTwin],
      [an, anTwin],
    ]) {
      const result = run(pair);
      expect(result.clusters).toEqual([]);
      expect(result.review).toEqual([]);
      expect(result.vetoes).toContainEqual({ code: 'twins', pairs: 1 });
    }
  });

  it('sends names a mark or a letter apart to review when only one entry has a register number (a book typed again)', () => {
    const toan = entry('birth-vinh-tuong-1996-60', VINH_TUONG, '60', '1996-04-02', 'Hoàng Văn Toàn', '1996-03-11', 'Lê Thị Hoa', 'Hoàng Văn Bình');
    const retyped = { ...toan, id: 'birth-vinh-tuong-copy-3', registration: { ...toan.registration, number: null }, child: { ...toan.child, ...childName('Hoàng Văn Toan') } };
    const huong = entry('birth-vinh-tuong-1996-6', VINH_TUONG, '6', '1996-01-09', 'Phan Thị Hương', '1995-12-20', 'Ngô Thị Tám', 'Phan Văn Lộc');
    const huongCopy = { ...huong, id: 'birth-vinh-tuong-copy-1', registration: { ...huong.registration, number: null }, child: { ...huong.child, ...childName('Phan Thị Hường') } };
    for (const pair of [[toan, retyped], [huong, huongCopy]]) {
      const result = run(pair);
      expect(result.clusters).toEqual([]);
      expect(vetoesOfReview(result)).toEqual([[{ code: 'twins', action: 'review' }]]);
    }
  });

  it('sends twins registered together to review, not a merge, when one name slipped into no name (Hưng typed Hưnh)', () => {
    const hung = entry('birth-kim-xa-2016-21', KIM_XA, '21', '2016-05-03', 'Nguyễn Văn Hùng', '2016-04-27', 'Đỗ Thị Lan', 'Nguyễn Văn Tuấn');
    const slipped = entry('birth-kim-xa-2016-22', KIM_XA, '22', '2016-05-03', 'Nguyễn Văn Hưnh', '2016-04-27', 'Đỗ Thị Lan', 'Nguyễn Văn Tuấn');
    const result = run([hung, slipped]);
    expect(result.clusters).toEqual([]);
    expect(vetoesOfReview(result)).toEqual([[{ code: 'twins', action: 'review' }]]);
  });
});
