import { normalizeText } from '../normalize/text/normalize-text.js';
import type { FontEncoding } from '../normalize/text/legacy-encoding.js';
import { rowLegacyEncoding } from '../normalize/text/row-encoding.js';
import { isKnownSurname } from '../normalize/name/honorific.js';
import { decodeXmlEscapes, foldHeader } from './header-text.js';
import type { SheetRow } from './sheet-source.js';
import type { SourceCell } from './source-cell.js';

/** The cells of one row read as header labels. */
export interface HeaderRowText {
  rowNumber: number;
  /** Label per column as written, decoded and cleaned ('' for an empty cell). */
  texts: string[];
  /** foldHeader of each label (with its bracketed words when that makes it an alias: 'Họ và tên (chồng)'). */
  folds: string[];
  /** The legacy font encoding the row as a whole was typed in (its labels are read in it), or null. */
  encoding: FontEncoding | null;
}

const NOT_BLANK = /\S/;
/**
 * A lower-case letter (with its marks, as Windows-1258 decodes them) right before a capital, or an
 * abbreviation in capitals right before a capitalised word ('SoCMNDChong', 'CMNDVo').
 */
const CAMEL_CASE = /\p{Ll}\p{M}*\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;
const CAMEL_CASE_WORDS = /(\p{Ll}\p{M}*|\p{Lu}(?=\p{Lu}\p{Ll}))(?=\p{Lu})/gu;

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

  /** `isAlias`: whether a fold is an alias of some type read, to keep a label's bracketed words ('Họ và tên (chồng)'). */
  constructor(
    private readonly rows: readonly SheetRow[],
    private readonly isAlias: (fold: string) => boolean = () => false,
  ) {}

  get length(): number {
    return this.rows.length;
  }

  /** How many columns hold something in rows `first` to `last`: no candidate of them has more labels. */
  filledColumns(first: number, last = first): number {
    let width = 0;
    for (let i = first; i <= last; i++) width = Math.max(width, this.rows[i]?.cells.length ?? 0);
    let filled = 0;
    for (let column = 0; column < width; column++) {
      for (let i = first; i <= last; i++) {
        if (hasText(this.rows[i]?.cells[column])) {
          filled++;
          break;
        }
      }
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
    // 'Chồng: Nguyễn Văn An': a name typed after its role is an entry's value, never a label (a sub-label of 'Họ và tên').
    const texts = row.cells.map((cell) => {
      const text = this.labelText(cell, encoding);
      return isLabelledName(text) ? '' : text;
    });
    return { rowNumber: row.rowNumber, texts, folds: texts.map((text) => this.fold(text)), encoding };
  }

  /** normalizeText of a cell in its row's encoding, kept by font, encoding and text (not for rich text). */
  private labelText(cell: SourceCell | undefined, encoding: FontEncoding | null): string {
    if (!cell) return '';
    // '_x000D_' escapes are decoded first, so that normalizeText treats them as the line breaks they are.
    if (cell.runs !== undefined) {
      const runs = cell.runs.map((run) => ({ ...run, text: decodeXmlEscapes(run.text) }));
      return normalizeText({ text: decodeXmlEscapes(cell.text), font: cell.font, runs }, { encoding }).value;
    }
    const key = `${cell.font ?? ''}\u0000${encoding ?? ''}\u0000${cell.text}`;
    let text = this.labels.get(key);
    if (text === undefined) this.labels.set(key, (text = normalizeText({ text: decodeXmlEscapes(cell.text), font: cell.font }, { encoding }).value));
    return text;
  }

  private fold(text: string): string {
    if (text === '') return '';
    let folded = this.folds.get(text);
    if (folded === undefined) this.folds.set(text, (folded = this.foldLabel(text)));
    return folded;
  }

  /**
   * A bracket usually holds a remark ('Số định danh cá nhân (nếu có)'), but may
   * name the person ('Họ và tên (chồng)', 'Ngày sinh (vợ)'): the words in brackets
   * are kept when the label is then an alias.
   */
  private foldLabel(text: string): string {
    const folded = foldHeader(text);
    // A field name a database tool exports ('HoTenMe', 'NgayDangKy', 'SoDinhDanh', 'SoCMNDChong'): its
    // words told by their capitals, taken only when they then make an alias (no alias is written so).
    if (CAMEL_CASE.test(text) && !this.isAlias(folded)) {
      const words = foldHeader(text.replace(CAMEL_CASE_WORDS, '$1 '));
      if (this.isAlias(words)) return words;
    }
    if (!text.includes('(')) return folded;
    const kept = foldHeader(text, true);
    return kept !== folded && this.isAlias(kept) ? kept : folded;
  }
}

/** A person's role, then a colon or dash, then a whole name led by a known family name, each word capitalised. */
const LABELLED_NAME = /^(?:bên chồng|bên vợ|người chồng|người vợ|chồng|vợ|cha|mẹ|bố)\s*[:\-–—]+\s*((?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*)$/iu;

/** 'Chồng: Nguyễn Văn An', 'Vợ - Trần Thị Bình', 'Mẹ: Lê Thị Hoa' (not 'Chồng: Họ và tên'). */
function isLabelledName(text: string): boolean {
  const name = LABELLED_NAME.exec(text)?.[1];
  return name !== undefined && isKnownSurname(name.slice(0, name.search(/\s/)));
}

/** A cell whose label cannot be empty: normalizeText leaves blank text blank. */
function hasText(cell: SourceCell | undefined): boolean {
  return cell !== undefined && NOT_BLANK.test(cell.text);
}
