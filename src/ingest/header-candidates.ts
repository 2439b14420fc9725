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
  /**
   * Under a group label that may be another person's (centredGroups): named
   * no column, so its values stay in `raw` rather than go to the wrong person.
   */
  unplaced?: true;
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
 * no lower one is a single header merged vertically. A group label typed in the
 * middle of its columns instead of merged over them is placed by centredGroups.
 * Undefined when no column is grouped: the pair would just be its lower row again.
 */
export function twoRowCandidate(upper: HeaderRowText, lower: HeaderRowText): Candidate | undefined {
  const width = Math.max(upper.texts.length, lower.texts.length);
  const groupAt = carriedGroups(upper, lower, width);
  centredGroups(upper, lower, groupAt);
  const columns: CandidateColumn[] = [];
  let grouped = false;
  for (let column = 0; column < width; column++) {
    const top = upper.texts[column] ?? '';
    const bottom = lower.texts[column] ?? '';
    if (!bottom) {
      if (top) columns.push({ column, label: top, fold: upper.folds[column] ?? '' });
      continue;
    }
    const subFold = lower.folds[column] ?? '';
    const at = groupAt[column]!;
    if (at === UNPLACED) {
      grouped = true;
      columns.push({ column, label: bottom, fold: '', unplaced: true });
      continue;
    }
    // A label merged down over both rows, its text repeated in each ('STT' over 'STT', as an export or an
    // unmerge with 'fill' leaves it): one label, not a group of itself.
    if (at < 0 || (at === column && upper.folds[column] === subFold)) {
      columns.push({ column, label: bottom, fold: subFold });
      continue;
    }
    grouped = true;
    columns.push({ column, label: `${upper.texts[at]!} / ${bottom}`, group: { groupFold: upper.folds[at] ?? '', subFold } });
  }
  return grouped ? { rowNumbers: [upper.rowNumber, lower.rowNumber], columns, encoding: upper.encoding ?? lower.encoding } : undefined;
}

/**
 * A three-level header ('Thông tin về cha, mẹ' over 'Mẹ' | 'Cha' over 'Họ và tên'
 * | 'Năm sinh' | …): read as a two-level one whose groups are the middle row's
 * labels, under the top row's group (kept in the label as written); where the
 * middle row is empty the top row's label stands (a label merged down over the
 * middle row: 'STT', 'Người đi khai' over 'Họ tên' | 'Quan hệ'). Undefined unless
 * the rows have that shape (hasThreeLevels).
 */
export function threeRowCandidate(top: HeaderRowText, middle: HeaderRowText, lower: HeaderRowText): Candidate | undefined {
  const width = Math.max(top.texts.length, middle.texts.length, lower.texts.length);
  if (!hasThreeLevels(top, middle, lower, width)) return undefined;
  const topGroupAt = carriedGroups(top, middle, width);
  const texts: string[] = [];
  const folds: string[] = [];
  // Middle labels merged down over the lower row, under a top group: the group's words name them too.
  const mergedDown = new Map<number, { groupFold: string; subFold: string }>();
  for (let column = 0; column < width; column++) {
    const label = middle.texts[column] ?? '';
    if (label) {
      const at = topGroupAt[column]!;
      texts.push(at < 0 ? label : `${top.texts[at]!} / ${label}`);
      folds.push(middle.folds[column] ?? '');
      if (at >= 0 && !lower.texts[column]) mergedDown.set(column, { groupFold: top.folds[at] ?? '', subFold: middle.folds[column] ?? '' });
    } else {
      texts.push(top.texts[column] ?? '');
      folds.push(top.folds[column] ?? '');
    }
  }
  const groups: HeaderRowText = { rowNumber: top.rowNumber, texts, folds, encoding: top.encoding ?? middle.encoding };
  const candidate = twoRowCandidate(groups, lower);
  if (candidate === undefined) return undefined;
  // 'Người đi khai sinh' over 'Họ, chữ đệm, tên' (merged down): the declarant's name, not a second child's name.
  const columns = mergedDown.size === 0 ? candidate.columns : candidate.columns.map((labelled) => {
    const group = mergedDown.get(labelled.column);
    return group === undefined || labelled.group !== undefined ? labelled : { column: labelled.column, label: labelled.label, group };
  });
  return { columns, rowNumbers: [top.rowNumber, middle.rowNumber, lower.rowNumber], encoding: top.encoding ?? middle.encoding ?? lower.encoding };
}

/**
 * Some column has a label on all three levels, and some middle label is merged
 * over the next columns (an empty middle cell with an attribute below, after a
 * middle label): the shape of a group of groups, which data rows seldom have.
 */
function hasThreeLevels(top: HeaderRowText, middle: HeaderRowText, lower: HeaderRowText, width: number): boolean {
  let allLevels = false;
  let carried = false;
  let middleLabel = false;
  for (let column = 0; column < width; column++) {
    if (middle.texts[column]) {
      middleLabel = true;
      if (top.texts[column] && lower.folds[column]) allLevels = true;
    } else if (middleLabel && lower.texts[column]) {
      carried = true;
    }
  }
  return allLevels && carried;
}

/** Per column, the column whose upper label is its group (carried right from the label over empty upper cells), or -1. */
function carriedGroups(upper: HeaderRowText, lower: HeaderRowText, width: number): number[] {
  const groupAt: number[] = [];
  let group = -1;
  for (let column = 0; column < width; column++) {
    if (upper.texts[column]) group = lower.texts[column] ? column : -1;
    groupAt.push(lower.texts[column] ? group : -1);
  }
  return groupAt;
}

/** groupAt of a column under a group label that may be another person's. */
const UNPLACED = -2;

/**
 * A group label typed once in the middle of its columns, not merged over them
 * ('Người mẹ' in J above 'Họ và tên' … 'Nơi cư trú' in H:L, 'Người cha' in N
 * above M:O): carried right, it would miss the columns to its left and take
 * the next person's first ones. Within a run of columns with an attribute
 * below, when the attribute of the run's first column comes back (each person's
 * block starts alike: 'Họ và tên' | … | 'Họ và tên' | …), the blocks it starts
 * are the groups' columns — if there are as many blocks as labels, one label
 * in each. Else (the run begins with columns of no group: 'STT' | 'Số' |
 * 'Ngày đăng ký' typed in the lower row) the blocks start at name columns
 * ('Họ và tên', 'Họ tên', 'Họ' of a split name), one per label, each label in
 * its block (nameBlocks). Then each block is its label's. A merged layout gives
 * the same groups either way. Any other run is left as carried, except that a
 * name column inside a carried group but not at its start, before a group that
 * does not start with a name (a centred layout whose blocks were not found),
 * is likely the next person's: it and the group's columns after it are left
 * unplaced — kept in `raw` and reported unknown, never given to the wrong person.
 */
function centredGroups(upper: HeaderRowText, lower: HeaderRowText, groupAt: number[]): void {
  for (let start = 0; start < groupAt.length; ) {
    if (!lower.texts[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < groupAt.length && lower.texts[end + 1]) end++;
    placeBlocks(upper, lower, groupAt, start, end);
    start = end + 1;
  }
}

function placeBlocks(upper: HeaderRowText, lower: HeaderRowText, groupAt: number[], start: number, end: number): void {
  const labels: number[] = [];
  for (let column = start; column <= end; column++) if (upper.texts[column]) labels.push(column);
  if (labels.length < 2) return;
  const first = lower.folds[start] ?? '';
  const found = (first === '' ? undefined : comingBack(lower, labels, start, end, first)) ?? nameBlocks(lower, labels, start, end);
  if (found === undefined) {
    unplaceShiftedNames(lower, groupAt, start, end);
    return;
  }
  const { blocks } = found;
  blocks.forEach(({ from, to }, block) => {
    for (let column = from; column <= to; column++) groupAt[column] = found.labels[block]!;
  });
  // Columns after the blocks (another person's name, as 'Họ tên người đi khai') are no label's.
  for (let column = blocks[blocks.length - 1]!.to + 1; column <= end; column++) groupAt[column] = -1;
}

interface Block {
  from: number;
  to: number;
}

/** The blocks the run's first attribute starts each time it comes back, when there are as many as labels and each label lies in its own. */
function comingBack(lower: HeaderRowText, labels: readonly number[], start: number, end: number, first: string): { labels: number[]; blocks: Block[] } | undefined {
  const starts: number[] = [];
  for (let column = start; column <= end; column++) if ((lower.folds[column] ?? '') === first) starts.push(column);
  if (starts.length !== labels.length) return undefined;
  const blocks = starts.map((from, block) => ({ from, to: (starts[block + 1] ?? end + 1) - 1 }));
  return blocks.every(({ from, to }, block) => labels[block]! >= from && labels[block]! <= to) ? { labels: [...labels], blocks } : undefined;
}

/**
 * The blocks of consecutive name columns (each up to the next name column), one
 * per label from the first label after a name column, that label in the first:
 * when each label lies in its own. The last block ends before the name column
 * after it, if any, else at the run's end. Labels before any name column (a
 * 'Ngày đăng ký' over 'Ngày' | 'Tháng' | 'Năm') keep the columns carried, up
 * to the first block. Undefined unless two or more labels have blocks.
 */
function nameBlocks(lower: HeaderRowText, labels: readonly number[], start: number, end: number): { labels: number[]; blocks: Block[] } | undefined {
  const names: number[] = [];
  for (let column = start; column <= end; column++) if (isNameStart(lower.folds[column] ?? '')) names.push(column);
  if (names.length === 0) return undefined;
  const persons = labels.filter((label) => label >= names[0]!);
  const first = names.findLastIndex((column) => column <= persons[0]!);
  if (persons.length < 2 || first + persons.length > names.length) return undefined;
  const blocks = persons.map((_, block) => ({ from: names[first + block]!, to: (names[first + block + 1] ?? end + 1) - 1 }));
  return blocks.every(({ from, to }, block) => persons[block]! >= from && persons[block]! <= to) ? { labels: persons, blocks } : undefined;
}

/** A person's name column, or the first of a split name: 'Họ và tên', 'Họ tên', 'Họ, chữ đệm, tên', 'Họ', 'Họ và chữ đệm' (never 'Hộ khẩu'). */
export function isNameStart(fold: string): boolean {
  return fold === 'ho' || /^ho\b.*\bten\b/.test(fold) || /^ho( va)? chu dem\b/.test(fold);
}

/**
 * Carried groups where the blocks were not found: a name column inside a group
 * but not at its start, when the next group does not start with a name, is
 * likely the next person's (a label typed right of its block's first columns):
 * it and the group's columns after it are unplaced.
 */
function unplaceShiftedNames(lower: HeaderRowText, groupAt: number[], start: number, end: number): void {
  const groups: Block[] = [];
  for (let column = start; column <= end; column++) {
    const at = groupAt[column]!;
    if (at < 0) continue;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.to === column - 1 && groupAt[last.from] === at) last.to = column;
    else groups.push({ from: column, to: column });
  }
  for (let i = 0; i + 1 < groups.length; i++) {
    const { from, to } = groups[i]!;
    if (isNameStart(lower.folds[groups[i + 1]!.from] ?? '')) continue;
    for (let column = from + 1; column <= to; column++) {
      if (!isNameStart(lower.folds[column] ?? '')) continue;
      for (let shifted = column; shifted <= to; shifted++) groupAt[shifted] = UNPLACED;
      break;
    }
  }
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
