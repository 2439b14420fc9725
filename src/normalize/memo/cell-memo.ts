/**
 * Memo of text cells by font and text, and the text cleaner's fast path. A
 * text cell's answer depends on its text and font (normalizeText) and on the
 * FieldMemo's options; cells with rich-text runs or long texts are not kept.
 */
import type { SourceCell } from '../../ingest/source-cell.js';
import type { Finding, Normalized } from '../finding.js';
import { isCleanTextCell, normalizeText } from '../text/normalize-text.js';
import { BoundedMemo } from './bounded-memo.js';
import { frozen } from './frozen.js';

/** A text cell's answers: the text cleaner's, then (unless nothing was left) a kind's normalizer's. */
export interface CellReading<T> {
  text: Normalized<string>;
  /** Null when the cleaned text is empty: the kind's normalizer is not called. */
  value: Normalized<T> | null;
}

/** Longer texts (remarks, notes) are rarely repeated: not worth keeping. */
export const MAX_KEY_LENGTH = 200;
/** Distinct fonts whose cells are kept per memo (a register uses one or two); cells in further fonts are normalized afresh. */
const MAX_FONTS = 4;

/** The findings of a clean cell: none (one array for all, frozen so nobody can add to it). */
const NO_FINDINGS: Finding[] = [];
Object.freeze(NO_FINDINGS);

/** Memo of one kind of text cell, by font then cell text; at most MAX_FONTS × capacity entries. */
export class CellMemo<V> {
  private readonly byFont = new Map<string | undefined, BoundedMemo<string, V>>();
  /** The last font asked for and its memo: a column is usually typed in one font. */
  private lastFont: string | undefined;
  private lastMemo: BoundedMemo<string, V> | undefined;

  /** `capacity` 0 keeps nothing. */
  constructor(private readonly capacity: number) {}

  /** The memo for this cell, or undefined when the cell is not kept. */
  of(cell: SourceCell): BoundedMemo<string, V> | undefined {
    if (this.capacity === 0 || cell.runs !== undefined || cell.text.length > MAX_KEY_LENGTH) return undefined;
    // A cell read in its row's encoding, or as TCVN3 that lost its ư, is kept apart from the same text without.
    const read = cell.encoding === undefined ? cell.font : `${cell.font ?? ''}\u0000${cell.encoding}`;
    const font = cell.lostSoftHyphen === undefined ? read : `${read ?? ''}\u0001`;
    if (this.lastMemo !== undefined && font === this.lastFont) return this.lastMemo;
    let memo = this.byFont.get(font);
    if (memo === undefined) {
      if (this.byFont.size >= MAX_FONTS) return undefined;
      memo = new BoundedMemo(this.capacity);
      this.byFont.set(font, memo);
    }
    this.lastFont = font;
    this.lastMemo = memo;
    return memo;
  }

  clear(): void {
    this.byFont.clear();
    this.lastMemo = undefined;
  }
}

/** normalizeText of a cell; the text itself (no copy, no findings) when normalizeText's first test passes. */
export function cleanText(cell: SourceCell): Normalized<string> {
  if (cell.runs === undefined && cell.lostSoftHyphen === undefined && isCleanTextCell(cell.text, cell.font, cell.encoding)) return { value: cell.text, findings: NO_FINDINGS };
  return normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }, { encoding: cell.encoding ?? null, lostSoftHyphen: cell.lostSoftHyphen === true });
}

export function frozenReading<T>(reading: CellReading<T>): CellReading<T> {
  frozen(reading.text);
  if (reading.value !== null) frozen(reading.value);
  return Object.freeze(reading);
}

/** A kind's answers for a text cell: kept ones, or the text cleaner's then `normalize`'s (given the cleaned text and its reading), kept frozen. */
export function readCell<T>(cellMemo: CellMemo<CellReading<T>>, cell: SourceCell, normalize: (text: string, cleaned: Normalized<string>) => Normalized<T>): CellReading<T> {
  const memo = cellMemo.of(cell);
  const known = memo?.get(cell.text);
  if (known !== undefined) return known;
  const text = cleanText(cell);
  const reading: CellReading<T> = { text, value: text.value === '' ? null : normalize(text.value, text) };
  return memo === undefined || !memo.storing ? reading : memo.set(cell.text, frozenReading(reading));
}

/** normalizeText of a cell, kept (in the memo `memoOf` gives for the cell's column) only for cells the fast path does not settle. */
export function readTextCell(memoOf: (column: string) => CellMemo<Normalized<string>>, cell: SourceCell): Normalized<string> {
  if (cell.runs === undefined && cell.lostSoftHyphen === undefined && isCleanTextCell(cell.text, cell.font, cell.encoding)) return { value: cell.text, findings: NO_FINDINGS };
  const memo = memoOf(cell.column).of(cell);
  if (memo === undefined) return cleanText(cell);
  const known = memo.get(cell.text);
  if (known !== undefined) return known;
  return memo.storing ? memo.set(cell.text, frozen(cleanText(cell))) : cleanText(cell);
}
