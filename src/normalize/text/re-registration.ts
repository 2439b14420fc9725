/**
 * Whether a remark (or a date cell's trailing words) calls the entry a re-registration (đăng ký
 * lại, DOMAIN.md §3.3). One reading for every stage that acts on it — the row's date checks, the
 * register numbers, the re-registration and late-death checks, deduplication — so a remark one
 * of them takes for a re-registration is one for all.
 *
 * Clerks write it in full or shortened, the register named or not, its place before or after
 * 'lại': 'Đăng ký lại', 'đăng kí lại', 'Đăng ký lại khai sinh', 'Đăng ký khai sinh lại', 'ĐK lại',
 * 'Đ/K lại', 'đ.k lại', 'Đ.ký lại', 'Đký lại', 'ĐKL', 'Đ.K.L', 'ĐKLKS', 'ĐKKS lại', 'ĐKKT lại', 'ĐKKH lại'. Not 'Cấp lại bản
 * chính' (a certificate issued again from the book) nor 'đã đăng ký lần đầu'. A marriage
 * registered again after a divorce ('Đăng ký kết hôn lại sau khi ly hôn') is a new marriage, not
 * the old one written again.
 *
 * Only a re-registration of THIS entry's event counts. 'Đăng ký lại' says another registration
 * when another object follows it — 'mẹ đăng ký lại thường trú' (residence), 'Đăng ký lại việc
 * thay đổi họ cho con' (a change of the entry), 'Cha mẹ đăng ký lại kết hôn' in a birth book (the
 * parents' marriage) — or when it is said of another person with no event named ('mẹ đăng ký
 * lại'). A bare 'ĐK lại' in a remark that records a correction or change ('Đã cải chính ngày sinh, ĐK lại
 * theo QĐ…') is read as the correction written in, not a re-registration: the conservative
 * reading, which leaves a look-alike to review.
 */
import { foldedKey } from '../name/name-keys.js';

/** The register whose entry the text is read for; none: any register's event is the entry's own. */
export type ReRegistrationKind = 'birth' | 'marriage' | 'death';

/** A record's `type` as the register its re-registration remark is read for; undefined when it is none. */
export function reRegistrationKindOf(type: unknown): ReRegistrationKind | undefined {
  return type === 'birth' || type === 'marriage' || type === 'death' ? type : undefined;
}

/**
 * 'đăng ký' / 'đăng kí' or its shortening 'ĐK', 'Đ/K', 'Đ.K', 'Đ.ký', 'Đký', 'đ/kí' (folded: no marks, lower
 * case). A spelt 'ký' after the bare initial and a space ('Đ Kỳ Lai') is a name, not the word.
 */
const REGISTER = String.raw`(?:dang k[iy]|d ?[./]? ?k|d(?: ?[./] ?)?k[iy])\.?`;
/** The register, written out or as its letters: 'khai sinh', 'KS', … (kết hôn: see ONE_REGISTER_AGAIN). */
const REGISTER_KIND = String.raw`(?:khai sinh|khai tu|ket hon|ks|kt|kh)`;

const RE_REGISTRATION = new RegExp(
  [
    // ĐKL, Đ.K.L
    String.raw`\bd ?\.? ?k ?\.? ?l\b`,
    // đăng ký lại, ĐK lại, Đ/K lại (khai sinh)
    String.raw`\b${REGISTER} ?[./-]? ?lai\b`,
    // đăng ký khai sinh lại, ĐK KS lại
    String.raw`\b${REGISTER} ?(?<before>${REGISTER_KIND}) ?[./-]? ?lai\b`,
    // ĐKKS lại, ĐKKT lại, ĐKKH lại
    String.raw`\bdk(?<letters>ks|kt|kh) ?[./-]? ?lai\b`,
    // ĐKLKS, ĐKLKT, ĐKLKH: the register's letters run on after ĐKL
    String.raw`\bdkl(?<lettersAfter>ks|kt|kh)\b`,
  ].join('|'),
  'g',
);

/** The register's event named after 'lại' ('đăng ký lại khai sinh', 'ĐKL-KS'; Decree 158/2005's 'đăng ký lại việc sinh, tử, kết hôn'). */
const EVENT_AFTER = /^[\s./:,-]*(?:viec (?:khai )?(sinh|tu)\b|(?:viec )?(khai sinh|khai tu|ket hon|ks|kt|kh)\b)/;
/** Another object of 'đăng ký lại': residence, household, a change or correction of the entry, a name. */
const OTHER_OBJECT_AFTER =
  /^\s*(?:thuong tru|tam tru|tam vang|cu tru|ho khau|nhan khau|so ho|viec|thay doi|cai chinh|bo sung|xac dinh|nhan (?:cha|me|con)|giam ho|ly hon|quoc tich|dan toc|gioi tinh|ho ten|ho|ten|cmnd|cccd|can cuoc|dat|nha|xe)\b/;
/**
 * A parent's full name set off after the person word: '(Nguyễn Thị Hoa)', ': Đỗ Văn Quân', '- Lê Thị Lan'. Three to five
 * words, so 'Mẹ - đơn thân - ĐKL' (the entry's own re-registration beside a note on the mother) is none; not a bare
 * name ('Mẹ Nguyễn Thị Hoa đăng ký lại'), whose words cannot be told from a note ('Mẹ đơn thân đăng ký lại').
 */
const PARENT_NAME = String.raw`(?: ?\( ?[a-z]+(?: [a-z]+){2,4} ?\)| ?[:-] ?[a-z]+(?: [a-z]+){2,4})`;
/** Another person said to register again, with no event named: 'mẹ đăng ký lại', 'cha mẹ đã ĐK lại'. */
const OTHER_PERSON_BEFORE = /(?:^|[^a-z])(?:cha me|bo me|cha|me|bo|ong|ba)(?: da| moi)? ?$/;
/**
 * A parent named before 'đăng ký lại' as the one who registered again: 'Mẹ (Nguyễn Thị Hoa) đăng ký lại', 'Cha: Đỗ
 * Văn Quân đã ĐK lại'. Not when the parent is the declarant or the one who asked ('Người đi khai: Mẹ - Nguyễn Thị Hoa -
 * ĐKL', 'Theo yêu cầu của mẹ: Lê Thị Thu - ĐKL'): the entry's own re-registration, which a parent declares.
 */
const NAMED_PARENT_BEFORE = new RegExp(
  String.raw`(?:^|[^a-z])(?<!\b(?:khai|cua|la)[\s:,-]*)(?:cha me|bo me|cha|me|bo)${PARENT_NAME} ?[:-]?(?: da| moi)? ?$`,
);
/** A remark recording a correction or change of the entry ('Đã cải chính ngày sinh'). */
const CORRECTION = /\b(?:cai chinh|thay doi)\b/;

/** The event each register writes, by its words folded. */
const EVENT_KIND: Record<string, ReRegistrationKind> = {
  'khai sinh': 'birth',
  ks: 'birth',
  sinh: 'birth',
  tu: 'death',
  'khai tu': 'death',
  kt: 'death',
  'ket hon': 'marriage',
  kh: 'marriage',
};

/** The register named before 'lại' is a marriage's: 'đăng ký kết hôn lại', 'ĐKKH lại'. */
const MARRIAGE_AGAIN = new RegExp(String.raw`\b(?:${REGISTER} ?(?:ket hon|kh)|dkkh) ?[./-]? ?lai\b`);
/** Words of a divorce: the couple married again, a new registration. */
const DIVORCE = /\bly (?:hon|di)\b/;

/**
 * Whether the text says the entry is a re-registration ('Đăng ký lại', 'ĐKL', 'ĐKKS lại', 'Đ/K lại')
 * of its own event: `kind`, the register the entry is in ('Đăng ký lại kết hôn' in a birth book
 * is the parents' marriage).
 */
export function isReRegistration(text: string | null | undefined, kind?: ReRegistrationKind): boolean {
  if (!text) return false;
  const folded = foldedKey(text);
  for (const match of folded.matchAll(RE_REGISTRATION)) {
    if (!saysThisEvent(folded, match, kind)) continue;
    // 'Đăng ký kết hôn lại sau khi ly hôn': the couple's new marriage — unless 'đăng ký lại' says it elsewhere.
    if (DIVORCE.test(folded) && MARRIAGE_AGAIN.test(match[0])) continue;
    return true;
  }
  return false;
}

/** Whether one 'đăng ký lại' of the text is said of the entry's own event. */
function saysThisEvent(folded: string, match: RegExpExecArray | RegExpMatchArray, kind: ReRegistrationKind | undefined): boolean {
  const own = (words: string): boolean => kind === undefined || EVENT_KIND[words] === kind;
  const named = match.groups?.before ?? match.groups?.letters ?? match.groups?.lettersAfter;
  // 'Đăng ký khai sinh lại', 'ĐKKH lại': the register is named before 'lại'.
  if (named !== undefined) return own(named);
  const start = match.index ?? 0;
  const rest = folded.slice(start + match[0].length);
  const event = EVENT_AFTER.exec(rest);
  if (event !== null) return own((event[1] ?? event[2])!);
  if (OTHER_OBJECT_AFTER.test(rest)) return false;
  // A bare 'đăng ký lại': of another person, or beside a correction of the entry, it is not the entry's.
  const before = folded.slice(0, start);
  if (OTHER_PERSON_BEFORE.test(before)) return false;
  // A parent named in a death book is the deceased ('Khai tử cho mẹ (Nguyễn Thị Hoa) - ĐKL', 'Cha - Trần Văn Tư - ĐKL',
  // written from the declarant's side), as 'Ông (…) - ĐKL' is: the entry's own re-registration.
  if (kind !== 'death' && NAMED_PARENT_BEFORE.test(before)) return false;
  return !CORRECTION.test(folded);
}
