import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { RowClassifier } from '../../src/ingest/row-kind.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { sheetRows } from './rows.js';

// Session 27, helper 3 (row accounting on messy layouts): two kinds of line as wide as an entry that hold none.
const index = new AliasIndex(RECORD_TYPES.birth);
const headerRow = ['STT', 'Số', 'Ngày đăng ký', 'Họ và tên trẻ', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Quốc tịch', 'Họ tên mẹ', 'Năm sinh mẹ', 'Họ tên cha', 'Nơi cư trú', 'Ghi chú'];
type Cells = (string | number | null)[];

function classifyAll(values: Cells[]): string[] {
  const rows = sheetRows([headerRow, ...values]);
  const header = detectHeader(rows, [index]);
  if (!header) throw new Error('fixture header not detected');
  const classifier = new RowClassifier(header, index);
  return rows.slice(1).map((row) => classifier.classify(row));
}

const entry = (n: number, name: string): Cells => [n, n, '12/03/2019', name, 'Nam', '01/03/2019', 'Kinh', 'Việt Nam', 'Trần Thị Mai', 1990, 'Nguyễn Văn Bình', 'Thôn Ngọc Bảo, xã Tam Hợp', null];

describe('a number of the book crossed out cell by cell', () => {
  it("skips a line whose every cell but the number is an 'x' as an unused line", () => {
    const crossed: Cells = [16, 16, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'];
    expect(classifyAll([entry(15, 'Nguyễn Văn An'), crossed, entry(17, 'Lê Thị Hoa')])).toEqual(['data', 'unused-line', 'data']);
  });

  it("skips it crossed with capitals, dashes, or in part of its cells, the number in 'Số' only", () => {
    const capitals: Cells = [null, 3, 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X'];
    const dashes: Cells = [null, 9, '-', '-', '---', '-', '-', '-', '–', '-', '-', '-', '-'];
    const part: Cells = [7, 7, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', null, null, null];
    expect(classifyAll([entry(2, 'Nguyễn Văn An'), capitals, dashes, part])).toEqual(['data', 'unused-line', 'unused-line', 'unused-line']);
  });

  it("keeps an entry with 'x' typed for the parts it lacks (no father), and one whose name stands among the crosses", () => {
    const noFather: Cells = [4, 4, '20/03/2019', 'Trần Văn Hùng', 'Nam', '02/03/2019', 'Kinh', 'Việt Nam', 'Trần Thị Lan', 1995, 'x', 'x', 'x'];
    const nameLeft: Cells = [5, 5, 'x', 'Phạm Thị Yến', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'];
    const dateLeft: Cells = [6, 6, '25/03/2019', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'];
    expect(classifyAll([entry(3, 'Nguyễn Văn An'), noFather, nameLeft, dateLeft])).toEqual(['data', 'data', 'data', 'data']);
  });
  it("skips it crossed beside the template's ethnicity and nationality, or with 'Bỏ trống' in 'Ghi chú'", () => {
    const besideTemplate: Cells = [8, 8, 'x', 'x', 'x', 'x', 'Kinh', 'Việt Nam', 'x', 'x', 'x', 'x', 'x'];
    const markedUnused: Cells = [9, 9, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', 'Bỏ trống'];
    expect(classifyAll([entry(7, 'Nguyễn Văn An'), besideTemplate, markedUnused, entry(10, 'Lê Thị Hoa')])).toEqual(['data', 'unused-line', 'unused-line', 'data']);
  });

  it('keeps an entry whose cells are dashes beside a remark of its own', () => {
    const foundling: Cells = [11, 11, '-', '-', '-', '-', 'Kinh', 'Việt Nam', '-', '-', '-', '-', 'Trẻ bị bỏ rơi'];
    expect(classifyAll([entry(10, 'Nguyễn Văn An'), foundling])).toEqual(['data', 'data']);
  });
});

describe("a template's formula line showing 0 where it found nothing", () => {
  it('skips the lines below the last entry whose name, sex and date formulas show 0', () => {
    const formulaLine = (n: number): Cells => [n, null, null, 0, 0, 0, 'Kinh', 'Việt Nam'];
    // The name's formula left blank ('=IFERROR(VLOOKUP(…),"")'), the dates and parents' years showing 0 beside the usual residence.
    const blankName: Cells = [16, 16, null, null, 0, 0, 'Kinh', 'Việt Nam', null, 0, null, 'Thôn Ngọc Bảo, xã Tam Hợp'];
    expect(classifyAll([entry(12, 'Nguyễn Văn An'), formulaLine(13), formulaLine(14), [15, 0, 0, 0, 0, 0, 'Kinh', 'Việt Nam', 0, 0, 0, 0, 0], blankName])).toEqual([
      'data',
      'blank',
      'blank',
      'blank',
      'blank',
    ]);
  });

  it('keeps an entry whose name is typed though other cells show 0, and one whose name is 0 beside a real value', () => {
    const zeroYears: Cells = [2, 2, '12/03/2019', 'Lê Văn Bảo', 'Nam', '01/03/2019', 'Kinh', 'Việt Nam', 'Trần Thị Mai', 0, 0, 'Thôn Ngọc Bảo', null];
    const zeroNameDated: Cells = [3, 3, '14/03/2019', 0, 'Nữ', '02/03/2019', 'Kinh', 'Việt Nam', 'Đỗ Thị Hà', 1992, 'Lưu Văn Tú', null, null];
    const zeroNameRemark: Cells = [4, 4, null, 0, 0, 0, 'Kinh', 'Việt Nam', null, null, null, null, 'Con thứ hai'];
    // An entry whose name is lost but whose registration date stands, and one typing a sex word beside the zeros.
    const nameLost: Cells = [5, 5, '16/03/2019', null, 0, 0, 'Kinh', 'Việt Nam', null, 0, null, null, null];
    const sexTyped: Cells = [6, 6, null, null, 'Nữ', 0, 'Kinh', 'Việt Nam', null, 0, null, null, null];
    expect(classifyAll([entry(1, 'Nguyễn Văn An'), zeroYears, zeroNameDated, zeroNameRemark, nameLost, sexTyped])).toEqual(['data', 'data', 'data', 'data', 'data', 'data']);
  });

  it("skips a lookup's #N/A lines the same way, but keeps one beside a number typed in 'Số' or a real value", () => {
    const notFound: Cells = [17, null, null, '#N/A', '#N/A', '#N/A', 'Kinh', 'Việt Nam'];
    const numbered: Cells = [18, 18, null, '#N/A', '#N/A', '#N/A', 'Kinh', 'Việt Nam'];
    const lost: Cells = [19, 19, '#REF!', '#REF!', '#REF!', '#REF!', 'Kinh', 'Việt Nam'];
    const dated: Cells = [20, null, '20/03/2019', '#N/A', '#N/A', '01/03/2019', 'Kinh', 'Việt Nam'];
    expect(classifyAll([entry(16, 'Nguyễn Văn An'), notFound, numbered, lost, dated])).toEqual(['data', 'blank', 'data', 'data', 'data']);
  });
});
