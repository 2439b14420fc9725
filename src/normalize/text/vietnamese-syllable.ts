/**
 * "Could this word be one Vietnamese syllable?" — the evidence the legacy
 * detector weighs: a decoding that turns junk into syllables is right, one that
 * turns syllables into junk is wrong. Permissive where spelling varies (both
 * tone placements of oa/oe/uy — DOMAIN.md §4.1 — y/i, rare rimes), strict where
 * mis-decoding shows: two tone marks, vowel clusters Vietnamese lacks, foreign
 * consonant clusters (ll, rn, sch…), finals a rime cannot take, a tone on the
 * wrong vowel, and stop finals with a tone other than sắc/nặng.
 */
import { SHAPE_BY_CODE } from './vietnamese-letters.js';

// Syllable = initial? + rime; rime = nucleus (vowels with glides) + final?.
const INITIAL = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]';
const RIME = [
  // Rimes ending in a glide, and open diphthongs: nothing may follow (hai, sao, mua, mười, thuở).
  'uây|uôi|ươi|ươu|iêu|yêu|oai|oay|oao|oeo|uya|uyu|uêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ',
  // -nh, -ch only after a, ê, i, y (anh, ênh, inh, oanh, uênh, uynh, ách, ếch, ích).
  '(?:oa|uê|uy|a|ê|i|y)(?:nh|ch)',
  // -ng, -c never after i, y, ê, uy, uê (those take -nh, -ch). The doubled-o rimes
  // -oong, -ooc belong to Tày, Nùng and Cao Lan names (Coóng, Noòng, Noọng) and
  // loanwords (xoong, soóc); the tone sits on the second o.
  '(?:uyê|uô|ươ|iê|yê|oa|oă|uâ|oo|a|ă|â|e|o|ô|ơ|u|ư)(?:ng|c)',
  // -m -n -p -t (and k, kept for Central Highlands names such as Đắk Lắk).
  '(?:uyê|uô|ươ|iê|yê|oa|oă|oe|uâ|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)[mnptk]',
  // Open rimes (ă, â and the closed diphthongs iê uô ươ never end a syllable).
  'oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y',
].join('|');
const SYLLABLE = new RegExp(`^(${INITIAL})?(${RIME})$`);
/** The vowels of a toneless rime: what is left of it once its final consonants are dropped. */
const NUCLEUS_VOWELS = 'aăâeêioôơuưy';
/** Stop finals take only sắc or nặng: "bắc", "lạc", never "bàc". */
const STOP_FINAL = /(?:ch|[cptk])$/;
const SAC = 1;
const NANG = 5;
/** Open rimes where both tone placements are in use (hòa/hoà, thủy/thuỷ). */
const EITHER_PLACEMENT = new Set(['oa', 'oe', 'uy']);
/** Open rimes whose tone sits on the second vowel (thuở, huế). */
const SECOND_VOWEL = new Set(['uơ', 'uê']);

/** Longest real syllable is 7 letters (nghiêng); anything much longer is not one. */
const MAX_SYLLABLE_LENGTH = 8;

/** Where the tone mark may sit inside the nucleus (0-based vowel index). */
function toneFits(nucleus: string, hasFinal: boolean, index: number): boolean {
  if (index < 0 || index >= nucleus.length) return false;
  if (hasFinal || nucleus.length === 1) return index === nucleus.length - 1 || nucleus.length === 1;
  if (EITHER_PLACEMENT.has(nucleus)) return true;
  if (SECOND_VOWEL.has(nucleus)) return index === 1;
  // Triphthongs carry it in the middle (người, khuỷu, ngoài); diphthongs on the first vowel (hài, mía, mùa).
  return index === (nucleus.length === 3 ? 1 : 0);
}

const DOUBLED_O_RIME = /^[^aăâeêioôơuưy]*oo(?:ng|c)$/;

/**
 * True when `word` is a syllable of the rare doubled-o rimes (Coóng, Noọng, xoong):
 * real, but also what VNI's ô with a tone reads as in TCVN3 ('Loäc' = VNI Lộc, TCVN3 Loọc).
 */
export function isDoubledORime(word: string): boolean {
  if (!isVietnameseSyllable(word)) return false;
  let toneless = '';
  for (let i = 0; i < word.length; i++) toneless += SHAPE_BY_CODE[word.charCodeAt(i)]?.base ?? '';
  return DOUBLED_O_RIME.test(toneless);
}

/** True when `word` (any case, NFC) has the shape of one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > MAX_SYLLABLE_LENGTH) return false;
  let toneless = '';
  let tone = 0;
  let tonePosition = -1;
  for (let i = 0; i < word.length; i++) {
    const shape = SHAPE_BY_CODE[word.charCodeAt(i)];
    if (shape === undefined) return false;
    if (shape.tone !== 0) {
      if (tone !== 0) return false;
      tone = shape.tone;
      tonePosition = toneless.length;
    }
    toneless += shape.base;
  }
  const match = SYLLABLE.exec(toneless);
  const rime = match?.[2];
  if (match === null || rime === undefined) return false;
  // The rime without its final consonants (no regular expression: this runs for every word weighed).
  let nucleusLength = rime.length;
  while (nucleusLength > 0 && !NUCLEUS_VOWELS.includes(rime.charAt(nucleusLength - 1))) nucleusLength--;
  const nucleus = rime.slice(0, nucleusLength);
  const hasFinal = nucleus.length < rime.length;
  if (hasFinal && STOP_FINAL.test(rime) && tone !== SAC && tone !== NANG) return false;
  return tone === 0 || toneFits(nucleus, hasFinal, tonePosition - (match[1]?.length ?? 0));
}
