/**
 * i/y spelling variants of the province's unit names. After a consonant, a syllable whose only
 * vowel is i or y is written either way (Mĩ / Mỹ, Lí / Lý, Di / Dy: school textbooks write
 * kĩ, lí, Mĩ, most other texts y; the GSO list itself has Trung Mỹ but Vũ Di), so a register
 * may spell a commune otherwise than the list. Only such syllables are equated: 'uy' / 'ui' (Thủy / Thủi) and a
 * syllable 'y' alone are different words. No two names of the lists differ by this alone
 * (test/normalize/place-spelling-variants.test.ts), so a variant names exactly one name.
 */
import { NAME_INDEX } from './commune-index.js';

/** A folded word: consonant onset, then i or y as the whole rhyme. */
const I_OR_Y_SYLLABLE = /^(?:b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)[iy]$/;

function canonicalWord(word: string): string {
  return I_OR_Y_SYLLABLE.test(word) ? `${word.slice(0, -1)}i` : word;
}

function build(): { words: Map<string, string>; names: Map<string, string> } {
  const words = new Map<string, string>();
  const names = new Map<string, string>();
  for (const key of NAME_INDEX.keys()) {
    const keyWords = key.split(' ');
    const variable = keyWords.filter((word) => I_OR_Y_SYLLABLE.test(word));
    if (variable.length === 0) continue;
    for (const word of variable) {
      const canonical = canonicalWord(word);
      words.set(canonical, canonical);
      words.set(`${canonical.slice(0, -1)}y`, canonical);
    }
    names.set(keyWords.map(canonicalWord).join(' '), key);
  }
  return { words, names };
}

const { words: VARIABLE_WORDS, names: NAME_BY_CANONICAL_KEY } = build();

/** A folded token of a known name's i/y syllable → its canonical (i) spelling; undefined for any other word. */
export function canonicalSpelling(word: string): string | undefined {
  return VARIABLE_WORDS.get(word);
}

/** The list's folded name for a key written with canonical i/y words ('trung mi' → 'trung my'). */
export function nameOfCanonicalKey(key: string): string | undefined {
  return NAME_BY_CANONICAL_KEY.get(key);
}
