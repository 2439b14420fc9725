import { foldText } from '../normalize/place/fold.js';
import { normalizeText } from '../normalize/text/normalize-text.js';
import type { AliasIndex } from './alias-index.js';
import type { DetectedHeader } from './header-detect.js';
import { foldHeader } from './header-text.js';
import { isNameAndBirthDateKey } from '../record-types/name-and-birth-date.js';
import { isSectionTitleText } from './section-title.js';
import { SURNAMES } from '../reference/name-lists.js';
import type { SheetRow } from './sheet-source.js';
import { isStroke, isUnusedWords, UNUSED_NUMBERS } from './unused-line.js';

/**
 * Why a row below the header is not a register entry. 'footer': a signature block, a total, or a
 * table of counts under the register ('Xã | Nam | Nữ | Cộng' over 'Hồ Sơn | 12 | 13 | 25'). 'remarks-continued': the
 * row carries on the remarks of the entry above (its text is read with that entry).
 * 'unused-line': a number of the book marked unused ('7 | Bỏ trống', '8, 9, 10 | Viết hỏng, bỏ').
 * 'example': a template's example line ('Nguyễn Văn A' born to 'Nguyễn Văn B' and 'Trần Thị C', or 'Ví dụ' in its remarks).
 */
export type SkipReason = 'blank' | 'repeated-header' | 'column-numbers' | 'footer' | 'section-title' | 'remarks-continued' | 'unused-line' | 'example';

/** At most this many filled cells makes a row "sparse": a signature block, a total, a title. */
const SPARSE_CELLS = 3;

/**
 * Folded phrases of signature blocks and totals under a register (Circular 04/2020/TT-BTP forms), with a running
 * total's 'Lũy kế' and a count's 'Số trường hợp …', which no name holds.
 */
const FOOTER_PHRASE =
  /\b(nguoi lap bieu|nguoi lap|nguoi ghi so|nguoi kiem tra|can bo tu phap|cong chuc tu phap|pho chu tich|chu tich|ky ten|ky ghi ro ho ten|ky va ghi ro ho ten|ky dong dau|xac nhan|tong cong|tong so|luy ke|so truong hop|thu truong|so nay co|ngay thang nam)\b|^cong\b/;
/** 'Tam Hợp, ngày 31 tháng 12 năm 2015' or 'Tam Hợp, ngày 31/12/2015' at the foot of a page. */
const PLACE_AND_DATE = /(^|\s)ngay \d{1,2} (thang )?\d{1,2} (nam )?\d{2,4}$/;
/** The same with a place before the date: a footer even under a date column, where a bare date is a date. */
const PLACE_BEFORE_DATE = /\S\s+ngay \d{1,2} (thang )?\d{1,2} (nam )?\d{2,4}$/;
/**
 * A footer's date line in words, alone or after a place ('Sơn Lôi, ngày 31 tháng 12 năm 2016');
 * a remark's date ('theo QĐ số 12 ngày 10/3/2017', 'ngày 10/3/2017') is typed otherwise.
 */
const FOOTER_DATE_LINE = /^[\p{L}\s,.]*\b(?:ngày|ngay)\s+\d{1,2}\s+(?:tháng|thang)\s+\d{1,2}\s+(?:năm|nam)\s+\d{2,4}\.?$/u;
/** 'Tổng: 12', 'Tổng | 12', 'Cộng tháng 1': a total, told by its accents from the names Tống and Công. */
const TOTAL_WORD = /^(tổng|cộng)(?![\p{L}\p{N}])/u;
/**
 * The heading of a summary table under the register ('THỐNG KÊ', 'Bảng tổng hợp', 'Thống kê số liệu năm 2016'), told
 * by its marks: no name is 'Thống Kê'. Typed from the name column, it would else be an entry named so.
 */
const SUMMARY_HEADING = /^(?:bảng |biểu )?(?:thống kê|tổng hợp)(?![\p{L}\p{N}])/u;
/** A count table's total column ('Cộng', 'Tổng số'), the whole cell: not 'Cộng hòa Pháp'. */
const TOTAL_HEADING = /^(tổng cộng|tổng số|tổng|cộng)$/u;
/** '10 trường hợp': a count of entries in a total line. */
const CASE_COUNT = /\d+ truong hop\b/;
/**
 * Signers' titles and the lines under them ('CÁN BỘ HỘ TỊCH', 'TM. ỦY BAN NHÂN DÂN XÃ',
 * 'Người thực hiện', '(Đã ký)'). Words an entry may hold too (a remark naming the Tư pháp
 * office), so they mark a footer only in a row with no name and no date of a person. 'UBND xã …'
 * alone is as much a title as a signer's: it opens no footer.
 */
const SIGNER_TEXT =
  /\b(can bo|cong chuc|ho tich|tu phap|chu tich|thu truong|ky ten|da ky|dong dau|ghi ro ho ten|truong (thon|ban|phong|cong an))\b|^(tm|kt|tl|tuq|nguoi)\b/;
/** A signer's title at a line's start ('người ghi sổ', 'cán bộ tư pháp'): a signature block even typed in lower case. */
const SIGNER_FIRST = /^(?:tm|kt|tl|tuq|nguoi|can bo|cong chuc|chu tich|thu truong|truong (?:thon|ban|phong|cong an))\b/;
/**
 * The bracketed note under a signer's title that SIGNER_TEXT leaves ('(Ký)', '(Chữ ký)', '(Ký, họ tên)',
 * '(Họ và tên)'), folded without its brackets; 'đăng ký' in a remark ('(đăng ký lại)') is no signature.
 */
const SIGNATURE_NOTE = /(?<!\bdang )\bky\b|^ho (va )?ten$/;
/** 'Hết trang 1', 'Chuyển sang trang sau': page-flow lines, never a person's name. */
const PAGE_LINE = /\b(sang trang|trang sau|trang truoc|trang tiep|het trang|het nam|het so|het quyen|tiep theo)\b/;
/** A page's number typed alone on a line, folded: 'Trang 2', 'Trang 2/5', 'Trang số: 02', 'Tờ số 3'. */
const PAGE_LABEL = /^(?:trang|to)(?: so)?\W*\d{1,3}(?:\W+\d{1,3})?$/;
/** One cell of a column-numbering row: '(1)', '1', 'A', 'Cột 1'. */
const COLUMN_LABEL = /^\(?\s*(?:[Cc](?:ột|ot)\s*)?(\d{1,2}|[A-Z])\s*\)?\.?$/;
/**
 * Whether a cell's text cannot match COLUMN_LABEL once composed and trimmed: its last character is ASCII
 * (NFC leaves it as typed, see mayEndWithInitial), no blank, and no figure, capital, ')' or '.' a label ends with.
 */
function endsOutsideColumnLabel(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (!(last < 0x80) || last <= 0x20) return false;
  return !((last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a) || last === 0x29 || last === 0x2e);
}
/** Columns of the register's numbers and dates (STT, Số, Số/quyển, dates, years of birth). */
const DATE_OR_NUMBER_KEY = /^(stt|registration\.number(?:AndBook)?|registration\.date)$|(Date|Year)$/;
/** Columns a person's name or a date is read from: a row with neither is no entry. */
const NAME_KEY = /\.(fullName|familyNamePart|middleNamePart)$/;
const DATE_KEY = /^registration\.date$|(Date|Year)(Male|Female)?$/;
/** A date as typed: figures, or words ('ngày 2 tháng 1 năm 2010', 'tháng ba năm 1950') with a year — not 'Nữ: 7'. */
const DATE_TEXT = /^(\d|(ngay|thang|nam|mong|mung|khoang|sinh|truoc|sau)\b.*\d)/;
/** Columns a template fills in advance or a clerk drags down the page: alone, they make no entry. */
const TEMPLATE_KEY = /^(stt|registration\.(number|numberAndBook|book|place))$|\.(ethnicity|nationality)$/;
/**
 * Columns a template's lines may be filled down with, the commune's usual values: the template's columns, places and
 * residences, codes, a death book's usual cause. Any other column (sex, ID, remarks) holds what one entry typed.
 */
const FILLED_DOWN_KEY = new RegExp(`${TEMPLATE_KEY.source}|(Place|residence|hometown|Code)$|^cause$`);
/** A person's name, folded: two to seven words of letters. */
const FOLDED_NAME = /^[a-z]+( [a-z]+){1,6}$/;
/** In a register that splits the name into 'Họ' | 'Chữ đệm' | 'Tên', the name column holds one word. */
const FOLDED_GIVEN_NAME = /^[a-z]+( [a-z]+){0,6}$/;
/**
 * A placeholder name of a template's example line: words, then one capital letter ('Nguyễn Văn A', 'Trần Thị C.'),
 * also typed in capitals as the forms ask names to be ('NGUYỄN VĂN A').
 */
const PLACEHOLDER_NAME = /^(?:\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+|\p{Lu}+(?: \p{Lu}+)+) [A-Z]\.?$/u;
/**
 * Whether a trimmed text may, once composed (NFC), end as PLACEHOLDER_NAME does: ' X' or ' X.', X a capital A–Z.
 * NFC leaves an ASCII tail as typed (no character composes with an ASCII one after it, and none decomposes to it
 * unless it is non-ASCII itself: the Kelvin sign is 'K'), so only an ASCII tail that differs is told here; a
 * non-ASCII one is left to the regex.
 */
function mayEndWithInitial(text: string): boolean {
  let end = text.length - 1;
  if (text.charCodeAt(end) === 0x2e) end--; // '.'
  const initial = text.charCodeAt(end);
  if (initial >= 0x80) return true;
  if (!(initial >= 0x41 && initial <= 0x5a)) return false;
  const before = text.charCodeAt(end - 1);
  return before >= 0x80 || before === 0x20;
}
/** A template's example line says so in its remarks ('Ví dụ', 'Dòng mẫu', '(ví dụ)'), folded. */
const EXAMPLE_REMARK = /^(vi du|dong mau|mau|dong vi du|vi du mau|mau nhap|vd)$/;
/** Signers side by side under a signature block: more filled cells than this and no date make an entry without one. */
const MAX_SIGNERS = 4;
/** The family names a signer's name opens with, folded as a cell's `folded` text is ('Nguyễn' → 'nguyen'). */
const FOLDED_SURNAMES: ReadonlySet<string> = new Set(SURNAMES.map((surname) => foldHeader(surname).trim()));
/** The title a signer's name may be typed under, folded ('Bà Nguyễn Thị Hà', 'Ông …', 'Đồng chí …', 'Đ/c …'). */
const SIGNER_NAME_TITLE = /^(?:ong|ba|dong chi|d c) /;
/** A row numbered in STT or Số with at least this many cells filled is an entry (a line filled in advance has a few defaults). */
const NUMBERED_ENTRY_CELLS = 6;
/** A page number alone in a cell: '3', '- 2 -', '(4)'. */
const PAGE_NUMBER = /^[\s(–-]*\d{1,3}[\s)–-]*$/;
/** An unused line holds its number, the mark, and at most the values a template fills in advance: no wider. */
const UNUSED_LINE_CELLS = 6;
/** A count in a summary table under the register ('12', '250'): figures only, no date's separators. */
const COUNT_TEXT = /^\s*\d{1,4}\s*$/;
/** Counts under a date or year column stay below this: from it on, a number there is a year or an Excel date serial. */
const DATE_COLUMN_COUNT_LIMIT = 1000;
/** A summary table's label ('Hồ Sơn', 'Cộng', 'Tháng 1'): short words, never an entry's line. */
const COUNT_LABEL_LENGTH = 40;

/** A filled cell read three ways: folded as a header, folded with bracketed words kept, lower case with accents. */
interface ReadCell {
  column: number;
  /** The cell's text as cleaned, trimmed, with its letter case. */
  text: string;
  folded: string;
  line: string;
  lower: string;
  bracketed: boolean;
  value: SheetRow['cells'][number];
}

/**
 * Classifies rows below a detected header: data, or skipped with a reason.
 * Once a signature block starts, the sparse rows after it (signers' names,
 * seals) are footer too, until a row with a date appears, or an entry however
 * sparse: a person's name under a name column with a date or number under a
 * date or number column, which no footer line has (a footer's words sit in a
 * few cells: titles, signers' names, a place and date). A row with neither a
 * person's name nor a date, however wide (a subtotal, four signers, a line
 * numbered or filled in advance), is no entry.
 */
export class RowClassifier {
  private inFooter = false;
  private readonly sttColumn: number | undefined;
  /** The remarks column ('Ghi chú'), if the register has one. */
  readonly remarksColumn: number | undefined;
  private readonly nameColumns: Set<number>;
  private readonly dateOrNumberColumns: Set<number>;
  private readonly contentNameColumns: Set<number>;
  /** The register splits names into 'Họ' | 'Chữ đệm' | 'Tên' (the name column holds the given name alone). */
  private readonly splitNames: boolean;
  private readonly dateColumns: Set<number>;
  private readonly templateColumns: Set<number>;
  private readonly numberColumns: Set<number>;
  /** Columns of a person's name (with a 'Họ tên, ngày sinh' one) or a date: an entry types one of them. */
  private readonly nameOrDateColumns: readonly number[];
  /** Columns no template fills down in advance (sex, ID, remarks): what they hold one entry typed. */
  private readonly entryOnlyColumns: readonly number[];
  /** Header label parts per column ('Bên chồng / Họ và tên' → both), folded: a header printed again repeats them. */
  private readonly labelParts: Map<number, Set<string>>;
  /** Every column's label parts: a header printed again without its merges may set a group label in a neighbouring column. */
  private readonly allLabelParts: Set<string>;

  constructor(
    private readonly header: DetectedHeader,
    private readonly index: AliasIndex,
  ) {
    const entries = [...header.keys.entries()];
    this.sttColumn = entries.find(([, key]) => key === 'stt')?.[0];
    this.remarksColumn = entries.find(([, key]) => key === 'remarks')?.[0];
    this.nameColumns = new Set(entries.filter(([, key]) => key.endsWith('.fullName') || isNameAndBirthDateKey(key)).map(([column]) => column));
    this.dateOrNumberColumns = new Set(entries.filter(([, key]) => DATE_OR_NUMBER_KEY.test(key)).map(([column]) => column));
    const columnsOf = (pattern: RegExp): Set<number> => new Set(entries.filter(([, key]) => pattern.test(key)).map(([column]) => column));
    this.contentNameColumns = columnsOf(NAME_KEY);
    this.splitNames = entries.some(([, key]) => key.endsWith('.familyNamePart'));
    this.dateColumns = columnsOf(DATE_KEY);
    this.templateColumns = columnsOf(TEMPLATE_KEY);
    this.numberColumns = columnsOf(/^(stt|registration\.number(?:AndBook)?)$/);
    this.nameOrDateColumns = [...new Set([...this.nameColumns, ...this.contentNameColumns, ...this.dateColumns])];
    this.entryOnlyColumns = entries.filter(([column, key]) => !FILLED_DOWN_KEY.test(key) && !this.nameOrDateColumns.includes(column)).map(([column]) => column);
    this.labelParts = new Map(
      [...header.labels].map(([column, label]) => [column, new Set([label, ...label.split(' / ')].map((part) => foldHeader(part)).filter((part) => part !== '' && !/\d/.test(part)))]),
    );
    this.allLabelParts = new Set([...this.labelParts.values()].flatMap((parts) => [...parts]));
  }

  classify(row: SheetRow): SkipReason | 'data' {
    const filled = filledColumns(row);
    if (filled.length === 0) return 'blank';
    // A template row numbered in advance and never filled in.
    const only = filled.length === 1 ? filled[0] : undefined;
    if (only !== undefined && only === this.sttColumn && /^\d+\.?$/.test(row.cells[only]?.text.trim() ?? '')) return 'blank';
    // A page number alone ('- 2 -', '3'), wherever it stands: no entry is a number alone.
    if (only !== undefined && PAGE_NUMBER.test(row.cells[only]?.text ?? '')) {
      if (this.numberColumns.has(only)) return 'blank';
      return this.inFooter ? 'footer' : 'section-title';
    }
    const heading = this.isColumnNumbering(row, filled) ? 'column-numbers' : this.isRepeatedHeader(row) ? 'repeated-header' : undefined;
    if (heading !== undefined) {
      // A header printed again opens a new page of entries: the footer above it has ended.
      this.inFooter = false;
      return heading;
    }
    // Before the entry tests: 'Bỏ trống' under the name beside a number would read as an entry. A line crossed
    // out cell by cell ('12 | x | x | … | x') is as wide as an entry and still holds only its number and the mark.
    if (filled.length <= UNUSED_LINE_CELLS || this.isCrossedOut(row, filled)) {
      const unused = this.unusedLine(row, filled);
      if (unused !== null) {
        // A numbered line carries on the book's entries: a footer above it has ended.
        if (unused === 'numbered') this.inFooter = false;
        return 'unused-line';
      }
    }
    // A table of counts under the register (per commune, per month): no name, only figures beside a label.
    if (filled.length >= 3 && this.isCountRow(row, filled)) return 'footer';
    if (this.isExampleRow(row)) return 'example';
    // A template's line whose formulas found nothing to show ('=VLOOKUP(…)' under the name and dates giving 0): no entry.
    if (this.typesOnlyZeros(row, filled)) return 'blank';
    // The common entry, told cheaply: numbered, wider than a line filled in advance, and typing a name or a date
    // (a template's lines dragged down with the commune's usual place, ethnicity and nationality type neither),
    // or what only an entry types (a sex, a remark: an entry whose name and dates are yet to be typed).
    if (!this.inFooter && filled.length >= NUMBERED_ENTRY_CELLS && this.isNumbered(row) && (this.fillsNameOrDateColumn(row) || this.typesEntryOnlyCell(row))) return 'data';
    if (this.looksLikeEntry(row, filled)) {
      this.inFooter = false;
      return 'data';
    }
    const cells = filled.map((column) => readCell(row, column));
    const sparse = filled.length <= SPARSE_CELLS;
    const content = this.personContent(cells);
    const noPerson = this.judgesContent() && !content.name && !content.date;
    if (cells.some(isFooterText) && (sparse || noPerson || this.isCountTableHeading(cells))) {
      this.inFooter = true;
      return 'footer';
    }
    if (noPerson) {
      // No person's name and no date: a signer's title or name, a total, a page number, a line
      // pre-numbered or pre-filled in advance, a sub-header — not an entry, whatever its width.
      if (this.inFooter || cells.some(isSignerText)) {
        this.inFooter = true;
        return 'footer';
      }
      if (cells.every((cell) => this.isTemplateValue(cell))) return 'blank';
      if (cells.filter((cell) => this.index.lookup(cell.folded, cell.value?.text ?? '') != null).length * 2 > cells.length && cells.length >= 2) {
        return 'repeated-header';
      }
      return 'section-title';
    }
    // Under a signature block, signers' names (even four of them) stay footer until a row has a date
    // or more cells than signers fill (an entry whose date is unknown: rejected for it, not skipped).
    if (this.inFooter && (sparse || (this.judgesContent() && !content.date && filled.length <= MAX_SIGNERS))) return 'footer';
    if (!sparse) return 'data';
    // Alone in a name column, only a known title's words ('QUÝ I', 'Đăng ký quá hạn'): a name typed alone is an entry.
    if (only !== undefined && !/^\d+$/.test(cells[0]?.folded ?? '') && (!this.nameColumns.has(only) || isSectionTitleText(cells[0]?.lower ?? ''))) {
      return 'section-title';
    }
    return 'data';
  }

  /**
   * A template's example line left in the sheet (the vendor's sample above the book, or a 'Mẫu' sheet): its
   * remarks say 'Ví dụ' / 'Dòng mẫu', or two names or more of its people are placeholders and none is a real
   * name ('Nguyễn Văn A' born to 'Nguyễn Văn B' and 'Trần Thị C'). An initial typed for one person's given name
   * ('Trần Thị B') is an entry's slip (NAME_ABBREVIATED), never two people's and nobody's full name.
   */
  private isExampleRow(row: SheetRow): boolean {
    const remarks = this.remarksColumn === undefined ? undefined : row.cells[this.remarksColumn];
    if (remarks !== undefined && /\S/.test(remarks.text) && EXAMPLE_REMARK.test(foldHeader(remarks.text).replace(/[()]/g, '').trim())) return true;
    let placeholders = 0;
    for (const column of this.nameColumns) {
      const trimmed = row.cells[column]?.text.trim();
      if (trimmed === undefined || trimmed === '') continue;
      // Nearly every name ends otherwise than an initial: told before the text is composed and the regex run.
      if (!mayEndWithInitial(trimmed) || !PLACEHOLDER_NAME.test(trimmed.normalize('NFC'))) return false;
      placeholders++;
    }
    return placeholders >= 2;
  }

  /**
   * A CSV's last line without a newline and with fewer fields than the line above
   * (CSV_FILE_TRUNCATED): an entry cut short, unless it is a line no entry begins
   * with — a footer, a title or page number ('- 2 -', 'Excel export 14/05/2019'), an
   * unused number's mark. A bare number alone ('12') may be an entry cut after its
   * number: read, and rejected for the cut.
   */
  classifyCutShort(row: SheetRow): SkipReason | 'data' {
    const kind = this.classify(row);
    if (kind === 'data') return 'data';
    const filled = filledColumns(row);
    return filled.length > 0 && filled.every((column) => /^\d+$/.test(row.cells[column]?.text.trim() ?? '')) ? 'data' : kind;
  }

  /**
   * 'numbered' or 'unmarked' for a line that only marks a number of the book unused: its
   * number in STT or Số, a mark in words ('Bỏ trống', '(không sử dụng)', 'Viết hỏng, bỏ')
   * in any other column — or beside the number a cross or a dash ('x', '---') — and
   * otherwise only values filled in advance (ethnicity, nationality). Null for any other
   * row: a name, a date or any other text makes it an entry's.
   */
  private unusedLine(row: SheetRow, filled: readonly number[]): 'numbered' | 'unmarked' | null {
    let numbered = false;
    let words = false;
    let stroke = false;
    for (const column of filled) {
      const cell = row.cells[column];
      if (cell === undefined) continue;
      if (this.numberColumns.has(column) && (typeof cell.value === 'number' || UNUSED_NUMBERS.test(cell.text.trim()))) numbered = true;
      // A number or a date is an entry's, and no mark begins with a figure: told before the text is read.
      else if (typeof cell.value === 'number' || cell.value instanceof Date || /^\s*\d/.test(cell.text)) return null;
      else if (isStroke(cell.text)) stroke = true;
      else if (isUnusedWords(readCell(row, column).lower)) words = true;
      else if (!this.templateColumns.has(column) || this.numberColumns.has(column)) return null;
    }
    if (words) return numbered ? 'numbered' : 'unmarked';
    return stroke && numbered ? 'numbered' : null;
  }

  /**
   * Whether the row types nothing but zeros where an entry has its names and dates, two at least, beside the
   * values a template fills in advance (number, ethnicity, nationality, place, residence): the lines below the
   * last entry of a template whose columns are formulas over another sheet ('=VLOOKUP(B30,Sheet2!A:B,2,0)',
   * '=Sheet2!F30'), each showing 0 — or a lookup's #N/A, beside no number in 'Số' — where nothing was found. A name or a date is never 0, and a line typing
   * anything an entry types (a name, a date, a sex word, an ID, a remark) is not this. Told at the name columns first.
   */
  private typesOnlyZeros(row: SheetRow, filled: readonly number[]): boolean {
    for (const column of this.nameColumns) {
      const text = row.cells[column]?.text;
      if (text !== undefined && hasContent(text) && !isNothingFound(text.trim())) return false;
    }
    let zeros = 0;
    let lookupsFailed = false;
    let registrationNumber = false;
    for (const column of filled) {
      const cell = row.cells[column];
      if (cell === undefined) continue;
      const nameOrDate = this.nameOrDateColumns.includes(column);
      const text = cell.text.trim();
      if (isNothingFound(text)) {
        if (nameOrDate) zeros++;
        if (text !== '0') lookupsFailed = true;
        continue;
      }
      if (nameOrDate || this.entryOnlyColumns.includes(column)) return false;
      if (this.templateColumns.has(column) && !this.isTemplateValue(readCell(row, column))) return false;
      if (this.numberColumns.has(column) && column !== this.sttColumn) registrationNumber = true;
    }
    // A lookup that found nothing for a number typed in 'Số' ('11' | #N/A …) may be an entry whose values are lost: kept.
    return zeros >= 2 && !(lookupsFailed && registrationNumber);
  }

  /**
   * Whether every filled cell but the line's number is a cross or a dash ('x', 'X', '-', '---'): a number of
   * the book struck out cell by cell, no entry. Told at the first cell that opens otherwise (a date, a name).
   * Beside two strokes at least, the template's own values (ethnicity, nationality filled down in advance) and a
   * mark of the line unused in 'Ghi chú' ('Bỏ trống') are no entry's either: read last, once every other cell is a stroke.
   */
  private isCrossedOut(row: SheetRow, filled: readonly number[]): boolean {
    let strokes = 0;
    let besides: number[] | undefined;
    for (const column of filled) {
      if (this.numberColumns.has(column)) continue;
      const text = row.cells[column]?.text ?? '';
      const first = text.trimStart().charCodeAt(0);
      // x, X, '-', '_', '.', '/', en and em dash, ellipsis: every stroke opens with one of them.
      if (first === 0x78 || first === 0x58 || first === 0x2d || first === 0x5f || first === 0x2e || first === 0x2f || first === 0x2013 || first === 0x2014 || first === 0x2026) {
        if (isStroke(text)) {
          strokes++;
          continue;
        }
      }
      if (!(this.templateColumns.has(column) || column === this.remarksColumn)) return false;
      (besides ??= []).push(column);
    }
    if (besides === undefined) return strokes > 0;
    return (
      strokes >= 2 &&
      besides.every((column) => {
        const cell = readCell(row, column);
        return column === this.remarksColumn ? isUnusedWords(cell.lower) : this.isTemplateValue(cell);
      })
    );
  }

  /**
   * The remarks cell of a row that carries on the remarks of the entry directly
   * above it: a clerk's note too long for its line ('Đã cải chính ngày sinh … theo
   * QĐ số 12/QĐ-UBND' over 'ngày 10/3/2017 (từ 15/06/1995)'). The row holds words in
   * the remarks column and nothing else — no number, name or date — and no footer's
   * words (a signature block, a total, a place and date, a page line or number), under no
   * signature block; a bracketed line too ('(bản chính bị mất)'), except the note
   * under a signer ('(Ký, ghi rõ họ tên)'). Null for any other row. Asked only of the row after an entry.
   * `above`: the remark the line would carry on (the entry's, or the line's before), as read. A line
   * plainly going on with that sentence — it starts in lower case after no full stop ('… theo QĐ số
   * 08/QĐ-UBND' over 'ngày 15/3/2012 của Chủ tịch UBND xã', 'Đăng ký quá hạn,' over 'có xác nhận của
   * trưởng thôn') — is the remark's even with a signer's or a footer's words in it; a footer line starts
   * with a capital, under a remark ending with a comma too.
   */
  remarksContinuation(row: SheetRow, above = ''): NonNullable<SheetRow['cells'][number]> | null {
    const column = this.remarksColumn;
    if (column === undefined || this.inFooter) return null;
    if (!fillsOnly(row, column)) return null;
    const cell = readCell(row, column);
    // A footer's line starts with a capital ('Sơn Lôi, ngày 31 tháng 12 năm 2019', 'Người ghi sổ') even under a
    // remark left open by a habit of typing ('Con thứ hai,'): only a lower-case start goes on with the sentence.
    const goesOn = /\S/.test(above) && !/[.!?]$/.test(above) && /^\p{Ll}/u.test(cell.text);
    // A bracketed line is a remark's ('(từ 15/06/1995)', '(bản chính bị mất)') unless it is the '(Ký, ghi rõ họ tên)' under a signer.
    if (!/[a-z]/.test(cell.line) || (cell.bracketed && SIGNATURE_NOTE.test(cell.line)) || PAGE_LINE.test(cell.line)) return null;
    // A page's number at the foot of a page ('Trang 2'); in lower case under a remark left open, the remark's own
    // reference to a page of the old book ('Đăng ký lại theo sổ năm 1990,' over 'trang 12').
    if (!goesOn && PAGE_LABEL.test(cell.line)) return null;
    if ((!goesOn || SIGNER_FIRST.test(cell.line)) && (SIGNER_TEXT.test(cell.line) || FOOTER_PHRASE.test(cell.line))) return null;
    if ((!goesOn && FOOTER_DATE_LINE.test(cell.lower)) || TOTAL_WORD.test(cell.lower) || CASE_COUNT.test(cell.line)) return null;
    // A line about another entry ('Số 8: hủy do viết hỏng') or about the book ('Hết quyển') is no part of this entry's remarks,
    // nor the heading of the notes typed under the table ('Ghi chú:'), which no remark goes on with — unless the remark above
    // is left open and the line ends it in lower case without a heading's colon ('Đã cấp bản sao, cần' over 'lưu ý').
    if (OTHER_ENTRY_LINE.test(cell.lower) || BOOK_LINE.test(cell.line)) return null;
    // A line about the entries that follow ('Các trường hợp dưới đây đăng ký quá hạn') heads them: it is no remark of the entry above.
    if (!goesOn && FOLLOWING_ENTRIES.test(cell.line)) return null;
    if (NOTES_HEADING.test(cell.line) && (!goesOn || /:\s*$/.test(cell.text))) return null;
    return cell.value ?? null;
  }

  /**
   * The remarks cell of a row that carries on the remarks of the entry above beside only what a template
   * fills down in advance — its STT numbered ahead by a formula, the commune's ethnicity and nationality
   * ('4 | … | Kinh | Việt Nam | … | ngày 10/3/2019 (từ 15/02/2019)' under '… theo QĐ số 12/QĐ-UBND'). Stricter
   * than a line of remarks alone, since a numbered line may be an entry yet to be typed: the line must plainly
   * go on with the remark above, which ends with no full stop, in lower case or in brackets, and not be the line's own mark
   * of an unused number ('(không sử dụng)', 'bỏ trống', 'x'). Null for any other row.
   */
  remarksBesideTemplate(row: SheetRow, above: string): NonNullable<SheetRow['cells'][number]> | null {
    const column = this.remarksColumn;
    if (column === undefined || this.inFooter) return null;
    const remarks = row.cells[column];
    if (remarks === undefined || !hasContent(remarks.text)) return null;
    const text = remarks.text.trim();
    const lead = above.trim();
    if (lead === '' || /[.!?]$/.test(lead) || !(/^\p{Ll}/u.test(text) || text.startsWith('('))) return null;
    // '(không sử dụng)', 'bỏ trống', an 'x' beside the line's number mark the line unused: its own remark, not the rest of the one above.
    if (isStroke(text) || isUnusedWords(readCell(row, column).lower)) return null;
    const { cells } = row;
    for (let at = 0; at < cells.length; at++) {
      const cell = cells[at];
      if (at === column || cell === undefined || !hasContent(cell.text)) continue;
      if (!this.templateColumns.has(at) || (this.numberColumns.has(at) && at !== this.sttColumn)) return null;
      if (!this.isTemplateValue(readCell(row, at))) return null;
    }
    return this.remarksContinuation({ ...row, cells: cells.map((cell, at) => (at === column ? cell : undefined)) }, above);
  }

  /** Whether the row fills its remarks cell and no other cell: remarksContinuation takes no other row. */
  fillsRemarksOnly(row: SheetRow): boolean {
    return this.remarksColumn !== undefined && fillsOnly(row, this.remarksColumn);
  }

  /** A value printed or dragged down before the entry was written: a number in STT or Số ('9', '9/1998'), an ethnicity, a nationality. */
  private isTemplateValue(cell: ReadCell): boolean {
    if (!this.templateColumns.has(cell.column)) return false;
    return !this.numberColumns.has(cell.column) || /^\d+( \d+)*$/.test(cell.folded);
  }

  /** Whether any name or date column of the row holds text: a line filled in advance fills none. */
  private fillsNameOrDateColumn(row: SheetRow): boolean {
    for (const column of this.nameOrDateColumns) {
      const cell = row.cells[column];
      if (cell !== undefined && hasContent(cell.text)) return true;
    }
    return false;
  }

  /** Whether a column no template fills down holds what one entry typed: no mark of an unused line ('Bỏ trống', 'x'). */
  private typesEntryOnlyCell(row: SheetRow): boolean {
    for (const column of this.entryOnlyColumns) {
      const cell = row.cells[column];
      if (cell === undefined || !hasContent(cell.text) || isStroke(cell.text)) continue;
      if (!isUnusedWords(readCell(row, column).lower)) return true;
    }
    return false;
  }

  /** A number in STT or Số ('12', '12/2015'). */
  private isNumbered(row: SheetRow): boolean {
    for (const column of this.numberColumns) {
      const cell = row.cells[column];
      if (cell !== undefined && (typeof cell.value === 'number' || /^\d+(?:\/\d{2,4})?\.?$/.test(cell.text.trim()))) return true;
    }
    return false;
  }

  /**
   * A row of a summary table ('Hồ Sơn | 12 | 13 | 25', 'Cộng | 23 | 27 | 50', '1 | 2 | 1 | 3' for January):
   * at least two small counts (whole numbers, no date's separators; under a date or year column below
   * 1000, so no year or date serial) and at most one other cell, a short label with letters outside the
   * name columns — an entry always has its person's name, and words there may be one. Told from the first
   * cells of an entry (a date, a name), so an entry costs a cell or two here.
   */
  private isCountRow(row: SheetRow, filled: readonly number[]): boolean {
    let counts = 0;
    let label = false;
    for (const column of filled) {
      const cell = row.cells[column];
      if (cell === undefined) continue;
      const limit = this.dateColumns.has(column) ? DATE_COLUMN_COUNT_LIMIT : 10_000;
      const value = cell.value;
      if (typeof value === 'number' ? Number.isInteger(value) && value >= 0 && value < limit : typeof value === 'string' && COUNT_TEXT.test(value) && Number(value) < limit) {
        counts++;
        continue;
      }
      if (label || typeof value !== 'string' || value.length > COUNT_LABEL_LENGTH || !/\p{L}/u.test(value)) return false;
      // Words under a name column may be a person's name ('Huy' beside its number): an entry's, however short.
      if (this.contentNameColumns.has(column)) return false;
      label = true;
    }
    return counts >= 2;
  }

  /**
   * The heading of a table of counts ('Tháng | Nam | Nữ | Cộng', 'Xã | Nam | Nữ | Tổng số'): a cell that is a total's
   * word alone, and no figure anywhere — an entry has its number or a date ('Nữ' under the name column is no name then).
   */
  private isCountTableHeading(cells: readonly ReadCell[]): boolean {
    return cells.some((cell) => TOTAL_HEADING.test(cell.lower)) && cells.every((cell) => !/\d/.test(cell.folded) && !(cell.value?.value instanceof Date));
  }

  /** Whether the header names both a person and a date column: only then can a row be told to hold neither. */
  private judgesContent(): boolean {
    return this.contentNameColumns.size > 0 && this.dateColumns.size > 0;
  }

  /** Whether the row holds a person's name under a name column, and a date under a date column (footer words aside). */
  private personContent(cells: readonly ReadCell[]): { name: boolean; date: boolean } {
    let name = false;
    let date = false;
    for (const cell of cells) {
      if (isFooterText(cell) || isSignerText(cell)) continue;
      if (this.contentNameColumns.has(cell.column) && /[a-z]/.test(cell.folded) && !/\d/.test(cell.folded) && !PAGE_LINE.test(cell.folded)) name = true;
      if (this.dateColumns.has(cell.column) && !isBareCount(cell) && (DATE_TEXT.test(cell.folded) || typeof cell.value?.value === 'number' || cell.value?.value instanceof Date)) date = true;
    }
    return { name, date };
  }

  /**
   * Persons' names alone, as signers' names are typed under a signature block: one to MAX_SIGNERS cells,
   * each two to seven words of letters opening with a family name (after a title: 'Bà', 'Ông', 'Đồng chí') (no figure, no title's, footer's or
   * section title's words; 'Tại nhà', 'Già yếu', 'Việt Nam' are an entry's cells, not a person).
   * Whether the row is an entry or the signers' names is for its place in the sheet to tell (trailing-names.ts).
   */
  holdsOnlyNames(row: SheetRow): boolean {
    const filled = filledColumns(row);
    if (filled.length === 0 || filled.length > MAX_SIGNERS) return false;
    return filled.every((column) => {
      const cell = readCell(row, column);
      const name = cell.folded.replace(SIGNER_NAME_TITLE, '');
      if (!FOLDED_NAME.test(name) || !FOLDED_SURNAMES.has(name.slice(0, name.indexOf(' ')))) return false;
      return !isFooterText(cell) && !isSignerText(cell) && !PAGE_LINE.test(cell.folded) && !isSectionTitleText(cell.lower);
    });
  }

  /**
   * A row above the header that is an entry all the same (entries typed above
   * the header, which was printed again lower): it must be read, not taken for a title.
   */
  isEntry(row: SheetRow): boolean {
    const filled = filledColumns(row);
    if (filled.length === 0 || this.isColumnNumbering(row, filled) || this.isRepeatedHeader(row)) return false;
    return this.looksLikeEntry(row, filled);
  }

  /**
   * A person's name under a name column and a date or number under a date or number
   * column. Only those columns are read, and only until both are found: every entry
   * row comes through here. Under a signature block or a total, a small whole number
   * under a date or year column is a count of a table typed there ('Trong đó: Nam | 8',
   * 'Đúng hạn | 15' with the label under the name column), no date: it ends no footer.
   */
  private looksLikeEntry(row: SheetRow, filled: readonly number[]): boolean {
    let name = false;
    let dateOrNumber = false;
    for (const column of filled) {
      const isName = this.nameColumns.has(column);
      if (isName ? name : dateOrNumber || !this.dateOrNumberColumns.has(column)) continue;
      const cell = row.cells[column];
      if (!isName && this.inFooter && this.dateColumns.has(column) && isSmallCount(cell?.value)) continue;
      if (!isName && (typeof cell?.value === 'number' || cell?.value instanceof Date)) dateOrNumber = true;
      // The plain fold first (every entry row comes here); the text cleaner's only when it does not settle it.
      else if (this.showsEntryValue(isName, quickFold(cell))) name ||= isName;
      else if (this.showsEntryValue(isName, foldedText(row, column))) name ||= isName;
      else continue;
      if (!isName) dateOrNumber = true;
      if (name && dateOrNumber) return true;
    }
    return false;
  }

  /** A person's name (in a name column) or a date or number (in a date or number column), folded; never a footer's words. */
  private showsEntryValue(isName: boolean, text: string | null): boolean {
    if (text === null || FOOTER_PHRASE.test(text)) return false;
    // 'Người giữ sổ: Nguyễn Thị Hương' in a book's title block: a role, which no name starts with (SIGNER_TEXT).
    if (isName) return !text.startsWith('nguoi ') && (this.splitNames ? FOLDED_GIVEN_NAME : FOLDED_NAME).test(text);
    return /\d/.test(text) && !PLACE_BEFORE_DATE.test(text);
  }


  /** '(1) (2) (3)', '1 2 3', 'A B C 1 2 …', 'Cột 1 … Cột 16': letters and numbers each rising. */
  private isColumnNumbering(row: SheetRow, filled: number[]): boolean {
    if (filled.length < 3) return false;
    let previousNumber = 0;
    let previousLetter = '';
    for (const column of filled) {
      const text = row.cells[column]?.text ?? '';
      // An entry's first cells (a name, a place) end in a small letter: told before the text is composed.
      const match = endsOutsideColumnLabel(text) ? null : COLUMN_LABEL.exec(text.normalize('NFC').trim());
      const label = match?.[1];
      if (label === undefined) return false;
      if (/\d/.test(label)) {
        const number = Number(label);
        if (!(number > previousNumber)) return false;
        previousNumber = number;
      } else {
        if (!(label > previousLetter)) return false;
        previousLetter = label;
      }
    }
    return true;
  }

  private isRepeatedHeader(row: SheetRow): boolean {
    // Entries carry a number in STT or Số, or a date; only rows without any can be a header printed again.
    for (const column of this.numberColumns) if (/^\d+$/.test(row.cells[column]?.text.trim() ?? '')) return false;
    for (const column of this.dateColumns) {
      const cell = row.cells[column];
      if (cell && DATE_TEXT.test(foldHeader(cell.text))) return false;
    }
    let matched = 0;
    // Cells that are one of the header's own labels, and whether any filled cell is not.
    let labels = 0;
    let other = false;
    // Cells naming a person as a group over their columns ('Mẹ', 'Người được khai sinh'), and cells that are neither that nor a label.
    let persons = 0;
    let unknown = 0;
    // Whether a cell names the register's number or date ('Số', 'Ngày đăng ký'), which no table of counts has.
    let registration = false;
    for (const [column, cell] of row.cells.entries()) {
      if (!cell || !hasContent(cell.text)) continue;
      const text = normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value;
      const folded = foldHeader(text);
      const own = folded !== '' && this.labelParts.get(column)?.has(folded) === true;
      const hit = this.index.lookup(folded, text);
      const exact = hit?.confidence === 1;
      if (exact || own) matched++;
      if (exact && REGISTRATION_LABEL_KEY.test(hit!.key)) registration = true;
      if (matched >= 3 && matched >= this.header.keys.size * 0.3) return true;
      if (own || (folded !== '' && this.allLabelParts.has(folded))) labels++;
      else other = true;
      if (!exact && !own) {
        if (folded !== '' && this.index.lookup(`ho va ten ${folded}`, `họ và tên ${text}`)?.key.endsWith('.fullName') === true) persons++;
        else unknown++;
      }
      if (column > 200) return false;
    }
    // A group row of a header printed again ('Thông tin về hai bên', 'CHỒNG | VỢ'): few of the columns, but only the header's words.
    if (!other && labels >= 2) return true;
    // The upper row of another form's two-level header ('Số' | 'Ngày, tháng, năm đăng ký' | 'Người được khai sinh' |
    // 'Mẹ' | 'Cha' | 'Ghi chú', the 2016 form typed under an older one): only labels and persons' groups, no value.
    return unknown === 0 && registration && matched >= 3 && persons >= 1;
  }

  /**
   * Whether a header line below the header repeats it (the next page's header): each of its
   * labels is a part of the header's label in that column, or names the field the header reads
   * there. A line that names another field in some column (the 2016 form's mother before father,
   * an ID column added) may open another header; asked only of rows classified 'repeated-header'.
   */
  repeatsHeaderLayout(row: SheetRow): boolean {
    for (const [column, cell] of row.cells.entries()) {
      if (cell === undefined || !hasContent(cell.text)) continue;
      const text = normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value;
      const folded = foldHeader(text);
      if (folded === '' || this.labelParts.get(column)?.has(folded)) continue;
      const key = this.index.lookup(folded, text)?.key;
      if (key === undefined || key !== this.header.keys.get(column)) return false;
    }
    return true;
  }
}

/** What a template's formula shows where it found nothing: 0, or a lookup's #N/A (no other error: '#REF!' lost a value). */
function isNothingFound(text: string): boolean {
  return text === '0' || text === '#N/A';
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

/**
 * Whether `column` is the row's only non-empty cell (filledColumns is that column alone). Asked of the row
 * after every entry: told at its first other filled cell, the next entry's number, without listing them.
 */
function fillsOnly(row: SheetRow, column: number): boolean {
  const { cells } = row;
  let found = false;
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at];
    if (!cell || !hasContent(cell.text)) continue;
    if (at !== column) return false;
    found = true;
  }
  return found;
}

/** A small whole number alone ('12', 25): a count, never a date or a year, under a date column too. */
function isBareCount(cell: ReadCell): boolean {
  return isSmallCount(cell.value?.value);
}

/** A cell value that is a small whole number ('12', 25), below the limit under which no year or date serial falls. */
function isSmallCount(value: NonNullable<SheetRow['cells'][number]>['value'] | undefined): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < DATE_COLUMN_COUNT_LIMIT;
  return typeof value === 'string' && COUNT_TEXT.test(value) && Number(value) < DATE_COLUMN_COUNT_LIMIT;
}

/** Same as `text.trim() !== ''` (\s is trim's whitespace), without copying the text. */
function hasContent(text: string): boolean {
  const first = text.charCodeAt(0); // NaN for ''
  return (first > 0x20 && first < 0x7f) || /\S/.test(text);
}

/** A plain cell's text folded without the text cleaner (no legacy decoding), or null for rich text. */
function quickFold(cell: SheetRow['cells'][number]): string | null {
  if (cell === undefined || cell.runs !== undefined) return null;
  return foldText(cell.text).replace(/\s+/g, ' ').trim();
}

function foldedText(row: SheetRow, column: number): string {
  const cell = row.cells[column];
  if (!cell) return '';
  return foldHeader(normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value);
}

/** The register's own number and date columns: a header names them, a table of counts ('Xã | Nam | Nữ | Cộng') does not. */
const REGISTRATION_LABEL_KEY = /^registration\.(?:number|numberAndBook|date)$/;

/** The cell read once through the text cleaner, then folded the three ways the footer tests use. */
function readCell(row: SheetRow, column: number): ReadCell {
  const value = row.cells[column];
  const cleaned = value ? normalizeText({ text: value.text, font: value.font, runs: value.runs }).value : '';
  const text = cleaned.trim();
  return {
    column,
    text,
    folded: value ? foldHeader(cleaned) : '',
    line: foldHeader(text.replace(/[()]/g, ' ')),
    lower: text.toLowerCase(),
    bracketed: /^\(.*\)$/s.test(text),
    value,
  };
}

/** Lower case: a line that starts by naming an entry's number ('Số 8: hủy …', 'STT 4 hủy'), not a decision's ('số 12/QĐ-UBND'). */
const OTHER_ENTRY_LINE = /^(?:số|so|stt|mục|muc)\.?\s*\d+(?![\d/.-])/u;
/**
 * Folded: a line naming the entries below it ('Các trường hợp dưới đây …', 'Những mục sau đây …',
 * 'Dưới đây là các trường hợp đăng ký lại'). The cases must be named: 'dưới đây' / 'sau đây' alone also
 * end a remark's own lines ('Nội dung bổ sung như sau đây: …', 'Giấy tờ kèm theo dưới đây: …'), and
 * 'trường hợp này' is the entry's own.
 */
const FOLLOWING_ENTRIES = /^(?=.*\b(?:truong hop(?! nay\b)|(?:cac|nhung) muc)\b).*\b(?:duoi day|sau day)\b/;
/** Folded: a heading alone over notes typed under the table ('Ghi chú:', 'Chú thích', 'Lưu ý:'). */
const NOTES_HEADING = /^(?:ghi chu|chu thich|luu y)$/;
/** Folded: a note about the book itself ('Hết quyển', 'Chuyển sang quyển số 02/2019', 'Sổ có 100 trang'). */
const BOOK_LINE = /\b(?:het quyen|het so|chuyen sang quyen|sang quyen|quyen so|so (?:nay )?(?:co|gom) \d+ (?:trang|to))\b/;

/** A footer line: a signature block's phrase, a place and date, a total ('Tổng: 12', '15 trường hợp'). */
function isFooterText(cell: ReadCell): boolean {
  return FOOTER_PHRASE.test(cell.line) || PLACE_AND_DATE.test(cell.line) || TOTAL_WORD.test(cell.lower) || SUMMARY_HEADING.test(cell.lower) || CASE_COUNT.test(cell.line);
}

/** A signer's title or the bracketed line under it. */
function isSignerText(cell: ReadCell): boolean {
  return SIGNER_TEXT.test(cell.line) || (cell.bracketed && /[a-z]/.test(cell.line));
}

/**
 * A line no entry's text carries on to: a footer's or a signer's words, a place and date, a total,
 * a page or book line, a line about another entry (the tests remarksContinuation applies). `text`
 * is the cell's text through the text cleaner.
 */
export function isNonEntryLine(text: string): boolean {
  const trimmed = text.trim();
  const line = foldHeader(trimmed.replace(/[()]/g, ' '));
  const lower = trimmed.toLowerCase();
  return (
    SIGNER_TEXT.test(line) ||
    PAGE_LINE.test(line) ||
    PAGE_LABEL.test(line) ||
    BOOK_LINE.test(line) ||
    FOOTER_PHRASE.test(line) ||
    PLACE_AND_DATE.test(line) ||
    CASE_COUNT.test(line) ||
    FOOTER_DATE_LINE.test(lower) ||
    TOTAL_WORD.test(lower) ||
    SUMMARY_HEADING.test(lower) ||
    OTHER_ENTRY_LINE.test(lower)
  );
}
