/**
 * A name typed given name first ('Lan Nguyễn Thị', 'Hải Nguyễn Văn'): the order of Western forms,
 * or of a clerk filling 'Tên' before 'Họ và chữ đệm'. Vietnamese order is họ, chữ đệm, tên
 * (DOMAIN.md §4), and Thị / Văn are middle names — a name seldom ends in them — so a name
 * whose last word is Thị or Văn right after a known family name, and whose first word is no
 * family name, is read back in that order: 'Lan Nguyễn Thị' → 'Nguyễn Thị Lan', 'Ngọc Lan
 * Trần Thị' → 'Trần Thị Ngọc Lan'. A family name first ('Nguyễn Hoàng Văn', 'Lê Mai Văn',
 * and so 'Hoàng Nguyễn Văn' too) is a name in order whose given name is Văn: kept as typed.
 * A bare 'Thi' or 'Van' may also be the given name Thi or Vân ('Tran Le Van').
 */
import { accentKey, foldedKey } from './name-keys.js';
import { SURNAME_ACCENT_KEYS, SURNAME_FOLDED_KEYS } from './surname-keys.js';

/** Middle names that never end a name, with marks (accentKey) and without (foldedKey). */
const MIDDLE_ONLY = new Set(['thị', 'văn']);
/** A word of letters, an apostrophe or hyphen inside ("H'Hen", 'Thu-Hà'). */
const LETTER_WORD = /^\p{L}+(?:['-]\p{L}+)*$/u;
const MIDDLE_ONLY_FOLDED = new Set(['thi', 'van']);

/** Cheap pre-test on every name: its last word may be a middle-only word. */
export function mayEndInMiddleName(lastWord: string): boolean {
  // Each of them has three letters, and so has any word lowering to one: no case mapping first.
  if (lastWord.length !== 3) return false;
  const key = lastWord.toLowerCase();
  return MIDDLE_ONLY.has(key) || MIDDLE_ONLY_FOLDED.has(key);
}

/**
 * The name's words in Vietnamese order when they were typed given name first, else null.
 * Expects capitalised, single-spaced words.
 */
export function reorderGivenNameFirst(words: readonly string[]): string[] | null {
  const count = words.length;
  // Only words of letters are moved: a cell with a stray mark (': Nguyễn thị') is rejected as typed.
  if (count < 3 || !words.every((word) => LETTER_WORD.test(word))) return null;
  const last = words[count - 1] ?? '';
  const family = words[count - 2] ?? '';
  const given = words.slice(0, count - 2);
  if (given.some((word) => mayEndInMiddleName(word))) return null;
  // 'Nguyễn Hoàng Văn', 'Lê Mai Văn': a family name first is a name in order whose given name is Văn (or Thị).
  if (SURNAME_ACCENT_KEYS.has(accentKey(given[0] ?? ''))) return null;
  if (MIDDLE_ONLY.has(accentKey(last)) && SURNAME_ACCENT_KEYS.has(accentKey(family))) return [family, last, ...given];
  const bare = given.every((word) => foldedKey(word) === word.toLowerCase()) && foldedKey(family) === family.toLowerCase();
  if (bare && MIDDLE_ONLY_FOLDED.has(last.toLowerCase()) && SURNAME_FOLDED_KEYS.has(foldedKey(family)) && !SURNAME_FOLDED_KEYS.has(foldedKey(given[0] ?? ''))) {
    return [family, last, ...given];
  }
  return null;
}
