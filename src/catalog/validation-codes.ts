import type { CatalogEntry } from './catalog-entry.js';

/** Rules on whole records (src/validate). */
export const validationCodes: readonly CatalogEntry[] = [
  {
    code: 'FIELD_REQUIRED',
    severity: 'error',
    field: 'record',
    messageVi: 'Thiếu {label}: không thể nạp bản ghi khi không có thông tin này.',
    description: 'A field the record type requires is empty (birth: child name, birth date or year, registration date or year; marriage: both spouses\' names and the registration date; death: deceased name, death date, registration date).',
    fixVi: 'Đối chiếu sổ gốc và điền {label}; nếu sổ gốc để trống, ghi rõ "không rõ" vào cột Ghi chú.',
  },
  {
    code: 'ENTRY_CANCELLED',
    severity: 'error',
    field: 'remarks',
    messageVi: 'Cột Ghi chú "{value}" cho biết mục đăng ký này đã bị hủy (gạch bỏ): không nạp như một mục hợp lệ.',
    description:
      'The remarks cancel the entry itself ("Hủy", "Đã hủy", "Bỏ số này", "Ghi nhầm, hủy", "Hủy (ghi sai tên vợ), xem số 12", "Ghi trùng, gạch bỏ"), ' +
      'or say it was written wrongly and written again or is void, without the word hủy ("Ghi sai tên vợ, đã viết lại ở số 2", "Sai, xem số 4", ' +
      '"Ghi nhầm", "Viết lại số 8", "Không hợp lệ", "Ghi trùng"): a clerk crossed out an entry written wrongly, usually re-writing it under the ' +
      'next number. Loaded, it would reach the national database beside (or, as a duplicate\'s survivor, instead of) the corrected entry. ' +
      'A remark that cancels something else ("Đã hủy giấy khai sinh cũ"), points elsewhere ("Xem số 5", "Sinh đôi với số 5") or records that a ' +
      'slip was corrected since ("Ghi sai năm sinh mẹ, đã cải chính") does not count.',
    fixVi: 'Đối chiếu sổ gốc: nếu mục này đúng là đã bị hủy thì không cần nhập; nếu chữ "hủy" nói về việc khác thì ghi rõ nội dung đó vào cột Ghi chú.',
  },
  {
    code: 'ENTRY_STRUCK_THROUGH',
    severity: 'error',
    field: 'row',
    messageVi:
      'Mục đăng ký này bị gạch ngang trong bảng tính (họ tên "{value}" và {struck}/{cells} ô có nội dung được định dạng chữ gạch giữa): đây là mục đã bị hủy (gạch bỏ) trong sổ, không nạp như một mục hợp lệ.',
    description:
      'The entry is struck through in the workbook (strikethrough font, XLSX only): the name of the person it registers (both spouses\' in a marriage) ' +
      'is struck whole, and so are more than half of the row\'s cells with text. A clerk cancels an entry written wrongly by striking it through ' +
      'and writes it again below; the typist copies the strike (Ctrl+5). Like ENTRY_CANCELLED, loaded it would reach the national database beside ' +
      '(or, as a duplicate\'s survivor, instead of) the entry written again. A struck remark or a struck word inside a cell does not cancel the entry (CELL_STRUCK_THROUGH).',
    fixVi: 'Đối chiếu sổ gốc: nếu mục này đúng là đã bị gạch bỏ thì không cần nhập; nếu định dạng gạch ngang là do nhập nhầm thì bỏ định dạng (chọn các ô, bấm Ctrl+5) rồi chạy lại.',
  },
  {
    code: 'CELL_STRUCK_THROUGH',
    severity: 'warning',
    field: 'text',
    messageVi: 'Ô "{value}" có chữ bị gạch ngang (định dạng chữ gạch giữa, tức là đã gạch bỏ trong sổ): phần bị gạch không được nạp, {read}.',
    description:
      'Text struck through in a cell of an entry that is not struck as a whole (XLSX only; see ENTRY_STRUCK_THROUGH). What a clerk struck is void, ' +
      'so it is not read: a cell struck whole is read as empty (a required field is then reported missing, and a struck "Hủy" cancels nothing), ' +
      'a cell with only some words struck — a word struck and written again beside it, "Nguyễn Văn ~~Hưng~~ Hùng" — is read without them. ' +
      'A struck cell under no column the record type reads stays in `raw` as typed, without a word.',
    fixVi: 'Đối chiếu sổ gốc: nếu chữ đó đúng là đã bị gạch bỏ thì xóa nó khỏi ô (giữ phần đúng); nếu định dạng gạch ngang là do nhập nhầm thì bỏ định dạng (chọn ô, bấm Ctrl+5).',
  },
  {
    code: 'ENTRY_ANNULLED_LATER',
    severity: 'warning',
    field: 'remarks',
    messageVi:
      'Cột Ghi chú "{value}" ghi rằng kết quả đăng ký này đã bị hủy hoặc thu hồi sau khi đăng ký (theo quyết định hoặc bản án): mục vẫn được nạp, cán bộ cần xem xét có nạp hay không.',
    description:
      'The remarks record that the registration was annulled or revoked after it was made, by a decision of the authority or a court judgment ' +
      '("Hủy kết quả đăng ký kết hôn theo QĐ số 12/QĐ-UBND", "Hủy việc kết hôn trái pháp luật theo bản án …", "Thu hồi, hủy bỏ GCN kết hôn ' +
      'theo QĐ …", "Đã hủy theo QĐ số …"). The entry was real and is kept, but the registration may no longer have effect. A divorce ' +
      '("Đã ly hôn theo bản án …") ends a valid marriage and is not warned of; an old paper destroyed or recalled ("Đã hủy GKS cũ") neither.',
    fixVi: 'Đối chiếu quyết định hoặc bản án ghi trong cột Ghi chú; nếu việc đăng ký đã bị hủy thì báo cán bộ phụ trách quyết định có đưa mục này vào cơ sở dữ liệu hay không.',
  },
  {
    code: 'ENTRY_CHANGED_LATER',
    severity: 'warning',
    field: 'remarks',
    messageVi: 'Cột Ghi chú "{value}" cho biết mục này đã được cải chính, thay đổi hoặc bổ sung sau khi đăng ký: kiểm tra các ô đã nhập là nội dung sau cải chính.',
    description:
      'The remarks record a later correction or change of the entry (cải chính, thay đổi, bổ sung, điều chỉnh, xác định lại; DOMAIN.md §3.3). ' +
      'The book keeps the old value in its cells and writes the new one in the remarks, so the typed row may hold either.',
    fixVi: 'Đối chiếu với quyết định ghi trong cột Ghi chú; nếu ô đã nhập là nội dung cũ thì sửa theo nội dung đã cải chính.',
  },
  {
    code: 'REGISTRATION_BEFORE_EVENT',
    severity: 'error',
    field: 'registration.date',
    messageVi: 'Ngày đăng ký ({registered}) trước ngày {event} ({eventDate}): không thể đăng ký một sự kiện chưa xảy ra.',
    description: 'The registration date is before the event it registers (birth or death) or, in a marriage entry, before a spouse was born; compared at the precision both dates have.',
    fixVi: 'Đối chiếu sổ gốc: ngày đăng ký hoặc ngày {event} đã bị ghi nhầm (thường là nhầm năm).',
  },
  {
    code: 'REGISTER_NUMBER_REPEATED',
    severity: 'warning',
    field: 'registration.number',
    messageVi: 'Số đăng ký {value} năm {year} của xã này đã dùng cho {earlier}: hai dòng cùng số, hoặc là một việc đăng ký nhập hai lần, hoặc một số bị ghi nhầm.',
    description: 'Another clean row of the batch has the same commune, registration year and number, which name one entry of a book (numbers run continuously through a year, DOMAIN.md §3.3). A copy of the same entry is merged by deduplication; otherwise one of the numbers is wrong.',
    fixVi: 'Đối chiếu số đăng ký của hai dòng với sổ gốc và sửa số bị ghi nhầm.',
  },
  {
    code: 'ID_PROVINCE_NOT_REGISTRATION',
    severity: 'warning',
    field: 'child.personalId',
    messageVi: 'Số định danh của trẻ bắt đầu bằng {written} ({writtenName}), nhưng khai sinh đăng ký tại {expectedName} (mã {expected}).',
    description: 'A 12-digit personal ID begins with the code of the province where the birth was registered (DOMAIN.md §2.1), so a child in this province\'s birth book should carry its code. A warning only (§2.2 item 3): a re-registration or a slip in either number may explain it. Not checked for registrations from 2025-07-01, when the provinces merged and the code of new births is not documented.',
    fixVi: 'Đối chiếu số định danh với giấy khai sinh; nếu trẻ đã được cấp số ở tỉnh khác thì ghi chú rõ.',
  },
  {
    code: 'DEATH_BEFORE_BIRTH',
    severity: 'error',
    field: 'deathDate',
    messageVi: 'Ngày chết ({died}) trước ngày sinh ({born}).',
    description: 'The date of death is before the date of birth of the deceased.',
    fixVi: 'Đối chiếu sổ gốc và sửa ngày sinh hoặc ngày chết.',
  },
  {
    code: 'PARENT_AGE_IMPLAUSIBLE',
    severity: 'warning',
    field: 'birthYear',
    messageVi: 'Năm sinh của {parent} cho thấy {ageVi}, ngoài khoảng thường gặp {min}–{max} tuổi.',
    description: 'A parent\'s age at the child\'s birth (birth years only) is outside the plausible range (mother 13–55, father 15–80), including a parent born after the child.',
    fixVi: 'Kiểm tra lại năm sinh của {parent} và ngày sinh của trẻ trong sổ gốc.',
  },
  {
    code: 'MARRIAGE_UNDER_AGE',
    severity: 'warning',
    field: 'birthDate',
    messageVi: 'Bên {spouse} mới {age} tuổi khi đăng ký kết hôn, dưới tuổi kết hôn tối thiểu ({minimum} tuổi tròn) theo {law}.',
    description: 'A spouse was under the legal marriage age of the law in force on the registration date (DOMAIN.md §3.4). Old books contain such entries and typing errors: flagged, not rejected.',
    fixVi: 'Đối chiếu ngày sinh của bên {spouse} với sổ gốc và giấy tờ tùy thân; nếu sổ ghi đúng, giữ nguyên và ghi chú.',
  },
  {
    code: 'MARRIAGE_SPOUSE_NAME_SEX',
    severity: 'warning',
    field: 'fullName',
    messageVi: 'Tên bên {spouse} "{value}" có tên đệm "{word}", thường là tên {other}: có thể tên chồng và vợ đã bị ghi đảo cột.',
    description: "A husband's name with the middle name 'Thị' (a woman's) or a wife's with 'Văn' (a man's), DOMAIN.md §4: most often the spouses typed in each other's columns. Only the marked spelling counts ('Thi', 'Van' are names of their own).",
    fixVi: 'Đối chiếu sổ gốc: nếu tên chồng và vợ bị ghi đảo cột, chuyển lại cho đúng cột (cả ngày sinh, giấy tờ, nơi cư trú).',
  },
  {
    code: 'MARRIAGE_AGE_UNCERTAIN',
    severity: 'warning',
    field: 'birthDate',
    messageVi: 'Bên {spouse} có thể chưa đủ tuổi kết hôn ({age} tuổi, tối thiểu {minimum} tuổi tròn theo {law}): ngày sinh chỉ ghi năm hoặc tháng.',
    description: 'With a birth date of reduced precision, the spouse may or may not have reached the legal marriage age: counted conservatively and flagged.',
    fixVi: 'Bổ sung ngày, tháng sinh đầy đủ của bên {spouse} nếu có giấy tờ.',
  },
];
