/**
 * Lookup keys for coded-field text ("Sán Dìu", "SAN-DIU", "sán dìu" → one key). Two levels:
 * the accent key keeps Vietnamese marks (so "Mỹ" and "My" can differ), the fold key drops
 * them for registers typed without diacritics. Both ignore case, spaces, hyphens, apostrophes
 * and punctuation, which only vary in how a name was typed ("H'Mông", "Khơ-me", "Ê Đê").
 */

/**
 * Longer cells are not a coded value (the longest real one, "Cộng hòa xã hội chủ nghĩa Việt Nam",
 * has 34 characters); refusing them early keeps lookups cheap on pathological input.
 */
export const MAX_CODED_TEXT = 120;

const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]+/g;
// đ has no Unicode decomposition; ð (U+00F0) is what some legacy converters emit for đ.
const D_WITH_STROKE = /[đð]/g;

/** The words of a text: NFC, lower-case, diacritics kept, punctuation and spaces dropped. */
export function accentWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(WORD_SEPARATORS)
    .filter((word) => word !== '');
}

/** Accent key of a text: its words joined ("Sán-Dìu" → "sándìu"). Empty = nothing readable. */
export function accentKey(text: string): string {
  return accentWords(text).join('');
}

/** ASCII key: diacritics folded, đ → d, only a–z and 0–9 kept ("Sán-Dìu" → "sandiu"). */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(D_WITH_STROKE, 'd')
    .replace(NOT_ASCII_ALPHANUMERIC, '');
}

/** Fast check before the regexes: a y with or without a tone mark. */
const HAS_Y = /[yýỳỷỹỵ]/;
/** A syllable of consonants then a final y (Sỹ, Lý, Mỹ, Kỳ, Quý): its i spelling (Sĩ, Lí, Mĩ, Kì, Quí) is the same word. */
const FINAL_Y = /(^| )([bcdđghklmnprstvx]+|qu)([yýỳỷỹỵ])(?= |$)/g;
const Y_TO_I: Readonly<Record<string, string>> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/**
 * A lower-case key (words separated by single spaces) with the final y of a syllable of
 * consonant and y written i ('sỹ' → 'sĩ', 'hoa kỳ' → 'hoa kì'): i and y after a consonant are
 * two spellings of one vowel (the 1980s spelling rules and school textbooks write Sĩ, Lí, Mĩ,
 * Hoa Kì where most other texts write Sỹ, Lý, Mỹ, Hoa Kỳ). Not after a vowel: Thủy/Thủi,
 * Tuy/Tui are other syllables; a syllable 'y' alone ('Ý', Italy) is kept.
 */
export function yAsI(key: string): string {
  return HAS_Y.test(key) ? key.replace(FINAL_Y, (_, space: string, onset: string, y: string) => space + onset + Y_TO_I[y]) : key;
}

const I_TO_Y: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(Y_TO_I).map(([y, i]) => [i, y]));
const FINAL_I = /^([bcdđghklmnprstvx]+|qu)([iíìỉĩị])$/;

/**
 * yAsI undone on the words at `positions` (1-based, comma-separated, as the name keys note them):
 * 'lí văn tí' with '1' → 'lý văn tí'. For showing a name kept only as its keys the way it was typed.
 */
export function yRestored(key: string, positions: string | null | undefined): string {
  if (!positions) return key;
  const respelt = new Set(positions.split(',').map(Number));
  return key
    .split(' ')
    .map((word, index) => (respelt.has(index + 1) ? word.replace(FINAL_I, (_, onset: string, i: string) => onset + (I_TO_Y[i] ?? i)) : word))
    .join(' ');
}
