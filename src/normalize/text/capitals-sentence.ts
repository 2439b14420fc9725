/**
 * A sentence typed all in capitals — a death row typed with Caps Lock on: 'GIÀ YẾU', 'TAI NẠN
 * GIAO THÔNG', a relation 'CON TRAI' — is written as registers write it, in sentence case: 'Già
 * yếu', 'Tai nạn giao thông'. Only words that read as Vietnamese syllables are lowered: an
 * acronym keeps its capitals ('TNGT', 'HIV/AIDS', 'COPD', 'THA' for tăng huyết áp, 'K' for a
 * cancer), and a place after 'tại' or 'ở', or opened by a place's word, is recased as a place ('TAI NẠN
 * TẠI QUỐC LỘ 2, XÃ TAM HỢP' → 'Tai nạn tại Quốc lộ 2, xã Tam Hợp'), its names keeping their capitals. Capitals
 * typed in a TCVN3 font, which has no toned capitals ('GIà YếU'), count as capitals. Mixed-case
 * text is the clerk's and stays as typed.
 */
import { PLACE_ACRONYMS, recaseUniformPlace, uniformCase } from '../place/place-case.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

const LETTER_RUN = /\p{L}+/gu;
const BASE_VOWEL = /[aeiouy]/i;
/** Acronyms of causes of death that are also syllables, or common enough to name: tăng huyết áp, ung thư. */
const CAUSE_ACRONYMS: ReadonlySet<string> = new Set(['THA', 'UT', 'TNGT', 'TNLĐ', 'TNSH', 'TBMMN', 'NMCT', 'ĐTĐ', 'HIV', 'AIDS', 'COVID', 'SARS', 'COPD']);
/**
 * Where a place begins inside the sentence: 'tại', 'ở', or a word that opens a place's name ('CHẾT ĐUỐI
 * SÔNG PHÓ ĐÁY', 'ĐIỀU TRỊ BỆNH VIỆN BẠCH MAI'), as whole words: the rest is recased as a place.
 */
const PLACE_OPENER = /(?<!\p{L})(?:tại|ở|bệnh viện|trạm y tế|sông|xã|huyện|tỉnh|thành phố|thôn|quốc lộ)(?!\p{L})/iu;

function keepsCapitals(word: string): boolean {
  const upper = word.toUpperCase();
  if (CAUSE_ACRONYMS.has(upper) || PLACE_ACRONYMS.has(upper)) return true;
  return !BASE_VOWEL.test(word.normalize('NFD')) || !isVietnameseSyllable(word.toLowerCase());
}

/** The text in sentence case when it is typed all in capitals with a Vietnamese word in it; else the text as it is. */
export function sentenceFromCapitals(text: string): string {
  if (uniformCase(text) !== 'upper') return text;
  const words = text.match(LETTER_RUN) ?? [];
  if (!words.some((word) => word.length > 1 && !keepsCapitals(word))) return text;
  const opener = PLACE_OPENER.exec(text);
  const sentence = opener === null ? text : text.slice(0, opener.index);
  let first = true;
  let recased = sentence.replace(LETTER_RUN, (word) => {
    const kept = keepsCapitals(word) ? word : word.toLowerCase();
    if (!first) return kept;
    first = false;
    return kept.charAt(0).toUpperCase() + kept.slice(1);
  });
  if (opener !== null) {
    const place = recaseUniformPlace(text.slice(opener.index)) ?? text.slice(opener.index);
    recased += first ? place : place.charAt(0).toLowerCase() + place.slice(1);
  }
  return recased;
}
