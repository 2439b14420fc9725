/**
 * Fellegi–Sunter match weights: a level's weight is log2(m / u), rounded to
 * hundredths so that the weights an explanation lists add up to the score.
 * The m/u values themselves, and why, are documented next to each spec's
 * comparisons (src/dedup/specs/).
 */
import type { Comparison, ComparisonLevel } from './dedup-spec.js';

/** log2(m / u), rounded to 0.01. */
export function matchWeight(level: ComparisonLevel): number {
  return Math.round(Math.log2(level.m / level.u) * 100) / 100;
}

/** Level weights by comparison field and level name. Throws on a malformed spec (a bug). */
export type WeightTable = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function weightTable(comparisons: readonly Comparison[]): WeightTable {
  const table = new Map<string, Map<string, number>>();
  for (const comparison of comparisons) {
    if (table.has(comparison.field)) throw new Error(`dedup spec: comparison ${comparison.field} is listed twice`);
    const weights = new Map<string, number>();
    for (const level of comparison.levels) {
      const valid = level.m > 0 && level.m <= 1 && level.u > 0 && level.u <= 1;
      if (!valid) throw new Error(`dedup spec: ${comparison.field}/${level.name}: m and u must be in (0, 1]`);
      if (weights.has(level.name)) throw new Error(`dedup spec: ${comparison.field}/${level.name} is listed twice`);
      weights.set(level.name, matchWeight(level));
    }
    table.set(comparison.field, weights);
  }
  return table;
}

/** The weight of a level; a level the comparison does not declare is a bug in the spec. */
export function weightOf(table: WeightTable, field: string, level: string | null): number {
  if (level === null) return 0;
  const weight = table.get(field)?.get(level);
  if (weight === undefined) throw new Error(`dedup spec: ${field} returned undeclared level ${level}`);
  return weight;
}
