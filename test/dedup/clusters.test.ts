import { describe, expect, it } from 'vitest';
import { planClusters, type ClusterGraph } from '../../src/dedup/cluster.js';
import type { DedupRecord } from '../../src/dedup/dedup-record.js';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { withEntryCopies } from '../../src/dedup/entry-copies.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { compareSurvivorship } from '../../src/dedup/survivor.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';
import { syntheticBirths } from './synthetic-births.js';

const toDedup = (record: BirthRecord): DedupRecord => birthDedupSpec.toDedupRecord(record, '249');

describe('clusters without chaining', () => {
  // A: the original entry. C: a second entry for the same name and parents whose birth month
  // differs (03 → 09: a typo, or not — an officer must say). B: a re-registration with only the
  // birth year, which agrees with both. A~B and B~C merge; A~C does not.
  const hung: BirthRecord = {
    ...birthAn,
    id: 'birth-a-original',
    registration: { ...birthAn.registration, number: '5', date: '2015-03-10' },
    child: { ...birthAn.child, ...childName('Nguyễn Văn Hùng'), birthDate: '2015-03-05', personalId: null },
  };
  const secondEntry: BirthRecord = { ...hung, id: 'birth-c-second-entry', registration: { ...hung.registration, number: '61', date: '2015-09-12' }, child: { ...hung.child, birthDate: '2015-09-05' } };
  const reRegistration: BirthRecord = {
    ...hung,
    id: 'birth-b-reregistration',
    registration: { ...hung.registration, communeCode: '08956', number: '8', date: '2019-04-02' },
    child: { ...hung.child, birthDate: '2015' },
    remarks: 'Đăng ký lại',
  };

  it('moves a member that does not itself merge with the survivor to review (A~B~C, A≁C)', () => {
    // C is in another commune's book here: B's year cannot tell A from C either, but C is no second
    // entry of A's register (see the next test for that).
    const otherBook: BirthRecord = { ...secondEntry, registration: { ...secondEntry.registration, communeCode: '08965' } };
    const result = deduplicate([otherBook, reRegistration, hung].map(toDedup), birthDedupSpec);
    expect(result.decisions.merge).toBe(2);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.survivor.id).toBe(hung.id);
    expect(result.clusters[0]?.memberIds).toEqual([reRegistration.id]);
    expect(result.mergedAwayIds).toEqual([reRegistration.id]);
    expect(result.review).toHaveLength(1);
    const [moved] = result.review;
    expect(moved).toMatchObject({ reason: 'chained', a: { id: hung.id }, b: { id: secondEntry.id }, linkedThrough: [reRegistration.id] });
    expect(moved?.score).toBeLessThan(birthDedupSpec.thresholds.merge);
    expect(moved?.explanation.differed).toContainEqual(expect.objectContaining({ field: 'child.birthDate', level: 'year' }));
  });

  it('merges B into neither of two entries of one register whose dates its year cannot tell apart (a same-name sibling, or a slip: review)', () => {
    // A (no. 5) and C (no. 61) are two registrations of Tam Hợp's 2015 book: C may be a younger sibling given the
    // name of one who died, and B then C's re-registration. Merging B into A (registered first) was a guess.
    const result = deduplicate([secondEntry, reRegistration, hung].map(toDedup), birthDedupSpec);
    expect(result.clusters).toEqual([]);
    const pairs = result.review.map((pair) => [pair.a.id, pair.b.id].sort());
    expect(pairs).toEqual(expect.arrayContaining([[hung.id, reRegistration.id].sort(), [secondEntry.id, reRegistration.id].sort()]));
  });

  it('does not send twins the comparison kept apart to review because their copies chained them (a twins page retyped without marks)', () => {
    // Trần Văn Hùng / Trần Văn Hưng, numbers 502/503 of one day; the retyped page makes both 'Tran Van Hung'.
    const twin = (id: string, number: string, fullName: string, mother: string, father: string): BirthRecord => ({
      ...birthAn,
      id,
      registration: { ...birthAn.registration, communeCode: '09043', number, date: '2015-09-03' },
      child: { ...birthAn.child, ...childName(fullName), birthDate: '2015-08-21', personalId: null },
      mother: { ...birthAn.mother, fullName: mother, birthYear: '1990' },
      father: { ...birthAn.mother, fullName: father, birthYear: '1989' },
    });
    const hung = twin('birth-502', '502', 'Trần Văn Hùng', 'Lê Thị Thủy', 'Trần Văn Hải');
    const hungTwin = twin('birth-503', '503', 'Trần Văn Hưng', 'Lê Thị Thủy', 'Trần Văn Hải');
    const hungCopy = twin('birth-502-khong-dau', '502', 'Tran Van Hung', 'Le Thi Thuy', 'Tran Van Hai');
    const twinCopy = twin('birth-503-khong-dau', '503', 'Tran Van Hung', 'Le Thi Thuy', 'Tran Van Hai');
    const result = deduplicate([hung, hungTwin, hungCopy, twinCopy].map(toDedup), birthDedupSpec);
    expect(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort()).toEqual([
      [hung.id, hungCopy.id].sort(),
      [hungTwin.id, twinCopy.id].sort(),
    ]);
    const pairs = result.review.map((pair) => [pair.a.id, pair.b.id].sort().join(' ~ '));
    expect(pairs).not.toContain([hung.id, hungTwin.id].sort().join(' ~ '));
    for (const pair of result.review) expect(pair.explanation.vetoes).not.toContainEqual(expect.objectContaining({ action: 'distinct' }));
  });

  it('gives the same result, ids and order whatever the input order', () => {
    const births = syntheticBirths(3000, 11).map((birth) => toDedup(birth.record));
    const shuffled = [...births].reverse();
    const first = deduplicate(births, birthDedupSpec);
    expect(first.clusters.length).toBeGreaterThan(50);
    expect(deduplicate(shuffled, birthDedupSpec)).toEqual(first);
  });

  it('derives cluster ids from the members, so the same cluster keeps its id across runs', () => {
    const records = [hung, { ...hung, id: 'birth-a-copy' }].map(toDedup);
    const withOther = [...records, toDedup({ ...birthAn, id: 'birth-unrelated' })];
    const id = deduplicate(records, birthDedupSpec).clusters[0]?.clusterId;
    expect(id).toMatch(/^dup-[0-9a-f]{20}$/);
    expect(deduplicate(withOther, birthDedupSpec).clusters[0]?.clusterId).toBe(id);
    const grown = [...records, toDedup({ ...hung, id: 'birth-a-third' })];
    expect(deduplicate(grown, birthDedupSpec).clusters[0]?.clusterId).not.toBe(id);
  });
});

describe('survivorship', () => {
  const base = toDedup(birthAn);
  const variant = (changes: Partial<DedupRecord>): DedupRecord => ({ ...base, ...changes });

  it('puts the original registration before a re-registration, even a later and less complete one', () => {
    const original = variant({ id: 'z-original', registrationDate: '1960-05-01', completeness: 10 });
    const reRegistered = variant({ id: 'a-rereg', registrationDate: '1950', reRegistration: true, completeness: 30 });
    expect(compareSurvivorship(original, reRegistered)).toBeLessThan(0);
    expect(compareSurvivorship(reRegistered, original)).toBeGreaterThan(0);
  });

  it('then the earliest registration date (the more precise one on a tie at common precision, but for copies of one entry)', () => {
    expect(compareSurvivorship(variant({ id: 'b', registrationDate: '2015-01-12' }), variant({ id: 'a', registrationDate: '2015-02-01' }))).toBeLessThan(0);
    // Two registrations (other entries): the more precise date stays.
    const elsewhere = { ...base.values, 'registration.entry': '08950|2015|7' };
    expect(compareSurvivorship(variant({ id: 'b', registrationDate: '2015-01-12' }), variant({ id: 'a', registrationDate: '2015', values: elsewhere }))).toBeLessThan(0);
    // One entry typed twice: the survivor takes the copy's more precise date (fillsFor); the later rules decide ('a' < 'b').
    expect(compareSurvivorship(variant({ id: 'b', registrationDate: '2015-01-12' }), variant({ id: 'a', registrationDate: '2015' }))).toBeGreaterThan(0);
    expect(compareSurvivorship(variant({ id: 'b', registrationDate: null }), variant({ id: 'a', registrationDate: '2019' }))).toBeGreaterThan(0);
  });

  it('then the most complete record, then the smallest id', () => {
    expect(compareSurvivorship(variant({ id: 'b', completeness: 31 }), variant({ id: 'a', completeness: 30 }))).toBeLessThan(0);
    expect(compareSurvivorship(variant({ id: 'a' }), variant({ id: 'b' }))).toBeLessThan(0);
  });
});

describe('vetoes hold across a cluster', () => {
  // 0: Ánh (No. 15), the survivor. 1: the retype's copy of No. 15. 2: the retype's copy of No. 16, whose name
  // (Anh) merged with Ánh. 3: Anh (No. 16). Every record merges with 0 but 3; 2 and 3 are one entry; a veto
  // keeps 3 from 0 (twins, to review), and 1 from 2.
  const vetoedPairs = new Set(['0|3', '1|2']);
  const vetoed = (a: number, b: number): boolean => vetoedPairs.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  const graph: ClusterGraph = {
    edges: [[0, 1], [0, 2], [1, 3], [2, 3]],
    isPrevious: () => false,
    survivorOrder: (a, b) => a - b,
    mergesWith: (survivor, member) => !vetoed(survivor, member),
    keptApart: () => false,
    vetoed,
  };

  it('does not merge in a record vetoed against a member already in (a cluster never holds two records a veto keeps apart)', () => {
    const { clusters, chained } = planClusters(graph);
    expect(clusters).toEqual([{ survivor: 0, members: [1] }, { survivor: 2, members: [3] }]);
    expect(chained.map((moved) => moved.member).sort()).toEqual([2, 3]);
  });

  it('does not move a chained copy into a cluster holding a record its own comparison vetoes', () => {
    // As before the fix: 2 is a member of 0's cluster, and 3, chained out, copies 2's entry.
    const plan = { clusters: [{ survivor: 0, members: [1, 2] }], chained: [{ survivor: 0, member: 3, linkedThrough: [1, 2] }] };
    const copyOf = (member: number, copy: number): boolean => member === 2 && copy === 3;
    expect(withEntryCopies(plan, copyOf).clusters).toEqual([{ survivor: 0, members: [1, 2, 3] }]);
    const kept = withEntryCopies(plan, copyOf, vetoed);
    expect(kept.clusters).toEqual([{ survivor: 0, members: [1, 2] }]);
    expect(kept.chained).toEqual(plan.chained);
  });
});
