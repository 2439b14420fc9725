/**
 * A name typed with the Vietnamese keyboard (Unikey, Vietkey) switched off: the
 * Telex keys stay letters ('Nguyeenx Vawn Hungf' for Nguyễn Văn Hùng, 'Lê Thị
 * Hoaf' for Hoà). Telex writes a mark with letters no Vietnamese syllable has in
 * that place: a tone key after the vowels (s sắc, f huyền, r hỏi, x ngã, j nặng),
 * a doubled vowel or a w for the vowel marks (aa â, ee ê, oo ô, aw ă, ow ơ, uw ư,
 * w ư, uow ươ) and dd for đ.
 *
 * Evidence must be strong, for foreign spouses ('John Smith', 'Park Ji Sung', 'Kim Yoo
 * Jin', 'Max Lee') and minority names ('Giàng A Páo', 'Sùng Seo Sà') keep their letters.
 * The name must have two words or more, each a Vietnamese syllable (marked or bare) or a
 * word that is none as typed but one once its keys are read; one foreign word leaves the
 * name alone ('Max Weber', 'Hans Müller'). Then the evidence is counted, and two points
 * are needed, one of them from a Telex word:
 * - a tone key: 1 (j never ends a foreign word, but s, x, r do: 'Hans', 'Max');
 * - a w or dd key (aw ow uw uow w dd): 1;
 * - a doubled vowel (aa ee oo) beside a tone key in the same word ('Nguyeenx',
 *   'Traanf'): 1 — alone it proves nothing ('Lee', 'Yoo', 'Moon');
 * - a word of the name with real marks ('Lê Thị Hoaf'): 1;
 * - three words or more (Vietnamese names have them, short foreign ones not): 1.
 * So 'Lê Thị Hoaf', 'Traanf Lan', 'Mai Lan Haf', 'Ddinh Thu Trang' are flagged, and
 * 'Max Lee', 'Rex Tan', 'Lee Min Ho', 'Dawn Lee' are not.
 * The name is never converted: which keys the typist meant is guesswork.
 */
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';
import { isBareSyllable } from './no-diacritics.js';
import { hasNonAscii } from '../text/ascii.js';

/** Telex tone keys → the combining tone mark they type. */
const TONE_KEYS: Readonly<Record<string, string>> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
/** A tone key typed inside the word, between the vowels and the final consonant ('Hufng', 'Tuaasn'). */
const INNER_TONE_KEY = /^([a-z]*[aeiouy])([sfrxj])(ch|ng|nh|[cmnpt])$/;
const W_KEYS: readonly [RegExp, string][] = [
  [/^dd/, 'đ'],
  [/uow/g, 'ươ'],
  [/aw/g, 'ă'],
  [/ow/g, 'ơ'],
  [/uw/g, 'ư'],
  [/w/g, 'ư'],
];
const DOUBLED_VOWELS: readonly [RegExp, string][] = [
  [/aa/g, 'â'],
  [/ee/g, 'ê'],
  [/oo/g, 'ô'],
];

function readKeys(body: string, keys: readonly [RegExp, string][]): string {
  for (const [typed, letter] of keys) body = body.replace(typed, letter);
  return body;
}
const LOWER_ASCII = /^[a-z]+$/;
const VOWEL = /[aeiouyâêôăơư]/g;

/** What Telex keys typed as letters spell. */
export interface TelexReading {
  syllable: string;
  /** A tone key (s f r x j) was read. */
  toneKey: boolean;
  /** A w or dd key (aw ow uw uow w dd) was read. */
  wKey: boolean;
  /** A doubled vowel (aa ee oo) was read. */
  doubledVowel: boolean;
}

/** What the Telex keys of a lower-case ASCII word spell; null when they spell no syllable. */
export function readTelex(word: string): TelexReading | null {
  if (!LOWER_ASCII.test(word) || word.length < 2) return null;
  let body = word;
  let tone = '';
  const last = word.charAt(word.length - 1);
  const inner = INNER_TONE_KEY.exec(word);
  if (TONE_KEYS[last] !== undefined) {
    tone = TONE_KEYS[last];
    body = word.slice(0, -1);
  } else if (inner !== null) {
    tone = TONE_KEYS[inner[2] ?? ''] ?? '';
    body = (inner[1] ?? '') + (inner[3] ?? '');
  }
  const typed = body;
  body = readKeys(body, W_KEYS);
  const wKey = body !== typed;
  const beforeDoubled = body;
  body = readKeys(body, DOUBLED_VOWELS);
  const doubledVowel = body !== beforeDoubled;
  if (tone === '') return (wKey || doubledVowel) && isVietnameseSyllable(body) ? { syllable: body, toneKey: false, wKey, doubledVowel } : null;
  // The tone goes on one of the vowels; the syllable test knows which placements Vietnamese allows.
  for (const vowel of body.matchAll(VOWEL)) {
    const at = vowel.index + 1;
    const syllable = (body.slice(0, at) + tone + body.slice(at)).normalize('NFC');
    if (isVietnameseSyllable(syllable)) return { syllable, toneKey: true, wKey, doubledVowel };
  }
  return null;
}

/** The evidence points of one Telex word (see the module comment). */
function points(reading: TelexReading): number {
  return (reading.toneKey ? 1 : 0) + (reading.wKey ? 1 : 0) + (reading.toneKey && reading.doubledVowel ? 1 : 0);
}

/**
 * True when a name (words between single spaces) reads as typed in Telex with the
 * Vietnamese keyboard off; see the module comment for the evidence it needs.
 */
export function typedInTelex(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  let telexPoints = 0;
  let marked = false;
  for (const word of words) {
    if (isVietnameseSyllable(word)) {
      if (hasNonAscii(word)) marked = true;
      continue;
    }
    const lower = word.toLowerCase();
    if (isBareSyllable(lower)) continue;
    const reading = readTelex(lower);
    if (reading === null) return false;
    telexPoints += points(reading);
  }
  return telexPoints > 0 && telexPoints + (marked ? 1 : 0) + (words.length >= 3 ? 1 : 0) >= 2;
}
