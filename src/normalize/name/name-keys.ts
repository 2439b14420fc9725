/**
 * Deduplication keys for names (DOMAIN.md §8). Two levels, as Splink-style comparisons need:
 * - foldedKey: blocking key; every mark gone, so Hùng / Hưng both give 'hung'.
 * - accentKey: diacritic-aware level above the folded one; only the PLACEMENT of a tone mark on
 *   final oa/oe/uy is neutralised (Thuỷ = Thủy, Hoà = Hòa: spelling variance of one name, §4.1),
 *   while Thúy ≠ Thủy and Hùng ≠ Hưng stay apart (different names, §8 "siblings").
 * Both are pure, idempotent and cheap: they are called on every row.
 */
import { applyToneStyle } from './tone-style.js';
import { hasNonAscii } from '../text/ascii.js';

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII_CHAR = /[^\x00-\x7f]/g;
/** ASCII control characters and spaces collapse into one separator. */
const ASCII_BLANKS = /[\x00-\x20\x7f]+/g;
const NEEDS_BLANK_CLEANUP = /[\x00-\x1f\x7f]|^ | $| {2}/;
const UNICODE_BLANKS = /[\s\p{Cc}]+/gu;
const IS_BLANK = /^\s$/u;
const ALREADY_FOLDED = /^[a-z]+(?: [a-z]+)*$/;

/** Key placement convention: the mark on the second vowel (hoà, thuỷ) — DOMAIN.md §4.1 suggestion. */
const KEY_TONE_STYLE = 'new';

/** ASCII folding of one lower-case non-ASCII character: marks dropped, đ → d, blanks → ' '. */
function foldCharSlow(char: string): string {
  if (IS_BLANK.test(char)) return ' ';
  return char.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(NON_ASCII_CHAR, '');
}

/** Precomputed folding of the Latin-1 and Latin Extended blocks, which hold every Vietnamese letter. */
const FOLDED_CHAR = new Map<string, string>();
for (const [start, end] of [[0x80, 0x24f], [0x1e00, 0x1eff]] as const) {
  for (let code = start; code <= end; code += 1) {
    const char = String.fromCharCode(code);
    FOLDED_CHAR.set(char, foldCharSlow(char));
  }
}

function foldChar(char: string): string {
  return FOLDED_CHAR.get(char) ?? foldCharSlow(char);
}

function asText(name: unknown): string {
  if (typeof name === 'string') return name;
  if (name === null || name === undefined) return '';
  try {
    return String(name);
  } catch {
    return '';
  }
}

/** Lower-case ASCII with no diacritics, đ → d, single spaces: 'Nguyễn Văn Đức' → 'nguyen van duc'. */
export function foldedKey(name: string): string {
  const text = asText(name);
  if (ALREADY_FOLDED.test(text)) return text;
  // Lower-case first: some capitals lower to a letter plus a combining mark (İ → i̇).
  let folded = text.toLowerCase();
  if (hasNonAscii(folded)) folded = folded.replace(NON_ASCII_CHAR, foldChar);
  return NEEDS_BLANK_CLEANUP.test(folded) ? folded.replace(ASCII_BLANKS, ' ').trim() : folded;
}

/**
 * Lower case, NFC, diacritics kept, tone mark of final oa/oe/uy moved to one fixed vowel,
 * single spaces: accentKey('Thuỷ') === accentKey('Thủy'); accentKey('Thúy') !== accentKey('Thủy').
 */
export function accentKey(name: string): string {
  const text = asText(name).normalize('NFC').toLowerCase().normalize('NFC');
  return applyToneStyle(text, KEY_TONE_STYLE).replace(UNICODE_BLANKS, ' ').trim();
}
