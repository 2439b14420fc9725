/**
 * What the register positions of two records say beyond "same entry or not"
 * (DOMAIN.md §3.3: numbering runs through a commune's calendar year across
 * books). A copy of an entry keeps its number; two numbers of one commune's
 * year are two registrations, and neighbouring numbers are entries made
 * together — twins are registered one after the other.
 */
import type { DedupValues } from '../dedup-record.js';

/** Entries at most this far apart in one commune's year were registered together. */
export const NEIGHBOURING_ENTRIES = 2;

const ENTRY_NUMBER = /^(\d+)/;

/** commune|year and the leading number of `registration.entry` ('15/2015' → 15), or null. */
function readEntry(entry: string | null | undefined): { register: string; number: number } | null {
  if (!entry) return null;
  const cut = entry.lastIndexOf('|');
  const number = ENTRY_NUMBER.exec(entry.slice(cut + 1));
  return cut < 0 || number === null ? null : { register: entry.slice(0, cut), number: Number(number[1]) };
}

/**
 * How far apart two records' numbers are when they are two entries of one
 * commune's register of one year; null when a position is missing, the
 * registers differ, or the numbers are the same (one entry, '6' and '6/2017').
 */
export function entriesApart(a: DedupValues, b: DedupValues): number | null {
  const left = readEntry(a['registration.entry']);
  const right = readEntry(b['registration.entry']);
  if (left === null || right === null || left.register !== right.register || left.number === right.number) return null;
  return Math.abs(left.number - right.number);
}

/** Two entries made one after the other in one commune's register (twins, triplets). */
export function neighbouringEntries(a: DedupValues, b: DedupValues): boolean {
  const apart = entriesApart(a, b);
  return apart !== null && apart <= NEIGHBOURING_ENTRIES;
}

/** Both entries in one commune's books (the commune known on both sides). */
export function sameCommune(a: DedupValues, b: DedupValues): boolean {
  const commune = a['registration.commune'];
  return Boolean(commune) && commune === b['registration.commune'];
}

/**
 * Entries made together: neighbouring numbers of one register, or one commune's
 * entries of one day (twins are registered together, by the same parents; twins
 * marrying the same day, by the same officer).
 */
export function registeredTogether(a: DedupValues, b: DedupValues): boolean {
  if (neighbouringEntries(a, b)) return true;
  const date = a['registration.date'];
  return sameCommune(a, b) && Boolean(date) && date === b['registration.date'];
}
