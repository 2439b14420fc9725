/**
 * Deduplication keys for names (DOMAIN.md §8). Two levels, as Splink-style comparisons need:
 * - foldedKey: blocking key; every mark gone, so Hùng / Hưng both give 'hung'.
 * - accentKey: diacritic-aware level above the folded one; only the PLACEMENT of a tone mark on
 *   final oa/oe/uy is neutralised (Thuỷ = Thủy, Hoà = Hòa: spelling variance of one name, §4.1),
 *   while Thúy ≠ Thủy and Hùng ≠ Hưng stay apart (different names, §8 "siblings").
 * Both are pure, idempotent and cheap: they are called on every row.
 */
import { applyToneStyle, restyleNfc } from './tone-style.js';
import { VN_LETTER_CLASS } from './letter-class.js';

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII_CHAR = /[^\x00-\x7f]/g;
/** ASCII control characters and spaces collapse into one separator. */
const ASCII_BLANKS = /[\x00-\x20\x7f]+/g;
const NEEDS_BLANK_CLEANUP = /[\x00-\x1f\x7f]|^ | $| {2}/;
const UNICODE_BLANKS = /[\s\p{Cc}]+/gu;
const IS_BLANK = /^\s$/u;
const ALREADY_FOLDED = /^[a-z]+(?: [a-z]+)*$/;
/** Words of precomposed Vietnamese letters between single spaces: NFC as typed and in lower case, no blank to collapse. */
const PRECOMPOSED_WORDS = new RegExp(`^${VN_LETTER_CLASS}+(?: ${VN_LETTER_CLASS}+)*$`);

/** Key placement convention: the mark on the second vowel (hoà, thuỷ) — DOMAIN.md §4.1 suggestion. */
const KEY_TONE_STYLE = 'new';

/** ASCII folding of one lower-case non-ASCII character: marks dropped, đ → d, blanks → ' '. */
function foldCharSlow(char: string): string {
  if (IS_BLANK.test(char)) return ' ';
  return char.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(NON_ASCII_CHAR, '');
}

/**
 * Precomputed folding of the Latin-1 and Latin Extended blocks, which hold every Vietnamese letter, by
 * UTF-16 code unit (undefined elsewhere): an array index, not a Map of one-character strings, as every
 * name word of every row is folded.
 */
const FOLDED_BY_CODE: (string | undefined)[] = new Array<string | undefined>(0x1f00).fill(undefined);
for (const [start, end] of [[0x80, 0x24f], [0x1e00, 0x1eff]] as const) {
  for (let code = start; code <= end; code += 1) FOLDED_BY_CODE[code] = foldCharSlow(String.fromCharCode(code));
}

/** Every non-ASCII code unit of a lower-case text folded (foldCharSlow); the ASCII runs between them copied as they are. */
function foldNonAscii(lower: string): string {
  let folded = '';
  let runStart = 0;
  for (let at = 0; at < lower.length; at++) {
    const code = lower.charCodeAt(at);
    if (code < 0x80) continue;
    folded += lower.slice(runStart, at) + (FOLDED_BY_CODE[code] ?? foldCharSlow(lower.charAt(at)));
    runStart = at + 1;
  }
  return runStart === 0 ? lower : folded + lower.slice(runStart);
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
  const folded = foldNonAscii(text.toLowerCase());
  return NEEDS_BLANK_CLEANUP.test(folded) ? folded.replace(ASCII_BLANKS, ' ').trim() : folded;
}

/**
 * Lower case, NFC, diacritics kept, tone mark of final oa/oe/uy moved to one fixed vowel,
 * single spaces: accentKey('Thuỷ') === accentKey('Thủy'); accentKey('Thúy') !== accentKey('Thủy').
 */
export function accentKey(name: string): string {
  const typed = asText(name);
  // The common word or name: precomposed letters, in NFC in either case, with no blank to clean up.
  if (PRECOMPOSED_WORDS.test(typed)) return restyleNfc(typed.toLowerCase(), KEY_TONE_STYLE);
  const text = typed.normalize('NFC').toLowerCase().normalize('NFC');
  return applyToneStyle(text, KEY_TONE_STYLE).replace(UNICODE_BLANKS, ' ').trim();
}
