/**
 * Splits the folded, marker-free text of a date cell into its fields: numbers
 * and placeholders ('..', '--', '?', 'xx', 'x' for an unknown day or month),
 * each with the label a keyword gave it ('ngày'/'ng' → day, 'tháng'/'thg'/'th'/'T' → month,
 * 'năm'/'n' → year, with or without a space before the number)
 * or an English month name (Excel's 'd-mmm-yy' display format).
 */

export type DateRole = 'day' | 'month' | 'year';

export interface DateField {
  /** The digits as typed; null for a placeholder. */
  digits: string | null;
  /** The role a keyword before it (or a month name) fixes; null when only its position tells. */
  label: DateRole | null;
}

const LABEL_WORDS: ReadonlyMap<string, DateRole> = new Map([
  ['ngay', 'day'],
  ['ng', 'day'], // 'ng 5 th 3 n 1930', 'ng5 th3 n1930': the abbreviations of the three labels
  ['mong', 'day'], // 'mồng 5' / 'mùng 5': days 1–10
  ['mung', 'day'],
  ['thang', 'month'],
  ['th', 'month'],
  ['thg', 'month'], // '15 thg 8, 1975': the abbreviation of phones and web forms
  ['t', 'month'], // 'T3/1990'
  ['nam', 'year'],
  ['n', 'year'],
]);

/** Words that carry nothing for the date: 'sinh ngày …', 'SN: …', 'vào ngày …', 'chết ngày …', 'mất ngày …', 'vào hồi …'. */
const FILLER_WORDS: ReadonlySet<string> = new Set(['sinh', 'sn', 'ns', 'vao', 'luc', 'hoi', 'chet', 'mat']);

/** Excel's English display formats ('5-Mar-90', 'March 5, 1990') reach CSV exports as text. */
const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ].flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);

/** digits | word | placeholder symbols | '.'/'-' runs (separator or placeholder) | other separators. */
const TOKEN = /(\d+)|([a-z]+)|([?*_]+)|([.-]+)|([\s/\\,:;'"`()[\]]+)/y;
const PLACEHOLDER_WORD = /^x+$/;
const ALPHANUMERIC = /[a-z0-9]/;

/** The nearest non-space character before `start` or after `end`, or ''. */
function neighbour(text: string, index: number, step: -1 | 1): string {
  for (let i = index; i >= 0 && i < text.length; i += step) {
    const char = text[i] ?? '';
    if (char !== ' ') return char;
  }
  return '';
}

/**
 * A '.' or '-' run stands for a missing field ('../03/1950', '--/--/1950')
 * when neither neighbour is a letter or digit; next to one it separates
 * ('5.3.1990', '05-03-1990', 'T.3').
 */
function isPlaceholderRun(text: string, start: number, end: number): boolean {
  return !ALPHANUMERIC.test(neighbour(text, start - 1, -1)) && !ALPHANUMERIC.test(neighbour(text, end, 1));
}

/** Digits a year is written with: fewer, glued to a run of two dots or dashes ('19..'), are half a year. */
const FULL_YEAR_DIGITS = 4;

/**
 * A run of two or more dots or dashes right after a number shorter than a year,
 * with nothing after it but separators: the rest of that number left blank
 * ('19..', '../../19..', '19--'), not a separator. After a whole year it is
 * trailing punctuation ('1990..').
 */
function isPlaceholderTail(text: string, start: number, end: number, digitsBefore: number): boolean {
  return end - start >= 2 && digitsBefore > 0 && digitsBefore < FULL_YEAR_DIGITS && !ALPHANUMERIC.test(neighbour(text, end, 1));
}

type TokenKind = 'digits' | 'placeholder' | 'other';

/** The fields of a date text, or null when it holds a word or symbol that is not date vocabulary. */
export function splitDateFields(text: string): DateField[] | null {
  const fields: DateField[] = [];
  let pending: DateRole | null = null;
  const push = (digits: string | null, label: DateRole | null): void => {
    fields.push({ digits, label: label ?? pending });
    pending = null;
  };
  // Digits glued to a placeholder ('19??', '19..', '?5', '19xx') are a half-known number: one
  // field whose value is unknown, never the digits alone (a year the book does not give).
  let previous: TokenKind = 'other';
  const placeholder = (): void => {
    const last = fields[fields.length - 1];
    if (previous === 'digits' && last !== undefined) last.digits = null;
    else if (previous !== 'placeholder') push(null, null);
  };
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) return null;
    const [, digits, word, symbols, run] = match;
    let current: TokenKind = 'other';
    if (digits !== undefined) {
      if (previous === 'placeholder') current = 'placeholder';
      else {
        push(digits, null);
        current = 'digits';
      }
    } else if (word !== undefined) {
      const label = LABEL_WORDS.get(word);
      const monthNumber = ENGLISH_MONTHS.get(word);
      if (label !== undefined) pending = label;
      else if (monthNumber !== undefined) push(String(monthNumber), 'month');
      else if (PLACEHOLDER_WORD.test(word)) {
        placeholder();
        current = 'placeholder';
      } else if (!FILLER_WORDS.has(word)) return null;
    } else if (symbols !== undefined) {
      placeholder();
      current = 'placeholder';
    } else if (run !== undefined) {
      const digitsBefore = previous === 'digits' ? (fields[fields.length - 1]?.digits?.length ?? 0) : 0;
      if (isPlaceholderTail(text, start, TOKEN.lastIndex, digitsBefore)) {
        placeholder();
        current = 'placeholder';
      } else if (isPlaceholderRun(text, start, TOKEN.lastIndex)) push(null, null);
    }
    previous = current;
  }
  return fields;
}
