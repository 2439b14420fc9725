/**
 * A couple's residence (nơi cư trú) as ONE piece of marriage evidence: husband
 * and wife often live in one village, so their two residences are not two
 * independent agreements (the family of a birth is handled so too,
 * birth-family.ts). Residences are free text; the key keeps the parts of the
 * address ('thôn Núi, xã Quất Lưu' → 'nui,quat luu') so that an address typed
 * with more or fewer parts agrees at the precision both give.
 */
import { foldedKey } from '../../normalize/name/name-keys.js';
import type { DedupValues } from '../dedup-record.js';
import type { ComparisonLevel } from '../dedup-spec.js';

/**
 * Unit words opening an address part, dropped from the key: 'xã Quất Lưu' and 'Quất Lưu' are one place.
 * The clerks' abbreviations too, their dot already a space ('Th. Sơn Đình' → 'th son dinh'): Th. (thôn),
 * X. (xã), H. (huyện), T. (tỉnh), P. (phường), TT. (thị trấn), TDP (tổ dân phố), KP (khu phố) — no
 * place name is a lone letter or 'th'. Not words that also begin place names (Lãng Công, Tô Hiệu):
 * 'tổ' only before a number. A 'số' between the unit and its number goes too ('Tổ dân phố số 5' = 'TDP 5').
 */
const UNIT_WORD = /^(?:thi tran|thi xa|thanh pho|khu pho|to dan pho|tdp|kp|khu|xa|thon|xom|huyen|tinh|phuong|tt|tx|tp|th|x|h|t|p|to(?= \d))\b(?: so(?= \d))? ?/;
/** Separators of address parts as typed: ',', ' - ', ';'. */
const PART_SEPARATOR = /[-;]/g;
const NOT_KEY_CHARACTER = /[^a-z0-9,]+/g;

/** The residence's comparison key: folded parts without unit words, joined by ','; null when nothing is left. */
export function residenceKey(residence: string | null): string | null {
  if (!residence) return null;
  const parts: string[] = [];
  for (const part of foldedKey(residence).replace(PART_SEPARATOR, ',').replace(NOT_KEY_CHARACTER, ' ').split(',')) {
    const trimmed = part.trim();
    const place = trimmed.replace(UNIT_WORD, '');
    if (place !== '') parts.push(place);
    else if (trimmed !== '') parts.push(trimmed);
  }
  return parts.length === 0 ? null : parts.join(',');
}

/** Two keys name one place as far as both go: equal, or every part of the shorter is a part of the longer. */
export function samePlace(left: string, right: string): boolean {
  if (left === right) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  const parts = longer.split(',');
  return shorter.split(',').every((part) => parts.includes(part));
}

export type ResidenceLevel = 'same' | 'one-differs' | 'different';

/**
 * The residences of `fields` that both entries give: all agree, one differs, or none
 * agrees; null when none can be compared.
 */
export function residencesLevel(a: DedupValues, b: DedupValues, fields: readonly string[]): ResidenceLevel | null {
  let compared = 0;
  let agreed = 0;
  for (const field of fields) {
    const left = a[field];
    const right = b[field];
    if (!left || !right) continue;
    compared++;
    if (samePlace(left, right)) agreed++;
  }
  if (compared === 0) return null;
  return agreed === compared ? 'same' : agreed > 0 ? 'one-differs' : 'different';
}

const SPOUSES_RESIDENCE = ['husband.residence', 'wife.residence'];

/** Both spouses' residences that both entries give: all agree, one differs, or none agrees; null when none can be compared. */
export function residenceLevel(a: DedupValues, b: DedupValues): ResidenceLevel | null {
  return residencesLevel(a, b, SPOUSES_RESIDENCE);
}

/**
 * u over pairs of marriages of one district (~12 communes of ~8 villages, DOMAIN.md §1):
 * the same village for the couple ~0.02; one spouse's agreeing (a wife who moved to her
 * husband's village by the time of a re-registration) ~0.05. A copy keeps the address
 * (m 0.75); a re-registration years later may give where the couple live now (one
 * differs, m 0.15; both, m 0.1).
 */
export const RESIDENCE_LEVELS: readonly ComparisonLevel[] = [
  { name: 'same', m: 0.75, u: 0.02 },
  { name: 'one-differs', m: 0.15, u: 0.05 },
  { name: 'different', m: 0.1, u: 0.93 },
];

/**
 * A birth's parents' residences (mother's and father's, one piece of evidence as
 * for a couple). Births whose parents' names agree are mostly siblings, who live
 * where their parents do, so agreeing adds little (u 0.5 over such pairs: +0.6,
 * not the +5 a couple's address gets — siblings would reach review on it);
 * none agreeing is what namesake families in other villages give (u 0.35), and
 * a copy only when both parents moved before a re-registration or the address
 * was written another way (m 0.1): −1.8. A copy made in the other parent's
 * commune repeats the residences, or writes one parent's anew (one differs,
 * neutral).
 */
export const PARENTS_RESIDENCE_LEVELS: readonly ComparisonLevel[] = [
  { name: 'same', m: 0.75, u: 0.5 },
  { name: 'one-differs', m: 0.15, u: 0.15 },
  { name: 'different', m: 0.1, u: 0.35 },
];

const PARENTS_RESIDENCE = ['mother.residence', 'father.residence'];

/** The parents' residences of two births (residencesLevel). */
export function parentsResidenceLevel(a: DedupValues, b: DedupValues): ResidenceLevel | null {
  return residencesLevel(a, b, PARENTS_RESIDENCE);
}

/**
 * The deceased's last residence (nơi cư trú cuối cùng): it does not change
 * between an entry, its copy and a re-registration years later, so a copy keeps
 * it (m 0.85; the rest written another way or registered where the person died);
 * u 0.01, one village among the ~100 of a district (DOMAIN.md §1).
 */
export const DECEASED_RESIDENCE_LEVELS: readonly ComparisonLevel[] = [
  { name: 'same', m: 0.85, u: 0.01 },
  { name: 'different', m: 0.15, u: 0.99 },
];

/** The deceased's last residences of two deaths: 'same' (samePlace) or 'different'; null when a side has none. */
export function deceasedResidenceLevel(a: DedupValues, b: DedupValues): ResidenceLevel | null {
  const left = a['deceased.residence'];
  const right = b['deceased.residence'];
  if (!left || !right) return null;
  return samePlace(left, right) ? 'same' : 'different';
}
