/**
 * Candidate pairs, Splink style: blocking rules run in order, records sharing
 * a rule's key form a block, a pair is tagged with the first rule that finds
 * it (a later rule skips pairs that share a key of an earlier rule), and the
 * pairs are counted per rule. Never all pairs; a block larger than
 * maxBlockSize (a key shared by thousands of records says nothing) is skipped
 * and counted, and its pairs are left to the other rules.
 *
 * Records are indexed: those before `previousFrom` belong to the current
 * batch, the rest were loaded before (registry); pairs of two previous
 * records are not made. Keys are interned to integers; memory is the key
 * table plus one rule's block index at a time, and pairs are streamed to the
 * visitor, not stored.
 */
import type { DedupRecord } from './dedup-record.js';

export const DEFAULT_MAX_BLOCK_SIZE = 1000;

export interface RuleCount {
  rule: string;
  /** Pairs this rule found first. */
  pairs: number;
  /** Blocks (keys shared by two records or more, at least one current) that were paired. */
  blocks: number;
  /** Blocks above maxBlockSize, skipped whole. */
  oversizedBlocks: number;
  recordsInOversizedBlocks: number;
}

export interface CandidatePairCounts {
  total: number;
  byRule: RuleCount[];
  maxBlockSize: number;
}

/** visit(i, j, ruleIndex) with i < j, once per candidate pair. */
export type PairVisitor = (i: number, j: number, ruleIndex: number) => void;

const NONE = -1;

/** Key ids of every record, rule by rule: the first key in `first`, any further ones in `more`. */
interface RuleKeys {
  first: Int32Array;
  more: Map<number, number[]>;
}

function internKeys(records: readonly DedupRecord[], ruleNames: readonly string[]): RuleKeys[] {
  const ruleIndex = new Map(ruleNames.map((name, index) => [name, index]));
  const ids = new Map<string, number>();
  const rules: RuleKeys[] = ruleNames.map(() => ({ first: new Int32Array(records.length).fill(NONE), more: new Map() }));
  records.forEach((record, index) => {
    for (const key of record.blockingKeys) {
      const rule = rules[ruleIndex.get(key.slice(0, key.indexOf(':'))) ?? NONE];
      if (rule === undefined) continue; // a key of a rule this spec no longer has
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      if (rule.first[index] === NONE) rule.first[index] = id;
      else if (rule.first[index] !== id) rule.more.set(index, [...(rule.more.get(index) ?? []), id]);
    }
  });
  return rules;
}

function keysOf(rule: RuleKeys, index: number): readonly number[] {
  const first = rule.first[index] as number;
  if (first === NONE) return [];
  const more = rule.more.get(index);
  return more === undefined ? [first] : [first, ...more];
}

/** Whether records i and j share a key of `rule` that made a paired block (and is below `before`, when given). */
function shareKey(rule: RuleKeys, i: number, j: number, oversized: ReadonlySet<number>, before = Infinity): boolean {
  const left = rule.first[i] as number;
  const right = rule.first[j] as number;
  if (left === NONE || right === NONE) return false;
  if (rule.more.size === 0) return left === right && left < before && !oversized.has(left);
  const rightKeys = keysOf(rule, j);
  return keysOf(rule, i).some((key) => key < before && !oversized.has(key) && rightKeys.includes(key));
}

/** Records of each key of one rule, in ascending index order. */
function blocksOf(rule: RuleKeys, count: number): Map<number, number[]> {
  const blocks = new Map<number, number[]>();
  for (let index = 0; index < count; index++) {
    for (const key of keysOf(rule, index)) {
      const block = blocks.get(key);
      if (block === undefined) blocks.set(key, [index]);
      else block.push(index);
    }
  }
  return blocks;
}

/** Streams the candidate pairs of `records` to `visit` and returns the counts per rule. */
export function forEachCandidatePair(
  records: readonly DedupRecord[],
  ruleNames: readonly string[],
  options: { previousFrom?: number; maxBlockSize?: number },
  visit: PairVisitor,
): CandidatePairCounts {
  const previousFrom = options.previousFrom ?? records.length;
  const maxBlockSize = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
  const rules = internKeys(records, ruleNames);
  const oversizedKeys = ruleNames.map(() => new Set<number>());
  const byRule: RuleCount[] = [];
  let total = 0;
  rules.forEach((rule, r) => {
    const count: RuleCount = { rule: ruleNames[r] as string, pairs: 0, blocks: 0, oversizedBlocks: 0, recordsInOversizedBlocks: 0 };
    const blocks = blocksOf(rule, records.length);
    const oversized = oversizedKeys[r] as Set<number>;
    for (const [key, members] of blocks) if (members.length > maxBlockSize) oversized.add(key);
    for (const [key, members] of blocks) {
      // Members are in ascending index order: current records first.
      if (members.length < 2 || (members[0] as number) >= previousFrom) continue;
      if (oversized.has(key)) {
        count.oversizedBlocks += 1;
        count.recordsInOversizedBlocks += members.length;
        continue;
      }
      count.blocks += 1;
      for (let a = 0; a < members.length; a++) {
        const i = members[a] as number;
        if (i >= previousFrom) break;
        for (let b = a + 1; b < members.length; b++) {
          const j = members[b] as number;
          if (rule.more.size > 0 && shareKey(rule, i, j, oversized, key)) continue;
          let foundEarlier = false;
          for (let earlier = 0; earlier < r && !foundEarlier; earlier++) {
            foundEarlier = shareKey(rules[earlier] as RuleKeys, i, j, oversizedKeys[earlier] as Set<number>);
          }
          if (foundEarlier) continue;
          count.pairs += 1;
          visit(i, j, r);
        }
      }
    }
    total += count.pairs;
    byRule.push(count);
  });
  return { total, byRule, maxBlockSize };
}
