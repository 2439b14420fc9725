import type { SourceCell } from '../ingest/source-cell.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { cleanText } from '../normalize/memo/cell-memo.js';
import type { RecordTypeName } from '../record-types/record-type.js';

/**
 * What strikethrough (SourceCell.struck, XLSX only) says of an entry.
 *
 * A clerk cancels an entry written wrongly by striking it through and writes it again
 * below (the remarks, when they say so, are entry-remarks.ts's); the typist copies the
 * strike with the font (Ctrl+5) on the row or on its main cells. Such an entry registers
 * nothing: loaded, it would reach the national database beside the entry written again,
 * or become the survivor of the pair. It is one when its identifying cells — the name of
 * the person it registers, both spouses' in a marriage — are struck whole, and so are more
 * than half of the row's cells with text: ENTRY_STRUCK_THROUGH, the entry read as typed.
 *
 * Anything less is a struck value in an entry that stands (a remark struck out, a name struck
 * and written again in the remarks, a word struck inside a cell): what is struck is not
 * part of the value. A cell struck whole is read as empty (a required one is then reported
 * missing); a cell with only some runs struck is read without them (the reader left them
 * out). Both with CELL_STRUCK_THROUGH, so the officer sees what was left out.
 */

/** The cells that identify an entry: the name of the person it registers. */
const ENTRY_NAME_KEYS: Readonly<Record<RecordTypeName, readonly string[]>> = {
  birth: ['child.fullName'],
  marriage: ['husband.fullName', 'wife.fullName'],
  death: ['deceased.fullName'],
};

/** A name typed in 'Họ' | 'Chữ đệm' | 'Tên' columns: the parts' keys beside the given name's (FieldMemo.namePartKeys). */
const NAME_PART_KEYS = ['familyNamePart', 'middleNamePart'] as const;

/** Where a sheet's columns are (its SheetPlan). */
export interface StrikeLayout {
  type: RecordTypeName;
  /** Column key → column index. */
  columnOf: ReadonlyMap<string, number>;
  /** Column index → column key. */
  keyOf: ReadonlyMap<number, string>;
}

/** How to read a row with struck text. */
export interface StruckRow {
  /** The cells to read: as typed for a struck entry; else without the cells struck whole. */
  cells: (SourceCell | undefined)[];
  findings: BoundFinding[];
}

const NOT_BLANK = /\S/;

function hasText(cell: SourceCell | undefined): cell is SourceCell {
  return cell !== undefined && NOT_BLANK.test(cell.text);
}

/** The row's struck cells read as the clerk meant them; null for a row without struck text (nearly every row). */
export function struckCells(cells: readonly (SourceCell | undefined)[], layout: StrikeLayout): StruckRow | null {
  let struck = false;
  for (let column = 0; column < cells.length; column++) {
    if (cells[column]?.struck !== undefined) {
      struck = true;
      break;
    }
  }
  if (!struck) return null;
  const entry = struckEntry(cells, layout);
  if (entry !== null) return { cells: [...cells], findings: [entry] };
  const read = [...cells];
  const findings: BoundFinding[] = [];
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column];
    const key = layout.keyOf.get(column);
    // A cell under no column the record reads stays in `raw` as typed.
    if (cell?.struck === undefined || key === undefined) continue;
    if (cell.struck === true) {
      if (!hasText(cell)) continue;
      read[column] = undefined;
      findings.push({ code: 'CELL_STRUCK_THROUGH', field: key, column: cell.column, value: shownText(cell), params: { read: 'ô được đọc như để trống' } });
    } else {
      const read = shownText(cell).trim();
      findings.push({
        code: 'CELL_STRUCK_THROUGH', field: key, column: cell.column, value: shownText(cell, cell.struck), normalized: read, params: { read: `giá trị được đọc là "${read}"` },
      });
    }
  }
  return { cells: read, findings };
}

/** ENTRY_STRUCK_THROUGH when the entry's names are struck whole, and more than half of its cells with text are. */
function struckEntry(cells: readonly (SourceCell | undefined)[], layout: StrikeLayout): BoundFinding | null {
  const names: string[] = [];
  for (const key of ENTRY_NAME_KEYS[layout.type]) {
    const role = key.slice(0, key.lastIndexOf('.'));
    const parts: string[] = [];
    for (const nameKey of [`${role}.${NAME_PART_KEYS[0]}`, `${role}.${NAME_PART_KEYS[1]}`, key]) {
      const column = layout.columnOf.get(nameKey);
      const cell = column === undefined ? undefined : cells[column];
      if (!hasText(cell)) continue;
      if (cell.struck !== true) return null;
      parts.push(shownText(cell).trim());
    }
    if (parts.length > 0) names.push(parts.join(' '));
  }
  if (names.length === 0) return null;
  let withText = 0;
  let struckWhole = 0;
  for (const cell of cells) {
    if (!hasText(cell)) continue;
    withText++;
    if (cell.struck === true) struckWhole++;
  }
  if (struckWhole * 2 <= withText) return null;
  return { code: 'ENTRY_STRUCK_THROUGH', field: 'row', value: names.join(', '), params: { struck: struckWhole, cells: withText } };
}

/**
 * A cell's text (or `text`, the cell's text with its struck runs) as the officer sees it in the sheet:
 * legacy fonts decoded (FieldReader.shownText). Only struck cells come here: no memo needed.
 */
function shownText(cell: SourceCell, text = cell.text): string {
  if (typeof cell.value !== 'string') return text;
  const source: SourceCell = text === cell.text ? cell : { value: text, text, column: cell.column };
  if (source !== cell) {
    const font = cell.font ?? cell.runs?.[0]?.font;
    if (font !== undefined) source.font = font;
    if (cell.encoding !== undefined) source.encoding = cell.encoding;
    if (cell.lostSoftHyphen !== undefined) source.lostSoftHyphen = cell.lostSoftHyphen;
  }
  const cleaned = cleanText(source).value;
  return cleaned === '' ? text : cleaned;
}
