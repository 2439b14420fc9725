import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { pairScorer } from '../../src/dedup/score.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '249')), birthDedupSpec);
const { merge, review } = birthDedupSpec.thresholds;

/** Lê Thị Thuỷ, entry 2 of Tam Hợp's 2015 book (test/golden/249/birth). */
const birthThuy: BirthRecord = {
  ...birthAn,
  id: 'birth-2dfd236df07be2de860b',
  registration: { ...birthAn.registration, number: '2', date: '2015-02-10', place: 'Xã Tam Hợp' },
  provenance: { ...birthAn.provenance, row: 9 },
  child: { ...birthAn.child, ...childName('Lê Thị Thuỷ'), sex: 'female', birthDate: '2015-02-05', personalId: '026315000102' },
  mother: { ...birthAn.mother, fullName: 'Phạm Thị Hoà', birthYear: '1993' },
  father: { ...birthAn.mother, fullName: 'Lê Văn Cường', birthYear: '1991' },
  declarant: { fullName: 'Lê Văn Cường', relation: 'Cha' },
};

/** The same register entry typed again into another workbook. */
function typedAgain(record: BirthRecord, id: string, changes: Partial<BirthRecord> = {}): BirthRecord {
  return { ...record, id, provenance: { file: '249-binh-xuyen/khai-sinh-tam-hop-2015-nhap-lai.xlsx', sheet: 'Sheet1', row: record.provenance.row + 40 }, ...changes };
}

describe('birth deduplication: which entry survives', () => {
  it('keeps the entry typed first when dates and completeness tie, whatever the ids (the copy typed later, with a slip, goes)', () => {
    const slip = typedAgain(birthAn, 'birth-0000-slip', { child: { ...birthAn.child, ...childName('Nguyễn Văn Ân') } });
    const inSourceOrder = [birthAn, slip].map((record, index) => ({ ...birthDedupSpec.toDedupRecord(record, '249'), sourceOrder: index }));
    const result = deduplicate(inSourceOrder, birthDedupSpec);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(birthAn.id);
    expect(result.mergedAwayIds).toEqual(['birth-0000-slip']);
    // Without source positions the smaller id would have won.
    expect('birth-0000-slip' < birthAn.id).toBe(true);
  });

  it('keeps the row typed first over a double typed later in the same book that also gives a field a fill could take', () => {
    // Row 32 left 'Quê quán' empty; the row typed again at 35 gives it and slips 'Phúc' to 'Phún' (also a word).
    const book = { file: '249/khai-sinh-08938-trung-my.xlsx', sheet: 'Sheet1' };
    const phuc: BirthRecord = { ...birthAn, id: 'birth-trung-my-32', provenance: { ...book, row: 32 }, child: { ...birthAn.child, ...childName('Trần Văn Phúc'), hometown: null } };
    const phun: BirthRecord = {
      ...phuc,
      id: 'birth-trung-my-35',
      provenance: { ...book, row: 35 },
      child: { ...phuc.child, ...childName('Trần Văn Phún'), hometown: 'Xã Trung Mỹ, Bình Xuyên, Vĩnh Phúc' },
    };
    const inSourceOrder = [phuc, phun].map((record, index) => ({ ...birthDedupSpec.toDedupRecord(record, '249'), sourceOrder: index }));
    const result = deduplicate(inSourceOrder, birthDedupSpec);
    expect(result.clusters).toHaveLength(1);
    // The hometown is filled in from the double; the name stays the one typed first.
    expect(result.clusters[0]?.survivor.id).toBe(phuc.id);
    expect(result.clusters[0]?.fills).toEqual([{ field: 'child.hometown', fromId: phun.id }]);
    // A copy typed later with the registration date in full ('14/04/2018' for the book's '04/2018'):
    // still the row typed first, its date made precise from the copy of the same entry.
    const monthOnly = { ...phuc, registration: { ...phuc.registration, date: '2018-04' } };
    const fullDate = { ...phun, registration: { ...phun.registration, date: '2018-04-14' } };
    const dated = deduplicate([monthOnly, fullDate].map((record, index) => ({ ...birthDedupSpec.toDedupRecord(record, '249'), sourceOrder: index })), birthDedupSpec);
    expect(dated.clusters[0]?.survivor.id).toBe(phuc.id);
    expect(dated.clusters[0]?.fills).toContainEqual({ field: 'registration.date', fromId: phun.id, replaces: '2018-04' });
    // Another register entry (a second registration elsewhere) gives its own date: never taken, and the more precise one stays.
    const elsewhere = { ...fullDate, child: { ...fullDate.child, ...childName('Trần Văn Phúc') }, registration: { ...fullDate.registration, communeCode: '08950', number: '7' } };
    const other = deduplicate([monthOnly, elsewhere].map((record, index) => ({ ...birthDedupSpec.toDedupRecord(record, '249'), sourceOrder: index })), birthDedupSpec);
    expect(other.clusters[0]?.survivor.id).toBe(elsewhere.id);
    expect(other.clusters[0]?.fills.map((fill) => fill.field)).not.toContain('registration.date');
    // A field no fill gives (the declarant) still makes the fuller row stay.
    const declared = run([{ ...phuc, declarant: { fullName: null, relation: null } }, { ...phun, declarant: phuc.declarant }]);
    expect(declared.clusters[0]?.survivor.id).toBe(phun.id);
  });
});

describe('birth deduplication: duplicates merged', () => {
  it('merges an exact double entry and explains it field by field', () => {
    const copy = typedAgain(birthAn, 'birth-copy-an');
    const result = run([birthAn, copy]);
    expect(result.clusters).toHaveLength(1);
    const [cluster] = result.clusters;
    // Same registration date and completeness: the book survives, not its copy '…-nhap-lai.xlsx' (whose smaller id won before).
    expect(cluster?.survivor.id).toBe(birthAn.id);
    expect(cluster?.memberIds).toEqual(['birth-copy-an']);
    expect(result.mergedAwayIds).toEqual(['birth-copy-an']);
    const member = cluster?.members[0];
    expect(member?.score).toBeGreaterThanOrEqual(merge);
    expect(member?.explanation.agreed).toContainEqual({ field: 'child.givenName', level: 'exact', weight: 5.46 });
    expect(member?.explanation.agreed.map((evidence) => evidence.field)).toEqual([
      'child.givenName', 'child.familyName', 'child.middleName', 'child.birthDate', 'child.sex', 'parents', 'parents.residence', 'registration.entry', 'child.personalId',
    ]);
    const total = member?.explanation.agreed.reduce((sum, evidence) => sum + evidence.weight, 0) ?? 0;
    expect(total).toBeCloseTo(member?.score ?? 0, 2);
    expect(result.review).toEqual([]);
  });

  it("merges a copy with a typo in the child's given name (a dropped letter)", () => {
    const copy = typedAgain(birthThuy, 'birth-copy-thu', { child: { ...birthThuy.child, ...childName('Lê Thị Thủ') } });
    const result = run([birthThuy, copy]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort())).toEqual([[birthThuy.id, 'birth-copy-thu'].sort()]);
    const member = result.clusters[0]?.members[0];
    expect(member?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'child.givenName', level: 'typo1' }));
    expect(member?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'registration.entry', level: 'same-entry' }));
  });

  it("merges a copy with a typo in the mother's name (a neighbouring key: Mai → Nai)", () => {
    const copy = typedAgain(birthAn, 'birth-copy-nai', { mother: { ...birthAn.mother, fullName: 'Trần Thị Nai' } });
    const result = run([birthAn, copy]);
    expect(result.mergedAwayIds).toHaveLength(1);
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'parents', level: 'close' }));
  });

  it('merges a copy typed without any diacritics (the whole name unmarked)', () => {
    const hung = { ...birthAn, id: 'birth-hung', child: { ...birthAn.child, ...childName('Nguyễn Văn Hùng') } };
    const copy = typedAgain(hung, 'birth-hung-ascii', { child: { ...hung.child, ...childName('Nguyen Van Hung') } });
    const result = run([hung, copy]);
    expect(result.mergedAwayIds).toHaveLength(1);
    expect(result.clusters[0]?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'child.givenName', level: 'unmarked' }));
  });

  it('treats tone placement as the same name: Thuỷ / Thủy, Hoà / Hòa (DOMAIN.md §4.1)', () => {
    const copy = typedAgain(birthThuy, 'birth-copy-thuy', {
      child: { ...birthThuy.child, ...childName('Lê Thị Thủy') },
      mother: { ...birthThuy.mother, fullName: 'Phạm Thị Hòa' },
      registration: { ...birthThuy.registration, number: null }, // no register position to lean on
    });
    const result = run([birthThuy, copy]);
    expect(result.mergedAwayIds).toHaveLength(1);
    const agreed = result.clusters[0]?.members[0]?.explanation.agreed ?? [];
    expect(agreed).toContainEqual(expect.objectContaining({ field: 'child.givenName', level: 'exact' }));
    // Phạm Thị Hoà × Lê Văn Cường: both among the commonest names, full agreement at that level.
    expect(agreed).toContainEqual(expect.objectContaining({ field: 'parents', level: 'common-parents' }));
  });

  it('merges a re-registration (đăng ký lại) with only the birth year, in another commune, into the original', () => {
    const original: BirthRecord = {
      ...birthAn,
      id: 'birth-1948-tam-hop-12',
      registration: { ...birthAn.registration, book: '01/1948', number: '12', date: '1948-01-20' },
      provenance: { file: '249-binh-xuyen/khai-sinh-tam-hop-1948.xlsx', sheet: 'Sổ 1948', row: 16 },
      child: { ...birthAn.child, ...childName('Nguyễn Văn Tảo'), birthDate: '1947-12-13', birthPlace: null, hometown: null, personalId: null },
      mother: { ...birthAn.mother, fullName: 'Đỗ Thị Nhài', birthYear: null, residence: null },
      father: { ...birthAn.mother, fullName: 'Nguyễn Văn Hạp', birthYear: null, residence: null },
      declarant: { fullName: 'Nguyễn Văn Hạp', relation: 'Cha' },
    };
    const reRegistration: BirthRecord = {
      ...original,
      id: 'birth-2012-quat-luu-45',
      registration: { ...original.registration, communeCode: '08956', book: '01/2012', number: '45', date: '2012-05-14', place: 'UBND xã Quất Lưu' },
      provenance: { file: '249-binh-xuyen/khai-sinh-quat-luu-2012.xlsx', sheet: 'Sổ 2012', row: 51 },
      child: { ...original.child, birthDate: '1947', personalId: '026047001234', hometown: 'Tam Hợp, Bình Xuyên, Vĩnh Phúc' },
      remarks: 'Đăng ký lại',
    };
    const result = run([reRegistration, original]);
    expect(result.clusters).toHaveLength(1);
    const [cluster] = result.clusters;
    // The original survives although the re-registration is more complete (and sorts first by id).
    expect(cluster?.survivor.id).toBe(original.id);
    expect(cluster?.memberIds).toEqual([reRegistration.id]);
    expect(cluster?.members[0]?.explanation.agreed).toContainEqual(expect.objectContaining({ field: 'child.birthDate', level: 'precision-year' }));
    // Its own number is what a re-registration is: weight 0, not evidence against.
    expect(cluster?.members[0]?.explanation.differed).toContainEqual({ field: 'registration.entry', level: 're-registration', weight: 0 });
    // What the survivor lacks and the re-registration has, for the writer to fill.
    expect(cluster?.fills).toEqual([
      { field: 'child.hometown', fromId: reRegistration.id },
      { field: 'child.personalId', fromId: reRegistration.id },
    ]);
  });
});

describe('birth deduplication: different people kept apart', () => {
  const hung: BirthRecord = {
    ...birthAn,
    id: 'birth-9b19660e07d56a94aedc',
    registration: { ...birthAn.registration, number: '5', date: '2015-03-20' },
    child: { ...birthAn.child, ...childName('Nguyễn Văn Hùng'), birthDate: '2015-03-14', personalId: null },
    mother: { ...birthAn.mother, fullName: 'Đỗ Thị Lan', birthYear: '1989' },
    father: { ...birthAn.mother, fullName: 'Nguyễn Văn Tuấn', birthYear: '1987' },
    remarks: 'Sinh đôi',
  };

  it('keeps twins Nguyễn Văn Hùng / Nguyễn Văn Hưng (same parents and date) apart, not even in review', () => {
    const hungTwin = { ...hung, id: 'birth-051583362292b70c2305', registration: { ...hung.registration, number: '6' }, child: { ...hung.child, ...childName('Nguyễn Văn Hưng') } };
    const result = run([hung, hungTwin]);
    expect(result.candidatePairs.total).toBe(1); // the folded name block puts them together…
    expect(result.clusters).toEqual([]); // …and the twin guard keeps them apart
    expect(result.review).toEqual([]);
    expect(result.vetoes).toContainEqual({ code: 'twins', pairs: 1 });
  });

  it('sends a twin typed without marks on another entry to review: Hung could be Hùng or Hưng', () => {
    const unmarked = { ...hung, id: 'birth-hung-ascii-other-book', registration: { ...hung.registration, number: '6' }, child: { ...hung.child, ...childName('Nguyen Van Hung') } };
    const result = run([hung, unmarked]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.explanation.vetoes).toEqual([{ code: 'twins', action: 'review' }]);
  });

  it('keeps twins with unrelated given names apart, also when their IDs are missing', () => {
    const sister = { ...hung, id: 'birth-twin-sister', registration: { ...hung.registration, number: '6' }, child: { ...hung.child, ...childName('Nguyễn Thị Phượng'), sex: 'female' as const } };
    const brother = { ...hung, id: 'birth-twin-brother', registration: { ...hung.registration, number: '7' }, child: { ...hung.child, ...childName('Nguyễn Văn Long') } };
    const result = run([hung, sister, brother]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('keeps namesakes apart: same name and birth date, different parents', () => {
    const namesake: BirthRecord = {
      ...hung,
      id: 'birth-namesake-quat-luu',
      registration: { ...hung.registration, communeCode: '08956', number: '31', date: '2015-03-25', place: 'UBND xã Quất Lưu' },
      mother: { ...hung.mother, fullName: 'Trần Thị Lan', birthYear: '1992' },
      father: { ...hung.mother, fullName: 'Nguyễn Văn Dũng', birthYear: '1990' },
      remarks: null,
    };
    const sameYear = { ...namesake, id: 'birth-namesake-2', registration: { ...namesake.registration, number: '77' }, child: { ...namesake.child, birthDate: '2015-09-30' }, mother: { ...namesake.mother, fullName: 'Lê Thị Hồng' } };
    const result = run([hung, namesake, sameYear]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
    expect(result.vetoes.find((veto) => veto.code === 'namesakes')?.pairs).toBeGreaterThan(0);
  });

  it('keeps siblings whose names differ only by a tone mark (Thúy / Thủy) apart', () => {
    const elder: BirthRecord = { ...birthThuy, id: 'birth-2012-thuy', registration: { ...birthThuy.registration, book: '01/2012', number: '40', date: '2012-04-09' }, child: { ...birthThuy.child, ...childName('Lê Thị Thúy'), birthDate: '2012-04-02', personalId: null } };
    const younger: BirthRecord = { ...birthThuy, id: 'birth-2016-thuy', registration: { ...birthThuy.registration, book: '01/2016', number: '18', date: '2016-09-20' }, child: { ...birthThuy.child, ...childName('Lê Thị Thủy'), birthDate: '2016-09-15', personalId: null } };
    // Born years apart, no blocking rule even pairs them; were one to, the sibling guard would hold.
    expect(run([elder, younger]).candidatePairs.total).toBe(0);
    const scored = pairScorer(birthDedupSpec).score(birthDedupSpec.toDedupRecord(elder, '249'), birthDedupSpec.toDedupRecord(younger, '249'), true);
    expect(scored.levels['child.givenName']).toBe('folded');
    expect(scored.vetoes).toEqual([{ code: 'siblings', action: 'distinct' }]);
    expect(scored.decision).toBe('distinct');
    // Born in one year (April and December): the name blocks key on the month, so they do not even meet.
    const december: BirthRecord = { ...younger, id: 'birth-2012-thuy-2', registration: { ...elder.registration, number: '311', date: '2012-12-28' }, child: { ...younger.child, birthDate: '2012-12-21' } };
    const result = run([elder, december]);
    expect(result.candidatePairs.total).toBe(0);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('never merges records of different sex; the same entry with the sex and the name mistyped goes to review', () => {
    const otherEntry = typedAgain(birthAn, 'birth-an-female', { child: { ...birthAn.child, sex: 'female' }, registration: { ...birthAn.registration, number: '91' } });
    const sameEntry = typedAgain(birthAn, 'birth-an-female-copy', { child: { ...birthAn.child, ...childName('Nguyễn Văn Ấn'), sex: 'female' } });
    const apart = run([birthAn, otherEntry]);
    expect(apart.clusters).toEqual([]);
    expect(apart.review).toEqual([]);
    const reviewed = run([birthAn, sameEntry]);
    expect(reviewed.clusters).toEqual([]);
    expect(reviewed.review).toHaveLength(1);
    // a and b in id order: 'birth-an-female-copy' < 'birth-ee7d…'.
    expect(reviewed.review[0]).toMatchObject({ reason: 'veto', a: { id: sameEntry.id, districtCode: '249', previous: false }, b: { id: birthAn.id } });
    expect(reviewed.review[0]?.explanation.vetoes).toEqual([{ code: 'different-sex', action: 'review' }]);
    expect(reviewed.review[0]?.explanation.differed).toContainEqual({ field: 'child.sex', level: 'different', weight: -4.64 });
  });

  it('merges a copy of the same entry whose only slip is the sex cell, the survivor’s sex loaded with a disagreement', () => {
    // Retyped 'Nam' for 'Nữ' ('Lò Thị Mai', No. 37 of Hương Sơn's 2015 book, in its '-nhap-lai' retype).
    const copy = typedAgain(birthAn, 'birth-an-sex-slip', { child: { ...birthAn.child, sex: 'female', personalId: null } });
    const result = run([birthAn, copy]);
    expect(result.review).toEqual([]);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, cluster.memberIds])).toEqual([[birthAn.id, [copy.id]]]);
    expect(result.clusters[0]?.disagreements?.map((disagreement) => disagreement.field)).toEqual(['child.sex']);
    // Born another day as well: two slips on one row, an officer decides.
    const twoSlips = run([birthAn, { ...copy, child: { ...copy.child, birthDate: '2015-01-04' } }]);
    expect(twoSlips.clusters).toEqual([]);
    expect(twoSlips.review[0]?.explanation.vetoes).toEqual([{ code: 'different-sex', action: 'review' }]);
  });

  it('sends a pair between the thresholds to review (single mother, re-registered with the year only)', () => {
    const single: BirthRecord = { ...birthAn, id: 'birth-single', father: null, child: { ...birthAn.child, personalId: null }, declarant: { fullName: 'Trần Thị Mai', relation: 'Mẹ' } };
    const reRegistered: BirthRecord = { ...single, id: 'birth-single-dkl', remarks: 'ĐKL', registration: { ...single.registration, communeCode: '08956', number: '3', date: '2019-02-11' }, child: { ...single.child, birthDate: '2015' } };
    const result = run([single, reRegistered]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]?.reason).toBe('score');
    expect(result.review[0]?.score).toBeGreaterThanOrEqual(review);
    expect(result.review[0]?.score).toBeLessThan(merge);
  });
});
