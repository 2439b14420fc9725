/**
 * Text in date cells (CSV, or text-formatted Excel cells): numeric text goes
 * the number way with a few text-only rules, everything else is folded,
 * stripped of its markers, split into fields and given roles.
 */
import { ok, type Normalized } from '../finding.js';
import { compactDateOrNull } from './compact-date.js';
import { dateVi } from './date-vi.js';
import { parsePartialDate } from './partial-date.js';
import { extractDateMarkers, type DateMarkers } from './date-markers.js';
import { DATE_CODES } from './date-finding-codes.js';
import { splitDateFields, type DateField } from './date-fields.js';
import { assignRoles, yearOnly, type RawDate } from './field-roles.js';
import { foldDateText } from './fold-date-text.js';
import { digitsForLookalikes } from './lookalike-digits.js';
import { readNumber } from './read-number.js';
import { withRomanMonth } from './roman-month.js';
import { withSpacedYearJoined } from './spaced-year.js';
import { withExtraZeroDropped } from './extra-zero.js';
import { latestCycleYear } from './sexagenary-year.js';
import { failure, resolveDate, unknownDate, type ResolveContext } from './resolve-date.js';

/** Longer cells are notes, not dates; also bounds the regex work per cell. */
const MAX_DATE_TEXT_LENGTH = 120;
/** One underscore between two figures: a separator. */
const UNDERSCORE_SEPARATOR = /\d\s*_\s*\d/;
const UNDERSCORE_SEPARATORS = /(?<=\d)\s*_\s*(?=\d)/g;
/** Excel's display of a date too wide for its column, as 'Save as CSV' writes it: '#' only, 3 or more. */
const TOO_NARROW = /^#{3,}$/;
const HASH = 0x23;
/**
 * A serial typed or pasted as text ('42928' in a '@' cell) carries no date system: it was
 * copied from a Windows workbook or export, which counts in the 1900 system. Only a numeric
 * cell is counted by its own workbook's date1904 flag (ECMA-376 part 1 §18.17.4.1).
 */
const TEXT_DATE_SYSTEM_1904 = false;
const NUMERIC_TEXT = /^(\d+)(?:[.,](\d+))?$/;
const ZEROS = /^0+$/;
/**
 * A year shown with a thousands separator ('1.965' in Vietnamese, '1,965' in US English): a year typed in a
 * number cell formatted '#,##0', exported as shown. Four digits only; read as the year.
 */
const GROUPED_YEAR = /^([12])[.,](\d{3})$/;
/** Digits and separators only: nothing to fold and no marker words. */
const PLAIN_ASCII_DATE = /^[\d /.-]+$/;
/**
 * The shapes most cells have, read without folding or tokenizing (hot path; each gives the RawDate
 * the general reader gives): 'd/m/yyyy' or 'd/m/yy' with one separator kind, spaces around it or
 * not ('05 / 03 / 1990'); ISO; 'm/yyyy'; and a day-first date after the day's label ('Ngày 5/3/1990',
 * 'ngày 5 tháng 3 năm 1990'), whose order is then no longer the fields' positions only. Only ASCII
 * spaces and digits and precomposed letters: anything else goes the general way.
 */
const COMMON_DAY_FIRST = /^(\d{1,2}) *([/.-]) *(\d{1,2}) *\2 *(\d{4}|\d{2})$/;
const COMMON_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMMON_MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;
const LABELLED_DAY_FIRST = /^[Nn]gày (\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const LABELLED_IN_WORDS = /^[Nn]gày (\d{1,2}) tháng (\d{1,2}) năm (\d{4}|\d{2})$/;

function zeroAsUnknown(digits: string | undefined): number | null {
  const value = Number(digits);
  return value === 0 ? null : value;
}

/** A day-first date's fields as assignRoles reads them: '0000' is no year, nor '00' when the day and month are unknown too. */
function dayFirst(dayDigits: string | undefined, monthDigits: string | undefined, yearDigits: string, positionOnly: boolean): RawDate {
  const day = zeroAsUnknown(dayDigits);
  const month = zeroAsUnknown(monthDigits);
  const year = Number(yearDigits);
  const unknownYear = year === 0 && (yearDigits.length === 4 || (month === null && day === null));
  return { year: unknownYear ? null : year, yearDigits: yearDigits.length, month, day, orderFromPositionOnly: positionOnly, dayMonthAlternative: false };
}

function readCommonShape(text: string): RawDate | null {
  const first = text.charCodeAt(0);
  // Digits first, or the label's 'N'/'n' (0x4e / 0x6e): a cheap test before any regex.
  if (first === 0x4e || first === 0x6e) {
    const numeric = LABELLED_DAY_FIRST.exec(text);
    if (numeric !== null) return dayFirst(numeric[1], numeric[3], numeric[4] ?? '', false);
    const words = LABELLED_IN_WORDS.exec(text);
    return words === null ? null : dayFirst(words[1], words[2], words[3] ?? '', false);
  }
  const plain = COMMON_DAY_FIRST.exec(text);
  if (plain !== null) {
    const [, day, , month, year = ''] = plain;
    return dayFirst(day, month, year, true);
  }
  const iso = COMMON_ISO.exec(text);
  if (iso !== null) {
    const [, year, month, day] = iso;
    return { year: zeroAsUnknown(year), yearDigits: 4, month: zeroAsUnknown(month), day: zeroAsUnknown(day), orderFromPositionOnly: false, dayMonthAlternative: false };
  }
  const monthYear = COMMON_MONTH_YEAR.exec(text);
  if (monthYear === null) return null;
  const [, month, year] = monthYear;
  return { year: zeroAsUnknown(year), yearDigits: 4, month: zeroAsUnknown(month), day: null, orderFromPositionOnly: false, dayMonthAlternative: false };
}

/**
 * Numeric text: 2 digits are a two-digit year ('75'), 4 a year (typed, so
 * '7531' is a mistyped year, not a serial of 1920), 5 an Excel serial
 * ('32937', '32937.0' — text exported from a serial column), 6–8 a compact
 * date (compact-date.ts). 1 and 3 digits fall through to the field reader,
 * which rejects them. Short numbers with decimals ('5.3', '12.5') are day.month, not serials.
 */
function readNumericText(text: string, context: ResolveContext): Normalized<string | null> | null {
  const match = NUMERIC_TEXT.exec(text);
  if (match === null) return null;
  const [, integerPart = '', fraction] = match;
  const width = integerPart.length;
  const grouped = GROUPED_YEAR.exec(text);
  if (grouped !== null) return resolveDate(yearOnly(Number(`${grouped[1]}${grouped[2]}`), 4), {}, context);
  // Five digits are a serial exported as text, so at least 10000 ('00031' is no serial
  // anyone exported, and a year column would otherwise read it as '31').
  if (width === 5 && Number(integerPart) < 10_000) return failure(DATE_CODES.unparseable);
  if (fraction !== undefined && !ZEROS.test(fraction)) {
    return width === 5 ? readNumber(Number(`${integerPart}.${fraction}`), TEXT_DATE_SYSTEM_1904, context, false) : null;
  }
  if (width === 2 && fraction === undefined) return resolveDate(yearOnly(Number(integerPart), 2), {}, context);
  if (width === 4) return resolveDate(yearOnly(Number(integerPart), 4), {}, context);
  if (width === 5) return readNumber(Number(integerPart), TEXT_DATE_SYSTEM_1904, context, false);
  if (width >= 6 && width <= 8) return compactDateOrNull(integerPart, context) ?? failure(DATE_CODES.unparseable);
  return null;
}

/**
 * A numeric date with letters typed for digits ('05/03/199O'), read with the digits and
 * noted; null when the cell is no such date or the digits make no date (left to the field reader).
 */
function readLookalikeDigits(text: string, context: ResolveContext): Normalized<string | null> | null {
  const fixed = digitsForLookalikes(text);
  if (fixed === null) return null;
  const read = readText(fixed, context);
  if (read.value === null) return null;
  const note = { code: DATE_CODES.letterAsDigit, from: context.source, to: read.value, params: { digits: fixed, result: dateVi(read.value) } };
  return ok(read.value, [note, ...read.findings]);
}

/**
 * The fields of a date whose year is named in the sexagenary cycle ('ngày 15 tháng Giêng năm Ất
 * Sửu', 'Canh Tý'), that year being the latest of its name not after the registration year (as a
 * two-digit year's century: twoDigitLimit). Null when the fields give a year of their own (the name
 * is then a gloss: '1900 (Canh Tý)') or hold no date.
 */
function withCycleYear(fields: DateField[], markers: DateMarkers & { cycleYear: number }, context: ResolveContext): RawDate | null {
  const raw = fields.length === 0 ? null : assignRoles(fields);
  if (raw !== null && raw.year !== null) return null;
  const year = cycleYearNear(markers.cycleYear, markers.cycleGlossYear) ?? latestCycleYear(markers.cycleYear, context.twoDigitLimit());
  return raw === null ? yearOnly(year, 4) : { ...raw, year, yearDigits: 4 };
}

/**
 * The year of that cycle name the bracketed figures give ('năm Canh Thìn (1940)' → 1940): the year itself,
 * or the one before it (a solar year written for a date of the lunar year's last months, 'tháng Chạp năm
 * Canh Thìn (1941)'). Null without figures, or when they name another year: the cycle name is then read
 * as without them.
 */
function cycleYearNear(cycleYear: number, glossYear: number | undefined): number | null {
  if (glossYear === undefined) return null;
  const year = latestCycleYear(cycleYear, glossYear);
  return glossYear - year <= 1 ? year : null;
}

/** A date whose year was typed with a space inside it ('19 78', '5/3/19 78'), read joined and noted; null when it is none. */
function readSpacedYear(text: string, context: ResolveContext): Normalized<string | null> | null {
  const joined = withSpacedYearJoined(text);
  if (joined === null) return null;
  const read = readText(joined, context);
  if (read.value === null) return null;
  const note = { code: DATE_CODES.yearSpaceJoined, from: context.source, to: read.value, params: { joined, result: dateVi(read.value) } };
  return ok(read.value, [note, ...read.findings]);
}

/** A date with a zero typed before its day, month or year ('010/02/1949'), read without it and warned of; null when it is none. */
function readExtraZero(text: string, context: ResolveContext): Normalized<string | null> | null {
  const fixed = withExtraZeroDropped(text);
  if (fixed === null) return null;
  const read = readText(fixed, context);
  // '10/020/1949' read 1949-10-20 only by taking 20 for the day as well: one guess on another, when 02 with a
  // zero typed twice is as likely. The zero dropped must leave a day/month/year date as it stands.
  if (read.value === null || read.findings.some((finding) => finding.code === DATE_CODES.monthFirst)) return null;
  return ok(read.value, [{ code: DATE_CODES.extraZeroDropped, params: { fixed, result: dateVi(read.value) } }, ...read.findings]);
}

/** A date cell's text; a serial in it is read in the 1900 system whatever the workbook's (TEXT_DATE_SYSTEM_1904). */
export function readText(value: string, context: ResolveContext): Normalized<string | null> {
  const trimmed = value.trim();
  // The date is in the workbook, only not in this export: no clerk's typo to report as unreadable.
  if (trimmed.charCodeAt(0) === HASH && TOO_NARROW.test(trimmed)) return ok(null, [{ code: DATE_CODES.columnTooNarrow }]);
  if (trimmed.length > MAX_DATE_TEXT_LENGTH) return failure(DATE_CODES.unparseable);
  // '5_3_1985': underscores typed for the separators (a run of them is a blank to fill: '__/__/1985').
  if (trimmed.includes('_') && UNDERSCORE_SEPARATOR.test(trimmed)) return readText(trimmed.replace(UNDERSCORE_SEPARATORS, '/'), context);
  const common = readCommonShape(trimmed);
  if (common !== null) return resolveDate(common, {}, context);
  const numeric = readNumericText(trimmed, context);
  if (numeric !== null) return numeric;

  const spaced = readSpacedYear(trimmed, context);
  if (spaced !== null) return spaced;
  const padded = readExtraZero(trimmed, context);
  if (padded !== null) return padded;

  const roman = withRomanMonth(trimmed);
  if (roman !== trimmed) return readText(roman, context);

  const plain = PLAIN_ASCII_DATE.test(trimmed);
  if (!plain) {
    const lookalike = readLookalikeDigits(trimmed, context);
    if (lookalike !== null) return lookalike;
  }
  const markers = plain
    ? { text: trimmed.replace(/\s+/g, ' '), approximate: false, lunar: false, leapMonth: false, unknown: false, timeDropped: false }
    : extractDateMarkers(foldDateText(trimmed));
  const fields = splitDateFields(markers.text);
  if (fields === null || fields.length > 3) return unreadOrUndetermined(trimmed, failure(DATE_CODES.unparseable));
  if (markers.cycleYear !== undefined) {
    const dated = withCycleYear(fields, { ...markers, cycleYear: markers.cycleYear }, context);
    if (dated !== null) return resolveDate(dated, { ...markers, lunar: true }, context);
  }
  // Only labels, separators, placeholders or an explicit 'không rõ': the date is unknown.
  if (fields.every((field) => field.digits === null)) {
    // 'năm Hợi': the branch that is also a filler word ('hồi', at) left nothing to read.
    return markers.age === true ? ok(null, [{ code: DATE_CODES.ageOnly }]) : unreadOrUndetermined(trimmed, unknownDate(context.source));
  }
  const raw = assignRoles(fields);
  if (raw === null) return unreadOrUndetermined(trimmed, failure(DATE_CODES.unparseable));
  const read = resolveDate(raw, markers, context);
  // A weekday that is not the date's means one of the two was mistyped: left unread for the officer.
  if (markers.weekday !== undefined && read.value !== null && !isWeekdayOf(read.value, markers.weekday)) return failure(DATE_CODES.unparseable);
  // '1945-46': the second year cut to its last two digits reads as no month (DATE_IMPOSSIBLE); '1945-11' is a month.
  if (read.value === null && SHORT_RANGE_END.test(trimmed)) return unreadOrUndetermined(trimmed, read);
  return read;
}

/**
 * A birth year told only by its branch of the twelve ('tuổi Ngọ', 'năm Ngọ': one year in twelve, which the
 * row cannot tell) or as two years close together ('1945-1946', '1945 hoặc 1946', 'từ 1945 đến 1946'): no one
 * year is written, and taking one would be a guess. Tried only on a cell about to be unreadable.
 */
const BRANCH_ONLY = /^(?:(?:tuổi|năm|sinh năm)\s+)?(?:tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)$/u;
/** The same typed without marks; not 'dau', which is also 'đầu' (the beginning: 'đầu năm'). */
const BRANCH_ONLY_UNMARKED = /^(?:(?:tuoi|nam|sinh nam)\s+)?(?:ty|ti|suu|dan|mao|meo|thin|ngo|mui|than|tuat|hoi)$/;
const YEAR_RANGE = /^(?:(?:khoang|tu)\s+)?(?:nam\s+)?(\d{4})\s*(?:-|\/|hoac|hay|den|toi)\s*(?:nam\s+)?(\d{4}|\d{2})$/;
/** A cell ending in a figure of two digits after a dash or a slash ('1945-46'): maybe a second year so cut. */
const SHORT_RANGE_END = /\d{4}\s*[-–/]\s*\d{2}$/;
/** The widest range read as one uncertain year rather than as two values ('1924-2010', a lifespan, is not). */
const MAX_YEAR_RANGE = 10;

/** The cell's warning (DATE_YEAR_UNDETERMINED, value left empty) when it names no one year, else the reading given. */
function unreadOrUndetermined(trimmed: string, unread: Normalized<string | null>): Normalized<string | null> {
  const lower = trimmed.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (BRANCH_ONLY.test(lower) || BRANCH_ONLY_UNMARKED.test(lower)) return ok(null, [{ code: DATE_CODES.yearUndetermined }]);
  const folded = foldDateText(trimmed);
  const range = YEAR_RANGE.exec(folded);
  if (range !== null) {
    // '1945-46': the second year written by its last two digits, in the first one's century.
    const second = range[2]!.length === 2 ? Number(range[1]!.slice(0, 2) + range[2]) : Number(range[2]);
    const gap = second - Number(range[1]);
    if (gap >= 1 && gap <= MAX_YEAR_RANGE) return ok(null, [{ code: DATE_CODES.yearUndetermined }]);
  }
  return unread;
}

/** Whether a full ISO date ('1990-03-05') falls on `weekday` (0 = Sunday); a month or a year alone has no weekday. */
function isWeekdayOf(iso: string, weekday: number): boolean {
  const date = parsePartialDate(iso);
  if (date?.day === undefined || date.month === undefined) return false;
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() === weekday;
}
