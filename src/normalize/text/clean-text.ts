/**
 * The cleanup every text cell gets once it is Unicode (the task brief's list,
 * legacy-encodings.md §6). Silent: none of it changes what the officer reads.
 *
 * Assumes Unicode input: the soft hyphen U+00AD is removed here, so TCVN3 text
 * (where U+00AD is the letter ư) must be decoded first — normalizeText does that.
 */
import { replaceEthLookalikes } from './lookalikes.js';
import { CLEAN_VIETNAMESE_TEXT } from './vietnamese-letters.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';
import { moveTonesOffConsonants } from './tone-after-consonant.js';
import { orderVowelMarks } from './mark-order.js';

// A lone UTF-16 surrogate is text already broken upstream; U+FFFD makes the loss visible.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Format characters (Cf): zero-width space/joiners U+200B–U+200D, word joiner
// U+2060, BOM U+FEFF, soft hyphen U+00AD, bidi marks and the like.
const FORMAT = /\p{Cf}/gu;
// C0 and C1 controls that separate text (tab, line feed, vertical tab, form
// feed, carriage return, file/group/record/unit separators, NEL) become spaces.
const BREAKING_CONTROL = /[\t\n\v\f\r\x1c-\x1f\x85]/g;
const OTHER_CONTROL = /[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]/g;
// Any Unicode space or line/paragraph separator (NBSP, U+2000–U+200A, U+202F…), in runs.
const SPACE_RUN = /[\s\p{Zs}]+/gu;
const NEEDS_WORK = /[^\x20-\x7e]|^ | $| {2}/;
// Excel's escape of a control character in a cell's XML ('_x000D_' for the carriage return of
// text pasted from Word), which readers that keep it (exceljs, ours) leave in the text.
const ESCAPED_CONTROL = /_x00[01][0-9A-Fa-f]_/g;
const HAS_INVISIBLE = /[\p{Cf}\p{Cc}\ud800-\udfff]/u;

/** A zero-width space between two words (the right one's letters looked ahead at, not taken). */
const ZERO_WIDTH_BREAK = /([\p{L}\p{M}]+)\u200b+(?=([\p{L}\p{M}]+))/gu;
const CONSONANT_FIRST = /^[bcdđghklmnpqrstvx]/iu;

/**
 * A zero-width space (U+200B, pasted from a web page or Word) between two words
 * that are each a Vietnamese syllable, the second starting with a consonant or the
 * two no syllable together ('Thôn\u200bẤp'), is the space the clerk could not see
 * was missing: 'Trần\u200bVăn' → 'Trần Văn', 'Thôn\u200bẤp Mới' → 'Thôn Ấp Mới'.
 * Anywhere else it goes, as every other format character does: inside one
 * syllable it splits nothing ('Ngu\u200byễn': the right part of a split syllable
 * starts with a vowel or has none), and the joiners (U+200C, U+200D, U+2060)
 * and the soft hyphen (TCVN3's ư) say no word ends there.
 */
export function spaceZeroWidthBreaks(text: string): string {
  if (!text.includes('\u200b')) return text;
  return text.replace(ZERO_WIDTH_BREAK, (match: string, left: string, right: string) =>
    isVietnameseSyllable(left.normalize('NFC')) &&
    isVietnameseSyllable(right.normalize('NFC')) &&
    (CONSONANT_FIRST.test(right) || !isVietnameseSyllable(`${left}${right}`.normalize('NFC')))
      ? `${left} `
      : match,
  );
}

/** NFC, invisible and control characters out, combining marks in Vietnamese order, stray combining tone marks on their vowel, look-alikes fixed, whitespace collapsed and trimmed. */
export function cleanText(text: string): string {
  if (text.includes('_x00')) text = text.replace(ESCAPED_CONTROL, ' ');
  if (!NEEDS_WORK.test(text) || CLEAN_VIETNAMESE_TEXT.test(text)) return text;
  const visible = moveTonesOffConsonants(
    orderVowelMarks(
      HAS_INVISIBLE.test(text)
        ? spaceZeroWidthBreaks(text).replace(LONE_SURROGATE, '\ufffd').replace(FORMAT, '').replace(BREAKING_CONTROL, ' ').replace(OTHER_CONTROL, '')
        : text,
    ),
  ).normalize('NFC');
  return replaceEthLookalikes(visible).replace(SPACE_RUN, ' ').trim();
}
