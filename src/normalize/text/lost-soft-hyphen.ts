/**
 * TCVN3 text that lost its ư (legacy-encodings.md §3.5): TCVN3 writes the bare
 * ư as U+00AD, the soft hyphen, which is invisible and which some clean-up tools
 * strip. 'H\u00ad¬ng' (Hương) then arrives as 'H¬ng' and decodes to 'Hơng'.
 *
 * 'ơ' before -ng, -c or -u makes no Vietnamese rime (there is no -ơng, -ơc, -ơu),
 * while 'ươ' before them does (Hương, Dương, Hưởng, Được, rượu): that ư is
 * restored. A word that may have lost an ư elsewhere ('Lu' for Lưu, 'Hng' for
 * Hưng) cannot be told from one typed so; it is only reported, and only in a
 * cell whose 'ơ' words show the ư was stripped.
 */
import { COMMON_SYLLABLES } from '../../reference/legacy-tables.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

export interface RestoredText {
  text: string;
  /** Words that may have lost an ư, as they stand ('Lu'); empty unless an ư was restored. */
  doubtful: string[];
}

/** ơ with each tone, both cases. */
const HORN_O = /[ơờớởỡợƠỜỚỞỠỢ]/;
const WORD = /\p{L}+/gu;
/** 'ơ' not after u/ư, followed by ng, c or u at the word's end. */
const STRIPPED = /(?<![uưUƯ])([ơờớởỡợƠỜỚỞỠỢ])((?:ng|c|u|NG|C|U)$)/u;
const INITIAL = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])/iu;
const COMMON = new Set(COMMON_SYLLABLES);

/** The text with the ư TCVN3 lost restored before 'ơ' where only 'ươ' reads; see the module comment. */
export function restoreLostSoftHyphen(text: string): RestoredText {
  if (!HORN_O.test(text)) return { text, doubtful: [] };
  let restored = false;
  const value = text.replace(WORD, (word) => {
    const match = STRIPPED.exec(word);
    if (match === null) return word;
    const horn = match[1] ?? '';
    const u = horn === horn.toUpperCase() && horn !== horn.toLowerCase() ? 'Ư' : 'ư';
    const candidate = `${word.slice(0, match.index)}${u}${word.slice(match.index)}`;
    if (!isVietnameseSyllable(candidate)) return word;
    restored = true;
    return candidate;
  });
  if (!restored) return { text, doubtful: [] };
  const doubtful: string[] = [];
  for (const [word] of value.matchAll(WORD)) {
    if (mayHaveLostU(word)) doubtful.push(word);
  }
  return { text: value, doubtful };
}

/** 'Lu' (Lưu), 'Hng' (Hưng): with an ư after its initial the word is a common syllable, as it stands it is not. */
function mayHaveLostU(word: string): boolean {
  const lower = word.toLowerCase();
  if (COMMON.has(lower) || lower.includes('ư')) return false;
  const initial = INITIAL.exec(lower)?.[0] ?? '';
  return COMMON.has(`${initial}ư${lower.slice(initial.length)}`);
}
