import type { Normalized } from '../finding.js';

/**
 * Most cells of a register column hold one of a few clean spellings ("Việt Nam", "Kinh", "Nam").
 * Their answers are computed once, at module load, by the full normalizer itself — so the fast
 * path cannot disagree with it. Only finding-free answers are kept (as written, upper, lower case).
 */
export function precomputeCleanSpellings<T>(
  spellings: Iterable<string>,
  read: (text: string) => Normalized<T | null>,
): ReadonlyMap<string, T> {
  const values = new Map<string, T>();
  for (const spelling of spellings) {
    for (const variant of [spelling, spelling.toUpperCase(), spelling.toLowerCase()]) {
      const result = read(variant);
      if (result.value !== null && result.findings.length === 0) values.set(variant, result.value);
    }
  }
  return values;
}
