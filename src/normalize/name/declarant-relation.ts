/**
 * Who the declarant is to the registered person, as clerks type it in the
 * declarant's cell (declarant.ts): a relation or an office after the name
 * ('…, con', '… - vợ người chết', '… (mẹ cháu)', '… - TT'), before it
 * ('Con trai: …', 'Mẹ đẻ Trần Thị Bình', 'Bà nội Lê Thị Cúc'), or after it without
 * punctuation ('Nguyễn Văn An con trai'). Words are compared lower case.
 */
import { foldedKey } from './name-keys.js';
import { hasNonAscii } from '../text/ascii.js';
import { lowerUnitWords, recaseUniformPlace } from '../place/place-case.js';
import { isKnownSurname } from './honorific.js';

/** Kinship (and other) relations to the registered person, lower case. */
const RELATIONS = [
  'con', 'con trai', 'con gái', 'con đẻ', 'con ruột', 'con nuôi', 'con dâu', 'con rể', 'con cả', 'con út', 'con thứ',
  'vợ', 'chồng', 'cháu', 'cháu nội', 'cháu ngoại', 'cháu ruột', 'cháu trai', 'cháu gái', 'chắt', 'chắt nội', 'chắt ngoại',
  'bố', 'mẹ', 'cha', 'bố đẻ', 'mẹ đẻ', 'cha đẻ', 'bố nuôi', 'mẹ nuôi', 'cha nuôi', 'bố chồng', 'mẹ chồng', 'bố vợ', 'mẹ vợ',
  'anh', 'anh trai', 'anh ruột', 'em', 'em trai', 'em gái', 'em ruột', 'chị', 'chị gái', 'chị ruột',
  'ông', 'bà', 'ông nội', 'bà nội', 'ông ngoại', 'bà ngoại', 'cô', 'dì', 'chú', 'bác', 'cậu', 'mợ', 'thím', 'dượng',
  // An aunt's or uncle's side said with 'ruột' (by blood) or 'họ' (of the wider family), siblings by marriage:
  // 'Bác ruột: Trần Văn Sinh', 'Cô ruột Lê Thị Phương' before the name as after it.
  'bác ruột', 'chú ruột', 'cô ruột', 'dì ruột', 'cậu ruột', 'bác họ', 'chú họ', 'cô họ', 'dì họ', 'cậu họ',
  'anh họ', 'chị họ', 'em họ', 'cháu họ', 'chị dâu', 'em dâu', 'anh rể', 'em rể',
  'người thân', 'họ hàng', 'hàng xóm', 'người giám hộ', 'người nuôi dưỡng',
  'bố mẹ', 'cha mẹ', 'ông bà', 'ông bà nội', 'ông bà ngoại',
  // The registered person declaring their own birth: a late registration or a re-registration of an adult.
  'bản thân',
  // The eldest son's eldest son, who declares a grandparent's death ('Cháu đích tôn').
  'cháu đích tôn',
];

/**
 * A commune's offices with its unit word and no commune named ('Cán bộ tư pháp xã', 'Chủ tịch UBND xã' before the
 * officer's name): the unit word is the office's, never a word of the name after it ('Xã Nguyễn Văn Hải').
 */
export const COMMUNE_OFFICES: readonly string[] = [
  'cán bộ tư pháp', 'công chức tư pháp', 'cán bộ tư pháp hộ tịch', 'cán bộ tư pháp - hộ tịch', 'công chức tư pháp hộ tịch', 'công chức tư pháp - hộ tịch',
  'chủ tịch', 'chủ tịch ubnd', 'phó chủ tịch', 'phó chủ tịch ubnd',
]
  .flatMap((office) => ['xã', 'phường', 'thị trấn'].map((unit) => `${office} ${unit}`));

/**
 * Offices of a declarant who is no relative (village head, health worker, police,
 * commune official), typed before the name. Longest first.
 */
export const OFFICES = [
  'trưởng thôn', 'trưởng xóm', 'trưởng khu phố', 'trưởng khu', 'trưởng bản', 'trưởng làng', 'trưởng ấp', 'tổ trưởng tổ dân phố',
  'tổ trưởng dân phố', 'tổ trưởng', 'phó trưởng thôn', 'phó thôn', 'bí thư chi bộ', 'bí thư', 'cán bộ tư pháp', 'cán bộ',
  'công chức tư pháp', 'công an viên', 'công an xã', 'công an', 'trưởng công an xã', 'trưởng trạm y tế', 'trạm trưởng',
  'y tá', 'y sĩ', 'y sỹ', 'bác sĩ', 'bác sỹ', 'nữ hộ sinh', 'hộ sinh', 'đại diện thôn', 'đại diện gia đình', 'đại diện',
  'chủ tịch', 'chủ nhiệm', 'giám đốc', 'hiệu trưởng', 'phó chủ tịch', 'chủ tịch ubnd', 'phó chủ tịch ubnd',
  'cán bộ tư pháp hộ tịch', 'cán bộ tư pháp - hộ tịch', 'công chức tư pháp hộ tịch', 'công chức tư pháp - hộ tịch',
  ...COMMUNE_OFFICES,
].sort((a, b) => b.length - a.length);

/** Offices typed short after the name ('… - TT'), as the register would write them out. */
const ABBREVIATIONS = new Map([
  ['tt', 'Trưởng thôn'],
  ['cb tư pháp', 'Cán bộ tư pháp'],
  ['cb tp', 'Cán bộ tư pháp'],
  ['cbtp', 'Cán bộ tư pháp'],
  ['cb tu phap', 'Cán bộ tư pháp'],
]);

/**
 * Words a relation is followed by when the clerk says whose it is or which one:
 * 'vợ người chết', 'mẹ cháu', 'mẹ đẻ của cháu', 'con trai cả', 'con thứ hai'. Any
 * other word after it makes the part no relation ('cô giáo', 'bà đỡ').
 */
const COMPLEMENTS = new Set([
  'người', 'của', 'cháu', 'bé', 'trẻ', 'em', 'ông', 'bà', 'anh', 'chị', 'cả', 'út', 'thứ', 'trưởng', 'lớn', 'nhỏ', 'đầu', 'ruột', 'đẻ',
  'hai', 'ba', 'tư', 'nguoi', 'cua', 'chau', 'be', 'tre', 'ong', 'anh', 'chi', 'ca', 'ut', 'thu', 'truong', 'lon', 'nho', 'dau', 'ruot', 'de', 'tu',
]);

/** Words that end 'vợ người chết', 'con người đã mất'. */
const DEATH_WORDS = new Set(['chết', 'mất', 'đã', 'chet', 'mat', 'da']);

/**
 * Single words that are a title as often as a relation ('Ông: Nguyễn Văn Hải', 'Chị Lê Thị Lan'):
 * before a name they are left to the name normalizer's honorifics, never read as the relation.
 */
const TITLES = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cậu', 'dì', 'mợ', 'thím', 'cháu']);
/**
 * Titles that are kinship words only, an aunt or uncle by marriage or the mother's side (a stranger is no
 * 'Thím'): before the name they say the relation, with punctuation or without ('Thím: Lê Thị Hà',
 * 'Dì Phạm Thị Yến'; typed with marks: 'Di' is no word to go by). None is a family name.
 */
const KINSHIP_ONLY: ReadonlySet<string> = new Set(['dì', 'thím', 'mợ', 'cậu']);
/**
 * Single relations that name no one else and are nobody's surname or given name: read before a
 * name even without punctuation ('Mẹ Trần Thị Bình'), and, but 'con' (a given name in old
 * registers: 'Nguyễn Văn Con'), after it ('Nguyễn Thị Bình vợ').
 */
const LEADING_WORDS = new Set(['bố', 'mẹ', 'cha', 'vợ', 'chồng', 'con']);
const TRAILING_WORDS = new Set(['bố', 'mẹ', 'cha', 'vợ', 'chồng']);

const RELATION_KEYS = new Set([...RELATIONS, ...OFFICES]);
const FOLDED_RELATION_KEYS = new Set([...RELATION_KEYS].map((relation) => foldedKey(relation)));
/** Relations of two words or more ('con trai', 'bà nội', 'người giám hộ'): told from a name by their words alone. */
const MULTI_WORD = new Set(RELATIONS.filter((relation) => relation.includes(' ')));
const FOLDED_MULTI_WORD = new Set([...MULTI_WORD].map((relation) => foldedKey(relation)));
/** First and last words of the relations of two words or more, as typed and folded: the declarant's fast path asks these. */
const MULTI_FIRST_WORDS = new Set([...MULTI_WORD, ...FOLDED_MULTI_WORD].map((relation) => relation.split(' ')[0]!));
const MULTI_LAST_WORDS = new Set([...MULTI_WORD, ...FOLDED_MULTI_WORD].map((relation) => relation.split(' ').at(-1)!));
/** First words of every relation, as typed and folded. */
const FIRST_WORDS = new Set([...RELATIONS, ...RELATIONS.map((relation) => foldedKey(relation))].map((relation) => relation.split(' ')[0]!));
/** First words of whatever relationOf reads as a relation: relations, offices and their short forms, as typed and folded. */
const RELATION_START_WORDS: ReadonlySet<string> = new Set(
  [...RELATION_KEYS, ...FOLDED_RELATION_KEYS, ...ABBREVIATIONS.keys()].map((relation) => relation.split(' ')[0]!),
);
const MAX_RELATION_WORDS = 3;
/** Words of the longest title the name normalizer takes off before a name ('con của ông'). */
const LEADING_TITLE_WORDS = 3;

/** Words that introduce a relation: 'là con', 'quan hệ: con', 'QH: vợ'. */
const RELATION_LEAD = /^(?:là|la|quan hệ|quan he|qh)\s*:?\s*/iu;
/** The first three words of a cell, lower case. */
const LEADING = /^(\p{L}+)(?: (\p{L}+))?(?: (\p{L}+))?/u;
/** What parts a relation from the name after it: punctuation ('Con trai: …', 'Vợ - …') or spaces. */
const LEAD_SEPARATOR = /^\s*[:;\-–—,./]+\s*|^\s+/u;

/**
 * The relation a declarant cell holds in place of a name ('Bố', 'Mẹ đẻ', 'Bà nội', 'Con trai cả'), or
 * null. Alone, only a word that is no title and no given name says it (LEADING_WORDS, 'cháu'): 'Anh',
 * 'Em', 'Ông' alone may be a name.
 */
export function relationInsteadOfName(cell: string): string | null {
  const words = cell.replace(RELATION_LEAD, '').toLowerCase();
  const space = words.indexOf(' ');
  if (space < 0) return LEADING_WORDS.has(words) || words === 'cháu' ? asRelation(words) : null;
  // Every declarant cell of a few words is asked: a name's first word opens no relation (relationOf's words).
  if (!RELATION_START_WORDS.has(words.slice(0, space)) && !RELATION_LEAD.test(words)) return null;
  const relation = relationOf(words);
  if (relation === null) return null;
  // Only the relation and words saying whose or which it is ('con trai cả', 'vợ người chết'): a name after it is no such cell.
  const after = words.slice(relation.length).trim();
  return after === '' || after.split(' ').every((word) => COMPLEMENTS.has(word) || DEATH_WORDS.has(word)) ? relation : null;
}

/**
 * A relation column's cell in the case registers write a relation ('Con trai'), however it was typed: in
 * capitals ('CON TRAI', 'VỢ NGƯỜI CHẾT', 'CÁN BỘ TƯ PHÁP'), each word capitalised ('Mẹ Đẻ', as TCVN3 capitals
 * read too: the font has no toned capitals), or in lower case ('bà nội'), as a relation typed in the name cell
 * is: a cell that is a relation or an office whole, with words saying whose or which, or an office and the
 * place it serves typed in capitals ('TRƯỞNG THÔN NÚI ĐINH' → 'Trưởng thôn Núi Đinh'); any other stays as typed.
 */
export function relationCellCase(cell: string): string {
  // 'QH: mẹ', 'Là con': the lead-in is the clerk's, and the relation after it is read as typed.
  if (RELATION_LEAD.test(cell)) return cell;
  const whole = RELATION_KEYS.has(cell.toLowerCase()) || relationInsteadOfName(cell) !== null;
  return whole ? asRelation(cell) : (officeOfPlaceInCapitals(cell) ?? cell);
}

/**
 * An office and the place it serves typed all in capitals ('TRƯỞNG THÔN NÚI ĐINH', 'CÔNG AN XÃ TỨ YÊN'): the
 * office as registers write it and the place as a place typed in capitals is recased ('Trưởng thôn Núi Đinh',
 * 'Công an xã Tứ Yên'); null for anything else.
 */
function officeOfPlaceInCapitals(cell: string): string | null {
  if (cell !== cell.toUpperCase()) return null;
  const lower = cell.toLowerCase();
  const office = OFFICES.find((candidate) => lower.startsWith(`${candidate} `));
  if (office === undefined) return null;
  const place = recaseUniformPlace(cell.slice(office.length).trim());
  return place === null ? null : lowerUnitWords(`${asRelation(office)} ${place}`);
}

/** Capitalised as registers write a relation: 'Con trai'. */
export function asRelation(text: string): string {
  const lower = text.toLowerCase();
  return (lower.charAt(0).toUpperCase() + lower.slice(1)).replace(PEOPLES_COMMITTEE, 'UBND');
}

/** 'UBND' (Ủy ban nhân dân) inside an office, written in capitals as registers do ('Chủ tịch UBND xã'). */
const PEOPLES_COMMITTEE = /(?<!\p{L})ubnd(?!\p{L})/gu;

/**
 * The relation a part typed after the name names ('con trai', 'là vợ', 'QH: mẹ', 'TT'), or
 * that it begins with before whose or which it is ('vợ người chết', 'con trai cả'); null for anything else.
 */
export function relationOf(part: string): string | null {
  const words = part.replace(RELATION_LEAD, '').toLowerCase();
  const marked = hasNonAscii(words);
  const keys = marked ? RELATION_KEYS : FOLDED_RELATION_KEYS;
  if (keys.has(words)) return asRelation(words);
  const abbreviation = ABBREVIATIONS.get(words);
  if (abbreviation !== undefined) return abbreviation;
  const list = words.split(' ');
  for (let length = Math.min(MAX_RELATION_WORDS, list.length - 1); length >= 1; length--) {
    const relation = list.slice(0, length).join(' ');
    if (keys.has(relation) && COMPLEMENTS.has(list[length]!)) return asRelation(relation);
  }
  return marked ? officeOfPlace(part.replace(RELATION_LEAD, '').trim(), words) : null;
}

/**
 * An office and the hamlet or commune it serves, typed after the name ('… - Trưởng thôn Đồng Tâm', '…,
 * Công an xã Tứ Yên'): the relation as a relation column holds it, the place as typed (in a relation column
 * one typed all in capitals is recased: officeOfPlaceInCapitals). Only with the place's name capitalised, each word: 'trưởng thôn đã xác nhận' is no office's place.
 */
function officeOfPlace(typed: string, lower: string): string | null {
  const office = OFFICES.find((candidate) => lower.startsWith(`${candidate} `));
  if (office === undefined) return null;
  const place = typed.slice(office.length).trim();
  return place.split(' ').every((word) => /^[\p{Lu}\d]/u.test(word)) ? `${asRelation(office)} ${place}` : null;
}

/**
 * A relation typed before the name, and the text after it: with punctuation any relation
 * but a title ('Con trai: Nguyễn Văn An', 'Bố: …'); without, a relation of two words or
 * more ('Mẹ đẻ Trần Thị Bình', 'Bà nội Lê Thị Cúc') or one of LEADING_WORDS or KINSHIP_ONLY (typed with
 * marks: 'Vo Van An' is Võ Văn An). Only when a name of two words at least follows.
 */
export function leadingRelation(text: string): { relation: string; rest: string } | null {
  const lower = text.toLowerCase();
  const first = LEADING.exec(lower);
  if (first === null || lower.length !== text.length || !FIRST_WORDS.has(first[1]!)) return null;
  const marked = hasNonAscii(lower);
  const words = first.slice(1).filter((word): word is string => word !== undefined);
  for (let length = words.length; length >= 1; length--) {
    const candidate = words.slice(0, length).join(' ');
    const single = length === 1;
    if (!(marked ? (single ? RELATION_KEYS : MULTI_WORD) : single ? FOLDED_RELATION_KEYS : FOLDED_MULTI_WORD).has(candidate)) continue;
    // 'Con trai cả Nguyễn Văn An', 'Con trai trưởng: …': the child's rank belongs to the relation, not to the name.
    const ranked = marked ? rankedRelation(text, lower, candidate) : null;
    if (ranked !== null) return ranked;
    const separator = LEAD_SEPARATOR.exec(lower.slice(candidate.length));
    if (separator === null) continue;
    const punctuated = /\S/.test(separator[0]);
    if (single && (punctuated ? TITLES.has(candidate) && !KINSHIP_ONLY.has(candidate) : !(marked && (LEADING_WORDS.has(candidate) || KINSHIP_ONLY.has(candidate))))) return null;
    // The longest relation typed decides: 'Mẹ đẻ Nguyễn' is no 'Mẹ' before a name 'Đẻ Nguyễn'.
    const rest = text.slice(candidate.length + separator[0].length);
    // Without punctuation a kinship word may be the title of a one-word name the relation follows
    // ('Dì Lan, dì ruột', 'Mợ Hà - mợ ruột'): only a name of two words before any punctuation follows it.
    const nameBeforePunctuation = rest.split(NAME_PART_END, 1)[0]!;
    if (single && !punctuated && KINSHIP_ONLY.has(candidate) && !/\S\s+\S/.test(nameBeforePunctuation)) return null;
    return /\S\s+\S/.test(rest) ? { relation: asRelation(candidate), rest } : null;
  }
  return null;
}

/**
 * A child's or grandchild's rank typed after the relation ('cả', 'út', 'trưởng', 'đầu', 'thứ hai', 'thứ 2'),
 * with marks: before a name it is no word of the name ('Con trai cả Nguyễn Văn An' is no Mr Cả).
 */
const RANK = /^\s+(cả|út|trưởng|đầu|thứ\s+(?:hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2}))(?![\p{L}\d])/u;
const RANK_AFTER_ORDINAL = /^\s+(hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})(?![\p{L}\d])/u;
/** Relations a rank may follow: a child's or a grandchild's. */
const RANKED = /^(?:con|con trai|con gái|con đẻ|con ruột|con thứ|cháu|cháu nội|cháu ngoại|cháu trai|cháu gái)$/u;

/**
 * The relation with the rank typed after it and the name after that ('Con trai cả Nguyễn Văn An', 'Con gái út: Lê
 * Thị Hoa', 'Cháu nội trưởng Nguyễn Văn Hải'), or null: only when punctuation or a family name follows the rank and a
 * name of two words at least comes after it.
 */
function rankedRelation(text: string, lower: string, candidate: string): { relation: string; rest: string } | null {
  if (!RANKED.test(candidate)) return null;
  const rank = (candidate.endsWith(' thứ') ? RANK_AFTER_ORDINAL : RANK).exec(lower.slice(candidate.length));
  if (rank === null) return null;
  const end = candidate.length + rank[0].length;
  const separator = LEAD_SEPARATOR.exec(lower.slice(end));
  if (separator === null) return null;
  const rest = text.slice(end + separator[0].length);
  if (!/\S\s+\S/.test(rest) || (!/\S/.test(separator[0]) && !isKnownSurname(rest.split(' ', 1)[0]!))) return null;
  return { relation: asRelation(text.slice(0, end)), rest };
}

/** Punctuation ending the name part of a declarant's cell ('Lan, dì ruột', 'Hà - mợ ruột', 'Lan (dì)'). */
const NAME_PART_END = /\s*[,;:(]|\s+[-–]\s*/;

/**
 * The name and a relation typed after it without punctuation ('Nguyễn Văn An con trai',
 * 'Nguyễn Thị Bình vợ'): a relation of two words or more, or (typed with marks) one of
 * TRAILING_WORDS, after two words at least. A single word that is also a given name
 * ('Nguyễn Văn Con', 'Nguyễn Thị Em', 'Lê Thị Gái') stays in the name.
 */
export function trailingRelation(text: string): { name: string; relation: string } | null {
  const words = text.split(' ');
  const marked = hasNonAscii(text);
  for (let length = Math.min(MAX_RELATION_WORDS, words.length - 2); length >= 1; length--) {
    const typed = words.slice(words.length - length).join(' ');
    const lower = typed.toLowerCase();
    const known = length === 1 ? marked && TRAILING_WORDS.has(lower) : (marked ? MULTI_WORD : FOLDED_MULTI_WORD).has(lower);
    if (known) return { name: words.slice(0, words.length - length).join(' '), relation: asRelation(typed) };
  }
  return null;
}

/**
 * Whether a cell of letter words (lower case, split on single spaces) may begin or end with a
 * relation typed without punctuation: a few set lookups, asked of every plain declarant name.
 */
export function mayHaveRelationAtEdge(words: readonly string[]): boolean {
  const count = words.length;
  if (count < 3) return false;
  // A title may stand before the relation ('Bà mẹ đẻ …'): the name normalizer would take it off and leave the relation.
  for (let at = 0; at < LEADING_TITLE_WORDS + 1 && at < count - 2; at++) {
    const word = words[at]!;
    if (LEADING_WORDS.has(word) || KINSHIP_ONLY.has(word) || (MULTI_FIRST_WORDS.has(word) && startsMultiWord(words, at))) return true;
  }
  const last = words[count - 1]!;
  if (TRAILING_WORDS.has(last)) return true;
  return MULTI_LAST_WORDS.has(last) && (startsMultiWord(words, count - 2) || (count >= 4 && startsMultiWord(words, count - 3)));
}

/** Whether the words from `at` (two or three of them, to the end or not) are a relation of two words or more. */
function startsMultiWord(words: readonly string[], at: number): boolean {
  const two = `${words[at]!} ${words[at + 1]!}`;
  if (MULTI_WORD.has(two) || FOLDED_MULTI_WORD.has(two)) return true;
  const three = at + 2 < words.length ? `${two} ${words[at + 2]!}` : '';
  return MULTI_WORD.has(three) || FOLDED_MULTI_WORD.has(three);
}
