/**
 * Text cells → clean Unicode: legacy font encodings and mojibake decoded
 * (legacy-encodings.md), then cleanText. Never throws; idempotent.
 *
 * Case is not guessed: TCVN3 cannot encode toned capitals, so `Ph¹m ThÞ Ngäc ¸nh`
 * becomes `Phạm Thị Ngọc ánh` (legacy-encodings.md §3.2); the name normalizer
 * capitalises name parts later. Only a `.Vn…H` (capitals) font upper-cases.
 */
import { ok, type Finding, type Normalized } from '../finding.js';
import { cleanText } from './clean-text.js';
import { convertRuns, isLegacyFont, newConversion, type Conversion } from './convert-runs.js';
import { fontFamily } from './font-family.js';
import type { ContextEncoding, LegacyEncoding } from './legacy-encoding.js';
import { restoreLostSoftHyphen } from './lost-soft-hyphen.js';
import { readTextSource } from './read-text-source.js';
import { selfEvidentEncoding } from './mixed-words.js';
import { hasUndecodedLegacy } from './undecoded-legacy.js';
import { cleanTextShape } from './vietnamese-letters.js';
import { hasNonAscii } from './ascii.js';

export interface TextSource {
  text: string;
  font?: string;
  /** Rich-text runs, each typed in its own font (a `.VnTimeH` heading run next to a `.VnTime` run). */
  runs?: { text: string; font?: string }[];
}

/** Catalog code of the note for each decoded encoding (src/catalog/text-codes.ts). */
const LEGACY_CODE: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TEXT_LEGACY_TCVN3',
  'tcvn3-capitals': 'TEXT_LEGACY_TCVN3',
  vni: 'TEXT_LEGACY_VNI',
  cp1258: 'TEXT_LEGACY_CP1258',
  'utf8-mojibake': 'TEXT_MOJIBAKE_UTF8',
};

/** Re-running on its own output converges in one pass in practice; the bound only guards odd input. */
const MAX_EXTRA_PASSES = 3;

/** What is known about a cell from around it. */
export interface TextContext {
  /**
   * The legacy encoding the cell's row shows (rowLegacyEncoding): weighed like
   * the font of a cell that has none, so 'Sè' in a TCVN3 row reads Số; or
   * Windows-1258 for the cells of a CP1258 sheet (sheetTextEvidence), so 'Vãn' reads Văn.
   */
  encoding?: ContextEncoding | null;
  /**
   * The cell's sheet shows its TCVN3 text lost the ư (sheetTextEvidence): its
   * TCVN3 words, and its plain ASCII ones ('Hng'), are read as such (lost-soft-hyphen.ts).
   */
  lostSoftHyphen?: boolean;
}

/**
 * Could the font be a legacy one? Legacy names start with '.Vn', 'VNI' or a quote
 * or space before them (font-family.ts); the Unicode fonts of nearly every cell
 * ('Times New Roman', 'Calibri', 'Arial') are told apart by their first letter.
 */
function mayBeLegacyFont(font: string | undefined): boolean {
  if (font === undefined || font === '') return false;
  const first = font.charCodeAt(0);
  // '.', 'V', 'v', quotes, and whitespace.
  if (first !== 0x2e && first !== 0x56 && first !== 0x76 && first !== 0x22 && first !== 0x27 && first > 0x20) return false;
  return isLegacyFont(font);
}

/**
 * Nothing to decode or clean: plain ASCII, or clean text with real Unicode
 * Vietnamese letters — unless the cell was typed in a legacy font or read in a
 * legacy row (`encoding`, for a font-less cell), where such letters may sit
 * beside legacy words (a cell partly re-typed: mixed-words.ts).
 */
function isAlreadyClean(text: string, font: string | undefined, encoding?: ContextEncoding | null): boolean {
  const { shape, lowerAscii } = cleanTextShape(text);
  // '_x000D_': Excel's escape of a control character, for cleanText to turn into a space (looked for only
  // once the shape test passed: most cells that fail it are not looked at twice).
  if (shape === 'other' || text.includes('_x00')) return false;
  if (shape === 'ascii') return !(lowerAscii && fontFamily(font) === 'tcvn3-capitals');
  if (shape !== 'vietnamese') return false;
  // A font-less cell of a legacy row is read in the row's encoding, as convertRuns does; so is a
  // Unicode-font cell given its row's font encoding (a legacy book whose fonts were reset to Arial).
  if (encoding !== undefined && encoding !== null && (font === undefined || fontFamily(font) === null || (encoding !== 'cp1258' && fontFamily(font) === 'unicode'))) return false;
  // A partly re-typed legacy cell that lost its font ('Nguyeãn Thò Hồng': all its letters are Latin-1 or Vietnamese).
  return !mayBeLegacyFont(font) && (encoding === 'cp1258' || !MAY_SHOW_LEGACY.test(text) || selfEvidentEncoding(text) === null);
}

/**
 * The cheap first test for selfEvidentEncoding on a cell of Vietnamese letters: a vowel followed
 * by a Latin-1 vowel with a mark, other than the pairs Vietnamese writes (hoà, khoẻ, thuý, tiên,
 * xuân, coóng), as VNI writes its marks ('Nguyeãn', 'Traàn', 'Leâ'), in capitals too ('NGUYEÃN',
 * 'TRAÀN': names are often typed in capitals); VNI's ị and ĩ (ò, ó) before -nh or -ch, a rime
 * Vietnamese does not write ('Thònh' Thịnh, 'Vónh' Vĩnh); or a Latin-1 capital after a small
 * letter, as TCVN3 writes ễ ('NguyÔn'). Keeps every clean cell on the fast path.
 */
const MAY_SHOW_LEGACY =
  /(?![oO][àáãèéòóõ]|[uU][ýêôâ]|[iyIY]ê)[aeiouyAEIOUY][àáâãèéêìíòóôõùúý]|(?!O[ÀÁÃÈÉÒÓÕ]|U[ÝÊÔÂ]|[IY]Ê)[AEIOUY][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]|[òóÒÓ](?:nh|ch|NH|CH)|\p{Ll}[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/u;

function findingsFor(raw: string, value: string, conversion: Conversion, doubtful: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  if (value !== raw) {
    const codes = new Set([...conversion.used].map((encoding) => LEGACY_CODE[encoding]));
    for (const code of codes) findings.push({ code, from: raw, to: value });
  }
  if (doubtful.length > 0) findings.push({ code: 'TEXT_TCVN3_LETTER_LOST', params: { words: doubtful.join(', ') } });
  if (value.includes('\ufffd')) {
    findings.push({ code: 'TEXT_REPLACEMENT_CHARACTER', params: { count: value.split('\ufffd').length - 1 } });
  }
  if (conversion.undecoded || hasUndecodedLegacy(value)) findings.push({ code: 'TEXT_UNDECODED_LEGACY' });
  return findings;
}

/**
 * True when normalizeText (with `encoding` as its context) would return the text
 * unchanged and without findings by its first test (one run, nothing to decode
 * or clean): callers that memoize normalizeText can skip the memo for such cells.
 */
export function isCleanTextCell(text: string, font: string | undefined, encoding?: ContextEncoding | null): boolean {
  return isAlreadyClean(text, font, encoding);
}

/**
 * Normalize one text cell (a string, or the cell's text with its font and
 * rich-text runs), in its context if known.
 */
export function normalizeText(source: TextSource | string, context: TextContext = {}): Normalized<string> {
  const runs = readTextSource(source);
  const first = runs[0];
  const encoding = context?.encoding ?? null;
  if (runs.length === 1 && first !== undefined && isAlreadyClean(first.text, first.font, encoding)) {
    return context.lostSoftHyphen === true && !hasNonAscii(first.text) ? restoredAscii(first.text) : ok(first.text);
  }

  const raw = runs.map((run) => run.text).join('');
  const conversion = newConversion();
  const converted = convertRuns(runs, conversion, encoding);
  // UTF-8 mojibake of legacy text (a TCVN3 CSV exported as UTF-8, opened again as Windows-1252) re-read
  // is what the cell holds: it is read again as such a cell, in its row's encoding ('BÃ¨' → 'Bè' → Bố in a
  // TCVN3 row, 'Ghi chÃ³' → Ghi chú), before cleanText drops the soft hyphen that is TCVN3's ư ('HÂ­Â¬ng' → Hương).
  let value = cleanText(conversion.used.has('utf8-mojibake') ? convertRuns([{ text: converted, font: undefined }], conversion, encoding) : converted);
  // Idempotence by construction: what we return must be what a second call on
  // it returns, so repeat the content-only pass until the text is stable. (An
  // unchanged single run without a legacy font needs no check: a second pass
  // would judge the same text the same way — with or without the context,
  // since the context did not change it.)
  const settled = value === raw && runs.length === 1 && !isLegacyFont(first?.font);
  for (let pass = 0; !settled && pass < MAX_EXTRA_PASSES && !isAlreadyClean(value, undefined); pass++) {
    const passConversion = newConversion();
    const again = cleanText(convertRuns([{ text: value, font: undefined }], passConversion));
    if (again === value) break;
    // The words an earlier pass could not read in the font's encoding were read now (TCVN3 text in a
    // VNI font): only what this pass leaves undecoded is residue (hasUndecodedLegacy still checks the value).
    for (const used of passConversion.used) conversion.used.add(used);
    conversion.undecoded = passConversion.undecoded;
    value = again;
  }
  // TCVN3's ư is the soft hyphen U+00AD: where a clean-up tool stripped it, 'Hơng' is Hương (lost-soft-hyphen.ts).
  // An ASCII cell of such a sheet ('Hng ', cleaned here rather than clean already) is TCVN3 text too, as in restoredAscii.
  let doubtful: readonly string[] = [];
  const tcvn3 = conversion.used.has('tcvn3') || conversion.used.has('tcvn3-capitals');
  const asciiOfLostSheet = !tcvn3 && context.lostSoftHyphen === true && !hasNonAscii(value);
  // A cell decoded from TCVN3 that kept a soft hyphen kept its ư; one read as ASCII lost any it had to cleanText.
  if ((tcvn3 && !raw.includes('\u00ad')) || asciiOfLostSheet) {
    const restored = restoreLostSoftHyphen(value, context.lostSoftHyphen === true);
    if (asciiOfLostSheet && (restored.text !== value || restored.doubtful.length > 0)) conversion.used.add('tcvn3');
    value = restored.text;
    doubtful = restored.doubtful;
  }
  return ok(value, findingsFor(raw, value, conversion, doubtful));
}


/** A clean ASCII cell of a sheet whose TCVN3 lost its ư: 'Hng' is TCVN3 text too, read as Hưng. */
function restoredAscii(text: string): Normalized<string> {
  const restored = restoreLostSoftHyphen(text, true);
  if (restored.text === text && restored.doubtful.length === 0) return ok(text);
  const conversion = newConversion();
  conversion.used.add('tcvn3');
  return ok(restored.text, findingsFor(text, restored.text, conversion, restored.doubtful));
}
