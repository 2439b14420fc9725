import type { BoundFinding } from '../normalize/bound-finding.js';
import { hasNonAscii } from '../normalize/text/ascii.js';
import { foldedKey } from '../normalize/name/name-keys.js';

/**
 * What the remarks column (Ghi chú, DOMAIN.md §3.3) says about the entry itself.
 *
 * A clerk who wrote an entry wrongly crosses it out and writes why in its remarks,
 * usually with the number of the entry that replaces it: 'Hủy', 'Đã hủy', 'Bỏ số
 * này', 'Hủy (ghi sai tên vợ), xem số 12', 'Ghi trùng, gạch bỏ', and as often without
 * the word 'hủy': 'Ghi sai tên vợ, đã viết lại ở số 2', 'Sai, xem số 4', 'Ghi nhầm',
 * 'Viết lại số 8', 'Không hợp lệ', 'Ghi trùng'. Such an entry registers nothing:
 * loaded, it would go to the national database beside (or, as a duplicate's survivor,
 * instead of) the corrected one. It is rejected with ENTRY_CANCELLED (the line through it,
 * when the typist copied it as a strikethrough font: struck-entry.ts). Only a remark
 * about THIS entry counts: a clause made of the cancelling words alone, or with 'this
 * entry' or a reason ('Hủy do ghi sai'). A cancellation of something else is a whole
 * phrase ('Đã hủy giấy khai sinh cũ') and does not. That the entry was written
 * wrongly counts only when nothing says it was corrected since ('Ghi sai năm sinh mẹ,
 * đã cải chính' is a real entry) and, for 'sai' with what was wrong, only with the
 * number it was written again under ('Sai tên mẹ' alone may note a slip of a real entry).
 *
 * An entry the remarks record as annulled or revoked after registration by a decision
 * or a court ('Hủy kết quả đăng ký kết hôn theo QĐ số 12/QĐ-UBND', 'Hủy việc kết hôn
 * trái pháp luật theo bản án …', 'Thu hồi GCN kết hôn'; Law on Civil Status Art. 69,
 * Law on Marriage and Family Art. 11) was registered: it is kept, with
 * ENTRY_ANNULLED_LATER for the officer to decide. A divorce ('Đã ly hôn theo bản án …')
 * ends a marriage that was valid: nothing in the entry is wrong, nothing to say.
 *
 * A remark recording a later correction ('Đã cải chính ngày sinh bên nữ theo QĐ số
 * 12/QĐ-UBND …', thay đổi, bổ sung, xác định lại) means the book's own cells hold
 * the value before the correction while the remark holds the one in force: the
 * typist may have typed either. So does a parent recognised later ('Đã đăng ký nhận cha
 * cho con theo Trích lục số …'): the father's columns may be empty or hold him.
 * ENTRY_CHANGED_LATER warns the officer to check.
 */

/** The words of the remark grammar, lower case; typed with marks (both tone placements, DOMAIN.md §4.1) or without. */
interface RemarkWords {
  /** Words that cancel an entry. */
  cancel: readonly string[];
  /** 'số này': the entry itself. */
  self: string;
  already: string;
  reason: string;
  /** Written wrongly: the verb (optional) and the word for wrong / by mistake. */
  written: string;
  wrong: string;
  mistaken: string;
  rewritten: string;
  /** Where an entry was written again, or where to look: a number, or the line below. */
  place: string;
  look: string;
  /** The value in force is given: 'đúng là 1965', 'sửa thành Lan'. */
  rightValue: string;
}

const MARKED: RemarkWords = {
  cancel: [
    'hủy', 'huỷ', 'hủy bỏ', 'huỷ bỏ', 'bỏ', 'gạch', 'gạch bỏ', 'xóa', 'xoá', 'xóa bỏ', 'xoá bỏ', 'loại bỏ', 'không sử dụng', 'không dùng',
    'hỏng', 'ghi hỏng', 'viết hỏng', 'không hợp lệ', 'ghi trùng', 'viết trùng',
  ],
  self: '(?:số|dòng|mục|bản|trang) này',
  already: '(?:đã )?bị |đã ',
  reason: 'do|vì|lý do',
  written: 'ghi|viết',
  wrong: 'sai',
  mistaken: 'nhầm',
  rewritten: '(?:viết|ghi) lại',
  place: '(?:(?:số|dòng|mục|stt)\\.? ?\\d+|(?:dòng|trang|số) (?:dưới|sau|tiếp theo|kế tiếp))',
  look: 'xem(?: lại)?|chuyển (?:sang|xuống)|sang',
  rightValue: 'đúng là|đúng ra là|phải là|sửa thành|sửa lại|đã sửa',
};
/** Typed without marks: 'bo' is also bố (father), so bỏ alone is not read there. */
const FOLDED: RemarkWords = {
  cancel: [
    'huy', 'huy bo', 'gach', 'gach bo', 'xoa', 'xoa bo', 'loai bo', 'khong su dung', 'khong dung', 'ghi hong', 'viet hong', 'khong hop le', 'ghi trung',
    'viet trung',
  ],
  self: '(?:so|dong|muc|ban|trang) nay',
  already: '(?:da )?bi |da ',
  reason: 'do|vi|ly do',
  written: 'ghi|viet',
  wrong: 'sai',
  mistaken: 'nham',
  rewritten: '(?:viet|ghi) lai',
  place: '(?:(?:so|dong|muc|stt)\\.? ?\\d+|(?:dong|trang|so) (?:duoi|sau|tiep theo|ke tiep))',
  look: 'xem(?: lai)?|chuyen (?:sang|xuong)|sang',
  rightValue: 'dung la|dung ra la|phai la|sua thanh|sua lai|da sua',
};

/** The clause patterns of one way of typing. */
interface RemarkGrammar {
  /** '[số này] [đã] [bị] hủy [số này] [với số 3] [do|vì|lý do …]': cancels the entry by itself. */
  cancel: RegExp;
  /** '[đã] viết lại [ở] số 8', '… ở dòng dưới': the entry was written again, so this one is void. */
  rewritten: RegExp;
  /** '[số này] [đã] [bị] [ghi|viết] sai|nhầm [what was wrong]': group 1 the verb, 2 the word, 3 what was wrong. */
  wrong: RegExp;
  /** 'xem số 4': where the entry written again stands. */
  pointer: RegExp;
  rightValue: RegExp;
  /** Cheap test first: most remarks ('Đăng ký lại', 'Sinh đôi') hold none of the words. */
  hint: RegExp;
}

function grammar(words: RemarkWords, hint: RegExp): RemarkGrammar {
  const prefix = `(?:${words.self} )?(?:${words.already})?`;
  const selfAfter = `(?: ${words.self})?`;
  // 'Ghi trùng với số 3', 'Hủy - ghi lại ở số 8': the other entry named after the words.
  const other = '(?: (?:với|voi|ở|o|tại|tai) (?:số|so|stt) ?\\d+)?';
  const reason = `(?: (?:${words.reason})(?![\\p{L}]).*)?`;
  return {
    cancel: new RegExp(`^${prefix}(?:${words.cancel.join('|')})${selfAfter}${other}${reason}$`, 'u'),
    rewritten: new RegExp(`^${prefix}(?:${words.rewritten}) (?:(?:ở|o|tại|tai|sang|vào|vao|thành|thanh) )?${words.place}$`, 'u'),
    wrong: new RegExp(`^${prefix}(?:(${words.written}) )?(${words.wrong}|${words.mistaken})(?: (.+))?$`, 'u'),
    pointer: new RegExp(`^(?:${words.look}) ${words.place}$`, 'u'),
    rightValue: new RegExp(`(?<![\\p{L}])(?:${words.rightValue})(?![\\p{L}])`, 'u'),
    hint,
  };
}

const MARKED_GRAMMAR = grammar(MARKED, /h[uủ][yỷ]|bỏ|gạch|x[oó][aá]|không|hỏng|sai|nhầm|lại|trùng/u);
const FOLDED_GRAMMAR = grammar(FOLDED, /huy|gach|xoa|khong|hong|loai|sai|nham|lai|trung/);

/** Clause breaks of a remark; a dash only between spaces ('QĐ-UBND' is one word), a slash anywhere ('12/2015' ends a clause too). */
const CLAUSE_BREAK = /[,;.:()[\]/!?]|\s[-–—]+\s/u;
/** Bullets, dashes, stars and quotes around a clause ('- Hủy -', '*Hủy*', '+ Hủy', '• Hủy', '@Hủy', '> Hủy'). */
const CLAUSE_EDGES = /^[\s\-–—*"'+•·●○▪■►>@=~]+|[\s\-–—*"'+•·●○▪■►>@=~]+$/gu;
/**
 * A later change of the entry (Law on Civil Status: cải chính, thay đổi, bổ sung, xác định lại), or a
 * parent recognised later ('Đã đăng ký nhận cha cho con theo Trích lục số …', 'nhận cha, mẹ, con',
 * 'xác định cha cho con'; Law Art. 24–25): the parent columns hold the entry as first written.
 * Not 'nhận con nuôi' (an adoption), nor 'con chưa xác định cha' (a father not known when registered).
 */
const CHANGE = /(?<![\p{L}])(?:cải chính|thay đổi|bổ sung|điều chỉnh|xác định lại|(?<!(?:chưa|không)(?: được)? )(?:nhận|xác định) (?:cha|mẹ|bố))(?![\p{L}])/u;
const FOLDED_CHANGE = /\b(?:cai chinh|thay doi|bo sung|dieu chinh|xac dinh lai|(?<!(?:chua|khong)(?: duoc)? )(?:nhan|xac dinh) (?:cha|me|bo))\b/;
/**
 * The registration annulled or revoked after it was made: 'hủy [bỏ] kết quả đăng ký', 'hủy việc kết
 * hôn', a marriage 'trái pháp luật' (Law on Marriage and Family 52/2014 Art. 11), a certificate
 * revoked ('thu hồi'; not an old one recalled on a re-issue, 'thu hồi GKS cũ').
 */
const ANNULMENT = /(?<![\p{L}])(?:(?:hủy|huỷ)(?: bỏ)? (?:kết quả|việc) (?:đăng ký|kết hôn|khai sinh|khai tử)|kết hôn trái pháp luật)(?![\p{L}])/u;
const FOLDED_ANNULMENT = /\b(?:huy(?: bo)? (?:ket qua|viec) (?:dang ky|ket hon|khai sinh|khai tu)|ket hon trai phap luat)\b/;
const REVOKED = /(?<![\p{L}])thu hồi(?![\p{L}])/u;
const FOLDED_REVOKED = /\bthu hoi\b/;
/** A clause annulling something by a decision or a judgment: 'Đã hủy theo QĐ số 12', 'hủy bỏ GCN kết hôn theo QĐ 25'. */
const ANNULLED_BY_DECISION = /(?<![\p{L}])(?:hủy|huỷ)(?![\p{L}]).*(?<![\p{L}])(?:theo|tại) (?:qđ|quyết định|bản án|án|tòa|toà|tand)(?![\p{L}])/u;
const FOLDED_ANNULLED_BY_DECISION = /\bhuy\b.*\b(?:theo|tai) (?:qd|quyet dinh|ban an|an|toa|tand)\b/;
/** 'hủy' with a judgment or a decision cited anywhere in the remark (in brackets, after a dash). */
const CITED_ANNULMENT = /(?<![\p{L}])(?:hủy|huỷ)(?![\p{L}]).*(?<![\p{L}])(?:bản án|ba số|án số|qđ|quyết định|tand|tòa|toà)(?![\p{L}])/u;
const FOLDED_CITED_ANNULMENT = /\bhuy\b.*\b(?:ban an|ba so|an so|qd|quyet dinh|tand|toa)\b/;
/** An old value or paper replaced ('hủy bỏ năm sinh cũ', 'Đã hủy GKS cũ theo QĐ …'): not the registration's. */
const OLD = /(?<![\p{L}])(?:cũ|cu)(?![\p{L}])/u;

/** The non-empty clauses of a remark (lower case), stripped of their edges. */
function clausesOf(lower: string): string[] {
  return lower
    .replace(/\s+/g, ' ')
    .split(CLAUSE_BREAK)
    .map((part) => part.replace(CLAUSE_EDGES, ''))
    .filter((part) => part !== '');
}

/**
 * A remark that cites a judgment or a decision ('Hủy (BA số 12/2015/HNGĐ-ST)', 'Đã hủy (Bản án số 07/2016
 * … của TAND huyện)'), or tells of an earlier or an old one ('Kết hôn lần hai (lần đầu: đã hủy)', 'GKS
 * cũ: hủy'), or of an unlawful marriage: whatever it cancels, the clerk did not void this entry.
 */
const NOT_THIS_ENTRY = /(?<![\p{L}])(?:bản án|ba số|án số|qđ|quyết định|tand|tòa|toà|cũ|lần đầu|lần trước|trái pháp luật)(?![\p{L}])/u;
const FOLDED_NOT_THIS_ENTRY = /\b(?:ban an|ba so|an so|qd|quyet dinh|tand|toa|cu|lan dau|lan truoc|trai phap luat)\b/;

/** Whether the remarks (lower case) cancel the entry they stand beside. */
function cancels(lower: string, marked: boolean): boolean {
  const words = marked ? MARKED_GRAMMAR : FOLDED_GRAMMAR;
  if (!words.hint.test(lower)) return false;
  if ((marked ? NOT_THIS_ENTRY : FOLDED_NOT_THIS_ENTRY).test(lower)) return false;
  const clauses = clausesOf(lower);
  const at = clauses.findIndex((part) => words.cancel.test(part) || words.rewritten.test(part));
  // 'Cải chính ngày sinh theo QĐ 12; hủy bỏ': after a change, a bare 'hủy' is the old value's, not the entry's.
  if (at >= 0 && (at === 0 || !changes(lower, marked))) return true;
  return writtenWrongly(lower, clauses, words) && !changes(lower, marked) && !words.rightValue.test(lower);
}

/**
 * 'Ghi nhầm', 'Ghi sai', 'Viết nhầm tên vợ': the entry was written by mistake; 'Sai, xem số 4', 'Sai tên
 * chồng - xem số 7': written wrongly and written again under the number given. 'Sai tên mẹ' alone is not,
 * nor a slip told after what it is about or asked ('Ngày đăng ký trước ngày chết: ghi nhầm?'): the remark
 * must open with it.
 */
function writtenWrongly(lower: string, clauses: readonly string[], words: RemarkGrammar): boolean {
  const match = clauses[0] === undefined || lower.includes('?') ? null : words.wrong.exec(clauses[0]);
  if (match === null) return false;
  const [, verb, word, what] = match;
  if (what === undefined ? verb !== undefined || word !== 'sai' : word !== 'sai' || words.pointer.test(what)) return true;
  return clauses.some((clause) => words.pointer.test(clause));
}

/** A move or papers handed in later ('Thay đổi nơi cư trú', 'Bổ sung giấy tờ sau'): no change of the entry. */
const NOT_A_CHANGE = /(?<![\p{L}])(?:thay đổi|bổ sung) (?:nơi (?:cư trú|thường trú|ở)|chỗ ở|địa chỉ|giấy tờ|hồ sơ)(?![\p{L}])/u;
const FOLDED_NOT_A_CHANGE = /\b(?:thay doi|bo sung) (?:noi (?:cu tru|thuong tru|o)|cho o|dia chi|giay to|ho so)\b/;

function changes(lower: string, marked: boolean): boolean {
  if (!(marked ? CHANGE : FOLDED_CHANGE).test(lower)) return false;
  // Only when every change word is of that kind is there no change of the entry.
  const rest = lower.replace(marked ? new RegExp(NOT_A_CHANGE.source, 'gu') : new RegExp(FOLDED_NOT_A_CHANGE.source, 'g'), ' ');
  return (marked ? CHANGE : FOLDED_CHANGE).test(rest);
}

/** Whether the remarks (lower case) record the registration annulled or revoked after it was made. */
function annulled(lower: string, marked: boolean): boolean {
  if ((marked ? ANNULMENT : FOLDED_ANNULMENT).test(lower)) return true;
  if ((marked ? REVOKED : FOLDED_REVOKED).test(lower) && !OLD.test(lower)) return true;
  // 'Hủy (BA số 12/2015/HNGĐ-ST)': annulled by the judgment cited beside the word.
  if ((marked ? CITED_ANNULMENT : FOLDED_CITED_ANNULMENT).test(lower) && !OLD.test(lower)) return true;
  const byDecision = marked ? ANNULLED_BY_DECISION : FOLDED_ANNULLED_BY_DECISION;
  return clausesOf(lower.replace(/\//g, ' ')).some((clause) => byDecision.test(clause) && !OLD.test(clause));
}

/** Whether the remarks cancel the entry they stand beside. */
export function remarksCancelEntry(remarks: string): boolean {
  const lower = remarks.normalize('NFC').toLowerCase();
  return cancels(lower, hasNonAscii(lower));
}

/** Whether the remarks record the registration annulled or revoked by a decision or a judgment. */
export function remarksAnnulEntry(remarks: string): boolean {
  const lower = remarks.normalize('NFC').toLowerCase();
  return annulled(lower, hasNonAscii(lower));
}

/** Whether the remarks record a later correction or change of the entry. */
export function remarksChangeEntry(remarks: string): boolean {
  const lower = remarks.normalize('NFC').toLowerCase();
  return changes(lower, hasNonAscii(lower));
}

/** Where the cancelling words stand, as the officer's message names it (ENTRY_CANCELLED's {where}). */
const WHERE_REMARKS = 'cột Ghi chú';
const WHERE_NUMBER = 'ô số đăng ký';
const WHERE_NAME = 'ô họ tên';
/**
 * A record-status column of a registration software's export, which no field reads (kept in `raw`): 'Trạng thái',
 * 'TrangThai', 'Tình trạng hồ sơ'; folded, spaces dropped. Its 'Đã hủy' is the system's word that the entry was cancelled.
 */
const STATUS_HEADERS: ReadonlySet<string> = new Set(['trangthai', 'tinhtrang', 'trangthaihoso', 'tinhtranghoso', 'trangthaibanghi', 'trangthaidangky']);
/** The registered person's name fields, whose cell a clerk may mark cancelled ('Nguyễn Văn Hùng (Hủy)'). */
const REGISTERED_NAMES: ReadonlySet<string> = new Set(['child.fullName', 'deceased.fullName', 'husband.fullName', 'wife.fullName']);
/** A number cell holding words: the number, if any, then the words ('22 (hủy)', '22 - Hủy', 'Hủy'). */
const NUMBER_WITH_WORDS = /^(\d*)[\s(\-–,:.]*(\p{L}.*?)[\s)]*$/u;

/**
 * ENTRY_CANCELLED from a cancel mark typed outside the remarks column: in the number cell ('22 (hủy)', 'Hủy'
 * instead of the number; normalizeRegisterNumber keeps a number with words as typed) or after the registered
 * person's name ('Nguyễn Văn Hùng (Hủy)', split off by the name reader as NAME_REMARK_REMOVED). The same words
 * as in the remarks; an entry cancelled so registers nothing either.
 */
function cancelMarkOutsideRemarks(record: Readonly<Record<string, unknown>>, findings: readonly BoundFinding[]): BoundFinding | null {
  const registration = record.registration as { number?: unknown } | undefined;
  const number = registration?.number;
  if (typeof number === 'string') {
    const words = NUMBER_WITH_WORDS.exec(number)?.[2];
    if (words !== undefined && remarksCancelEntry(words)) return { code: 'ENTRY_CANCELLED', field: 'registration.number', value: number, params: { where: WHERE_NUMBER } };
  }
  const status = cancelStatus(record.raw);
  if (status !== null) return status;
  for (const finding of findings) {
    if (finding.code !== 'NAME_REMARK_REMOVED' || !REGISTERED_NAMES.has(finding.field)) continue;
    const remark = finding.params?.remark;
    // Typed without marks a word after a name may be an alias ('Nguyễn Văn Tư - Huy'): only the marked words count there.
    if (typeof remark !== 'string' || !hasNonAscii(remark) || !remarksCancelEntry(remark)) continue;
    const cancelled: BoundFinding = { code: 'ENTRY_CANCELLED', field: finding.field, value: finding.value ?? finding.from ?? remark, params: { where: WHERE_NAME } };
    if (finding.column !== undefined) cancelled.column = finding.column;
    return cancelled;
  }
  return null;
}

/** ENTRY_CANCELLED from a status column (STATUS_HEADERS) saying the entry was cancelled ('Đã hủy', 'Hủy'); null for most rows (no such column). */
function cancelStatus(raw: unknown): BoundFinding | null {
  if (raw === null || typeof raw !== 'object') return null;
  for (const [header, value] of Object.entries(raw)) {
    if (typeof value !== 'string' || !STATUS_HEADERS.has(foldedKey(header).replace(/ /g, ''))) continue;
    if (remarksCancelEntry(value)) return { code: 'ENTRY_CANCELLED', field: 'remarks', value, params: { where: `cột ${header}` } };
  }
  return null;
}

/**
 * ENTRY_CANCELLED, ENTRY_ANNULLED_LATER or ENTRY_CHANGED_LATER, from the record's remarks, and ENTRY_CANCELLED from a
 * cancel mark in the number cell or after the registered person's name; nothing for most rows.
 */
export function entryRemarks(record: Readonly<Record<string, unknown>>, findings: readonly BoundFinding[] = []): BoundFinding[] {
  const { remarks } = record;
  const elsewhere = cancelMarkOutsideRemarks(record, findings);
  if (typeof remarks !== 'string' || remarks === '') return elsewhere === null ? [] : [elsewhere];
  // The text cleaner made the remarks NFC.
  const lower = remarks.toLowerCase();
  const marked = hasNonAscii(lower);
  if (cancels(lower, marked)) return [{ code: 'ENTRY_CANCELLED', field: 'remarks', value: remarks, params: { where: WHERE_REMARKS } }];
  if (elsewhere !== null) return [elsewhere];
  if (annulled(lower, marked)) return [{ code: 'ENTRY_ANNULLED_LATER', field: 'remarks', value: remarks }];
  if (changes(lower, marked)) return [{ code: 'ENTRY_CHANGED_LATER', field: 'remarks', value: remarks }];
  return [];
}
