/**
 * m/u probabilities shared by the three specs, and how they were chosen.
 *
 * weight = log2(m / u) (weights.ts). m = P(level | same event), u = P(level | different events),
 * u taken over random pairs of one district's register, as Splink estimates it. No labelled
 * data exists, so the values are set by domain reasoning from DOMAIN.md §4/§8 frequencies and
 * checked on synthetic registers with known truth (test/dedup/synthetic-births.test.ts measures
 * precision and recall; the thresholds in each spec were set on it):
 *
 * - Given name (tên). u(exact) ≈ Σ p² of given-name shares: the frequent-name lists of §4 give
 *   top names 2–4 % each, Σ p² ≈ 0.02. An exact copy keeps the name (m 0.88); a retyped entry
 *   misses a letter (typo1, m 0.05). Equal ONLY once folded (Hùng/Hưng, Thúy/Thủy, Vinh/Vĩnh)
 *   weighs slightly AGAINST (m 0.01 < u 0.02): tone pairs are how parents name twins and
 *   siblings (§8), so such a pair is more often two people of one family than one person with
 *   a mark mistyped. 'unmarked' (one side typed with no marks at all, 'Nguyen Van Hung') is a
 *   different case: folding is then all the evidence there is, so it weighs for (+3.3).
 *   Vietnamese given names are one syllable: one edit turns Hùng into Dũng or Tùng, so typo1 is
 *   near neutral and typo2 already counts against.
 * - Family name (họ). u(exact) = Σ p² of the §4 shares (Nguyễn 38.4 %, Trần 12.1 %, Lê 9.5 % …)
 *   ≈ 0.18, hence only +2.4: agreeing on Nguyễn says little. A different family name in a true
 *   duplicate is rare (m 0.01).
 * - Middle name (chữ đệm). Văn/Thị dominate old northern registers (§4): u(exact) ≈ 0.30, +1.6.
 *   A name written without a middle name is missing (neutral), not different.
 * - Dates. u(exact) = 1 / (days in the span a district register covers): births of one
 *   district spread over ~25 years → 1/9125 ≈ 1.1e-4 (+13). Levels at reduced precision
 *   ('precision-year': '1947' vs 1947-12-13, §8) are conditional on that precision, as a
 *   comparison on the coarser field would be: a re-registration that kept only the year still
 *   agrees with m 0.95, while u is 1/25 (+4.6). Two full dates in the same year but different
 *   months are evidence against (m 0.02 < u 0.04). Day/month swapped is a known Excel accident
 *   (§5; m 0.01, u ≈ u(exact)).
 * - Sex: u = 0.5; m(different) 0.02 (typing slip) — and a veto besides.
 * - Personal ID (12 digits): equal IDs of different people only come from a data error
 *   (u 1e-5, +16.6); different IDs on one person are a typing error (m 0.03, −5.1).
 * - Register position (commune + registration year + number; numbering runs through the year
 *   across books, §3.3): the same entry typed twice (m 0.5: the other half of duplicates are
 *   re-registrations or copies in other books), u 1e-5 (only a mistyped number collides).
 */
import type { ComparisonLevel } from '../dedup-spec.js';

export const GIVEN_NAME_LEVELS: readonly ComparisonLevel[] = [
  { name: 'exact', m: 0.88, u: 0.02 },
  { name: 'unmarked', m: 0.02, u: 0.002 },
  { name: 'folded', m: 0.01, u: 0.02 },
  { name: 'typo1', m: 0.05, u: 0.04 },
  { name: 'typo2', m: 0.02, u: 0.12 },
  { name: 'different', m: 0.02, u: 0.8 },
];

export const FAMILY_NAME_LEVELS: readonly ComparisonLevel[] = [
  { name: 'exact', m: 0.94, u: 0.18 },
  { name: 'unmarked', m: 0.02, u: 0.01 },
  { name: 'folded', m: 0.005, u: 0.01 },
  { name: 'typo1', m: 0.02, u: 0.02 },
  { name: 'typo2', m: 0.005, u: 0.05 },
  { name: 'different', m: 0.01, u: 0.73 },
];

export const MIDDLE_NAME_LEVELS: readonly ComparisonLevel[] = [
  { name: 'exact', m: 0.88, u: 0.3 },
  { name: 'unmarked', m: 0.02, u: 0.01 },
  { name: 'folded', m: 0.01, u: 0.02 },
  { name: 'typo1', m: 0.04, u: 0.06 },
  { name: 'typo2', m: 0.02, u: 0.08 },
  { name: 'different', m: 0.03, u: 0.53 },
];

/** Date levels for an event date whose register spans `years` years (u of exact = 1 / days). */
export function dateLevels(years: number, mDifferent = 0.01): ComparisonLevel[] {
  const day = 1 / (365 * years);
  return [
    { name: 'exact', m: 0.9, u: day },
    { name: 'precision-month', m: 0.95, u: 1 / (12 * years) },
    { name: 'year-month', m: 0.03, u: 1 / (12 * years) },
    { name: 'swapped', m: 0.01, u: day },
    { name: 'precision-year', m: 0.95, u: 1 / years },
    { name: 'year', m: 0.02, u: 1 / years },
    { name: 'within-year', m: 0.02, u: 2 / years },
    { name: 'different', m: mDifferent, u: 1 - 3 / years },
  ];
}

export const SEX_LEVELS: readonly ComparisonLevel[] = [
  { name: 'exact', m: 0.98, u: 0.5 },
  { name: 'different', m: 0.02, u: 0.5 },
];

export const PERSONAL_ID_LEVELS: readonly ComparisonLevel[] = [
  { name: 'exact', m: 0.97, u: 1e-5 },
  { name: 'different', m: 0.03, u: 0.99999 },
];

export const REGISTER_ENTRY_LEVELS: readonly ComparisonLevel[] = [
  { name: 'same-entry', m: 0.5, u: 1e-5 },
  { name: 'other-entry', m: 0.5, u: 0.99999 },
];
