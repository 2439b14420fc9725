/**
 * Catalog of the codes emitted by src/normalize/name (personal names, DOMAIN.md §4, §4.1, §8).
 * {value} is the cell as typed; the other placeholders are the finding's params.
 */
import type { CatalogEntry } from './catalog-entry.js';

export const nameCodes: readonly CatalogEntry[] = [
  {
    code: 'NAME_HONORIFIC_REMOVED',
    titleVi: 'Đã bỏ danh xưng trước họ tên',
    severity: 'note',
    field: 'name',
    messageVi: 'Đã bỏ danh xưng "{honorific}" đứng trước họ tên "{value}".',
    description:
      'A title or kinship word (Ông, Bà, Cháu, Bé, Con ông, Con nuôi, Trẻ, Bác sĩ, Anh/Chị, Bà nội, Ông ngoại, Mẹ, Bố of a deceased …), or an office, degree or priest\'s title before a person\'s own name (Trưởng thôn, Giáo sư, Kỹ sư, Linh mục, Thầy), preceded the name and was removed. ' +
      'Ông, its short forms Ô. and B. (Bà), and Cố (the late), Mẹ, Bố and Cha are removed only when a known surname and a full name follow ' +
      '(or a colon or dash after them), since Ông is also a surname and a lone letter may be an initial. ' +
      "The person's role typed as a label with a colon or dash ('Chồng: …', 'Vợ - …', 'Mẹ: …') comes off the same way; without the punctuation ('Vợ ông …') it stays. " +
      "A Catholic baptismal name before a whole name led by a known family name ('Giuse Nguyễn Văn An', 'Maria Goretti Trần Thị Lan') comes off too: it is no part of the civil name (not for a foreign national). " +
      "'Cu' typed without marks (Cụ, or the family name Cù) comes off a deceased's name only where the entry tells: a declaring child or son's child of the next word's family, or a deceased of 60 or more at death whose next word can only be a family name ('Cu Ta Dinh Hung'), unless the declarant's own family name is Cù.",
  },
  {
    code: 'NAME_PARENT_REFERENCE',
    titleVi: 'Ô họ tên ghi con của ai đó',
    severity: 'warning',
    field: 'name',
    messageVi:
      'Ô họ tên ghi "{value}" (con của ai đó): "{name}" là họ tên của cha hoặc mẹ, không phải của người này; người này không có họ tên riêng trong dòng.',
    description:
      'The cell named the person as "child of Mr/Mrs X" (Con ông/bà/anh/chị …, Con của …): the name after it is a parent\'s, e.g. an ' +
      'infant that died before being named. For the registered person (the child of a birth, the deceased of a death) the name is ' +
      'left empty, so the entry is rejected as its name missing (FIELD_REQUIRED) and this warning says why; the cell stays in raw. ' +
      'In another person\'s cell (a parent, a declarant) the name after the prefix is kept.',
    fixVi:
      'Đối chiếu sổ gốc: nếu người này có họ tên thì nhập họ tên của chính người đó; nếu chưa được đặt tên thì ghi "Con bà/ông …" ' +
      'vào cột Ghi chú và xin ý kiến cán bộ tư pháp về cách nhập.',
  },
  {
    code: 'NAME_REMARK_REMOVED',
    titleVi: 'Đã tách ghi chú khỏi họ tên',
    severity: 'warning',
    field: 'name',
    messageVi: 'Đã tách phần ghi chú "{remark}" ra khỏi ô họ tên "{value}".',
    description:
      'A remark typed with the name was removed from it: in brackets ("(sinh đôi)", "(đã chết)"), after a separator ' +
      '("Phạm Thị Lan - Cò", "Nguyễn Văn Tư, Tý", "… / Tý", "Trần Văn Ba @ Cò", a nickname in quotes, "… - vợ ông Tài"), or after a word that ' +
      'introduces an alias, a former name or the death, bracketed or not ("Lê Thị Hoa tức Nụ", "Nguyễn Văn Tư tự Tý", ' +
      '"… (tên gọi khác) Lâm Cò", "… tên cũ: Trần Văn Tèo", "Nguyễn Văn Tám đã chết"), or who the person is to the entry without punctuation ("Nguyễn Văn Bình con nuôi", "Lê Thị Hoa mẹ đẻ"), or an office, status or rank in lower case after the capitalised name ("… trưởng thôn", "… thương binh", "… đại úy"), or an ' +
      'listed acronym of a title, office or status typed after a Vietnamese name in mixed case ("Nguyễn Văn Hùng LS" liệt sĩ, "… TT" trưởng thôn; other capitals without a vowel, "Nguyễn Thanh HNG", stay in the name), or an ID card or telephone number typed after a whole name with a space only ("Đỗ Thị Hằng 026190001234", "Lê Văn Hùng ĐT 0912345678"; not moved into an ID column). A second ' +
      'full name after a separator is not a remark (two names in one cell stay unreadable). The remark may carry ' +
      'information (twins, an alias, deceased) that belongs in the notes column.',
    fixVi: 'Chuyển phần ghi chú (biệt danh, tên gọi khác, đã chết…) sang cột Ghi chú, trong ô họ tên chỉ ghi họ tên.',
  },
  {
    code: 'NAME_PUNCTUATION_REMOVED',
    titleVi: 'Đã bỏ dấu câu, ký tự thừa trong họ tên',
    severity: 'note',
    field: 'name',
    messageVi: 'Đã bỏ dấu câu hoặc ký tự thừa (như ".", "-", hay "=", "+", "@" gõ ở đầu ô) ở đầu hoặc cuối họ tên "{value}".',
    description:
      'Stray punctuation around the name (a trailing period, a leading dash, quotes, empty brackets) was removed, or a leading formula sign (\'=\', \'+\', \'@\', after the apostrophe that keeps it text) before a name that is no formula (\'=Trần Thị Lan\'), or a comma typed inside the name (after the family name: \'Nguyễn, Văn Hùng\'; after Văn or Thị: \'Trần Văn, Bình\').',
  },
  {
    code: 'NAME_NONE_MARKER',
    titleVi: 'Họ tên ghi không có / không rõ',
    severity: 'note',
    field: 'name',
    messageVi: 'Ô họ tên ghi "{value}" (không có / không rõ) nên được coi là để trống.',
    description:
      'The cell held a "none/unknown" marker (-, không, không rõ, không xác định, x, ?, (?) …) instead of a name; the value is ' +
      'treated as blank and the caller decides whether the name was required. In the registered person\'s own cell (the child ' +
      'of a birth, the deceased of a death) the marker is reported as NAME_PLACEHOLDER instead, so that the officer sees it.',
  },
  {
    code: 'NAME_PLACEHOLDER',
    titleVi: 'Ô họ tên không chứa tên người',
    severity: 'warning',
    field: 'name',
    messageVi: 'Ô họ tên "{value}" không chứa tên người (chưa đặt tên, bé trai, vô danh, không rõ danh tính, chỉ có ghi chú…): để trống họ tên.',
    description:
      'The cell held a placeholder for an unnamed or unidentified person (chưa đặt tên, cháu bé, bé trai, vô danh, người vô danh, ' +
      'không rõ danh tính, không rõ tên tuổi, chưa xác định được danh tính, also after a word giving the sex: Nam giới không rõ danh tính; ' +
      'a twin or triplet called by its birth order: Con thứ hai, Bé trai thứ nhất, Sinh đôi), ' +
      'or only a bracketed remark; no name was recorded. The registered person\'s own name cell saying it is not known (không rõ, ' +
      'không xác định, ?) is reported so too. For the registered person the entry is then rejected as its name missing (FIELD_REQUIRED).',
    fixVi: 'Đối chiếu sổ gốc và nhập họ tên; nếu người này chưa có tên thì để trống và ghi vào cột Ghi chú.',
  },
  {
    code: 'NAME_INVALID_CHARACTERS',
    titleVi: 'Họ tên có ký tự không hợp lệ',
    severity: 'error',
    field: 'name',
    messageVi: 'Họ tên "{value}" có ký tự không thể có trong tên người: {characters}.',
    description:
      'The name contains characters no personal name can hold: digits, ?, @, U+FFFD, commas or ' +
      'separators between two names, brackets, non-Latin scripts or stray combining marks.',
    fixVi: 'Đối chiếu sổ gốc và nhập lại họ tên chỉ gồm chữ cái; mỗi ô chỉ ghi một họ tên.',
  },
  {
    code: 'NAME_BIRTH_YEAR_SPLIT',
    titleVi: 'Đã tách năm sinh khỏi ô họ tên',
    severity: 'note',
    field: 'name',
    messageVi: 'Ô họ tên "{value}" ghi kèm năm sinh "{remark}": đã tách ra và ghi vào năm sinh (cột năm sinh để trống hoặc sổ không có cột này).',
    description:
      'A birth year was typed after a parent\'s, spouse\'s or deceased\'s name in their own name cell ("Trần Văn Nam (1980)", ' +
      '"Lê Thị Thu, SN 1990", "Hoàng Văn Sơn - 1983") and their own year or date column is absent or blank: the year is the ' +
      'person\'s birth year, the name is read without it. Beside a filled year column the year is dropped instead and ' +
      'NAME_REMARK_REMOVED quotes it; a year in a child\'s name cell stays NAME_REMARK_REMOVED.',
  },
  {
    code: 'NAME_DECLARANT_DETAILS_SPLIT',
    titleVi: 'Đã tách thông tin thêm khỏi tên người đi khai',
    severity: 'note',
    field: 'name',
    messageVi: 'Ô người đi khai "{value}" ghi thêm "{details}" ngoài họ tên: đã tách ra, chỉ giữ họ tên; quan hệ hoặc chức vụ (nếu có) được ghi vào cột quan hệ khi cột này để trống.',
    description:
      'The declarant cell of a birth or death book held more than the name: a relation after it (", con", " - con trai", "/vợ", "(mẹ)"), ' +
      'the declarant\'s birth year, age, ID or address, or an office before it (Trưởng thôn, Y tá, Công an viên). The name is kept; ' +
      'a relation or office fills declarant.relation when the relation column is empty; the rest is dropped and kept in this note.',
  },
  {
    code: 'NAME_DECLARANT_RELATION_ONLY',
    titleVi: 'Ô người đi khai chỉ ghi quan hệ',
    severity: 'note',
    field: 'name',
    messageVi: 'Ô người đi khai chỉ ghi quan hệ "{value}", không ghi họ tên: đã ghi "{relation}" vào cột quan hệ (khi cột này để trống), họ tên người đi khai để trống.',
    description:
      'The declarant cell of a birth or death book held who declared instead of a name (Bố, Mẹ đẻ, Bà nội, Con trai cả, ' +
      'Vợ người chết), as older books often do. It is read as the relation, which fills declarant.relation when the relation ' +
      'column is empty, and the declarant has no name (not a person called "Bố"). A lone word that may be a title or a given ' +
      'name (Anh, Em, Ông) is still read as a name.',
  },
  {
    code: 'NAME_DECLARANT_UNREADABLE',
    titleVi: 'Không đọc được tên người đi khai',
    severity: 'warning',
    field: 'name',
    messageVi: 'Không đọc được họ tên người đi khai trong ô "{value}" (có ký tự không thể có trong tên người: {characters}); để trống họ tên người đi khai.',
    description:
      'The declarant cell still holds characters no name can hold once a relation, birth year or office typed with the name is split off. ' +
      'The declarant is not part of the basic civil-status information (Law on Civil Status Art. 14), so the entry is kept, without a declarant name.',
    fixVi: 'Đối chiếu sổ gốc và nhập lại họ tên người đi khai chỉ gồm chữ cái; quan hệ với người được đăng ký ghi ở cột Quan hệ.',
  },
  {
    code: 'NAME_GIVEN_NAME_EMPTY',
    titleVi: 'Cột Tên để trống',
    severity: 'warning',
    field: 'name',
    messageVi: 'Cột Tên để trống; tạm lấy chữ cuối "{given}" của họ và chữ đệm làm tên.',
    description: 'A register that splits the name into Họ | Chữ đệm | Tên left Tên empty: the name is read from the other parts, so their last word stands in for the given name.',
    fixVi: 'Đối chiếu sổ gốc và điền tên vào cột Tên.',
  },
  {
    code: 'NAME_SINGLE_WORD',
    titleVi: 'Họ tên chỉ có một chữ',
    severity: 'warning',
    field: 'name',
    messageVi: 'Họ tên "{value}" chỉ có một chữ; có thể thiếu họ và chữ đệm.',
    description: 'The name has one word only; it is stored as the given name with an empty family name.',
    fixVi: 'Đối chiếu sổ gốc và bổ sung họ, chữ đệm nếu có.',
  },
  {
    code: 'NAME_PART_MISSING',
    titleVi: 'Họ tên thiếu họ hoặc tên',
    severity: 'warning',
    field: 'name',
    messageVi: 'Họ tên "{value}" {position} bằng chữ đệm "Thị", nên có thể thiếu {part}.',
    description:
      'The name starts with Thị, a middle name that no family name is (Thị Lan: the family name left out, or its column left empty), ' +
      'or ends with it (Nguyễn Thị: the given name left out, a cell cut short). Kept as typed. Văn is not told so: it is a family ' +
      'name too (Văn Tiến Dũng), and a given name.',
    fixVi: 'Đối chiếu sổ gốc và bổ sung họ hoặc tên còn thiếu.',
  },
  {
    code: 'NAME_TOO_MANY_WORDS',
    titleVi: 'Họ tên quá nhiều chữ',
    severity: 'warning',
    field: 'name',
    messageVi: 'Họ tên "{value}" có {wordCount} chữ, nhiều hơn bình thường; có thể một ô ghi hai họ tên.',
    description:
      'More than three middle words after the family name; Vietnamese names rarely have that many, ' +
      'so the cell may hold two names.',
    fixVi: 'Kiểm tra lại sổ gốc; mỗi ô chỉ ghi họ tên của một người.',
  },
  {
    code: 'NAME_ABBREVIATED',
    titleVi: 'Họ tên có chữ viết tắt',
    severity: 'warning',
    field: 'name',
    messageVi: 'Họ tên "{value}" có chữ viết tắt «{abbreviations}».',
    description:
      'A word of the name is abbreviated with a period (Ng., T.), or the given name is one consonant letter (Trần Thị B), ' +
      'an initial typed without its period: no Vietnamese syllable is a consonant alone (a vowel may be one: Y, A). ' +
      'Likewise a family name that is a bare initial cluster (Ng Gia Hân, Tr Văn Nam): Nguyễn cut short, or the Hoa ' +
      'family name Ng — either way to be checked. The full name cannot be recovered automatically.',
    fixVi: 'Ghi đầy đủ họ, chữ đệm và tên theo sổ gốc.',
  },
  {
    code: 'NAME_NO_DIACRITICS',
    titleVi: 'Họ tên nhập không dấu',
    severity: 'warning',
    field: 'name',
    messageVi: 'Họ tên "{value}" được nhập không dấu; chưa thể tự khôi phục dấu tiếng Việt.',
    description:
      'The name has no diacritics at all although it contains syllables that Vietnamese spelling cannot ' +
      'write without marks (Nguyen, Duc), or a bare form of a marked surname/middle name (Tran, Thi, Van). ' +
      'Kept as written: restoring accents would be guesswork. Not raised for a person whose nationality is ' +
      'read and is not Vietnamese (a foreign spouse), for whom it is normal.',
    fixVi: 'Đối chiếu sổ gốc và nhập lại họ tên có đầy đủ dấu.',
  },
  {
    code: 'NAME_SPELLING_DOUBTFUL',
    titleVi: 'Họ tên sai chính tả hoặc thiếu dấu',
    severity: 'warning',
    field: 'name',
    messageVi: 'Họ tên có chữ sai chính tả tiếng Việt hoặc thiếu dấu: {words}.',
    description:
      'In a name typed with Vietnamese marks, a word shaped like a Vietnamese syllable is none (Hưong, Trưong, Nguỳen, ' +
      'Nguyẽn, Nguễn, Duc: a mark misplaced, a hat, a horn or a letter missing), or ends in a g or an h that the n or c ' +
      'of a final -ng, -nh, -ch would make a syllable, or that is a syllable without it (Trag, Thah, Lâmh: g and h close ' +
      'no Vietnamese syllable; only when every ' +
      'other word of the name is a syllable), or opens with the dd Telex types for đ, left as typed while the rest of ' +
      'the name was converted (Ddoàn, Ddức), or a word of two letters or more has no vowel at all beside a marked ' +
      'syllable (Trần Văn Hng, Lê Thị Th, Nguyễn Vn Hùng: every syllable has a vowel, so one was lost in typing, or the ư ' +
      'of a TCVN3 cell, the invisible soft hyphen, was stripped), or a middle word lacks the marks it ' +
      'always has (Thi, Van in Nguyễn Thi Hằng, Nguyễn Van Hùng), or a one-word title stands as the family name before Văn ' +
      'or Thị (Bé Thị Lan, Cháu Văn An: no name starts with a middle name, so the word is kept as typed, most often a ' +
      'family name typed with another tone, Bế, Châu). A copy of an entry with such a slip is not merged ' +
      'with its original, so the name is checked. Kept as written. Not raised for words that are no Vietnamese syllable ' +
      'at all (foreign or minority spellings) nor for a person whose nationality is read and is not Vietnamese.',
    fixVi: 'Đối chiếu sổ gốc và sửa lại chữ đó cho đúng chính tả, đủ dấu (ví dụ "Hưong" → "Hương", "Thi" → "Thị").',
  },
  {
    code: 'NAME_TELEX_UNCONVERTED',
    titleVi: 'Họ tên gõ Telex chưa bật bộ gõ',
    severity: 'warning',
    field: 'name',
    messageVi: 'Họ tên "{value}" có vẻ được gõ kiểu Telex khi chưa bật bộ gõ tiếng Việt (ví dụ "Hungf" thay cho "Hùng", "Nguyeenx" thay cho "Nguyễn"); chưa thể tự chuyển thành chữ có dấu.',
    description:
      'A word of the name is no Vietnamese syllable but becomes one when its Telex keys are read (a tone key s f r x j ' +
      'after the vowels, with or without the vowel keys aa ee oo aw ow uw dd): the typist\'s Vietnamese keyboard was off. ' +
      'Flagged only when every other word is a Vietnamese syllable, so foreign names are left alone; never converted, ' +
      'since which keys were meant is guesswork.',
    fixVi: 'Đối chiếu sổ gốc và nhập lại họ tên có dấu, với bộ gõ tiếng Việt (Unikey) đã bật.',
  },
  {
    code: 'NAME_FOREIGN_NATIONALITY_VN',
    titleVi: 'Họ tên nước ngoài nhưng quốc tịch Việt Nam',
    severity: 'warning',
    field: 'name',
    messageVi:
      'Họ tên "{value}" không giống họ tên người Việt Nam (không có chữ nào là âm tiết tiếng Việt) nhưng quốc tịch ghi Việt Nam hoặc để trống; ' +
      'đã đọc như tên người nước ngoài, không tách họ theo chữ đầu.',
    description:
      'A name of two words or more none of which is a Vietnamese syllable, with or without marks (Maria Schmidt, John Smith), for a person ' +
      'whose nationality is Việt Nam or not recorded and whose ethnicity is Kinh or not recorded: often a foreign spouse or parent whose ' +
      'nationality and ethnicity were typed down the column, or a misread name. The name is read as a foreign national\'s (case as typed, ' +
      'a surname in capitals at one end is the family name, else the whole name is the given name) rather than taking its first word as the ' +
      'family name. Not raised for a name with one Vietnamese syllable (Nguyễn Anna, minority names such as Giàng A Páo or Hoàng Thị Slam), ' +
      'a name typed without marks or in Telex, a person of a minority ethnicity, nor a person whose nationality is read as another country.',
    fixVi: 'Đối chiếu sổ gốc: nếu là người nước ngoài thì sửa cột quốc tịch (và dân tộc) cho đúng; nếu là người Việt Nam thì kiểm tra lại họ tên.',
  },
  {
    code: 'NAME_WORDS_SEPARATED',
    titleVi: 'Đã thêm dấu cách trong họ tên',
    severity: 'note',
    field: 'name',
    messageVi: 'Đã thêm dấu cách còn thiếu giữa hai chữ của họ tên "{value}".',
    description:
      'Two words of the name were typed without the space between them, the second capitalised (TrầnVăn Hùng, ' +
      'sometimes with an invisible zero-width character between them): split where each part is a Vietnamese syllable; ' +
      'or an abbreviation\'s period was typed without the space after it (Ng.Văn An, Ô.Trần Văn Cần), or periods were typed ' +
      'for the spaces between whole syllables (Nguyễn.Văn.Hùng); or the words were ' +
      'joined by hyphens, as older papers wrote names (Nguyễn-văn-Ba, Lê Thị Thu-Hà), where the name starts with a known ' +
      'family name and every part is a Vietnamese syllable (minority and foreign spellings such as Y-Moan, Min-jun keep theirs).',
  },
  {
    code: 'NAME_DIGIT_AS_LETTER',
    titleVi: 'Họ tên có chữ số gõ thay chữ cái, đã đọc lại',
    severity: 'warning',
    field: 'name',
    messageVi: 'Họ tên "{value}" có chữ số gõ thay cho chữ cái giống nó (ví dụ 1inh → Linh, M1NH → MINH, L0NG → LONG); đã đọc thành chữ cái, cần đối chiếu với sổ gốc.',
    description:
      'A digit was typed for the letter it looks like inside a word of the name: 1 for l (Trần Thị 1inh, 1ê Văn Nam), 1 for I ' +
      'in a word in capitals (TRẦN VĂN M1NH), 0 for o or O (NGUYỄN VĂN L0NG). Mended only where the word, its digits read as ' +
      'letters, is a Vietnamese syllable in exactly one way; a figure standing alone (Nguyễn Văn Hùng 2), or one that mends ' +
      'into no syllable or into two, leaves the name unreadable (NAME_INVALID_CHARACTERS). A warning, not a silent note: ' +
      'the letter is read from its look, and a name is a person\'s identity, so an officer checks it against the book.',
    fixVi: 'Đối chiếu sổ gốc và gõ lại họ tên bằng chữ cái (không dùng chữ số 0, 1 thay cho chữ o, l, I).',
  },
  {
    code: 'NAME_TONE_MARK_MOVED',
    titleVi: 'Đã sửa vị trí dấu thanh đặt sai trong họ tên',
    severity: 'note',
    field: 'name',
    messageVi: 'Đã chuyển dấu thanh đặt sai vị trí sang đúng nguyên âm trong họ tên "{value}" (ví dụ Hòang → Hoàng, Qúy → Quý).',
    description:
      'A tone mark was typed on a letter where Vietnamese spelling never puts it: on the u of qu or the i of gi, which belong ' +
      'to the consonant (Qúy, Gíang), or on the first vowel of oa, oe, uy, uâ when a consonant follows (Hòang, Tòan, Hùynh, ' +
      'Túân; both placement styles put it on the second there, DOMAIN.md §4.1). The letters are right, so the syllable meant is ' +
      'certain: the mark was moved to the one vowel where the word reads as a Vietnamese syllable (Quý, Giáng, Hoàng, Toàn, ' +
      'Huỳnh, Tuấn), in every tone style. A word with two marks or a wrong letter as well (Hưóng) is only warned of ' +
      '(NAME_SPELLING_DOUBTFUL).',
  },
  {
    code: 'NAME_TONE_STYLE_APPLIED',
    titleVi: 'Đã đổi vị trí dấu thanh trong họ tên',
    severity: 'note',
    field: 'name',
    messageVi: 'Đã đổi vị trí dấu thanh trong họ tên "{value}" theo kiểu bỏ dấu đã chọn ({style}).',
    description:
      'The pipeline imposes one tone-mark placement style on final oa/oe/uy (old: hòa, thủy; new: hoà, thuỷ; ' +
      'DOMAIN.md §4.1) and this name was written in the other style.',
  },
  {
    code: 'NAME_ORDER_REVERSED',
    titleVi: 'Đã sắp lại họ tên nhập đảo thứ tự',
    severity: 'note',
    field: 'name',
    messageVi: 'Họ tên "{value}" được nhập tên trước, họ và chữ đệm sau; đã sắp lại theo thứ tự họ, chữ đệm, tên: {name}.',
    description:
      'The name ends in Thị or Văn right after a known family name and its first word is no family name (Lan Nguyễn Thị, Hải ' +
      'Nguyễn Văn): typed given name first, as Western forms or a clerk filling Tên before Họ write it. Thị and Văn are middle ' +
      'names and seldom end a Vietnamese name (DOMAIN.md §4), so the words are put back in the order họ, chữ đệm, tên (Nguyễn Thị ' +
      'Lan) and the copy of an entry typed so meets its original in deduplication. A family name first (Nguyễn Hoàng Văn, Lê Mai ' +
      'Văn) is a name in order whose given name is Văn, kept as typed. In a birth entry, also a child\'s name whose first ' +
      'word is no family name and neither parent\'s while its second word is the father\'s (no father: the mother\'s) family name ' +
      '(Hùng Phạm Minh beside the father Phạm Văn Sơn → Phạm Minh Hùng): a child carries a parent\'s family name.',
  },
];
