/**
 * Duplicates against the truth: pairs of rows of one event (an original and
 * its copies) merged or not, pairs merged that are not one event, which row
 * survived, and twins — two events of one birth — merged or put to review.
 */
import type { RunOutputs, TruthRow } from './accuracy-outputs.js';

export interface DuplicateScores {
  truthPairs: number;
  predictedPairs: number;
  truePairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Truth pairs put to review instead of merged. */
  truthPairsInReview: number;
  /** Truth pairs with a row rejected (they cannot be merged). */
  truthPairsRejected: number;
  falsePairs: [string, string][];
  missedPairs: [string, string][];
  /** Clusters of one entity, and of those the ones whose survivor is the row typed as the original. */
  survivors: { clusters: number; original: number; byKind: Map<string, number> };
}

export interface TwinScores {
  /** Twin pairs of the truth (two children of one birth in one book). */
  pairs: number;
  /** A pair of rows of two twins that hotich merged, one per twin pair. */
  merged: [string, string][];
  /** Review pairs that hold two twins. */
  inReview: number;
}

const entityKey = (truth: TruthRow): string => `${truth.key.split('#')[0]}@${truth.entity}`;
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function addTo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function allPairs(keys: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.push([keys[i] as string, keys[j] as string]);
  return pairs;
}

/** Duplicate pairs merged against the truth's, survivors, and twins merged or put to review. */
export function measureDuplicates(truth: readonly TruthRow[], outputs: RunOutputs): { duplicates: DuplicateScores; twins: TwinScores } {
  const duplicates: DuplicateScores = {
    truthPairs: 0, predictedPairs: 0, truePairs: 0, precision: 0, recall: 0, f1: 0, truthPairsInReview: 0, truthPairsRejected: 0,
    falsePairs: [], missedPairs: [], survivors: { clusters: 0, original: 0, byKind: new Map() },
  };
  const twins: TwinScores = { pairs: 0, merged: [], inReview: 0 };
  const report = { duplicates, twins };
  const byKey = new Map(truth.map((row) => [row.key, row]));
  const rowsOfEntity = new Map<string, string[]>();
  for (const row of truth) if (row.expect === 'clean') addTo(rowsOfEntity, entityKey(row), () => []).push(row.key);
  const truthPairs = new Map<string, [string, string]>();
  for (const keys of rowsOfEntity.values()) for (const pair of allPairs(keys)) truthPairs.set(pairKey(...pair), pair);
  const predicted = new Map<string, [string, string]>();
  for (const cluster of outputs.clusters) for (const pair of allPairs(cluster)) predicted.set(pairKey(...pair), pair);
  const review = new Set(outputs.reviewPairs.map((pair) => pairKey(...pair)));
  const scores = report.duplicates;
  scores.truthPairs = truthPairs.size;
  scores.predictedPairs = predicted.size;
  for (const [key, pair] of predicted) {
    if (truthPairs.has(key)) scores.truePairs++;
    else scores.falsePairs.push(pair);
  }
  for (const [key, pair] of truthPairs) {
    if (predicted.has(key)) continue;
    if (pair.some((rowKey) => outputs.rows.get(rowKey)?.status === 'rejected')) scores.truthPairsRejected++;
    else if (review.has(key)) scores.truthPairsInReview++;
    else scores.missedPairs.push(pair);
  }
  for (const cluster of outputs.clusters) {
    const rows = cluster.map((key) => byKey.get(key));
    const survivor = rows[0];
    if (survivor === undefined || rows.some((row) => row === undefined || entityKey(row) !== entityKey(survivor))) continue;
    scores.survivors.clusters++;
    if (survivor.kind === 'original') scores.survivors.original++;
    scores.survivors.byKind.set(survivor.kind, (scores.survivors.byKind.get(survivor.kind) ?? 0) + 1);
  }
  scores.precision = scores.predictedPairs === 0 ? 1 : scores.truePairs / scores.predictedPairs;
  scores.recall = scores.truthPairs === 0 ? 1 : scores.truePairs / scores.truthPairs;
  scores.f1 = scores.precision + scores.recall === 0 ? 0 : (2 * scores.precision * scores.recall) / (scores.precision + scores.recall);

  // Twins: two entities of one book; merged when any pair of their rows was.
  const twinPairs = new Set<string>();
  for (const row of truth) {
    if (row.twinEntity === null) continue;
    const stem = row.key.split('#')[0];
    twinPairs.add(pairKey(`${stem}@${row.entity}`, `${stem}@${row.twinEntity}`));
  }
  report.twins.pairs = twinPairs.size;
  const entityOf = (key: string): string | null => {
    const row = byKey.get(key);
    return row ? entityKey(row) : null;
  };
  const seen = new Set<string>();
  for (const pair of predicted.values()) {
    const [a, b] = pair.map(entityOf);
    if (a && b && a !== b && twinPairs.has(pairKey(a, b)) && !seen.has(pairKey(a, b))) {
      seen.add(pairKey(a, b));
      report.twins.merged.push(pair);
    }
  }
  for (const pair of outputs.reviewPairs) {
    const [a, b] = pair.map(entityOf);
    if (a && b && twinPairs.has(pairKey(a, b))) report.twins.inReview++;
  }
  return report;
}
