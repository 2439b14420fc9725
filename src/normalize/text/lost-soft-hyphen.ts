/**
 * TCVN3 text that lost its ư (legacy-encodings.md §3.5): TCVN3 writes the bare
 * ư as U+00AD, the soft hyphen, which is invisible and which some clean-up tools
 * strip. 'H\u00ad¬ng' (Hương) then arrives as 'H¬ng' and decodes to 'Hơng'. Only
 * the plain ư is lost: toned ư (ừ ứ ử ữ ự) have bytes of their own.
 *
 * - 'ơ' before -ng, -c or -u makes no Vietnamese rime (there is no -ơng, -ơc, -ơu),
 *   while 'ươ' before them does (Hương, Dương, Hưởng, Được, rượu): that ư is
 *   restored in any TCVN3 cell, and the cell then shows the stripping.
 * - Where the cell or its sheet shows the stripping, a word without a vowel that
 *   exactly one ư makes a word of plain ư ('Hng' Hưng, 'Th' Thư, 'Nh' Như) is
 *   restored too; a lone capital letter ('T' Tư, 'C' Cư) only where it ends a name
 *   ('Dương Văn T'), not as an initial ('Nguyễn Văn T.') nor as a label ('khu C').
 * - A word that reads either way ('Lu' Lưu, 'Mời' Mười, 'Ng' Ngư or Ưng) cannot be
 *   told from one typed so: it is kept and reported — unless the words around it name a
 *   commune or district of the province only with the ư ('xã Quất Lu' is Quất Lưu, a
 *   unit of the reference list; no unit is named 'Quất Lu'), or it opens a name of
 *   capitalised words as a family name only with the ư ('Lu Hữu Sơn' is Lưu Hữu Sơn).
 */
import { VINH_PHUC_COMMUNES, VINH_PHUC_DISTRICTS } from '../../reference/admin-units.js';
import { COMMON_SYLLABLES } from '../../reference/legacy-tables.js';
import { SURNAMES } from '../../reference/name-lists.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

export interface RestoredText {
  text: string;
  /** Words that may have lost an ư, as they stand ('Lu'); empty unless the cell or its sheet shows the stripping. */
  doubtful: string[];
  /** Restored words that prove the stripping on their own ('Hơng', 'Hng'; not a lone letter): the sheet's evidence. */
  certain: number;
}

/** ơ with each tone, both cases. */
const HORN_O = /[ơờớởỡợƠỜỚỞỠỢ]/;
const WORD = /\p{L}+/gu;
/** 'ơ' not after u/ư, followed by ng, c or u at the word's end. */
const STRIPPED = /(?<![uưUƯ])([ơờớởỡợƠỜỚỞỠỢ])((?:ng|c|u|NG|C|U)$)/u;
const INITIAL = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])/iu;
/** A word of consonants only, as short as an initial and -ng leave: what a plain ư's loss leaves of 'Hưng', 'Thư'. */
const VOWELLESS = /^[bcdđghklmnprstvxBCDĐGHKLMNPRSTVX]{1,4}$/u;
/**
 * The words of plain ư and no other vowel in use (the rimes ư and ưng; -ưc, -ưt
 * always carry a tone, so their ư has its own byte; -ưm, -ưn are not in names).
 * A word of consonants made one of these by one ư lost it.
 */
const PLAIN_U_WORDS = new Set([
  'thư', 'tư', 'cư', 'như', 'sư', 'dư', 'lư', 'hư', 'chư', 'ngư',
  'ưng', 'hưng', 'trưng', 'dưng', 'lưng', 'sưng', 'nhưng', 'chưng', 'tưng', 'bưng', 'khưng', 'ngưng', 'cưng', 'rưng', 'xưng', 'thưng',
]);
/** Common syllables, and plain-ư words of names that read as another word without it ('Tơi' Tươi, 'Bởi' Bưởi). */
const COMMON = new Set(COMMON_SYLLABLES);
const WITH_U = new Set([...COMMON_SYLLABLES.filter((syllable) => syllable.includes('ư')), ...PLAIN_U_WORDS, 'tươi', 'bưởi', 'cười', 'vườn']);
/** Words after which a lone letter is a label, not a name: 'khu C', 'tổ B', 'nhà A'. */
const LABEL_WORDS = new Set(['khu', 'tổ', 'đội', 'xóm', 'lô', 'dãy', 'nhà', 'số', 'phòng', 'ngõ', 'ngách', 'hẻm', 'tầng', 'block', 'ô', 'căn', 'nhóm', 'cụm', 'phân', 'đường', 'phố', 'mục', 'loại', 'hạng']);
const LOWER = /\p{Ll}/u;

/**
 * The text with the ư TCVN3 lost restored (see the module comment); `sheetShowsLoss`:
 * the cell's sheet showed the stripping (sheetTextEvidence), so the cell is read as
 * one that lost its ư even without an 'ơ' word of its own.
 */
export function restoreLostSoftHyphen(text: string, sheetShowsLoss = false): RestoredText {
  let certain = 0;
  let value = text;
  if (HORN_O.test(text)) {
    value = text.replace(WORD, (word) => {
      const match = STRIPPED.exec(word);
      if (match === null) return word;
      const horn = match[1] ?? '';
      const candidate = `${word.slice(0, match.index)}${isUpper(horn) ? 'Ư' : 'ư'}${word.slice(match.index)}`;
      if (!isVietnameseSyllable(candidate)) return word;
      certain++;
      return candidate;
    });
  }
  if (certain === 0 && !sheetShowsLoss) return { text, doubtful: [], certain: 0 };
  const lowerCell = LOWER.test(value);
  const doubtful: string[] = [];
  const restored = value.replace(WORD, (word: string, offset: number) => {
    if (!VOWELLESS.test(word)) {
      if (mayHaveLostU(word)) doubtful.push(word);
      return word;
    }
    // 'Nguyễn Văn T.', 'Th. Đông': an initial or an abbreviation.
    if (value[offset + word.length] === '.') return word;
    const places = plainUPlaces(word.toLowerCase());
    if (places.length > 1) doubtful.push(word);
    const place = places[0];
    if (places.length !== 1 || place === undefined) return word;
    // 'TP', 'HN' in a cell typed in lower case are abbreviations; a .VnTimeH cell is all capitals.
    if (word.length > 1 && lowerCell && !LOWER.test(word)) return word;
    if (word.length === 1 && !(isUpper(word) && endsName(value, offset))) return word;
    const capital = place < word.length ? isUpper(word[place] ?? '') : word.length > 1 ? isUpper(word[place - 1] ?? '') : !lowerCell;
    if (word.length > 1) certain++;
    return `${word.slice(0, place)}${capital ? 'Ư' : 'ư'}${word.slice(place)}`;
  });
  // A cell typed without marks ('Lu Van Thu') says nothing of how its words were meant.
  if (doubtful.length === 0 || !/[^\x00-\x7f]/.test(restored)) return { text: restored, doubtful, certain };
  const named = restoreNamedWords(restored);
  // Read from a name around it, such a word is no evidence of the stripping on its own: `certain` stays.
  return { text: named.text, doubtful: doubtful.filter((word) => !named.restored.has(word)), certain };
}

/** The province's unit names (every period's), lower-cased. */
const UNIT_NAMES: ReadonlySet<string> = new Set(
  [...VINH_PHUC_COMMUNES, ...VINH_PHUC_DISTRICTS].flatMap((unit) => unit.names.map((period) => period.name.toLowerCase())),
);
/** Those that hold an ư: only they can have lost one. */
const UNIT_NAMES_WITH_U: ReadonlySet<string> = new Set([...UNIT_NAMES].filter((name) => name.includes('ư')));
const SURNAMES_LOWER: ReadonlySet<string> = new Set(SURNAMES.map((name) => name.toLowerCase()));
const LONGEST_UNIT_NAME = 3;
const CAPITALISED = /^\p{Lu}/u;

/** The word with the ư it may have lost after its initial ('Lu' → 'Lưu', 'Ng' → 'Ngư'). */
function withU(word: string): string {
  const initial = INITIAL.exec(word.toLowerCase())?.[0] ?? '';
  const u = initial === '' && isUpper(word[0] ?? '') ? 'Ư' : 'ư';
  return `${word.slice(0, initial.length)}${u}${word.slice(initial.length)}`;
}

/**
 * The doubtful words that a unit name around them, or a name's family-name place, reads only
 * with the ư (see the module comment), restored; `restored` holds them as they stood.
 */
function restoreNamedWords(text: string): { text: string; restored: Set<string> } {
  const words = [...text.matchAll(WORD)];
  const restored = new Set<string>();
  const replacement = new Map<number, string>();
  const lower = words.map((other) => other[0].toLowerCase());
  words.forEach((match, index) => {
    const word = match[0];
    if (!mayHaveLostU(word)) return;
    const candidate = withU(word);
    for (let start = Math.max(0, index - LONGEST_UNIT_NAME + 1); start <= index; start++) {
      for (let end = index + 1; end <= Math.min(words.length, start + LONGEST_UNIT_NAME); end++) {
        if (end - start < 2) continue;
        const typed = lower.slice(start, end).join(' ');
        const read = lower.slice(start, end).map((other, at) => (start + at === index ? candidate.toLowerCase() : other)).join(' ');
        if (UNIT_NAMES_WITH_U.has(read) && !UNIT_NAMES.has(typed)) replacement.set(match.index ?? 0, candidate);
      }
    }
    // A name's first word: two words or more, the first two capitalised (TCVN3 lost the capital of a
    // toned one later: 'Lu ThÕ ¸t'), the cell holding nothing else.
    const nameShaped = index === 0 && words.length >= 2 && words.slice(0, 2).every((other) => CAPITALISED.test(other[0])) && /^[\p{L} ]+$/u.test(text.trim());
    if (nameShaped && SURNAMES_LOWER.has(candidate.toLowerCase()) && !SURNAMES_LOWER.has(word.toLowerCase())) replacement.set(match.index ?? 0, candidate);
    if (replacement.has(match.index ?? 0)) restored.add(word);
  });
  if (replacement.size === 0) return { text, restored };
  let value = '';
  let last = 0;
  for (const match of words) {
    const at = match.index ?? 0;
    const next = replacement.get(at);
    if (next === undefined) continue;
    value += text.slice(last, at) + next;
    last = at + match[0].length;
  }
  return { text: value + text.slice(last), restored };
}

function isUpper(letter: string): boolean {
  return letter === letter.toUpperCase() && letter !== letter.toLowerCase();
}

/** Where one ư makes a consonant-only word a word of plain ư ('hng' → 1, 'ng' → 0 and 2). */
function plainUPlaces(lower: string): number[] {
  const places: number[] = [];
  for (let place = 0; place <= lower.length; place++) {
    if (PLAIN_U_WORDS.has(`${lower.slice(0, place)}ư${lower.slice(place)}`)) places.push(place);
  }
  return places;
}

/** A lone letter at `offset` ends a name: two capitalised words before it, the last no label ('Dương Văn T', not 'khu C'). */
function endsName(text: string, offset: number): boolean {
  const before = text.slice(0, offset).match(/(\p{L}+)\s+(\p{L}+)\s+$/u);
  const [, first = '', last = ''] = before ?? [];
  return before !== null && isUpper(first[0] ?? '') && isUpper(last[0] ?? '') && !LABEL_WORDS.has(last.toLowerCase());
}

/** 'Lu' (Lưu), 'Mời' (Mười): with an ư after its initial the word is a common one, as it stands it is not. */
function mayHaveLostU(word: string): boolean {
  const lower = word.toLowerCase();
  if (COMMON.has(lower) || lower.includes('ư')) return false;
  const initial = INITIAL.exec(lower)?.[0] ?? '';
  return WITH_U.has(`${initial}ư${lower.slice(initial.length)}`);
}
