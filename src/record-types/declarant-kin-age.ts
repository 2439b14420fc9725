/**
 * What the declarant's relation to the deceased says about the deceased's age at death, for the two
 * readings of a birth year that comes back (a can-chi year every 60 years, a two-digit year every 100):
 * a parent or grandparent who declares (Law on Civil Status Art. 33: the deceased's spouse, child, parent or
 * other kin declare) outlives the deceased, who died young, so the later reading is the one; a child, a
 * grandchild or a spouse shows the deceased had reached the age of having one, so a later reading younger than
 * that is no reading. 'Cháu' alone is also a nephew or niece, 'Anh', 'Chị', 'Em' a sibling of any age: they
 * tell nothing.
 */
import { foldedKey } from '../normalize/name/name-keys.js';

/** The kin's verdict: the deceased died young, or was at least `minAge` years old at death. */
export type KinAgeEvidence = { kind: 'young' } | { kind: 'atLeast'; minAge: number };

/**
 * Youngest ages of a deceased with a child old enough to declare (a mother of 13, PARENT_AGE_IMPLAUSIBLE, and
 * a declarant of 15), a grandchild who declares (two such generations), a spouse (under-age marriages of old
 * books included, DOMAIN.md §3.4).
 */
const MIN_AGE_WITH_CHILD = 28;
const MIN_AGE_WITH_GRANDCHILD = 41;
const MIN_AGE_MARRIED = 15;

/** Folded relations, whole or as their first words: 'bố', 'mẹ đẻ', 'bố chồng', 'ông nội', 'bà ngoại'. */
const PARENT = /^(?:bo|me|cha|ba me|thay|u|bo de|me de|cha de|bo ruot|me ruot|cha ruot|bo nuoi|me nuoi|cha nuoi|bo chong|me chong|bo vo|me vo|cha chong|cha vo|(?:ong|ba) (?:noi|ngoai))$/;
const CHILD = /^con(?: (?:trai|gai|de|ruot|nuoi|dau|re|ca|ut|thu|truong|trai ca|gai ca|trai truong|gai truong|trai ut|gai ut|trai thu \w+|gai thu \w+|thu \w+))?$/;
const GRANDCHILD = /^(?:chau|chat) (?:noi|ngoai)(?: (?:trai|gai))?$|^chat$/;
const SPOUSE = /^(?:vo|chong)$/;

/** The evidence a declarant's relation ('Bố', 'Con trai cả', 'Cháu nội', 'Vợ') gives, or null. */
export function kinAgeEvidence(relation: string | null): KinAgeEvidence | null {
  if (relation === null) return null;
  // 'Bố đẻ (bố người chết)', 'con trai, CMND …': the relation's own words.
  const folded = foldedKey(relation).replace(/\(.*$|[,;:].*$/, '').replace(/\s+(?:nguoi|cua) (?:chet|mat|da chet|da mat)$/, '').trim();
  if (PARENT.test(folded)) return { kind: 'young' };
  if (GRANDCHILD.test(folded)) return { kind: 'atLeast', minAge: MIN_AGE_WITH_GRANDCHILD };
  if (CHILD.test(folded)) return { kind: 'atLeast', minAge: MIN_AGE_WITH_CHILD };
  if (SPOUSE.test(folded)) return { kind: 'atLeast', minAge: MIN_AGE_MARRIED };
  return null;
}
