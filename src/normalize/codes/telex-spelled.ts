import type { CellValue } from '../../ingest/source-cell.js';
import type { Normalized } from '../finding.js';
import { readTelex } from '../name/telex.js';
import { hasNonAscii } from '../text/ascii.js';
import { isDoubledORime, isVietnameseSyllable } from '../text/vietnamese-syllable.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** A tone key typed right after the first vowel, before the next ('gasi' for gái, 'tafy' for Tày): Telex takes it anywhere after the vowel. */
const TONE_BETWEEN_VOWELS = /^([a-z]*?[aeiouy])([sfrxj])([aeiouy][a-z]*)$/;

function readWord(lower: string): ReturnType<typeof readTelex> {
  const between = TONE_BETWEEN_VOWELS.exec(lower);
  return readTelex(lower) ?? (between === null ? null : readTelex(`${between[1]}${between[3]}${between[2]}`));
}

/**
 * True when a word is a syllable as typed and no Telex spelling: an unmarked doubled-o word
 * ('Moong') spells the rare rime of Tày names (Coóng) as much as Telex's ô (Mông), and only
 * the Telex reading can name a coded value.
 */
function syllableAsTyped(word: string): boolean {
  return isVietnameseSyllable(word) && (hasNonAscii(word) || !isDoubledORime(word));
}

/**
 * A coded cell typed with the Vietnamese keyboard off ('Nuwx' for Nữ, 'Tafy' for Tày,
 * 'Vieejt Nam'), spelled out: every word that is no syllable as typed must be one once
 * its Telex keys are read (name/telex.ts), and at least one is. Null for any other text.
 */
export function telexSpelled(text: string): string | null {
  let spelled = false;
  const result = text.replace(WORD, (word) => {
    if (syllableAsTyped(word.toLowerCase())) return word;
    const reading = readWord(word.toLowerCase());
    if (reading === null || (!reading.toneKey && !reading.wKey && !reading.doubledVowel)) return word;
    spelled = true;
    return reading.syllable;
  });
  return spelled && [...result.matchAll(WORD)].every(([word]) => isVietnameseSyllable(word.toLowerCase())) ? result : null;
}

/**
 * A closed-vocabulary reader retried on the Telex spelling of a cell it could not read: the
 * value stands only when that spelling reads cleanly (a known value, no finding), so a cell
 * of stray letters keeps its first reading and finding.
 */
export function readWithTelex<T>(value: CellValue, first: Normalized<T | null>, read: (text: string) => Normalized<T | null>): Normalized<T | null> {
  if (first.value !== null || typeof value !== 'string') return first;
  const spelled = telexSpelled(value);
  if (spelled === null) return first;
  const retry = read(spelled);
  return retry.value !== null && retry.findings.length === 0 ? retry : first;
}
