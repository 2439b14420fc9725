import type { CellValue } from '../../ingest/source-cell.js';
import { ok, type Normalized } from '../finding.js';
import { cellDisplayText } from './cell-text.js';
import { precomputeCleanSpellings } from './clean-spellings.js';
import { readWithTelex } from './telex-spelled.js';
import { wholeNumberWrittenAsFloat } from './float-written.js';
import { accentKey, accentWords, foldKey, MAX_CODED_TEXT } from './match-key.js';

export type Sex = 'male' | 'female';

/**
 * Numeric codes: QCVN 109:2017 GioiTinh 1 = Nam (DOMAIN.md §2.3); 2 = female follows
 * ISO/IEC 5218 (0 = not known, 1 = male, 2 = female, 9 = not applicable). 0 and 9 are refused:
 * 0 is also "female" in the boolean "is male" convention of some spreadsheets, 9 is no sex.
 */
const NUMERIC_CODES: ReadonlyMap<number, Sex> = new Map([
  [1, 'male'],
  [2, 'female'],
]);

/** Whole-cell phrases (fold keys) that are not a sequence of single sex words. */
const PHRASES: ReadonlyMap<string, Sex> = new Map([
  ['danong', 'male'],
  ['danba', 'female'],
  ['phunu', 'female'],
]);

/** Single words (fold keys). Folding also accepts mis-toned "Nư", "Nứ" for Nữ. */
const WORDS: ReadonlyMap<string, Sex> = new Map([
  ['nam', 'male'],
  ['trai', 'male'],
  ['m', 'male'],
  ['male', 'male'],
  ['man', 'male'],
  ['boy', 'male'],
  ['nu', 'female'],
  ['gai', 'female'],
  ['f', 'female'],
  // A narrow column's initials: T = trai, G = gái (as M/F are male/female).
  ['t', 'male'],
  ['g', 'female'],
  ['female', 'female'],
  ['woman', 'female'],
  ['girl', 'female'],
]);

/**
 * Titles a death book's sex column may hold instead of the sex ('Ông', 'Bà', 'Cụ ông', 'Cụ bà'), with their marks
 * only: folded, 'ba' is also 'ba' (three) or 'bá', 'ong' a bee.
 */
const TITLE_WORDS: ReadonlyMap<string, Sex> = new Map([
  ['ông', 'male'],
  ['bà', 'female'],
]);
const TITLE_FILLER = 'cụ';

/** Words that only frame the value: "con trai", "bé gái", "Giới tính: Nam", "GT: Nữ", "trai (sinh đôi)", "Nữ - song sinh". */
const FILLER_WORDS: ReadonlySet<string> = new Set(['con', 'be', 'chau', 'gioi', 'tinh', 'gt', 'la', 'sinh', 'doi', 'song']);

/**
 * Fold keys (filler words left out) of a cell saying the sex is not known: 'không rõ', 'chưa rõ',
 * 'không xác định', 'x' — the none markers names and IDs accept (NONE_MARKERS, personal-id-digits.ts).
 * Sex is required by no register (a blank cell loads as null), so such a cell is not a rejection.
 */
const NOT_KNOWN_KEYS: ReadonlySet<string> = new Set([
  'khongro', 'chuaro', 'kro', 'kr', 'khongbiet', 'chuabiet', 'khongxacdinh', 'chuaxacdinh', 'kxd', 'khong', 'ko', 'k', 'x', 'xx', 'xxx', 'na',
]);

const INTEGER_TEXT = /^\d{1,3}$/;

const unknownSex = (): Normalized<Sex | null> => ok(null, [{ code: 'SEX_UNKNOWN' }]);
const notKnownSex = (): Normalized<Sex | null> => ok(null, [{ code: 'SEX_NOT_KNOWN' }]);

/**
 * Sex from one cell. Blank → null without finding; a cell saying it is not known ('?', 'không rõ',
 * 'x') → null + SEX_NOT_KNOWN (warning); unreadable → null + SEX_UNKNOWN (error).
 */
export function normalizeSex(value: CellValue): Normalized<Sex | null> {
  const clean = typeof value === 'string' ? CLEAN_SPELLINGS.get(value) : undefined;
  return clean === undefined ? readWithTelex(value, readSex(value), readSex) : ok(clean);
}

function readSex(value: CellValue): Normalized<Sex | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') return sexFromCode(value);
  if (typeof value !== 'string' || value.length > MAX_CODED_TEXT) return unknownSex();
  // '1.0': the code of a number column a CSV export wrote as a float, not the digits 1 and 0.
  const floatCode = wholeNumberWrittenAsFloat(value);
  if (floatCode !== null) return sexFromCode(Number(floatCode));
  const typed = accentWords(value);
  // Punctuation only: a dash or dots are a blank left on purpose; a question mark ('?', '(?)') is not.
  if (typed.length === 0) return value.includes('?') || value.includes('？') ? notKnownSex() : ok(null);
  const words = withoutBirthOrder(typed);
  if (words.length === 0) return unknownSex();
  const whole = words.join('');
  if (INTEGER_TEXT.test(whole)) return sexFromCode(Number(whole));
  const phrase = PHRASES.get(foldKey(whole));
  if (phrase) return ok(phrase);
  let sex: Sex | null = null;
  let unreadable = false;
  let framed = '';
  for (const word of words) {
    const folded = foldKey(word);
    if (FILLER_WORDS.has(folded) || word === TITLE_FILLER) continue;
    framed += folded;
    const wordSex = WORDS.get(folded) ?? TITLE_WORDS.get(word);
    // An unknown word, or both sexes in one cell ("Nam/Nữ", an unfilled template), is unreadable.
    if (wordSex === undefined || (sex !== null && sex !== wordSex)) unreadable = true;
    else sex = wordSex;
  }
  if (unreadable || sex === null) return NOT_KNOWN_KEYS.has(framed) ? notKnownSex() : unknownSex();
  return ok(sex);
}

/** Ordinals after 'thứ' (marks kept, and folded for a cell typed without them): 'con thứ 2', 'trai thứ hai'. */
const ORDINALS: ReadonlySet<string> = new Set([
  'nhất', 'nhì', 'hai', 'ba', 'bốn', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười',
  'nhat', 'nhi', 'bon', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi',
]);
/** Birth-order words that stand alone: 'con gái đầu (lòng)', 'Gái út', 'con trai cả', 'con trai trưởng', 'con nuôi'. */
const ORDER_WORDS: ReadonlySet<string> = new Set(['đầu', 'lòng', 'út', 'cả', 'trưởng', 'nuôi']);

/**
 * The words of a sex cell without the child's place among its siblings, which clerks write beside
 * the sex ('Nam (con thứ 2)', 'con trai thứ hai', 'Gái út'): an ordinal after 'thứ' is read as one
 * (so 'Nữ, con thứ năm' keeps no 'năm' to fold to Nam), and the order words are set aside.
 */
function withoutBirthOrder(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const next = words[index + 1];
    if ((word === 'thứ' || word === 'thu') && next !== undefined && (/^\d{1,2}$/.test(next) || ORDINALS.has(next))) index += 1;
    else if (!ORDER_WORDS.has(word)) kept.push(word);
  }
  return kept;
}

/** The sex a numeric code gives a book with no legend of its own (NUMERIC_CODES), or null. */
export function sexOfNumericCode(code: number): Sex | null {
  return NUMERIC_CODES.get(code) ?? null;
}

function sexFromCode(code: number): Normalized<Sex | null> {
  const sex = NUMERIC_CODES.get(code);
  return sex ? ok(sex) : unknownSex();
}

const CLEAN_SPELLINGS = precomputeCleanSpellings(
  ['Nam', 'Nữ', 'Trai', 'Gái', 'Con trai', 'Con gái', 'M', 'F', 'Male', 'Female', '1', '2'],
  readSex,
);

// ---- Registers with two columns "Nam" | "Nữ" ----

/** 'other': the other sex's word typed in the column ('Nữ' under Nam), which states that sex. */
type Mark = 'marked' | 'blank' | 'unreadable' | 'other';

/**
 * Tick symbols as typed, plus the Wingdings glyphs that Excel stores as plain letters when a
 * tick is inserted with that font: ü = check mark, þ = checked box, û = cross, ý = boxed cross.
 * In a "mark the right column" layout a cross marks the column just like a tick. A row
 * typed in a legacy font has its cells decoded before they get here: those glyphs then
 * arrive as the letters TCVN3 gives them (û ü þ → ỷ ỹ ỵ) or CP1258 (ý þ → ư ₫); a lone
 * such letter in a tick column is still the tick.
 */
const MARK_SYMBOLS: ReadonlySet<string> = new Set([
  '✓', '✔', '√', '☑', '✅', '✗', '✘', '☒', '×', '+', '*', '•', '●', '■', '▪', '◼', '★', 'ü', 'þ', 'û', 'ý',
  'ỷ', 'ỹ', 'ỵ', 'ư', '₫',
]);
/** A tick symbol that is also a clerk's blank mark elsewhere ('*'): in a Nam | Nữ column it marks the column. */
export function isTickSymbol(text: string): boolean {
  return MARK_SYMBOLS.has(text.trim());
}

/** An empty box drawn in the cell is no mark. */
const EMPTY_BOXES: ReadonlySet<string> = new Set(['☐', '□', '◻']);
/** Dashes, dots, slashes and underscores only: the cell was left blank on purpose. */
const BLANK_PUNCTUATION = /^[-–—_./\\]+$/;
/** Fold keys meaning "marked" ("x", "X", "v", "1", "có"; the cross typed twice, "xx", a slip of the key). */
const MARK_WORDS: ReadonlySet<string> = new Set(['x', 'xx', 'v', '1', 'co', 'yes']);
/** Fold keys meaning "not marked" ("0", "không", "ko"); punctuation-only cells ("-") are blank too. */
const NO_MARK_WORDS: ReadonlySet<string> = new Set(['0', 'khong', 'ko', 'k', 'no']);
/** 1 or 0 with leading zeros, as a flag column exported from a database writes them. */
const FLAG_DIGITS = /^0+[01]$/;
/** Two letters or more: a word, not a lone letter ('F', 'x'). */
const TWO_LETTERS = /\p{L}[^]*\p{L}/u;

/**
 * Sex from a register with two columns "Nam" | "Nữ" where one is ticked. Both ticked →
 * SEX_CONFLICTING_MARKS (error); neither → null; a cell that is neither a tick nor blank nor a
 * sex's word → SEX_UNKNOWN (error). The other sex's word typed in a column ('Nữ' under Nam), the
 * other column blank, is that sex (SEX_WORD_IN_OTHER_COLUMN, a note): the typist wrote the answer
 * instead of ticking.
 */
export function sexFromSplitColumns(male: CellValue, female: CellValue): Normalized<Sex | null> {
  const maleMark = readMark(male, 'male');
  const femaleMark = readMark(female, 'female');
  const params = { male: cellDisplayText(male), female: cellDisplayText(female) };
  if (maleMark === 'marked' && femaleMark === 'marked') {
    return ok(null, [{ code: 'SEX_CONFLICTING_MARKS', params }]);
  }
  if (maleMark === 'unreadable' || femaleMark === 'unreadable') {
    return ok(null, [{ code: 'SEX_UNKNOWN', params }]);
  }
  // The sex's word typed alone in the other sex's column ('Nữ' under Nam, the Nữ cell blank): the typist wrote the
  // answer instead of ticking, and the word says the sex. Beside anything in the other cell ('x' | 'Nam') the row
  // may be shifted: unknown.
  if (maleMark === 'other' && femaleMark === 'blank') return ok('female', [{ code: 'SEX_WORD_IN_OTHER_COLUMN', params }]);
  if (femaleMark === 'other' && maleMark === 'blank') return ok('male', [{ code: 'SEX_WORD_IN_OTHER_COLUMN', params }]);
  if (maleMark === 'other' || femaleMark === 'other') return ok(null, [{ code: 'SEX_UNKNOWN', params }]);
  if (maleMark === 'marked') return ok('male');
  if (femaleMark === 'marked') return ok('female');
  return ok(null);
}

function readMark(cell: CellValue, columnSex: Sex): Mark {
  if (cell === null) return 'blank';
  if (typeof cell === 'boolean') return cell ? 'marked' : 'blank';
  if (typeof cell === 'number') {
    if (cell === 1) return 'marked';
    return cell === 0 ? 'blank' : 'unreadable';
  }
  if (typeof cell !== 'string') return 'unreadable';
  const text = cell.trim();
  if (MARK_SYMBOLS.has(text)) return 'marked';
  if (text === '' || EMPTY_BOXES.has(text) || BLANK_PUNCTUATION.test(text)) return 'blank';
  const key = foldKey(text);
  if (MARK_WORDS.has(key)) return 'marked';
  if (NO_MARK_WORDS.has(key)) return 'blank';
  // A tick typed as a number with a leading zero ('01', '00'): a flag, not the sex code 1 = Nam.
  if (FLAG_DIGITS.test(key)) return Number(key) === 1 ? 'marked' : 'blank';
  // Any other symbol is not a mark we know: the officer must look (never a silent blank).
  if (accentKey(text) === '') return 'unreadable';
  // The column's own word ("Nam" in the Nam column) marks it; the other sex's word is a contradiction.
  const written = normalizeSex(text).value;
  if (written === columnSex) return 'marked';
  // The other sex's word ('Nữ', 'nam', 'gái'), not a code ('2') nor a letter ('F') that may be a mark of its own.
  return written !== null && TWO_LETTERS.test(text) ? 'other' : 'unreadable';
}
