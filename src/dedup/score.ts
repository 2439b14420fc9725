/**
 * Scores one pair: every comparison's level, the summed match weight, the
 * vetoes that apply, and the decision the thresholds and vetoes give.
 */
import type { DedupRecord } from './dedup-record.js';
import type { MatchSpec, PairLevels, VetoAction } from './dedup-spec.js';
import { weightTable, type WeightTable } from './weights.js';

export type Decision = 'merge' | 'review' | 'distinct';

export interface VetoFinding {
  code: string;
  action: VetoAction;
}

export interface ScoredPair {
  score: number;
  levels: PairLevels;
  vetoes: VetoFinding[];
  decision: Decision;
  /** The pair was compared with b's roles exchanged (MatchSpec.crossedRoles: spouses typed in each other's columns). */
  crossed: boolean;
}

/**
 * Scores a pair. Below the review threshold nothing can raise the decision,
 * so the levels and vetoes of such a pair are only worked out when `explain`
 * is set (most candidate pairs are plainly distinct).
 */
export type PairScorer = (a: DedupRecord, b: DedupRecord, explain?: boolean) => ScoredPair;

/** Decision from score and vetoes: a 'distinct' veto wins, a 'review' veto caps a merge at review. */
export function decide(score: number, vetoes: readonly VetoFinding[], thresholds: MatchSpec['thresholds']): Decision {
  if (vetoes.some((veto) => veto.action === 'distinct')) return 'distinct';
  if (score >= thresholds.merge && vetoes.length === 0) return 'merge';
  return score >= thresholds.review ? 'review' : 'distinct';
}

const NO_LEVELS: PairLevels = Object.freeze({});

/** A scorer for the spec, and the weight table it uses (for explanations). */
export function pairScorer(spec: MatchSpec): { score: PairScorer; weights: WeightTable } {
  const weights = weightTable(spec.comparisons);
  const comparisons = spec.comparisons.map((comparison) => ({ comparison, weights: weights.get(comparison.field) as ReadonlyMap<string, number> }));
  const found: (string | null)[] = new Array(comparisons.length).fill(null);
  const roles = spec.crossedRoles;
  const score: PairScorer = (a, typed, explain = false) => {
    const crossed = roles?.crossed(a.values, typed.values) === true;
    const b = crossed && roles ? { ...typed, values: roles.exchange(typed.values) } : typed;
    let total = 0;
    for (let k = 0; k < comparisons.length; k++) {
      const { comparison, weights: levelWeights } = comparisons[k] as (typeof comparisons)[number];
      const level = comparison.level(a.values, b.values);
      found[k] = level;
      if (level === null) continue;
      const weight = levelWeights.get(level);
      if (weight === undefined) throw new Error(`dedup spec: ${comparison.field} returned undeclared level ${level}`);
      total += weight;
    }
    total = Math.round(total * 100) / 100;
    if (total < spec.thresholds.review && !explain) return { score: total, levels: NO_LEVELS, vetoes: [], decision: 'distinct', crossed };
    const levels: Record<string, string | null> = {};
    comparisons.forEach(({ comparison }, k) => (levels[comparison.field] = found[k] ?? null));
    const vetoes: VetoFinding[] = [];
    for (const veto of spec.vetoes) {
      const action = veto.check(levels, a, b);
      if (action !== null) vetoes.push({ code: veto.code, action });
    }
    return { score: total, levels, vetoes, decision: decide(total, vetoes, spec.thresholds), crossed };
  };
  return { score, weights };
}
