import type { CatalogEntry } from './catalog-entry.js';

/** Rules on whole records (src/validate). */
export const validationCodes: readonly CatalogEntry[] = [
  {
    code: 'FIELD_REQUIRED',
    titleVi: 'Thiếu thông tin bắt buộc',
    severity: 'error',
    field: 'record',
    messageVi: 'Thiếu {label}: không thể nạp bản ghi khi không có thông tin này.',
    description: 'A field the record type requires is empty (birth: child name, birth date or year, registration date or year; marriage: both spouses\' names and the registration date; death: deceased name, death date, registration date).',
    fixVi: 'Đối chiếu sổ gốc và điền {label}; nếu sổ gốc để trống, ghi rõ "không rõ" vào cột Ghi chú.',
  },
  {
    code: 'ENTRY_CANCELLED',
    titleVi: 'Mục đăng ký đã bị hủy',
    severity: 'error',
    field: 'remarks',
    messageVi: 'Nội dung "{value}" ở {where} cho biết mục đăng ký này đã bị hủy (gạch bỏ): không nạp như một mục hợp lệ.',
    description:
      'The remarks cancel the entry itself ("Hủy", "Đã hủy", "Bỏ số này", "Ghi nhầm, hủy", "Hủy (ghi sai tên vợ), xem số 12", "Ghi trùng, gạch bỏ"), ' +
      'or say it was written wrongly and written again or is void, without the word hủy ("Ghi sai tên vợ, đã viết lại ở số 2", "Sai, xem số 4", ' +
      '"Ghi nhầm", "Viết lại số 8", "Không hợp lệ", "Ghi trùng"): a clerk crossed out an entry written wrongly, usually re-writing it under the ' +
      'next number. Loaded, it would reach the national database beside (or, as a duplicate\'s survivor, instead of) the corrected entry. ' +
      'The same words typed in the number cell ("22 (hủy)", "Hủy" instead of the number) or after the registered person\'s name ("Nguyễn Văn Hùng (Hủy)", "… - huỷ") cancel it too, ' +
      'and so does a registration software export\'s status column ("Trạng thái", "TrangThai", "Tình trạng hồ sơ") saying "Đã hủy". ' +
      'A remark that cancels something else ("Đã hủy giấy khai sinh cũ"), points elsewhere ("Xem số 5", "Sinh đôi với số 5") or records that a ' +
      'slip was corrected since ("Ghi sai năm sinh mẹ, đã cải chính") does not count.',
    fixVi: 'Đối chiếu sổ gốc: nếu mục này đúng là đã bị hủy thì không cần nhập; nếu chữ "hủy" nói về việc khác thì ghi rõ nội dung đó vào cột Ghi chú.',
  },
  {
    code: 'ENTRY_STRUCK_THROUGH',
    titleVi: 'Mục đăng ký bị gạch ngang',
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
    titleVi: 'Ô có chữ bị gạch ngang',
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
    titleVi: 'Kết quả đăng ký bị hủy sau đó',
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
    titleVi: 'Mục đã được cải chính, thay đổi',
    severity: 'warning',
    field: 'remarks',
    messageVi:
      'Cột Ghi chú "{value}" cho biết mục này đã được cải chính, thay đổi, bổ sung hoặc đăng ký nhận cha, mẹ cho con sau khi đăng ký: ' +
      'kiểm tra các ô đã nhập là nội dung sau thay đổi.',
    description:
      'The remarks record a later correction or change of the entry (cải chính, thay đổi, bổ sung, điều chỉnh, xác định lại; DOMAIN.md §3.3), ' +
      'or a parent recognised later (nhận cha cho con, nhận mẹ cho con, nhận cha, mẹ, con, xác định cha cho con; not an adoption). ' +
      'The book keeps the old value in its cells and writes the new one in the remarks, so the typed row may hold either.',
    fixVi:
      'Đối chiếu với quyết định hoặc trích lục ghi trong cột Ghi chú; nếu ô đã nhập là nội dung cũ thì sửa theo nội dung đã thay đổi ' +
      '(với việc nhận cha, mẹ: nhập họ tên, năm sinh của cha, mẹ theo trích lục).',
  },
  {
    code: 'REGISTRATION_BEFORE_EVENT',
    titleVi: 'Ngày đăng ký trước ngày sự kiện',
    severity: 'error',
    field: 'registration.date',
    messageVi: 'Ngày đăng ký ({registered}) trước ngày {event} ({eventDate}): không thể đăng ký một sự kiện chưa xảy ra.',
    description: 'The registration date is before the event it registers (birth or death) or, in a marriage entry, before a spouse was born; compared at the precision both dates have.',
    fixVi: 'Đối chiếu sổ gốc: ngày đăng ký hoặc ngày {event} đã bị ghi nhầm (thường là nhầm năm).',
  },
  {
    code: 'REGISTER_NUMBER_REPEATED',
    titleVi: 'Số đăng ký bị trùng',
    severity: 'warning',
    field: 'registration.number',
    messageVi: 'Số đăng ký {value} năm {year} của xã này đã dùng cho {earlier}: hai dòng cùng số, hoặc là một việc đăng ký nhập hai lần, hoặc một số bị ghi nhầm.',
    description: 'Another clean row of the batch has the same commune, year and number, which name one entry of a book (numbers run continuously through a year, DOMAIN.md §3.3). The year is the book\'s (its title, book number, sheet or file name, or the year its other entries share) when known, else the registration date\'s, so an entry whose date has a mistyped year (DATE_YEAR_NOT_BOOK) does not collide with the next year\'s book. Reported on the Số column; the message names the other row\'s sheet. A copy of the same entry is merged by deduplication; otherwise one of the numbers is wrong. A row rejected for another error before it holds its number too (it is a line of the book, to be loaded once fixed; the message says it was rejected), except an entry the book cancelled (ENTRY_CANCELLED): its line is void. A rejected row after one holding its number (kept, or rejected too) gets the warning beside its errors in rejected.jsonl, so the officer fixing it sees the repeat before the next run.',
    fixVi: 'Đối chiếu số đăng ký của hai dòng với sổ gốc và sửa số bị ghi nhầm.',
  },
  {
    code: 'REGISTER_NUMBER_OUT_OF_ORDER',
    titleVi: 'Số đăng ký không theo thứ tự ngày',
    severity: 'warning',
    field: 'registration.number',
    messageVi:
      'Số đăng ký {value} (ngày đăng ký {date}) không theo thứ tự ngày đăng ký: số {other} ({otherRow}) {relation}, ngày {otherDate}. Sổ cấp số theo thứ tự đăng ký, nên số hoặc ngày đăng ký của một trong hai dòng có thể bị ghi nhầm.',
    description:
      "A book numbers its entries in the order they are registered (DOMAIN.md §3.3), so a higher number never carries an earlier registration date. Per sheet and registration year, among the kept entries with a full date and a number no other entry of the book has, the longest run of numbers whose dates never go back is taken as right; each entry outside it is warned of, naming one it contradicts (two numbers typed swapped give one warning). Row order plays no part, so a book typed in another order is judged the same; an entry inserted after a number ('7a', '15 bis') stands between it and the next; an entry dated in another year than its book's is DATE_YEAR_NOT_BOOK's and left out; a repeated number (a second book restarting at 1) is REGISTER_NUMBER_REPEATED's. A book with fewer than 5 such entries, or with more than one in ten out of order (not numbered by date), is not judged.",
    fixVi: 'Đối chiếu số và ngày đăng ký của hai dòng với sổ gốc và sửa giá trị bị ghi nhầm.',
  },
  {
    code: 'REGISTER_NUMBER_GAP',
    titleVi: 'Sổ thiếu số đăng ký',
    severity: 'warning',
    field: 'registration.number',
    messageVi:
      'Sổ năm {year}: không có dòng nào mang số {missing} ({count} số), giữa số {before} ({beforeRow}) và số {after} ({afterRow}): có thể thiếu trang, sót dòng khi nhập, hoặc số bị bỏ qua trong sổ gốc.',
    description:
      "Numbers missing inside a book's run of registration numbers (numbers run from 1 through a calendar year, DOMAIN.md §3.3; gaps are a QA signal), one finding per gap, listed for the book's file and sheet without a row (errors.xlsx, summary.json problems). A book is a sheet's rows of one registration year; every row with a whole number counts, kept, merged or rejected, and so does a number typed with a mark ('5/KS', '5/ĐKL', '12/TP') or as an entry inserted after it ('7a', '7b', '15 bis': line 7's place) (a cancelled entry still used its number), and rows without a registration year — or of a year with fewer than 5 numbers in that sheet, typed with a wrong year — fill numbers but open no gap. Only for books of at least 5 numbers whose numbering is otherwise continuous: at most 3 gaps (or one per 20 numbers), and no gap longer than the book (a jump to a mistyped number is no lost page). Numbers before the first one typed are not asked for, nor numbers that rows between their neighbours' rows stand for with their Số left blank (as many rows as numbers missing). The book's year is the one its title, sheet or file name gives, else the registration dates'.",
    fixVi: 'Đối chiếu sổ gốc: nhập các dòng còn thiếu; nếu sổ gốc không có các số đó (bỏ số, trang bị mất) thì ghi chú lại.',
  },
  {
    code: 'ID_PROVINCE_NOT_REGISTRATION',
    titleVi: 'Mã tỉnh số định danh khác nơi đăng ký',
    severity: 'warning',
    field: 'child.personalId',
    messageVi: 'Số định danh của trẻ bắt đầu bằng {written} ({writtenName}), nhưng khai sinh đăng ký tại {expectedName} (mã {expected}).',
    description: 'A 12-digit personal ID begins with the code of the province where the birth was registered (DOMAIN.md §2.1), so a child in this province\'s birth book should carry its code. A warning only (§2.2 item 3): a re-registration or a slip in either number may explain it. From 2025-07-01 the book\'s communes belong to the new Phú Thọ, whose births may get its code (025) or keep Vĩnh Phúc\'s (026): which one is not documented, so both pass, and any other province\'s code is warned of as before (also under a registration date that reaches past the merge, \'2025\').',
    fixVi: 'Đối chiếu số định danh với giấy khai sinh; nếu trẻ đã được cấp số ở tỉnh khác thì ghi chú rõ.',
  },
  {
    code: 'DEATH_BEFORE_BIRTH',
    titleVi: 'Ngày chết trước ngày sinh',
    severity: 'error',
    field: 'deathDate',
    messageVi: 'Ngày chết ({died}) trước ngày sinh ({born}).',
    description: 'The date of death is before the date of birth of the deceased.',
    fixVi: 'Đối chiếu sổ gốc và sửa ngày sinh hoặc ngày chết.',
  },
  {
    code: 'DEATH_AGE_IMPLAUSIBLE',
    titleVi: 'Tuổi khi chết quá cao',
    severity: 'warning',
    field: 'deceased.birthDate',
    messageVi: 'Người chết sinh {born}, chết {died}: ít nhất {age} tuổi, quá {max} tuổi — có thể năm sinh bị ghi nhầm (ví dụ 1875 thay cho 1975).',
    description: 'The deceased would have been older than 115 at death, at the least (years apart less one): a mistyped birth year or one written in another century. A warning: the entry is loaded as typed.',
    fixVi: 'Đối chiếu năm sinh và ngày chết với sổ gốc.',
  },
  {
    code: 'DEATH_AGE_TYPED_IMPLAUSIBLE',
    titleVi: 'Tuổi ghi khi chết quá cao',
    severity: 'warning',
    field: 'deceased.birthDate',
    messageVi: 'Ô tuổi của người chết ghi "{value}": quá {max} tuổi — có thể tuổi bị ghi nhầm (ví dụ 130 thay cho 30) hoặc ô này không phải tuổi.',
    description: 'An old death book\'s age column ("Tuổi") gives the deceased an age past 115 ("130", "125 tuổi", "205"), with no birth date or year beside it: a mistyped age. The birth date stays empty as for any age (DATE_AGE_ONLY for an age up to 130); a warning, the entry is loaded.',
    fixVi: 'Đối chiếu tuổi với sổ gốc; nếu sổ gốc ghi năm sinh, nhập năm sinh.',
  },
  {
    code: 'DEATH_AGE_DATES_DISAGREE',
    titleVi: 'Tuổi khi chết không khớp ngày sinh',
    severity: 'warning',
    field: 'deceased.birthDate',
    messageVi: 'Ô tuổi của người chết ghi "{value}", nhưng từ ngày sinh ({born}) đến ngày chết ({died}) là {years} năm — tuổi, năm sinh hoặc ngày chết bị ghi nhầm.',
    description:
      'A death book with both an age column ("Tuổi") and a birth date or year: the age typed stands more than one year below or two years above the years between the birth and the death (completed years, or the nominal age, tuổi mụ, which counts up to two more). One of the three was mistyped ("95" for "75", a birth year of another person). Not for a birth year given roughly, by its lunar or cycle name or with a doubtful century. A warning on the birth date: the entry is loaded as typed.',
    fixVi: 'Đối chiếu tuổi, năm sinh và ngày chết với sổ gốc và sửa ô bị ghi nhầm.',
  },
  {
    code: 'REREGISTRATION_DATES_CONFLICT',
    titleVi: 'Ghi chú đăng ký lại trái với ngày tháng',
    severity: 'warning',
    field: 'remarks',
    messageVi: 'Ghi chú "{value}" cho biết đây là đăng ký lại, nhưng {why}.',
    description:
      "The remarks call the entry a re-registration (đăng ký lại, ĐKL), which writes again an event registered before whose book and certificate were lost (DOMAIN.md §3.3; from 01/01/2016, Decree 123/2015/NĐ-CP, only one registered before that day), while its dates rule that out (a re-registration of the entry's own event only: not 'đăng ký lại' of a residence, of a change or correction of the entry, of the parents' marriage in a birth book, nor said of a parent with no event named, 'mẹ đăng ký lại'): the first registration the remarks date is after the re-registration or before the birth or death it registers, or from 01/01/2016 on, or the birth or death itself is from 01/01/2016 on while the entry was made after that day. The remark or a date was typed wrongly (a remark copied onto the next line, a year mistyped). A warning on the remarks: the entry is loaded as typed. Not for an entry the book cancelled.",
    fixVi: 'Đối chiếu sổ gốc: nếu không phải đăng ký lại thì bỏ ghi chú; nếu đúng là đăng ký lại thì sửa ngày tháng bị ghi nhầm.',
  },
  {
    code: 'DEATH_REGISTRATION_LATE',
    titleVi: 'Khai tử muộn nhiều năm',
    severity: 'warning',
    field: 'deathDate',
    messageVi: 'Ngày chết {died} trước ngày đăng ký {registered} ít nhất {years} năm: có thể năm chết (hoặc năm đăng ký) bị ghi nhầm.',
    description:
      'The death was registered ten years or more after it happened, at the least for dates of reduced precision. The law gives 15 days (Law on Civil Status Art. 33) and a death long ago may be registered late (the national form has a type for it, DOMAIN.md §3.2), but a gap of a decade or more is as often a mistyped death year (1988 for 2018). A warning on the death date: the entry is loaded as typed. Not raised for a re-registration (đăng ký lại in the remarks, or a mark beside the registration date with the remarks empty, which then hold it: REMARKS_FROM_DATE_CELL; or a registration-kind column kept in raw, \'Loại đăng ký\': \'Đăng ký lại\'), dated when the book was written again, nor when the remarks say the death was long ago (\'Khai tử cho người chết đã lâu\', \'chết đã lâu\', \'mất từ lâu\'): the clerk recorded the gap.',
    fixVi: 'Đối chiếu ngày chết và ngày đăng ký với sổ gốc; nếu sổ ghi đúng (khai tử cho người chết đã lâu) thì không cần sửa.',
  },
  {
    code: 'PARENT_AGE_TYPED_IMPLAUSIBLE',
    titleVi: 'Tuổi cha/mẹ ghi trong sổ bất thường',
    severity: 'warning',
    field: 'birthYear',
    messageVi: 'Ô tuổi của {parent} ghi "{value}": ngoài khoảng thường gặp {min}–{max} tuổi khi sinh con — có thể tuổi bị ghi nhầm hoặc ô này không phải tuổi của {parent}.',
    description: 'An old birth book\'s age column (\'Tuổi cha\', \'Tuổi mẹ\': the forms of the 1960s–80s ask the parents\' ages) gives, with no birth year beside it (or the birth year cell holds an age written as one, \'9 tuổi\'), an age the parent cannot have had at the birth by the range of PARENT_AGE_IMPLAUSIBLE (mother 14–55, father 15–80): under the minimum (the age at the registration, so no younger at the birth), or over the maximum even less the years from the birth to the registration and two years a nominal age (tuổi mụ) may run ahead. The birth year stays empty as for any age (DATE_AGE_ONLY); a warning, the entry is loaded.',
    fixVi: 'Đối chiếu tuổi của {parent} với sổ gốc; nếu sổ gốc ghi năm sinh, nhập năm sinh.',
  },
  {
    code: 'PARENT_YEAR_LIKE_AGE',
    titleVi: 'Năm sinh cha/mẹ có thể là tuổi',
    severity: 'warning',
    field: 'birthYear',
    messageVi: 'Ô năm sinh của {parent} ghi "{value}": nếu là năm {year} thì {parent} {ageAsYear} tuổi khi sinh con, ngoài khoảng thường gặp {min}–{max} tuổi; số này có thể là tuổi của {parent} ghi nhầm vào cột năm sinh. Năm sinh để trống.',
    description: "A parent's birth-year cell holds a bare one- or two-digit number ('35') that, expanded as a two-digit year (DATE_TWO_DIGIT_YEAR: the latest century not after the child's birth), gives the parent an age at the birth outside the range of PARENT_AGE_IMPLAUSIBLE (mother 14–55, father 15–80) while the number itself, as an age, is inside it: most likely the parent's age typed in the year column (old forms ask 'Tuổi cha', 'Tuổi mẹ'). A year computed from an age is a guess, so the birth year is left empty (instead of a wrong year and PARENT_AGE_IMPLAUSIBLE); a warning, the entry is loaded. A number both readings make plausible is read as the year; one neither does stays a year with PARENT_AGE_IMPLAUSIBLE.",
    fixVi: 'Đối chiếu sổ gốc: nếu sổ ghi tuổi thì để trống năm sinh hoặc ghi năm sinh theo giấy tờ của {parent}; nếu sổ ghi năm thì nhập đủ bốn chữ số.',
  },
  {
    code: 'FATHER_DIED_BEFORE_CONCEPTION',
    titleVi: 'Cha chết quá 300 ngày trước khi trẻ sinh',
    severity: 'warning',
    field: 'birthDate',
    messageVi: 'Ghi chú cho biết cha chết ngày {fatherDeath}, {days} ngày trước ngày sinh của trẻ ({value}): quá {max} ngày, nên người cha ghi trong sổ hoặc một trong hai ngày cần xem lại.',
    description:
      "The remarks say the father died ('Cha Kiều Văn Thắng chết ngày 15/02/2015', 'Bố đã mất 15-2-2015': 'cha' or 'bố', a word of death, a whole date; not another man called father: 'cha nuôi', 'bố dượng', 'bố của mẹ', 'em bố') more than 300 days before the child's whole birth date. A child born within 300 days of the end of a marriage, the husband's death included, is taken to be the husband's (Law on Marriage and Family 52/2014/QH13 Art. 88, from memory: not in DOMAIN.md); past them the father the entry names, or one of the two dates, is doubtful. Nothing when either date is not whole, or the father died after the birth or within the 300 days (a posthumous child).",
    fixVi: 'Đối chiếu ngày sinh của trẻ, ngày chết của cha ghi trong ghi chú và người cha khai trong sổ gốc (giấy chứng sinh, giấy báo tử).',
  },
  {
    code: 'PARENT_AGE_IMPLAUSIBLE',
    titleVi: 'Tuổi cha/mẹ bất thường',
    severity: 'warning',
    field: 'birthYear',
    messageVi: 'Năm sinh của {parent} cho thấy {ageVi}, ngoài khoảng thường gặp {min}–{max} tuổi.',
    description: 'A parent\'s age at the child\'s birth (birth years only) is outside the plausible range (mother 14–55, father 15–80), including a parent born after the child; also a parent whose whole birth date, typed in the birth column, makes them younger than the minimum at the child\'s whole birth date while the years alone reach it (a mother born 20/08/2002 of a child born 05/03/2016: 13 in full years).',
    fixVi: 'Kiểm tra lại năm sinh của {parent} và ngày sinh của trẻ trong sổ gốc.',
  },
  {
    code: 'MARRIAGE_UNDER_AGE',
    titleVi: 'Chưa đủ tuổi kết hôn',
    severity: 'warning',
    field: 'birthDate',
    messageVi: 'Bên {spouse} mới {age} tuổi{basis} khi đăng ký kết hôn, dưới tuổi kết hôn tối thiểu ({minimum} tuổi tròn) theo {law}.',
    description: 'A spouse was under the legal marriage age of the law in force on the registration date (DOMAIN.md §3.4); for a re-registration (đăng ký lại) whose remarks date the first registration, on that date and by the law then. Old books contain such entries and typing errors: flagged, not rejected. In the books of the 1960s–80s that ask the age (\'Tuổi chồng\', \'Tuổi vợ\') instead of a birth date, an age typed under the minimum is flagged the same way (a nominal age is never less than the completed years), as is one written as an age in the birth date cell (\'17 tuổi\'); the birth date stays empty. A spouse whose birth date is empty is aged by the birth year their 12-digit personal ID encodes (digits 4–6, DOMAIN.md §2.1) when its sex digit is the column\'s: year precision, so an age that may reach the minimum is MARRIAGE_AGE_UNCERTAIN; the value is the ID.',
    fixVi: 'Đối chiếu ngày sinh (hoặc tuổi, ở sổ cũ ghi tuổi) của bên {spouse} với sổ gốc và giấy tờ tùy thân; nếu sổ ghi đúng, giữ nguyên và ghi chú.',
  },
  {
    code: 'MARRIAGE_SPOUSE_NAME_SEX',
    titleVi: 'Có thể ghi đảo cột chồng và vợ',
    severity: 'warning',
    field: 'fullName',
    messageVi: 'Tên bên {spouse} "{value}" có tên đệm "{word}", thường là tên {other}: có thể tên chồng và vợ đã bị ghi đảo cột.',
    description: "A husband's name with the middle name 'Thị' (a woman's) or a wife's with 'Văn' (a man's), DOMAIN.md §4: most often the spouses typed in each other's columns. Only the marked spelling counts ('Thi', 'Van' are names of their own).",
    fixVi: 'Đối chiếu sổ gốc: nếu tên chồng và vợ bị ghi đảo cột, chuyển lại cho đúng cột (cả ngày sinh, giấy tờ, nơi cư trú).',
  },
  {
    code: 'MARRIAGE_SPOUSES_ONE_PERSON',
    titleVi: 'Bên chồng và bên vợ là cùng một người',
    severity: 'error',
    field: 'fullName',
    messageVi: 'Bên chồng và bên vợ cùng ghi "{value}" với cùng {same}: một người không thể là cả hai bên, có thể thông tin một bên đã bị chép sang cột bên kia.',
    description:
      "Both spouses carry the same whole name (the tone of oa/oe/uy placed on either vowel: Thủy, Thuỷ) and the same birth date (agreeing at the coarser precision of the two: 1994 retyped for 04/03/1994) or the same personal ID: one person's cells copied into the other spouse's columns (a fill-down or a copied row). The entry cannot be loaded as it is; the other spouse's data must be typed from the book.",
    fixVi: 'Đối chiếu sổ gốc và nhập lại thông tin của bên bị chép nhầm.',
  },
  {
    code: 'MARRIAGE_SPOUSE_ALREADY_MARRIED',
    titleVi: 'Một bên đã đăng ký kết hôn với người khác',
    severity: 'warning',
    field: 'fullName',
    messageVi: 'Bên {spouse} cũng là bên {spouse} của một đăng ký kết hôn khác ({earlier}) với người khác, và không dòng nào ghi cuộc hôn nhân đó đã chấm dứt (ly hôn, vợ hoặc chồng chết, bị hủy): người đang có vợ hoặc chồng không được kết hôn với người khác.',
    description:
      "Two marriages kept after deduplication (in one batch) share a spouse on the same side — the same 12-digit ID or 9-digit CMND, or the same name with its marks and the same whole birth date, unless both entries give that spouse IDs of one kind that differ (namesakes born the same day) — and the partners' names differ, while neither entry's remarks say a marriage ended or was void (ly hôn, ly dị, chết, mất, từ trần, qua đời, góa, hủy, thu hồi) or that this one is a remarriage (tái hôn, kết hôn lần hai), neither is a re-registration, and the two were registered at most a year apart (a remarriage years later is ordinary, and a register seldom notes how the first marriage ended). Marrying while married is forbidden (Law 52/2014/QH13 Art. 5(2)(c)), so the first marriage ended unrecorded, a row was copied over another couple, or an ID or date was typed on the wrong person. A warning on the marriage registered later, whichever book comes first in the batch (the message names the other row); both are loaded.",
    fixVi: 'Đối chiếu sổ gốc và giấy xác nhận tình trạng hôn nhân của bên này: nếu cuộc hôn nhân trước đã chấm dứt, ghi chú (ly hôn theo bản án số …, vợ/chồng chết ngày …); nếu số định danh hoặc ngày sinh bị ghi nhầm người, sửa lại.',
  },
  {
    code: 'MARRIAGE_SPOUSE_SEX_TYPED',
    titleVi: 'Giới tính của bên chồng hoặc bên vợ ghi ngược',
    severity: 'warning',
    field: 'sex',
    messageVi: 'Cột giới tính của bên {spouse} ghi "{value}", trong khi bên {spouse} phải là {expected}: giới tính có thể bị ghi nhầm, hoặc chồng và vợ đã bị ghi đảo cột.',
    description:
      "A marriage book with a sex column for each spouse ('Họ tên chồng' | 'Giới tính' | …, an export's 'GioiTinhChong' / 'GioiTinhVo'): the husband's reads Nữ or the wife's Nam. The law recognises no marriage of two people of one sex (Law 52/2014/QH13 Art. 8(2)), so the cell was mistyped (filled down, copied from the other spouse) or the spouses were typed in each other's columns. The column fills no field (the spouse's role states the sex) and stays in `raw`; the entry is loaded as typed. Blank, unreadable or 'không rõ' cells say nothing; nor does an entry whose names already say the columns are crossed (MARRIAGE_SPOUSE_NAME_SEX).",
    fixVi: 'Đối chiếu sổ gốc: sửa ô giới tính nếu bị ghi nhầm; nếu chồng và vợ bị ghi đảo cột, chuyển lại cho đúng cột (cả họ tên, ngày sinh, giấy tờ, nơi cư trú).',
  },
  {
    code: 'MARRIAGE_SPOUSE_ID_SEX',
    titleVi: 'Có thể ghi đảo cột chồng và vợ',
    severity: 'warning',
    field: 'personalId',
    messageVi:
      'Số định danh {value} ở cột bên {spouse} là của {other} (chữ số thứ 4 là {digit}), và số định danh ở cột bên kia cũng là của người khác giới với cột đó: có thể chồng và vợ đã bị ghi đảo cột.',
    description:
      "Both spouses' 12-digit IDs contradict their column's sex (digit 4, DOMAIN.md §2.1), each is of the other sex and its century and year digits are the birth year typed beside it, while the names give no Văn/Thị hint either way: the spouses were typed in each other's columns, each with their own birth date and ID. Loaded as typed with this warning on each ID instead of two ID_SEX_CENTURY_MISMATCH errors, as MARRIAGE_SPOUSE_NAME_SEX for crossed names (deduplication reads both alike: a copy typed the right way round survives before it, or puts it back, DEDUP_ROLES_EXCHANGED). One ID alone against its column, or names that hint at their own column's sex, stay ID_SEX_CENTURY_MISMATCH.",
    fixVi: 'Đối chiếu sổ gốc: nếu chồng và vợ bị ghi đảo cột, chuyển lại cho đúng cột (cả họ tên, ngày sinh, giấy tờ, nơi cư trú).',
  },
  {
    code: 'SEX_GIVEN_NAME_MISMATCH',
    titleVi: 'Giới tính không khớp tên',
    severity: 'warning',
    field: 'sex',
    messageVi: 'Giới tính ghi {sex}, nhưng họ tên "{name}" có tên "{given}", chỉ dùng cho {other}: giới tính có thể bị ghi nhầm.',
    description:
      "A child (birth) or a deceased (death) recorded with the sex a one-sex given name never has ('Phạm Minh Tuấn', Nữ; 'Lê Ngọc Trang', Nam), from a short list of names borne by one sex only, with their marks (src/validate/given-name-sex.ts). Strong evidence only (DOMAIN.md §4: sex is hinted, never inferred): not when the middle name has 'Văn' or 'Thị' (an old 'Nguyễn Thị Hùng' is a woman's name; 'Văn'/'Thị' against the sex is SEX_MIDDLE_NAME_MISMATCH) or has a word leaning to the sex typed ('Lê Đức Trang', Nam; 'Trần Đình Nguyệt'), nor for a person of an ethnic group other than the Kinh (other customs: 'Triệu Tài Nguyệt', a Dao man), nor when a 12-digit ID's sex digit agrees with the sex typed, nor for a person of another nationality, nor a name that is a parent's ('Con bà …'). Both values are kept.",
    fixVi: 'Đối chiếu sổ gốc và giấy chứng sinh hoặc giấy báo tử: sửa giới tính hoặc họ tên nếu bị ghi nhầm; nếu đúng như vậy thì giữ nguyên.',
  },
  {
    code: 'SEX_MIDDLE_NAME_MISMATCH',
    titleVi: 'Giới tính không khớp tên đệm',
    severity: 'warning',
    field: 'sex',
    messageVi: 'Giới tính ghi {sex}, nhưng họ tên "{name}" có tên đệm "{word}", thường là tên {other}: giới tính hoặc họ tên có thể bị ghi nhầm.',
    description:
      "A child (birth) or a deceased (death) recorded male whose middle name has 'Thị' (a woman's), or female with 'Văn' (a man's), DOMAIN.md §4. Sex can only be hinted from these words, never inferred: both values are kept as typed. Only the marked spelling counts ('Thi', 'Van' are names of their own), a middle name with both words says nothing ('Nguyễn Thị Văn Anh'), nor does the word right after the family name when it is a parent's family name and a middle word follows it (a child carrying both parents' surnames: 'Trần Văn Khánh Linh', mother 'Văn Thị Hạnh'; for a deceased, a parent who declared the death; 'Phạm Văn Hùng', mother 'Văn Thị Lan', has no middle name but 'Văn' and is still warned of), and persons of another nationality are not checked.",
    fixVi: 'Đối chiếu sổ gốc và giấy chứng sinh hoặc giấy báo tử: sửa giới tính hoặc họ tên nếu bị ghi nhầm; nếu đúng như vậy thì giữ nguyên.',
  },
  {
    code: 'PARENT_NAME_SEX',
    titleVi: 'Có thể ghi đảo cột cha và mẹ',
    severity: 'warning',
    field: 'fullName',
    messageVi: 'Tên {parent} "{value}" có tên đệm "{word}", thường là tên {other}: có thể tên cha và mẹ đã bị ghi đảo cột.',
    description:
      "In a birth entry, a mother whose middle name has 'Văn' (a man's) or a father whose middle name has 'Thị' (a woman's), DOMAIN.md §4: most often the parents typed in each other's columns, as MARRIAGE_SPOUSE_NAME_SEX for spouses. A hint, never a correction. Only the marked spelling counts, a middle name with both words says nothing, a family name 'Văn' is no middle name, and parents of another nationality are not checked.",
    fixVi: 'Đối chiếu sổ gốc: nếu tên cha và mẹ bị ghi đảo cột, chuyển lại cho đúng cột (cả năm sinh, dân tộc, quốc tịch, nơi cư trú, giấy tờ).',
  },
  {
    code: 'PARENTS_ONE_PERSON',
    titleVi: 'Cột cha và cột mẹ ghi cùng một người',
    severity: 'warning',
    field: 'fullName',
    messageVi: 'Cột mẹ và cột cha cùng ghi "{value}" với cùng {same}: một người không thể vừa là mẹ vừa là cha, có thể thông tin của một bên đã bị chép sang cột bên kia.',
    description:
      "In a birth entry, the mother and the father carry the same whole name (the tone of oa/oe/uy placed on either vowel) and the same birth year or personal ID: one parent's cells copied into the other parent's columns (a fill-down across, a copied row), as MARRIAGE_SPOUSES_ONE_PERSON for spouses. Names with 'Văn' or 'Thị' are left to PARENT_NAME_SEX, which names the column they do not belong in. A warning on the mother's name: the entry is loaded as typed.",
    fixVi: 'Đối chiếu sổ gốc và nhập lại họ tên, năm sinh (và giấy tờ) của cha hoặc mẹ bị chép nhầm.',
  },
  {
    code: 'MARRIAGE_AGE_UNCERTAIN',
    titleVi: 'Có thể chưa đủ tuổi kết hôn',
    severity: 'warning',
    field: 'birthDate',
    messageVi: 'Bên {spouse} có thể chưa đủ tuổi kết hôn ({age} tuổi, tối thiểu {minimum} tuổi tròn theo {law}): {reason}.',
    description: 'With a birth date of reduced precision, the spouse may or may not have reached the legal marriage age: counted conservatively and flagged.',
    fixVi: 'Bổ sung ngày, tháng sinh đầy đủ của bên {spouse} nếu có giấy tờ.',
  },
];
