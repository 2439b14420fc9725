/**
 * A tone mark typed on a letter where Vietnamese spelling never puts it: on the u of qu or the i of
 * gi, which belong to the consonant ('Qúy', 'Gíang'), or on the first vowel of oa, oe, uy, uâ when a
 * consonant follows ('Hòang', 'Tòan', 'Hùynh', 'Túân': DOMAIN.md §4.1, both placement styles put it
 * on the second there). The letters are right and only the mark's place is wrong, so the syllable
 * meant is certain: the mark moves to the one vowel where the word reads as a Vietnamese syllable
 * (Quý, Giáng, Hoàng, Toàn, Huỳnh, Tuấn). A word that is a syllable as typed (hòa and hoà alike) is
 * left alone, and so is one with two marks or with a letter wrong as well ('Hưóng', 'Ngũyen'): no
 * single move mends those, and the spelling check warns of them.
 */
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';

/** The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Letters that can carry a tone (decomposed: the hat, breve or horn is a mark of its own). */
const VOWEL_BASE = /^[aeiouy]$/i;
/** Precomposed letters with a tone mark: only a word holding one can have it misplaced. */
const TONED_LETTER = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/** One letter: its base and shape marks (hat, breve, horn) and its tone mark, decomposed. */
interface Letter {
  shaped: string;
  tone: string;
}

function splitLetter(char: string): Letter {
  const decomposed = char.normalize('NFD');
  return { shaped: decomposed.replace(TONE_MARKS, ''), tone: decomposed.match(TONE_MARK)?.[0] ?? '' };
}

function placeInWord(word: string): string {
  if (!TONED_LETTER.test(word) || isVietnameseSyllable(word)) return word;
  const letters = [...word].map(splitLetter);
  const toned = letters.filter((letter) => letter.tone !== '');
  if (toned.length !== 1) return word;
  const tone = toned[0]!.tone;
  const from = letters.indexOf(toned[0]!);
  const bare = letters.map((letter) => letter.shaped);
  const readings = new Set<string>();
  letters.forEach((letter, index) => {
    if (index === from || !VOWEL_BASE.test(letter.shaped.charAt(0))) return;
    const candidate = bare.map((shaped, at) => (at === index ? shaped + tone : shaped)).join('').normalize('NFC');
    if (isVietnameseSyllable(candidate)) readings.add(candidate);
  });
  // One reading only: with two (a vowel cluster the mark could sit on either way) the word is left as typed.
  return readings.size === 1 ? [...readings][0]! : word;
}

/** `name` (NFC, single-spaced) with every misplaced tone mark moved to its vowel; unchanged otherwise. Never throws. */
export function placeMisplacedToneMarks(name: string): string {
  if (typeof name !== 'string' || !TONED_LETTER.test(name)) return name;
  return name
    .split(' ')
    .map(placeInWord)
    .join(' ');
}
