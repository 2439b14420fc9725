/**
 * The merges and review pairs of a batch as officers read them in errors.xlsx:
 * each record by where it was typed (file, sheet, row), whose entry it is and
 * its date. Names appear only in the officers' workbook, as in 'Chi tiết' —
 * never in logs or report.html.
 */
import type { DedupResult, ReviewReason } from '../dedup/dedup-result.js';
import type { Explanation } from '../dedup/explain.js';
import type { RegistryEntry } from '../dedup/registry/registry-store.js';
import type { FieldFill } from '../dedup/survivor.js';
import type { RecordTypeName } from '../record-types/record-type.js';
import { yRestored } from '../normalize/codes/match-key.js';
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
  /** Loaded before, in another district's batch: no row of this batch; its label is the registry's (loadedRecordLabel). */
  loadedBefore: boolean;
  /** For a record loaded before: the run that loaded it. */
  runId?: string;
}

/** A record loaded before, as the registry keeps it: its source row (if known), names and date from its comparison values, and its run. */
export interface LoadedLabel extends RecordLabel {
  runId: string;
}

/** Which fields agreed, differed or were missing (level names, no values), as review.jsonl's reasons give them. */
export type ListedComparison = Pick<Explanation, 'agreed' | 'differed' | 'missing'>;

export interface ListedMerge {
  clusterId: string;
  score: number;
  /** The member against the survivor. */
  comparison: ListedComparison;
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
  comparison: ListedComparison;
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

/** Name parts in the comparison values (accent keys: lower case, marks kept), in the order a name is written. */
const NAME_PARTS = ['family', 'middle', 'given'] as const;

/** 'nguyễn' → 'Nguyễn': the accent keys are lower case; Vietnamese names capitalise each word. */
const capitalised = (words: string): string => words.split(' ').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');

/**
 * A record loaded before (a registry entry, with its source): the names and date
 * of LISTED_FIELDS from its comparison values ('child.family', 'child.middle',
 * 'child.given' for 'child.fullName'), capitalised and with a final y the keys write
 * i spelt back where it was typed so (Tý, not Tí), as the officer reads them.
 */
export function loadedRecordLabel(type: RecordTypeName, entry: Pick<RegistryEntry, 'values' | 'source' | 'runId'>): LoadedLabel {
  const fields = LISTED_FIELDS[type];
  const names = fields.names
    .map((path) => {
      const person = path.slice(0, path.lastIndexOf('.'));
      const parts = NAME_PARTS.map((part) => {
        const key = entry.values[`${person}.${part}`];
        return typeof key === 'string' ? yRestored(key, entry.values[`${person}.${part}.y`]) : key;
      }).filter((part): part is string => typeof part === 'string' && part !== '');
      return capitalised(parts.join(' '));
    })
    .filter((name) => name !== '');
  const date = entry.values[fields.date] ?? null;
  return { provenance: entry.source ?? null, names: names.length > 0 ? names.join(' – ') : null, date, runId: entry.runId };
}

/**
 * The listing of a deduplication result, from the labels of the batch's records involved,
 * those of the records loaded before that it names (loadedRecordLabel), and the fills applied.
 */
export function dedupListing(
  result: DedupResult,
  labels: ReadonlyMap<string, RecordLabel>,
  applied: ReadonlyMap<string, readonly FieldFill[]>,
  loaded: ReadonlyMap<string, LoadedLabel> = new Map(),
): DedupListing {
  const none = { provenance: null, names: null, date: null };
  const listed = (ref: { id: string; districtCode: string; previous: boolean }): ListedRecord => ({
    id: ref.id,
    district: ref.districtCode,
    loadedBefore: ref.previous,
    ...(ref.previous ? (loaded.get(ref.id) ?? none) : (labels.get(ref.id) ?? none)),
  });
  const merged = result.clusters.flatMap((cluster) =>
    cluster.members.map((member) => ({
      clusterId: cluster.clusterId,
      score: member.score,
      comparison: comparisonOf(member.explanation),
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
    comparison: comparisonOf(pair.explanation),
    a: listed(pair.a),
    b: listed(pair.b),
  }));
  return { merged, review };
}

function comparisonOf({ agreed, differed, missing }: Explanation): ListedComparison {
  return { agreed, differed, missing };
}
