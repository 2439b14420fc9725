import type { DedupRecord } from '../dedup/dedup-record.js';
import type { DedupSpec } from '../dedup/dedup-spec.js';
import { deduplicate } from '../dedup/deduplicate.js';
import { pairScorer, type PairScorer } from '../dedup/score.js';
import type { RegistryRepair, RegistryStore } from '../dedup/registry/registry-store.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { crossDistrictPair, withoutPairsListedElsewhere, withoutPairsSettledByMembersElsewhere } from './cross-district-review.js';
import { loadedRecordLabel, type LoadedLabel } from './dedup-listing.js';
import type { DedupSummary, Provenance } from './manifest.js';

export interface BatchDedup {
  /** The record type's dedup spec; its toDedupRecord takes a record that passed the type's schema. */
  spec: DedupSpec<never>;
  /** Records loaded before (other districts); null runs without a registry. */
  registry: RegistryStore | null;
}

export type BatchDedupResult = ReturnType<typeof deduplicate>;

/**
 * Deduplicates a district's batch within itself and against the registry's records of
 * other districts. Without `dedup` (a writer tested alone) nothing is compared.
 */
export function deduplicateBatch(
  records: DedupRecord[],
  dedup: BatchDedup | null,
  type: RecordTypeName,
  districtCode: string,
): { result: BatchDedupResult; summary: DedupSummary } {
  const spec = dedup?.spec;
  // Records merged away when they were loaded are not citizens of the registry: only
  // survivors can absorb a new record (else a re-run of the original's district would
  // merge the original into its own re-registration).
  const previous =
    spec && dedup?.registry && records.length > 0
      ? dedup.registry.findCandidates(type, [...new Set(records.flatMap((record) => record.blockingKeys))], {
          excludeDistrict: districtCode,
          survivorsOnly: true,
        })
      : [];
  if (spec && dedup?.registry && records.length > 0) markKeptBefore(records, dedup.registry.keptIds(type, districtCode));
  // A pair with another district's record that district's batch lists already is not listed twice.
  const { result: listedOnce } = withoutPairsListedElsewhere(
    deduplicate(spec ? records : [], spec ?? noDedup(type), { previous }),
    records,
    dedup?.registry ?? null,
    spec,
    districtCode,
  );
  // Nor one a record merged into the batch's record from another district already settled apart.
  const result = withoutPairsSettledByMembersElsewhere(listedOnce, records, dedup?.registry ?? null, spec, districtCode);
  return {
    result,
    summary: {
      registryCandidates: previous.length,
      candidatePairs: result.candidatePairs,
      comparedPairs: result.comparedPairs,
      decisions: result.decisions,
      vetoes: result.vetoes,
      thresholds: result.thresholds,
      clusters: result.clusters.length,
      reviewPairs: result.review.length,
      ...(result.reviewPairsNotListed === undefined ? {} : { reviewPairsNotListed: result.reviewPairsNotListed }),
      registryRepairs: [],
    },
  };
}

/** Marks the records the district's batch in place kept (survivorship: they stay before copies delivered since). */
function markKeptBefore(records: DedupRecord[], kept: ReadonlySet<string>): void {
  if (kept.size === 0) return;
  for (const record of records) if (kept.has(record.id)) record.keptBefore = true;
}

/**
 * The batch's records replace the district's earlier ones in the registry,
 * each merged record pointing to its survivor; returns the other districts'
 * records whose survivor this replacement removed (repaired by the registry).
 * `records` and `provenances` are in spool order, one entry per clean record.
 */
export function recordInRegistry(
  dedup: BatchDedup | null,
  batch: { type: RecordTypeName; districtCode: string; runId: string; loadedAt: string },
  records: readonly DedupRecord[],
  provenances: readonly Provenance[],
  result: BatchDedupResult,
): RegistryRepair[] {
  const survivorOf = new Map(result.clusters.flatMap((cluster) => cluster.memberIds.map((id) => [id, cluster.survivor.id] as const)));
  const spec = dedup?.spec;
  let score: PairScorer | undefined;
  const replaced = dedup?.registry?.replaceDistrict(
    batch.type,
    batch.districtCode,
    records.map((record, index) => ({ ...record, survivorId: survivorOf.get(record.id) ?? null, source: provenances[index] ?? null })),
    { runId: batch.runId, loadedAt: batch.loadedAt },
    {
      // Ids are source positions: the entry now under an id other records were merged into must
      // still be the same person (a typo corrected) — a row inserted above gives the id to the next entry.
      samePerson: (before, after) => spec !== undefined && (score ??= pairScorer(spec).score)(before, after).decision === 'merge',
      reviewPairs: result.review.map(crossDistrictPair).filter((pair) => pair !== null),
    },
  );
  return replaced?.repaired ?? [];
}

/** The records loaded before that a merge or review pair names, as the registry keeps them (their source row, names, date, run). */
export function loadedLabels(registry: RegistryStore | null | undefined, type: RecordTypeName, result: BatchDedupResult): Map<string, LoadedLabel> {
  const labels = new Map<string, LoadedLabel>();
  if (!registry) return labels;
  const refs = [...result.clusters.map((cluster) => cluster.survivor), ...result.review.flatMap((pair) => [pair.a, pair.b])];
  for (const ref of refs) {
    if (!ref.previous || labels.has(ref.id)) continue;
    const entry = registry.get(ref.id);
    if (entry !== undefined) labels.set(ref.id, loadedRecordLabel(type, entry));
  }
  return labels;
}

/** A spec that blocks nothing, for batches written without deduplication (tests of the writer alone). */
function noDedup(type: RecordTypeName): Parameters<typeof deduplicate>[1] {
  return { type, blockingRules: [], comparisons: [], vetoes: [], thresholds: { merge: Infinity, review: Infinity } };
}
