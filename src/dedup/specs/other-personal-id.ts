import type { PairLevels, Veto } from '../dedup-spec.js';
import type { DedupRecord } from '../dedup-record.js';
import { sameCommune } from './register-position.js';
import { isPersonalNumber } from '../../normalize/codes/personal-id-structure.js';


/**
 * The 'other-personal-id' veto of a record type whose registered person's ID is `field`: two
 * different valid 12-digit IDs on two entries of one commune's books are two people (DOMAIN.md
 * §2: a person has one number; a copy of an entry keeps it, and a registration in another commune
 * may carry a new one) — review at most, never a merge on names (Anh / Ánh typed without marks).
 * The same register entry is left alone: an ID slip of a copy (DEDUP_COPIES_DISAGREE).
 */
export function otherPersonalIdVeto(field: string, labelVi: string): Veto {
  return {
    code: 'other-personal-id',
    labelVi,
    description: `Two different valid 12-digit personal IDs (${field}) on two entries of one commune (DOMAIN.md §2: one person has one number; a copy of one entry keeps its number, and a registration elsewhere may get a new one): two people, whatever the names say — review, never a merge on names. Same register entry: not applied (an ID slip of a copy, DEDUP_COPIES_DISAGREE).`,
    check: (levels: PairLevels, a: DedupRecord, b: DedupRecord) => {
      if (levels[field] !== 'different' || levels['registration.entry'] === 'same-entry') return null;
      if (!sameCommune(a.values, b.values)) return null;
      return isPersonalNumber(a.values[field]) && isPersonalNumber(b.values[field]) ? 'review' : null;
    },
  };
}
