import { describe, expect, it } from 'vitest';
import type { DedupRecord } from '../../src/dedup/dedup-record.js';
import { deduplicate, measureCandidatePairs } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';
import { messageVi } from '../../src/catalog/catalog.js';
import { loadedSurvivorGapFinding } from '../../src/dedup/survivor-gap.js';
import { birthType } from '../../src/record-types/birth.js';
import { fieldLabelVi } from '../../src/record-types/field-label.js';

// Nguyễn Thị Hoa, born in Bình Xuyên (249) in 1990; her book was lost and she was
// re-registered in 2017 in Yên Lạc (251), where she lives now.
const original: BirthRecord = {
  ...birthAn,
  id: 'birth-249-1990-hoa',
  registration: { ...birthAn.registration, communeCode: '08950', book: '01/1990', number: '57', date: '1990-06-20', place: 'UBND xã Hương Sơn' },
  child: { ...birthAn.child, ...childName('Nguyễn Thị Hoa'), sex: 'female', birthDate: '1990-06-02', personalId: null },
  mother: { ...birthAn.mother, fullName: 'Lê Thị Sen', birthYear: '1965' },
  father: { ...birthAn.mother, fullName: 'Nguyễn Văn Thắng', birthYear: '1962' },
};
const reRegistration: BirthRecord = {
  ...original,
  id: 'birth-251-2017-hoa',
  registration: { provinceCode: '26', districtCode: '251', communeCode: '09040', book: '01/2017', number: '112', date: '2017-08-03', place: 'UBND xã Tề Lỗ' },
  child: { ...original.child, birthDate: '1990', personalId: '026190004321' },
  remarks: 'Đăng ký lại (sổ gốc bị mất)',
};
const loadedBefore = (record: BirthRecord): DedupRecord => birthDedupSpec.toDedupRecord(record, record.registration.districtCode ?? '249');

describe('deduplication against records loaded before (registry)', () => {
  it("reports a duplicate of another district's record with that record as survivor, keeping its id and district", () => {
    const neighbour = loadedBefore({ ...birthAn, id: 'birth-249-other' });
    const result = deduplicate([loadedBefore(reRegistration)], birthDedupSpec, { previous: [loadedBefore(original), neighbour] });
    expect(result.previousRecords).toBe(2);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor).toEqual({ id: original.id, districtCode: '249', previous: true });
    expect(result.clusters[0]?.memberIds).toEqual([reRegistration.id]);
    expect(result.clusters[0]?.members[0]?.districtCode).toBe('251');
    expect(result.mergedAwayIds).toEqual([reRegistration.id]);
    // The member has a personal ID the earlier record lacks, but the earlier batch is not rewritten.
    expect(result.clusters[0]?.fills).toEqual([]);
  });

  it('keeps a previous record as survivor even when the current one would win survivorship', () => {
    // Here the earlier batch holds the re-registration and the current batch the original.
    const result = deduplicate([loadedBefore(original)], birthDedupSpec, { previous: [loadedBefore(reRegistration)] });
    expect(result.clusters[0]?.survivor).toMatchObject({ id: reRegistration.id, previous: true });
    expect(result.mergedAwayIds).toEqual([original.id]);
  });

  it('tells what the merged original has that the re-registration loaded before lacks: the full birth date', () => {
    // As the registry returns it: comparison values, no filled fields, no source position.
    const { filledFields: _filled, sourceFile: _file, ...registryEntry } = loadedBefore(reRegistration);
    const member = loadedBefore(original);
    const result = deduplicate([member], birthDedupSpec, { previous: [registryEntry] });
    const merged = result.clusters[0]?.members[0];
    expect(merged?.survivorLacks).toEqual({ original: true, fills: [{ field: 'child.birthDate', fromId: original.id, replaces: '1990' }] });
    expect(result.clusters[0]?.fills).toEqual([]);
    const finding = loadedSurvivorGapFinding(merged!.survivorLacks!, member, result.clusters[0]!.survivor, (path) => fieldLabelVi(birthType, path));
    expect(finding).toMatchObject({ code: 'DEDUP_SURVIVOR_LESS_COMPLETE', field: 'child.birthDate' });
    expect(messageVi(finding.code, finding.params)).toBe(
      'Dòng này trùng với bản ghi birth-251-2017-hoa đã nạp trước của H. Yên Lạc và đã được gộp vào bản ghi đó, nhưng đầy đủ hơn bản ghi đó: ' +
        'là bản đăng ký gốc (bản ghi đã nạp là bản đăng ký lại); có ngày sinh đầy đủ 02/06/1990 (bản ghi đã nạp chỉ ghi 1990). Bản ghi đã nạp không được sửa tự động.',
    );
  });

  it('tells of a field the survivor loaded before lacks, and says nothing of a copy that adds nothing', () => {
    // Two original registrations: the one loaded before has no father's birth year.
    const earlier = { ...original, id: 'birth-251-copy', registration: { ...reRegistration.registration, date: '1990-06-25' }, remarks: null, father: { ...original.father!, birthYear: null } };
    const { filledFields: _filled, ...registryEntry } = loadedBefore(earlier);
    const lacking = deduplicate([loadedBefore(original)], birthDedupSpec, { previous: [registryEntry] });
    expect(lacking.clusters[0]?.members[0]?.survivorLacks).toEqual({ original: false, fills: [{ field: 'father.birthYear', fromId: original.id }] });
    // The re-registration merged into the original loaded before: the original lacks nothing the registry can show.
    const plain = deduplicate([loadedBefore({ ...reRegistration, child: { ...reRegistration.child, personalId: null } })], birthDedupSpec, { previous: [loadedBefore(original)] });
    expect(plain.clusters).toHaveLength(1);
    expect(plain.clusters[0]?.members[0]?.survivorLacks).toBeUndefined();
  });

  it('never pairs two previous records, nor makes one a member', () => {
    const twoEarlier = [loadedBefore(original), loadedBefore({ ...original, id: 'birth-249-1990-hoa-copy' })];
    expect(deduplicate([], birthDedupSpec, { previous: twoEarlier }).clusters).toEqual([]);
    // A current record matching both: one previous record survives, the other is left alone.
    const result = deduplicate([loadedBefore(reRegistration)], birthDedupSpec, { previous: twoEarlier });
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.previous).toBe(true);
    expect(result.clusters[0]?.memberIds).toEqual([reRegistration.id]);
    expect(result.review.every((pair) => !(pair.a.previous && pair.b.previous))).toBe(true);
  });

  it('ignores previous entries with the id of a current record: a re-run finds no duplicates of itself', () => {
    const batch = [loadedBefore(original), loadedBefore({ ...birthAn, id: 'birth-249-an' })];
    const result = deduplicate(batch, birthDedupSpec, { previous: batch });
    expect(result.previousRecords).toBe(0);
    expect(result.clusters).toEqual([]);
    expect(result.candidatePairs.total).toBe(0);
  });

  it('counts candidate pairs with previous records for the manifest', () => {
    const counts = measureCandidatePairs([loadedBefore(reRegistration)], birthDedupSpec, { previous: [loadedBefore(original)] });
    expect(counts.total).toBe(1);
    expect(counts.byRule.find((rule) => rule.pairs === 1)?.rule).toBe('name+month');
  });
});
