/**
 * The siblings veto keeps apart two entries of one pair of parents whose given names are a tone
 * or mark apart (Thúy/Thủy) and whose birth dates differ. Two full dates less than six months
 * apart are no two children of one mother (twins share the day): a copy typed in the neighbouring
 * commune's book with the day and month swapped (05/03 → 03/05) and a tone slipped (Hiền → Hiển)
 * was kept apart silently; it now goes to review. Dates further apart stay siblings.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
const RESIDENCE = 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phú';

function entry(id: string, communeCode: string, number: string, registered: string, fullName: string, birthDate: string): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, communeCode, book: '01', number, date: registered, place: null },
    provenance: { file: `${communeCode}/KS-${registered.slice(0, 4)}.xlsx`, sheet: 'Sheet1', row: Number(number) + 3 },
    child: { ...birthAn.child, ...childName(fullName), sex: 'female', birthDate, personalId: null },
    mother: { ...birthAn.mother, fullName: 'Phan Thị Mận', birthYear: '1952', residence: RESIDENCE },
    father: { ...birthAn.mother, fullName: 'Đào Văn Cẩn', birthYear: '1950', residence: RESIDENCE },
  };
}

const TAM_HOP = '08953';
const QUAT_LUU = '08956';

describe('siblings whose full birth dates are too close to be siblings', () => {
  it('sends a neighbour’s copy with day and month swapped and a tone slipped to review', () => {
    const original = entry('birth-th-1978-2', TAM_HOP, '2', '1978-03-20', 'Đào Thị Hiền', '1978-03-05');
    const copy = entry('birth-ql-1979-15', QUAT_LUU, '15', '1978-03-20', 'Đào Thị Hiển', '1978-05-03');
    const result = run([original, copy]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toEqual([expect.objectContaining({ code: 'siblings', action: 'review' })]);
  });

  it('keeps twins born either side of midnight apart (Hiền 23:50 on 05/03, Hiển 00:15 on 06/03)', () => {
    const first = entry('birth-th-1978-2', TAM_HOP, '2', '1978-03-20', 'Đào Thị Hiền', '1978-03-05');
    const second = entry('birth-th-1978-3', TAM_HOP, '3', '1978-03-20', 'Đào Thị Hiển', '1978-03-06');
    const result = run([first, second]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('keeps siblings born a year apart apart, not even in review', () => {
    const first = entry('birth-th-1978-2', TAM_HOP, '2', '1978-03-20', 'Đào Thị Hiền', '1978-03-05');
    const next = entry('birth-th-1979-9', TAM_HOP, '9', '1979-04-02', 'Đào Thị Hiển', '1979-03-25');
    const result = run([first, next]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });
});
