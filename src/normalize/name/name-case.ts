/**
 * Canonical letter case of a name: every syllable capitalised, the rest lower case
 * ('NGUYỄN VĂN ĐỨC' → 'Nguyễn Văn Đức', TCVN3-style 'Phạm Thị Ngọc ánh' → 'Phạm Thị Ngọc Ánh').
 * A letter after an apostrophe or hyphen also starts a part ("H'Hen", 'Y-Moan', "O'Neil").
 * Case mappings that change a character's length (ß → SS) are skipped, so the result
 * has the same characters as its input and capitalising it again changes nothing.
 */

const PART_START = /(^|[\s'-])(\p{L})/gu;
const ANY_CHARACTER = /./gsu;
/** Words whose first code unit is a whole BMP character and which have no inner part breaks. */
const SIMPLE_WORDS = /^[^\s'\-\ud800-\udfff][^\s'-]*(?: [^\s'\-\ud800-\udfff][^\s'-]*)*$/;

/** 'İ' (Turkish dotted capital, a keyboard slip: Vietnamese has none) lowers to i, not to i + U+0307. */
const DOTTED_CAPITAL_I = '\u0130';

function lowerLetter(letter: string): string {
  if (letter === DOTTED_CAPITAL_I) return 'i';
  const lower = letter.toLowerCase();
  return lower.length === letter.length ? lower : letter;
}

function upperLetterSlow(letter: string): string {
  const upper = letter.toUpperCase();
  return upper.length === letter.length ? upper : letter;
}

/** Precomputed capitals of the blocks holding every Vietnamese letter (hot path: every name). */
const UPPER = new Map<string, string>();
for (const [start, end] of [[0x61, 0x7a], [0xe0, 0x24f], [0x1e00, 0x1eff]] as const) {
  for (let code = start; code <= end; code += 1) {
    const letter = String.fromCharCode(code);
    UPPER.set(letter, upperLetterSlow(letter));
  }
}

function upperLetter(letter: string): string {
  return UPPER.get(letter) ?? upperLetterSlow(letter);
}

/** Lower case of each letter of the blocks holding every Vietnamese letter, by code unit: '' where lowering changes the length. */
const LOWER_BY_CODE: readonly string[] = Array.from({ length: 0x1f00 }, (_, code) => {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower : '';
});

/**
 * `word.toLowerCase()` of a word whose letters after the first are lower case already ('Nguyễn'): only the
 * capital is mapped, without the whole-word case mapping (slow for letters beyond Latin-1).
 */
export function lowerCapitalisedWord(word: string): string {
  const lowerFirst = LOWER_BY_CODE[word.charCodeAt(0)];
  return lowerFirst === undefined || lowerFirst === '' ? word.toLowerCase() : lowerFirst + word.slice(1);
}

function capitaliseWord(word: string): string {
  return upperLetter(word.charAt(0)) + word.slice(1);
}

/** Capitalises each syllable of an NFC name; idempotent, never throws. */
export function capitaliseName(text: string): string {
  const wholeLower = text.toLowerCase();
  // Whole-string lowering is the fast path; per character only when some letter changed length.
  // Every character, not only letters: Roman numerals (Ⅰ, category Nl) have a lower case too, and
  // the fast path lowers them; the two paths must agree or capitalising twice differs ('İⅠ').
  const lower = wholeLower.length === text.length ? wholeLower : text.replace(ANY_CHARACTER, lowerLetter);
  if (SIMPLE_WORDS.test(lower)) return lower.split(' ').map(capitaliseWord).join(' ');
  return lower.replace(PART_START, (_match, lead: string, letter: string) => lead + upperLetter(letter));
}
