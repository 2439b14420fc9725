/**
 * A legacy-font cell partly re-typed with a Unicode keyboard: the clerk corrected
 * 'Hạnh' in a .VnTime cell ('NguyÔn ThÞ Hạnh') and the cell kept its font, so on
 * screen both parts read right. A letter only Unicode has (ạ, ă, ơ …, never a
 * TCVN3/VNI byte) proves only that ITS word is Unicode: the cell is read word by
 * word in the font's encoding (legacy-encodings.md §2).
 *
 * A word is decoded when it is not a Vietnamese syllable as it stands and is one
 * once decoded ('ThÞ' → Thị, VNI 'Nguyeãn' → Nguyễn). A word that reads as a
 * syllable both ways ('Hùng' is TCVN3 'Hựng', VNI 'Thò' is Thị) is decoded only
 * when the decoded syllable is a common name or place syllable and the word as
 * typed is not — the tie-break the whole-cell detector uses (fontConfirmed).
 * Words holding a Unicode-only letter, ASCII words, and a symbol standing alone
 * ('Số 5 · tổ 3': a middle dot, not TCVN3 'ã') stay as typed.
 */
import { COMMON_SYLLABLES } from '../../reference/legacy-tables.js';
import { decodeLegacy, type LegacyEncoding } from './legacy-encoding.js';
import { isSyllableAllowingEth } from './lookalikes.js';
import { hasLegacyResidue } from './undecoded-legacy.js';
import { COMBINING_MARK, LEGACY_WORD, REAL_UNICODE_LETTER, withoutToneMarks } from './vietnamese-letters.js';
import { hasNonAscii } from './ascii.js';

/** The encodings a font carries, capitals font included. */
export type MixedEncoding = Extract<LegacyEncoding, 'tcvn3' | 'tcvn3-capitals' | 'vni'>;

export interface MixedWords {
  text: string;
  /** At least one word was decoded. */
  decoded: boolean;
  /** A word holds characters the encoding reads, yet is a syllable neither as typed nor decoded. */
  undecoded: boolean;
}

const COMMON = new Set(COMMON_SYLLABLES);
/** ASCII letters and any non-ASCII character but a space: every TCVN3 and VNI letter is one of them. */
const LETTER = /\p{L}/u;

/** True when a cell typed in a legacy font (or read in a legacy row) holds Unicode-only letters: read it word by word. */
export function isMixedCell(text: string): boolean {
  return REAL_UNICODE_LETTER.test(text) && !COMBINING_MARK.test(text);
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** A lower-case letter after the first read as a capital: a VN1 capital ('Hà' → 'HỔ'), never a .VnTime word. */
function capitalInside(word: string, reading: string): boolean {
  if (word.length !== reading.length) return false;
  for (let i = 1; i < word.length; i++) if (LOWER.test(word[i]!) && UPPER.test(reading[i]!)) return true;
  return false;
}

/**
 * True when a cell in a TCVN3 (.VnTime) or VNI font holds a word re-typed in Unicode with
 * letters Latin-1 has too ('Xuyên', 'Bình', 'Hà'): the word is a Vietnamese syllable as
 * typed and none decoded ('Xuyờn', 'Bụnh', 'HỔ'), which no word typed in that font does.
 * Such a cell is read word by word, as one holding a Unicode-only letter is.
 */
export function hasRetypedWord(text: string, encoding: 'tcvn3' | 'vni'): boolean {
  for (const [word] of text.matchAll(LEGACY_WORD)) {
    if (!hasNonAscii(word) || !isSyllableAllowingEth(word)) continue;
    const reading = decodeLegacy(word, encoding);
    if (reading !== word && (!isSyllableAllowingEth(reading) || capitalInside(word, reading))) return true;
  }
  return false;
}

const LAST_VOWEL = /([aăâeêioôơuưy])([^aăâeêioôơuưy]*)$/i;

/**
 * True when the word is a syllable but for its tone: a Unicode typing slip puts a tone
 * where none fits ('Phùc' for Phúc, 'Hòang' for Hoàng), no more. A stop final takes a
 * tone (sắc) to be one.
 */
function syllableButForTone(word: string): boolean {
  const bare = withoutToneMarks(word);
  return isSyllableAllowingEth(bare) || isSyllableAllowingEth(bare.replace(LAST_VOWEL, '$1\u0301$2').normalize('NFC'));
}

/**
 * The one font encoding (TCVN3 or VNI) a font-less cell holding Unicode-only letters shows by
 * itself, or null. A word shows it when it spells no syllable even with its tone marks dropped,
 * so no Unicode slip explains it ('Nguyeãn', 'ThÞ'; not 'Phùc'), yet reads as one decoded; it
 * takes two such words, or one reading a common name or place syllable (Nguyễn, not the 'Lọc'
 * of a French 'Loïc'), and none in the other encoding. 'Nguyeãn Thò Hồng' is VNI re-typed in
 * part (Nguyễn Thị Hồng); 'Loäc Văn Hải' (VNI Lộc, TCVN3 Loọc) shows nothing.
 */
export function selfEvidentEncoding(text: string): 'tcvn3' | 'vni' | null {
  if (!isMixedCell(text)) return null;
  const shown = { tcvn3: 0, vni: 0 };
  for (const [word] of text.matchAll(LEGACY_WORD)) {
    if (word.length < 2 || !hasNonAscii(word) || REAL_UNICODE_LETTER.test(word) || isSyllableAllowingEth(word) || syllableButForTone(word)) continue;
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const reading = decodeLegacy(word, encoding);
      if (reading === word || !isSyllableAllowingEth(reading) || capitalInside(word, reading)) continue;
      // A common reading counts as two words' worth.
      shown[encoding] += COMMON.has(reading.toLowerCase()) ? 2 : 1;
    }
  }
  if (shown.tcvn3 > 0 && shown.vni > 0) return null;
  if (shown.tcvn3 >= 2) return 'tcvn3';
  return shown.vni >= 2 ? 'vni' : null;
}

/** Decode the legacy words of a partly re-typed cell; see the module comment. */
export function decodeMixedWords(text: string, encoding: MixedEncoding): MixedWords {
  let decoded = false;
  let undecoded = false;
  const value = text.replace(LEGACY_WORD, (word) => {
    if (!hasNonAscii(word) || REAL_UNICODE_LETTER.test(word) || !LETTER.test(word)) return word;
    const reading = decodeLegacy(word, encoding);
    if (reading === word) return word;
    const readsNow = isSyllableAllowingEth(word);
    const readsDecoded = isSyllableAllowingEth(reading);
    // Only legacy letters glued to a word are residue: not 'FRANÇOIS', '«CÒ»', '“Hoà”'.
    if (!readsNow && !readsDecoded && hasLegacyResidue(word, encoding)) undecoded = true;
    const take = readsDecoded && (!readsNow || (COMMON.has(reading.toLowerCase()) && !COMMON.has(word.toLowerCase())));
    if (!take) return word;
    decoded = true;
    return reading;
  });
  return { text: value, decoded, undecoded };
}
