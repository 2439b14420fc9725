import type { CellValue } from '../../ingest/source-cell.js';
import { accentKey, accentWords, foldKey } from './match-key.js';

/** What an ID cell holds once spacing and labels are removed. */
export type IdCellDigits =
  | { kind: 'blank' }
  /**
   * `fromNumber`: the digits are a number's (a number cell, '2.6090001234E+10', '26090001234.0'),
   * whose leading zeros were dropped when it was stored as a number.
   */
  | { kind: 'digits'; digits: string; fromDetails?: boolean; fromNumber?: boolean }
  /**
   * Scientific notation that lost digits ("2.609E+10"), or 11–12 digits ending in five zeros as
   * such a number is saved again (ROUNDED_ID): the real number is unknowable. ID_DIGITS_LOST's
   * message names both, as the zeros also end one real ID in 100,000.
   */
  | { kind: 'digitsLost' }
  /** A passport ('Hộ chiếu E12345678', 'B1234567'): a foreign spouse's paper, no personal ID. */
  | { kind: 'passport' }
  /**
   * Words and no digit at all ('Đã thu hồi', 'Đã cấp CCCD', 'abc'): no number was typed, so none was typed
   * wrong; the words are no blank either, and an officer may find the number they speak of.
   */
  | { kind: 'noNumber' }
  | { kind: 'malformed' };

/** Separators officers and Excel put inside numbers (incl. thousands commas); removed silently. */
const SEPARATORS = /[\s.,\-‐‑–—_]+/g;
/** "26090001234.0": a float written out by a CSV export; one or two zeros cannot be a digit group. */
const FLOAT_ZERO_FRACTION = /^(\d+)[.,]0{1,2}$/;
/**
 * A number cell formatted with digit grouping and decimals, written out as shown: '26,090,001,234.00'
 * (US) or '26.090.001.234,00' (a Vietnamese-locale Excel: dots group, a comma before the decimals).
 */
const GROUPED_ZERO_FRACTION = /^(\d{1,3}(?:,\d{3})+)\.0{1,2}$|^(\d{1,3}(?:\.\d{3})+),0{1,2}$/;
/** "2.6090001234E+10", "2,6090001234E+10" (Vietnamese decimal comma), "2.6E10", "2.6E+010" (a three-digit exponent). */
const SCIENTIFIC = /^(\d+)(?:[.,](\d*))?e\+?0?(\d{1,2})$/i;
/** A label before the number ("CCCD: 026…", "Số CMND 1234…"): letters, then the digits. */
const LABELLED = /^([^\d]+?)[\s:#.]*(\d[\d\s.,\-‐‑–—_]*)$/u;
/** Folded labels accepted before the number. */
const LABELS: ReadonlySet<string> = new Set([
  'so', 'cccd', 'socccd', 'cmnd', 'socmnd', 'cmt', 'cmtnd', 'socmt', 'socmtnd', 'id', 'no',
  'ddcn', 'soddcn', 'sdd', 'sddcn', 'dinhdanh', 'sodinhdanh', 'sodinhdanhcanhan', 'madinhdanh',
  'madinhdanhcanhan', 'cancuoc', 'socancuoc', 'cancuoccongdan', 'socancuoccongdan', 'chungminhnhandan',
  'sochungminhnhandan', 'cccdso', 'cmndso',
]);
/** Folded words written instead of a number ("không có", "chưa cấp", "x"): same as blank. */
const NONE_WORDS: ReadonlySet<string> = new Set([
  'khong', 'ko', 'k', 'khongco', 'chuaco', 'chuacap', 'chua', 'kc', 'x', 'none', 'null', 'na', 'khongro',
  // Not known, none made yet, or a child too young for a card ('Không nhớ', 'KXĐ', 'K có', 'Chưa được cấp',
  // 'Chưa đủ tuổi', 'Sơ sinh' in a dead infant's row): as blank as 'chưa cấp'.
  'khongnho', 'khongxacdinh', 'chuaxacdinh', 'kxd', 'cxd', 'kco', 'koco', 'khongcoso', 'chualam', 'khonglam',
  'chuaduoccap', 'chuadutuoi', 'chuadentuoi', 'treem', 'sosinh',
]);
/**
 * Folded words saying the paper was lost or never made, with no number ('Mất CMND', 'Đã mất', 'Chưa làm
 * CCCD', 'Không có giấy tờ'): as blank as 'chưa cấp', not a number typed wrong.
 */
const NONE_PHRASE =
  /^(?:(?:da|bi)\s+)?(?:mat|that lac)(?:\s+(?:cmnd|cccd|cmt|can cuoc|giay to|the))?$|^(?:khong co|chua co|chua cap|chua lam|khong)\s+(?:cmnd|cccd|cmt|can cuoc(?:\s+cong dan)?|giay to(?:\s+tuy than)?|so dinh danh)$/;
const ANY_DIGIT = /\d/;
const MAX_ID_TEXT = 80;
/** 'Hộ chiếu …', 'HC số …', 'Passport …' (folded). */
const PASSPORT_LABEL = /^(?:so )?(?:ho chieu|hc|passport|pp)\b/;
/** An identity card or personal ID named in the cell (folded). */
const ID_CARD_WORD = /\b(?:cmnd|cccd|can cuoc|dinh danh|chung minh)\b/;
/** A passport number on its own: one or two letters, then digits (Vietnam B1234567, China E12345678). */
const PASSPORT_NUMBER = /^[A-Z]{1,2}\d{6,9}$/;
const WHITESPACE = /\s+/g;
const ALL_ZEROS = /^0+$/;
const DIGITS = /^\d+$/;
/** The longest number an ID cell may hold: the 12-digit personal ID. */
const MAX_ID_DIGITS = 12;
/** Two runs of digits with something between them. */
const SEPARATE_RUNS = /\d\D+\d/;

/**
 * The digits of an ID cell. Number cells give their integer digits (Excel already dropped any
 * leading zero; the caller restores it), marked `fromNumber` like a number written out as text
 * ('2.6090001234E+10', '26090001234.0'). Text loses spaces, dots and dashes, an Excel text-marker
 * apostrophe and a label; placeholders ("không có", "0", "000000000") count as blank.
 */
export function readIdDigits(value: CellValue): IdCellDigits {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return { kind: 'malformed' };
    return value === 0 ? { kind: 'blank' } : digitsOrLost(String(value), true);
  }
  if (typeof value !== 'string') return { kind: 'malformed' };
  // No ID cell is longer; the cap also bounds the regexes' backtracking on pathological text.
  if (value.length > MAX_ID_TEXT) return { kind: 'malformed' };
  // Most cells are plain ASCII digits, which every step below leaves as they are.
  if (DIGITS.test(value)) return ALL_ZEROS.test(value) ? { kind: 'blank' } : digitsOrLost(value, false);
  // NFKC turns full-width digits (０２６…) into ASCII ones.
  let text = value.normalize('NFKC').trim().replace(/^['’‘`]/, '');
  const labelled = LABELLED.exec(text);
  if (labelled?.[1] !== undefined && labelled[2] !== undefined && LABELS.has(foldKey(labelled[1]))) text = labelled[2];
  if (accentKey(text) === '' || NONE_WORDS.has(foldKey(text))) return { kind: 'blank' };
  // Before removing dots: in "2.6090001234E+10" the dot is the decimal point.
  const scientific = SCIENTIFIC.exec(text.replace(WHITESPACE, ''));
  if (scientific) return fromScientific(scientific[1] ?? '', scientific[2] ?? '', Number(scientific[3]));
  const squeezed = text.replace(WHITESPACE, '');
  const float = FLOAT_ZERO_FRACTION.exec(squeezed);
  const grouped = float === null ? GROUPED_ZERO_FRACTION.exec(squeezed) : null;
  const compact = float?.[1] ?? (grouped?.[1] ?? grouped?.[2] ?? squeezed).replace(SEPARATORS, '');
  if (DIGITS.test(compact)) {
    // More digits than any ID, in runs apart: two numbers ('135123456 026090001234', a CMND and the
    // ID beside it; one number typed twice), not one number spaced out.
    if (compact.length > MAX_ID_DIGITS && float === null && grouped === null && SEPARATE_RUNS.test(text)) return numberAmongDetails(text);
    return ALL_ZEROS.test(compact) ? { kind: 'blank' } : digitsOrLost(compact, float !== null || grouped !== null);
  }
  const folded = accentWords(text).map(foldKey).join(' ');
  if (!ANY_DIGIT.test(text) && NONE_PHRASE.test(folded)) return { kind: 'blank' };
  // A passport named as such, beside no identity card: its digits are no CMND however many they are.
  if (PASSPORT_LABEL.test(folded) && !ID_CARD_WORD.test(folded)) return { kind: 'passport' };
  if (!ANY_DIGIT.test(text)) return { kind: 'noNumber' };
  const among = numberAmongDetails(text);
  return among.kind === 'malformed' && PASSPORT_NUMBER.test(compact.toUpperCase()) ? { kind: 'passport' } : among;
}

/**
 * A personal ID of 11–12 digits ending in five zeros was rounded by Excel: a number shown as
 * '2.6216E+10' and saved again keeps only the digits shown (26216000000). The last six digits
 * are random (DOMAIN.md §2.1): five zeros end one real ID in 100,000, and every rounded one.
 */
const ROUNDED_ID = /^\d{6,7}0{5}$/;

function digitsOrLost(digits: string, fromNumber: boolean): IdCellDigits {
  if (ROUNDED_ID.test(digits)) return { kind: 'digitsLost' };
  return fromNumber ? { kind: 'digits', digits, fromNumber } : { kind: 'digits', digits };
}

/** A run of digits, possibly grouped by spaces or dots ('135 123 456', '026.090.000.123'); dates break at '/'. */
const DIGIT_GROUP = /\d+(?:[ .]\d+)*/g;
const DIGIT_RUN = /\d+/g;

/**
 * The one ID number in a cell that also holds the document's issuing details, as
 * the identity-paper columns of marriage and death books do ('CMND số 135123456 do
 * CA Vĩnh Phúc cấp ngày 12/5/2005', 'CCCD 026090000123, cấp 10/10/2021'): the one
 * 12-digit number if there is one (the personal ID, preferred over a CMND written
 * beside it), else the one 9-digit number. Anything else stays malformed.
 */
function numberAmongDetails(text: string): IdCellDigits {
  // Grouped runs, and each run alone: '135123456 12/5/2005' groups the number with the day.
  const numbers = [...(text.match(DIGIT_GROUP) ?? []).map((group) => group.replace(/[ .]/g, '')), ...(text.match(DIGIT_RUN) ?? [])];
  for (const length of [12, 9]) {
    const found = new Set(numbers.filter((digits) => digits.length === length));
    const [digits] = found;
    if (found.size === 1 && digits !== undefined && !ALL_ZEROS.test(digits)) return { kind: 'digits', digits, fromDetails: true };
    if (found.size > 1) return { kind: 'malformed' };
  }
  return { kind: 'malformed' };
}

/** Mantissa digits shifted by the exponent; fewer mantissa digits than places = rounded display. */
function fromScientific(integerPart: string, fraction: string, exponent: number): IdCellDigits {
  if (fraction.length > exponent) return { kind: 'malformed' };
  if (fraction.length < exponent) return { kind: 'digitsLost' };
  const digits = `${integerPart}${fraction}`.replace(/^0+/, '');
  return digits === '' ? { kind: 'blank' } : { kind: 'digits', digits, fromNumber: true };
}
