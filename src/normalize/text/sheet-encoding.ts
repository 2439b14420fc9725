/**
 * What a sheet's first entries say about how its text was typed, for the cells
 * one cell alone cannot settle (legacy-encodings.md §2, §5):
 *
 * - A legacy font name that does not tell the truth: a Unicode book re-formatted
 *   in VNI-Times or .VnTime (Unikey converted the text, the font stayed). Its
 *   cells hold letters only Unicode has (ă ơ ư đ ạ …) and none reads as legacy
 *   on its own, so 'Chu Thu Hoà' in that font is Unicode too, not VNI 'Chu Thu Hồ'.
 * - Windows-1258 read as Windows-1252 (a CP1258 CSV opened in Excel and saved as
 *   a workbook): 'Vãn' beside 'NguyêÞn' is 'Văn', as the same book read as a
 *   CP1258 CSV gives it.
 * - TCVN3 whose ư (U+00AD) a clean-up tool stripped (§3.5): once a font's cells
 *   show it ('H¬ng', 'Hng'), 'Th' and 'L¬ng V¨n Hng' of every cell in that font
 *   are read with the ư restored, and 'Lu' is reported wherever it stands.
 */
import { convertRuns, isLegacyFont, newConversion } from './convert-runs.js';
import { detectLegacyEncoding } from './detect-legacy-encoding.js';
import { fontFamily } from './font-family.js';
import type { ContextEncoding } from './legacy-encoding.js';
import { decodeMixedWords } from './mixed-words.js';
import { restoreLostSoftHyphen } from './lost-soft-hyphen.js';
import { COMBINING_MARK, REAL_UNICODE_LETTER } from './vietnamese-letters.js';
import { hasNonAscii } from './ascii.js';

/** A cell as the evidence reads it: its text, its font, its rich-text runs. */
export interface SheetTextCell {
  text: string;
  font?: string;
  runs?: { text: string; font?: string }[];
}

export interface SheetTextEvidence {
  /** Legacy font names (as the cells carry them) whose cells are Unicode text in this sheet. */
  unicodeFonts: ReadonlySet<string>;
  /** The sheet's cells in no legacy font are Windows-1258 read as Windows-1252. */
  cp1258: boolean;
  /** Fonts (as the cells carry them; '' for none) whose TCVN3 cells lost their ư (lost-soft-hyphen.ts). */
  lostSoftHyphenFonts: ReadonlySet<string>;
}

/** Cells needed before a sheet-wide verdict is believed. */
const MIN_CELLS = 2;
/** A font is Unicode when its Unicode cells outnumber its legacy ones this many times. */
const UNICODE_FONT_MARGIN = 2;
const LETTER = /\p{L}/u;

export const NO_SHEET_EVIDENCE: SheetTextEvidence = Object.freeze({ unicodeFonts: new Set<string>(), cp1258: false, lostSoftHyphenFonts: new Set<string>() });

/**
 * The sheet's evidence from a sample of its data cells (the first entries): a
 * legacy font is Unicode when at least MIN_CELLS of its cells hold Unicode-only
 * letters and they outnumber UNICODE_FONT_MARGIN times the cells that read as
 * legacy in it; the sheet is CP1258 when at least MIN_CELLS cells in no legacy
 * font are CP1258 mojibake on content alone and they outnumber the cells that
 * are Unicode or another encoding; a font's TCVN3 cells lost their ư when at least
 * MIN_CELLS of their words need it back on their own ('Hơng', 'Hng') and they
 * outnumber the cells that kept a U+00AD.
 */
export function sheetTextEvidence(cells: Iterable<SheetTextCell | undefined>): SheetTextEvidence {
  const byFont = new Map<string, { unicode: number; legacy: number }>();
  const lostByFont = new Map<string, { lost: number; kept: number }>();
  const countLost = (text: string, font: string | undefined): void => {
    const counts = lostByFont.get(font ?? '') ?? { lost: 0, kept: 0 };
    if (text.includes('\u00ad')) counts.kept++;
    else counts.lost += lostSoftHyphens(text, font);
    lostByFont.set(font ?? '', counts);
  };
  let cp1258 = 0;
  let against = 0;
  for (const cell of cells) {
    if (cell === undefined || !hasNonAscii(cell.text) || cell.runs !== undefined) continue;
    const { text, font } = cell;
    const unicode = REAL_UNICODE_LETTER.test(text) || COMBINING_MARK.test(text);
    if (font !== undefined && isLegacyFont(font)) {
      const counts = byFont.get(font) ?? { unicode: 0, legacy: 0 };
      if (readsAsLegacy(text, font, unicode)) counts.legacy++;
      else if (unicode) counts.unicode++;
      byFont.set(font, counts);
      const family = fontFamily(font);
      if (!unicode && (family === 'tcvn3' || family === 'tcvn3-capitals')) countLost(text, font);
      continue;
    }
    if (unicode) {
      against++;
      continue;
    }
    const encoding = detectLegacyEncoding(text);
    if (encoding === 'cp1258') cp1258++;
    else if (encoding !== null) against++;
    if (encoding === 'tcvn3') countLost(text, font);
  }
  const lostSoftHyphenFonts = new Set<string>();
  for (const [font, counts] of lostByFont) {
    if (counts.lost >= MIN_CELLS && counts.lost > counts.kept) lostSoftHyphenFonts.add(font);
  }
  const unicodeFonts = new Set<string>();
  for (const [font, counts] of byFont) {
    if (counts.unicode >= MIN_CELLS && counts.unicode > UNICODE_FONT_MARGIN * counts.legacy) unicodeFonts.add(font);
  }
  if (unicodeFonts.size === 0 && lostSoftHyphenFonts.size === 0 && (cp1258 < MIN_CELLS || cp1258 <= against)) return NO_SHEET_EVIDENCE;
  return { unicodeFonts, cp1258: cp1258 >= MIN_CELLS && cp1258 > against, lostSoftHyphenFonts };
}

/** The words of a TCVN3 cell that lost their ư and show it on their own ('H¬ng', 'Hng'). */
function lostSoftHyphens(text: string, font: string | undefined): number {
  const conversion = newConversion();
  const decoded = convertRuns([{ text, font }], conversion);
  if (!conversion.used.has('tcvn3') && !conversion.used.has('tcvn3-capitals')) return 0;
  return restoreLostSoftHyphen(decoded, true).certain;
}

/** Does a cell in a legacy font read as that font's encoding on its own (word by word when partly re-typed)? */
function readsAsLegacy(text: string, font: string, unicode: boolean): boolean {
  const family = fontFamily(font);
  if (unicode) return (family === 'tcvn3' || family === 'tcvn3-capitals' || family === 'vni') && decodeMixedWords(text, family).decoded;
  // On content alone, without the font's tie-breaks: 'Chu Thu Hoà' says nothing, 'Nguyeãn' does.
  const conversion = newConversion();
  convertRuns([{ text, font: undefined }], conversion);
  return conversion.used.size > 0;
}

/**
 * A cell as its sheet's evidence reads it (a copy; the cell itself when nothing
 * changes): a font that does not tell the truth in this sheet is dropped (the
 * content alone then decides, as for a CSV's cell), and a cell in no legacy font
 * of a CP1258 sheet is read as Windows-1258, and a cell in a font whose TCVN3
 * lost its ư is marked so.
 */
export function inSheetEncoding<C extends SheetTextCell & { encoding?: ContextEncoding; lostSoftHyphen?: true }>(cell: C, evidence: SheetTextEvidence): C {
  if (evidence === NO_SHEET_EVIDENCE) return cell;
  const lost = evidence.lostSoftHyphenFonts.size > 0 && evidence.lostSoftHyphenFonts.has(cell.font ?? '') && LETTER.test(cell.text);
  if (!hasNonAscii(cell.text)) return lost ? { ...cell, lostSoftHyphen: true } : cell;
  let read = lost ? { ...cell, lostSoftHyphen: true as const } : cell;
  const { unicodeFonts } = evidence;
  if (cell.font !== undefined && unicodeFonts.has(cell.font)) {
    const { font: _font, ...rest } = cell;
    read = rest as C;
  }
  if (read.runs !== undefined && read.runs.some((run) => run.font !== undefined && unicodeFonts.has(run.font))) {
    read = { ...read, runs: read.runs.map((run) => (run.font !== undefined && unicodeFonts.has(run.font) ? { text: run.text } : run)) };
  }
  if (evidence.cp1258 && read.encoding === undefined && read.runs === undefined && !isLegacyFont(read.font)) read = { ...read, encoding: 'cp1258' };
  return read;
}
