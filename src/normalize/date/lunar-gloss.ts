/**
 * A solar date with its lunar equivalent in brackets: '15/3/1985 (24/1 ÂL)', 'ngày 15/3/1985 (âm
 * lịch: 24 tháng Giêng)'. Death and birth books of the 1970s–80s write the official (solar) date and
 * add the lunar one families count anniversaries by; the bracket is a gloss, like '(tức …)'
 * (date-markers.ts SAME_DAY_GLOSS). Only a bracket that holds a date of its own and a lunar word is a
 * gloss, and only beside a full date outside that says nothing lunar: '15/8/1950 (ÂL)' and
 * '24/1/1985 ÂL (15/3/1985)' are lunar dates as before (DOMAIN.md §5: convert only when the record
 * says so — here it says so of the bracket, not of the date).
 */

/** A bracket, its closing one possibly forgotten at the end of the cell. */
const BRACKET = /\([^()]*\)?|\[[^[\]]*\]?/g;
/**
 * The lunar words of date-markers.ts (âm lịch, ÂL, tháng Giêng, tháng Chạp, nhuận, Tết, rằm), on folded
 * text: '13/02/2010 (30 Tết)', '28/02/2010 (rằm tháng Giêng)' name the solar day's place in the lunar year.
 */
const LUNAR_MARKER = /\b(?:am lich|am|al|a\.l)\b|\b(?:thang\s*)?(?:gieng|chap)\b|\bnhuan\b|\btet\b|\bram\b/;
/**
 * Day, month and year in figures: '15/3/1985', '15-3-85', '15 tháng 3 năm 1985', '15 tháng 3, 1985'
 * (days and months in words are spelled out before this test).
 */
const FULL_DATE = /(?<!\d)\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2,4}(?!\d)|(?<!\d)\d{1,2}\s*thang\s*\d{1,2}\s*,?\s*(?:nam\s*)?\d{2,4}(?!\d)/;
const DIGIT = /\d/;

/**
 * The folded text without its lunar-gloss brackets when it holds a full solar date outside them
 * (`spell` turns days and months written in words into figures), else the text unchanged.
 */
export function withoutLunarGloss(text: string, spell: (text: string) => string): string {
  if (!text.includes('(') && !text.includes('[')) return text;
  let glossFound = false;
  const outside = text.replace(BRACKET, (bracket: string) => {
    if (!DIGIT.test(bracket) || !LUNAR_MARKER.test(bracket)) return bracket;
    glossFound = true;
    return ' ';
  });
  if (!glossFound || LUNAR_MARKER.test(outside)) return text;
  return FULL_DATE.test(spell(outside)) ? outside : text;
}
