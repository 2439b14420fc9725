import { describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../fixtures/generator/legacy-encode.js';
import { columnLetter } from '../../src/ingest/column-letter.js';
import type { SourceCell } from '../../src/ingest/source-cell.js';
import type { RecordTypeName } from '../../src/record-types/record-type.js';
import { struckCells, type StrikeLayout } from '../../src/validate/struck-entry.js';

/** A row of cells under the given column keys; `~` before a value draws it struck through. */
function row(type: RecordTypeName, columns: [key: string, typed: string | null][]): { cells: (SourceCell | undefined)[]; layout: StrikeLayout } {
  const cells = columns.map(([, typed], index): SourceCell | undefined => {
    if (typed === null) return undefined;
    const text = typed.replace(/^~/, '');
    const cell: SourceCell = { value: text, text, column: columnLetter(index) };
    if (typed.startsWith('~')) cell.struck = true;
    return cell;
  });
  const columnOf = new Map(columns.map(([key], index) => [key, index]));
  const keyOf = new Map(columns.map(([key], index) => [index, key]));
  return { cells, layout: { type, columnOf, keyOf } };
}

const codes = (cells: ReturnType<typeof row>) => struckCells(cells.cells, cells.layout)?.findings.map((finding) => finding.code) ?? null;

describe('struck cells of a row', () => {
  it('nothing to say of a row without struck text (nearly every row)', () => {
    expect(struckCells(row('birth', [['registration.number', '7'], ['child.fullName', 'Nguyễn Văn Hùng'], ['remarks', 'Đăng ký lại']]).cells, row('birth', []).layout)).toBeNull();
  });

  it('an entry whose name and most cells with text are struck: ENTRY_STRUCK_THROUGH, read as typed', () => {
    const struck = row('birth', [
      ['stt', '1'], ['registration.number', '7'], ['registration.date', '~10/03/2016'], ['child.fullName', '~Nguyễn Văn Hưng'], ['child.birthDate', '~02/03/2016'],
      ['child.sex', '~Nam'], ['mother.fullName', '~Lê Thị Hoa'], ['remarks', null],
    ]);
    const read = struckCells(struck.cells, struck.layout);
    expect(read?.findings).toEqual([{ code: 'ENTRY_STRUCK_THROUGH', field: 'row', value: 'Nguyễn Văn Hưng', params: { struck: 5, cells: 7 } }]);
    expect(read?.cells).toEqual(struck.cells);
  });

  it('half of the cells struck is not most: the struck cells are not read, each with CELL_STRUCK_THROUGH', () => {
    const half = row('death', [
      ['registration.number', '3'], ['registration.date', '05/01/2018'], ['deceased.fullName', '~Lê Văn Tám'], ['deceased.birthDate', '~03/03/1940'],
    ]);
    const read = struckCells(half.cells, half.layout);
    expect(read?.findings.map((finding) => [finding.code, finding.field, finding.column, finding.value])).toEqual([
      ['CELL_STRUCK_THROUGH', 'deceased.fullName', 'C', 'Lê Văn Tám'],
      ['CELL_STRUCK_THROUGH', 'deceased.birthDate', 'D', '03/03/1940'],
    ]);
    expect(read?.cells.map((cell) => cell?.text)).toEqual(['3', '05/01/2018', undefined, undefined]);
  });

  it('the name not struck: no struck entry, however many other cells are', () => {
    const notName = row('birth', [['registration.number', '~7'], ['registration.date', '~10/03/2016'], ['child.fullName', 'Nguyễn Văn Hùng'], ['child.birthDate', '~02/03/2016']]);
    expect(codes(notName)).toEqual(['CELL_STRUCK_THROUGH', 'CELL_STRUCK_THROUGH', 'CELL_STRUCK_THROUGH']);
  });

  it('a struck remark alone does not cancel the entry', () => {
    expect(codes(row('birth', [['registration.number', '7'], ['child.fullName', 'Nguyễn Văn Hùng'], ['remarks', '~Hủy']]))).toEqual(['CELL_STRUCK_THROUGH']);
  });

  it('a marriage is struck when both spouses are; one spouse\'s name struck is a struck value', () => {
    const both = row('marriage', [['registration.date', '~14/03/2014'], ['husband.fullName', '~Nguyễn Văn Hùng'], ['wife.fullName', '~Trần Thị Lam'], ['remarks', null]]);
    expect(struckCells(both.cells, both.layout)?.findings).toEqual([
      { code: 'ENTRY_STRUCK_THROUGH', field: 'row', value: 'Nguyễn Văn Hùng, Trần Thị Lam', params: { struck: 3, cells: 3 } },
    ]);
    const wife = row('marriage', [['registration.date', '~14/03/2014'], ['husband.fullName', 'Nguyễn Văn Hùng'], ['wife.fullName', '~Trần Thị Lam']]);
    expect(codes(wife)).toEqual(['CELL_STRUCK_THROUGH', 'CELL_STRUCK_THROUGH']);
  });

  it('a name typed in Họ | Chữ đệm | Tên columns is struck when every part with text is', () => {
    const parts = row('birth', [
      ['child.familyNamePart', '~Nguyễn'], ['child.middleNamePart', '~Văn'], ['child.fullName', '~Hưng'], ['child.birthDate', '~02/03/2016'], ['registration.number', '7'],
    ]);
    expect(struckCells(parts.cells, parts.layout)?.findings).toEqual([{ code: 'ENTRY_STRUCK_THROUGH', field: 'row', value: 'Nguyễn Văn Hưng', params: { struck: 4, cells: 5 } }]);
    const givenOnly = row('birth', [['child.familyNamePart', 'Nguyễn'], ['child.middleNamePart', 'Văn'], ['child.fullName', '~Hưng'], ['child.birthDate', '~02/03/2016'], ['mother.fullName', '~Lê Thị Hoa']]);
    expect(codes(givenOnly)).toEqual(['CELL_STRUCK_THROUGH', 'CELL_STRUCK_THROUGH', 'CELL_STRUCK_THROUGH']);
  });

  it('a cell with some words struck (the reader left them out): read as it is, the text as typed in the warning', () => {
    const corrected = row('birth', [['registration.number', '7'], ['child.fullName', 'Nguyễn Văn Hùng']]);
    corrected.cells[1]!.struck = 'Nguyễn Văn Hưng Hùng';
    const read = struckCells(corrected.cells, corrected.layout);
    expect(read?.findings).toEqual([
      {
        code: 'CELL_STRUCK_THROUGH', field: 'child.fullName', column: 'B', value: 'Nguyễn Văn Hưng Hùng', normalized: 'Nguyễn Văn Hùng', params: { read: 'giá trị được đọc là "Nguyễn Văn Hùng"' },
      },
    ]);
    expect(read?.cells[1]?.text).toBe('Nguyễn Văn Hùng');
  });

  it('a .VnTime book: the warnings quote the struck cells decoded, as the sheet shows them', () => {
    const inVnTime = (struck: ReturnType<typeof row>): void => {
      for (const cell of struck.cells) {
        if (cell === undefined) continue;
        cell.text = encodeTcvn3(cell.text);
        cell.value = cell.text;
        if (typeof cell.struck === 'string') cell.struck = encodeTcvn3(cell.struck);
        cell.font = '.VnTime';
      }
    };
    const half = row('death', [['registration.number', '3'], ['registration.date', '05/01/2018'], ['deceased.fullName', 'Lê Văn Tám'], ['deathPlace', '~Trạm y tế xã']]);
    half.cells[2]!.struck = 'Lê Văn Tám Tâm';
    inVnTime(half);
    expect(struckCells(half.cells, half.layout)?.findings.map((finding) => [finding.value, finding.normalized, finding.params?.read])).toEqual([
      ['Lê Văn Tám Tâm', 'Lê Văn Tám', 'giá trị được đọc là "Lê Văn Tám"'],
      ['Trạm y tế xã', undefined, 'ô được đọc như để trống'],
    ]);
    const entry = row('birth', [['registration.number', '7'], ['child.fullName', '~Nguyễn Văn Hưng'], ['child.birthDate', '~02/03/2016']]);
    inVnTime(entry);
    expect(struckCells(entry.cells, entry.layout)?.findings).toMatchObject([{ code: 'ENTRY_STRUCK_THROUGH', value: 'Nguyễn Văn Hưng' }]);
  });

  it('a struck cell under no column the record reads, or a struck blank cell, goes without a word', () => {
    const unknown = row('birth', [['registration.number', '7'], ['child.fullName', 'Nguyễn Văn Hùng'], ['remarks', '~Đăng ký quá hạn']]);
    const keyOf = new Map([...unknown.layout.keyOf].filter(([column]) => column !== 2));
    const read = struckCells(unknown.cells, { ...unknown.layout, keyOf });
    expect(read?.findings).toEqual([]);
    const blank = row('birth', [['registration.number', '7'], ['child.fullName', 'Nguyễn Văn Hùng'], ['remarks', '~ ']]);
    expect(struckCells(blank.cells, blank.layout)?.findings).toEqual([]);
  });
});
