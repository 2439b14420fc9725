import { normalizeText } from '../normalize/text/normalize-text.js';
import type { FontEncoding } from '../normalize/text/legacy-encoding.js';
import { rowLegacyEncoding } from '../normalize/text/row-encoding.js';
import { foldHeader } from './header-text.js';
import type { SheetRow } from './sheet-source.js';
import type { SourceCell } from './source-cell.js';

/** The cells of one row read as header labels. */
export interface HeaderRowText {
  rowNumber: number;
  /** Label per column as written, decoded and cleaned ('' for an empty cell). */
  texts: string[];
  /** foldHeader of each label. */
  folds: string[];
  /** The legacy font encoding the row as a whole was typed in (its labels are read in it), or null. */
  encoding: FontEncoding | null;
}

const NOT_BLANK = /\S/;

/**
 * The rows at the top of a sheet as header labels, each read when first asked
 * for. A row typed in a legacy font is read as a whole: in a CSV export, which
 * keeps no fonts, TCVN3 'sè' (Số) or 'ghi chó' (Ghi chú) and VNI 'Soá' look like
 * syllables of their own, but their row's other labels ('hä vµ tªn') show the
 * encoding, so they are decoded with it. Each distinct cell text is normalized
 * and folded once per sheet.
 */
export class HeaderRows {
  private readonly read: (HeaderRowText | undefined)[] = [];
  private readonly labels = new Map<string, string>();
  private readonly folds = new Map<string, string>();

  constructor(private readonly rows: readonly SheetRow[]) {}

  get length(): number {
    return this.rows.length;
  }

  /** How many columns hold something in row `i` or (if given) row `j`: no candidate of them has more labels. */
  filledColumns(i: number, j = i): number {
    const upper = this.rows[i]?.cells ?? [];
    const lower = this.rows[j]?.cells ?? [];
    let filled = 0;
    for (let column = 0; column < Math.max(upper.length, lower.length); column++) {
      if (hasText(upper[column]) || hasText(lower[column])) filled++;
    }
    return filled;
  }

  row(i: number): HeaderRowText {
    let row = this.read[i];
    if (row === undefined) this.read[i] = row = this.readRow(this.rows[i]!);
    return row;
  }

  private readRow(row: SheetRow): HeaderRowText {
    const encoding = rowLegacyEncoding(row.cells);
    const texts = row.cells.map((cell) => this.labelText(cell, encoding));
    return { rowNumber: row.rowNumber, texts, folds: texts.map((text) => this.fold(text)), encoding };
  }

  /** normalizeText of a cell in its row's encoding, kept by font, encoding and text (not for rich text). */
  private labelText(cell: SourceCell | undefined, encoding: FontEncoding | null): string {
    if (!cell) return '';
    if (cell.runs !== undefined) return normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }, { encoding }).value;
    const key = `${cell.font ?? ''}\u0000${encoding ?? ''}\u0000${cell.text}`;
    let text = this.labels.get(key);
    if (text === undefined) this.labels.set(key, (text = normalizeText({ text: cell.text, font: cell.font }, { encoding }).value));
    return text;
  }

  private fold(text: string): string {
    if (text === '') return '';
    let folded = this.folds.get(text);
    if (folded === undefined) this.folds.set(text, (folded = foldHeader(text)));
    return folded;
  }
}

/** A cell whose label cannot be empty: normalizeText leaves blank text blank. */
function hasText(cell: SourceCell | undefined): boolean {
  return cell !== undefined && NOT_BLANK.test(cell.text);
}
