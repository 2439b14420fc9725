/**
 * hotich's deduplication engine alone, per record type over the whole
 * province's clean records (every district in one batch: the most a run's
 * dedup, batch plus registry, can face): blocking only (measureCandidatePairs),
 * then the whole deduplicate() — blocking, scoring, vetoes, clusters,
 * survivorship, explanations. Loading the dumped records is not timed.
 */
import { deduplicate, measureCandidatePairs } from '../../../src/dedup/deduplicate.js';
import type { RecordTypeName } from '../../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../../src/record-types/registry.js';
import { readDedupRecords } from './dedup-records.js';
import { reportStage, stageArguments } from './stage-io.js';

const { dumpFolder } = stageArguments<{ dumpFolder: string }>();
const TYPES = Object.keys(RECORD_TYPES) as RecordTypeName[];

export interface DedupTypeFigures {
  records: number;
  blockingSeconds: number;
  dedupSeconds: number;
  candidatePairs: number;
  byRule: Record<string, number>;
  oversizedBlocks: number;
  comparedPairs: number;
  decisions: { merge: number; review: number; distinct: number };
  clusters: number;
  mergedAway: number;
  reviewPairs: number;
}

const loaded = await Promise.all(TYPES.map(async (type) => [type, await readDedupRecords(dumpFolder, type)] as const));

// Blocking alone first, outside the stage's measure (its CPU and wall time are deduplicate()'s only).
const blocking = new Map(
  loaded.map(([type, records]) => {
    const started = performance.now();
    const counts = measureCandidatePairs(records, RECORD_TYPES[type].dedup);
    return [type, { seconds: (performance.now() - started) / 1000, counts }] as const;
  }),
);

await reportStage(async () => {
  const byType: Partial<Record<RecordTypeName, DedupTypeFigures>> = {};
  for (const [type, records] of loaded) {
    const started = performance.now();
    const result = deduplicate(records, RECORD_TYPES[type].dedup);
    const dedupSeconds = (performance.now() - started) / 1000;
    const blocked = blocking.get(type)!;
    byType[type] = {
      records: records.length,
      blockingSeconds: blocked.seconds,
      dedupSeconds,
      candidatePairs: result.candidatePairs.total,
      byRule: Object.fromEntries(result.candidatePairs.byRule.map((rule) => [rule.rule, rule.pairs])),
      oversizedBlocks: blocked.counts.byRule.reduce((sum, rule) => sum + rule.oversizedBlocks, 0),
      comparedPairs: result.comparedPairs,
      decisions: result.decisions,
      clusters: result.clusters.length,
      mergedAway: result.mergedAwayIds.length,
      reviewPairs: result.review.length,
    };
  }
  return { byType };
});
