/**
 * A book's number left unused, as clerks mark it: the number, and beside it (under
 * the name or in 'Ghi chú') 'Bỏ trống', 'Trống', '(không sử dụng)', 'Viết hỏng, bỏ',
 * 'Bỏ trống do viết hỏng', or a cross or a dash ('x', '---'). Numbers run on through
 * the year (DOMAIN.md §3.3), so a line spoilt or skipped keeps its number and holds
 * no entry: nothing of a person, only the mark.
 */

/** One clause of the mark, lower case with marks ('viết hỏng', 'bỏ'); 'đã', 'bị' and 'số này' around it. */
const UNUSED_CLAUSE =
  /^(?:số (?:này )?)?(?:đã )?(?:bị )?(?:bỏ trống|để trống|trống|bỏ|bỏ số|không sử dụng|không dùng|chưa sử dụng|không ghi|viết hỏng|ghi hỏng|hỏng|hủy|huỷ|hủy bỏ|huỷ bỏ|gạch bỏ|xóa|xoá|xóa bỏ|xoá bỏ)(?: (?:số|dòng|mục) này)?$/u;
/** The same typed without marks, only in words no name reads like ('huy' is Huy, 'viet hong' Việt Hồng; no family name is Bồ or Đế). */
const FOLDED_UNUSED_CLAUSE = /^(?:khong su dung|chua su dung|khong dung|bo trong|de trong)$/;
/** A reason after the mark ('… do viết hỏng', '… vì ghi trùng'): any words. */
const REASON = /\s+(?:do|vì|vi|lý do|ly do)\s.*$/su;
const CLAUSE_BREAK = /[,;()[\]]|\s[-–—]+\s|^[-–—]+|[-–—]+$/u;
/** A cross or a dash drawn through the line: a mark only beside the line's number (elsewhere it may be anything). */
const STROKE = /^(?:x{1,3}|[-–—_.…/]+)$/i;

/** Whether the text, in lower case with marks, marks the line unused in words ('bỏ trống', '(không sử dụng)'). */
export function isUnusedWords(lower: string): boolean {
  const first = lower.charCodeAt(0);
  // Every mark starts with one of b, c, đ, g, h, k, s, t, v, x, '(' or '-': most text is out at once.
  if (first !== 0x28 && first !== 0x2d && first !== 0x111 && !(first >= 0x62 && first <= 0x78)) return false;
  const clauses = lower
    .replace(REASON, '')
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim().replace(/\s+/g, ' '))
    .filter((clause) => clause !== '');
  return clauses.length > 0 && clauses.every((clause) => UNUSED_CLAUSE.test(clause) || FOLDED_UNUSED_CLAUSE.test(clause));
}

/** Whether the text is a cross or a dash ('x', '---'). */
export function isStroke(text: string): boolean {
  return STROKE.test(text.trim());
}

/** The line's number in 'Số' or STT: one ('7', '7/2008') or several spoilt together ('8, 9, 10', '8-10', '8 đến 10'). */
export const UNUSED_NUMBERS = /^\d+(?:\/\d{2,4})?(?:\s*(?:[,;&+–-]|đến|và)\s*\d+(?:\/\d{2,4})?)*\.?$/u;
