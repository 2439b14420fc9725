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
 *   told from one typed so: it is kept and reported.
 */
import { COMMON_SYLLABLES } from '../../reference/legacy-tables.js';
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
  return { text: restored, doubtful, certain };
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
