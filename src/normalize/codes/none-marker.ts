import { NONE_MARKERS } from '../../reference/name-lists.js';
import { accentKey } from './match-key.js';

/**
 * The whole cell is a clerk's "none / not known" ('không', 'không rõ', 'x', 'xx'), the markers a name,
 * an ID or a place cell already reads as blank (NONE_MARKERS). A parent not on record has it typed
 * across all of his columns, ethnicity and nationality too ('x' | 'x' | 'x'): it says no more than an
 * empty cell, and is no group or country to report unknown. Dashes and '?' hold no letter and are
 * blank to the coded readers already.
 */
const NONE_KEYS: ReadonlySet<string> = new Set(NONE_MARKERS.map(accentKey).filter((key) => key !== ''));

export function isNoneMarker(text: string): boolean {
  return text.length <= 20 && NONE_KEYS.has(accentKey(text));
}
