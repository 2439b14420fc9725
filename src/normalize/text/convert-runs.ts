/**
 * The decoding step of normalizeText: each run of a cell's text decoded from
 * the legacy encoding its font and content show (detect-legacy-encoding.ts),
 * before any cleanup.
 */
import { detectLegacyEncoding } from './detect-legacy-encoding.js';
import { fontFamily } from './font-family.js';
import { decodeLegacy, type FontEncoding, type LegacyEncoding } from './legacy-encoding.js';
import type { TextRun } from './read-text-source.js';

// Invisible characters go before detection so they cannot split a word; the
// soft hyphen stays (it is the TCVN3 letter ư) and so do C1 controls (they are
// Windows-1252 bytes the decoders read).
const INVISIBLE = /[\p{Cf}\x00-\x08\x0e-\x1f\x7f\t\n\v\f\r]/u;
const FORMAT_BUT_SOFT_HYPHEN = /[^\P{Cf}\u00ad]/gu;
const C0_BREAK = /[\t\n\v\f\r\x1c-\x1f]/g;
const C0_OTHER = /[\x00-\x08\x0e-\x1b\x7f]/g;

function stripInvisible(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  return text.replace(FORMAT_BUT_SOFT_HYPHEN, '').replace(C0_BREAK, ' ').replace(C0_OTHER, '');
}

export function isLegacyFont(font: string | undefined): boolean {
  const family = fontFamily(font);
  return family === 'tcvn3' || family === 'tcvn3-capitals' || family === 'vni';
}

function decodeWith(text: string, encoding: LegacyEncoding | null, used: Set<LegacyEncoding>): string {
  if (encoding === null) return text;
  const decoded = decodeLegacy(text, encoding);
  if (decoded !== text) used.add(encoding);
  return decoded;
}

/**
 * Each run with a legacy font is judged by its own font and text; runs without
 * one are judged together (one short run says too little on its own), with the
 * context's encoding, if any, standing for their font. Adds every encoding it
 * decoded from to `used`.
 */
export function convertRuns(runs: readonly TextRun[], used: Set<LegacyEncoding>, context: FontEncoding | null = null): string {
  const texts = runs.map((run) => stripInvisible(run.text));
  if (runs.length === 1) return decodeWith(texts[0] ?? '', detectLegacyEncoding(texts[0] ?? '', runs[0]?.font, context), used);
  const plain = texts.filter((_, i) => !isLegacyFont(runs[i]?.font)).join('');
  const plainEncoding = detectLegacyEncoding(plain, undefined, context);
  return texts
    .map((text, i) => {
      const font = runs[i]?.font;
      return decodeWith(text, isLegacyFont(font) ? detectLegacyEncoding(text, font) : plainEncoding, used);
    })
    .join('');
}
