import type { FontEncoding } from '../normalize/text/legacy-encoding.js';
import type { HeaderRowText } from './header-cells.js';

/** One labelled column of a header candidate. */
export interface CandidateColumn {
  column: number;
  /** The label as written ('Thông tin về mẹ / Họ và tên' for a grouped one). */
  label: string;
  /** A one-cell label's fold: looked up once per sheet, whatever candidates it is in. */
  fold?: string;
  /** A grouped label: the group's and the attribute's folds, combined into forms only when needed. */
  group?: { groupFold: string; subFold: string };
}

export interface Candidate {
  /** Spreadsheet row numbers (one row, or the two rows of a two-level header). */
  rowNumbers: number[];
  /** Labelled columns, ascending. */
  columns: CandidateColumn[];
  /** The legacy font encoding its rows were typed in, if any. */
  encoding: FontEncoding | null;
}

export function singleRowCandidate(row: HeaderRowText): Candidate {
  const columns: CandidateColumn[] = [];
  row.texts.forEach((text, column) => {
    if (text) columns.push({ column, label: text, fold: row.folds[column] ?? '' });
  });
  return { rowNumbers: [row.rowNumber], columns, encoding: row.encoding };
}

/**
 * Upper row = groups ('Thông tin về mẹ'), lower row = attributes ('Họ và tên').
 * The streaming reader cannot see merges before the rows, so a group is carried
 * to the right over columns whose upper cell is empty and lower cell is not,
 * exactly the shape a horizontal merge leaves; a column with an upper label and
 * no lower one is a single header merged vertically. Undefined when no column
 * is grouped: the pair would just be its lower row again.
 */
export function twoRowCandidate(upper: HeaderRowText, lower: HeaderRowText): Candidate | undefined {
  const columns: CandidateColumn[] = [];
  let group = '';
  let groupFold = '';
  let grouped = false;
  for (let column = 0; column < Math.max(upper.texts.length, lower.texts.length); column++) {
    const top = upper.texts[column] ?? '';
    const bottom = lower.texts[column] ?? '';
    if (top) {
      group = bottom ? top : '';
      groupFold = bottom ? (upper.folds[column] ?? '') : '';
    }
    if (!bottom) {
      if (top) columns.push({ column, label: top, fold: upper.folds[column] ?? '' });
      continue;
    }
    const subFold = lower.folds[column] ?? '';
    if (!group) {
      columns.push({ column, label: bottom, fold: subFold });
      continue;
    }
    grouped = true;
    columns.push({ column, label: `${group} / ${bottom}`, group: { groupFold, subFold } });
  }
  return grouped ? { rowNumbers: [upper.rowNumber, lower.rowNumber], columns, encoding: upper.encoding ?? lower.encoding } : undefined;
}

/** The words of a group label that can name a person ('thong tin ve me' → 'me'). */
export function groupWords(groupFold: string): string[] {
  return groupFold
    .replace(/\b(thong tin ve|thong tin|ve|ben|cua)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * 'Phần ghi về người chết' › 'Họ và tên' → 'ho va ten phan ghi nguoi chet', …, 'ho va ten nguoi chet', …
 * (the attribute with each tail of the group's words, after and before it).
 */
export function combinedForms(words: readonly string[], sub: string): string[] {
  const forms: string[] = [];
  for (let start = 0; start < words.length; start++) {
    const suffix = words.slice(start).join(' ');
    forms.push(`${sub} ${suffix}`, `${suffix} ${sub}`);
  }
  return forms;
}

/**
 * Whether any combined form of a grouped label can name a column at all, from
 * which words of the group (`groupFlags`) and of the attribute (`subFlags`) are
 * words of aliases of two or more words. An alias of one word matches only a
 * label of one word, which a combined form never is; a longer alias is found
 * only inside a run of two or more such words. So some form must hold such a
 * run: inside the attribute, inside the group's words (the first form has them
 * all), or across the join of attribute and group tail, either way round.
 */
export function combinedFormsCanMatch(groupFlags: readonly boolean[], subFlags: readonly boolean[]): boolean {
  if (groupFlags.length === 0) return false;
  if (hasRunOfTwo(subFlags) || hasRunOfTwo(groupFlags)) return true;
  // 'sub tail' joins the sub's last word to some tail's first word; 'tail sub' joins the group's last word to the sub's first.
  if (subFlags[subFlags.length - 1] === true && groupFlags.includes(true)) return true;
  return groupFlags[groupFlags.length - 1] === true && subFlags[0] === true;
}

/** Two adjacent true flags. */
export function hasRunOfTwo(flags: readonly boolean[]): boolean {
  for (let i = 1; i < flags.length; i++) if (flags[i] && flags[i - 1]) return true;
  return false;
}
