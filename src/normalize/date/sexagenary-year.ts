/**
 * Years named in the sexagenary cycle (can chi: 'năm Ất Sửu', 'Canh Tý'), as old registers write
 * lunar dates and old people's birth years (DOMAIN.md §5). A name is one of ten stems (can) and one
 * of twelve branches (chi) of the same parity; it comes back every 60 years: Giáp Tý = 1924, 1984
 * (year − 4 ≡ 0 mod 60). Matched on folded text (fold-date-text.ts), where Tý (rat) and Tỵ (snake)
 * are both 'ty': the stem's parity tells them apart (Giáp Tý, Ất Tỵ).
 */

/** Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý, folded. */
const STEMS = ['giap', 'at', 'binh', 'dinh', 'mau', 'ky', 'canh', 'tan', 'nham', 'quy'];

/**
 * Tý Sửu Dần Mão Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi, folded, with their other spellings: Tí (Tý),
 * Tị (Tỵ), Mẹo (Mão). 'ty' and 'ti' are both Tý (0) and Tỵ (5).
 */
const BRANCHES: Readonly<Record<string, readonly number[]>> = {
  ty: [0, 5], ti: [0, 5], suu: [1], dan: [2], mao: [3], meo: [3], thin: [4],
  ngo: [6], mui: [7], than: [8], dau: [9], tuat: [10], hoi: [11],
};

/**
 * 'năm Ất Sửu', 'Canh Tý', 'Giáp-Tý' in folded text; the 'năm' before it is the year's label and goes with it, and so is
 * 'tuổi' ('tuổi Canh Thân': born in a Canh Thân year, as people name their birth year).
 */
export const CYCLE_YEAR = new RegExp(`(?:\\b(?:nam|tuoi)\\s+)?\\b(${STEMS.join('|')})\\s*-?\\s*(${Object.keys(BRANCHES).join('|')})\\b`);

/** Offset of the year in the cycle (0 = Giáp Tý) of a folded stem and branch; null when no year has that name. */
export function cycleIndex(stem: string, branch: string): number | null {
  const stemIndex = STEMS.indexOf(stem);
  const branchIndex = BRANCHES[branch]?.find((index) => index % 2 === stemIndex % 2);
  if (stemIndex < 0 || branchIndex === undefined) return null;
  // The one n in 0…59 with n ≡ stem (mod 10) and n ≡ branch (mod 12).
  for (let n = stemIndex; n < 60; n += 10) if (n % 12 === branchIndex) return n;
  return null;
}

/** Giáp Tý years are 4 (mod 60): 1924, 1984. */
const CYCLE_START = 4;

/** The latest year of that name not after `limit` (the registration year: an event is not registered before it happens). */
export function latestCycleYear(index: number, limit: number): number {
  const first = CYCLE_START + index;
  return limit - ((((limit - first) % 60) + 60) % 60);
}
