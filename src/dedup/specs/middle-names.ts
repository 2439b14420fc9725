/**
 * Middle names of two entries that agree on the given name and the birth date:
 * a copy keeps its middle name or loses it (a word, or all of it), and a slip
 * turns it into no name at all ('Thj'); it does not turn it into another real
 * middle name (Hoàng/Tuấn). Twins given one name and two middle names are the
 * case births and deaths keep apart (birth.ts, death.ts).
 */
import { isBareSyllable } from '../../normalize/name/no-diacritics.js';
import type { DedupRecord } from '../dedup-record.js';

/** Middle-name levels two names far apart reach (Hoàng/Tuấn): no slip makes one from the other. */
export const FAR_APART: ReadonlySet<string> = new Set(['typo2', 'different']);

/** Whether a (folded) name part has a word Vietnamese spelling does not allow ('trag', 'nhug'): a typing slip, no one's name. */
function hasSlip(folded: string | null | undefined): boolean {
  return folded ? folded.split(' ').some((word) => !isBareSyllable(word)) : false;
}

/** Two name parts (folded `field`) a letter or two apart where one is no name at all ('Trang'/'Trag'): a slip of one entry, not two people. */
export function slipOfOneName(a: DedupRecord, b: DedupRecord, field: string): boolean {
  return hasSlip(a.values[field]) || hasSlip(b.values[field]);
}

/** One middle name (folded `field`) holds every word of the other ('Thị' / 'Thị Thu'): a copy that lost a word, not another name. */
export function middleWordLost(a: DedupRecord, b: DedupRecord, field: string): boolean {
  const left = a.values[field]?.split(' ') ?? [];
  const right = b.values[field]?.split(' ') ?? [];
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.length < longer.length && shorter.every((word) => longer.includes(word));
}

/**
 * Two real middle names far apart (FAR_APART: Minh/Tuấn, not Thu/Thư nor a slip one edit
 * apart), neither holding the other's words nor a word that is no syllable: another
 * name, not a copy's slip — twins or siblings given one name.
 */
export function otherRealMiddleName(level: string | null | undefined, a: DedupRecord, b: DedupRecord, field: string): boolean {
  return FAR_APART.has(level ?? '') && !middleWordLost(a, b, field) && (level === 'different' || !slipOfOneName(a, b, field));
}
