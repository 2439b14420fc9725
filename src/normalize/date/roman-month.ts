/**
 * Months written as Roman numerals ('2-IX-1945', '15/VIII/1975', 'tháng XII năm 1950'), as older
 * documents date them and clerks copied them into registers. Only capitals, as such dates are written,
 * and only as a whole field: between date separators or after 'tháng'. A single 'I' is January only
 * between a day and a year ('5-I-1990', '05/I/1990') or after 'tháng' ('tháng I năm 1950'); elsewhere
 * ('I/3/1990') it is left to the look-alike digits (lookalike-digits.ts), which read it as 1.
 */

const ROMAN_MONTHS: Readonly<Record<string, number>> = {
  I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12,
};

const ROMAN_FIELD =
  /(?<=^|[\s/.-]|[Tt]háng|THÁNG)(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II)(?=$|[\s/.-])|(?<=\d\s*[/.-]\s*|(?:[Tt]háng|THÁNG)\s*)I(?=\s*[/.-]\s*\d|\s+(?:năm|NĂM|Năm)\b)/gu;

/** The text with its Roman-numeral month in figures ('15/VIII/1975' → '15/8/1975'); the text itself when it has none. */
export function withRomanMonth(text: string): string {
  if (!/[IVX]/.test(text) || !/\d/.test(text)) return text;
  let months = 0;
  const replaced = text.replace(ROMAN_FIELD, (numeral: string) => {
    months++;
    return String(ROMAN_MONTHS[numeral]);
  });
  // One month per date: 'IV/V/1990' is no date.
  return months === 1 ? replaced : text;
}
