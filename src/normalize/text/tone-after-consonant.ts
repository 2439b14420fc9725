/**
 * A combining tone mark typed after a consonant: decomposed text (a "Unicode tổ hợp"
 * keyboard, a Mac, a web form) whose mark followed the wrong letter — 'Dun' U+0303 'g',
 * 'Ngoc' U+0323, 'Hoan' U+0300 'g'. NFC then glues it to the consonant ('Duñg', 'Ngoc̣',
 * 'Hoaǹg'), which no Vietnamese word has and which a name check may not even catch. The
 * letters are right and only the mark strayed, so the word meant is certain where one
 * vowel alone takes the mark into a Vietnamese syllable (Dũng, Ngọc, Hoàng).
 *
 * Only a combining mark as typed is moved: a precomposed 'ñ' is VNI's đ or Spanish, never
 * a stray mark. A word with another tone mark, or that reads as no syllable wherever the
 * mark goes ('Muñoz' from a Mac), is left as typed.
 */
import { isVietnameseSyllable } from './vietnamese-syllable.js';

/** The five tone marks (huyền, sắc, hỏi, ngã, nặng) right after a consonant letter. */
const TONE_AFTER_CONSONANT = /[bcdđfghjklmnpqrstvwxz][\u0300\u0301\u0303\u0309\u0323]/iu;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** A word: letters and marks, decomposed or not. */
const WORD = /[\p{L}\p{M}]+/gu;
const VOWEL = /[aeiouy]/i;
/** Marks that shape a vowel (hat, breve, horn) and stay with it, before the tone. */
const SHAPE_MARK = /[\u0302\u0306\u031b]/u;

function placeInWord(word: string): string {
  if (!TONE_AFTER_CONSONANT.test(word)) return word;
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE) ?? [];
  if (tones.length !== 1) return word;
  const tone = tones[0]!;
  const bare = [...decomposed.replace(TONE, '')];
  const readings = new Set<string>();
  bare.forEach((char, index) => {
    if (!VOWEL.test(char)) return;
    let end = index + 1;
    while (end < bare.length && SHAPE_MARK.test(bare[end]!)) end++;
    const candidate = [...bare.slice(0, end), tone, ...bare.slice(end)].join('').normalize('NFC');
    if (isVietnameseSyllable(candidate)) readings.add(candidate);
  });
  return readings.size === 1 ? [...readings][0]! : word;
}

/** `text` with each word's stray combining tone mark moved onto its vowel (see above); unchanged otherwise. */
export function moveTonesOffConsonants(text: string): string {
  if (!TONE_AFTER_CONSONANT.test(text)) return text;
  return text.replace(WORD, placeInWord);
}
