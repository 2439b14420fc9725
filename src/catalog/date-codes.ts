import type { CatalogEntry } from './catalog-entry.js';

/**
 * Problems the date and year normalizers report (src/normalize/date).
 * Rules: DOMAIN.md §5 (order day/month/year, partial and approximate dates,
 * impossible dates flagged not fixed, lunar dates), §3.2 (event and registration dates).
 */
export const dateCodes: readonly CatalogEntry[] = [
  {
    code: 'DATE_UNPARSEABLE',
    severity: 'error',
    field: 'date',
    messageVi: 'Không đọc được ngày tháng "{value}".',
    description: 'The cell holds text or a number that is not a date in any accepted shape (d/m/yyyy, yyyy-mm-dd, "ngày … tháng … năm …", m/yyyy, yyyy, Excel serial, compact ddmmyyyy); the value is left empty.',
    fixVi: 'Ghi lại theo dạng ngày/tháng/năm (05/03/1990), tháng/năm (03/1990) hoặc chỉ năm (1990), đúng như sổ gốc.',
  },
  {
    code: 'DATE_YEAR_MISSING',
    severity: 'error',
    field: 'date',
    messageVi: 'Ngày tháng "{value}" không có năm.',
    description: 'A day and/or month was read but no year ("05/03", "ngày 5 tháng 3", "05/03/...."); the value is left empty.',
    fixVi: 'Bổ sung năm theo sổ gốc.',
  },
  {
    code: 'DATE_IMPOSSIBLE',
    severity: 'error',
    field: 'date',
    messageVi: 'Ngày "{value}" không có trên lịch (ví dụ 31/02, 31/04, 29/02 của năm không nhuận, tháng 13, ngày 32, hoặc có ngày mà không có tháng).',
    description: 'Day or month outside the calendar (also Excel serial 60, the fictitious 1900-02-29, and a lunar day above 30). Never corrected automatically: officers re-register such dates by a documented rule (DOMAIN.md §5); the value is left empty.',
    fixVi: 'Đối chiếu sổ gốc. Nếu sổ gốc ghi đúng như vậy, xử lý theo hướng dẫn của cơ quan tư pháp (ví dụ 29/02 năm không nhuận ghi thành 01/03) và ghi chú việc sửa.',
  },
  {
    code: 'DATE_OUT_OF_RANGE',
    severity: 'error',
    field: 'date',
    messageVi: 'Năm {year} của "{value}" nằm ngoài khoảng hợp lệ {min}–{max}.',
    description: 'The year is before 1850 or after the current year (in Vietnam); usually a typing error. The value is left empty.',
    fixVi: 'Kiểm tra lỗi đánh máy ở năm (ví dụ 1099 thay cho 1990, 2091 thay cho 1991).',
  },
  {
    code: 'DATE_TWO_DIGIT_YEAR',
    severity: 'note',
    field: 'date',
    messageVi: 'Năm ghi hai chữ số trong "{value}" được hiểu là {result} (không muộn hơn năm đăng ký).',
    description: 'A two-digit year was expanded to the latest century that does not put the event after the registration year (or after the current year when no registration date is known).',
    fixVi: 'Nếu năm được hiểu sai thế kỷ, ghi lại năm đủ bốn chữ số.',
  },
  {
    code: 'DATE_EXCEL_SERIAL',
    severity: 'note',
    field: 'date',
    messageVi: 'Số "{value}" được đọc là số ngày của Excel, tức ngày {result}.',
    description: 'A bare number (or 5-digit numeric text) was read as an Excel date serial: the cell lost its date format. 1900 system with its leap-year bug, or 1904 system when the workbook uses it.',
    fixVi: 'Định dạng lại cột thành ngày (dd/mm/yyyy) trong Excel và kiểm tra ngày hiển thị có khớp sổ gốc không.',
  },
  {
    code: 'DATE_TIME_DROPPED',
    severity: 'note',
    field: 'date',
    messageVi: 'Giờ phút trong "{value}" không được giữ; chỉ lấy ngày {result}.',
    description: 'The cell carried a time of day (a Date with a time, "14 giờ 30", "14:30"); only the date is kept. Midnight (00:00) is not reported.',
    fixVi: 'Nếu cần giữ giờ (ví dụ giờ chết), ghi giờ vào cột riêng.',
  },
  {
    code: 'DATE_UNKNOWN',
    severity: 'note',
    field: 'date',
    messageVi: 'Ô ghi "{value}" nghĩa là không rõ ngày tháng; để trống.',
    description: 'The cell says the date is unknown ("không rõ", "00/00/0000", "../../....", "-", 0); the value is left empty. Whether an empty date is acceptable is decided by the record validation.',
  },
  {
    code: 'DATE_APPROXIMATE',
    severity: 'warning',
    field: 'date',
    messageVi: 'Ngày tháng "{value}" chỉ là ước tính (khoảng); được giữ đúng mức đã ghi.',
    description: 'An approximate date ("khoảng năm 1940", "k. 1940", "~1940", "1940?"); kept at the precision given, without the qualifier, so an officer should know it is not exact.',
    fixVi: 'Nếu có giấy tờ ghi ngày chính xác, cập nhật theo giấy tờ.',
  },
  {
    code: 'DATE_LUNAR',
    severity: 'warning',
    field: 'date',
    messageVi: 'Ngày "{value}" ghi theo âm lịch; chỉ giữ năm {year}, cần đổi sang dương lịch.',
    description: 'A lunar-calendar date ("âm lịch", "ÂL", "tháng Giêng", "tháng Chạp", "nhuận"). Not converted: that needs a Vietnamese (UTC+7) lunar calendar and leap-month handling; only the written year is kept, which can be one less than the solar year for the 11th/12th lunar months.',
    fixVi: 'Tra lịch vạn niên để đổi sang ngày dương lịch rồi ghi lại; lưu ý tháng 11, tháng Chạp âm lịch thường rơi vào năm dương lịch sau.',
  },
  {
    code: 'DATE_MONTH_FIRST',
    severity: 'warning',
    field: 'date',
    messageVi: 'Ngày "{value}" có vẻ ghi tháng trước ngày (kiểu Mỹ); đã hiểu là {result}.',
    description: 'The second field exceeds 12 and the first does not ("03/25/1990"), so the value was read month/day/year — typically Excel on an English-US computer (DOMAIN.md §5).',
    fixVi: 'Đối chiếu sổ gốc và ghi lại theo thứ tự ngày/tháng/năm; kiểm tra cả các ngày khác của cột này (ngày ≤ 12 có thể đã bị đảo).',
  },
  {
    code: 'DATE_AMBIGUOUS',
    severity: 'warning',
    field: 'date',
    messageVi: 'Ngày viết liền "{value}" đọc được hai cách: {candidates}; đã chọn {result}.',
    description: 'A 7-digit compact date (ddmmyyyy whose leading zero Excel dropped) that also reads as dd/m/yyyy; the leading-zero reading is kept.',
    fixVi: 'Ghi lại ngày có dấu phân cách (ví dụ 01/12/1990).',
  },
];
