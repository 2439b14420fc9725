/**
 * Capitals a TCVN3 font could not write. VN3 (.VnTime) has no toned capitals,
 * so a typist's 'Ích' in "xã Đồng Ích" is the lowercase 'ích' once decoded
 * (legacy-encodings.md §3.2; decode-tcvn3.ts leaves case to the normalizers,
 * as the name normalizer does for names). A place name capitalises every
 * syllable, so in the name of a unit — the words after the last unit word of a
 * part ("xã", "thôn", "huyện" …), or a whole part without one — a lowercase
 * word that starts with a toned vowel is written with its capital, when every
 * other word of the name has one — and, for a part without a unit word, when the
 * name starts with a capital and has two words ('thôn ích Hậu' → 'thôn Ích Hậu',
 * 'xóm ải' → 'xóm Ải', but a lone 'ải' is left). "Tại nhà",
 * "Trạm y tế xã Tam Hợp" or "Bệnh viện đa khoa tỉnh Vĩnh Phúc" keep their case:
 * their lowercase words are ordinary words, not a name's syllables.
 */
import { capitalAt, lostCapitalAt } from '../text/lost-capital.js';

/** Unit words, folded to lower case (multi-word ones as they are written). */
const UNIT_WORDS: ReadonlySet<string> = new Set([
  'xã', 'phường', 'huyện', 'quận', 'tỉnh', 'thôn', 'xóm', 'tổ', 'khu', 'ấp', 'làng', 'bản', 'đội', 'cụm', 'phố',
]);
const UNIT_PHRASES: readonly (readonly string[])[] = [['thị', 'trấn'], ['thị', 'xã'], ['thành', 'phố'], ['tổ', 'dân', 'phố'], ['khu', 'phố']];

const PART_SEPARATOR = /([,;()[\]]| - )/;
const WORD = /\S+/g;
const LETTER = /\p{L}/u;
/** A lowercase vowel with a tone mark (acute, grave, hook, tilde, dot below) once decomposed. */
const TONED_LOWER_VOWEL = /^[aeiouy][\u0302\u0306\u031b]?[\u0300\u0301\u0303\u0309\u0323]/u;
const MIGHT_NEED = /(?:^|\s)[\p{Ll}]/u;

function isLegacyLowered(word: string): boolean {
  return TONED_LOWER_VOWEL.test(word.normalize('NFD'));
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return LETTER.test(first) && first !== first.toLowerCase();
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Index of the first word of the unit's name: after the last unit word of the part (0 when there is
 * none). A unit word right after another is the name's first word, not a second unit word: 'thôn
 * ấp Chợ', 'xóm ấp Mới' (TCVN3 lowered the 'Ấp' of the name).
 */
function nameStart(words: readonly string[]): number {
  const lower = words.map((word) => word.toLowerCase());
  let start = 0;
  for (let i = 0; i < lower.length; i++) {
    if (UNIT_WORDS.has(lower[i] as string) && !(start > 0 && i === start)) start = i + 1;
    for (const phrase of UNIT_PHRASES) {
      if (phrase.every((word, offset) => lower[i + offset] === word)) start = Math.max(start, i + phrase.length);
    }
  }
  return start;
}

/** 'Huyện ủy', 'Đảng ủy xã', 'Khu ủy': the committee of a unit, not a name after a unit word. */
const COMMITTEE = new Set(['ủy', 'uỷ']);

/**
 * Is `name` (the words after the unit word, or a whole part without one) a unit's name
 * whose toned capitals were lost? Every word capitalised or lowered by the font, one
 * lowered. After a unit word that is enough ('thôn ích Hậu', 'xóm ải': a unit word
 * is followed by its name); without one the name must also start with a capital and
 * have two words, so that a lone lowercase word is never taken for a name.
 */
function isLoweredName(name: readonly string[], afterUnitWord: boolean): boolean {
  const first = name[0];
  if (first === undefined) return false;
  if (afterUnitWord ? COMMITTEE.has(first.toLowerCase()) : name.length < 2 || !isCapitalised(first)) return false;
  return name.every((word) => isCapitalised(word) || isLegacyLowered(word));
}

function restorePart(part: string): string {
  const words = part.match(WORD) ?? [];
  const start = nameStart(words);
  const name = words.slice(start);
  if (!isLoweredName(name, start > 0)) return part;
  if (!name.some(isLegacyLowered)) return part;
  let index = 0;
  return part.replace(WORD, (word) => (index++ >= start && isLegacyLowered(word) ? capitalise(word) : word));
}

/** The place with the capitals TCVN3 lost restored in unit names; the text itself when there are none. */
export function restoreLegacyCapitals(text: string): string {
  if (!MIGHT_NEED.test(text)) return text;
  return text
    .split(PART_SEPARATOR)
    .map((part, index) => (index % 2 === 1 ? part : restorePart(part)))
    .join('');
}

/** Fewest words of a told place ('ủy ban nhân dân xã cũ', 'ở nhà con gái') rather than a unit's name ('ích hậu'). */
const MIN_SENTENCE_WORDS = 3;
const PART_BREAK = /[,;()[\]]| - /;

/**
 * A TCVN3-decoded place whose first letter is a toned vowel the font had no capital for: the
 * capital the clerk could not type ('ñy ban nh©n d©n x· T©n Phong' → 'Ủy ban nhân dân xã Tân
 * Phong', 'Êp Chî' → 'Ấp Chợ'). Text otherwise all in lower case is recased as a whole
 * (recaseUniformPlace, 'ấp tân phong' → 'Ấp Tân Phong'), except a told place — one part of three
 * words or more, not opening with a unit word — which is a sentence: only its first letter is the
 * clerk's capital ('ủy ban nhân dân xã cũ' → 'Ủy ban nhân dân xã cũ', not '… Xã Cũ').
 */
export function restoreOpeningCapital(text: string): string {
  const index = lostCapitalAt(text);
  if (index < 0) return text;
  if (text === text.toLowerCase()) {
    const words = text.match(WORD) ?? [];
    const told = words.length >= MIN_SENTENCE_WORDS && !PART_BREAK.test(text) && !UNIT_WORDS.has((words[0] ?? '').toLowerCase());
    if (!told) return text;
  }
  return capitalAt(text, index);
}
