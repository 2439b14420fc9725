/**
 * The decoding step of normalizeText: each run of a cell's text decoded from
 * the legacy encoding its font and content show (detect-legacy-encoding.ts),
 * before any cleanup.
 */
import { spaceZeroWidthBreaks } from './clean-text.js';
import { isMojibakeNbsp } from './decode-mojibake.js';
import { detectLegacyEncoding } from './detect-legacy-encoding.js';
import { fontFamily } from './font-family.js';
import { decodeLegacy, type ContextEncoding, type LegacyEncoding } from './legacy-encoding.js';
import { decodeMixedWords, hasRetypedWord, isMixedCell, selfEvidentEncoding, type MixedEncoding } from './mixed-words.js';
import type { TextRun } from './read-text-source.js';

/** What a conversion did: the encodings it decoded from, and whether legacy words were left that it could not read. */
export interface Conversion {
  used: Set<LegacyEncoding>;
  /** A word of a partly re-typed legacy cell that reads as no syllable in either encoding (mixed-words.ts). */
  undecoded: boolean;
}

export function newConversion(): Conversion {
  return { used: new Set(), undecoded: false };
}

// Invisible characters go before detection so they cannot split a word; the
// soft hyphen stays (it is the TCVN3 letter ư) and so do C1 controls (they are
// Windows-1252 bytes the decoders read).
const INVISIBLE = /[\p{Cf}\x00-\x08\x0e-\x1f\x7f\t\n\v\f\r]/u;
const FORMAT_BUT_SOFT_HYPHEN = /[^\P{Cf}\u00ad]/gu;
const C0_BREAK = /[\t\n\v\f\r\x1c-\x1f]/g;
const C0_OTHER = /[\x00-\x08\x0e-\x1b\x7f]/g;

// Spaces that look like one (legacy-encodings.md §6): NBSP, the U+2000 block, narrow NBSP.
const SPACE_LOOKALIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const SPACE_LOOKALIKES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

function stripInvisible(text: string): string {
  const spaced = SPACE_LOOKALIKE.test(text) ? spaceLookalikes(text) : text;
  if (!INVISIBLE.test(spaced)) return spaced;
  return spaceZeroWidthBreaks(spaced).replace(FORMAT_BUT_SOFT_HYPHEN, '').replace(C0_BREAK, ' ').replace(C0_OTHER, '');
}

/**
 * Space look-alikes become spaces before detection, so 'Ngô\u00a0Quang' is two
 * words, not one word that TCVN3 'repairs' into 'Ngụ Quang' — except an NBSP that
 * is a byte of UTF-8 mojibake ('HoÃ\u00a0ng', isMojibakeNbsp).
 */
function spaceLookalikes(text: string): string {
  return text.replace(SPACE_LOOKALIKES, (space: string, offset: number) => (space === '\u00a0' && isMojibakeNbsp(text, offset) ? space : ' '));
}

export function isLegacyFont(font: string | undefined): boolean {
  return fontEncoding(font) !== null;
}

/** The encoding a legacy font carries, or null for any other font (or none). */
function fontEncoding(font: string | undefined): MixedEncoding | null {
  const family = fontFamily(font);
  return family === 'tcvn3' || family === 'tcvn3-capitals' || family === 'vni' ? family : null;
}

function decodeWith(text: string, encoding: LegacyEncoding | null, conversion: Conversion): string {
  if (encoding === null) return text;
  const decoded = decodeLegacy(text, encoding);
  if (decoded !== text) conversion.used.add(encoding);
  return decoded;
}

/**
 * A run typed in a legacy font (or read in a legacy row, `encoding`) that holds
 * Unicode-only letters: partly re-typed, read word by word (mixed-words.ts);
 * null for any other run.
 */
function decodeMixed(text: string, encoding: MixedEncoding | null, conversion: Conversion): string | null {
  if (encoding === null) return null;
  // A capitals font upper-cases its ASCII words too, which only the whole-cell decoding does.
  if (!isMixedCell(text) && (encoding === 'tcvn3-capitals' || !hasRetypedWord(text, encoding))) return null;
  const mixed = decodeMixedWords(text, encoding);
  if (mixed.decoded) conversion.used.add(encoding);
  if (mixed.undecoded) conversion.undecoded = true;
  return mixed.text;
}

/**
 * Each run with a legacy font is judged by its own font and text; runs without
 * one are judged together (one short run says too little on its own), with the
 * context's encoding, if any, standing for their font. Records in `conversion`
 * every encoding it decoded from.
 */
export function convertRuns(runs: readonly TextRun[], conversion: Conversion, context: ContextEncoding | null = null): string {
  const texts = runs.map((run) => stripInvisible(run.text));
  // A CP1258 sheet's cells hold no Unicode-only letters to read word by word around.
  const mixedContext = context === 'cp1258' ? null : context;
  if (runs.length === 1) {
    const text = texts[0] ?? '';
    const font = runs[0]?.font;
    const hinted = fontEncoding(font) ?? (fontFamily(font) === 'unicode' ? null : mixedContext);
    // Without a hint, a partly re-typed cell may still show its encoding by itself (selfEvidentEncoding): in a
    // Unicode row, or in a Unicode font in a legacy row (a book re-formatted in Arial). A CP1258 sheet has none.
    const mixed = decodeMixed(text, hinted ?? (context !== 'cp1258' ? selfEvidentEncoding(text) : null), conversion);
    return mixed ?? decodeWith(text, detectLegacyEncoding(text, font, context), conversion);
  }
  const plainReadings = new Map<string, { mixed: boolean; encoding: LegacyEncoding | null }>();
  const plainReading = (key: string): { mixed: boolean; encoding: LegacyEncoding | null } => {
    let reading = plainReadings.get(key);
    if (reading === undefined) {
      const plain = texts.filter((_, i) => plainGroup(runs[i]?.font) === key).join('');
      const mixed = mixedContext !== null && isMixedCell(plain);
      reading = { mixed, encoding: mixed ? null : detectLegacyEncoding(plain, undefined, context) };
      plainReadings.set(key, reading);
    }
    return reading;
  };
  return texts
    .map((text, i) => {
      const font = runs[i]?.font;
      const own = fontEncoding(font);
      if (own === null) {
        const plain = plainReading(plainGroup(font));
        return plain.mixed ? (decodeMixed(text, mixedContext, conversion) ?? text) : decodeWith(text, plain.encoding, conversion);
      }
      return decodeMixed(text, own, conversion) ?? decodeWith(text, detectLegacyEncoding(text, font), conversion);
    })
    .join('');
}

/**
 * Which runs without a legacy font are judged together: those in one Unicode font,
 * and those in none. A run in another font than its neighbour's was typed apart
 * from it — 'Hùng' in Times New Roman after 'NguyÔn V¨n' whose .VnTime the
 * sheet's evidence dropped (sheet-encoding.ts) is Unicode, not TCVN3 'Hựng'.
 */
function plainGroup(font: string | undefined): string {
  return fontFamily(font) === 'unicode' ? (font ?? '').trim().toLowerCase() : '';
}
