/** The reference list's family names as comparison keys, built once for every name rule that asks. */
import { SURNAMES } from '../../reference/name-lists.js';
import { accentKey, foldedKey } from './name-keys.js';

/** accentKey of every listed family name: marks kept, tone placement uniform ('nguyễn'). */
export const SURNAME_ACCENT_KEYS: ReadonlySet<string> = new Set(SURNAMES.map(accentKey));

/** foldedKey of every listed family name: no marks ('nguyen'). */
export const SURNAME_FOLDED_KEYS: ReadonlySet<string> = new Set(SURNAMES.map(foldedKey));
