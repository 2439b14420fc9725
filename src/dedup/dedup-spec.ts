/**
 * What a record type tells the deduplication engine (Splink's settings, as code):
 * how to turn a clean record into a compact DedupRecord, which blocking rules
 * make candidate pairs (in order: a pair is tagged with the first rule that
 * finds it), which comparisons weigh a pair, which vetoes keep a pair apart
 * whatever its weight, and the two thresholds.
 */
import type { RecordTypeName } from '../record-types/record-type.js';
import type { DedupRecord, DedupValues } from './dedup-record.js';
import type { NameKeyMemo } from './specs/name-key-memo.js';

/** One agreement level of a comparison: its Fellegi–Sunter m and u probabilities. */
export interface ComparisonLevel {
  name: string;
  /** P(this level | the two records are the same event). */
  m: number;
  /** P(this level | they are different events). */
  u: number;
}

/** A comparison: ordered levels, strongest agreement first (Splink: null → exact → … → else). */
export interface Comparison {
  /** Field named in explanations ('child.givenName'). */
  field: string;
  levels: readonly ComparisonLevel[];
  /** The name of the first level the pair reaches, or null when a side lacks the value (weight 0). */
  level(a: DedupValues, b: DedupValues): string | null;
}

/** Comparison level names of one pair, by comparison field. */
export type PairLevels = Readonly<Record<string, string | null>>;

export type VetoAction = 'distinct' | 'review';

/** A safety rule that no weight overrides (twins, namesakes, different sex …). */
export interface Veto {
  code: string;
  /** What an officer reviewing the pair should look at (errors.xlsx 'Cần xem xét'). */
  labelVi: string;
  description: string;
  /** 'distinct': never merged nor reviewed; 'review': at most sent to review; null: does not apply. */
  check(levels: PairLevels, a: DedupRecord, b: DedupRecord): VetoAction | null;
}

/** A blocking rule: records sharing one of its keys become a candidate pair. */
export interface BlockingRule {
  /** Prefix of the rule's keys in DedupRecord.blockingKeys; no ':' in it. */
  name: string;
  description: string;
  /** The rule's keys for a record (without the prefix); none when a part is missing. */
  keys(values: DedupValues): readonly string[];
}

export interface Thresholds {
  /** Score at or above which a pair is merged. */
  merge: number;
  /** Score at or above which (and below merge) a pair goes to review. */
  review: number;
}

/**
 * Two roles a register may type in each other's columns (a marriage entry with
 * the wife under the husband's headings): a pair is compared with one side's
 * roles exchanged when they agree better so.
 */
export interface CrossedRoles {
  /** The record's two role objects ('husband', 'wife'): a survivor typed crossed is put back by exchanging them. */
  roles: readonly [string, string];
  /** Whether b's roles agree better with a's once exchanged (symmetric in a and b). */
  crossed(a: DedupValues, b: DedupValues): boolean;
  /** The values with the two roles exchanged. */
  exchange(values: DedupValues): DedupValues;
  /** A record path of one role as the other's ('husband.personalId' → 'wife.personalId'); others unchanged. */
  exchangePath(path: string): string;
  /**
   * Whether the values show the roles typed the right way round (a husband's 12-digit ID of a man, a
   * wife's middle name 'Thị'): of two copies compared crossed, the one so shown survives (survivor.ts).
   */
  straight?(values: DedupValues): boolean;
}

/** Everything the engine needs; the record type's own part is toDedupRecord. */
export interface MatchSpec {
  type: RecordTypeName;
  blockingRules: readonly BlockingRule[];
  comparisons: readonly Comparison[];
  vetoes: readonly Veto[];
  thresholds: Thresholds;
  /** Roles a register may type crossed; without it a pair is compared as typed. */
  crossedRoles?: CrossedRoles;
  /** Comparison value of a personal ID no two kept records may share (the child's, the deceased's; not a spouse's). */
  personalIdField?: string;
}

export interface DedupSpec<R> extends MatchSpec {
  /** Compact comparison values and blocking keys of a clean record (as in clean.jsonl); a batch passes one memo for all its records. */
  toDedupRecord(record: R, districtCode: string, names?: NameKeyMemo): DedupRecord;
}

/** A comparison from its field, its levels and the function that picks a level. */
export function defineComparison(field: string, levels: readonly ComparisonLevel[], level: Comparison['level']): Comparison {
  return { field, levels, level };
}

/** The prefixed blocking keys of a record, rule by rule in spec order, without repeats. */
export function blockingKeysFor(rules: readonly BlockingRule[], values: DedupValues): string[] {
  const keys: string[] = [];
  for (const rule of rules) {
    for (const key of new Set(rule.keys(values))) keys.push(`${rule.name}:${key}`);
  }
  return keys;
}

/** A blocking key from parts, or none when a part is missing or empty (no block of all-unknowns). */
export function keyOf(...parts: (string | null | undefined)[]): string[] {
  if (parts.some((part) => part === null || part === undefined || part === '')) return [];
  return [parts.join('|')];
}
