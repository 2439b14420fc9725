/**
 * A tone mark typed on the u of qu or the i of gi ('Qúy', 'Qùynh', 'Gíang'). Those letters belong
 * to the consonant (DOMAIN.md §4.1: "qu/gi are consonants, so quả, quý, giá are unambiguous"), so
 * the syllable is misspelt, not written in another placement style: 'Qúy' is Quý, whichever
 * style a book follows. The mark goes to the vowel Vietnamese spelling puts it on in the rest
 * of the syllable. Only when a vowel follows the u or i and no other letter carries a mark:
 * 'gìn' (gi + in) is right as typed, and two marks are left to the spelling check.
 */

/** The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Vowel letters without their tone mark (decomposed: the hat, breve or horn stays as its own mark). */
const VOWEL_BASE = /^[aeiouy]$/i;
/** Marks that make a letter a vowel of its own (â ê ô / ă / ơ ư): such a vowel takes the tone. */
const SHAPE_MARK = /[\u0302\u0306\u031b]/u;
/** A word starting with q + toned u, or g + toned i, then a letter: the candidates. */
const CANDIDATE = /(?:^|\s)(?:[qQ][úùủũụÚÙỦŨỤ]|[gG][íìỉĩịÍÌỈĨỊ])\p{L}/u;

/** One letter split into its base, its shape mark (hat, breve, horn) and its tone mark. */
interface Letter {
  base: string;
  shape: string;
  tone: string;
}

function splitLetter(char: string): Letter {
  const decomposed = char.normalize('NFD');
  const base = decomposed.charAt(0);
  const marks = decomposed.slice(1);
  return { base, shape: marks.replace(TONE_MARKS, ''), tone: marks.match(TONE_MARK)?.[0] ?? '' };
}

function joinLetter(letter: Letter): string {
  return (letter.base + letter.shape + letter.tone).normalize('NFC');
}

/**
 * Where the tone of a rhyme goes (its vowels `vowels`, `final` true when a consonant follows):
 * on the vowel with a shape mark (the last one: ươ → ơ, yê → ê), else on a lone vowel, else on
 * the last vowel before a final consonant, else on the first (ai, ao, ay, eo).
 */
function toneIndex(vowels: readonly Letter[], final: boolean): number {
  for (let i = vowels.length - 1; i >= 0; i--) if (vowels[i]!.shape !== '') return i;
  if (vowels.length === 1) return 0;
  return final ? vowels.length - 1 : 0;
}

function moveInWord(word: string): string {
  const letters = [...word.normalize('NFC')].map(splitLetter);
  const onConsonant = letters[1];
  if (letters.length < 3 || onConsonant === undefined || onConsonant.tone === '' || onConsonant.shape !== '') return word;
  const consonant = `${letters[0]!.base}${onConsonant.base}`.toLowerCase();
  if (consonant !== 'qu' && consonant !== 'gi') return word;
  const rest = letters.slice(2);
  // Another mark in the word: two marks are no misplacement this can mend.
  if (rest.some((letter) => letter.tone !== '')) return word;
  let vowelCount = 0;
  while (vowelCount < rest.length && VOWEL_BASE.test(rest[vowelCount]!.base)) vowelCount++;
  if (vowelCount === 0) return word; // 'gìn', 'gịt': the i is the vowel
  const vowels = rest.slice(0, vowelCount);
  const target = vowels[toneIndex(vowels, vowelCount < rest.length)]!;
  target.tone = onConsonant.tone;
  onConsonant.tone = '';
  return letters.map(joinLetter).join('');
}

/** `name` with every tone mark typed on the u of qu or the i of gi moved to its vowel; unchanged otherwise. Never throws. */
export function moveToneOffConsonant(name: string): string {
  if (typeof name !== 'string' || !CANDIDATE.test(name)) return name;
  return name
    .split(' ')
    .map((word) => (/^[qQgG]/.test(word) ? moveInWord(word) : word))
    .join(' ');
}
