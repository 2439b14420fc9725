/**
 * Is a diacritic-free name a Vietnamese name whose marks were dropped ('Nguyen Van Hung'), or a
 * name that really has none ('Mai Lan', 'Hoa Lan', 'Lan Anh', a foreign spouse's 'John Smith')?
 *
 * Heuristic: the name is flagged when at least one word is EVIDENCE of dropped marks:
 * 1. a well-formed Vietnamese syllable skeleton (initial + rhyme) that cannot be written without
 *    marks: a rhyme ending in p/t/c/ch (such syllables always carry sắc or nặng: 'Duc', 'Tuyet',
 *    'Phuc'), or a rhyme that only exists with â/ê/ô/ơ/ư (uyên, iên, ương, uân, ưu, êu…:
 *    'Nguyen', 'Truong', 'Xuan', 'Huu');
 * 2. the family-name word is the bare form of a marked surname that has no unmarked homograph
 *    ('Tran', 'Le', 'Pham', 'Vu', 'Do', 'Hoang'; but not 'Mai', 'Cao', 'Phan', 'Chu', 'Kim', nor
 *    'Lam', 'Lai', 'Ung', real surnames as typed, beside Lâm, Lại, Ứng: SURNAMES lists both forms);
 * 2b. the family name is a compound read from its bare letters ('Ton Nu', 'Au Duong': name-split.ts),
 *    every one of which is written with marks;
 * 3. a middle word is the bare form of a middle name that is practically always marked ('Thi',
 *    'Van', 'Huu', 'Dinh', 'Cong' …).
 * Words that are not Vietnamese syllables at all (John, Smith, Maria) are never evidence, so
 * foreign names are not flagged. Accepted misses: names whose every syllable is also a plausible
 * unmarked syllable ('Phan Thanh Binh').
 */
import { MARKED_MIDDLE_NAMES, SURNAMES } from '../../reference/name-lists.js';
import { foldedKey } from './name-keys.js';

/** Initial consonants, longest first (qu and gi act as consonants, DOMAIN.md §4.1). */
const INITIALS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

/** Vietnamese rhymes (vần) without tone marks; folding them gives the bare spellings. */
const RHYMES = `a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
  e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu
  o oc oi om on ong op ot ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
  u ua uc ui um un ung up ut ư ưa ưc ưi ưm ưn ưng ưt ưu y
  iêc iêm iên iêng iêp iêt iêu yêm yên yêt yêu uôc uôi uôm uôn uông uôt uơ
  ươc ươi ươm ươn ương ươp ươt ươu oa oac oach oai oam oan oang oanh oap oat oay
  oăc oăm oăn oăng oăt oe oen oeo oet uân uâng uât uây uê uêch uênh
  uy uych uya uyn uynh uyp uyt uyu uyên uyêt`
  .trim()
  .split(/\s+/);

const VALID_BARE_RHYMES = new Set(RHYMES.map(foldedKey));
/** Rhymes that exist without any mark; a bare rhyme outside this set needs â/ê/ô/ơ/ư/ă. */
const UNMARKED_RHYMES = new Set(RHYMES.filter((rhyme) => /^[a-z]+$/.test(rhyme)));
const STOP_FINAL = /(?:c|ch|p|t)$/;

const SURNAME_SPELLINGS = new Set(SURNAMES.map((surname) => surname.toLowerCase()));
/** Bare forms of marked surnames, minus those that are also an unmarked surname (Ma/Mã, Chu/Chử). */
const BARE_MARKED_SURNAMES = new Set(
  SURNAMES.map(foldedKey).filter((bare) => !SURNAME_SPELLINGS.has(bare)),
);
const BARE_MARKED_MIDDLE_NAMES = new Set(MARKED_MIDDLE_NAMES.map(foldedKey));

/** Splits a lower-case ASCII word into initial + rhyme, or null if it is no Vietnamese syllable. */
function parseSyllable(word: string): { initial: string; rhyme: string } | null {
  for (const initial of INITIALS) {
    if (!word.startsWith(initial)) continue;
    const rhyme = word.slice(initial.length);
    if (VALID_BARE_RHYMES.has(rhyme)) return { initial, rhyme };
  }
  return null;
}

/**
 * True when a lower-case ASCII (folded) word is a Vietnamese syllable with its marks dropped,
 * or one that has none: 'lan', 'nguyen', 'trang' are; 'trag' is not.
 */
export function isBareSyllable(word: string): boolean {
  // 'qu' is parsed as the initial, which leaves 'ynh' of quỳnh: its u also starts a rhyme (uynh).
  return parseSyllable(word) !== null || (word.startsWith('qu') && VALID_BARE_RHYMES.has(word.slice(1)));
}

/** A bare syllable that Vietnamese spelling cannot leave without marks. */
export function needsDiacritics(word: string): boolean {
  const syllable = parseSyllable(word);
  if (syllable === null) return false;
  return STOP_FINAL.test(syllable.rhyme) || !UNMARKED_RHYMES.has(syllable.rhyme);
}

const BARE_NAME = /^[A-Za-z' .-]+$/;

/**
 * True when a name (already split into words, family name first) has no diacritics at all and
 * looks like a Vietnamese name that lost them. `familyWordCount` is the number of family-name words.
 */
export function lostDiacritics(words: readonly string[], familyWordCount: number): boolean {
  if (words.length === 0 || !words.every((word) => BARE_NAME.test(word))) return false;
  const lower = words.map((word) => word.toLowerCase());
  const syllables = lower.flatMap((word) => word.split(/[-'.]/)).filter((part) => part !== '');
  if (syllables.some(needsDiacritics)) return true;
  if (words.length === 1) return false;
  if (familyWordCount === 1 && BARE_MARKED_SURNAMES.has(lower[0] ?? '')) return true;
  // 'Ton Nu Thu Ha': a compound family name (Tôn Nữ, Âu Dương …) was recognised by its bare letters, and each has marks.
  if (familyWordCount > 1) return true;
  return lower.slice(familyWordCount, -1).some((word) => BARE_MARKED_MIDDLE_NAMES.has(word));
}
