/**
 * Look-alike letters left by legacy conversions (legacy-encodings.md §6):
 * U+00D0 Ð (Icelandic eth) for U+0110 Đ and U+00F0 ð for U+0111 đ. Replaced
 * only in otherwise Vietnamese text, so an Icelandic "Guðrún" keeps its eth.
 * (U+0340/U+0341, the deprecated tone marks, need no code: NFC maps them to
 * U+0300/U+0301 — they are canonical singletons.)
 */
import { isVietnameseSyllable } from './vietnamese-syllable.js';
import { REAL_UNICODE_LETTER } from './vietnamese-letters.js';

const ETH = /[\u00d0\u00f0]/;
const ETH_ALL = /[\u00d0\u00f0]/g;
const D_WORD = /[\p{L}\p{M}]*[\u0110\u0111][\p{L}\p{M}]*/gu;

function swapEth(text: string): string {
  return text.replace(ETH_ALL, (ch) => (ch === '\u00d0' ? '\u0110' : '\u0111'));
}

/** Eth → Đ/đ when the text has real Vietnamese letters or every eth word then reads as a syllable. */
export function replaceEthLookalikes(text: string): string {
  if (!ETH.test(text)) return text;
  const swapped = swapEth(text);
  if (REAL_UNICODE_LETTER.test(text)) return swapped;
  // The text had no Đ/đ of its own (they are real Unicode letters), so every
  // word holding one now is a word that held an eth.
  for (const word of swapped.match(D_WORD) ?? []) {
    if (!isVietnameseSyllable(word)) return text;
  }
  return swapped;
}

/** The syllable test as the detector applies it to raw cell text: an eth counts as Đ/đ. */
export function isSyllableAllowingEth(word: string): boolean {
  // An eth is no Vietnamese letter, so a word holding one is no syllable as it stands: the eth test is
  // needed only for words that are not (most words the detector weighs are syllables).
  return isVietnameseSyllable(word) || (ETH.test(word) && isVietnameseSyllable(swapEth(word)));
}
