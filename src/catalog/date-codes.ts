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
    description: 'The cell holds text or a number that is not a date in any accepted shape (d/m/yyyy, yyyy-mm-dd, "ngày … tháng … năm …", m/yyyy, yyyy, Excel serial, compact ddmmyyyy, ddmmyy or mmyyyy); the value is left empty. Six digits that read both as a month and a year and as a day and a month ("121950": December 1950 or 1 February 1950) are not guessed.',
    fixVi: 'Ghi lại theo dạng ngày/tháng/năm (05/03/1990), tháng/năm (03/1990) hoặc chỉ năm (1990), đúng như sổ gốc.',
  },
  {
    code: 'DATE_COLUMN_TOO_NARROW',
    severity: 'warning',
    field: 'date',
    messageVi: 'Ô ngày tháng chỉ có "{value}": cột quá hẹp khi xuất tệp nên Excel ghi dấu # thay cho ngày; ngày vẫn còn trong bảng tính gốc. Để trống.',
    description:
      "The cell holds only '#' (3 or more, '########'): Excel shows a date too wide for its column that way, and 'Save as CSV' writes what is shown, so the date is lost from this file but still in the workbook. Not a clerk's typo, so not DATE_UNPARSEABLE: the value is left empty with this warning; where the date is required (registration date, a birth or death date) the record is rejected with FIELD_REQUIRED as well. One severity per code: a warning, since an optional date (a deceased's or a spouse's birth date) left empty does not stop the record.",
    fixVi: 'Mở bảng tính gốc, kéo rộng cột ngày tháng cho đến khi ngày hiện đầy đủ, rồi xuất lại tệp CSV (hoặc gửi tệp .xlsx) và chạy lại.',
  },
  {
    code: 'DATE_YEAR_MISSING',
    severity: 'error',
    field: 'date',
    messageVi: 'Ngày tháng "{value}" không có năm.',
    description: 'A day and/or month was read but no year ("05/03", "ngày 5 tháng 3", "05/03/....", "5/3/19.."); the value is left empty. Two figures that can be a day and a month ("05/03", "10/10") are one, in the register\'s order: only a second figure that is no month ("3/90") makes a month and a two-digit year.',
    fixVi: 'Bổ sung năm theo sổ gốc.',
  },
  {
    code: 'DATE_YEAR_FROM_BOOK',
    severity: 'warning',
    field: 'registration.date',
    messageVi: 'Ngày đăng ký "{value}" không ghi năm; đã lấy năm {year} của sổ, theo {source}.',
    description:
      'The registration date was typed with a day and a month only ("05/01", "ngày 5 tháng 1", a "Ngày" | "Tháng" split with the "Năm" left empty) in a book that gives exactly one year: its title lines ("SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997"), its book number ("Quyển số: 01/1997", "01-TP/HT-2016-KH", the title\'s or the row\'s own) or its sheet name ("1997", "KS 1997"). A book holds one calendar year (DOMAIN.md §3.3), so the date takes that year. Never done when the sheet names two different years, when the day does not exist in that year (DATE_YEAR_MISSING stays), for a registration date typed with its year (even another one), nor for an event date (a birth or a death may fall in the year before its registration).',
    fixVi: 'Đối chiếu sổ gốc; nếu đúng, ghi đủ ngày/tháng/năm đăng ký (ví dụ 05/01/1997).',
  },
  {
    code: 'DATE_YEAR_NOT_BOOK',
    severity: 'warning',
    field: 'registration.date',
    messageVi: 'Ngày đăng ký {date} thuộc năm {dateYear}, nhưng sổ này là sổ năm {year} (theo {source}): có thể năm đăng ký bị gõ nhầm.',
    description:
      'The registration date carries a year other than the one year its book gives: its title lines ("SỔ ĐĂNG KÝ KHAI SINH NĂM 2017"), its book number ("Quyển số: 01/2017", the title\'s or the row\'s own) or its sheet name ("2017", "KS 2017"), else its file name ("KS_SonLoi_2016.csv": one year 1945–2030 standing alone) — the sources DATE_YEAR_FROM_BOOK reads. A book that names no year anywhere takes the year nearly all its numbered entries share (at least 5 and 80 % of the sheet\'s), and an entry of another year whose number that run lacks, between its first and last number, is warned of when the batch is written (not an entry numbered past the run, nor a year whose numbers repeat the run\'s: a second book of the sheet numbering from 1 again). A book whose title, sheet or file name gives its year yields the same way when the batch is written: entries of another year whose numbers repeat the book\'s, or two or more of them all outside its run of numbers, are the next year\'s book typed on in the file or sheet (not warned of, their numbers filed under their own year), except one filling a number the book lacks between its neighbours\' rows; a title naming another year lower in the sheet (\'SỔ ĐĂNG KÝ KHAI SINH NĂM 2017\' over the header again) starts that year\'s book. A book holds one calendar year and its numbers restart with the year (DOMAIN.md §3.3), so the year is most often mistyped (\'09/01/2018\' between entries of January 2017), and the entry\'s position (commune, year, number) used by deduplication and the repeated-number check is wrong with it. A warning, not an error: a clerk may have written the first days of January in the old book. Nothing is said when the book names two years, nor for a re-registration (\'ĐKL\', \'đăng ký lại\' in the date cell or the remarks), which may give the first registration\'s date.',
    fixVi: 'Đối chiếu sổ gốc: nếu năm đăng ký bị gõ nhầm thì sửa lại; nếu sổ gốc ghi đúng như vậy (việc đăng ký đầu năm ghi tiếp vào sổ năm trước) thì giữ nguyên và ghi vào cột Ghi chú.',
  },
  {
    code: 'DATE_IMPOSSIBLE',
    severity: 'error',
    field: 'date',
    messageVi: 'Ngày "{value}" không có trên lịch (ví dụ 31/02, 31/04, 29/02 của năm không nhuận, tháng 13, ngày 32, hoặc có ngày mà không có tháng).',
    description: 'Day or month outside the calendar (also Excel serial 60, the fictitious 1900-02-29, and a lunar day its month does not have or a leap month its year does not have). Never corrected automatically: officers re-register such dates by a documented rule (DOMAIN.md §5); the value is left empty.',
    fixVi: 'Đối chiếu sổ gốc. Nếu sổ gốc ghi đúng như vậy, xử lý theo hướng dẫn của cơ quan tư pháp (ví dụ 29/02 năm không nhuận ghi thành 01/03) và ghi chú việc sửa.',
  },
  {
    code: 'DATE_OUT_OF_RANGE',
    severity: 'error',
    field: 'date',
    messageVi: 'Năm {year} của "{value}" nằm ngoài khoảng hợp lệ {min}–{max}.',
    description: 'The year is before 1850 or after the current year (in Vietnam); usually a typing error. A whole number from 100 to 2100 in a number cell is such a year typed, never an Excel serial of 1900–1905. The value is left empty.',
    fixVi: 'Kiểm tra lỗi đánh máy ở năm (ví dụ 1099 thay cho 1990, 2091 thay cho 1991).',
  },
  {
    code: 'DATE_TWO_DIGIT_YEAR',
    severity: 'note',
    field: 'date',
    messageVi: 'Năm ghi hai chữ số trong "{value}" được hiểu là {result} (không muộn hơn năm đăng ký; với năm sinh của cha, mẹ: không muộn hơn năm sinh của con).',
    description: 'A two-digit year was expanded to the latest century that does not put the event after the registration year (or after the current year when no registration date is known); a parent\'s birth year in a birth record, to the latest that does not put it after the child\'s birth.',
    fixVi: 'Nếu năm được hiểu sai thế kỷ, ghi lại năm đủ bốn chữ số.',
  },
  {
    code: 'DATE_LETTER_AS_DIGIT',
    severity: 'note',
    field: 'date',
    messageVi: 'Ngày tháng "{value}" có chữ cái gõ thay cho chữ số (chữ O thay số 0, chữ l hoặc I thay số 1); đã đọc là {digits}.',
    description:
      'A date typed with letters for the digits they look like ("05/03/199O", "O5/O3/1990", "l5/3/1990": O or o for 0, l or I for 1), a typewriter habit and a common slip. Read as those digits only when the whole cell is digits, date separators and such letters, with more digits than letters, and the digits make a date; never inside words ("tháng O3/1990" stays unreadable), and "II" is a Roman month, not 11.',
    fixVi: 'Gõ lại ngày bằng chữ số ({digits}) và đối chiếu sổ gốc.',
  },
  {
    code: 'DATE_CENTURY_DOUBTFUL',
    severity: 'warning',
    field: 'date',
    messageVi:
      'Năm hai chữ số trong "{value}" được hiểu là {result} để không muộn hơn năm {limit}, tức sớm hơn {years} năm; nếu là năm {alternative} thì lại muộn hơn năm {limit}. Năm này hoặc ngày đăng ký có thể đã bị ghi nhầm.',
    description:
      'A two-digit year one or two past the registration year ("5/3/96" registered on 20/03/1995) goes back a century (1896), almost a hundred years before the registration, since an event is not registered before it happens; the other reading (1996) is after the registration. One of the two dates is most likely mistyped. Years further back are not reported: re-registrations of people born 60–90 years earlier are real. Not reported for parents\' birth years, which their age check covers.',
    fixVi: 'Đối chiếu sổ gốc: ghi năm đủ bốn chữ số; nếu ngày đăng ký bị ghi nhầm năm thì sửa ngày đăng ký.',
  },
  {
    code: 'DATE_EXCEL_SERIAL',
    severity: 'note',
    field: 'date',
    messageVi: 'Số "{value}" được đọc là số ngày của Excel, tức ngày {result}.',
    description: 'A number above 2100 (or 5-digit numeric text) was read as an Excel date serial: the cell lost its date format. Numbers up to 2100 are years typed (below 100 two-digit years), and so is any number below 10000 in a column headed by a year. 1900 system with its leap-year bug, or 1904 system when the workbook uses it.',
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
    description: 'The cell says the date is unknown ("không rõ", "00/00/0000", "../../....", "-", 0), or gives only part of the year ("19..", "19??"), which is no year; the value is left empty. Whether an empty date is acceptable is decided by the record validation.',
  },
  {
    code: 'DATE_YEAR_IN_DATE_CELL',
    severity: 'warning',
    field: 'date',
    messageVi: 'Ô năm sinh được định dạng ngày nên Excel hiển thị {shown}: số gõ vào là năm, đọc là năm {year}.',
    description: 'A year typed into a year column formatted as a date is stored as that many days after 1900: "1925" shows as 08/04/1905. A date cell of a year column (a parent\'s "Năm sinh"), or of a date column whose header names a year and no day ("Năm sinh chồng", the deceased\'s "Năm sinh", the "Năm" of a split date), that falls on such a day (serials 1850 to the current year, all in the first half of 1905, or of 1909 in a 1904-based workbook) and whose format shows the whole day is read as the year typed; so is a serial from 1 to 99 (shown early in 1900), a two-digit year resolved as any other. Under a day header ("Ngày sinh", "Ngày, tháng, năm sinh") such a day is kept: an old person may be born in 1905.',
    fixVi: 'Định dạng ô là văn bản (Text) hoặc General rồi gõ lại năm; nếu đúng là ngày năm 1905, sửa lại cho đúng.',
  },
  {
    code: 'DATE_AGE_ONLY',
    severity: 'warning',
    field: 'date',
    messageVi: 'Ô ghi tuổi ("{value}") thay cho ngày tháng năm; để trống.',
    description: 'The cell gives an age ("75 tuổi", "thọ 80 tuổi", "5 ngày tuổi", "82t", or a number after "thọ", "hưởng thọ", "hưởng dương": "thọ 85") instead of a date, as old death entries do for the deceased\'s birth; the value is left empty (a year computed from an age is a guess). A date written beside the age ("1940 (82 tuổi)") is read and the age ignored. Books of the 1960s–80s also have an age column instead of the birth date or year ("Tuổi" of the deceased, "Họ tên cha" | "Tuổi", "Tuổi mẹ", "Tuổi chồng", "Tuổi vợ"): where the person\'s birth date column is absent or empty, the age there gets this warning on the birth date, which stays empty; beside a birth date or year the age is only kept in raw.',
    fixVi: 'Ghi năm sinh (hoặc ngày sinh) theo giấy tờ; nếu chỉ biết tuổi, ghi năm sinh ước tính kèm chữ "khoảng".',
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
    messageVi: 'Ngày "{value}" ghi theo âm lịch nhưng thiếu ngày hoặc tháng nên không đổi được sang dương lịch; chỉ giữ năm {year}.',
    description: 'A lunar-calendar month or year without a day ("tháng Chạp năm 1940 âm lịch", "1940 ÂL"): no solar date matches it. The solar year is kept when the whole lunar month falls in one solar year (the 12th month of 1940 is all in 1941), otherwise the lunar year as written.',
    fixVi: 'Nếu sổ gốc có đủ ngày tháng âm lịch, ghi đủ để đổi được sang dương lịch; lưu ý tháng 11, tháng Chạp âm lịch thường rơi vào năm dương lịch sau.',
  },
  {
    code: 'DATE_LUNAR_CONVERTED',
    severity: 'note',
    field: 'date',
    messageVi: 'Ngày âm lịch "{value}" đã đổi sang dương lịch: {result}.',
    description: 'A whole lunar-calendar date ("âm lịch", "ÂL", "tháng Giêng", "tháng Chạp", "nhuận" for the leap month) converted to its solar date with the Vietnamese calendar: computed for UTC+7 from lunar year 1968, for UTC+8 (the Chinese calendar Vietnam used) before (src/normalize/date/lunar-calendar.ts). A leap month the year does not have, or day 30 of a 29-day month, is DATE_IMPOSSIBLE.',
    fixVi: 'Nếu ngày dương lịch không khớp với giấy tờ gốc, ghi lại ngày dương lịch vào sổ số hóa.',
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
    code: 'DATE_MONTH_FIRST_COLUMN',
    severity: 'warning',
    field: 'date',
    messageVi: 'Các ngày trong cột này được ghi theo kiểu Mỹ (tháng/ngày/năm): có ngày mà số thứ hai lớn hơn 12, không có ngày nào mà số đầu lớn hơn 12; vì vậy ngày "{value}" đã được hiểu là {result}.',
    description:
      'A date that reads either way ("1/3/2012": both fields at most 12), in a column of text dates written month first — typically a CSV exported on an English-US Windows, which writes every date m/d/yyyy (DOMAIN.md §5). The column shows it as a whole: at least 3 texts whose second field exceeds 12 ("1/25/2012", each read month-first with DATE_MONTH_FIRST) and none whose first field does ("25/1/2012"); a day-first book has a month above 12 only by a typo, and a day above 12 in most of its dates. The date is read month/day/year like the rest of its column. A column holding both kinds is a mix, each text read on its own (day first unless its second field exceeds 12). Judged per sheet and column; when more than 20,000 rows wait for a verdict, the column is judged on the rows read so far and the verdict holds for the rest of the sheet.',
    fixVi: 'Đối chiếu sổ gốc: nếu ngày đúng là {result} thì không cần sửa, nếu không thì sửa lại ô. Lần sau hãy xuất tệp CSV trên máy tính đặt định dạng ngày Việt Nam (dd/MM/yyyy).',
  },
  {
    code: 'DATE_US_LOCALE_SWAPPED',
    severity: 'note',
    field: 'date',
    messageVi: 'Cột ngày này được nhập trên máy tính đặt định dạng ngày kiểu Mỹ (tháng/ngày/năm): Excel đã đảo ngày và tháng khi lưu, ô hiển thị {shown}; đã đọc lại đúng thứ tự là {result}.',
    description:
      'A Date cell of a column typed d/m/yyyy on a PC set to US dates (DOMAIN.md §5): Excel read "05/08/1990" (5 August) month first and stored 8 May 1990, and left "25/08/1990" (no month 25) as text. The column shows it as a whole: text dates whose first field is above 12, Date cells whose day is at most 12, and no text date Excel would have converted ("05/08/1990", "05/25/1990"); a day-first book shows this by chance at most once in a million (each text date\'s day is above 12 about 221 days in 365, each Date cell\'s at most 12 about 144 in 365), or once in a thousand with every Date cell in an explicit month-first format ("m/d/yyyy"). Each Date cell of the column that shows a whole day is read with its day and month exchanged back; the text dates read as typed. Judged per sheet and column in workbooks (never a CSV, which has no Date cells), for sheets of up to 20,000 rows.',
    fixVi: 'Đối chiếu sổ gốc. Trong Excel, định dạng cột ngày là văn bản (Text) rồi gõ lại các ngày ≤ 12 theo ngày/tháng/năm, hoặc đặt máy về định dạng ngày Việt Nam (dd/MM/yyyy) trước khi nhập tiếp.',
  },
  {
    code: 'DATE_US_LOCALE_LIKELY',
    severity: 'warning',
    field: 'date',
    messageVi: 'Cột ngày này có dấu hiệu được nhập trên máy tính đặt định dạng ngày kiểu Mỹ (tháng/ngày/năm), Excel đã đảo ngày và tháng: ô hiển thị {shown} đã được đọc lại là {result}. Cần đối chiếu sổ gốc.',
    description:
      'As DATE_US_LOCALE_SWAPPED (the day and month of the Date cell are exchanged back), where the column\'s evidence is less than certain: a day-first book would show it by chance at most once in a thousand but more than once in a million, or a Date cell of the column has a day-first format ("dd/mm/yyyy": the clerk saw the exchanged day and may have corrected it). Fewer than 3 text dates or 3 Date cells, or a chance above one in a thousand, leave the column as Excel stored it.',
    fixVi: 'Đối chiếu ngày trong sổ gốc: nếu đúng là {result} thì sửa ô trong Excel (định dạng Text, gõ lại theo ngày/tháng/năm); nếu sổ gốc ghi {shown} thì sửa lại ô cho đúng và báo lại để không đảo.',
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
