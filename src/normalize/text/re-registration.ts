/**
 * Whether a remark (or a date cell's trailing words) calls the entry a re-registration (đăng ký
 * lại, DOMAIN.md §3.3). One reading for every stage that acts on it — the row's date checks, the
 * register numbers, the re-registration and late-death checks, deduplication — so a remark one
 * of them takes for a re-registration is one for all.
 *
 * Clerks write it in full or shortened, the register named or not, its place before or after
 * 'lại': 'Đăng ký lại', 'đăng kí lại', 'Đăng ký lại khai sinh', 'Đăng ký khai sinh lại', 'ĐK lại',
 * 'Đ/K lại', 'đ.k lại', 'ĐKL', 'Đ.K.L', 'ĐKKS lại', 'ĐKKT lại', 'ĐKKH lại'. Not 'Cấp lại bản
 * chính' (a certificate issued again from the book) nor 'đã đăng ký lần đầu'. A marriage
 * registered again after a divorce ('Đăng ký kết hôn lại sau khi ly hôn') is a new marriage, not
 * the old one written again.
 */
import { foldedKey } from '../name/name-keys.js';

/** 'đăng ký' / 'đăng kí' or its shortening 'ĐK', 'Đ/K', 'Đ.K' (folded: no marks, lower case). */
const REGISTER = String.raw`(?:dang k[iy]|d ?[./]? ?k)\.?`;
/** The register, written out or as its letters: 'khai sinh', 'KS', … (kết hôn: see ONE_REGISTER_AGAIN). */
const REGISTER_KIND = String.raw`(?:khai sinh|khai tu|ket hon|ks|kt|kh)`;

const RE_REGISTRATION = new RegExp(
  [
    // ĐKL, Đ.K.L
    String.raw`\bd ?\.? ?k ?\.? ?l\b`,
    // đăng ký lại, ĐK lại, Đ/K lại (khai sinh)
    String.raw`\b${REGISTER} ?[./-]? ?lai\b`,
    // đăng ký khai sinh lại, ĐK KS lại
    String.raw`\b${REGISTER} ?${REGISTER_KIND} ?[./-]? ?lai\b`,
    // ĐKKS lại, ĐKKT lại, ĐKKH lại
    String.raw`\bdk(?:ks|kt|kh) ?[./-]? ?lai\b`,
  ].join('|'),
);

/** The register named before 'lại' is a marriage's: 'đăng ký kết hôn lại', 'ĐKKH lại'. */
const MARRIAGE_AGAIN = new RegExp(String.raw`\b(?:${REGISTER} ?(?:ket hon|kh)|dkkh) ?[./-]? ?lai\b`);
/** Words of a divorce: the couple married again, a new registration. */
const DIVORCE = /\bly (?:hon|di)\b/;

/** Whether the text says the entry is a re-registration ('Đăng ký lại', 'ĐKL', 'ĐKKS lại', 'Đ/K lại'). */
export function isReRegistration(text: string | null | undefined): boolean {
  if (!text) return false;
  const folded = foldedKey(text);
  const match = RE_REGISTRATION.exec(folded);
  if (match === null) return false;
  // 'Đăng ký kết hôn lại sau khi ly hôn': the couple's new marriage — unless 'đăng ký lại' says it elsewhere.
  if (DIVORCE.test(folded) && MARRIAGE_AGAIN.test(match[0])) return RE_REGISTRATION.test(folded.replace(MARRIAGE_AGAIN, ' '));
  return true;
}
