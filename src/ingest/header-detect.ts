import type { FontEncoding } from '../normalize/text/legacy-encoding.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import type { AliasIndex } from './alias-index.js';
import { assignKeys } from './header-assign.js';
import { HeaderRows } from './header-cells.js';
import { keySplitDates } from './header-date-parts.js';
import { singleRowCandidate, threeRowCandidate, twoRowCandidate, type Candidate } from './header-candidates.js';
import { SheetLookups } from './header-lookups.js';
import type { ColumnRange, SheetRow } from './sheet-source.js';

/** How many rows at the top of a sheet are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;
/** A header must name at least this many known columns. */
const MIN_MATCHED_COLUMNS = 3;
/** What the day, month or year column of a split date scores at least (keySplitDates). */
const DATE_PART_CONFIDENCE = 0.5;

export interface DetectedHeader {
  type: RecordTypeDefinition;
  /** Spreadsheet row numbers of the header (one row, two for a two-level header, three for a three-level one). */
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
  if (taken.size < MIN_MATCHED_COLUMNS) return null;
  const hasSignature = index.type.signatureKeys.some((key) => taken.has(key));
  const hasName = [...taken].some((key) => key.endsWith('.fullName'));
  if (!(hasSignature || (!inferring && hasName))) return null;
  const labels = new Map(candidate.columns.map((column) => [column.column, column.label]));
  return { type: index.type, headerRowNumbers: candidate.rowNumbers, keys, labels, score, encoding: candidate.encoding };
}
