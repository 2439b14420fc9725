import { normalizeText } from '../normalize/text/normalize-text.js';
import type { AliasIndex } from './alias-index.js';
import type { DetectedHeader } from './header-detect.js';
import { foldHeader } from './header-text.js';
import type { SheetRow } from './sheet-source.js';

/** Why a row below the header is not a register entry. */
export type SkipReason = 'blank' | 'repeated-header' | 'column-numbers' | 'footer' | 'section-title';

/** At most this many filled cells makes a row "sparse": a signature block, a total, a title. */
const SPARSE_CELLS = 3;

/** Folded phrases of signature blocks and totals under a register (Circular 04/2020/TT-BTP forms). */
const FOOTER_PHRASE =
  /\b(nguoi lap bieu|nguoi lap|nguoi ghi so|nguoi kiem tra|can bo tu phap|cong chuc tu phap|pho chu tich|chu tich|ky ten|ky ghi ro ho ten|ky va ghi ro ho ten|ky dong dau|xac nhan|tong cong|tong so|thu truong|so nay co|ngay thang nam)\b|^cong\b/;
/** 'Tam Hợp, ngày 31 tháng 12 năm 2015' at the foot of a page. */
const PLACE_AND_DATE = /(^|\s)ngay \d{1,2} thang \d{1,2} nam \d{2,4}$/;
/** The same with a place before the date: a footer even under a date column, where a bare date in words is a date. */
const PLACE_BEFORE_DATE = /\S\s+ngay \d{1,2} thang \d{1,2} nam \d{2,4}$/;
const COLUMN_NUMBER = /^\(?\s*(\d{1,2})\s*\)?$/;
/** Columns of the register's numbers and dates (STT, Số, dates, years of birth). */
const DATE_OR_NUMBER_KEY = /^(stt|registration\.number|registration\.date)$|(Date|Year)$/;
/** A person's name, folded: two to seven words of letters. */
const FOLDED_NAME = /^[a-z]+( [a-z]+){1,6}$/;

/**
 * Classifies rows below a detected header: data, or skipped with a reason.
 * Once a signature block starts, the sparse rows after it (signers' names,
 * seals) are footer too, until a row as full as an entry appears, or an entry
 * however sparse: a person's name under a name column with a date or number
 * under a date or number column, which no footer line has (a footer's words
 * sit in one or two cells: a title, a signer's name, a place and date).
 */
export class RowClassifier {
  private inFooter = false;
  private readonly sttColumn: number | undefined;
  private readonly nameColumns: Set<number>;
  private readonly dateOrNumberColumns: Set<number>;

  constructor(
    private readonly header: DetectedHeader,
    private readonly index: AliasIndex,
  ) {
    const entries = [...header.keys.entries()];
    this.sttColumn = entries.find(([, key]) => key === 'stt')?.[0];
    this.nameColumns = new Set(entries.filter(([, key]) => key.endsWith('.fullName')).map(([column]) => column));
    this.dateOrNumberColumns = new Set(entries.filter(([, key]) => DATE_OR_NUMBER_KEY.test(key)).map(([column]) => column));
  }

  classify(row: SheetRow): SkipReason | 'data' {
    const filled = filledColumns(row);
    if (filled.length === 0) return 'blank';
    // A template row numbered in advance and never filled in.
    const only = filled.length === 1 ? filled[0] : undefined;
    if (only !== undefined && only === this.sttColumn && /^\d+\.?$/.test(row.cells[only]?.text.trim() ?? '')) return 'blank';
    if (this.isColumnNumbering(row, filled)) return 'column-numbers';
    if (this.isRepeatedHeader(row)) return 'repeated-header';
    if (filled.length > SPARSE_CELLS) {
      this.inFooter = false;
      return 'data';
    }
    const texts = filled.map((column) => foldedText(row, column));
    if (this.looksLikeEntry(filled, texts)) {
      this.inFooter = false;
      return 'data';
    }
    if (texts.some((text) => FOOTER_PHRASE.test(text) || PLACE_AND_DATE.test(text))) {
      this.inFooter = true;
      return 'footer';
    }
    if (this.inFooter) return 'footer';
    if (only !== undefined && !this.nameColumns.has(only) && !/^\d+$/.test(texts[0] ?? '')) {
      return 'section-title';
    }
    return 'data';
  }

  /**
   * A row above the header that is an entry all the same (entries typed above
   * the header, which was printed again lower): it must be read, not taken for a title.
   */
  isEntry(row: SheetRow): boolean {
    const filled = filledColumns(row);
    if (filled.length === 0 || this.isColumnNumbering(row, filled) || this.isRepeatedHeader(row)) return false;
    return this.looksLikeEntry(filled, filled.map((column) => foldedText(row, column)));
  }

  /** A person's name under a name column and a date or number under a date or number column (`texts`: the filled cells folded). */
  private looksLikeEntry(filled: readonly number[], texts: readonly string[]): boolean {
    let name = false;
    let dateOrNumber = false;
    filled.forEach((column, at) => {
      const text = texts[at] ?? '';
      if (FOOTER_PHRASE.test(text)) return;
      if (this.nameColumns.has(column) && FOLDED_NAME.test(text)) name = true;
      else if (this.dateOrNumberColumns.has(column) && /\d/.test(text) && !PLACE_BEFORE_DATE.test(text)) dateOrNumber = true;
    });
    return name && dateOrNumber;
  }

  private isColumnNumbering(row: SheetRow, filled: number[]): boolean {
    if (filled.length < 3) return false;
    let previous = 0;
    for (const column of filled) {
      const match = COLUMN_NUMBER.exec(row.cells[column]?.text.trim() ?? '');
      const number = match ? Number(match[1]) : NaN;
      if (!(number > previous)) return false;
      previous = number;
    }
    return true;
  }

  private isRepeatedHeader(row: SheetRow): boolean {
    // Entries carry a number in STT; only rows without one can be a header printed again.
    const stt = this.sttColumn === undefined ? undefined : row.cells[this.sttColumn]?.text.trim();
    if (stt && /^\d+$/.test(stt)) return false;
    let matched = 0;
    for (const [column, cell] of row.cells.entries()) {
      if (!cell) continue;
      const text = normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value;
      if (this.index.lookup(foldHeader(text), text)?.confidence === 1) matched++;
      if (matched >= 3 && matched >= this.header.keys.size * 0.3) return true;
      if (column > 200) break;
    }
    return false;
  }
}

/** Columns of the row's non-empty cells. */
function filledColumns(row: SheetRow): number[] {
  const filled: number[] = [];
  const { cells } = row;
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column];
    if (cell && hasContent(cell.text)) filled.push(column);
  }
  return filled;
}

/** Same as `text.trim() !== ''` (\s is trim's whitespace), without copying the text. */
function hasContent(text: string): boolean {
  const first = text.charCodeAt(0); // NaN for ''
  return (first > 0x20 && first < 0x7f) || /\S/.test(text);
}

function foldedText(row: SheetRow, column: number): string {
  const cell = row.cells[column];
  if (!cell) return '';
  return foldHeader(normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value);
}
