import { normalizeText } from '../normalize/text/normalize-text.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import type { AliasIndex } from './alias-index.js';
import { foldHeader } from './header-text.js';
import type { SheetRow } from './sheet-source.js';
import type { SourceCell } from './source-cell.js';

/** How many rows at the top of a sheet are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;
/** A header must name at least this many known columns. */
const MIN_MATCHED_COLUMNS = 3;

export interface DetectedHeader {
  type: RecordTypeDefinition;
  /** Spreadsheet row numbers of the header (one row, or two for a two-level header). */
  headerRowNumbers: number[];
  /** Column index → canonical key. */
  keys: Map<number, string>;
  /** Column index → header label as written ('Thông tin về mẹ / Họ và tên'). */
  labels: Map<number, string>;
  score: number;
}

interface Candidate {
  rowNumbers: number[];
  labels: Map<number, string>;
  /** Alternative folded forms to try per column, best first. */
  forms: Map<number, string[]>;
}

/**
 * Finds, among the first rows, the row (or pair of rows of a merged two-level
 * header) that best matches a record type's column aliases, and the type.
 * Returns null when nothing looks like a header of any of the given types.
 */
export function detectHeader(rows: readonly SheetRow[], indexes: readonly AliasIndex[]): DetectedHeader | null {
  const texts = rows.slice(0, HEADER_SEARCH_ROWS).map((row) => row.cells.map(headerText));
  // Each label folded once: every candidate below reuses it.
  const folds = texts.map((rowTexts) => rowTexts.map((text) => (text ? foldHeader(text) : '')));
  let best: DetectedHeader | null = null;
  for (let i = 0; i < texts.length; i++) {
    const single = singleRowCandidate(rows[i]?.rowNumber ?? 0, texts[i] ?? [], folds[i] ?? []);
    const pair = i + 1 < texts.length ? twoRowCandidate(rows, texts, folds, i) : undefined;
    // A pair without a single group column is just its lower row again: leave it to the single-row candidate.
    for (const candidate of pair ? [single, pair] : [single]) {
      for (const index of indexes) {
        const match = matchCandidate(candidate, index, indexes.length > 1);
        // Strictly better only: on a tie the single row and the earlier row win.
        if (match && (!best || match.score > best.score)) best = match;
      }
    }
  }
  return best;
}

function headerText(cell: SourceCell | undefined): string {
  if (!cell) return '';
  return normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }).value;
}

function singleRowCandidate(rowNumber: number, texts: string[], folds: string[]): Candidate {
  const labels = new Map<number, string>();
  const forms = new Map<number, string[]>();
  texts.forEach((text, column) => {
    if (!text) return;
    labels.set(column, text);
    forms.set(column, [folds[column] ?? foldHeader(text)]);
  });
  return { rowNumbers: [rowNumber], labels, forms };
}

/**
 * Upper row = groups ('Thông tin về mẹ'), lower row = attributes ('Họ và tên').
 * The streaming reader cannot see merges before the rows, so a group is carried
 * to the right over columns whose upper cell is empty and lower cell is not,
 * exactly the shape a horizontal merge leaves; a column with an upper label and
 * no lower one is a single header merged vertically.
 */
function twoRowCandidate(rows: readonly SheetRow[], texts: string[][], folds: string[][], i: number): Candidate | undefined {
  const upper = texts[i] ?? [];
  const lower = texts[i + 1] ?? [];
  const upperFolds = folds[i] ?? [];
  const lowerFolds = folds[i + 1] ?? [];
  const labels = new Map<number, string>();
  const forms = new Map<number, string[]>();
  let group = '';
  let groupFold = '';
  let grouped = false;
  for (let column = 0; column < Math.max(upper.length, lower.length); column++) {
    const top = upper[column] ?? '';
    const bottom = lower[column] ?? '';
    if (top) {
      group = bottom ? top : '';
      groupFold = bottom ? (upperFolds[column] ?? foldHeader(top)) : '';
    }
    if (!bottom) {
      if (top) {
        labels.set(column, top);
        forms.set(column, [upperFolds[column] ?? foldHeader(top)]);
      }
      continue;
    }
    const bottomFold = lowerFolds[column] ?? foldHeader(bottom);
    if (!group) {
      labels.set(column, bottom);
      forms.set(column, [bottomFold]);
      continue;
    }
    grouped = true;
    labels.set(column, `${group} / ${bottom}`);
    forms.set(column, combinedForms(groupFold, bottomFold));
  }
  if (!grouped) return undefined;
  return { rowNumbers: [rows[i]?.rowNumber ?? 0, rows[i + 1]?.rowNumber ?? 0], labels, forms };
}

/**
 * 'Phần ghi về người chết' › 'Họ và tên' → 'ho va ten phan ghi nguoi chet', …, 'ho va ten nguoi chet', …
 * (from the folded group and attribute labels).
 */
function combinedForms(groupFold: string, sub: string): string[] {
  const groupWords = groupFold
    .replace(/\b(thong tin ve|thong tin|ve|ben|cua)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const forms: string[] = [];
  for (let start = 0; start < groupWords.length; start++) {
    const suffix = groupWords.slice(start).join(' ');
    forms.push(`${sub} ${suffix}`, `${suffix} ${sub}`);
  }
  return forms;
}

function matchCandidate(candidate: Candidate, index: AliasIndex, inferring: boolean): DetectedHeader | null {
  const keys = new Map<number, string>();
  const taken = new Map<string, number>();
  let score = 0;
  for (const [column, forms] of candidate.forms) {
    const raw = candidate.labels.get(column) ?? '';
    // An exact alias on any form beats a partial match on an earlier one.
    let best: { key: string; confidence: number } | undefined;
    for (const form of forms) {
      const hit = index.lookup(form, raw);
      if (hit && !taken.has(hit.key) && (!best || hit.confidence > best.confidence)) best = hit;
      if (best?.confidence === 1) break;
    }
    if (!best) continue;
    keys.set(column, best.key);
    taken.set(best.key, column);
    score += best.confidence;
  }
  if (taken.size < MIN_MATCHED_COLUMNS) return null;
  const hasSignature = index.type.signatureKeys.some((key) => taken.has(key));
  const hasName = [...taken.keys()].some((key) => key.endsWith('.fullName'));
  if (!(hasSignature || (!inferring && hasName))) return null;
  return { type: index.type, headerRowNumbers: candidate.rowNumbers, keys, labels: candidate.labels, score };
}
