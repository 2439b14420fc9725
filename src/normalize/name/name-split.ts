/**
 * Splitting a full name into họ / chữ đệm / tên (DOMAIN.md §4; QCVN 109 `Ho`, `ChuDem`, `Ten`):
 * family name = first word, except a known compound family name (Tôn Thất, Tôn Nữ,
 * Công Tằng Tôn Nữ, Âu Dương, …) which is taken whole when at least one word follows it;
 * given name = last word; middle name = everything in between ('' when nothing is).
 * A one-word name is a given name only (the caller warns). Expects capitalised words.
 */
import { COMPOUND_FAMILY_NAMES, HOA_COMPOUND_FAMILY_NAMES, ROYAL_CLAN_FAMILY_NAMES, ROYAL_GENERATION_NAMES } from '../../reference/name-lists.js';
import { accentKey, foldedKey } from './name-keys.js';
import { hasNonAscii } from '../text/ascii.js';

export interface NameParts {
  familyName: string;
  middleName: string;
  givenName: string;
  /** Number of words that make up the family name (0 for a one-word name). */
  familyWordCount: number;
}

/** Compound family names as word-key lists, longest first. */
const COMPOUNDS: readonly (readonly string[])[] = [...COMPOUND_FAMILY_NAMES, ...HOA_COMPOUND_FAMILY_NAMES].map((name) => accentKey(name).split(' ')).sort(
  (a, b) => b.length - a.length,
);
/** The royal clan's family names as word-key lists: a compound only before a generation name (name-lists.ts). */
const ROYAL_CLANS: readonly (readonly string[])[] = ROYAL_CLAN_FAMILY_NAMES.map((name) => accentKey(name).split(' '));
const ROYAL_GENERATION_KEYS = new Set(ROYAL_GENERATION_NAMES.map(accentKey));
/**
 * The compounds a name typed without marks still shows ('Ton That Hung', 'Au Duong Thi Lan', 'Cong Tang
 * Ton Nu Thu Trang'): those whose letters no other reading of the words gives. Not 'Hoang Phu' (Hoàng Phú,
 * a Hoàng with the middle name Phú, is common), the Hoa families' 'Tu Ma' (Từ Mã), nor the royal clan,
 * whose generation words fold onto common middle names ('Huong': Hường or Hương).
 */
const UNMARKED_COMPOUNDS: readonly (readonly string[])[] = ['Công Huyền Tôn Nữ', 'Công Tằng Tôn Nữ', 'Công Tôn Nữ', 'Tôn Thất', 'Tôn Nữ', 'Âu Dương']
  .map((name) => foldedKey(name).split(' '))
  .sort((a, b) => b.length - a.length);
/** First words of compounds in lower, capitalised and upper case (cheap pre-test on every name). */
const COMPOUND_FIRST_WORDS = new Set(
  [...COMPOUNDS, ...ROYAL_CLANS, ...UNMARKED_COMPOUNDS].flatMap((compound) => {
    const word = compound[0] ?? '';
    return [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];
  }),
);


/**
 * Second words of compounds in lower, capitalised and upper case, as the first words: Hoàng and Nguyễn start
 * a compound, but nearly every Hoàng or Nguyễn is followed by a middle name, so no key is computed for them.
 */
const COMPOUND_SECOND_WORDS = new Set(
  [...COMPOUNDS, ...ROYAL_CLANS, ...UNMARKED_COMPOUNDS].flatMap((compound) => {
    const word = compound[1] ?? '';
    return [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];
  }),
);

/**
 * True when the first two words (lower case, capitalised or capitals) of a name of three words or more may
 * start a compound family name: only then can its family name be more than one word (compoundLength).
 */
export function mayStartCompoundFamilyName(first: string, second: string): boolean {
  return COMPOUND_FIRST_WORDS.has(first) && COMPOUND_SECOND_WORDS.has(second);
}

function compoundLength(words: readonly string[]): number {
  // Keys of the other words are only worth computing when the first two words can start a compound.
  if (!COMPOUND_FIRST_WORDS.has(words[0] ?? '') || words.length < 3 || !COMPOUND_SECOND_WORDS.has(words[1] ?? '')) return 1;
  // A name typed without any mark (NAME_NO_DIACRITICS) is read against the compounds its letters still name.
  if (!words.some(hasNonAscii)) return unmarkedCompoundLength(words.map(foldedKey));
  const wordKeys = words.map(accentKey);
  // 'Nguyễn Phước Bửu Chánh': the clan name before a generation name and a given name.
  const royal = ROYAL_CLANS.some((clan) => clan[0] === wordKeys[0] && clan[1] === wordKeys[1]);
  if (royal) return wordKeys.length >= 4 && ROYAL_GENERATION_KEYS.has(wordKeys[2] ?? '') ? 2 : 1;
  for (const compound of COMPOUNDS) {
    if (compound.length >= wordKeys.length) continue; // a given name must follow
    if (compound.every((word, index) => wordKeys[index] === word)) return compound.length;
  }
  return 1;
}

function unmarkedCompoundLength(wordKeys: readonly string[]): number {
  for (const compound of UNMARKED_COMPOUNDS) {
    if (compound.length >= wordKeys.length) continue; // a given name must follow
    if (compound.every((word, index) => wordKeys[index] === word)) return compound.length;
  }
  return 1;
}

/** Splits a single-spaced name into its parts. */
export function splitName(words: readonly string[]): NameParts {
  const count = words.length;
  if (count === 0) return { familyName: '', middleName: '', givenName: '', familyWordCount: 0 };
  const givenName = words[count - 1] ?? '';
  if (count === 1) return { familyName: '', middleName: '', givenName, familyWordCount: 0 };
  const familyWordCount = compoundLength(words);
  // The common shapes without slicing: 'Lê An', 'Nguyễn Văn An' (every name is split on every row).
  const familyName = familyWordCount === 1 ? (words[0] ?? '') : words.slice(0, familyWordCount).join(' ');
  const middleCount = count - familyWordCount - 1;
  const middleName = middleCount === 0 ? '' : middleCount === 1 ? (words[familyWordCount] ?? '') : words.slice(familyWordCount, -1).join(' ');
  return { familyName, middleName, givenName, familyWordCount };
}
