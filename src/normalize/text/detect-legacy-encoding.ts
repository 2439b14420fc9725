/**
 * Which legacy encoding a cell's text is in, from its font (a strong hint) and
 * its content (the proof). legacy-encodings.md §2.
 *
 * Content evidence is a syllable balance: each word with a non-ASCII character
 * counts +1 if it reads as a Vietnamese syllable and -1 if not. A decoding that
 * raises the balance by at least 2 (one junk word turned into a syllable, and no
 * syllable turned into junk) is believed without a font: `Hïng` → `Hùng`,
 * `Höông` → `Hương`. Real Vietnamese (`Hoàng`, `Hà Nội`), ASCII and foreign
 * Latin-1 (`Hélène`, `Müller`) do not gain anything from any decoding.
 */
import { isWholeUtf8Mojibake } from './decode-mojibake.js';
import { fontFamily } from './font-family.js';
import { LEGACY_CANDIDATES, type ContextEncoding, type LegacyCandidate, type LegacyEncoding } from './legacy-encoding.js';
import { commonSyllableCount, doubledORimeCount, hasForeignWordWithVietnameseLetter, syllableBalance } from './syllable-evidence.js';
import { COMBINING_MARK, REAL_UNICODE_LETTER } from './vietnamese-letters.js';
import { hasNonAscii } from './ascii.js';

const ASCII_UPPER = /[A-Z]/g;
const ASCII_LOWER = /[a-z]/;
/** Latin-1 characters that are no letters in Unicode ('¸', '¨', '§'): legacy letters when glued into words. */
const LATIN1_SYMBOL = /[\u00a1-\u00bf\u00d7\u00f7]/;

/** Balance needed to believe a decoding on content alone. */
const CONTENT_THRESHOLD = 2;

interface Evidence {
  candidate: LegacyCandidate;
  decoded: string;
  /** Balance after decoding minus balance before. */
  gain: number;
  hasMarker: boolean;
}

function weigh(text: string): Evidence[] {
  const before = syllableBalance(text);
  const evidence: Evidence[] = [];
  for (const candidate of LEGACY_CANDIDATES) {
    if (!candidate.present.test(text)) continue;
    const decoded = candidate.decode(text);
    if (decoded === text) continue;
    evidence.push({ candidate, decoded, gain: syllableBalance(decoded) - before, hasMarker: candidate.marker.test(text) });
  }
  return evidence;
}

/**
 * The best decoding on content alone: the largest gain ≥ threshold; on a tie the
 * one needing fewer doubled-o syllables (readsBetter), then the one reading more
 * common name/place syllables (`Tröng Nhò`: VNI `Trưng Nhị` over TCVN3 `Trửng Nhũ`),
 * then the earlier candidate.
 */
function bestByContent(evidence: readonly Evidence[]): Evidence | undefined {
  let best: Evidence | undefined;
  let bestCommon = 0;
  for (const item of evidence) {
    if (item.gain < CONTENT_THRESHOLD || (best !== undefined && item.gain < best.gain)) continue;
    const common = commonSyllableCount(item.decoded);
    const rarer = best === undefined ? 0 : doubledORimeCount(item.decoded) - doubledORimeCount(best.decoded);
    if (best === undefined || item.gain > best.gain || rarer < 0 || (rarer === 0 && common > bestCommon)) {
      best = item;
      bestCommon = common;
    }
  }
  return best;
}

/**
 * Without a font, TCVN3 whose ASCII letters are all capitals was typed for a
 * `.Vn…H` font (`NGUYÔN V¡N AN`): decode as capitals.
 */
function looksLikeCapitalsFont(text: string): boolean {
  return !ASCII_LOWER.test(text) && (text.match(ASCII_UPPER)?.length ?? 0) >= 2;
}

/**
 * Does the content let the font's encoding stand? Yes when decoding repairs
 * words, or shows characters Unicode Vietnamese never uses and breaks nothing.
 * When both readings are equally good (`Dòng` = `Dũng`, `Lê Tú` = `Lờ Tỳ`) the
 * font wins unless the text holds characters the encoding's keyboards never
 * typed, the decoding leaves Vietnamese letters in words that are no syllable,
 * or the text reads more common name and place syllables than the decoded one.
 */
function fontConfirmed(text: string, own: Evidence): boolean {
  if (own.gain > 0) return true;
  if (own.gain < 0) return false;
  if (own.candidate.untypable(text)) return false;
  // Decoding that repairs nothing and puts Vietnamese letters into foreign words
  // ('Müller' → 'Mỹller', 'José' → 'Josộ') reads a Unicode text re-formatted in a
  // legacy font — unless the text holds legacy bytes that are symbols in Unicode
  // ('TrÇnV¨n', two words typed without their space).
  if (!LATIN1_SYMBOL.test(text) && hasForeignWordWithVietnameseLetter(own.decoded)) return false;
  if (own.hasMarker) return true;
  return commonSyllableCount(own.decoded) >= commonSyllableCount(text);
}

/**
 * Does another encoding read the text better than the hinted one? A larger gain;
 * or the same gain where the hinted reading needs more doubled-o syllables: VNI's
 * ô with a tone ('Loäc', Lộc) reads as a doubled o in TCVN3 (Loọc), a real but rare
 * rime of Tày and Nùng names (Coóng), so on a tie the common reading wins.
 */
function readsBetter(rival: Evidence | undefined, own: Evidence): boolean {
  if (rival === undefined || rival === own) return false;
  return rival.gain > own.gain || (rival.gain === own.gain && doubledORimeCount(own.decoded) > doubledORimeCount(rival.decoded));
}

/**
 * The encoding to decode `text` from, or null when it is Unicode (or plain
 * ASCII). Real Unicode Vietnamese letters or combining marks mean Unicode
 * whatever the font says. A TCVN3 or VNI font is believed unless the content
 * contradicts it (fontConfirmed) or another encoding fits clearly better;
 * without a legacy font the content alone must show it — or, when the cell's
 * context (its row, see rowLegacyEncoding) shows the encoding it was typed in,
 * that context stands for the font a CSV export lost, weighed the same way.
 */
export function detectLegacyEncoding(text: string, font?: string, context?: ContextEncoding | null): LegacyEncoding | null {
  if (typeof text !== 'string') return null;
  const family = fontFamily(font);
  if (!hasNonAscii(text)) {
    // A capitals font draws ASCII a–z as capitals too (legacy-encodings.md §3).
    return family === 'tcvn3-capitals' && ASCII_LOWER.test(text) ? 'tcvn3-capitals' : null;
  }
  if (REAL_UNICODE_LETTER.test(text) || COMBINING_MARK.test(text)) return null;
  // Text that is UTF-8 mojibake through and through ('JosÃ© FernÃ¡ndez', 'MÃ¼ller') is re-read
  // exactly, whether or not the result is Vietnamese: Unicode text never pairs 'Ã' with '©'.
  if (family !== 'tcvn3' && family !== 'tcvn3-capitals' && family !== 'vni' && isWholeUtf8Mojibake(text)) return 'utf8-mojibake';

  const evidence = weigh(text);
  const byContent = bestByContent(evidence);
  const byFont = family === 'tcvn3' || family === 'tcvn3-capitals' ? 'tcvn3' : family === 'vni' ? 'vni' : null;
  const hinted = byFont ?? context ?? null;
  const own = evidence.find((item) => item.candidate.encoding === hinted);
  if (own !== undefined && fontConfirmed(text, own) && !readsBetter(byContent, own)) {
    if (family === 'tcvn3-capitals') return 'tcvn3-capitals';
    return own.candidate.encoding === 'tcvn3' && byFont === null && looksLikeCapitalsFont(text) ? 'tcvn3-capitals' : own.candidate.encoding;
  }
  if (byContent === undefined) return null;
  const encoding = byContent.candidate.encoding;
  return encoding === 'tcvn3' && byFont === null && looksLikeCapitalsFont(text) ? 'tcvn3-capitals' : encoding;
}
