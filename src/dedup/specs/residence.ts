/**
 * A couple's residence (nơi cư trú) as ONE piece of marriage evidence: husband
 * and wife often live in one village, so their two residences are not two
 * independent agreements (the family of a birth is handled so too,
 * birth-family.ts). Residences are free text; the key keeps the parts of the
 * address ('thôn Núi, xã Quất Lưu' → 'nui,quat luu') so that an address typed
 * with more or fewer parts agrees at the precision both give.
 */
import { foldedKey } from '../../normalize/name/name-keys.js';
import { VINH_PHUC_COMMUNES, VINH_PHUC_DISTRICTS } from '../../reference/admin-units.js';
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

/** Folded names of the province's communes (every name a code carried) and districts, Mê Linh included (DOMAIN.md §1). */
const COMMUNE_NAMES: ReadonlySet<string> = new Set(VINH_PHUC_COMMUNES.flatMap((commune) => commune.names.map((period) => foldedKey(period.name))));
const DISTRICT_NAMES: ReadonlySet<string> = new Set([...VINH_PHUC_DISTRICTS.map((district) => foldedKey(district.name)), 'me linh']);

/** Folded names (every name the code carried) of each commune of the province, by code. */
const COMMUNE_NAMES_BY_CODE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  VINH_PHUC_COMMUNES.map((commune) => [commune.code, new Set(commune.names.map((period) => foldedKey(period.name)))]),
);

/** Whether a residence key (residenceKey) names the commune of `communeCode` as one of its parts. */
export function residenceNamesCommune(key: string | null | undefined, communeCode: string | null | undefined): boolean {
  const names = communeCode ? COMMUNE_NAMES_BY_CODE.get(communeCode) : undefined;
  return Boolean(key) && names !== undefined && (key as string).split(',').some((part) => names.has(part));
}

/** Every part of the shorter list is one of the longer's. */
function partsWithin(left: readonly string[], right: readonly string[]): boolean {
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.every((part) => longer.includes(part));
}

/** Two lists of address parts that agree as far as both go: one is empty, or one's parts are all the other's. */
const levelsAgree = (left: readonly string[], right: readonly string[]): boolean => left.length === 0 || right.length === 0 || partsWithin(left, right);

/** The parts above the commune (district, province): they disagree only when both name a district of the province and no district is common. */
function higherLevelsAgree(left: readonly string[], right: readonly string[]): boolean {
  const leftDistricts = left.filter((part) => DISTRICT_NAMES.has(part));
  const rightDistricts = right.filter((part) => DISTRICT_NAMES.has(part));
  return leftDistricts.length === 0 || rightDistricts.length === 0 || leftDistricts.some((part) => rightDistricts.includes(part));
}

/**
 * A part both keys give that is a commune: a commune name of the province, or the part just before a
 * district name in either; at its last place in each ('Thôn Tề Lỗ, xã Tề Lỗ': the village bears the
 * commune's name, the commune comes after it). Returns the name and where each key has it.
 */
function sharedCommune(left: readonly string[], right: readonly string[]): { leftAt: number; rightAt: number } | null {
  for (let leftAt = left.length - 1; leftAt >= 0; leftAt--) {
    const part = left[leftAt]!;
    if (left.indexOf(part) !== leftAt && left.lastIndexOf(part) !== leftAt) continue;
    const rightAt = right.lastIndexOf(part);
    if (rightAt < 0) continue;
    if (COMMUNE_NAMES.has(part) || DISTRICT_NAMES.has(left[leftAt + 1] ?? '') || DISTRICT_NAMES.has(right[rightAt + 1] ?? '')) return { leftAt, rightAt };
  }
  return null;
}

/**
 * Two keys name one place as far as both go: equal, or every part of the shorter is a part
 * of the longer; or both name one commune (a commune name of Vĩnh Phúc, or the part before a
 * district) and agree at the levels both give below it (the village: 'thôn Hữu Phúc, xã Liên
 * Hòa' and 'Liên Hòa - Lập Thạch - Vĩnh Phúc' agree at the commune, 'thôn Liên Minh, xã Liên
 * Hòa' and 'thôn Hữu Phúc, xã Liên Hòa' are two villages) and above it (no two districts).
 */
export function samePlace(left: string, right: string): boolean {
  if (left === right) return true;
  const leftParts = left.split(',');
  const rightParts = right.split(',');
  if (partsWithin(leftParts, rightParts)) return true;
  const commune = sharedCommune(leftParts, rightParts);
  if (commune === null) return false;
  const { leftAt, rightAt } = commune;
  return (
    levelsAgree(leftParts.slice(0, leftAt), rightParts.slice(0, rightAt)) &&
    higherLevelsAgree(leftParts.slice(leftAt + 1), rightParts.slice(rightAt + 1))
  );
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
