/**
 * Seeded randomness for the benchmark's synthetic registers: every book has
 * its own stream, seeded from its name, so a book can be generated alone and
 * the same arguments always give the same bytes of data.
 */
import { createHash } from 'node:crypto';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [low, high], both included. */
  between(low: number, high: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** One of `list` with probability proportional to its weight. */
  weighted<T>(list: readonly (readonly [T, number])[]): T;
}

/** A 32-bit seed from any text (the first four bytes of its SHA-256). */
export function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

/** mulberry32: small, fast, good enough for synthetic data (same as test/dedup/synthetic-births.ts). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)] as (typeof list)[number],
    weighted: (list) => {
      let total = 0;
      for (const [, weight] of list) total += weight;
      let left = next() * total;
      for (const [item, weight] of list) if ((left -= weight) <= 0) return item;
      return (list[list.length - 1] as (typeof list)[number])[0];
    },
  };
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder), summing exactly to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, index] of order) {
    if (left-- <= 0) break;
    parts[index] = (parts[index] as number) + 1;
  }
  return parts;
}
