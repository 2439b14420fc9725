/**
 * Honorific and kinship prefixes in name cells ('Cháu Nguyễn Văn An', 'BÀ: LÊ THỊ HOA',
 * 'Con ông Trần Văn Sơn'). Decision rule, so that real names survive:
 * - a prefix followed by ':' or '-' is always a title ('Ông: Văn Dũng' → 'Văn Dũng');
 * - 'Ông' is also a surname ('Ông Văn Dũng', 'Ông Thị Hoa'), so without punctuation it is only
 *   removed when a known surname starts a full name after it ('Ông Nguyễn Văn Tư' → 'Nguyễn Văn Tư'),
 *   never before a woman's name ('Thị'), and before a surname as common as a middle name ('Ông
 *   Kim Uyên', 'Ông Công Thành': of the Ông family) only when three words follow;
 * - "child of" ('Con bà', 'Con ông', 'Con của') is removed before anything: the rest is a parent's name;
 * - no one-word title comes off (without punctuation) before Văn or Thị: no name starts with them, so
 *   the word is the family name ('Bé Thị Lan': Bế typed with another tone; normalize-name.ts flags it);
 * - the other prefixes (Bà, Cháu, Anh, Em, …) are never Vietnamese surnames: they are removed when a
 *   known surname follows, or when at least two words (a family and a given name) follow — this
 *   catches minority surnames missing from the list ('Cháu Hảng A Dế'). A lone word after them
 *   ('Anh Tuấn', 'Bà Lan') is kept: the cell may be a given name written without its surname.
 * - a title typed without marks ('Cu ong Nguyen Van Thanh', 'Ba Ngo Thi Lan', 'Ong Nguyen Van Khai')
 *   is one only before a whole name: three words or more, the first folding to a known family name;
 *   followed by a colon ('Chau: Do Van Duc', 'Cu: Ta Dinh Hung') it is a title whatever word it is;
 *   a one-word title that is itself a family name only when it is a rare one (Cù, Ông) and Văn or Thị
 *   follows that family name ('Cu Dam Thi Hang'; 'Chau Le Van Hung', 'Cu Tran Bao Ngoc' keep theirs);
 *   Without marks 'Ong', 'Cu', 'Be', 'Chu' are also the family names Ông, Cù, Bế, Chu and 'Ba', 'Be'
 *   given-name-like words, so nothing shorter counts ('Ong Van Tuan', 'Ong Le Thang' stay of the Ông
 *   family), 'Ong' never before 'Thi', and an unmarked 'Chu' before a name typed with marks is the
 *   family name Chu, not Chú;
 * - a birth-order word after a kinship title belongs to the title when a whole name led by a known
 *   family name follows ('Chị Hai Lê Thị Hồng', 'Anh Cả Nguyễn Văn Tú', 'Ông Ba Ngô Văn Tý').
 * - a Catholic baptismal name before a whole name ('Giuse Nguyễn Văn An', 'Maria Goretti Trần Thị Lan',
 *   'Phero Nguyen Van Khanh') is no part of the civil name: it comes off when two words or more led by a
 *   known family name follow (not for a foreign national, whose name may hold it: normalize-name.ts).
 * Applied until nothing more comes off, so normalising the result again removes nothing.
 */
import {
  BAPTISMAL_NAMES,
  BAPTISMAL_SECOND_WORDS,
  BIRTH_ORDER_WORDS,
  COMPOUND_FAMILY_NAMES,
  HONORIFIC_PREFIXES,
  KINSHIP_TITLES,
  SURNAMES,
  type HonorificKind,
} from '../../reference/name-lists.js';
import type { Finding } from '../finding.js';
import { hasNonAscii } from '../text/ascii.js';
import { accentKey, foldedKey } from './name-keys.js';
import { SURNAME_ACCENT_KEYS } from './surname-keys.js';
import { trimEdgePunctuation } from './name-text.js';

const COMPOUND_FIRST_WORD_KEYS = new Set(COMPOUND_FAMILY_NAMES.map((name) => accentKey(name).split(' ')[0] ?? ''));
/** 'Ông' (Mr) and its abbreviation 'Ô'. */
const MISTER = new Set(['ông', 'ô']);
/** Surnames as common as middle names (Kim, Phương, Công, …): after 'Ông' they may be the middle name of an Ông. */
const MIDDLE_NAME_SURNAME_KEYS = new Set(['kim', 'phương', 'công', 'đình', 'quang', 'hoàng', 'mạnh', 'thanh', 'hồng', 'hữu', 'đức', 'ngọc', 'xuân', 'minh']);
const KIND_BY_PREFIX = new Map(HONORIFIC_PREFIXES.map((prefix) => [prefix.words, prefix.kind]));

const FOLDED_SURNAME_KEYS = new Set([...SURNAMES, ...COMPOUND_FAMILY_NAMES.map((name) => name.split(' ')[0] ?? '')].map(foldedKey));
/**
 * The marked titles as typed without marks ('cu ong', 'ba', 'chau'), by what they are: "child of" when
 * one of the titles folding to it is, else a title. Single letters ('o' for 'ô') are left out: a lone
 * unmarked letter is an initial as often; titles without marks ('anh', 'em', 'con') are in PREFIX.
 */
const KIND_BY_FOLDED_PREFIX = new Map<string, HonorificKind>();
for (const { words, kind } of HONORIFIC_PREFIXES) {
  const folded = foldedKey(words);
  if (folded === words || folded.length < 2) continue;
  if (KIND_BY_FOLDED_PREFIX.get(folded) !== 'parent-reference') KIND_BY_FOLDED_PREFIX.set(folded, kind === 'parent-reference' ? kind : 'title');
}
/**
 * Unmarked one-word titles that are common family names (Châu, Chu, Bế): never taken for a title
 * ('Chau Le Van Hung' is of the Châu family). Cù and Ông are rare family names and common titles
 * of the dead ('Cu Dam Thi Hang', 'Ong Nguyen Van Khai').
 */
const COMMON_FAMILY_TITLES: ReadonlySet<string> = new Set(['chau', 'chu', 'be']);
/** The middle names that say a man or a woman ('Văn', 'Thị'), folded. */
const GENDERED_MIDDLE: ReadonlySet<string> = new Set(['van', 'thi']);
const KINSHIP_KEYS = new Set(KINSHIP_TITLES.flatMap((title) => [title, foldedKey(title)]));
const BIRTH_ORDER_KEYS = new Set(BIRTH_ORDER_WORDS);
const FOLDED_BIRTH_ORDER_KEYS = new Set(BIRTH_ORDER_WORDS.map(foldedKey));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest prefixes first; case-insensitive; then either punctuation or a space. */
const prefixPattern = (prefixes: Iterable<string>): RegExp =>
  new RegExp(`^(${[...prefixes].sort((a, b) => b.length - a.length).map(escape).join('|')})(\\s*[:\\-–—,.]+\\s*|\\s+)`, 'iu');
const PREFIX = prefixPattern(KIND_BY_PREFIX.keys());
/** The same titles typed without marks (KIND_BY_FOLDED_PREFIX). */
const FOLDED_PREFIX = prefixPattern(KIND_BY_FOLDED_PREFIX.keys());

/** True when `word` alone is a title, typed with or without marks ('Ông', 'Ong', 'Cụ', 'Cu', 'Bà', 'Ba'). */
export function isOneWordTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return KIND_BY_PREFIX.get(lower) === 'title' || KIND_BY_PREFIX.get(lower) === 'maybe-surname' || KIND_BY_FOLDED_PREFIX.get(lower) === 'title';
}

/** True when `word` is a known Vietnamese family name (tone placement and case ignored). */
export function isKnownSurname(word: string): boolean {
  const key = accentKey(word);
  return SURNAME_ACCENT_KEYS.has(key) || COMPOUND_FIRST_WORD_KEYS.has(key);
}

/** Titles that are given-name syllables too ('Anh Thư', 'Bé Ngoan', 'Nguyễn Thị Em'), by accent key. */
const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['anh', 'bé', 'em']);

/** 'Ô', 'B': Ông and Bà cut short, a title for sure when a dot follows ('Ô. Hoàng Toàn'). */
const SHORT_TITLES: ReadonlySet<string> = new Set(['ô', 'b']);

function shouldRemove(kind: HonorificKind, prefix: string, punctuated: boolean, rest: string, dotted: boolean): boolean {
  if (rest === '') return false;
  if (punctuated) return true;
  // 'Con bà Lan': what follows "child of" is a parent's name, however short; 'Con' is no surname.
  if (kind === 'parent-reference') return true;
  const words = rest.split(' ');
  // No name starts with Văn or Thị (DOMAIN.md §4: middle names): before them a one-word title is the family
  // name typed with another tone ('Bé Thị Lan': Bế; 'Cháu Văn An': Châu), which the name check flags.
  if (!prefix.includes(' ') && words.length >= 2 && GENDERED_MIDDLE.has(foldedKey(words[0] ?? ''))) return false;
  // 'Linh mục Giuse Nguyễn Văn An': a baptismal name may stand between the title and the family name.
  const surnameFirst = isKnownSurname(words[0] ?? '') || (words.length >= 3 && isBaptismalName(words[0] ?? '') && isKnownSurname(words[1] ?? ''));
  if (kind === 'maybe-surname') {
    // A woman is never 'Ông' (Mr): 'Ông Thị Hoa', 'Ông Phương Thị Lan' are of the Ông family.
    if (MISTER.has(accentKey(prefix)) && words.some((word) => accentKey(word) === 'thị')) return false;
    // 'Ông Kim Uyên', 'Ông Công Thành': a surname that is as often a middle name needs a whole name after it,
    // unless the title is cut short with a dot ('Ô. Hoàng Toàn'): no family name is written so.
    const shortened = dotted && SHORT_TITLES.has(accentKey(prefix));
    const minimum = MIDDLE_NAME_SURNAME_KEYS.has(accentKey(words[0] ?? '')) && !shortened ? 3 : 2;
    // 'Thầy Thích Minh Tuệ': a monk is 'Thầy' before his religious name, whose 'Thích' is no family name of the lists.
    const monkName = words.length >= 3 && accentKey(words[0] ?? '') === 'thích' && accentKey(prefix) === 'thầy';
    return (surnameFirst || monkName) && words.length >= minimum;
  }
  // 'Anh Thư Nguyễn', 'Bé Thu Hà Nguyễn': no family name first but one last is a name typed given name first,
  // whose first word (Anh, Bé, Em: given names too) only looks like a title; taking it off would lose part of
  // the given name. 'Bà Lan Nguyễn' is no name: Bà is a title only.
  const lastIsSurname = isKnownSurname(words[words.length - 1] ?? '');
  if (!surnameFirst && words.length >= 2 && lastIsSurname && GIVEN_NAME_TITLES.has(accentKey(prefix))) return false;
  return surnameFirst || words.length >= 2;
}

/**
 * Whether a title typed without marks (`key`: folded, lower case) comes off before `rest`: only before
 * a whole name of three words or more led by a known family name (see the module comment).
 */
function shouldRemoveUnmarked(key: string, rest: string, colon: boolean): boolean {
  const words = rest.split(' ');
  if (words.length < 3 || !FOLDED_SURNAME_KEYS.has(foldedKey(words[0] ?? ''))) return false;
  // 'Chau: Do Van Duc', 'Cu: Ta Dinh Hung': no family name is followed by a colon, so the word is a title
  // label whatever family name it shares its letters with, as a marked title before a colon is.
  if (colon) return true;
  // A one-word title that is also a family name (Châu, Cù, Chu, Bế, Ông): before another family name it may be
  // the person's own, the mother's family name following as a middle name ('Chau Nguyen Minh Anh'). Only a name
  // going on with Văn or Thị after its family name is titled ('Cu Dam Thi Hang', 'Ong Nguyen Van Khai').
  if (!key.includes(' ') && FOLDED_SURNAME_KEYS.has(key) && (COMMON_FAMILY_TITLES.has(key) || !GENDERED_MIDDLE.has(foldedKey(words[1] ?? '')))) return false;
  // 'Ong Nguyen Thi Lan': a woman is never Mr; she is of the Ông family.
  if (key === 'ong' && words.some((word) => foldedKey(word) === 'thi')) return false;
  // 'Chu Nguyễn Văn An': a clerk who typed the name's marks would have typed the title's (Chú).
  return !(SURNAME_ACCENT_KEYS.has(key) && hasNonAscii(rest));
}

const MIDDLE_NAME_SURNAME_FOLDED = new Set([...MIDDLE_NAME_SURNAME_KEYS].map(foldedKey));

/**
 * Whether a word typed without marks after a title can only be a family name: a known one ('Bui', 'Duong'),
 * neither Văn nor Thị nor a family name as common as a middle name ('Duc', 'Ngoc', 'Thanh': 'Chu Duc Thanh
 * Long' is a Chu). Used where the entry, not the name, tells the title (death-kin-title.ts).
 */
export function opensFamilyNameUnmarked(word: string): boolean {
  const key = foldedKey(word);
  return FOLDED_SURNAME_KEYS.has(key) && !GENDERED_MIDDLE.has(key) && !MIDDLE_NAME_SURNAME_FOLDED.has(key);
}

/** A known family name: as written, or by its letters alone when typed without marks ('Ngo', 'Dam'). */
function isFamilyNameWord(word: string): boolean {
  return hasNonAscii(word) ? isKnownSurname(word) : FOLDED_SURNAME_KEYS.has(word.toLowerCase());
}

/** The birth-order word that starts `rest` after a kinship title and the whole name after it, or null. */
function afterBirthOrder(rest: string): { word: string; name: string } | null {
  const space = rest.indexOf(' ');
  if (space < 0) return null;
  const word = rest.slice(0, space);
  const lower = word.toLowerCase();
  if (!BIRTH_ORDER_KEYS.has(lower) && !(FOLDED_BIRTH_ORDER_KEYS.has(lower) && !hasNonAscii(rest))) return null;
  const name = rest.slice(space + 1);
  const words = name.split(' ');
  return words.length >= 2 && isFamilyNameWord(words[0] ?? '') ? { word, name } : null;
}

interface TitleRemoval {
  title: string;
  kind: HonorificKind;
  rest: string;
}

/** The title that starts `text` and comes off, with what is left; null when none does. */
function leadingTitle(text: string): TitleRemoval | null {
  const marked = PREFIX.exec(text);
  const unmarked = FOLDED_PREFIX.exec(text);
  // The reading without marks wins when longer: 'Con ong Nguyen Van Ba' is "child of", not 'Con' (a child).
  const withoutMarks = unmarked !== null && (marked === null || (unmarked[1] ?? '').length > (marked[1] ?? '').length);
  const match = withoutMarks ? unmarked : marked;
  if (match === null) return null;
  const prefix = match[1] ?? '';
  const key = withoutMarks ? prefix.toLowerCase() : accentKey(prefix);
  const kind = (withoutMarks ? KIND_BY_FOLDED_PREFIX.get(key) : KIND_BY_PREFIX.get(prefix.toLowerCase())) ?? 'title';
  const remainder = trimEdgePunctuation(text.slice(match[0].length));
  // 'Chu Tư Nguyễn Văn An' typed with the name's marks and none on the title: a Chu, as shouldRemoveUnmarked reads it.
  if (KINSHIP_KEYS.has(key) && !(withoutMarks && SURNAME_ACCENT_KEYS.has(key) && hasNonAscii(remainder))) {
    const ordered = afterBirthOrder(remainder);
    if (ordered !== null) return { title: `${prefix} ${ordered.word}`, kind, rest: ordered.name };
  }
  const punctuated = /[:\-–—]/.test(match[2] ?? '');
  const dotted = (match[2] ?? '').includes('.');
  const removes = withoutMarks ? shouldRemoveUnmarked(key, remainder, (match[2] ?? '').includes(':')) : shouldRemove(kind, prefix, punctuated, remainder, dotted);
  if (!removes) return null;
  // 'Cụ Ông Văn Trung': no name starts with Văn or Thị, so the title is 'Cụ' and Ông the family name; so is the Bé
  // of 'Cháu Bé Văn Tý' (Bế typed with another tone, as 'Bé Thị Lan' alone: normalize-name.ts flags it).
  const lastSpace = prefix.lastIndexOf(' ');
  const lastWord = prefix.slice(lastSpace + 1);
  const familyLike = isKnownSurname(lastWord) || accentKey(lastWord) === 'bé';
  if (!withoutMarks && !punctuated && lastSpace > 0 && familyLike && GENDERED_MIDDLE.has(foldedKey(remainder.split(' ')[0] ?? ''))) {
    return { title: prefix.slice(0, lastSpace), kind, rest: `${lastWord} ${remainder}` };
  }
  return { title: prefix, kind, rest: remainder };
}

/**
 * A person's role typed as a label before their name, with a colon or dash ('Chồng: Nguyễn Văn An', 'Vợ - Trần
 * Thị Bình', 'Mẹ: Lê Thị Hoa'): the label says whose name the cell holds, as its column does. Without the
 * punctuation the words may say whose relative the person is ('Vợ ông Nguyễn Văn An'), so they stay.
 */
const ROLE_LABEL = /^(bên chồng|bên vợ|người chồng|người vợ|người cha|người mẹ|chồng|vợ|cha|mẹ|bố)\s*[:\-–—]+\s*(?=\S)/iu;

/** The role label that starts `text` (ROLE_LABEL) and the name after it, or null. */
function leadingRoleLabel(text: string): TitleRemoval | null {
  const match = ROLE_LABEL.exec(text);
  if (match === null) return null;
  const rest = trimEdgePunctuation(text.slice(match[0].length));
  return rest === '' ? null : { title: match[1] ?? '', kind: 'title', rest };
}

export interface HonorificResult {
  rest: string;
  findings: Finding[];
}

const BAPTISMAL_KEYS: ReadonlySet<string> = new Set(BAPTISMAL_NAMES);
const BAPTISMAL_SECOND_KEYS: ReadonlySet<string> = new Set([...BAPTISMAL_NAMES, ...BAPTISMAL_SECOND_WORDS]);

/**
 * True when a lower-case word is a baptismal name as typed without marks ('giuse', 'maria'): a set lookup for the
 * fast path, where the other spellings never arrive (no baptismal name with marks reads as a syllable).
 */
export function isBaptismalKey(lowerCaseWord: string): boolean {
  return BAPTISMAL_KEYS.has(lowerCaseWord);
}

/** True when `word` may open a baptismal name ('Giuse', 'Phêrô', 'MARIA'). */
export function isBaptismalName(word: string): boolean {
  if (word.length < 4) return false;
  const key = foldedKey(word);
  // 'Giu-se', 'Phê-rô', 'Tô-ma': old parish books write the saint's name in syllables joined by hyphens.
  return BAPTISMAL_KEYS.has(key) || (key.includes('-') && BAPTISMAL_KEYS.has(key.replaceAll('-', '')));
}

/**
 * The baptismal name (one word, or two: 'Maria Goretti') that starts `text`, when two words or more led by a
 * known family name follow it ('Giuse Nguyễn Văn An'); null otherwise ('Maria Schmidt', 'Anna Nguyễn').
 */
function leadingBaptismalName(text: string): TitleRemoval | null {
  const words = text.split(' ');
  if (words.length < 3 || !isBaptismalName(words[0] ?? '')) return null;
  const count = words.length >= 4 && BAPTISMAL_SECOND_KEYS.has(foldedKey(words[1] ?? '')) ? 2 : 1;
  const name = words.slice(count);
  if (name.length < 2 || GENDERED_MIDDLE.has(foldedKey(name[0] ?? '')) || !isFamilyNameWord(name[0] ?? '')) return null;
  // 'Anna Nguyễn Thị': a name typed given name first (Nguyễn Thị Anna, name-order.ts), not a baptismal name.
  if (GENDERED_MIDDLE.has(foldedKey(name[name.length - 1] ?? ''))) return null;
  // 'Maria Kim Lan': two words led by a family name as common as a middle name may be the rest of the given name.
  if (name.length === 2 && MIDDLE_NAME_SURNAME_FOLDED.has(foldedKey(name[0] ?? ''))) return null;
  return { title: words.slice(0, count).join(' '), kind: 'title', rest: name.join(' ') };
}

/**
 * Strips leading titles from a cleaned, single-spaced name; reports what came off. `baptismal`: a Catholic
 * baptismal name comes off too (a Vietnamese national's name; a foreign national's may hold it).
 */
export function stripHonorifics(text: string, baptismal = true): HonorificResult {
  let rest = text;
  const removed: string[] = [];
  let parentReference = false;
  const next = (): TitleRemoval | null => leadingRoleLabel(rest) ?? leadingTitle(rest) ?? (baptismal ? leadingBaptismalName(rest) : null);
  // Terminates: every removal shortens `rest`.
  for (let removal = next(); removal !== null; removal = next()) {
    removed.push(removal.title);
    if (removal.kind === 'parent-reference') parentReference = true;
    rest = removal.rest;
  }
  if (removed.length === 0) return { rest: text, findings: [] };
  const findings: Finding[] = [
    { code: 'NAME_HONORIFIC_REMOVED', from: text, to: rest, params: { honorific: removed.join(' ') } },
  ];
  if (parentReference) findings.push({ code: 'NAME_PARENT_REFERENCE', params: { name: rest } });
  return { rest, findings };
}
