import type { DetectedHeader } from '../ingest/header-detect.js';
import type { ColumnMerge, SheetRow } from '../ingest/sheet-source.js';
import type { SourceCell } from '../ingest/source-cell.js';
import type { DittoMarked } from './ditto-findings.js';
import { relationInsteadOfName } from '../normalize/name/declarant-relation.js';

/** Keys whose two parts are an address's: joined as a line break typed in the cell would be, with ', '. */
const PLACE_KEY = /(?:residence|[pP]lace|hometown)$/;
/** Keys a value of which is typed in parts: a person's name ('Tạ Quang' | 'Tuấn') or a place. Dates and codes are not joined. */
const JOINED_KEY = /(?:\.fullName|residence|[pP]lace|hometown)$/;
/** A sex as typed in a column of its own: under a name's merged label of a book with no sex column, it is no part of the name. */
const SEX_WORD = /^(?:nam|nữ|nu|trai|gái|gai)$/iu;

/**
 * A header label merged over two columns or more ('Họ và tên' over C:D) that the clerk typed one value
 * into in parts, a cell each ('Tạ Quang' | 'Tuấn', 'Thôn Nội' | 'xã Sơn Lôi'): the parts under the merged
 * label are one value of its column. Only columns the header gives neither a key nor a label of their
 * own (a two-level header's sub-columns are columns of their own), only names and places, and only text
 * beside text in one font.
 * Read alone, the first part is the value (a given name lost, silently) and the others go to `raw`.
 */
export class SplitUnderMergedLabel {
  /** Column under a merged label → the label's own (first) column, whose key it is. */
  private readonly partOf = new Map<number, number>();
  private readonly keys: ReadonlyMap<number, string>;
  /** Label columns of a person's name whose person has no sex column in the header: a part 'Nam' or 'Nữ' there is the sex. */
  private readonly sexless = new Set<number>();

  constructor(merges: readonly ColumnMerge[], header: DetectedHeader) {
    this.keys = header.keys;
    if (header.sourceColumns !== undefined || header.headerRowNumbers.length === 0) return;
    const firstRow = Math.min(...header.headerRowNumbers);
    const lastRow = Math.max(...header.headerRowNumbers);
    for (const merge of merges) {
      if (merge.firstRow < firstRow || merge.lastRow > lastRow || !JOINED_KEY.test(header.keys.get(merge.firstColumn) ?? '')) continue;
      for (let column = merge.firstColumn + 1; column <= merge.lastColumn; column++) {
        if (!header.keys.has(column) && !header.labels.has(column)) this.partOf.set(column, merge.firstColumn);
      }
      // Only the registered person's sex is recorded (the child's, the deceased's): a declarant's or a parent's
      // name part 'Nam' is a given name.
      const role = /^(child|deceased)\.fullName$/.exec(header.keys.get(merge.firstColumn) ?? '')?.[1];
      if (role !== undefined && ![...header.keys.values()].some((key) => key.startsWith(`${role}.sex`))) this.sexless.add(merge.firstColumn);
    }
  }

  /**
   * The row with each value typed in parts under a merged label joined into its label's column. Ditto marks are
   * filled before (each part copies its own column above); a part's mark is then listed under the label's column,
   * whose field it filled.
   */
  join<R extends SheetRow & DittoMarked>(row: R): R {
    if (this.partOf.size === 0) return row;
    let cells: (SourceCell | undefined)[] | undefined;
    const joined = new Map<number, number>();
    for (const [column, first] of this.partOf) {
      const current = cells ?? row.cells;
      const part = current[column];
      const whole = current[first];
      if (!isPlainText(part) || !isPlainText(whole) || part.font !== whole.font) continue;
      // 'Lê Thị Ngọc' | 'Nữ' under 'Họ và tên' in a book with no 'Giới tính' column: the sex typed beside the name.
      if (this.sexless.has(first) && SEX_WORD.test(part.text.normalize('NFC').trim())) continue;
      const separator = (PLACE_KEY.test(this.keys.get(first) ?? '') && !/[,;]\s*$/.test(whole.text)) || isDeclarantRelation(this.keys.get(first), part) ? ', ' : ' ';
      const text = `${whole.text.trimEnd()}${separator}${part.text.trim()}`;
      cells ??= [...row.cells];
      cells[first] = { ...whole, value: text, text };
      cells[column] = undefined;
      joined.set(column, first);
    }
    if (cells === undefined) return row;
    const marks = row.dittoMarks?.map((mark) => (joined.has(mark.column) ? { ...mark, column: joined.get(mark.column)! } : mark));
    return marks === undefined ? { ...row, cells } : { ...row, cells, dittoMarks: marks };
  }
}

/**
 * The declarant's relation typed in the part beside the name ('Nguyễn Văn Hải' | 'Con', under a 'Người đi
 * khai' merged over both): joined after a comma, as a clerk types it in one cell, it is read as the relation.
 * After a space 'Con' would be read as one more word of the name: no relation, the name 'Nguyễn Văn Hải Con'.
 */
function isDeclarantRelation(key: string | undefined, part: SourceCell): boolean {
  return key === 'declarant.fullName' && relationInsteadOfName(part.text.trim()) !== null;
}

/** A text cell with words, no rich-text runs and no strikethrough: one whose text can be joined to another's. */
function isPlainText(cell: SourceCell | undefined): cell is SourceCell {
  return cell !== undefined && typeof cell.value === 'string' && cell.text.trim() !== '' && cell.runs === undefined && cell.struck === undefined;
}
