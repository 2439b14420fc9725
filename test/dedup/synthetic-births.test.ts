/**
 * The engine on a synthetic district register of 100 000 births with known
 * truth (synthetic-births.ts): candidate pairs are counted — far below n² —
 * and merges are checked against the truth. The measured figures are in the
 * dedup report of issue #5; the bounds here are what must not regress.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DedupRecord } from '../../src/dedup/dedup-record.js';
import type { DedupResult } from '../../src/dedup/dedup-result.js';
import { deduplicate, measureCandidatePairs } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import { syntheticBirths, type SyntheticBirth } from './synthetic-births.js';

const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

function pairsWithin(groups: Iterable<readonly string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const ids of groups) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add(pairKey(ids[i] as string, ids[j] as string));
  }
  return pairs;
}

describe('a synthetic register of 100 000 births', () => {
  let births: SyntheticBirth[];
  let records: DedupRecord[];
  let result: DedupResult;
  let truePairs: Set<string>;
  let mergedPairs: Set<string>;
  const byId = new Map<string, SyntheticBirth>();

  beforeAll(() => {
    births = syntheticBirths(100_000, 7);
    for (const birth of births) byId.set(birth.record.id, birth);
    records = births.map((birth) => birthDedupSpec.toDedupRecord(birth.record, '249'));
    result = deduplicate(records, birthDedupSpec);
    const people = new Map<string, string[]>();
    for (const birth of births) people.set(birth.personKey, [...(people.get(birth.personKey) ?? []), birth.record.id]);
    truePairs = pairsWithin(people.values());
    mergedPairs = pairsWithin(result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds]));
  });

  it('makes candidate pairs far below n² (counted, not timed)', () => {
    const n = births.length;
    const counts = measureCandidatePairs(records, birthDedupSpec);
    expect(counts).toMatchObject(result.candidatePairs); // the benchmark's count is the engine's
    expect(counts.pairsPerRecord).toBeLessThan(50);
    expect(result.candidatePairs.total).toBeGreaterThan(n / 10); // the blocks do meet
    expect(result.candidatePairs.total).toBeLessThan(50 * n); // ~17 per record measured, n²/2 would be 5.5e9
    expect(result.candidatePairs.byRule.map((rule) => rule.rule)).toEqual(['id', 'entry', 'name+month', 'mother+month', 'given+date', 'mother+swappable-date', 'name+parents']);
    expect(result.candidatePairs.byRule.reduce((sum, rule) => sum + rule.pairs, 0)).toBe(result.candidatePairs.total);
    expect(result.candidatePairs.byRule.every((rule) => rule.oversizedBlocks === 0)).toBe(true);
  });

  it('merges no twins, siblings or namesakes (precision 1 on this register)', () => {
    const wrong = [...mergedPairs].filter((pair) => !truePairs.has(pair));
    expect(wrong).toEqual([]);
  });

  it('finds nearly every duplicate, and sends the rest to review', () => {
    const found = [...truePairs].filter((pair) => mergedPairs.has(pair)).length;
    expect(found / truePairs.size).toBeGreaterThan(0.98); // 0.997 measured
    const reviewed = new Set(result.review.map((pair) => pairKey(pair.a.id, pair.b.id)));
    const lost = [...truePairs].filter((pair) => !mergedPairs.has(pair) && !reviewed.has(pair));
    expect(lost.length / truePairs.size).toBeLessThan(0.005);
  });

  it('keeps the review list short (an officer reads it)', () => {
    expect(result.review.length).toBeLessThan(births.length * 0.005);
  });

  it('lets the twin guard stop the twins the name blocks bring together', () => {
    const twinPairs = result.vetoes.find((veto) => veto.code === 'twins')?.pairs ?? 0;
    const twins = births.filter((birth) => birth.twin && birth.kind === 'original').length;
    expect(twinPairs).toBeGreaterThan(twins / 4);
  });
});
