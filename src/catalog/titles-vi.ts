/**
 * A short Vietnamese title per code, for the places an officer reads a list of
 * codes with their counts (summary.xlsx 'Lỗi, cảnh báo thường gặp'): the
 * catalog's messages are whole sentences about one row. A code without a title
 * here (one added later) gets its message's first clause, without placeholders.
 */
import { catalogEntry } from './catalog.js';

const TITLES_VI: Readonly<Record<string, string>> = {
  FILE_UNREADABLE: 'Không đọc được tệp',
  FILE_TYPE_UNSUPPORTED: 'Định dạng tệp không được hỗ trợ',
  FILE_EMPTY: 'Tệp rỗng',
  BATCH_KEPT_FILE_UNREADABLE: 'Giữ lô cũ: có tệp không đọc được',
  BATCH_KEPT_FILE_MISSING: 'Giữ lô cũ: thiếu tệp đầu vào',
  BATCH_KEPT_NO_READABLE_FILE: 'Giữ lô cũ: không tệp nào đọc được',
  SHEET_NO_HEADER: 'Trang tính không có dòng tiêu đề cột',
  SHEET_HEADER_FROM_PREVIOUS: 'Trang tính dùng tiêu đề cột của trang trước',
  SHEET_COMMUNE_INFERRED: 'Xã đăng ký suy ra từ các mục',
  SHEET_COMMUNE_MISSING: 'Không xác định được xã đăng ký của trang tính',
  SHEET_HIDDEN: 'Trang tính bị ẩn',
  CELL_FORMULA_ERROR: 'Ô chứa lỗi công thức Excel',
  COLUMN_UNKNOWN: 'Cột không thuộc mẫu sổ',
  CSV_QUOTE_UNTERMINATED: 'Dấu ngoặc kép không được đóng',
  CSV_MALFORMED_QUOTES: 'Dấu ngoặc kép sai quy cách CSV',
  CSV_EXTRA_FIELDS: 'Dòng có nhiều ô hơn số cột',
  CSV_FILE_TRUNCATED: 'Tệp CSV bị cắt cụt',
  CELL_DITTO_FILLED: 'Đã điền ô ghi dấu nhắc lại',
  CELL_DITTO_NOTHING_TO_COPY: 'Dấu nhắc lại không có gì để chép',
  ROW_CONTINUATION_JOINED: 'Đã nối nội dung viết tiếp xuống dòng dưới',
  ROW_PROCESSING_FAILED: 'Lỗi nội bộ khi xử lý dòng',
  RECORD_SHAPE_INVALID: 'Bản ghi sai cấu trúc',
  TEXT_LEGACY_TCVN3: 'Đã chuyển chữ TCVN3 sang Unicode',
  TEXT_LEGACY_VNI: 'Đã chuyển chữ VNI sang Unicode',
  TEXT_LEGACY_CP1258: 'Đã chuyển chữ Windows-1258 sang Unicode',
  TEXT_MOJIBAKE_UTF8: 'Đã sửa chữ Unicode bị đọc nhầm bảng mã',
  TEXT_REPLACEMENT_CHARACTER: 'Ô có ký tự bị mất khi chuyển mã',
  TEXT_TCVN3_LETTER_LOST: 'Chữ TCVN3 mất chữ «ư»',
  TEXT_UNDECODED_LEGACY: 'Còn chữ bảng mã cũ chưa chuyển',
  NAME_HONORIFIC_REMOVED: 'Đã bỏ danh xưng trước họ tên',
  NAME_PARENT_REFERENCE: 'Ô họ tên ghi con của ai đó',
  NAME_REMARK_REMOVED: 'Đã tách ghi chú khỏi họ tên',
  NAME_PUNCTUATION_REMOVED: 'Đã bỏ dấu câu, ký tự thừa trong họ tên',
  NAME_NONE_MARKER: 'Họ tên ghi không có / không rõ',
  NAME_PLACEHOLDER: 'Ô họ tên không chứa tên người',
  NAME_INVALID_CHARACTERS: 'Họ tên có ký tự không hợp lệ',
  NAME_DECLARANT_DETAILS_SPLIT: 'Đã tách thông tin thêm khỏi tên người đi khai',
  NAME_DECLARANT_UNREADABLE: 'Không đọc được tên người đi khai',
  NAME_GIVEN_NAME_EMPTY: 'Cột Tên để trống',
  NAME_SINGLE_WORD: 'Họ tên chỉ có một chữ',
  NAME_TOO_MANY_WORDS: 'Họ tên quá nhiều chữ',
  NAME_ABBREVIATED: 'Họ tên có chữ viết tắt',
  NAME_NO_DIACRITICS: 'Họ tên nhập không dấu',
  NAME_SPELLING_DOUBTFUL: 'Họ tên sai chính tả hoặc thiếu dấu',
  NAME_TELEX_UNCONVERTED: 'Họ tên gõ Telex chưa bật bộ gõ',
  NAME_FOREIGN_NATIONALITY_VN: 'Họ tên nước ngoài nhưng quốc tịch Việt Nam',
  NAME_WORDS_SEPARATED: 'Đã thêm dấu cách trong họ tên',
  NAME_TONE_STYLE_APPLIED: 'Đã đổi vị trí dấu thanh trong họ tên',
  DATE_UNPARSEABLE: 'Không đọc được ngày tháng',
  DATE_COLUMN_TOO_NARROW: 'Ô ngày chỉ có dấu #: cột quá hẹp',
  DATE_YEAR_MISSING: 'Ngày tháng không có năm',
  DATE_YEAR_FROM_BOOK: 'Ngày đăng ký lấy năm của sổ',
  DATE_YEAR_NOT_BOOK: 'Năm đăng ký khác năm của sổ',
  DATE_IMPOSSIBLE: 'Ngày không có trên lịch',
  DATE_OUT_OF_RANGE: 'Năm ngoài khoảng hợp lệ',
  DATE_TWO_DIGIT_YEAR: 'Năm ghi hai chữ số',
  DATE_LETTER_AS_DIGIT: 'Chữ cái gõ thay chữ số trong ngày',
  DATE_CENTURY_DOUBTFUL: 'Năm hai chữ số khó xác định thế kỷ',
  DATE_EXCEL_SERIAL: 'Số ngày của Excel',
  DATE_TIME_DROPPED: 'Đã bỏ giờ phút',
  DATE_UNKNOWN: 'Ngày tháng ghi không rõ',
  DATE_YEAR_IN_DATE_CELL: 'Năm sinh trong ô định dạng ngày',
  DATE_AGE_ONLY: 'Ghi tuổi thay cho ngày sinh',
  DATE_APPROXIMATE: 'Ngày tháng ước tính',
  DATE_LUNAR: 'Ngày âm lịch không đổi được',
  DATE_LUNAR_CONVERTED: 'Đã đổi ngày âm lịch sang dương lịch',
  DATE_MONTH_FIRST: 'Ngày ghi tháng trước ngày, kiểu Mỹ',
  DATE_MONTH_FIRST_COLUMN: 'Cột ngày ghi kiểu Mỹ',
  DATE_US_LOCALE_SWAPPED: 'Excel đã đảo ngày và tháng do máy đặt kiểu Mỹ',
  DATE_US_LOCALE_LIKELY: 'Có thể Excel đã đảo ngày và tháng',
  DATE_AMBIGUOUS: 'Ngày viết liền đọc được hai cách',
  SEX_UNKNOWN: 'Không đọc được giới tính',
  SEX_NOT_KNOWN: 'Giới tính ghi không rõ',
  SEX_CONFLICTING_MARKS: 'Đánh dấu cả Nam và Nữ',
  SEX_FROM_TITLE: 'Giới tính lấy theo danh xưng',
  ETHNICITY_UNKNOWN: 'Dân tộc không có trong danh mục',
  ETHNICITY_FOREIGN_NATIONAL: 'Dân tộc của người nước ngoài ghi là 55',
  ETHNICITY_AMBIGUOUS: 'Tên dân tộc chỉ nhiều dân tộc',
  ETHNICITY_CODE_UNKNOWN: 'Mã dân tộc không có trong danh mục',
  ETHNICITY_CODE_NAME_MISMATCH: 'Mã dân tộc không khớp tên dân tộc',
  NATIONALITY_UNKNOWN: 'Không nhận ra quốc tịch',
  NATIONALITY_SPELLING_CORRECTED: 'Đã sửa chính tả quốc tịch',
  NATIONALITY_MULTIPLE: 'Ghi nhiều quốc tịch',
  NATIONALITY_FORMER_STATE: 'Quốc tịch là nước không còn tồn tại',
  NATIONALITY_STATELESS: 'Người không quốc tịch',
  ID_MALFORMED: 'Số định danh sai định dạng',
  ID_DIGITS_LOST: 'Số định danh mất chữ số do dạng số mũ',
  ID_LEADING_ZERO_RESTORED: 'Đã bổ sung số 0 đầu số định danh',
  ID_DETAILS_REMOVED: 'Đã tách số giấy tờ khỏi thông tin kèm theo',
  ID_FROM_REMARKS: 'Số định danh lấy từ cột Ghi chú',
  ID_PASSPORT: 'Ghi số hộ chiếu thay số định danh',
  ID_LEGACY_CMND: 'Số CMND 9 chữ số',
  ID_CHILD_CMND: 'Trẻ em ghi số CMND',
  ID_PROVINCE_UNKNOWN: 'Mã tỉnh của số định danh không có',
  ID_SEX_CENTURY_MISMATCH: 'Số định danh không khớp giới tính, thế kỷ sinh',
  ID_BIRTH_YEAR_MISMATCH: 'Số định danh không khớp năm sinh',
  ID_PARENT_SEX_CENTURY_MISMATCH: 'Số định danh cha/mẹ không khớp giới tính, thế kỷ sinh',
  ID_PARENT_BIRTH_YEAR_MISMATCH: 'Số định danh cha/mẹ không khớp năm sinh',
  ID_PARENT_DIGITS_LOST: 'Số định danh cha/mẹ mất chữ số',
  ID_PARENT_MALFORMED: 'Số định danh cha/mẹ sai định dạng',
  REGISTER_NUMBER_YEAR_DROPPED: 'Đã bỏ năm ghi kèm số đăng ký',
  REGISTER_NUMBER_YEAR_MISMATCH: 'Năm trong số đăng ký khác năm đăng ký',
  REGISTER_DATE_CELL_RESTORED: 'Đã lấy lại số đăng ký Excel đổi thành ngày',
  PLACE_FORMER_NAME_MAPPED: 'Đã chuyển tên đơn vị thời kỳ khác',
  PLACE_SPELLING_VARIANT_MAPPED: 'Tên đơn vị viết i/y khác danh mục',
  PLACE_NAME_MARKS_MAPPED: 'Tên đơn vị sai dấu',
  PLACE_UNIT_TYPE_CORRECTED: 'Đã sửa loại đơn vị hành chính',
  PLACE_CODE_LEADING_ZERO_RESTORED: 'Đã bổ sung số 0 đầu mã xã',
  PLACE_COMMUNE_AMBIGUOUS: 'Tên xã trùng nhiều đơn vị',
  PLACE_COMMUNE_UNKNOWN: 'Không tìm thấy xã trong danh mục',
  PLACE_COMMUNE_MISSING: 'Nơi đăng ký thiếu tên xã',
  PLACE_COMMUNE_ABOLISHED: 'Xã đã bị sáp nhập trước ngày đăng ký',
  PLACE_NAME_NOT_YET_IN_FORCE: 'Tên đơn vị chưa có vào ngày đăng ký',
  PLACE_UNIT_NOT_IN_FORCE: 'Huyện/tỉnh không có vào ngày đăng ký',
  PLACE_DISTRICT_MISMATCH: 'Xã không thuộc huyện ghi trong sổ',
  PLACE_OUTSIDE_SOURCE_DISTRICT: 'Xã không thuộc huyện của sổ',
  PLACE_ABBREVIATION_EXPANDED: 'Đã viết đầy đủ chữ viết tắt địa danh',
  PLACE_CASE_NORMALIZED: 'Đã sửa chữ hoa trong địa danh',
  FIELD_REQUIRED: 'Thiếu thông tin bắt buộc',
  ENTRY_CANCELLED: 'Mục đăng ký đã bị hủy',
  ENTRY_STRUCK_THROUGH: 'Mục đăng ký bị gạch ngang',
  CELL_STRUCK_THROUGH: 'Ô có chữ bị gạch ngang',
  ENTRY_ANNULLED_LATER: 'Kết quả đăng ký bị hủy sau đó',
  ENTRY_CHANGED_LATER: 'Mục đã được cải chính, thay đổi',
  REGISTRATION_BEFORE_EVENT: 'Ngày đăng ký trước ngày sự kiện',
  REGISTER_NUMBER_REPEATED: 'Số đăng ký bị trùng',
  REGISTER_NUMBER_OUT_OF_ORDER: 'Số đăng ký không theo thứ tự ngày',
  REGISTER_NUMBER_GAP: 'Sổ thiếu số đăng ký',
  ID_PROVINCE_NOT_REGISTRATION: 'Mã tỉnh số định danh khác nơi đăng ký',
  DEATH_BEFORE_BIRTH: 'Ngày chết trước ngày sinh',
  DEATH_AGE_IMPLAUSIBLE: 'Tuổi khi chết quá cao',
  PARENT_AGE_IMPLAUSIBLE: 'Tuổi cha/mẹ bất thường',
  MARRIAGE_UNDER_AGE: 'Chưa đủ tuổi kết hôn',
  MARRIAGE_SPOUSE_NAME_SEX: 'Có thể ghi đảo cột chồng và vợ',
  SEX_MIDDLE_NAME_MISMATCH: 'Giới tính không khớp tên đệm',
  PARENT_NAME_SEX: 'Có thể ghi đảo cột cha và mẹ',
  MARRIAGE_AGE_UNCERTAIN: 'Có thể chưa đủ tuổi kết hôn',
  DEDUP_FIELD_FILLED: 'Đã bổ sung từ bản ghi trùng',
  DEDUP_ROLES_EXCHANGED: 'Đã đổi lại hai bên ghi đảo cột',
  DEDUP_SURVIVOR_LESS_COMPLETE: 'Bản ghi đã nạp trước kém đầy đủ hơn',
  DEDUP_COPIES_DISAGREE: 'Các bản trùng ghi khác nhau',
  PERSONAL_ID_REPEATED: 'Số định danh bị trùng',
};

const derived = new Map<string, string>();

/** The short Vietnamese title of a code; for a code without one, its message's first clause (derived once); the code itself when unknown. */
export function titleVi(code: string): string {
  const title = TITLES_VI[code];
  if (title !== undefined) return title;
  let text = derived.get(code);
  if (text === undefined) {
    const message = catalogEntry(code)?.messageVi;
    text = message === undefined ? code : derivedTitleVi(message) || code;
    derived.set(code, text);
  }
  return text;
}

/** A message's first clause without its placeholders: 'Họ tên "{value}" được nhập không dấu; chưa thể …' → 'Họ tên được nhập không dấu'. */
export function derivedTitleVi(message: string): string {
  return message
    .replace(/\s*[("«]?\{\w+\}[)"»]?/g, '')
    .split(/[:;.]/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

/** Codes with a title of their own (tests: every catalog code has one). */
export const TITLED_CODES: ReadonlySet<string> = new Set(Object.keys(TITLES_VI));
