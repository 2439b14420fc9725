/**
 * The legacy font encoding a whole row was typed in. One cell often cannot
 * tell: TCVN3 'Sè' (Số), 'Ghi chó' (Ghi chú), 'Vò' (Vũ) and VNI 'Soá' (Số),
 * 'Choàng' (Chồng) read as Vietnamese syllables too, so without the font a CSV
 * export drops they stay undecoded. The row can tell: a typist used one
 * keyboard, and its other cells ('Hä vµ tªn', 'N÷', 'ThÞ') show which.
 */
import type { BoundedMemo } from '../memo/bounded-memo.js';
import { convertRuns, newConversion } from './convert-runs.js';
import type { FontEncoding } from './legacy-encoding.js';
import { readTextSource, type TextRun } from './read-text-source.js';
import { COMBINING_MARK, REAL_UNICODE_LETTER } from './vietnamese-letters.js';
import { hasNonAscii } from './ascii.js';

/** A row needs at least this many cells decoded from one encoding on their own. */
const MIN_DECODED_CELLS = 2;

/** Longer cells (remarks) are rarely repeated: their evidence is not kept. */
const MAX_KEPT_LENGTH = 200;

/** What one cell says about its row's encoding. */
export type CellEncodingEvidence = FontEncoding | 'against' | 'none';

/** Evidence of font-less cells by text (a pure function of it): registers repeat places, nationalities, relations. */
export type EvidenceMemo = BoundedMemo<string, CellEncodingEvidence>;

/** What one cell says about its row's encoding, judged alone (its font included). */
function cellEvidence(runs: readonly TextRun[], raw: string): CellEncodingEvidence {
  // Unicode Vietnamese (or NFD) says the row is not in a font encoding.
  if (REAL_UNICODE_LETTER.test(raw) || COMBINING_MARK.test(raw)) return 'against';
  const conversion = newConversion();
  const read = convertRuns(runs, conversion);
  // UTF-8 mojibake of legacy text ('BÃ¨', 'NguyÃ”n': a TCVN3 CSV exported as UTF-8, opened again as
  // Windows-1252) says what its re-read text says.
  const used = conversion.used.size === 1 && conversion.used.has('utf8-mojibake') ? reread(read) : conversion.used;
  if (used.has('tcvn3') || used.has('tcvn3-capitals')) return used.has('vni') ? 'against' : 'tcvn3';
  if (used.has('vni')) return 'vni';
  // Code-page mojibake is another kind of file; nothing decoded is no evidence.
  return used.size > 0 ? 'against' : 'none';
}

/** The encodings a re-read UTF-8 mojibake cell decodes from; itself ('against') when none. */
function reread(text: string): ReadonlySet<string> {
  const conversion = newConversion();
  convertRuns([{ text, font: undefined }], conversion);
  return conversion.used.has('tcvn3') || conversion.used.has('tcvn3-capitals') || conversion.used.has('vni') ? conversion.used : new Set(['utf8-mojibake']);
}

/** The runs of a cell: plain strings and cells without rich text directly, anything else as normalizeText reads it. */
function cellRuns(source: unknown): readonly TextRun[] {
  if (typeof source === 'string') return [{ text: source, font: undefined }];
  try {
    if (typeof source === 'object' && source !== null && !('runs' in source && source.runs !== undefined)) {
      const text = 'text' in source ? source.text : undefined;
      const font = 'font' in source ? source.font : undefined;
      if (typeof text === 'string' && (font === undefined || typeof font === 'string')) return [{ text, font }];
    }
  } catch {
    // Throwing getters: readTextSource reads such a cell as empty.
  }
  return readTextSource(source);
}

/**
 * The font encoding (TCVN3 or VNI) a row of cells was typed in, or null. Yes
 * when at least two cells decode from it on their own and they outnumber the
 * cells that speak against it (Unicode Vietnamese, another encoding): then
 * normalizeText(cell, { encoding }) reads the row's ambiguous cells the same way.
 * A Unicode row never qualifies — its cells hold letters no legacy font produces.
 * Stops reading cells once the rest cannot change the answer. With a memo,
 * font-less cells' evidence is kept by text.
 */
export function rowLegacyEncoding(cells: Iterable<unknown>, memo?: EvidenceMemo): FontEncoding | null {
  // Only cells with a non-ASCII character can say anything: the others are not even looked at again.
  const speaking: { runs: readonly TextRun[]; raw: string }[] = [];
  for (const cell of cells) {
    if (cell === undefined || cell === null) continue;
    const runs = cellRuns(cell);
    const raw = runs.length === 1 ? (runs[0]?.text ?? '') : runs.map((run) => run.text).join('');
    if (hasNonAscii(raw)) speaking.push({ runs, raw });
  }
  let tcvn3 = 0;
  let vni = 0;
  let against = 0;
  for (let i = 0; i < speaking.length; i++) {
    const { runs, raw } = speaking[i]!;
    const kept = memo !== undefined && runs.length === 1 && runs[0]?.font === undefined && raw.length <= MAX_KEPT_LENGTH;
    const evidence = kept ? memoized(memo, runs, raw) : cellEvidence(runs, raw);
    if (evidence === 'tcvn3') tcvn3++;
    else if (evidence === 'vni') vni++;
    else if (evidence === 'against') against++;
    const rest = speaking.length - i - 1;
    if (Math.max(tcvn3, vni) + rest <= against) return null;
    const leader = tcvn3 > vni ? tcvn3 : vni;
    if (leader >= MIN_DECODED_CELLS && leader > against + Math.min(tcvn3, vni) + rest) return tcvn3 > vni ? 'tcvn3' : 'vni';
  }
  const [encoding, count, other] = tcvn3 >= vni ? (['tcvn3', tcvn3, vni] as const) : (['vni', vni, tcvn3] as const);
  return count >= MIN_DECODED_CELLS && count > against + other ? encoding : null;
}

function memoized(memo: EvidenceMemo, runs: readonly TextRun[], raw: string): CellEncodingEvidence {
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const evidence = cellEvidence(runs, raw);
  return memo.set(raw, evidence);
}
