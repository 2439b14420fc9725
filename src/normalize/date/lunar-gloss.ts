/**
 * A solar date with its lunar equivalent in brackets: '15/3/1985 (24/1 ÂL)', 'ngày 15/3/1985 (âm
 * lịch: 24 tháng Giêng)'. Death and birth books of the 1970s–80s write the official (solar) date and
 * add the lunar one families count anniversaries by; the bracket is a gloss, like '(tức …)'
 * (date-markers.ts SAME_DAY_GLOSS). Only a bracket that holds a date of its own (or a lunar day and month
 * in words: '(rằm tháng Giêng)') and a lunar word is a gloss, and only beside a full date outside that says
 * nothing lunar: '15/8/1950 (ÂL)' and '24/1/1985 ÂL (15/3/1985)' are lunar dates as before (DOMAIN.md §5: convert only when the record
 * says so — here it says so of the bracket, not of the date).
 */

/** A bracket, its closing one possibly forgotten at the end of the cell. */
const BRACKET = /\([^()]*\)?|\[[^[\]]*\]?/g;
/**
 * The lunar words of date-markers.ts (âm lịch, ÂL, tháng Giêng, tháng Chạp, nhuận, Tết, rằm), on folded
 * text: '13/02/2010 (30 Tết)', '24/8/2010 (rằm tháng 7)', '14/02/2014 (rằm tháng Giêng)' name the solar day's
 * place in the lunar year (a bracket with neither a figure nor a lunar day and month, '(tháng Giêng ÂL)', is no
 * gloss: the date stays lunar).
 */
const LUNAR_MARKER = /\b(?:am lich|am|al|a\.l)\b|\b(?:thang\s*)?(?:gieng|chap)\b|\bnhuan\b|\btet\b|\bram\b/;
/**
 * Day, month and year in figures: '15/3/1985', '15-3-85', '15 tháng 3 năm 1985', '15 tháng 3, 1985'
 * (days and months in words are spelled out before this test).
 */
const FULL_DATE = /(?<!\d)\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2,4}(?!\d)|(?<!\d)\d{1,2}\s*thang\s*\d{1,2}\s*,?\s*(?:nam\s*)?\d{2,4}(?!\d)/;
const DIGIT = /\d/;
/** The day and month of a full date in figures, day first: '15/07/1940', '15 thang 7 nam 1940'. */
const DAY_MONTH = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*\d{2,4}(?!\d)|(?<!\d)(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*(?:nam\s*)?\d{2,4}(?!\d)/;

/**
 * The lunar day and month a gloss bracket names, where it names both: '(24/1 ÂL)', '(rằm tháng 7)', '(âm lịch:
 * 24 tháng Giêng)', '(30 Tết)' (the last days before Tết are the 12th month's, its first days the 1st's).
 */
function lunarDayMonth(bracket: string): [number, number] | null {
  const day = /\bram\b/.test(bracket) ? 15 : Number(/(?<!\d)\d{1,2}(?!\d)/.exec(bracket)?.[0] ?? NaN);
  const month =
    /(?<!\d)\d{1,2}\s*[/.-]\s*(\d{1,2})(?!\d)/.exec(bracket)?.[1] ??
    /\bthang\s*(\d{1,2})(?!\d)/.exec(bracket)?.[1] ??
    (/\bgieng\b/.test(bracket) ? '1' : /\bchap\b/.test(bracket) ? '12' : /\btet\b/.test(bracket) ? (day > 15 ? '12' : '1') : undefined);
  return Number.isNaN(day) || month === undefined ? null : [day, Number(month)];
}

/**
 * Whether the bracket names the very day and month of the date outside: '15/07/1940 (rằm tháng 7)', '01/01/1940
 * (mùng 1 Tết)' restate a lunar date, they gloss no solar one — a solar day and its lunar one are weeks apart,
 * never of one day and month.
 */
function restatesOutside(bracket: string, outside: string): boolean {
  const named = lunarDayMonth(bracket);
  const date = DAY_MONTH.exec(outside);
  if (named === null || date === null) return false;
  return Number(date[1] ?? date[4]) === named[0] && Number(date[3] ?? date[5]) === named[1];
}

/**
 * The folded text without its lunar-gloss brackets when it holds a full solar date outside them
 * (`spell` turns days and months written in words into figures), else the text unchanged.
 */
export function withoutLunarGloss(text: string, spell: (text: string) => string): string {
  if (!text.includes('(') && !text.includes('[')) return text;
  const glosses: string[] = [];
  const outside = text.replace(BRACKET, (bracket: string) => {
    if (!LUNAR_MARKER.test(bracket) || (!DIGIT.test(bracket) && lunarDayMonth(spell(bracket)) === null)) return bracket;
    glosses.push(bracket);
    return ' ';
  });
  if (glosses.length === 0 || LUNAR_MARKER.test(outside)) return text;
  const spelled = spell(outside);
  return FULL_DATE.test(spelled) && !glosses.some((bracket) => restatesOutside(spell(bracket), spelled)) ? outside : text;
}
