/**
 * Residue of a legacy encoding that was not converted: TCVN3 letters that are
 * symbols in Unicode (`¸ µ ¶ · ¹ § ¨ © « ¬ ®…`) touching a letter, as in a cell
 * half re-typed in Unicode (`Nguyễn ThÞ H­¬ng` → `Nguyễn ThÞ H¬ng`) or one the
 * detector would not trust. Symbols standing apart (`Điều 5 §2`, `25 ©`) and
 * French quotes around a word (`«Tí»`) are not residue.
 */
import { TCVN3_VN3_LETTERS, VIETNAMESE_LETTERS } from '../../reference/legacy-tables.js';
import { decodeTcvn3 } from './decode-tcvn3.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';
import { LEGACY_WORD } from './vietnamese-letters.js';

const symbols = Object.keys(TCVN3_VN3_LETTERS).filter((ch) => !/[\p{L}\p{Cf}]/u.test(ch));
const esc = (chars: string[]): string => chars.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const anywhere = symbols.filter((ch) => ch !== '\u00ab' && ch !== '\u00bb');
// « (ô) counts only after a letter, » (ằ) only before one: the other side is a quote.
const RESIDUE = new RegExp(`\\p{L}[${esc([...anywhere, '\u00ab'])}]|[${esc([...anywhere, '\u00bb'])}]\\p{L}`, 'u');

/**
 * VNI residue beside real Vietnamese (a VNI cell half re-typed in Unicode, or one in a Unicode
 * font the detector would not trust): VNI's ư ö, đ ñ, hỏi û, huyền ø, nặng ï glued to a letter,
 * or its circumflex and breve written after the vowel ('Vaên', 'Hoâ'), which no Unicode syllable
 * has. Only counted in text that also holds a letter of Vietnamese alone (ă đ ơ ư ĩ ũ, ạ … ỹ), so
 * 'Björk' or 'Peña' of a foreign spouse are left alone.
 */
const VNI_RESIDUE = /\p{L}[öñûøïÖÑÛØÏ]|[öñûøïÖÑÛØÏ]\p{L}|[aeoAEO][âêÂÊ]/u;
const VIETNAMESE_ONLY_LETTER = /[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]/u;

/**
 * TCVN3 residue made of letters (ThÞ, TrÇn, NguyÔn are Latin-1 letters, not symbols) beside
 * real Vietnamese, as in a legacy cell re-formatted in a Unicode font and then half re-typed:
 * a word that is no syllable as it stands but reads as one in TCVN3. Holding a TCVN3 letter
 * that Vietnamese lacks (Þ Ç Ë Ö å …) is the cheap first test; reading as a syllable once
 * decoded keeps the foreign words of a place ('München, Cộng hòa Liên bang Đức') out.
 */
const TCVN3_LETTER_NOT_VIETNAMESE = new RegExp(
  `[${esc(Object.keys(TCVN3_VN3_LETTERS).filter((ch) => /\p{L}/u.test(ch) && !VIETNAMESE_LETTERS.includes(ch) && ch !== '\u00d0'))}]`,
  'u',
);

const TCVN3_CAPITAL_AFTER_SMALL = new RegExp(
  `\\p{Ll}[${esc(Object.keys(TCVN3_VN3_LETTERS).filter((ch) => /\p{Lu}/u.test(ch)))}]`,
  'u',
);

function hasTcvn3Word(text: string): boolean {
  for (const [word] of text.matchAll(LEGACY_WORD)) {
    if (TCVN3_LETTER_NOT_VIETNAMESE.test(word) && !isVietnameseSyllable(word) && isVietnameseSyllable(decodeTcvn3(word))) return true;
  }
  return false;
}

/** True when `text` (already cleaned) still holds TCVN3 or VNI letters glued to words. */
export function hasUndecodedLegacy(text: string): boolean {
  if (RESIDUE.test(text)) return true;
  if (!VIETNAMESE_ONLY_LETTER.test(text)) return false;
  return VNI_RESIDUE.test(text) || (TCVN3_LETTER_NOT_VIETNAMESE.test(text) && hasTcvn3Word(text));
}

/**
 * True when one word of a legacy-font cell holds legacy letters glued into it: VNI
 * marks, TCVN3 letters that are symbols in Unicode, or a TCVN3 letter that is a
 * capital in Unicode after a small letter ('NguyÔnn', 'TrÇn'). Not a foreign
 * name ('FRANÇOIS', 'Müller') nor quotes around a word ('«CÒ»').
 */
export function hasLegacyResidue(word: string, encoding: 'tcvn3' | 'tcvn3-capitals' | 'vni'): boolean {
  if (encoding === 'vni') return VNI_RESIDUE.test(word);
  return RESIDUE.test(word) || TCVN3_CAPITAL_AFTER_SMALL.test(word);
}
