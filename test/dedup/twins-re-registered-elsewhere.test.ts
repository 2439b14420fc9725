/**
 * Twins Lê Văn Hùng (No. 20) and Lê Văn Hưng (No. 21) of Tề Lỗ's 2010 birth book, loaded
 * before, each re-registered (đăng ký lại) in Thổ Tang in 2015 where the family lives now.
 * Each re-registration merges into its own twin; the cross pairs (Hùng's re-registration ~
 * Hưng) are the twins' own pair again, which their comparison already settled: not listed
 * again for review.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteRegistry } from '../../src/dedup/registry/sqlite-registry.js';
import { deduplicateBatch } from '../../src/emit/batch-dedup.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

function twin(number: number, fullName: string): BirthRecord {
  return {
    ...birthAn,
    id: `birth-te-lo-2010-${number}`,
    registration: { ...birthAn.registration, districtCode: '251', communeCode: '09040', book: '01/2010', number: String(number), date: '2010-03-01', place: 'UBND xã Tề Lỗ' },
    provenance: { file: 'KS-09040-2010.xlsx', sheet: 'Sheet1', row: number + 6 },
    child: { ...birthAn.child, ...childName(fullName), sex: 'male', birthDate: '2010-01-16', personalId: null },
    mother: { ...birthAn.mother, fullName: 'Đặng Thị Phương', birthYear: '1983', residence: 'Thôn Bắc, xã Tề Lỗ' },
    father: { ...birthAn.mother, fullName: 'Lê Ngọc Bảo', birthYear: '1982', residence: 'Thôn Bắc, xã Tề Lỗ' },
    remarks: null,
    warnings: [],
  };
}
const reRegistered = (record: BirthRecord, number: number): BirthRecord => ({
  ...record,
  id: `birth-tho-tang-2015-${number}`,
  registration: { ...record.registration, districtCode: '252', communeCode: '09112', book: '01/2015', number: String(number), date: '2015-06-10', place: 'UBND thị trấn Thổ Tang' },
  provenance: { file: 'KS-09112-2015.xlsx', sheet: 'Sheet1', row: number + 6 },
  mother: { ...record.mother, residence: 'Khu 3, thị trấn Thổ Tang' },
  father: record.father && { ...record.father, residence: 'Khu 3, thị trấn Thổ Tang' },
  remarks: 'Đăng ký lại',
});

const hung = twin(20, 'Lê Văn Hùng');
const hungTwin = twin(21, 'Lê Văn Hưng');
const hungAgain = reRegistered(hung, 57);
const hungTwinAgain = reRegistered(hungTwin, 58);

describe('twins re-registered together in another district', () => {
  it('merges each re-registration into its own twin and lists no cross pair for review', () => {
    const result = deduplicate([hungAgain, hungTwinAgain].map((record) => birthDedupSpec.toDedupRecord(record, '252')), birthDedupSpec, {
      previous: [hung, hungTwin].map((record) => birthDedupSpec.toDedupRecord(record, '251')),
    });
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds]).sort()).toEqual([
      [hung.id, hungAgain.id],
      [hungTwin.id, hungTwinAgain.id],
    ]);
    expect(result.review).toEqual([]);
  });

  it('does the same when the four are one batch: at most the twins’ own pair is listed', () => {
    const result = deduplicate([hung, hungTwin, hungAgain, hungTwinAgain].map((record) => birthDedupSpec.toDedupRecord(record, '251')), birthDedupSpec);
    expect(result.mergedAwayIds).toEqual([hungAgain.id, hungTwinAgain.id].sort());
    expect(result.review.every((pair) => [pair.a.id, pair.b.id].sort().join() === [hung.id, hungTwin.id].sort().join())).toBe(true);
  });

  it('the other way round: one twin re-registered and loaded before, the book with both twins now — no cross pair either', () => {
    // Thổ Tang's book was delivered first: Hưng's re-registration is the survivor loaded before, Hưng's entry merges
    // into it, and Hùng ~ the re-registration is the twins' own pair again, settled apart in this batch.
    const result = deduplicate([hung, hungTwin].map((record) => birthDedupSpec.toDedupRecord(record, '251')), birthDedupSpec, {
      previous: [birthDedupSpec.toDedupRecord(hungTwinAgain, '252')],
    });
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[hungTwinAgain.id, hungTwin.id]]);
    expect(result.review).toEqual([]);
  });

  it('and an unchanged re-run of the re-registration\'s district lists no cross pair either (its member from the book settles it)', () => {
    const registry = openSqliteRegistry(join(mkdtempSync(join(tmpdir(), 'hotich-twins-')), 'registry.sqlite'));
    try {
      const run = { runId: 'run-1', loadedAt: '2025-03-01T08:00:00.000Z' };
      const dedup = { spec: birthDedupSpec as never, registry };
      // Thổ Tang (252) first: Hưng's re-registration alone. Then Tề Lỗ (251): Hưng's entry merges into it.
      const again = birthDedupSpec.toDedupRecord(hungTwinAgain, '252');
      registry.replaceDistrict('birth', '252', [{ ...again, survivorId: null }], run);
      const book = [hung, hungTwin].map((record) => birthDedupSpec.toDedupRecord(record, '251'));
      const loaded = deduplicateBatch(book, dedup, 'birth', '251').result;
      expect(loaded.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds])).toEqual([[hungTwinAgain.id, hungTwin.id]]);
      expect(loaded.review).toEqual([]);
      registry.replaceDistrict('birth', '251', book.map((record) => ({ ...record, survivorId: record.id === hungTwin.id ? hungTwinAgain.id : null })), run);
      // Thổ Tang re-run unchanged: Hưng's re-registration meets Hùng (the registry's candidate), not Hưng's entry.
      const rerun = deduplicateBatch([birthDedupSpec.toDedupRecord(hungTwinAgain, '252')], dedup, 'birth', '252').result;
      expect(rerun.clusters).toEqual([]);
      expect(rerun.review).toEqual([]);
    } finally {
      registry.close();
    }
  });
});
