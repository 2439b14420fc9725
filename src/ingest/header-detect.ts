import type { FontEncoding } from '../normalize/text/legacy-encoding.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import type { AliasIndex } from './alias-index.js';
import { assignKeys } from './header-assign.js';
import { HeaderRows } from './header-cells.js';
import { keySplitDates } from './header-date-parts.js';
import { isNameStart, singleRowCandidate, threeRowCandidate, twoRowCandidate, type Candidate } from './header-candidates.js';
import { SheetLookups } from './header-lookups.js';
import type { ColumnRange, SheetRow } from './sheet-source.js';
import type { SpouseRowsLayout } from './header-per-spouse.js';

/** How many rows at the top of a sheet are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;
/** A header must name at least this many known columns. */
const MIN_MATCHED_COLUMNS = 3;
/** What the day, month or year column of a split date scores at least (keySplitDates). */
const DATE_PART_CONFIDENCE = 0.5;

export interface DetectedHeader {
  type: RecordTypeDefinition;
  /**
   * Spreadsheet row numbers of the header (one row, two for a two-level header, three for a three-level one);
   * none for a sheet read with the header of the sheet it continues (src/run/continued-sheet.ts).
   */
  headerRowNumbers: number[];
  /** Column index → canonical key. */
  keys: Map<number, string>;
  /** Column index → header label as written, decoded ('Thông tin về mẹ / Họ và tên'). */
  labels: Map<number, string>;
  score: number;
  /**
   * The legacy font encoding (TCVN3, VNI) the header row was typed in, judged
   * from the whole row (rowLegacyEncoding), or null: the sheet's data is most
   * likely typed in it too.
   */
  encoding: FontEncoding | null;
  /** A marriage book laid out one row per spouse (header-per-spouse.ts): each entry is a pair of rows. */
  spouseRows?: SpouseRowsLayout;
  /** Columns past the sheet's (the wife's, in `spouseRows`) → the sheet column their cells come from. */
  sourceColumns?: ReadonlyMap<number, number>;
}

/**
 * Finds, among the first rows, the row (or pair or triple of rows of a merged
 * two- or three-level header) that best matches a record type's column aliases, and the type.
 * Returns null when nothing looks like a header of any of the given types.
 *
 * A header printed again lower down (the next page's) may match better than
 * the first one, e.g. with a label the first page left blank; the rows between
 * them are entries all the same. So once the best match is known, the rows
 * above it are searched again, and an earlier match of the same type scoring
 * at least EARLIER_HEADER_SHARE of the best is the header instead — the
 * earliest such; the later copy is then skipped as a repeated header.
 * `hiddenColumns` (0-based) lose a key to a visible column naming it as well.
 */
export function detectHeader(rows: readonly SheetRow[], indexes: readonly AliasIndex[], hiddenColumns: readonly ColumnRange[] = []): DetectedHeader | null {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  const isHidden = (column: number): boolean => hiddenColumns.some((range) => column >= range.firstColumn && column <= range.lastColumn);
  const best = bestHeader(top, indexes, isHidden);
  if (best === null) return null;
  for (let header = best; ; ) {
    const firstRow = header.headerRowNumbers[0]!;
    const above = top.filter((row) => row.rowNumber < firstRow);
    const earlier = above.length > 0 ? bestHeader(above, indexes, isHidden) : null;
    if (earlier === null || earlier.type.name !== best.type.name || earlier.score < best.score * EARLIER_HEADER_SHARE) return header;
    header = earlier;
  }
}

/** An earlier header of the best match's type is the sheet's header when it scores at least this share of the best. */
const EARLIER_HEADER_SHARE = 0.5;

/**
 * The best match among the rows and pairs of rows given.
 *
 * The answer is the first best match in the order row 1, rows 1–2, rows 1–3,
 * row 2, rows 2–3, … (types in the given order; only a strictly better match displaces
 * one). Candidates are scored best bound first — a bound from the filled cells
 * before a row is even read, then one from what its labels could match at all —
 * and one that cannot beat the best found, or a candidate before it, is never
 * scored. So the header is usually scored first and the data rows below it are
 * never read, and the answer is what scoring every candidate would give.
 */
function bestHeader(rows: readonly SheetRow[], indexes: readonly AliasIndex[], isHidden: (column: number) => boolean): DetectedHeader | null {
  const lookups = new SheetLookups(indexes);
  const top = new HeaderRows(rows, (fold) => lookups.isAlias(fold));
  // Position in the order above: row i is 3i, rows i to i+1 are 3i+1, rows i to i+2 are 3i+2.
  const pending: Pending[] = [];
  for (let i = 0; i < top.length; i++) {
    pending.push({ position: 3 * i, bound: top.filledColumns(i), read: () => singleRowCandidate(top.row(i)) });
    if (i + 1 < top.length) pending.push({ position: 3 * i + 1, bound: top.filledColumns(i, i + 1), read: () => twoRowCandidate(top.row(i), top.row(i + 1)) });
    if (i + 2 < top.length) {
      pending.push({ position: 3 * i + 2, bound: top.filledColumns(i, i + 2), read: () => threeRowCandidate(top.row(i), top.row(i + 1), top.row(i + 2)) });
    }
  }
  const scored: { position: number; match: DetectedHeader }[] = [];
  let best: DetectedHeader | null = null;
  for (let next = takeHighest(pending); next !== undefined; next = takeHighest(pending)) {
    const { position, bound } = next;
    if ((best !== null && bound < best.score) || scored.some((earlier) => earlier.position < position && earlier.match.score >= bound)) continue;
    if (next.candidate === undefined) {
      const candidate = next.read();
      if (candidate !== undefined) pending.push({ ...next, candidate, bound: lookups.upperBound(candidate) });
      continue;
    }
    const match = bestMatch(next.candidate, lookups, isHidden);
    if (match === null) continue;
    scored.push({ position, match });
    if (best === null || match.score > best.score) best = match;
  }
  scored.sort((a, b) => a.position - b.position);
  let first: DetectedHeader | null = null;
  for (const { match } of scored) if (first === null || match.score > first.score) first = match;
  return first;
}

interface Pending {
  position: number;
  /** No type scores the candidate above this. */
  bound: number;
  read: () => Candidate | undefined;
  /** Once read (its bound is then the finer one). */
  candidate?: Candidate;
}

/** Removes and returns the pending candidate of highest bound, the earliest on a tie. */
function takeHighest(pending: Pending[]): Pending | undefined {
  let at = -1;
  for (let i = 0; i < pending.length; i++) {
    const item = pending[i]!;
    const current = pending[at];
    if (current === undefined || item.bound > current.bound || (item.bound === current.bound && item.position < current.position)) at = i;
  }
  return at < 0 ? undefined : pending.splice(at, 1)[0];
}

/** The candidate's best match over the types (the first on a tie), or null. */
function bestMatch(candidate: Candidate, lookups: SheetLookups, isHidden: (column: number) => boolean): DetectedHeader | null {
  let best: DetectedHeader | null = null;
  for (let i = 0; i < lookups.indexes.length; i++) {
    const match = matchCandidate(candidate, i, lookups, lookups.indexes.length > 1, isHidden);
    if (match && (!best || match.score > best.score)) best = match;
  }
  return best;
}

function matchCandidate(candidate: Candidate, indexNumber: number, lookups: SheetLookups, inferring: boolean, isHidden: (column: number) => boolean): DetectedHeader | null {
  const index = lookups.indexes[indexNumber]!;
  const { keys, taken, confidences, score: assignedScore } = assignKeys(candidate, indexNumber, lookups, isHidden);
  let score = assignedScore;
  for (const { date, columns } of keySplitDates(candidate, keys, index)) {
    taken.add(date);
    // A part of a known date counts as a label inside a longer alias would, never above what the label could score.
    for (const column of columns) score += Math.max(0, Math.min(DATE_PART_CONFIDENCE, lookups.columnBound(column)) - (confidences.get(column.column) ?? 0));
  }
  if (taken.size < MIN_MATCHED_COLUMNS || !namesEntry(candidate, keys, taken, index.type)) return null;
  if (inferring && !index.type.signatureKeys.some((key) => taken.has(key))) return null;
  const labels = new Map(candidate.columns.map((column) => [column.column, column.label]));
  return { type: index.type, headerRowNumbers: candidate.rowNumbers, keys, labels, score, encoding: candidate.encoding };
}

/** A date column of any register: the registration's, a birth or death date, a birth year (split by sex too). */
const DATE_KEY = /^registration\.date$|(Date|birthYear)(Male|Female)?$/;
/** The columns of a person's name: whole, split into 'Họ' | 'Chữ đệm' | 'Tên', or with the birth date ('Họ tên, ngày sinh'). */
const NAME_PART = /\.(fullName|familyNamePart|middleNamePart|nameAndBirthDate)$/;
/** 'Nam', 'Nữ' alone: the heads of a spouse's name in old marriage books, and of a count by sex anywhere. */
const SEX_WORD = /^(nam|nu)$/;

/** 'năm' as a word as written (a year), and 'nam' (male). */
const YEAR_WORD = /(?<!\p{L})năm(?!\p{L})/u;
const MAN_WORD = /(?<!\p{L})nam(?!\p{L})/u;

/**
 * A grouped label whose groups say 'năm' and never 'nam' as written: a title line
 * over the header ('SỔ ĐĂNG KÝ KHAI SINH NĂM 2005', typed in column A and taken for
 * a group over every column) whose year folds to the 'nam' of a husband's 'Họ và
 * tên (nam)'. No husband is named there.
 */
function namesYearNotMan(label: string): boolean {
  const groups = label.slice(0, label.lastIndexOf(' / ')).normalize('NFC').toLowerCase();
  return YEAR_WORD.test(groups) && !MAN_WORD.test(groups);
}

/** Per type, the roles whose name every entry has (the child, the deceased, each spouse: its required names). */
const entryRoles = new Map<string, readonly string[]>();

/**
 * Whether the matched columns can hold the entries of the register: the name of
 * the person it is about (the child, the deceased, a spouse) — and, when only
 * 'Nam' | 'Nữ' head that name, a date and no other name column. Old marriage
 * books head the spouses so ('Nam' | 'Năm sinh' | 'Nữ' | 'Năm sinh', always with
 * a date: one is required of every entry); so do the counts by sex kept beside a
 * book ('Năm' | 'Số trường hợp' | 'Nam' | 'Nữ' | 'Ghi chú', 'STT' | 'Tên thôn' | …
 * | 'Nam' | 'Nữ'), which have no date, and the sex ticked under 'Nam' | 'Nữ' beside
 * a 'Họ và tên' (a birth or death book). A list of parents without the child is
 * no register either, nor a husband named by the year of a title (namesYearNotMan).
 */
function namesEntry(candidate: Candidate, keys: ReadonlyMap<number, string>, taken: ReadonlySet<string>, type: RecordTypeDefinition): boolean {
  let roles = entryRoles.get(type.name);
  if (roles === undefined) {
    roles = type.requiredFields.filter((field) => field.endsWith('.fullName')).map((field) => field.slice(0, -'fullName'.length));
    entryRoles.set(type.name, roles);
  }
  let sexWordName = false;
  for (const [column, key] of keys) {
    if (!NAME_PART.test(key) || !roles.some((role) => key.startsWith(role))) continue;
    const label = candidate.columns.find((labelled) => labelled.column === column);
    if (label === undefined) continue;
    if (label.group !== undefined) {
      if (!(key.startsWith('husband.') && namesYearNotMan(label.label))) return true;
    } else if (!SEX_WORD.test(label.fold ?? '')) return true;
    else sexWordName = true;
  }
  // A 'Họ và tên' the register leaves unread beside them is the name, and they are the sex ('Họ và tên' | 'Nam' | 'Nữ').
  if (!sexWordName || candidate.columns.some((labelled) => labelled.fold !== undefined && !keys.has(labelled.column) && isNameStart(labelled.fold))) return false;
  for (const key of taken) if (DATE_KEY.test(key)) return true;
  return false;
}
