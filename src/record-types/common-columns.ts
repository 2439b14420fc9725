import type { ColumnDefinition } from './column.js';
import { nameAndBirthDateAttribute } from './name-and-birth-date.js';

/** 'Số, quyển', 'Số/quyển số' as written (lower case): the number, then the book. */
const NUMBER_AND_BOOK = /s[oố]\s*[,/;&-]\s*(?:q\b|quy[eể]n)/u;
/** Any label but those (the fold of 'Số, quyển' is that of 'Số quyển', the book's number). */
const NOT_NUMBER_AND_BOOK = /^(?![^]*s[oố]\s*[,/;&-]\s*(?:q\b|quy[eể]n))/u;

/** Register-position columns every book has (Circular 04/2020/TT-BTP forms). */
export const registrationColumns: ColumnDefinition[] = [
  { key: 'stt', header: 'STT', aliases: ['TT', 'Số thứ tự', 'Số TT'] },
  {
    key: 'registration.number',
    header: 'Số',
    // The number on the certificate is the book's row number (DOMAIN.md §3.3).
    aliases: ['Số đăng ký', 'Số ĐK', 'Số đăng ký hộ tịch', 'Số hiệu', 'Số sổ', 'Số giấy khai sinh', 'Số khai sinh', 'Số trích lục', 'Số giấy chứng tử', 'Số giấy chứng nhận kết hôn'],
    // The marriage certificate's number, abbreviated as its issue date's column is ('Ngày cấp GCNKH'): the
    // number where the book prints no 'Số' column; beside one, the paper's own series number.
    secondaryAliases: ['Số GCNKH', 'Số GCN KH', 'Số giấy CNKH', 'Số giấy CN kết hôn'],
    // 'Số ĐKKH' (số đăng ký kết hôn) as 'Ngày ĐKKH' is the registration date.
    abbreviations: ['Số KS', 'Số KH', 'Số KT', 'Số ĐKKS', 'Số ĐKKH', 'Số ĐKKT'],
  },
  {
    key: 'registration.book',
    header: 'Quyển số',
    aliases: ['Quyển', 'Số quyển', 'Quyển sổ'],
    // 'Số, quyển' / 'Số/quyển' (two things) folds as 'Số quyển' (one): registration.numberAndBook.
    notMatching: NUMBER_AND_BOOK,
  },
  {
    // The number and the book in one column ('15', '15/01', '15, quyển 01'); read by registration-fields.ts.
    key: 'registration.numberAndBook',
    header: 'Số, quyển',
    aliases: ['Số, quyển số', 'Số, Q'],
    // Only with the separator typed: 'Số quyển' is the book's number.
    notMatching: NOT_NUMBER_AND_BOOK,
  },
  {
    key: 'registration.date',
    header: 'Ngày đăng ký',
    aliases: [
      'Ngày ĐK',
      'Ngày, tháng, năm đăng ký',
      'Ngày, tháng, năm ĐK',
      'Ngày tháng năm đăng ký',
      // Books that keep the year in the title ('SỔ ĐĂNG KÝ KHAI TỬ NĂM 1997') and the day and month in the column.
      'Ngày, tháng đăng ký',
      'Ngày đăng ký khai sinh',
      'Ngày đăng ký kết hôn',
      'Ngày đăng ký khai tử',
    ],
    // 'Ng. ĐK' (ngày đăng ký) cut to fit a narrow column, as 'Ng. sinh' is.
    // 'Ngày ĐKKS' / 'ĐKKT' / 'ĐKKH': the date the birth, death or marriage was registered (đăng ký khai sinh, khai tử, kết hôn).
    abbreviations: ['Ng. ĐK', 'Ng. đăng ký', 'Ngày ĐKKS', 'Ngày ĐK KS', 'Ngày ĐKKT', 'Ngày ĐK KT', 'Ngày ĐKKH', 'Ngày ĐK KH'],
    // The day the register's own certificate was issued, which is the day of registration (Law 60/2014/QH13
    // Art. 17, 18, 34: the birth certificate, the marriage certificate and the death extract are handed over
    // on registration). Naming the certificate, the label cannot be an ID card's issue date. Beside a
    // 'Ngày đăng ký' column it is a copy or a later issue (a re-issued certificate): 'Ngày đăng ký' keeps the key.
    secondaryAliases: [
      'Ngày cấp GKS', 'Ngày cấp giấy KS', 'Ngày cấp giấy khai sinh',
      'Ngày cấp GCN', 'Ngày cấp GCNKH', 'Ngày cấp GCN KH', 'Ngày cấp giấy CNKH', 'Ngày cấp giấy CN kết hôn',
      'Ngày cấp giấy chứng nhận kết hôn', 'Ngày cấp giấy chứng nhận đăng ký kết hôn',
      'Ngày cấp giấy chứng tử', 'Ngày cấp trích lục', 'Ngày cấp trích lục khai tử',
    ],
    // 'Ngày cấp' alone: in some books the certificate's issue date, i.e. the registration date; beside a
    // spouse's ID ('Số CMND' | 'Ngày cấp') it is the ID's issue date instead. 'Ngày khai': old books'
    // declaration forms (1960s–80s: 'Người đứng khai' | 'Ngày khai') date the declaration, which is the
    // registration — unless the sheet has its own 'Ngày đăng ký', which the declaration preceded. Whole
    // labels only ('Ngày khai sinh' may be typed for the birth date).
    fallbackLabels: ['Ngày cấp', 'Ngày khai'],
  },
  {
    key: 'registration.place',
    header: 'Nơi đăng ký',
    aliases: [
      'Nơi ĐK', 'Cơ quan đăng ký', 'Cơ quan ĐK', 'Nơi đăng ký hộ tịch', 'UBND xã', 'UBND cấp xã', 'Đơn vị đăng ký',
      // The commune that registered, named by its level ('Xã/phường đăng ký').
      'Xã đăng ký', 'Xã/phường đăng ký', 'Xã, phường đăng ký', 'Xã, phường, thị trấn đăng ký',
    ],
    // A column of the commune's GSO code, which the place matcher reads as it reads a code typed in the place
    // cell ('8953', its zero lost as a number: PLACE_CODE_LEADING_ZERO_RESTORED). A place column beside it wins.
    secondaryAliases: ['Mã xã', 'Mã ĐVHC', 'Mã đơn vị hành chính', 'Mã xã/phường', 'Mã phường/xã', 'Mã phường, xã', 'Mã xã, phường, thị trấn', 'Mã đơn vị HC', 'Mã xã đăng ký'],
    // 'Nơi đăng ký HKTT', 'Nơi đăng ký nhân khẩu thường trú': where a person's residence is registered (hộ khẩu
    // thường trú), a person's column, not the place of this register.
    notMatching: /n[oơ]i\s+(?:[dđ][aăâ]ng\s+k[yýií]|[dđ]k)\s*(?:hk|nk|tt|th[uư][oờ]ng\s+tr[uú]|t[aạ]m\s+tr[uú]|h[oộ]\s+kh[aẩ]u|nh[aâ]n\s+kh[aẩ]u)/u,
    // The place named with the register's kind ('Nơi ĐKKS' in a birth book), only as the whole label: inside a
    // longer one ('Nơi đăng ký khai sinh trước đây' of a re-registration) it is another place.
    wholeLabels: ['Nơi đăng ký khai sinh', 'Nơi ĐKKS', 'Nơi ĐK khai sinh', 'Nơi đăng ký kết hôn', 'Nơi ĐKKH', 'Nơi ĐK kết hôn', 'Nơi đăng ký khai tử', 'Nơi ĐKKT', 'Nơi ĐK khai tử'],
  },
];

/**
 * A label that names the declarant (người đi khai, người đứng khai, người khai, người đi đăng ký, người yêu
 * cầu), raw and lower case, marks optional: it is the declarant's column, never one of the registered person's
 * ('Họ tên, tuổi, nơi thường trú người đứng khai' is not the deceased's residence).
 */
export const DECLARANT_LABEL = /ng[uư][oờ]i\s+(?:(?:[dđ][uứ]ng\s+|[dđ]i\s+)?khai(?!\p{L})|[dđ]i\s+[dđ][aă]ng\s+k[yýií]|y[eê]u\s+c[aầ]u)/u;

/** Attribute headers shared by every person in a register; role words are added per record type. */
export const personAttributes = {
  fullName: {
    header: 'Họ và tên',
    aliases: ['Họ tên', 'Họ, chữ đệm, tên', 'Họ, chữ đệm và tên', 'Họ chữ đệm và tên', 'Tên'],
    // Abbreviations of the books' headers (HT = họ tên, NS = ngày/năm sinh, GT = giới tính, DT = dân tộc, QT = quốc tịch).
    abbreviations: ['HT', 'H.tên'],
  },
  // Some templates split the name (QCVN 109 stores Ho, ChuDem, Ten): 'Họ' | 'Chữ đệm' | 'Tên'.
  // 'Tên' then lands on fullName and the reader joins the parts (FieldReader.name).
  familyNamePart: { header: 'Họ', aliases: [] },
  middleNamePart: { header: 'Chữ đệm', aliases: ['Tên đệm', 'Đệm', 'Chữ lót', 'Tên lót'] },
  // 'Họ tên, ngày sinh': the name and the birth date in one column (name-and-birth-date.ts).
  nameAndBirthDate: nameAndBirthDateAttribute,
  birthDate: {
    header: 'Ngày sinh',
    aliases: ['Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Sinh ngày', 'Năm sinh', 'Sinh năm', 'NTNS'],
    // 'Ng. sinh' (ngày sinh) as clerks shorten it to fit a narrow column; never 'N. sinh', which may be nơi or năm.
    abbreviations: ['NS', 'Ng. sinh', 'N/S'],
  },
  birthYear: { header: 'Năm sinh', aliases: ['Sinh năm', 'Ngày sinh', 'Ngày, tháng, năm sinh', 'Ngày tháng năm sinh'], abbreviations: ['NS', 'Ng. sinh', 'N/S'] },
  sex: {
    header: 'Giới tính',
    aliases: [
      'Giới', 'Nam/Nữ', 'Nam, nữ', 'Phái',
      // Forms of the 1960s–80s ask the question in one column and the clerk writes the answer: 'Trai' / 'Gái', 'Nam' / 'Nữ'.
      'Trai/Gái', 'Trai hay gái', 'Con trai hay con gái', 'Con trai/con gái', 'Nam hay nữ',
    ],
    abbreviations: ['GT'],
  },
  /**
   * The person's age, which old books wrote instead of a birth date or year ('Họ tên cha' | 'Tuổi', 'Tuổi vợ',
   * a deceased's 'Tuổi'): read only to tell that the birth date is missing (age-column.ts), its cells kept in `raw`.
   */
  age: { header: 'Tuổi', aliases: [], keptInRaw: true },
  // 'ĐT' typed with its Đ is điện thoại (a phone number), never 'DT' = dân tộc: the raw label tells them apart.
  ethnicity: { header: 'Dân tộc', aliases: ['Dân tộc, quốc tịch', 'Dân tộc/Quốc tịch', 'Dân tộc - Quốc tịch', 'Dân tộc và quốc tịch'], abbreviations: ['DT', 'D.tộc'], notMatching: /(?<!\p{L})đt(?!\p{L})/u },
  nationality: { header: 'Quốc tịch', aliases: [], abbreviations: ['QT', 'Q.tịch'] },
  residence: {
    header: 'Nơi cư trú',
    aliases: [
      'Nơi thường trú', 'Nơi ở', 'Chỗ ở', 'Địa chỉ', 'Nơi cư trú cuối cùng', 'Nơi thường trú cuối cùng', 'Hộ khẩu thường trú', 'Thường trú', 'HKTT', 'Trú quán',
      // Where the person's residence is registered (hộ khẩu / nhân khẩu thường trú), not the place of registration.
      'Nơi đăng ký HKTT', 'Nơi ĐKHKTT', 'Nơi ĐK HKTT', 'Nơi đăng ký hộ khẩu thường trú', 'Nơi đăng ký hộ khẩu', 'Nơi đăng ký thường trú',
      'Nơi đăng ký nhân khẩu thường trú', 'Nơi đăng ký tạm trú', 'Nơi đăng ký HKTT cuối cùng', 'Nơi đăng ký thường trú cuối cùng',
      'Nơi đăng ký nhân khẩu thường trú cuối cùng',
      // The same, abbreviated: ĐKTT = đăng ký thường trú, ĐKHK = đăng ký hộ khẩu, (Đ)NKTT = (đăng ký) nhân khẩu thường trú.
      'Nơi ĐKTT', 'Nơi ĐK TT', 'Nơi ĐKHK', 'Nơi ĐK HK', 'Nơi ĐKNKTT', 'Nơi ĐK NKTT', 'Nơi đăng ký NKTT', 'Nơi đăng ký HK',
      'Nơi ĐKTT cuối cùng', 'Nơi ĐKHKTT cuối cùng', 'Nơi ĐKNKTT cuối cùng', 'Nơi đăng ký NKTT cuối cùng',
      // Old forms ask where the person lives now.
      'Nơi ở hiện nay', 'Chỗ ở hiện nay', 'Nơi ở hiện tại', 'Chỗ ở hiện tại', 'Nơi cư trú hiện nay', 'Nơi cư trú hiện tại',
      'Nơi thường trú hiện nay', 'Hộ khẩu thường trú hiện nay', 'Địa chỉ thường trú', 'Nơi ĐKHK thường trú', 'Trú tại',
    ],
    // 'Nơi c.trú' (nơi cư trú) cut to fit a narrow column; 'Nơi TT' (nơi thường trú).
    abbreviations: ['Nơi c.trú', 'Nơi TT'],
  },
  personalId: {
    header: 'Số định danh cá nhân',
    aliases: [
      'Số định danh', 'Mã định danh', 'Số ĐDCN', 'Số CCCD', 'Số căn cước', 'Số CMND', 'CMND', 'Giấy tờ tùy thân', 'Số giấy tờ tùy thân',
      // The 2016+ books: the old card or the citizen's card, whichever the person has.
      'CCCD', 'Số CMND/CCCD', 'CMND/CCCD', 'Số CMND hoặc CCCD', 'CMND hoặc CCCD', 'Số căn cước công dân', 'Căn cước công dân', 'Số thẻ căn cước công dân',
      'Số CMND/Hộ chiếu', 'CMND/Hộ chiếu', 'Số CMND, hộ chiếu', 'Giấy tờ tùy thân (CMND, hộ chiếu)', 'Số giấy tờ',
      // The card's full name, and the northern everyday one: chứng minh thư (nhân dân), CMT, CMTND.
      'Số chứng minh nhân dân', 'Chứng minh nhân dân', 'Số chứng minh thư', 'Chứng minh thư', 'Số chứng minh thư nhân dân',
      'CMT', 'Số CMT', 'CMTND', 'Số CMTND', 'Số CMT/CCCD', 'CMT/CCCD', 'Số CMTND/CCCD', 'CMTND/CCCD',
      // The label written as the paper's own line reads ('CMND số: …').
      'CMND số', 'CMT số', 'CCCD số', 'Giấy CMND số', 'Giấy CMND', 'Số giấy CMND',
      // The citizen's card first, the old card's after ('Số CCCD/CMND'), or the card named in full.
      'Số CCCD/CMND', 'CCCD/CMND', 'Số CMND/Thẻ CCCD', 'Số CMND/CCCD/Hộ chiếu', 'Số Chứng minh nhân dân/Hộ chiếu',
      // The number with its issue date in one cell ('135100200, 12/5/2001'): the ID reader takes the number.
      'Số CMND, ngày cấp', 'Số CMND, ngày cấp, nơi cấp', 'Số CMND, ngày và nơi cấp', 'Số, ngày cấp CMND', 'Số CCCD, ngày cấp',
      'Giấy tờ tùy thân, ngày cấp', 'Số giấy tờ tùy thân, ngày cấp',
      // The personal number or, for whoever has none yet, the old card's.
      'Số định danh/CMND', 'Số định danh / CMND', 'Số định danh hoặc CMND', 'Số ĐDCN/CMND', 'Số định danh cá nhân/CMND',
      'Số định danh/CCCD', 'Số ĐDCN/CCCD', 'Số định danh cá nhân/CCCD', 'Số định danh (CMND)', 'Số định danh, CMND',
      // The card's name since the Law on Identification 26/2023/QH15 (in force 01/07/2024): thẻ căn cước.
      'Căn cước', 'Thẻ căn cước', 'Số thẻ căn cước', 'Mã ĐDCN',
      // Books of marriages with a foreign element: the citizen's card or the foreigner's passport.
      'CCCD/Hộ chiếu', 'Số CCCD/Hộ chiếu', 'Số CCCD, hộ chiếu', 'Số định danh/Hộ chiếu', 'Số định danh cá nhân/Hộ chiếu',
      // … and the city's books of deaths and births with a foreign element, the passport named first.
      'Hộ chiếu/CCCD', 'Số hộ chiếu/CCCD', 'Số hộ chiếu, CCCD', 'Hộ chiếu/CMND', 'Số hộ chiếu/CMND', 'Số hộ chiếu/CMND/CCCD',
      'Số hộ chiếu/Số định danh', 'Số hộ chiếu/định danh',
    ],
    abbreviations: ['ĐDCN', 'SĐDCN'],
  },
  birthPlace: { header: 'Nơi sinh', aliases: ['Sinh tại'] },
  // 'Quê' alone, 'QQ': a clerk's short header for the hometown, as the whole label only ('Quê' is inside no other label).
  hometown: { header: 'Quê quán', aliases: ['Nguyên quán'], abbreviations: ['Quê', 'QQ', 'Q.quán', 'N.quán'] },
} as const;

/**
 * One column for when and where a person was born ('Ngày, nơi sinh', 'Ngày tháng năm sinh, nơi sinh'): the
 * birth date column, whose cells the reader splits at the place (FieldReader.eventDate for a child, whose place
 * has a field; FieldReader.birthDateBeforePlace for a deceased or a spouse, whose place stays in raw).
 */
export const BIRTH_DATE_AND_PLACE_LABELS = [
  'Ngày, nơi sinh', 'Ngày sinh, nơi sinh', 'Ngày và nơi sinh', 'Ngày sinh và nơi sinh', 'Ngày, giờ, nơi sinh',
  'Ngày, tháng, năm sinh, nơi sinh', 'Ngày tháng năm sinh, nơi sinh', 'Ngày, tháng, năm, nơi sinh', 'Ngày tháng năm, nơi sinh',
  'Ngày, tháng, năm và nơi sinh', 'Ngày tháng năm và nơi sinh', 'Sinh ngày, tại',
];

/** The birth date attribute with the labels of a date-and-place column. */
export const birthDateAndPlace = { ...personAttributes.birthDate, aliases: [...personAttributes.birthDate.aliases, ...BIRTH_DATE_AND_PLACE_LABELS] };

export const declarantColumns: ColumnDefinition[] = [
  {
    key: 'declarant.fullName',
    header: 'Người đi khai',
    aliases: [
      'Người đi khai sinh',
      'Người đi khai tử',
      'Họ và tên người đi khai',
      'Họ tên người đi khai',
      'Người khai',
      'Họ và tên người đi khai sinh',
      'Họ và tên người đi khai tử',
      // Circular 04/2020 books: 'Người đi khai tử' merged over 'Họ, chữ đệm, tên' | 'Giấy tờ tùy thân' | 'Quan hệ…',
      // or one row 'Họ, chữ đệm, tên người đi khai tử'.
      'Họ, chữ đệm, tên người đi khai',
      'Họ, chữ đệm, tên người đi khai sinh',
      'Họ, chữ đệm, tên người đi khai tử',
      'Họ, chữ đệm, tên người yêu cầu',
      'Người đi đăng ký',
      'Người đi đăng ký khai sinh',
      'Người đi đăng ký khai tử',
      'Người yêu cầu',
      'Người yêu cầu đăng ký',
      'Họ tên người yêu cầu',
      // Books before 2006 call the declarant 'người đứng khai'.
      'Người đứng khai',
      'Người đứng khai sinh',
      'Người đứng khai tử',
      'Họ tên người đứng khai',
      'Họ và tên người đứng khai',
      'Họ tên người khai',
      'Họ và tên người khai',
    ],
    abbreviations: ['Ng. đi khai', 'Ng. khai', 'Người đi KS', 'Người đi KT', 'Người đứng khai KS', 'Người đứng khai KT', 'HT người đi khai', 'HT người đi khai sinh', 'HT người đi khai tử', 'HT người khai', 'HT người đứng khai'],
    // 'Họ tên, tuổi, nơi thường trú người đứng khai': name, age and residence in one cell, which the name
    // reader cannot split; the column stays in `raw`.
    notMatching: /tu[oổ]i|th[uư][oờ]ng\s+tr[uú]|c[uư]\s+tr[uú]|[dđ][iị]a\s+ch[iỉ]|n[aă]m\s+sinh|n[oơ]i\s+[oở](?!\p{L})/u,
  },
  {
    key: 'declarant.relation',
    header: 'Quan hệ với người được khai sinh',
    aliases: ['Quan hệ', 'Quan hệ với trẻ', 'Quan hệ với người chết', 'Quan hệ với người được khai tử', 'Quan hệ người đi khai', 'Quan hệ người đi khai sinh', 'Quan hệ người đứng khai', 'Quan hệ người khai'],
    abbreviations: ['QH', 'Q.hệ', 'QH với trẻ', 'QH với người chết', 'QH với người được khai sinh', 'QH với người được khai tử', 'QH với người được KS', 'QH với người được KT'],
    // 'Họ tên, quan hệ người đi khai', 'Họ tên người đi khai, quan hệ với người chết': one cell holding the
    // name and the relation ('Nguyễn Văn Hùng (con trai)') is the declarant's name column, whose reader
    // splits the relation off; read as the relation, the whole cell would become the relation and the
    // declarant's name would be lost.
    notMatching: /(?<![\p{L}\p{N}])h[oọ](?:\s*,\s*|\s+)(?:v[aà]\s+)?(?:ch[uữ]\s+[dđ][eệ]m\s*,?\s*)?t[eê]n(?![\p{L}\p{N}])/u,
  },
];

/** The key of a 'Những thay đổi sau này' column beside a 'Ghi chú' one (sheet-plan.ts): read into the remarks after them. */
export const LATER_CHANGES_KEY = 'remarks.laterChanges';

export const remarksColumn: ColumnDefinition = {
  key: 'remarks',
  header: 'Ghi chú',
  aliases: ['Ghi chép', 'Chú thích', 'Ghi chú thay đổi, cải chính'],
  // The old forms' column for what changed after the entry was written: the remarks where no 'Ghi chú' is
  // beside it (a book printing both keeps its 'Ghi chú', where re-registrations and late ones are marked, and
  // adds what this one records after it: LATER_CHANGES_KEY).
  secondaryAliases: ['Những thay đổi sau này', 'Những thay đổi về hộ tịch', 'Ghi chú những thay đổi', 'Ghi chú những thay đổi sau này', 'Thay đổi sau này'],
  abbreviations: ['GC'],
};

/** Registers that tick 'x' under 'Giới tính' › 'Nam' | 'Nữ' instead of writing the sex. */
export function splitSexColumns(role: string): ColumnDefinition[] {
  return [
    { key: `${role}.sexMale`, header: 'Nam', aliases: ['Giới tính Nam', 'Nam giới'], notMatching: /ă/ },
    { key: `${role}.sexFemale`, header: 'Nữ', aliases: ['Giới tính Nữ', 'Nữ giới'] },
  ];
}
