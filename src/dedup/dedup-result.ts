/**
 * What deduplication decided for a batch: the clusters (duplicates.jsonl), the
 * pairs an officer should look at (review.jsonl) and the counts the manifest
 * reports. Ids, levels and weights only; the writer adds provenance.
 */
import type { CandidatePairCounts } from './blocking.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import type { Thresholds } from './dedup-spec.js';
import type { Explanation } from './explain.js';
import type { Disagreement } from './copies-disagree.js';
import type { FieldFill } from './survivor.js';
import type { LoadedSurvivorGap } from './survivor-gap.js';

/** Which blocking rule found the pair, or 'cluster' when it was compared because a cluster chained the two. */
export type FoundBy = string;

export interface RecordRef {
  id: string;
  districtCode: string;
  /** Loaded before (options.previous): never merged away, never rewritten. */
  previous: boolean;
}

export interface ClusterMember {
  id: string;
  districtCode: string;
  /** Match weight of the member against the survivor (≥ the merge threshold). */
  score: number;
  foundBy: FoundBy;
  explanation: Explanation;
  /** Merged into a survivor loaded before that it would have replaced or filled: what the survivor lacks (survivor-gap.ts). */
  survivorLacks?: LoadedSurvivorGap;
}

export interface DedupCluster {
  /** 'dup-' + hash of the sorted ids of survivor and members: the same cluster gets the same id on every run. */
  clusterId: string;
  survivor: RecordRef;
  /** Current records merged away into the survivor, by id. */
  memberIds: string[];
  members: ClusterMember[];
  /** Fields the survivor lacks that a member has (the writer fills them and records the source); none for a survivor loaded before. */
  fills: FieldFill[];
  /**
   * The survivor's two role objects the writer exchanges before filling ('husband' and
   * 'wife' typed in each other's columns), naming the member typed the right way round
   * that showed it; absent for most clusters (survivor.ts, survivorPlan).
   */
  rolesExchanged?: { roles: readonly [string, string]; fromId: string };
  /** Key fields on which a member gives another value than the survivor (copies-disagree.ts): a DEDUP_COPIES_DISAGREE warning each; absent when none. */
  disagreements?: Disagreement[];
}

/**
 * 'score': between the thresholds; 'veto': a veto capped a merge at review; 'chained': linked into a cluster but
 * does not merge with its survivor; 'register-position': a row that merges with the entry at its own register position
 * and, by name, with a record that entry was kept apart from (a twin), with nothing to say whose copy it is.
 */
export type ReviewReason = 'score' | 'veto' | 'chained' | 'register-position';

export interface ReviewPair {
  /** 'rev-' + hash of the two ids. */
  reviewId: string;
  /** a.id < b.id, except for 'chained', where a is the cluster's survivor, and 'register-position', where b is the row in question. */
  a: RecordRef;
  b: RecordRef;
  score: number;
  reason: ReviewReason;
  foundBy: FoundBy;
  explanation: Explanation;
  /** For 'chained': the cluster records through which b was linked. */
  linkedThrough?: string[];
}

export interface DedupResult {
  type: RecordTypeName;
  /** Current records deduplicated. */
  records: number;
  /** Records loaded before that took part (options.previous, without ids of the current batch). */
  previousRecords: number;
  candidatePairs: CandidatePairCounts;
  /** Pairs scored: the candidate pairs plus survivor checks of clusters. */
  comparedPairs: number;
  /** Decisions on the candidate pairs, before clustering. */
  decisions: { merge: number; review: number; distinct: number };
  /** Candidate pairs scoring at least the review threshold that each veto applied to (a pair can meet several). */
  vetoes: { code: string; pairs: number }[];
  thresholds: Thresholds;
  clusters: DedupCluster[];
  review: ReviewPair[];
  /** Pairs in doubt not listed: both records were in doubt against MAX_REVIEW_PAIRS_PER_RECORD others already (deduplicate.ts). */
  reviewPairsNotListed?: number;
  /** Ids of the current records merged away (members of clusters), sorted. */
  mergedAwayIds: string[];
}
