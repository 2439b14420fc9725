/**
 * A section title a clerk typed (or centred over merged cells) in a name column,
 * the widest column of the page: 'QUÝ I', 'Tháng Bảy', 'Đăng ký quá hạn', 'Đăng ký
 * lại', 'Thôn Nam Viêm', 'Hết quý II', 'Trẻ em bị bỏ rơi', 'Sổ phụ (bổ sung)'.
 *
 * Told from a name typed alone (an entry whose other cells were lost, rejected for
 * them) by its first word, read with its marks: none of these words is a Vietnamese
 * family name (DOMAIN.md §4; SURNAMES in src/reference/name-lists.ts), so no name begins with one. Without marks they would
 * be ('Dang Ky' is Đặng Kỳ, 'Thang' a family name): text typed without marks is no title here.
 * 'Quý' and 'Tháng' are given names too, so they count only with the quarter or the
 * month after them.
 */
const TITLE_START =
  /^(?:(?:hết |các )?(?:quý (?:i{1,3}|iv|[1-4]|một|hai|ba|bốn|tư)|tháng (?:giêng|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp|\d{1,2}))(?![\p{L}\p{N}])|(?:năm|thôn|xóm|làng|khu|khu phố|tổ dân phố|tổ|đội|xã|phường|thị trấn|huyện|đăng ký|hết|sổ|quyển|phần|mục|đợt|trẻ em|trẻ bị|trường hợp|các trường hợp|danh sách|khai sinh|khai tử|kết hôn|bổ sung|quá hạn|tiếp theo) )/u;

/** Whether a lone cell of a name column, in lower case with its marks, is a section title (two words at least: a given name typed alone may be 'Năm'). */
export function isSectionTitleText(lower: string): boolean {
  return lower.includes(' ') && TITLE_START.test(lower);
}
