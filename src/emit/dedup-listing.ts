/**
 * The merges and review pairs of a batch as officers read them in errors.xlsx:
 * each record by where it was typed (file, sheet, row), whose entry it is and
 * its date. Names appear only in the officers' workbook, as in 'Chi tiết' —
 * never in logs or report.html.
 */
import type { DedupResult, ReviewReason } from '../dedup/dedup-result.js';
import type { FieldFill } from '../dedup/survivor.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { valueAt } from '../validate/record-access.js';
import type { Provenance } from './manifest.js';

/** Whose entry a record is (names joined with ' – ') and the date that tells it apart, as an officer recognises it. */
export const LISTED_FIELDS: Record<RecordTypeName, { names: readonly string[]; date: string; dateHeaderVi: string }> = {
  birth: { names: ['child.fullName'], date: 'child.birthDate', dateHeaderVi: 'Ngày sinh' },
  marriage: { names: ['husband.fullName', 'wife.fullName'], date: 'registration.date', dateHeaderVi: 'Ngày đăng ký' },
  death: { names: ['deceased.fullName'], date: 'deathDate', dateHeaderVi: 'Ngày chết' },
};

/** A record of the batch as the spool holds it: where it was typed, whose entry, its date (ISO, at its precision). */
export interface RecordLabel {
  provenance: Provenance | null;
  names: string | null;
  date: string | null;
}

export interface ListedRecord extends RecordLabel {
  id: string;
  district: string;
  /** Loaded before, in another district's batch: no row of this batch, and the registry keeps no names. */
  loadedBefore: boolean;
}

export interface ListedMerge {
  clusterId: string;
  score: number;
  survivor: ListedRecord;
  member: ListedRecord;
  /** Record paths the survivor took from this member (as duplicates.jsonl's filled lists them). */
  filled: string[];
}

export interface ListedReview {
  reviewId: string;
  score: number;
  reason: ReviewReason;
  /** Codes of the vetoes that sent the pair to review. */
  vetoes: string[];
  rolesCrossed: boolean;
  a: ListedRecord;
  b: ListedRecord;
}

export interface DedupListing {
  merged: ListedMerge[];
  review: ListedReview[];
}

export const EMPTY_LISTING: DedupListing = Object.freeze({ merged: [], review: [] });

/** The label of a clean record (as parsed from the spool). */
export function recordLabel(type: RecordTypeName, record: Readonly<Record<string, unknown>>): RecordLabel {
  const fields = LISTED_FIELDS[type];
  const names = fields.names.map((path) => valueAt(record, path)).filter((name): name is string => typeof name === 'string' && name !== '');
  const date = valueAt(record, fields.date);
  return { provenance: (record.provenance as Provenance | undefined) ?? null, names: names.length > 0 ? names.join(' – ') : null, date: typeof date === 'string' ? date : null };
}

/** The listing of a deduplication result, from the labels of the batch's records involved and the fills applied. */
export function dedupListing(result: DedupResult, labels: ReadonlyMap<string, RecordLabel>, applied: ReadonlyMap<string, readonly FieldFill[]>): DedupListing {
  const listed = (ref: { id: string; districtCode: string; previous: boolean }): ListedRecord => ({
    id: ref.id,
    district: ref.districtCode,
    loadedBefore: ref.previous,
    ...(ref.previous ? { provenance: null, names: null, date: null } : (labels.get(ref.id) ?? { provenance: null, names: null, date: null })),
  });
  const merged = result.clusters.flatMap((cluster) =>
    cluster.members.map((member) => ({
      clusterId: cluster.clusterId,
      score: member.score,
      survivor: listed(cluster.survivor),
      member: listed({ id: member.id, districtCode: member.districtCode, previous: false }),
      filled: (applied.get(cluster.survivor.id) ?? []).filter((fill) => fill.fromId === member.id).map((fill) => fill.field),
    })),
  );
  const review = result.review.map((pair) => ({
    reviewId: pair.reviewId,
    score: pair.score,
    reason: pair.reason,
    vetoes: pair.explanation.vetoes.map((veto) => veto.code),
    rolesCrossed: pair.explanation.rolesCrossed === true,
    a: listed(pair.a),
    b: listed(pair.b),
  }));
  return { merged, review };
}
