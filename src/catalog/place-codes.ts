import type { CatalogEntry } from './catalog-entry.js';

/**
 * Findings of the place normalizers (src/normalize/place): matchCommune (registration place →
 * GSO commune code, resolved against the list in force on the registration date, DOMAIN.md §1.5)
 * and normalizePlace (free-text places). {value} is the cell as typed (bound by the caller);
 * other placeholders are the finding's params.
 */
export const placeCodes: readonly CatalogEntry[] = [
  {
    code: 'PLACE_FORMER_NAME_MAPPED',
    titleVi: 'Đã chuyển tên đơn vị thời kỳ khác',
    severity: 'note',
    field: 'registrationPlace',
    messageVi: 'Nơi đăng ký "{value}" dùng tên hoặc loại đơn vị của thời kỳ khác; đã chuyển thành {name} (mã {code}) theo danh mục có hiệu lực vào ngày đăng ký.',
    description:
      'The text names a commune by a name or unit type it did not carry on the registration date (renames, the 2018/2020/2023 xã → phường/thị trấn changes, the 2020 and 2025-01 merges, the 2025-07 Phú Thọ units); it was mapped to the unit in force then. from = the words as typed, to = the name in force.',
  },
  {
    code: 'PLACE_SPELLING_VARIANT_MAPPED',
    titleVi: 'Tên đơn vị viết i/y khác danh mục',
    severity: 'note',
    field: 'registrationPlace',
    messageVi: 'Nơi đăng ký "{value}" viết tên theo cách viết i/y khác với danh mục; đã xác định là {name} (mã {code}).',
    description:
      'The commune name differs from the GSO spelling only by i for y (or y for i) as the vowel of a syllable after its consonant (Trung Mĩ = Trung Mỹ, Lí Nhân = Lý Nhân, Vũ Dy = Vũ Di): both spellings are in use and no two communes differ so. The code is set. from = the words as typed, to = the GSO name.',
  },
  {
    code: 'PLACE_NAME_MARKS_MAPPED',
    titleVi: 'Tên đơn vị sai dấu',
    severity: 'note',
    field: 'registrationPlace',
    messageVi: 'Nơi đăng ký "{value}" viết tên "{typed}" sai dấu so với danh mục; đã xác định là {name} (mã {code}).',
    description:
      'The commune name differs from every name of the lists only by its marks (Tam Họp, Tam Hơp, Tam Hộp for Tam Hợp), which folding ignores; the unit was found by the name without marks. A word typed with no mark at all (typing without diacritics) and the placement of a tone on final oa/oe/uy (Hòa/Hoà) are not reported. The code is set. from = the words as typed, to = the GSO name.',
    fixVi: 'Sửa lại dấu của tên xã theo danh mục ({name}).',
  },
  {
    code: 'PLACE_UNIT_TYPE_CORRECTED',
    titleVi: 'Đã sửa loại đơn vị hành chính',
    severity: 'note',
    field: 'registrationPlace',
    messageVi: 'Nơi đăng ký "{value}" ghi là {typedType}, nhưng {name} (mã {code}) chưa bao giờ là {typedType}; đã xác định theo tên.',
    description:
      'The unit type typed (xã, phường, thị trấn) is one no unit of that name ever carried (\'xã Hương Canh\': Hương Canh has always been a thị trấn); the unit was found by its name. A type the unit carried in another period is PLACE_FORMER_NAME_MAPPED; a type another unit of the name carries decides between them (\'xã Xuân Hòa\' is Lập Thạch\'s xã, never phường Xuân Hoà of Phúc Yên). The code is set. from = the words as typed, to = the name in force.',
    fixVi: 'Kiểm tra loại đơn vị (xã, phường, thị trấn) trong sổ gốc.',
  },
  {
    code: 'PLACE_CODE_LEADING_ZERO_RESTORED',
    titleVi: 'Đã bổ sung số 0 đầu mã xã',
    severity: 'note',
    field: 'registrationPlace',
    messageVi: 'Mã xã "{value}" bị mất số 0 ở đầu; đã sửa thành {code}.',
    description: 'The place cell held a commune code that lost its leading zero (a spreadsheet read it as a number); the zero was restored.',
  },
  {
    code: 'PLACE_COMMUNE_AMBIGUOUS',
    titleVi: 'Tên xã trùng nhiều đơn vị',
    severity: 'warning',
    field: 'registrationPlace',
    messageVi: 'Không xác định được xã/phường/thị trấn "{value}": có nhiều đơn vị cùng tên — {candidates}.',
    description:
      'Several units of that name are in scope (e.g. phường Xuân Hoà of Phúc Yên and xã Xuân Hòa of Lập Thạch) and neither the text, the unit type nor the source district tells them apart. No code is set.',
    fixVi: 'Ghi rõ tên huyện trong nơi đăng ký, hoặc chọn đúng mã xã trong danh sách.',
  },
  {
    code: 'PLACE_COMMUNE_UNKNOWN',
    titleVi: 'Không tìm thấy xã trong danh mục',
    severity: 'warning',
    field: 'registrationPlace',
    messageVi: 'Không tìm thấy xã/phường/thị trấn "{value}" trong danh mục đơn vị hành chính tỉnh Vĩnh Phúc. Tên gần giống: {candidates}.',
    description:
      'No commune of the Vĩnh Phúc lists (2017-2025) or of the 2025-07 Phú Thọ units has that name, even ignoring diacritics, case, tone-mark placement and unit words. Closest names by edit distance are listed: those of the district named (or the book\'s) first, in force on the registration date before those of other dates (a commune merged away, which a clerk kept typing), then other districts\'; a unit not in force then says when it was (\'09103 Xã Tân Tiến (H. Vĩnh Tường, đến 31/12/2024)\'). No code is set. ' +
      "Also raised on a residence (a parent's, a spouse's, the deceased's), a child's birth place or a place of death that names a commune with its unit word (xã, phường, thị trấn) and the province or one of its districts with theirs ('Thôn Đông, xã Minh Tân, huyện Bình Xuyên'): places of other provinces, texts without unit words and Mê Linh's communes (in the province until 2008, in no list) are not checked.",
    fixVi: 'Kiểm tra chính tả tên xã theo sổ gốc.',
  },
  {
    code: 'PLACE_COMMUNE_MISSING',
    titleVi: 'Nơi đăng ký thiếu tên xã',
    severity: 'warning',
    field: 'registrationPlace',
    messageVi: 'Nơi đăng ký "{value}" chỉ ghi cấp huyện hoặc tỉnh, thiếu tên xã/phường/thị trấn.',
    description: 'The text names only a district and/or province; registrations were made by the commune People\'s Committee (DOMAIN.md §3.1), so a commune is expected. No commune code is set. A district or provincial authority named as such (\'UBND huyện Bình Xuyên\', \'Phòng Tư pháp huyện Bình Xuyên\', \'Sở Tư pháp tỉnh Vĩnh Phúc\', \'UBND tỉnh Vĩnh Phúc\', and a district of its time: \'UBND huyện Vĩnh Lạc\', \'UBND huyện Mê Linh\'), which registered cases with a foreign element, is not reported.',
    fixVi: 'Bổ sung tên xã/phường/thị trấn nơi đăng ký theo sổ gốc.',
  },
  {
    code: 'PLACE_COMMUNE_ABOLISHED',
    titleVi: 'Xã đã bị sáp nhập trước ngày đăng ký',
    severity: 'warning',
    field: 'registrationPlace',
    messageVi: '{name} (mã {code}) đã bị sáp nhập từ ngày {abolishedOn}, trước ngày đăng ký, và chưa xác định được đơn vị tiếp nhận.',
    description:
      'The named unit no longer existed on the registration date and the list does not say which unit took it over (xã Nhạo Sơn and xã Hồng Phương on 2025-01-01: targets unverified, DOMAIN.md §1.3). No code is set.',
    fixVi: 'Đối chiếu ngày đăng ký với sổ gốc; nếu đúng, xác định xã tiếp nhận theo Nghị quyết 1287/NQ-UBTVQH15.',
  },
  {
    code: 'PLACE_NAME_NOT_YET_IN_FORCE',
    titleVi: 'Tên đơn vị chưa có vào ngày đăng ký',
    severity: 'warning',
    field: 'registrationPlace',
    messageVi: 'Tên "{value}" chỉ có từ ngày {since}, sau ngày đăng ký; vào ngày đăng ký có thể là: {candidates}.',
    description:
      'The name only came into force after the registration date (e.g. xã Tân Phú, formed 2020-02-01, in a 2015 register): either the date or the place was typed in today\'s terms. The code is set only when exactly one unit of the registration date became that unit. Not raised when the text names beside it the unit of the registration date that became it (\'Xã Bình Nguyên (Tam Hợp cũ)\' in a 2016 book): that unit\'s code is set; a hamlet keeping its name (\'Xã Bình Nguyên, thôn Tam Hợp\') is no such unit.',
    fixVi: 'Kiểm tra ngày đăng ký; ghi tên xã như trong sổ gốc tại thời điểm đăng ký.',
  },
  {
    code: 'PLACE_UNIT_NOT_IN_FORCE',
    titleVi: 'Huyện/tỉnh không có vào ngày đăng ký',
    severity: 'warning',
    field: 'registrationPlace',
    messageVi: 'Nơi đăng ký "{value}" ghi {unit}, nhưng {unit} chỉ có {validity}, không có vào ngày đăng ký.',
    description:
      'The district or province named with its unit word (huyện, thị xã, thành phố, TP, H., TX, tỉnh) did not exist under that name and type on the registration date (DOMAIN.md §1: huyện Vĩnh Lạc 1977-1995, huyện Mê Linh in Vĩnh Phúc until 31/07/2008, huyện Sông Lô from 18/01/2009, thị xã Phúc Yên until 2018, tỉnh Vĩnh Phú 1968-1996, the new tỉnh Phú Thọ, for the communes of Vĩnh Phúc, from 01/07/2025): usually a year typed wrong in the registration date, or a place re-typed later with today\'s names. An old name is accepted until the end of the year after the change (pre-printed books); a partial date is reported only when its whole span misses. The commune code is resolved as usual.',
    fixVi: 'Đối chiếu ngày đăng ký và tên huyện, tỉnh với sổ gốc: thường là năm đăng ký gõ sai, hoặc nơi đăng ký được gõ lại theo tên đơn vị hiện nay.',
  },
  {
    code: 'PLACE_DISTRICT_MISMATCH',
    titleVi: 'Xã không thuộc huyện ghi trong sổ',
    severity: 'warning',
    field: 'registrationPlace',
    messageVi: '{name} (mã {code}) thuộc {expected}, không thuộc "{district}" như ghi trong sổ.',
    description:
      'The commune was found but the district written next to it is not one the commune ever belonged to (historical districts are accepted for every present district whose communes they held: Vĩnh Lạc, Mê Linh for Bình Xuyên, Phúc Yên and Minh Quang, Lập Thạch before Sông Lô, Tam Dương for Tam Đảo and Thanh Trù; a district written by its initials, H. YL, is that district), or the last part of the place names another province (…, tỉnh Hà Nam; …, Hà Nội: the message names the district and province of the commune). The commune code is kept. Also raised on a residence, a birth place or a place of death naming a commune of the province (as PLACE_COMMUNE_UNKNOWN), where no code is kept.',
    fixVi: 'Kiểm tra lại tên huyện hoặc tên xã trong nơi đăng ký.',
  },
  {
    code: 'PLACE_OUTSIDE_SOURCE_DISTRICT',
    titleVi: 'Xã không thuộc huyện của sổ',
    severity: 'warning',
    field: 'registrationPlace',
    messageVi: '{name} (mã {code}) thuộc {expected}, không thuộc {source} là huyện của sổ đang xử lý.',
    description:
      'The registration commune lies in another district than the source (the pipeline\'s district for the file). From 18/01/2009 (Sông Lô split off Lập Thạch) to 30/06/2025 no commune moved between districts, so any other district is reported. Before 2009, or without a date, only a district never held together with the source\'s on the registration date is: Vĩnh Lạc (Vĩnh Tường + Yên Lạc, 1977-1995), Mê Linh (Bình Xuyên, Phúc Yên and Minh Quang of Tam Đảo, until 2008), the old Tam Đảo (1977-1979), Lập Thạch with Sông Lô and Tam Đảo, Tam Dương with Tam Đảo and Vĩnh Yên, Bình Xuyên with Tam Đảo (DOMAIN.md §1.5, src/normalize/place/historical-units.ts). From 01/07/2025 (no district level) a new Phú Thọ commune none of whose former units lay in the source district is reported. A district named as the registering authority (\'UBND huyện Yên Lạc\', \'Phòng Tư pháp huyện Yên Lạc\' in a Bình Xuyên book) is judged the same way, its district code and name given for the commune\'s. The commune code is kept; the record stays in the source district\'s batch.',
    fixVi: 'Kiểm tra nơi đăng ký, hoặc chuyển sổ sang thư mục của đúng huyện.',
  },
  {
    code: 'PLACE_ABBREVIATION_EXPANDED',
    titleVi: 'Đã viết đầy đủ chữ viết tắt địa danh',
    severity: 'note',
    field: 'place',
    messageVi: 'Đã viết đầy đủ chữ viết tắt trong địa danh ({expansions}).',
    description:
      'Unit abbreviations were written out (X., H., T., P., Q., TT, TX, TP, T/p or T.p → Xã, Huyện, Tỉnh, Phường, Quận, Thị trấn, Thị xã, Thành phố): at the start of a place part before a capitalised word, or inside a part (\'TYT X. Tam Hợp\' → \'TYT xã Tam Hợp\') before a name of that level the province\'s lists hold. T. is Tỉnh only before a province\'s name or as the part after a district; TT before YT / Y tế is a Trung tâm Y tế; P. before Khám, Tư pháp, Y tế, Nội vụ, Cấp cứu or Đẻ is a phòng and stays as typed. One opening a later part is capitalised, unless the address writes its unit words in lower case and none capitalised after its first part (\'Thôn Thanh Lanh, xã Trung Mỹ, H. Bình Xuyên\' → \'…, huyện Bình Xuyên\'; a unit named by a number keeps its capital). from/to = the text before/after.',
  },
  {
    code: 'PLACE_CASE_NORMALIZED',
    titleVi: 'Đã sửa chữ hoa trong địa danh',
    severity: 'note',
    field: 'place',
    messageVi:
      'Địa danh (hoặc một phần của địa danh) viết toàn chữ hoa, toàn chữ thường, hoặc mất chữ hoa có dấu (phông TCVN3 không có chữ hoa có dấu); đã viết lại chữ hoa: tên riêng viết hoa chữ cái đầu mỗi tiếng, từ chỉ đơn vị hành chính trong địa chỉ (xã, huyện, tỉnh…) viết thường: "{to}".',
    description:
      'A place text was recased: all upper case or all lower case (capitals typed in a TCVN3 font too, whose toned letters stay lower case: "Xã TRUNG Mỹ" → "Xã Trung Mỹ"), a part of a mixed-case place typed all in capitals ("THÔN NGỌC BẢO, xã Tam Hợp", or the name after a unit word typed in lower case: "UBND xã TAM HỢP"; an acronym such as UBND or TDP is no such part), or a unit name whose toned capital a TCVN3 font could not write ("xã Đồng ích" → "Xã Đồng Ích"). Each word capitalised, unit words in sentence case (Xã, Thị trấn), and a unit word inside the address in lower case ("Thôn Đồng, xã Sơn Lôi, huyện Bình Xuyên", "Trạm y tế xã Sơn Lôi": Decree 30/2020/NĐ-CP, Appendix II; a unit named by a number keeps its capital: "Thôn 3", "Phường 15"), the common words of an institution too ("Bệnh viện đa khoa tỉnh Vĩnh Phúc"); known acronyms (UBND, TP, HCM) kept. from/to = the text before/after.',
  },
];
