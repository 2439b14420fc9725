/**
 * Recasing of place text typed all in capitals ("XÃ TAM HỢP, HUYỆN BÌNH XUYÊN", also in a TCVN3
 * font that has no toned capitals: "Xã TRUNG Mỹ") or all in lower case ("xa tam hop").
 * Mixed-case text is left as typed: its capitals carry information we cannot rebuild. Every
 * word gets an initial capital (place names are proper nouns); unit words of several syllables
 * take sentence case ("Thị trấn", "Thành phố") as in GSO lists, and so do institutions' common
 * words ("Bệnh viện đa khoa"); a unit word inside the address is lower case ("Thôn Mới, xã Tam
 * Hợp"), and so is a street word ("Ngõ 5, đường Hùng Vương") and a cooperative's common words ("HTX nông
 * nghiệp Tam Hợp"); known acronyms (UBND, TP, HCM …) and Roman numerals (Khu II) stay in capitals.
 */

const LETTER_RUN = /\p{L}+/gu;
const HAS_LETTER = /\p{L}/u;

/**
 * Acronyms kept in capitals, in lower-case text too ('bv 74 tw' → 'BV 74 TW'). Hospitals and health
 * units as Vĩnh Phúc clerks write them: 'BV 74 TW', 'BVĐK KV Phúc Yên' (đa khoa khu vực), 'PKĐK',
 * 'BVSN' (sản nhi), 'BV YHCT' (y học cổ truyền), 'BV QY 109', 'QK2', 'QĐ'; TW / TƯ = Trung ương.
 */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set([
  'UBND', 'HĐND', 'TP', 'TT', 'TX', 'HCM', 'TDP', 'KDC', 'KCN', 'KP', 'SN', 'QL', 'HTX', 'BV', 'BVĐK', 'TTYT',
  'TYT', 'CHXHCN', 'CHXHCNVN', 'CHDCND', 'CHLB', 'CHND', 'VN', 'TW', 'TƯ', 'KV', 'ĐK', 'ĐKKV', 'BVĐKKV', 'BVĐKTW',
  'BVTW', 'PK', 'PKĐK', 'PKĐKKV', 'BVSN', 'YHCT', 'BVYHCT', 'QY', 'BVQY', 'QK', 'QĐ', 'NHS', 'CSSKSS',
]);
/**
 * A word of capital text with no vowel is an acronym, not a syllable (every Vietnamese syllable has
 * one): 'TW', 'BVĐKKV', 'KCN' stay in capitals in 'BV 74 TW' even when not listed above.
 */
const BASE_VOWEL = /[aeiouy]/i;

function isVowelless(word: string): boolean {
  return word.length > 1 && !BASE_VOWEL.test(word.normalize('NFD'));
}
/**
 * A place told in words rather than named ('tại nhà', 'trên đường đi cấp cứu', 'tại nhà
 * riêng', 'nhà riêng'): a part made only of these words, opening with 'tại', 'ở', 'trên' or 'nhà', is a
 * sentence, not a name — only its first word keeps a capital. Any other word in the part
 * ('Tại Nhà hộ sinh Tam Dương', 'Xóm Trên', 'Xã Đường Lâm') leaves it a name.
 */
const DESCRIPTIVE_OPENERS: ReadonlySet<string> = new Set(['tại', 'ở', 'trên', 'nhà']);
const DESCRIPTIVE_WORDS: ReadonlySet<string> = new Set(['tại', 'ở', 'trên', 'nhà', 'riêng', 'đường', 'đi', 'cấp', 'cứu', 'về']);
const PART_SEPARATOR = /([,;])/;

function describedPlace(part: string): string {
  const words = part.match(LETTER_RUN) ?? [];
  const lower = words.map((word) => word.toLowerCase());
  if (words.length < 2 || !DESCRIPTIVE_OPENERS.has(lower[0] ?? '') || !lower.every((word) => DESCRIPTIVE_WORDS.has(word))) return part;
  let seen = 0;
  return part.replace(LETTER_RUN, (word) => (seen++ === 0 ? word : word.toLowerCase()));
}

const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XX)$/;

// Multi-syllable unit words in GSO case; applied after every word was capitalised.
// Institutions' common words too ('Bệnh viện đa khoa khu vực', 'Phòng khám đa khoa'): longest first.
const SENTENCE_CASE_PHRASES: readonly string[] = [
  'Thị trấn', 'Thị xã', 'Thành phố', 'Tổ dân phố', 'Khu phố', 'Khu dân cư', 'Số nhà', 'Ủy ban nhân dân',
  'Uỷ ban nhân dân', 'Bệnh viện', 'Trạm y tế', 'Nhà hộ sinh', 'Trung tâm y tế',
  'Bệnh viện đa khoa', 'Bệnh viện đa khoa khu vực', 'Phòng khám', 'Phòng khám đa khoa', 'Phòng khám đa khoa khu vực', 'Trạm xá', 'Bệnh xá',
  // Roads named by a number: 'Quốc lộ 2', 'Tỉnh lộ 302', as road signs and addresses write them.
  'Quốc lộ', 'Tỉnh lộ', 'Huyện lộ',
  // 'Bệnh viện 74 Trung ương', 'Khu công nghiệp Bình Xuyên': common words of a name, as the bodies write them.
  'Trung ương', 'Khu công nghiệp', 'Cụm công nghiệp', 'Khu đô thị',
  // A prison as a place of death ('Trại giam Vĩnh Quang'); 'Xóm Trại', 'Trại Cúp' (a hamlet) keep their capitals.
  'Trại giam', 'Trại tạm giam',
].slice().sort((a, b) => b.length - a.length);
const PHRASE_FIXES: readonly (readonly [RegExp, string])[] = SENTENCE_CASE_PHRASES.map((phrase) => {
  const titled = phrase.replace(LETTER_RUN, capitalise);
  return [new RegExp(`(?<!\\p{L})${titled}(?!\\p{L})`, 'gu'), phrase] as const;
});

/**
 * 'Số 10 đường Nguyễn Văn Linh': a street word after a house number is a common noun, written in
 * lower case as in addresses typed by hand; only the street's name takes capitals. ('Xã Đường Lâm'
 * keeps its capital: there 'Đường' is a name, after a unit word, not a number.)
 */
const STREET_AFTER_NUMBER = /(?<=\d[\p{L}\d/]*\s)(?:Đường|Ngõ|Ngách|Hẻm)(?=\s[\p{Lu}\d])/gu;
/**
 * 'Tổ dân phố số 3', 'Khu số 5': 'số' (number) inside a part, before its figure, is a common word; at a
 * part's start ('Số 12, Phường 15', 'Số nhà 25') it keeps the capital a part's first word has.
 */
const NUMBER_WORD_INSIDE = /(?<=\p{L}\s)Số(?=\s\d)/gu;

// Letters whose capital is two letters (ß → SS, Greek ᾀ → ἈΙ) keep their case: their
// capital would not round-trip, and recasing must be idempotent.
function capitalise(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  const upper = first.toUpperCase();
  const initial = upper.length === first.length ? upper : first;
  return initial + word.slice(first.length).toLowerCase();
}

/**
 * A lower-case letter that a capital-letter text typed in a TCVN3 font still shows: .VnTime has
 * capitals for A–Z and Ă Â Ê Ô Ơ Ư Đ but none with a tone mark, so 'XÃ TRUNG MỸ' typed in it
 * reads 'Xã TRUNG Mỹ' (legacy-encodings.md §3.2). Any other lower-case letter is typed so.
 */
const UNTONED_LOWER = /[a-zđăâêôơư]/;
// Decomposed: a dot below sorts before a circumflex or breve (ệ = e + U+0323 + U+0302), a horn before it.
const TONED_LOWER_VOWEL = /^[aeiouy][\u031b\u0323]?[\u0302\u0306]?[\u0300\u0301\u0303\u0309\u0323]?$/u;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const LOWER_LETTER = /\p{Ll}/gu;
/** A word of two capitals or more: 'TRUNG', 'HợP' (capitals around a toned vowel TCVN3 lowered). */
const CAPITALS_WORD = /\p{Lu}\p{Ll}*\p{Lu}/u;

/**
 * Capitals typed in a TCVN3 font: every lower-case letter a toned vowel, and some word in
 * capitals that is no acronym ('Xã TRUNG Mỹ', 'HợP'), so 'UBND Xã' or a lone 'Mỹ' is not one.
 */
function legacyCapitals(text: string): boolean {
  if (UNTONED_LOWER.test(text)) return false;
  for (const [letter] of text.matchAll(LOWER_LETTER)) {
    const decomposed = letter.normalize('NFD');
    if (!TONED_LOWER_VOWEL.test(decomposed) || !TONE_MARK.test(decomposed)) return false;
  }
  return (text.match(LETTER_RUN) ?? []).some((word) => CAPITALS_WORD.test(word) && !PLACE_ACRONYMS.has(word.toUpperCase()));
}

/** 'upper' / 'lower' when every letter has that case, else null (also for text without letters). */
export function uniformCase(text: string): 'upper' | 'lower' | null {
  if (!HAS_LETTER.test(text)) return null;
  if (text === text.toUpperCase()) return 'upper';
  if (text === text.toLowerCase()) return 'lower';
  return legacyCapitals(text) ? 'upper' : null;
}

/**
 * Administrative unit words inside an address are common nouns: 'Thôn Mới, xã Tam Hợp, huyện Bình Xuyên',
 * 'Trạm y tế xã Sơn Lôi', 'Bệnh viện đa khoa tỉnh Vĩnh Phúc', 'UBND xã Đạo Tú' (Decree 30/2020/NĐ-CP,
 * Appendix II §II.2.a: in 'tỉnh Nam Định', 'huyện Gia Lâm' only the name takes capitals). The text's first
 * word keeps its capital, as a sentence's; so does a unit word right after another ('Thôn Xóm Chùa': a
 * hamlet's name), before a number or a Roman numeral ('Thôn 3', 'Phường 15', 'Quận 1': the decree capitalises a unit
 * word whose name is a number), with no name after it, and where it begins another name ('Tỉnh lộ 302' a road,
 * 'Huyện đội', 'Tỉnh ủy': offices), whose case is left as the recasing made it.
 */
const UNIT_IN_ADDRESS = /(?<=\S\s+)(?:Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố|Tỉnh|Thôn|Xóm|Tổ dân phố|Khu phố)(?=\s+\p{Lu}\p{Ll})(?!\s+(?:Lộ|Đội|Ủy|Uỷ)(?!\p{L}))/gu;
/**
 * A street word opening a part of the address, before the street's name or number ('Ngõ 5, đường Nguyễn Tất Thành',
 * 'Số 12, ngõ 5'): a common noun, as after a house number (STREET_AFTER_NUMBER); the text's first word, a name after a
 * unit word ('Xã Đường Lâm', 'Thôn Đường Nhạn') and a word inside a name ('Trường Mầm non Đường Lâm', 'Bệnh viện
 * Đường Sắt', 'Thôn Tiền Đường') keep their capitals.
 */
const STREET_IN_ADDRESS = /(?<=\S\s*[,;-]\s*)(?:Đường|Ngõ|Ngách|Hẻm)(?=\s+(?:\p{Lu}\p{Ll}|\d))/gu;
/** 'HTX nông nghiệp Thiện Kế': the common words of a cooperative's name after 'HTX' (its name is the place's). */
const COOPERATIVE_WORDS = /(?<=(?:HTX|Hợp Tác Xã)\s)(?:Dịch Vụ Nông Nghiệp|Dịch Vụ Tổng Hợp|Nông Nghiệp|Dịch Vụ)(?!\p{L})/gu;
const UNIT_WORD_BEFORE = /(?:^|[\s,;])(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|xóm|tổ dân phố|tổ|khu phố|khu|ấp|bản|làng|đội)[\s,;]*$/iu;

export function lowerUnitWords(text: string): string {
  const lower = (word: string, offset: number, whole: string): string => (UNIT_WORD_BEFORE.test(whole.slice(0, offset)) ? word : word.toLowerCase());
  const units = text.replace(UNIT_IN_ADDRESS, (word: string, offset: number) => lower(word, offset, text));
  return units.replace(STREET_IN_ADDRESS, (word: string, offset: number) => lower(word, offset, units));
}

/** The recased text, or null when the text is mixed-case and must stay as typed. */
export function recaseUniformPlace(text: string): string | null {
  const uniform = uniformCase(text);
  if (uniform === null) return null;
  let recased = text.replace(LETTER_RUN, (word) => {
    const upper = word.toUpperCase();
    if (PLACE_ACRONYMS.has(upper)) return upper;
    if (uniform === 'upper' && (ROMAN_NUMERAL.test(word) || isVowelless(word))) return word;
    return capitalise(word);
  });
  recased = recased.split(PART_SEPARATOR).map(describedPlace).join('');
  for (const [pattern, phrase] of PHRASE_FIXES) recased = recased.replace(pattern, phrase);
  recased = recased.replace(COOPERATIVE_WORDS, (words) => words.toLowerCase());
  // The unit words first: 'tổ dân phố' inside the address is lowered before its 'Số 3' (a name-like word) is.
  return lowerUnitWords(recased.replace(STREET_AFTER_NUMBER, (word) => word.toLowerCase())).replace(NUMBER_WORD_INSIDE, 'số');
}
