// Hand-curated word lists for Vietnamese personal names (no CSV in ../shared/reference holds
// them, so there is no generator script). Sources:
// - Surnames: the frequency list of Lê Trung Hoa, "Họ và tên người Việt Nam" (2005), as quoted in
//   /work/shared/DOMAIN.md §4, extended with other Kinh surnames in common use and with the
//   surnames of the ethnic minorities living in Vĩnh Phúc's hill communes (Sán Dìu, Dao,
//   Cao Lan/Sán Chay, Tày/Nùng, Mông; DOMAIN.md §4, §6) — general knowledge, not a counted list.
// - Compound family names: DOMAIN.md §4 (Tôn Thất, Tôn Nữ, Công Tằng Tôn Nữ, Âu Dương) plus the
//   other branch names of the Nguyễn royal clan built the same way (Công Tôn Nữ, Công Huyền Tôn Nữ),
//   and Hoàng Phủ (皇甫, a Vietnamese family of Huế: the writer Hoàng Phủ Ngọc Tường), where Phủ is no
//   middle name in use. Nguyễn Phúc / Nguyễn Phước (the royal clan) is not listed: Phúc is a common
//   middle name after Nguyễn, so the pair cannot be told from family + middle name.
// - Honorific / kinship words: everyday Vietnamese forms of address seen in front of names.
// Matching is done on accentKey() forms (lower case, tone placement made uniform), so the
// spelling of an entry here does not need to follow either tone-placement style.

/**
 * The most common family names, by the frequency list of Lê Trung Hoa (2005) quoted in DOMAIN.md §4:
 * together about 90 % of people. A word one letter short of one of them that is no syllable is a slip
 * (spelling.ts).
 */
export const MOST_COMMON_SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý',
];

/**
 * Family names used to decide whether a leading honorific is really a title ('Ông Nguyễn Văn Tư')
 * or part of the name ('Ông Văn Dũng'). Deliberately excludes words that are far more often middle
 * names (Văn, Thị, Công, Quang, Hồng, Sơn, Trang) so they never count as a surname here.
 */
export const SURNAMES: readonly string[] = [
  // DOMAIN.md §4 frequency list (Lê Trung Hoa 2005)
  ...MOST_COMMON_SURNAMES,
  // other Kinh surnames in common use
  'Đào', 'Đoàn', 'Đinh', 'Lương', 'Trịnh', 'Trương', 'Mai', 'Cao', 'Lưu', 'Hà', 'Tạ', 'Tô',
  'Chu', 'Kiều', 'Lâm', 'Quách', 'Thái', 'Triệu', 'Phùng', 'Vương', 'Tăng', 'Từ', 'Lục', 'Mạc',
  'Thân', 'Hứa', 'Kim', 'Khúc', 'Khuất', 'Khổng', 'Lại', 'Lã', 'La', 'Tống', 'Tôn', 'Tiêu',
  'Giang', 'Diệp', 'Nghiêm', 'Ninh', 'Âu', 'Ông', 'Cù', 'Quan', 'Quản', 'Phí', 'Phó', 'Đàm',
  'Đồng', 'Đới', 'Đường', 'Đậu', 'Doãn', 'Bạch', 'Cấn', 'Chử', 'Chung', 'Cung', 'Giáp', 'Hàn',
  'Hầu', 'Kha', 'Khương', 'Lăng', 'Lỗ', 'Lộc', 'Lữ', 'Mạch', 'Mẫn', 'Nhữ', 'Ôn', 'Phương',
  'Tào', 'Thạch', 'Thiều', 'Trình', 'Ứng', 'Viên', 'Dư', 'Mã', 'Ma', 'Nhâm',
  // written without marks, yet homographs of a marked surname's bare form (Lại, Ứng): listed so
  // that no-diacritics.ts does not read them as that surname typed without marks ('Ung Văn Khiêm')
  'Lai', 'Ung',
  // Tày, Nùng, Thái (north-east and north-west)
  'Nông', 'Bế', 'Sầm', 'Vi', 'Lò', 'Lù', 'Lường', 'Quàng', 'Cầm', 'Mông', 'Nịnh',
  // Dao, Sán Dìu, Cao Lan / Sán Chay ('Lam' is a Sán Dìu and Hoa family name, not Lâm without marks: 'Lam Kim Sinh')
  'Bàn', 'Chảo', 'Tẩn', 'Sìn', 'Phàn', 'Chìu', 'Lãnh', 'Lam',
  // Mông
  'Giàng', 'Thào', 'Vàng', 'Sùng', 'Mùa', 'Hờ', 'Vừ', 'Lầu', 'Hạng', 'Lồ', 'Chẩu', 'Ly',
];

/**
 * Family names of more than one word (DOMAIN.md §4). Longest first so that
 * 'Công Tằng Tôn Nữ' wins over 'Tôn Nữ'. Double surnames from both parents
 * ('Nguyễn Lê …') are NOT listed: the second word is indistinguishable from a
 * middle name, and the QCVN 109 `Ho` field of such people holds the first word.
 */
export const COMPOUND_FAMILY_NAMES: readonly string[] = [
  'Công Huyền Tôn Nữ',
  'Công Tằng Tôn Nữ',
  'Công Tôn Nữ',
  'Tôn Thất',
  'Tôn Nữ',
  'Âu Dương',
  'Hoàng Phủ',
  // Chinese 公孫 (Hoa families); after 'Công Tôn Nữ', which the longest-first order tries before it
  'Công Tôn',
];

/**
 * Chinese two-syllable family names of Hoa families (司馬, 諸葛, 上官): none starts with a family name of its
 * own, so only a name led by both words splits otherwise ('Tư Mã Văn Ý'). Kept apart from
 * COMPOUND_FAMILY_NAMES, whose first words the title rules take for family names: 'Tư' alone is the
 * fourth-born's name ('Bà Tư'), 'Gia' a middle name ('Bé Gia Bảo').
 */
export const HOA_COMPOUND_FAMILY_NAMES: readonly string[] = ['Tư Mã', 'Gia Cát', 'Thượng Quan'];

/**
 * The Nguyễn Phúc (also written Nguyễn Phước) royal clan: its family name is two words, but only a
 * member named by a generation word of Minh Mạng's đế hệ thi (Miên, Hường/Hồng, Ưng, Bửu, Vĩnh, Bảo,
 * Quý, Định — the ones used so far; general knowledge, not from DOMAIN.md) is known for one,
 * by those of them no ordinary name uses:
 * 'Nguyễn Phước Bửu Chánh' is of the clan, 'Nguyễn Phước Lộc' a Nguyễn with the middle name Phước.
 */
export const ROYAL_CLAN_FAMILY_NAMES: readonly string[] = ['Nguyễn Phúc', 'Nguyễn Phước'];
// Only the generation words that are no common middle name: Hồng, Vĩnh, Bảo, Quý and Định are
// (a 'Nguyễn Phúc Bảo Ngọc' of a northern commune is a Nguyễn with the middle name Phúc Bảo).
export const ROYAL_GENERATION_NAMES: readonly string[] = ['Miên', 'Hường', 'Ưng', 'Bửu'];

/**
 * Catholic baptismal (saint) names as Vietnamese parishes write them, folded (no marks, lower case):
 * typed before a whole name in the books of Catholic communes ('Giuse Nguyễn Văn An', 'Maria Trần Thị
 * Lan'), they are no part of the civil name (DOMAIN.md §4: họ, chữ đệm, tên). None is a Vietnamese
 * syllable, so none is a family name. BAPTISMAL_SECOND_WORDS only follow one of them ('Maria Goretti',
 * 'Phanxicô Xaviê', 'Gioan Baotixita').
 */
export const BAPTISMAL_NAMES: readonly string[] = [
  'giuse', 'maria', 'phero', 'phaolo', 'gioan', 'anna', 'teresa', 'terexa', 'tereza', 'martino', 'daminh', 'anton', 'antonio',
  'phanxico', 'micae', 'luca', 'marco', 'macco', 'mattheu', 'toma', 'anre', 'giacobe', 'philipphe', 'stephano', 'vinhson',
  'gioakim', 'augustino', 'lorenso', 'inhaxio', 'rosa', 'luxia', 'lucia', 'cecilia', 'catarina', 'isave', 'monica', 'clara',
  'madalena', 'agata', 'agnes', 'elisabeth', 'batolomeo', 'giuda', 'matta', 'marta', 'veronica', 'phanxica', 'gabriel', 'raphael',
  'simon', 'tephano', 'anphongso',
];
export const BAPTISMAL_SECOND_WORDS: readonly string[] = ['goretti', 'madalena', 'xavie', 'baotixita', 'teresa', 'terexa', 'maria'];

/**
 * How a leading title is treated: plain honorific; a word that may also begin a name (Ông is a
 * surname; a lone letter 'Ô.', 'B.' may be an initial; 'Cố') — removed only before a known surname
 * and a whole name; or "child of".
 */
export type HonorificKind = 'title' | 'maybe-surname' | 'parent-reference';

/** Honorific and kinship prefixes of name cells, lower case. */
export const HONORIFIC_PREFIXES: readonly { words: string; kind: HonorificKind }[] = [
  // "child of Mr/Mrs X": what follows is a parent's name, not the person's own
  { words: 'con của ông', kind: 'parent-reference' },
  { words: 'con của bà', kind: 'parent-reference' },
  { words: 'con của', kind: 'parent-reference' },
  { words: 'con ông', kind: 'parent-reference' },
  { words: 'con bà', kind: 'parent-reference' },
  { words: 'con anh', kind: 'parent-reference' },
  { words: 'con chị', kind: 'parent-reference' },
  // an adopted, own or step child "of Mr/Mrs X" ('Con nuôi bà Lê Thị Hoa'): a parent's name too, tried before 'con nuôi'
  ...['con nuôi', 'con đẻ', 'con riêng'].flatMap((child) =>
    ['của ông', 'của bà', 'của', 'ông', 'bà', 'anh', 'chị'].map((parent) => ({ words: `${child} ${parent}`, kind: 'parent-reference' as const })),
  ),
  // an adopted or own child ('Con nuôi Nguyễn Văn Bình'): longer than 'con', so tried first
  { words: 'con nuôi', kind: 'title' },
  { words: 'con đẻ', kind: 'title' },
  { words: 'con riêng', kind: 'title' },
  { words: 'cháu bé', kind: 'title' },
  { words: 'cháu trai', kind: 'title' },
  { words: 'cháu gái', kind: 'title' },
  { words: 'bé trai', kind: 'title' },
  { words: 'bé gái', kind: 'title' },
  // a deceased named as the declarant calls them ('Bà nội Nguyễn Thị Xuân', 'Ông ngoại Trần Văn Yên', 'Mẹ đẻ Lê Thị Hạ'):
  // longer than 'bà', 'ông', so tried first
  { words: 'ông nội', kind: 'title' },
  { words: 'ông ngoại', kind: 'title' },
  { words: 'bà nội', kind: 'title' },
  { words: 'bà ngoại', kind: 'title' },
  { words: 'mẹ đẻ', kind: 'title' },
  { words: 'bố đẻ', kind: 'title' },
  { words: 'cha đẻ', kind: 'title' },
  // an adoptive parent's own name cell ('Mẹ nuôi Nguyễn Thị Lan'), as 'Con nuôi' before a child's
  { words: 'mẹ nuôi', kind: 'title' },
  { words: 'bố nuôi', kind: 'title' },
  { words: 'cha nuôi', kind: 'title' },
  { words: 'ông cụ', kind: 'title' },
  { words: 'bà cụ', kind: 'title' },
  { words: 'cụ ông', kind: 'title' },
  { words: 'cụ bà', kind: 'title' },
  // a fallen soldier's title in death books ('Liệt sĩ Nguyễn Văn Thành', 'LS Trần Văn Bảy')
  { words: 'liệt sĩ', kind: 'title' },
  { words: 'liệt sỹ', kind: 'title' },
  { words: 'ls', kind: 'title' },
  // the same cut short with a slash ('L/S Hoàng Văn Khánh')
  { words: 'l/s', kind: 'title' },
  // 'the late …' in death books ('Cố Nguyễn Văn Em'); no Vietnamese surname, but kept unless a surname follows
  { words: 'cố', kind: 'maybe-surname' },
  // a death book's titles of state honour, party address and army rank ('Mẹ VNAH Nguyễn Thị Thứ', 'Đồng chí Lê
  // Văn Tám', 'Đ/c …', 'Thượng tá Trần Văn Hải'): only before a known family name and a whole name, as Ông, since
  // Đồng is a family name too ('Đồng Chí Thanh')
  // ('Đ.c', 'Đc' and a veteran's 'CCB' are the short forms clerks type besides 'Đ/c'; no Vietnamese syllable)
  ...['bà mẹ việt nam anh hùng', 'mẹ việt nam anh hùng', 'bà mẹ vnah', 'mẹ vnah', 'đồng chí', 'đ/c', 'đ.c', 'đc', 'ccb',
    'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'đại uý', 'thượng úy', 'thượng uý', 'trung úy', 'trung uý',
    'thiếu úy', 'thiếu uý', 'thượng sĩ', 'trung sĩ', 'hạ sĩ', 'binh nhất', 'binh nhì', 'cựu chiến binh', 'thương binh', 'bệnh binh',
    'thầy giáo', 'cô giáo', 'nhà giáo',
    // an office, a degree or a priest's title typed before a person's own name ('Trưởng thôn Phùng Văn Hải', 'Giáo sư
    // Nguyễn Văn Đạo', 'Linh mục Giuse Nguyễn Văn An'): none is a family name; the declarant's offices are declarant.ts's
    'trưởng thôn', 'trưởng xóm', 'trưởng bản', 'phó thôn', 'giáo sư', 'phó giáo sư', 'tiến sĩ', 'kỹ sư', 'linh mục', 'nghệ nhân', 'thầy'].map((words) => ({ words, kind: 'maybe-surname' as const })),
  // a monk's or nun's title before the religious name in a pagoda's death entry ('Hòa thượng Thích Thanh Tứ')
  ...['hòa thượng', 'hoà thượng', 'thượng tọa', 'thượng toạ', 'đại đức', 'sư thầy', 'ni sư', 'ni cô', 'sư cô'].map((words) => ({ words, kind: 'title' as const })),
  // an occupation typed in a name column ('Bác sĩ Nguyễn Văn An'): longer than 'bác', so tried first
  { words: 'bác sĩ', kind: 'title' },
  { words: 'bác sỹ', kind: 'title' },
  // a child ('Trẻ Lê Thị Hạnh', 'Trẻ sơ sinh Lê Văn An')
  { words: 'trẻ sơ sinh', kind: 'title' },
  { words: 'trẻ em', kind: 'title' },
  { words: 'trẻ', kind: 'title' },
  // a form's either-or ('Anh/Chị Lê Văn An', 'Ông/Bà Trần Thị Hoa')
  { words: 'anh/chị', kind: 'title' },
  { words: 'ông/bà', kind: 'title' },
  // Ông and Bà cut short ('Ô. Trần Văn Cần', 'B: Lê Thị Dậu'): a lone letter may be an initial too
  { words: 'ô', kind: 'maybe-surname' },
  { words: 'b', kind: 'maybe-surname' },
  { words: 'cháu', kind: 'title' },
  { words: 'bé', kind: 'title' },
  { words: 'bà', kind: 'title' },
  // Ông is also a (rare) surname: 'Ông Văn Dũng', 'Ông Thị Hoa'
  { words: 'ông', kind: 'maybe-surname' },
  { words: 'anh', kind: 'title' },
  { words: 'chị', kind: 'title' },
  { words: 'em', kind: 'title' },
  { words: 'cô', kind: 'title' },
  { words: 'chú', kind: 'title' },
  { words: 'bác', kind: 'title' },
  { words: 'cụ', kind: 'title' },
  { words: 'con', kind: 'title' },
  { words: 'thím', kind: 'title' },
  { words: 'dì', kind: 'title' },
  { words: 'mợ', kind: 'title' },
  { words: 'cậu', kind: 'title' },
  // 'Mẹ Lê Thị Hạ', 'Bố Nguyễn Văn Thu' in a death book; only before a known family name and a whole name,
  // as Ông: 'Cha' is a Korean family name ('Cha Eun Woo')
  { words: 'mẹ', kind: 'maybe-surname' },
  { words: 'bố', kind: 'maybe-surname' },
  { words: 'cha', kind: 'maybe-surname' },
];

/**
 * Titles of kinship or address that a birth-order word may follow as part of the title ('Chị Hai',
 * 'Anh Cả', 'Em Út', 'Bác Cả', 'Ông Ba': the way a family calls its second, eldest, youngest …
 * child), lower case.
 */
export const KINSHIP_TITLES: readonly string[] = ['anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cậu', 'dì', 'thím', 'mợ', 'ông', 'bà', 'cụ'];

/**
 * Birth-order words of the north (Cả the eldest, Hai, Ba … Mười, Út the youngest), lower case: after
 * a kinship title they are the title's, not the family name ('Chị Hai Lê Thị Hồng' is Lê Thị Hồng).
 */
export const BIRTH_ORDER_WORDS: readonly string[] = ['cả', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'út'];

/**
 * The sex a title of HONORIFIC_PREFIXES states (lower case): Ông / Bà and the old person's Cụ ông /
 * Cụ bà, a boy's or girl's 'cháu trai', 'bé gái', and the kinship words of one sex. 'Cụ', 'Cháu',
 * 'Bé', 'Em', 'Con', 'Bác', 'Liệt sĩ' say nothing of it; 'Ô.' and 'B.' are Ông and Bà cut short.
 */
export const TITLE_SEX: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...['ông', 'ô', 'ông cụ', 'cụ ông', 'cháu trai', 'bé trai', 'anh', 'chú', 'cậu', 'ông nội', 'ông ngoại', 'bố', 'cha', 'bố đẻ', 'cha đẻ', 'bố nuôi', 'cha nuôi',
    'hòa thượng', 'hoà thượng', 'thượng tọa', 'thượng toạ', 'đại đức', 'sư thầy', 'thầy giáo'].map((words): [string, 'male'] => [words, 'male']),
  ...['bà', 'b', 'bà cụ', 'cụ bà', 'cháu gái', 'bé gái', 'chị', 'cô', 'thím', 'dì', 'mợ', 'bà nội', 'bà ngoại', 'mẹ', 'mẹ đẻ', 'mẹ nuôi',
    'bà mẹ việt nam anh hùng', 'mẹ việt nam anh hùng', 'bà mẹ vnah', 'mẹ vnah', 'ni sư', 'ni cô', 'sư cô', 'cô giáo'].map((words): [string, 'female'] => [words, 'female']),
]);

/**
 * Whole-cell markers meaning "no name / unknown" (a dash is handled as punctuation). A question
 * mark is the clerk's "not known", as in a sex cell (sex.ts): for a single mother's child the
 * father is '?' as often as 'không rõ'.
 */
export const NONE_MARKERS: readonly string[] = [
  'không', 'không rõ', 'không có', 'không biết', 'chưa rõ', 'chưa biết', 'không xác định', 'chưa xác định', 'khuyết', 'n/a',
  'x', 'xx', 'xxx', '?', '??', '???', 'khong', 'khong ro', 'khong co', 'khong biet', 'chua ro', 'chua biet', 'khong xac dinh',
  'chua xac dinh',
  // the clerks' abbreviations, as date cells (date-markers.ts) and sex cells (sex.ts) read them:
  // 'KXĐ' / 'CXĐ' (không / chưa xác định), 'Ko rõ', 'Ko có'; no syllable, so no name
  'kxđ', 'kxd', 'cxđ', 'cxd', 'ko', 'ko rõ', 'ko ro', 'ko có', 'ko co', 'k rõ', 'k có',
  // the declarant gave none ('Không khai' in the father's column of a single mother's child); with marks only,
  // as 'Khong Khai' may be Khổng Khải typed without them
  'không khai', 'chưa khai', 'không ghi', 'không khai báo',
];

/** Whole-cell placeholders standing for a person who had no name yet (newborns, infants). */
export const UNNAMED_PLACEHOLDERS: readonly string[] = [
  'chưa đặt tên', 'chưa có tên', 'chưa đặt', 'không tên', 'vô danh', 'trẻ sơ sinh', 'sơ sinh',
  'thai nhi', 'cháu bé', 'cháu trai', 'cháu gái', 'bé trai', 'bé gái', 'con ông', 'con bà',
  'cháu', 'bé', 'con', 'chua dat ten', 'chua co ten', 'khong ten', 'vo danh', 'so sinh',
  'tre so sinh', 'chau be', 'be trai', 'be gai',
  // one of twins or triplets not yet named, the cell saying only that ('Sinh đôi'); with a title or an order: BIRTH_ORDER_PLACEHOLDER
  'sinh đôi', 'sinh ba', 'sinh tư',
  // an old person's title with no name after it, in death books whose clerk could not read the name ('Cụ ông', 'Cụ bà')
  'cụ ông', 'cụ bà', 'ông cụ', 'bà cụ', 'cụ',
  // an unidentified person (a body found, in death books): 'Không rõ danh tính', 'Người vô danh'
  'không rõ danh tính', 'chưa rõ danh tính', 'không rõ tên tuổi', 'chưa rõ tên tuổi', 'không rõ họ tên', 'chưa rõ họ tên',
  'không rõ tên', 'chưa rõ tên', 'không xác định danh tính', 'chưa xác định danh tính', 'không xác định được danh tính',
  'chưa xác định được danh tính', 'không danh tính', 'người vô danh', 'khong ro danh tinh', 'chua ro danh tinh',
  'khong ro ten tuoi', 'chua ro ten tuoi', 'khong xac dinh danh tinh', 'chua xac dinh danh tinh',
  'khong xac dinh duoc danh tinh', 'chua xac dinh duoc danh tinh', 'nguoi vo danh',
];

const BIRTH_ORDER = '(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|[1-9])';
const MULTIPLE_BIRTH = 'sinh (?:đôi|ba|tư)';
const CHILD_TITLE = '(?:con|bé|cháu|trẻ)(?: (?:trai|gái))?';
/**
 * A child not yet named, called by a title and its birth order or as one of twins ('Con thứ hai',
 * 'Bé trai thứ nhất', 'Con sinh đôi thứ hai', 'Trẻ sinh đôi'), lower case with marks. An order needs
 * its title: 'thứ' alone is a middle name ('Nguyễn Thứ Hai'); unmarked forms are left ('Be Thu Ba'
 * may be Bế Thu Ba).
 */
export const BIRTH_ORDER_PLACEHOLDER = new RegExp(
  `^(?:(?:${CHILD_TITLE} )?${MULTIPLE_BIRTH}(?: thứ ${BIRTH_ORDER})?|${CHILD_TITLE} (?:${MULTIPLE_BIRTH} )?thứ ${BIRTH_ORDER})$`,
  'u',
);

/**
 * Words saying only the sex or "a person" before an unidentified person's placeholder ('Nam giới không
 * rõ danh tính', 'Nữ không rõ danh tính', 'Người không rõ danh tính'), lower case.
 */
export const PLACEHOLDER_LEAD_WORDS: readonly string[] = [
  'nam giới', 'nữ giới', 'nam', 'nữ', 'người', 'thi thể', 'nam gioi', 'nu gioi', 'nu', 'nguoi', 'thi the',
];

/**
 * Middle names that are practically always written with marks (Thị, Văn, Hữu, Đình, …): their bare
 * forms in a middle position are evidence that the typist dropped the diacritics.
 */
export const MARKED_MIDDLE_NAMES: readonly string[] = [
  'Thị', 'Văn', 'Hữu', 'Đình', 'Công', 'Bá', 'Thế', 'Hồng', 'Trọng', 'Bảo', 'Hoàng', 'Đăng',
  'Đại', 'Xuân', 'Ngọc', 'Đức', 'Quốc', 'Tiến', 'Thúy', 'Thủy',
];

/**
 * Words that introduce another name of the person typed after the name without brackets
 * ('Lê Thị Hoa tức Nụ', 'Trần Văn Ba bí danh Tư'), lower case. 'tự' (a courtesy name) is
 * also a syllable of names ('Nguyễn Văn Tự'): name-remarks.ts reads it so only typed in
 * lower case after a capitalised name.
 */
export const ALIAS_MARKERS: readonly string[] = [
  'tức', 'tức là', 'bí danh', 'biệt danh', 'hay gọi là', 'thường gọi là', 'thường gọi', 'tên thường gọi', 'tên gọi khác', 'tên khác', 'tự',
  // A former name ('Trần Văn Hưng tên cũ Trần Văn Tèo'), as a change of name leaves it in older books.
  'tên cũ',
  // 'BD', bí danh as the books shorten it ('Bùi Văn Sơn, BD Sơn Hà'): no syllable, so no name holds it.
  'bd',
];

/** What a clerk adds after a person's name about their death ('Nguyễn Văn Tám đã chết', '… liệt sĩ'), lower case. */
export const STATUS_REMARKS: readonly string[] = [
  'đã chết', 'đã mất', 'đã từ trần', 'đã qua đời', 'đã hy sinh', 'đã hi sinh', 'liệt sĩ', 'liệt sỹ',
];

/**
 * Who the person is to the entry's person, typed after the name without punctuation ('Nguyễn Văn Bình con nuôi',
 * 'Lê Thị Hoa mẹ đẻ'), lower case: 'đẻ', 'nuôi', 'riêng' after a kinship word are no name's syllables.
 */
export const RELATION_REMARKS: readonly string[] = [
  'con nuôi', 'con đẻ', 'con riêng', 'mẹ đẻ', 'mẹ nuôi', 'bố đẻ', 'bố nuôi', 'cha đẻ', 'cha nuôi',
];

/**
 * An office, a status or a rank typed after a name without punctuation, in lower case after the capitalised name
 * ('Nguyễn Văn An trưởng thôn', 'Nguyễn Văn Hùng thương binh', '… đại úy'): read so only as typed in lower case,
 * since their words are name syllables too ('Thương', 'Trung', 'Đại').
 */
export const LOWER_CASE_REMARKS: readonly string[] = [
  'trưởng thôn', 'trưởng xóm', 'trưởng bản', 'phó thôn', 'thương binh', 'bệnh binh', 'cựu chiến binh', 'đảng viên',
  'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'đại uý', 'thượng úy', 'thượng uý', 'trung úy', 'trung uý',
  'thiếu úy', 'thiếu uý', 'thượng sĩ', 'trung sĩ', 'hạ sĩ', 'binh nhất', 'binh nhì',
];

/**
 * First words of a remark typed after a name and a separator ('… - vợ ông Tài', '…, con
 * trai', '…, đã chết'), lower case: such a part is never a second person's name.
 */
export const REMARK_LEAD_WORDS: readonly string[] = [
  'vợ', 'chồng', 'con', 'cha', 'mẹ', 'bố', 'cháu', 'liệt', 'đã', 'tức', 'tự', 'bí', 'biệt', 'hay', 'thường', 'tên', 'sinh', 'chết',
  'mất', 'hy', 'hi', 'ls', 'người', 'nguyên', 'là', 'ở', 'quê', 'trú', 'thôn', 'xóm', 'xã', 'số', 'năm', 'bd',
];
