import { normalizeText } from '../normalize/text/normalize-text.js';
import { rowLegacyEncoding } from '../normalize/text/row-encoding.js';
import type { AliasIndex } from './alias-index.js';
import { isNameStart } from './header-candidates.js';
import { detectHeader, HEADER_SEARCH_ROWS, type DetectedHeader } from './header-detect.js';
import { decodeXmlEscapes, foldHeader } from './header-text.js';
import type { ColumnRange, SheetRow } from './sheet-source.js';

/** Which spouse a row of a book laid out one row per spouse is. */
export type SpouseRole = 'husband' | 'wife';

/**
 * A marriage book laid out one row per spouse ('Số | Ngày đăng ký | Chồng/Vợ | Họ, chữ đệm, tên | Ngày sinh | …',
 * each marriage a 'Chồng' row and a 'Vợ' row, 'Số' and 'Ngày đăng ký' merged over both or typed on the first):
 * the person columns are read as the husband's on the row that is his, and as the wife's (`wifeColumns`, columns
 * past the sheet's own) on hers (src/run/spouse-rows.ts pairs them).
 */
export interface SpouseRowsLayout {
  /** The column whose cells say which spouse the row is ('Chồng' | 'Vợ', 'Bên chồng', 'Nam' | 'Nữ'), if any. */
  roleColumn: number | null;
  /** Each person column (read as the husband's) → the column past the sheet's where the wife's cell is put. */
  wifeColumns: ReadonlyMap<number, number>;
  /**
   * The name column, when no role column says which spouse a row is: a name typed after its role ('Chồng: Nguyễn
   * Văn An', 'Vợ - Trần Thị Bình') says it (spouseRoleLabelOf).
   */
  nameColumn?: number;
}

/** Role-column labels: one column says which spouse each row is. */
const ROLE_LABELS = new Set(['chong vo', 'vo chong', 'ben', 'vai tro', 'ben chong ben vo', 'ben vo ben chong', 'ben nam ben nu', 'ben chong vo']);
/**
 * A 'Nam/Nữ' column is a sex column in every other list of people (the certificates of marital status a commune
 * keeps beside its marriage book, 'Sổ cấp giấy xác nhận tình trạng hôn nhân'): as a role column it is taken only in
 * an announced marriage book whose rows pair up.
 */
const SEX_LABELS = new Set(['nam nu', 'gioi tinh', 'nam hay nu']);
const HUSBAND_WORDS = new Set(['chong', 'ben chong', 'nguoi chong', 'nam', 'ben nam']);
const WIFE_WORDS = new Set(['vo', 'ben vo', 'nguoi vo', 'nu', 'ben nu']);
/** Role words that only say a sex ('Nam', 'Nữ'), not a spouse. */
const SEX_WORDS = new Set(['nam', 'nu']);
const NOT_BLANK = /\S/;
/** Keys a per-spouse header reads for the entry, not for a spouse. */
const ENTRY_KEY = /^(?:registration\.|remarks$|stt$)/;

/** The spouse a role cell names ('Chồng', 'Bên vợ', 'Nam'), or null (blank, or anything else). */
export function spouseRoleOf(text: string | undefined): SpouseRole | null {
  if (text === undefined || text.length > 20) return null;
  const folded = foldHeader(text);
  if (HUSBAND_WORDS.has(folded)) return 'husband';
  if (WIFE_WORDS.has(folded)) return 'wife';
  return null;
}

/** A spouse's role typed before a name with a colon or dash ('Chồng: Nguyễn Văn An', 'Bên vợ - Trần Thị Bình'). */
const ROLE_LABEL = /^\s*(bên chồng|bên vợ|người chồng|người vợ|chồng|vợ)\s*[:\-–—]/iu;

/** The spouse a name cell's leading role label names ('Chồng: Nguyễn Văn An' → husband), or null. */
export function spouseRoleLabelOf(text: string | undefined): SpouseRole | null {
  const label = text === undefined ? null : ROLE_LABEL.exec(text.normalize('NFC'));
  return label === null ? null : spouseRoleOf(label[1]);
}

/**
 * The header of a marriage book laid out one row per spouse, or null. The header names a person once, without a
 * role ('Họ, chữ đệm, tên'), next to the registration's columns, and either a column says which spouse each row is
 * (its label 'Chồng/Vợ', 'Bên', or blank over cells 'Chồng' | 'Vợ' in the rows below) or, with no such column,
 * `announced` (the file, sheet or title names a marriage book, or only marriages are read) and the rows below type
 * the registration's number or date on every other name only (the second spouse's row). Asked only of sheets
 * where no other header was found.
 */
export function detectSpouseRowsHeader(rows: readonly SheetRow[], marriageIndex: AliasIndex, hiddenColumns: readonly ColumnRange[], announced: boolean): DetectedHeader | null {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  for (let at = 0; at < top.length; at++) {
    const found = spouseRowsHeaderAt(top[at]!, top.slice(at + 1), marriageIndex, hiddenColumns, announced);
    if (found === null) continue;
    // A two-row header ('Số' | 'Ngày đăng ký' | 'Chồng/Vợ' merged down beside a group over 'Họ và tên' | 'Ngày sinh' | …)
    // is the lower row with the upper one's labels over its blank cells, when they name more columns.
    const both = at === 0 ? null : twoRowHeader(top[at - 1]!, top[at]!, top.slice(at + 1), marriageIndex, hiddenColumns, announced);
    return both !== null && both.keys.size > found.keys.size ? both : found;
  }
  return null;
}

/** The per-spouse header of `lower` read with `upper`'s labels over its blank cells, or null. */
function twoRowHeader(
  upper: SheetRow, lower: SheetRow, below: readonly SheetRow[], marriageIndex: AliasIndex, hiddenColumns: readonly ColumnRange[], announced: boolean,
): DetectedHeader | null {
  const blankBelow = (column: number): boolean => !NOT_BLANK.test(lower.cells[column]?.text ?? '');
  if (lower.rowNumber !== upper.rowNumber + 1 || !upper.cells.some((cell, column) => cell !== undefined && NOT_BLANK.test(cell.text) && blankBelow(column))) return null;
  const cells = Array.from({ length: Math.max(upper.cells.length, lower.cells.length) }, (_, column) => (blankBelow(column) ? upper.cells[column] : lower.cells[column]));
  const found = spouseRowsHeaderAt({ rowNumber: lower.rowNumber, cells }, below, marriageIndex, hiddenColumns, announced);
  return found === null ? null : { ...found, headerRowNumbers: [upper.rowNumber, lower.rowNumber] };
}

/** The per-spouse header of one row (or two rows read as one), with the rows below it; null when it is none. */
function spouseRowsHeaderAt(
  row: SheetRow, below: readonly SheetRow[], marriageIndex: AliasIndex, hiddenColumns: readonly ColumnRange[], announced: boolean,
): DetectedHeader | null {
  {
    // Cheap first: a header row has at least four labels.
    if (row.cells.filter((cell) => cell !== undefined && NOT_BLANK.test(cell.text)).length < 4) return null;
    const encoding = rowLegacyEncoding(row.cells);
    const texts = row.cells.map((cell) => (cell === undefined ? '' : normalizeText({ text: decodeXmlEscapes(cell.text), font: cell.font, runs: cell.runs }, { encoding }).value.trim()));
    const folds = texts.map((text) => foldHeader(text));
    const nameColumn = folds.findIndex((fold) => isNameStart(fold));
    if (nameColumn < 0) return null;
    // A name that says whose it is is another layout's.
    if (marriageIndex.lookup(folds[nameColumn]!, texts[nameColumn]!) !== undefined) return null;
    const role = findRoleColumn(folds, below, nameColumn);
    const pairsUp = announced && alternatesNumbers(below, folds, texts, marriageIndex, nameColumn);
    if (role === null ? !pairsUp : role.bySex && !pairsUp) return null;
    const roleColumn = role?.column ?? null;
    // The person columns read as the husband's: each label with his role word, as a one-spouse-per-column book heads them.
    const relabelled = row.cells.map((cell, column) => {
      if (cell === undefined || column === roleColumn || texts[column] === '') return undefined;
      const key = marriageIndex.lookup(folds[column]!, texts[column]!)?.key;
      const text = key !== undefined && ENTRY_KEY.test(key) ? texts[column]! : `${texts[column]!} chồng`;
      return { value: text, text, column: cell.column };
    });
    const found = detectHeader([{ rowNumber: row.rowNumber, cells: relabelled }], [marriageIndex], hiddenColumns);
    if (found === null || ![...found.keys.values()].some((key) => key.startsWith('husband.'))) return null;
    return spouseRowsHeader(found, texts, roleColumn, encoding);
  }
}

/** The header with each husband's column doubled for the wife past the sheet's columns, labelled by spouse. */
function spouseRowsHeader(found: DetectedHeader, texts: readonly string[], roleColumn: number | null, encoding: DetectedHeader['encoding']): DetectedHeader {
  const keys = new Map<number, string>();
  const labels = new Map<number, string>();
  const wifeColumns = new Map<number, number>();
  const sourceColumns = new Map<number, number>();
  let next = Math.max(texts.length, ...found.keys.keys()) + 1;
  for (const [column, key] of [...found.keys].sort(([a], [b]) => a - b)) {
    const label = texts[column] ?? '';
    if (!key.startsWith('husband.')) {
      keys.set(column, key);
      labels.set(column, label);
      continue;
    }
    keys.set(column, key);
    labels.set(column, `Chồng / ${label}`);
    const wifeColumn = next++;
    keys.set(wifeColumn, `wife.${key.slice('husband.'.length)}`);
    labels.set(wifeColumn, `Vợ / ${label}`);
    wifeColumns.set(column, wifeColumn);
    sourceColumns.set(wifeColumn, column);
  }
  // Columns the register does not read keep their label (kept in `raw`); the role column is the layout's own.
  texts.forEach((label, column) => {
    if (label !== '' && column !== roleColumn && !labels.has(column)) labels.set(column, label);
  });
  const nameColumn = roleColumn === null ? [...found.keys].find(([, key]) => key === 'husband.fullName')?.[0] : undefined;
  const spouseRows: SpouseRowsLayout = nameColumn === undefined ? { roleColumn, wifeColumns } : { roleColumn, wifeColumns, nameColumn };
  return { ...found, keys, labels, encoding, spouseRows, sourceColumns };
}

/**
 * The column saying which spouse each row is: labelled so ('Chồng/Vợ', 'Bên'), or unlabelled with both a
 * husband's and a wife's role word in the rows below. Never the name's column. `bySex`: the column only says
 * 'Nam' | 'Nữ' (labelled 'Nam/Nữ', or no spouse word below), which a sex column of any list of people does too.
 */
function findRoleColumn(folds: readonly string[], below: readonly SheetRow[], nameColumn: number): { column: number; bySex: boolean } | null {
  const labelled = folds.findIndex((fold) => ROLE_LABELS.has(fold));
  if (labelled >= 0) return { column: labelled, bySex: false };
  const sexLabelled = folds.findIndex((fold) => SEX_LABELS.has(fold));
  if (sexLabelled >= 0 && sexLabelled !== nameColumn) return { column: sexLabelled, bySex: true };
  const width = Math.max(folds.length, ...below.map((row) => row.cells.length));
  for (let column = 0; column < width; column++) {
    if (column === nameColumn || (folds[column] ?? '') !== '') continue;
    let husbands = 0;
    let wives = 0;
    let spouseWords = 0;
    for (const row of below) {
      const text = row.cells[column]?.text;
      const role = spouseRoleOf(text);
      if (role === 'husband') husbands++;
      else if (role === 'wife') wives++;
      if (role !== null && !SEX_WORDS.has(foldHeader(text!))) spouseWords++;
    }
    if (husbands > 0 && wives > 0) return { column, bySex: spouseWords === 0 };
  }
  return null;
}

/**
 * Whether the rows below pair up: a name row typing the registration's number or date directly followed by one
 * without them (the other spouse's row, its cells merged over both or left blank) or typing the same again. A
 * list of people one to a number (the certificates of marital status) never does.
 */
function alternatesNumbers(below: readonly SheetRow[], folds: readonly string[], texts: readonly string[], marriageIndex: AliasIndex, nameColumn: number): boolean {
  const entryColumns = folds.flatMap((fold, column) => {
    const key = fold === '' ? undefined : marriageIndex.lookup(fold, texts[column]!)?.key;
    return key === 'registration.number' || key === 'registration.date' ? [column] : [];
  });
  if (entryColumns.length === 0) return false;
  const filled = (row: SheetRow, column: number): boolean => /\S/.test(row.cells[column]?.text ?? '');
  let pairs = 0;
  for (let i = 0; i + 1 < below.length; i++) {
    const first = below[i]!;
    const second = below[i + 1]!;
    if (second.rowNumber !== first.rowNumber + 1 || !filled(first, nameColumn) || !filled(second, nameColumn)) continue;
    if (!entryColumns.some((column) => filled(first, column))) continue;
    // The second spouse's row leaves them blank (merged over both), or types the same number and date again.
    const blank = !entryColumns.some((column) => filled(second, column));
    const repeated = entryColumns.every((column) => (first.cells[column]?.text ?? '').trim() === (second.cells[column]?.text ?? '').trim());
    if (blank || repeated) {
      pairs++;
      i++;
    }
  }
  return pairs > 0;
}
