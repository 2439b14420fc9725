import type { BoundFinding } from '../normalize/bound-finding.js';
import type { RegistryRepair } from '../dedup/registry/registry-store.js';
import type { CommuneTally } from './problem-log.js';

export interface BatchCounts {
  rowsRead: number;
  clean: number;
  rejected: number;
  mergedAway: number;
  skipped: number;
  skippedByReason: Record<string, number>;
}

export interface Provenance {
  file: string;
  sheet: string;
  row: number;
}

/** One rejected row: the cells as typed and every error (and warning) found in it. */
export interface RejectedRow {
  id: string;
  provenance: Provenance;
  raw: Record<string, string>;
  errors: { code: string; field: string; message: string; value: string | null; column: string | null }[];
  warnings: { code: string; field: string; message: string }[];
}

export interface ManifestInput {
  file: string;
  sha256: string;
  rows: number;
  /** Set when the file could not be read; its rows are not in the batch. */
  error?: { code: string; message: string };
  /** Sheets of the file that could not be read (SHEET_DAMAGED): none of their rows is in the batch or in `rows`. */
  sheetsDamaged?: string[];
}

/** What deduplication did in a batch: candidate pairs per blocking rule, decisions, clusters. */
export interface DedupSummary {
  /** Records of other districts loaded before that shared a blocking key with this batch. */
  registryCandidates: number;
  candidatePairs: unknown;
  comparedPairs: number;
  decisions: { merge: number; review: number; distinct: number };
  vetoes: { code: string; pairs: number }[];
  thresholds: { merge: number; review: number };
  clusters: number;
  reviewPairs: number;
  /** Pairs in doubt not listed because both records were in doubt against many others already (src/dedup/deduplicate.ts); absent when none. */
  reviewPairsNotListed?: number;
  /**
   * Records of other districts that had been merged into one of this
   * district's earlier entries which this batch no longer has, per district:
   * pointed to that entry's survivor, or made survivors again (`released`:
   * their district's clean batch lacks them until that district is re-run).
   */
  registryRepairs: RegistryRepair[];
}

/** manifest.json of one batch (README, "Output layout"). */
export interface Manifest {
  runId: string;
  startedAt: string;
  finishedAt: string;
  pipeline: string | null;
  district: string;
  type: string;
  provinceCode: string;
  ethnicityCodeList: string;
  inputs: ManifestInput[];
  counts: BatchCounts;
  /** How often each problem code was found (errors, warnings and notes), for scheduled runs' monitoring. */
  problemsByCode: Record<string, number>;
  /** Rows, rejected rows, errors and warnings per commune code ('' when the row's commune is not known). */
  byCommune: Record<string, CommuneTally>;
  dedup: DedupSummary;
  outputs: Record<string, string>;
}

export type { BoundFinding };
