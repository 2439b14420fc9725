/**
 * Free-text places (birth place, residence, place of death): separator spacing, recasing of
 * all-capital / all-lower-case text, unit abbreviations written out, and the capitals of unit
 * names a TCVN3 font could not write (legacy-capitals.ts). The words themselves
 * are kept as typed — a free-text place may lie anywhere in the country, so it is not matched
 * against the province's lists here (matchCommune does that for registration places).
 */
import { ok, type Finding, type Normalized } from '../finding.js';
import { expandAbbreviations } from './abbreviations.js';
import { restoreLegacyCapitals, restoreOpeningCapital } from './legacy-capitals.js';
import { lowerUnitWords, recaseUniformPlace } from './place-case.js';
import { normalizeSeparators } from './place-separators.js';
import { NONE_MARKERS } from '../../reference/name-lists.js';
import { isBlankMark } from '../text/blank-mark.js';

/** A cell saying the place is not known, as a name cell says it of a name (NONE_MARKERS), lower case. */
/** A marker alone, or with the place word it qualifies ('Không rõ địa chỉ', 'Chưa rõ nơi chết'). */
const NOT_KNOWN: ReadonlySet<string> = new Set([
  ...NONE_MARKERS,
  ...['không rõ', 'chưa rõ', 'không xác định', 'chưa xác định'].flatMap((marker) =>
    ['địa chỉ', 'nơi sinh', 'nơi chết', 'nơi cư trú', 'nơi ở', 'chỗ ở'].map((word) => `${marker} ${word}`),
  ),
]);
const LONGEST_NONE_MARKER = Math.max(...[...NOT_KNOWN].map((marker) => marker.length));
// Longer than any address; beyond it the text is kept as typed, unchanged, to bound the work.
const MAX_PLACE_LENGTH = 2000;

function asText(value: unknown): string {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** How the place's text was typed, as the text cleaner found. */
export interface PlaceTyping {
  /** Decoded from TCVN3, whose font has no toned capitals: the first letter may be a capital it lost (restoreOpeningCapital). */
  tcvn3?: boolean;
}

/** Cleans a free-text place; '' for empty input, a cell saying it is not known, or a blank mark ('-', '…'). Never throws; idempotent. */
export function normalizePlace(text: string, typing: PlaceTyping = {}): Normalized<string> {
  const input = asText(text).trim();
  if (input.length > MAX_PLACE_LENGTH) return ok(input);
  const spaced = normalizeSeparators(input);
  // 'Không rõ', 'Chưa rõ', '?': the book says the place is not known; a marker is short, so the length is tested first.
  if (spaced === '' || (spaced.length <= LONGEST_NONE_MARKER && (NOT_KNOWN.has(spaced.toLowerCase()) || isBlankMark(spaced)))) return ok('');
  const findings: Finding[] = [];
  const typed = typing.tcvn3 === true ? restoreOpeningCapital(spaced) : spaced;
  const uniform = recaseUniformPlace(typed);
  const recased = uniform ?? typed;
  if (recased !== spaced) findings.push({ code: 'PLACE_CASE_NORMALIZED', from: spaced, to: recased, params: { to: recased } });
  const { text: written, expanded: forms } = expandAbbreviations(recased);
  // A text this cleaner recased writes its expanded unit words as it wrote the others ('X. TAM HỢP, H. BÌNH XUYÊN' → 'Xã Tam Hợp, huyện Bình Xuyên').
  const expanded = uniform === null || forms.length === 0 ? written : lowerUnitWords(written);
  if (forms.length > 0) {
    findings.push({ code: 'PLACE_ABBREVIATION_EXPANDED', from: recased, to: expanded, params: { expansions: forms.join('; ') } });
  }
  const capitalised = restoreLegacyCapitals(expanded);
  if (capitalised !== expanded) findings.push({ code: 'PLACE_CASE_NORMALIZED', from: expanded, to: capitalised, params: { to: capitalised } });
  return ok(capitalised, findings);
}
