/**
 * Spacing of separators in free-text places: one space after a comma or semicolon and none
 * before it, spaced dashes as " - ", no empty parts or dangling separators. Hyphens inside a
 * token ("12-14") are kept: only a dash with a space on one side, or an en/em dash, separates
 * parts. A full stop closing the text after a whole word goes too ('…, xã Tam Hợp.'), an abbreviation's stays.
 * Cosmetic, so it yields no finding.
 * A hyphen typed without spaces before a unit's word or abbreviation ('Thôn Đông-X.Tam Hồng-H.Yên
 * Lạc', 'TDP 3-Phường Tiền Châu') separates parts too: a unit starts a part, never a word's second half.
 * A unit word written as a form's label, with a colon ('Xã: Tam Hợp, Huyện: Bình Xuyên', the printed
 * header 'Xã: Quất Lưu   Huyện: Bình Xuyên   Tỉnh: Vĩnh Phúc'), is the unit word: the colon is dropped,
 * and a later label that no separator precedes starts a new part (', '). Left in place, the colon cut
 * the unit word off its name, so the commune lists never saw 'xã Minh Tân' in such a residence.
 */

import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';

const WHITESPACE_RUN = /\s\s+|[^\S ]/g;
const SPACED_DASH = /\s*[\u2013\u2014]\s*|\s+-\s*|\s*-\s+/g;
const UNIT_AFTER_HYPHEN =
  /(?<=[\p{L}\p{N}.])-(?=(?:[XxHhTtPpQq]\.|(?:TT|Tt|TX|Tx|TP|Tp)[.\s]|(?:[Xx]ã|[Hh]uyện|[Tt]ỉnh|[Pp]hường|[Qq]uận|[Tt]hị trấn|[Tt]hị xã|[Tt]hành phố)\s)\s?\p{Lu})/gu;
const COMMA_RUN = /\s*([,;])(?:\s*[,;])*\s*/g;
const DIGIT_COMMA_DIGIT = /(\d), (\d)/g;
const OPEN_BRACKET_SPACE = /([([])\s+/g;
const SPACE_CLOSE_BRACKET = /\s+([)\]])/g;
const LEADING_SEPARATORS = /^(?:[,;]|\s|-(?=\s))+/;
// A comma/semicolon with a space before it, or without exactly one space and a word after it.
const UNTIDY_COMMA = /\s[,;]|[,;](?! [^\s,;])/;
const HAS_DASH = /[-\u2013\u2014]/;
const HAS_BRACKET = /[()[\]]/;
// A unit word (commune, district or province level, or a village's) followed by a colon and a name or number.
const UNIT_LABEL =
  /(?<![\p{L}\p{N}])(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|xóm|tổ dân phố|tổ|khu phố|khu|ấp|bản|làng)\s*:\s*(?=[\p{L}\p{N}])/giu;
// Such a label right after a word or a closing bracket, no separator between: the previous label's part ended.
const ENDS_WORD_AND_SPACE = /[\p{L}\p{N}.)\]] ?$/u;

/** Drops the colon after unit words used as labels; a label after the first one opens a part. */
function unlabelUnits(text: string): string {
  if (!text.includes(':')) return text;
  let labels = 0;
  return text.replace(UNIT_LABEL, (_match, unit: string, offset: number) => {
    labels++;
    const before = text.slice(0, offset);
    const opensPart = labels > 1 && ENDS_WORD_AND_SPACE.test(before.slice(-2)) ? ', ' : '';
    return `${opensPart}${unit} `;
  });
}

function normalizeOnce(text: string): string {
  let result = unlabelUnits(text.replace(WHITESPACE_RUN, ' '));
  if (HAS_DASH.test(result)) result = result.replace(UNIT_AFTER_HYPHEN, ' - ').replace(SPACED_DASH, ' - ');
  if (UNTIDY_COMMA.test(result)) result = result.replace(COMMA_RUN, '$1 ').replace(DIGIT_COMMA_DIGIT, '$1,$2');
  if (HAS_BRACKET.test(result)) result = result.replace(OPEN_BRACKET_SPACE, '$1').replace(SPACE_CLOSE_BRACKET, '$1');
  return trimTrailingSeparators(result.replace(LEADING_SEPARATORS, ''));
}

const LETTER = /\p{L}/u;

/**
 * A period closing the text after a whole word ('Thôn Ngọc Bảo, xã Tam Hợp.', 'UBND xã Sơn Lôi.'): the
 * full stop of a sentence, not part of the place. Kept after an abbreviation — a letter ('H.'), or
 * letters no syllable is made of ('Th.', 'Ng.', 'TP.') — and after a figure or another period ('...').
 */
function sentencePeriodAt(text: string, end: number): boolean {
  if (text.charAt(end - 1) !== '.') return false;
  let start = end - 1;
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, end - 1);
  return word.length >= 2 && isVietnameseSyllable(word);
}

/** Drops trailing commas, semicolons, spaces, spaced dashes and a sentence's full stop (a loop: a regex anchored at $ is quadratic). */
function trimTrailingSeparators(text: string): string {
  let end = text.length;
  for (;;) {
    const last = text.charAt(end - 1);
    if (last === ',' || last === ';' || last === ' ') end--;
    else if (last === '-' && text.charAt(end - 2) === ' ') end -= 2;
    else if (sentencePeriodAt(text, end)) end--;
    else break;
  }
  return text.slice(0, end);
}

// One pass can expose another pattern ("-;-!" → "-; -!"); repeat to the fixed point so the
// result is idempotent. Real text settles in one or two passes.
const MAX_PASSES = 8;

export function normalizeSeparators(text: string): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = normalizeOnce(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}
