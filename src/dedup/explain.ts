/**
 * Why a pair was merged or reviewed, field by field: which fields agreed and
 * at what level, which differed, with each level's weight (they add up to the
 * score), which were missing on a side, and the vetoes that applied. Level
 * and field names only — never the values (names, dates, IDs) themselves.
 */
import type { MatchSpec, PairLevels } from './dedup-spec.js';
import type { VetoFinding } from './score.js';
import { weightOf, type WeightTable } from './weights.js';

export interface FieldEvidence {
  field: string;
  level: string;
  weight: number;
}

export interface Explanation {
  /** Levels with a positive weight, in the spec's comparison order. */
  agreed: FieldEvidence[];
  /** Levels with a zero or negative weight. */
  differed: FieldEvidence[];
  /** Fields missing on one side or both (neutral). */
  missing: string[];
  vetoes: VetoFinding[];
  /** Set when one record's roles were compared exchanged (spouses typed in each other's columns): its husband's fields are the other's wife's. */
  rolesCrossed?: true;
}

export function explainPair(spec: MatchSpec, weights: WeightTable, levels: PairLevels, vetoes: readonly VetoFinding[], crossed = false): Explanation {
  const explanation: Explanation = { agreed: [], differed: [], missing: [], vetoes: [...vetoes], ...(crossed ? { rolesCrossed: true as const } : {}) };
  for (const { field } of spec.comparisons) {
    const level = levels[field] ?? null;
    if (level === null) {
      explanation.missing.push(field);
      continue;
    }
    const weight = weightOf(weights, field, level);
    (weight > 0 ? explanation.agreed : explanation.differed).push({ field, level, weight });
  }
  return explanation;
}
