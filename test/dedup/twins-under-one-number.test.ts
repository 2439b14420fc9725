/**
 * Twins typed under one register number: the clerk merged the 'Số', 'Ngày đăng ký', birth date and
 * parents' cells over the two twins' rows, so both rows read one register entry (commune, year,
 * number). Given names that are two names (Đỗ Tiến Sơn / Đỗ Công Quang, Ngô Công Thắng / Ngô Công
 * Nam) are two children typed one under the other, not one entry typed twice: they must stay apart.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

/** Records in the batch's source order, as the batch writer numbers them. */
const inOrder = (records: BirthRecord[]) => records.map((record, index) => ({ ...birthDedupSpec.toDedupRecord(record, '249'), sourceOrder: index }));
const run = (records: BirthRecord[]) => deduplicate(inOrder(records), birthDedupSpec);
const FILE = 'KS_HuongCanh_2021.xlsx';

function row(id: string, sheetRow: number, fullName: string, remarks: string | null = 'Sinh đôi'): BirthRecord {
  return {
    ...birthAn,
    id,
    registration: { ...birthAn.registration, book: '01/2021', number: '10', date: '2021-03-29' },
    provenance: { file: FILE, sheet: '2021', row: sheetRow },
    child: { ...birthAn.child, ...childName(fullName), birthDate: '2021-03-02', personalId: null },
    mother: { ...birthAn.mother, fullName: 'Lê Thị Hằng', birthYear: '1994' },
    father: { ...birthAn.mother, fullName: 'Ngô Văn Hải', birthYear: '1991' },
    remarks,
  };
}

describe('twins typed under one register number merged over their two rows', () => {
  it('keeps the two children apart, whether their middle names differ or not', () => {
    expect(run([row('birth-hc-16', 16, 'Ngô Tiến Sơn'), row('birth-hc-17', 17, 'Ngô Công Quang')]).mergedAwayIds).toEqual([]);
    const oneMiddle = run([row('birth-hc-36', 36, 'Ngô Công Thắng'), row('birth-hc-37', 37, 'Ngô Công Nam')]);
    expect(oneMiddle.mergedAwayIds).toEqual([]);
    expect(oneMiddle.review).toEqual([]);
  });

  it('keeps apart twins given one name after two real middle names (a copy keeps its middle name or loses it)', () => {
    for (const remarks of ['Sinh đôi', null]) {
      const result = run([row('birth-hc-16', 16, 'Ngô Hoàng Anh', remarks), row('birth-hc-17', 17, 'Ngô Tuấn Anh', remarks)]);
      expect(result.mergedAwayIds).toEqual([]);
      expect(result.review).toEqual([]);
    }
    expect(run([row('birth-hc-16', 16, 'Ngô Thị Trang'), row('birth-hc-17', 17, 'Ngô Trang')]).mergedAwayIds).toEqual(['birth-hc-17']);
  });

  it('still merges one entry typed twice on the next row: the same name, or a mark of it typed wrong', () => {
    expect(run([row('birth-hc-16', 16, 'Ngô Công Thắng'), row('birth-hc-17', 17, 'Ngô Công Thắng')]).mergedAwayIds).toEqual(['birth-hc-17']);
    expect(run([row('birth-hc-16', 16, 'Ngô Công Thắng', null), row('birth-hc-17', 17, 'Ngô Công Thăng', null)]).mergedAwayIds).toEqual(['birth-hc-17']);
    expect(run([row('birth-hc-16', 16, 'Ngô Thị Trang'), row('birth-hc-17', 17, 'Ngô Thị Trag')]).mergedAwayIds).toEqual(['birth-hc-17']);
  });

  it("sends names a mark apart to review, not a merge, when the remarks say the entry is of twins: Hùng and Hưng under one 'Số'", () => {
    for (const [first, second] of [['Sinh đôi', 'Sinh đôi'], ['Sinh đôi với số 10', null], [null, 'song sinh'], ['Sinh ba', 'Sinh ba']] as const) {
      const result = run([row('birth-hc-16', 16, 'Ngô Văn Hùng', first), row('birth-hc-17', 17, 'Ngô Văn Hưng', second)]);
      expect(result.mergedAwayIds).toEqual([]);
      expect(result.review.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([['birth-hc-16', 'birth-hc-17']]);
    }
    const middles = run([row('birth-hc-16', 16, 'Ngô Thu Trang'), row('birth-hc-17', 17, 'Ngô Thùy Trang')]);
    expect(middles.mergedAwayIds).toEqual([]);
    expect(middles.review.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([['birth-hc-16', 'birth-hc-17']]);
  });

  it('merges names a mark apart on the next row when no remark says a multiple birth', () => {
    for (const remarks of [null, 'Đăng ký đúng hạn', 'Người đi khai sinh: bà nội']) {
      expect(run([row('birth-hc-16', 16, 'Ngô Văn Hùng', remarks), row('birth-hc-17', 17, 'Ngô Văn Hưng', remarks)]).mergedAwayIds).toEqual(['birth-hc-17']);
      expect(run([row('birth-hc-16', 16, 'Ngô Thu Trang', remarks), row('birth-hc-17', 17, 'Ngô Thùy Trang', remarks)]).mergedAwayIds).toEqual(['birth-hc-17']);
    }
  });
});
