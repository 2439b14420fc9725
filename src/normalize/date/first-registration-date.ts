/**
 * The first registration's date a re-registration's remarks give (đăng ký lại, DOMAIN.md §3.3):
 * 'đăng ký lần đầu ngày 20/01/2005', 'ĐK lần đầu: 20-1-2005', 'đã đăng ký khai sinh ngày
 * 12/3/2010', 'Đã ĐK ngày 12/05/1990 tại UBND xã …'; not 'đã đăng ký lại ngày …', the
 * re-registration's own date. Day first (DOMAIN.md §5). One reading for the re-registration
 * check (validate/re-registration.ts) and for deduplication (dedup/specs/marriage.ts).
 */
import { foldedKey } from '../name/name-keys.js';
import { daysInMonth } from './calendar.js';
import { formatPartialDate } from './partial-date.js';

/**
 * A document's number, not the first entry's: 'QĐ số 12/QĐ-UBND ngày 05/6/2018', 'theo CV số 15/UBND ngày …',
 * whose date is the decision's or the letter's.
 */
const DOCUMENT_BEFORE = String.raw`(?<!\b(?:qd|quyet dinh|cv|cong van|van ban|tb|thong bao)\s*)`;
const DOCUMENT_CODE = String.raw`(?!qd|ubnd|cv\b)`;

/**
 * On folded text (no marks, lower case): the words that introduce the first registration, then its date
 * within 40 non-digits, or after the first entry's number ('lần đầu số 12 ngày 20/5/1970', 'số 12/1970';
 * not a decision's or a letter's number: DOCUMENT_BEFORE, DOCUMENT_CODE).
 * The date in figures or in words ('ngày 15 tháng 2 năm 2010', DOMAIN.md §5).
 */
const FIRST_REGISTRATION = new RegExp(
  String.raw`\b(?:lan dau|dau tien|da dang k[iy](?! lai)|da dk(?! lai))\b\D{0,40}?` +
    String.raw`(?:${DOCUMENT_BEFORE}\bso\s*:?\s*\d+(?:\/\d+)?(?:${DOCUMENT_CODE}\D){1,20}?)?` +
    String.raw`\b(\d{1,2})(?:\s*[/.-]\s*|\s+thang\s+)(\d{1,2})(?:\s*[/.-]\s*|\s+nam\s+)(\d{4})\b`,
);

/** The first registration's date the remarks give, ISO; null when they give none or no real day. */
export function firstRegistrationDate(remarks: string | null): string | null {
  if (remarks === null) return null;
  const match = FIRST_REGISTRATION.exec(foldedKey(remarks));
  if (match === null) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return formatPartialDate({ year, month, day });
}
