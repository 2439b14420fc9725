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
    messageVi: 'Năm sinh của {parent} cho tuổi {age} khi sinh con, ngoài khoảng thường gặp {min}–{max} tuổi.',
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
    code: 'MARRIAGE_AGE_UNCERTAIN',
    severity: 'warning',
    field: 'birthDate',
    messageVi: 'Bên {spouse} có thể chưa đủ tuổi kết hôn ({age} tuổi, tối thiểu {minimum} tuổi tròn theo {law}): ngày sinh chỉ ghi năm hoặc tháng.',
    description: 'With a birth date of reduced precision, the spouse may or may not have reached the legal marriage age: counted conservatively and flagged.',
    fixVi: 'Bổ sung ngày, tháng sinh đầy đủ của bên {spouse} nếu có giấy tờ.',
  },
];
