import type { BoundFinding } from '../normalize/bound-finding.js';

/**
 * What the remarks column (Ghi chú, DOMAIN.md §3.3) says about the entry itself.
 *
 * A clerk who wrote an entry wrongly crosses it out and writes 'Hủy' in its
 * remarks, often with the reason and the number of the entry that replaces it
 * ('Hủy (ghi sai tên vợ), xem số 12', 'Ghi nhầm, hủy', 'Đã hủy', 'Bỏ', 'Ghi trùng,
 * gạch bỏ'). Such an entry registers nothing: loaded, it would go to the national
 * database beside (or, as a duplicate's survivor, instead of) the corrected one.
 * It is rejected with ENTRY_CANCELLED. Only a remark that cancels THIS entry
 * counts: a clause made of the cancelling word alone, or with 'this entry' or a
 * reason ('Hủy do ghi sai'). A cancellation of something else is a whole phrase
 * ('Hủy việc kết hôn trái pháp luật theo bản án …', a court decision recorded on
 * a real marriage; 'Đã hủy giấy khai sinh cũ'; 'Đã hủy theo QĐ số …') and does not.
 *
 * A remark recording a later correction ('Đã cải chính ngày sinh bên nữ theo QĐ số
 * 12/QĐ-UBND …', thay đổi, bổ sung, xác định lại) means the book's own cells hold
 * the value before the correction while the remark holds the one in force: the
 * typist may have typed either. ENTRY_CHANGED_LATER warns the officer to check.
 */

/**
 * Words that cancel an entry, lower case, in both tone placements (hủy/huỷ, xóa/xoá,
 * DOMAIN.md §4.1); the remark is only lower-cased (the text cleaner made it NFC).
 */
const CANCEL_WORDS = [
  'hủy', 'huỷ', 'hủy bỏ', 'huỷ bỏ', 'bỏ', 'gạch', 'gạch bỏ', 'xóa', 'xoá', 'xóa bỏ', 'xoá bỏ', 'loại bỏ', 'không sử dụng', 'không dùng', 'ghi hỏng', 'viết hỏng',
];
/** Typed without marks: 'bo' is also bố (father), so bỏ alone is not read there. */
const FOLDED_CANCEL_WORDS = ['huy', 'huy bo', 'gach', 'gach bo', 'xoa', 'xoa bo', 'loai bo', 'khong su dung', 'khong dung', 'ghi hong', 'viet hong'];

/** A clause that cancels the entry: '[số này] [đã] [bị] hủy [số này] [do|vì|lý do …]'. */
function cancelClause(words: readonly string[], self: string, already: string, reason: string): RegExp {
  const selfClause = `(?:${self}) n(?:ày|ay)`;
  return new RegExp(`^(?:${selfClause} )?(?:${already})?(?:${words.join('|')})(?: ${selfClause})?(?: (?:${reason})(?![\\p{L}]).*)?$`, 'u');
}

const CANCEL_CLAUSE = cancelClause(CANCEL_WORDS, 'số|dòng|mục|bản|trang', '(?:đã )?bị |đã ', 'do|vì|lý do');
const FOLDED_CANCEL_CLAUSE = cancelClause(FOLDED_CANCEL_WORDS, 'so|dong|muc|ban|trang', '(?:da )?bi |da ', 'do|vi|ly do');
/** Cheap test first: most remarks ('Đăng ký lại', 'Sinh đôi') hold none of the words. */
const CANCEL_HINT = /h[uủ][yỷ]|bỏ|gạch|x[oó][aá]|không|hỏng/u;
const FOLDED_CANCEL_HINT = /huy|gach|xoa|khong|hong|loai/;
/** Clause breaks of a remark; a dash only between spaces ('QĐ-UBND' is one word), a slash anywhere ('12/2015' ends a clause too). */
const CLAUSE_BREAK = /[,;.:()[\]/!?]|\s[-–—]+\s/u;
/** Dashes, stars and quotes around a clause ('- Hủy -', '*Hủy*'). */
const CLAUSE_EDGES = /^[\s\-–—*"']+|[\s\-–—*"']+$/gu;
/** A later change of the entry (Law on Civil Status: cải chính, thay đổi, bổ sung, xác định lại). */
const CHANGE = /(?<![\p{L}])(?:cải chính|thay đổi|bổ sung|điều chỉnh|xác định lại)(?![\p{L}])/u;
const FOLDED_CHANGE = /\b(?:cai chinh|thay doi|bo sung|dieu chinh|xac dinh lai)\b/;
const NON_ASCII = /[^\x00-\x7f]/;

/** Whether the remarks (lower case) cancel the entry they stand beside. */
function cancels(lower: string, marked: boolean): boolean {
  if (!(marked ? CANCEL_HINT : FOLDED_CANCEL_HINT).test(lower)) return false;
  const clause = marked ? CANCEL_CLAUSE : FOLDED_CANCEL_CLAUSE;
  const clauses = lower.replace(/\s+/g, ' ').split(CLAUSE_BREAK).map((part) => part.replace(CLAUSE_EDGES, ''));
  const at = clauses.findIndex((part) => part !== '' && clause.test(part));
  if (at < 0) return false;
  // 'Cải chính ngày sinh theo QĐ 12; hủy bỏ': after a change, a bare 'hủy' is the old value's, not the entry's.
  return at === clauses.findIndex((part) => part !== '') || !changes(lower, marked);
}

function changes(lower: string, marked: boolean): boolean {
  return (marked ? CHANGE : FOLDED_CHANGE).test(lower);
}

/** Whether the remarks cancel the entry they stand beside. */
export function remarksCancelEntry(remarks: string): boolean {
  const lower = remarks.normalize('NFC').toLowerCase();
  return cancels(lower, NON_ASCII.test(lower));
}

/** Whether the remarks record a later correction or change of the entry. */
export function remarksChangeEntry(remarks: string): boolean {
  const lower = remarks.normalize('NFC').toLowerCase();
  return changes(lower, NON_ASCII.test(lower));
}

/** ENTRY_CANCELLED, or ENTRY_CHANGED_LATER, from the record's remarks; nothing for most rows (no remarks). */
export function entryRemarks(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const { remarks } = record;
  if (typeof remarks !== 'string' || remarks === '') return [];
  // The text cleaner made the remarks NFC.
  const lower = remarks.toLowerCase();
  const marked = NON_ASCII.test(lower);
  if (cancels(lower, marked)) return [{ code: 'ENTRY_CANCELLED', field: 'remarks', value: remarks }];
  if (changes(lower, marked)) return [{ code: 'ENTRY_CHANGED_LATER', field: 'remarks', value: remarks }];
  return [];
}
