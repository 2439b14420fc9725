import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HELD_ROWS, withMonthFirstColumns } from '../../src/ingest/month-first-columns.js';
import { openSheets } from '../../src/ingest/open-sheets.js';
import type { SheetRow, SheetSource } from '../../src/ingest/sheet-source.js';
import type { SourceCell } from '../../src/ingest/source-cell.js';
import { writeHandMade } from './xlsx-scan/hand-made-package.js';

// A CSV exported on an English-US Windows writes every date m/d/yyyy: its date columns are
// judged as a whole (src/ingest/month-first-columns.ts), and the dates that read either way
// of a month-first column are marked to be read month first.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hotich-month-first-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEADER = 'Số,Ngày đăng ký,Họ và tên,Giới tính,"Ngày, tháng, năm sinh",Nơi sinh,Số định danh cá nhân,Họ và tên mẹ,Năm sinh mẹ,Họ và tên cha,Năm sinh cha';
const PLACE = 'Trạm y tế xã Tam Hợp';

type Entry = [registered: string, name: string, sex: string, born: string, id: string, mother: string, motherYear: number, father: string, fatherYear: number];

/** The Tam Hợp births of early 2012 as a US-locale Excel exported them: m/d/yyyy, no leading zeros. */
const US_EXPORT: Entry[] = [
  ['1/28/2012', 'Bùi Thị Hằng', 'Nữ', '1/21/2012', '026312100037', 'Lê Thị Nguyệt', 1989, 'Bùi Văn Hùng', 1988],
  ['1/25/2012', 'Ngô Thị Nhung', 'Nữ', '1/3/2012', '026312100074', 'Đỗ Thị Liễu', 1988, 'Ngô Văn Long', 1983],
  ['1/27/2012', 'Khổng Thị Hương', 'Nữ', '1/19/2012', '026312100111', 'Nguyễn Thị Thảo', 1981, 'Khổng Văn Trường', 1980],
  ['2/9/2012', 'Hoàng Thị Yến', 'Nữ', '2/1/2012', '026312100185', 'Đỗ Thị Nhung', 1983, 'Hoàng Văn Cường', 1979],
  ['2/14/2012', 'Đỗ Ngọc Hương', 'Nữ', '2/8/2012', '026312100222', 'Đỗ Thị Xuyến', 1980, 'Đỗ Văn Dũng', 1979],
  ['3/3/2012', 'Trần Văn Phúc', 'Nam', '2/26/2012', '026212100259', 'Phan Thị Hoa', 1990, 'Trần Văn Quý', 1987],
  ['3/12/2012', 'Lê Minh Tuấn', 'Nam', '3/5/2012', '026212100296', 'Vũ Thị Lan', 1992, 'Lê Văn Sơn', 1990],
];

function csvOf(entries: Entry[]): string {
  const lines = entries.map(([registered, name, sex, born, id, mother, motherYear, father, fatherYear], index) =>
    [index + 1, registered, name, sex, born, PLACE, id, mother, motherYear, father, fatherYear].join(','));
  return `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;
}

async function csvRows(name: string, entries: Entry[]): Promise<SheetRow[]> {
  const path = join(folder, name);
  writeFileSync(path, csvOf(entries));
  const rows: SheetRow[] = [];
  for await (const sheet of openSheets(path)) for await (const row of sheet.rows) rows.push(row);
  return rows;
}

/** The texts marked month first, as 'column letter: text'. */
const marked = (rows: SheetRow[]): string[] =>
  rows.flatMap((row) => row.cells.filter((cell) => cell?.monthFirst === true).map((cell) => `${cell!.column}: ${cell!.text}`));

/** Day-first entries: the same book typed on a Vietnamese-locale PC, d/m/yyyy. */
const dayFirst = (entries: Entry[]): Entry[] =>
  entries.map(([registered, name, sex, born, ...rest]) => [swapFields(registered), name, sex, swapFields(born), ...rest]);
const swapFields = (date: string): string => date.replace(/^(\d+)\/(\d+)/, '$2/$1');

describe('a CSV exported on a US-locale PC (every date m/d/yyyy)', () => {
  it('marks the dates that read either way of its month-first columns, and nothing else', async () => {
    const rows = await csvRows('khai-sinh-2012-us.csv', US_EXPORT);
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // '1/21/2012', '2/14/2012' … tell on their own (DATE_MONTH_FIRST); '3/3/2012' reads the same either way.
    expect(marked(rows)).toEqual(['E: 1/3/2012', 'B: 2/9/2012', 'E: 2/1/2012', 'E: 2/8/2012', 'B: 3/12/2012', 'E: 3/5/2012']);
  });

  it('with the time of day Excel writes after a date-time cell\'s date (m/d/yyyy h:mm), judged the same', async () => {
    const withTimes = US_EXPORT.map(([registered, name, sex, born, ...rest]): Entry => [`${registered} 0:00`, name, sex, `${born} 12:00:00 AM`, ...rest]);
    const rows = await csvRows('khai-sinh-2012-us-gio.csv', withTimes);
    expect(marked(rows)).toEqual(['E: 1/3/2012 12:00:00 AM', 'B: 2/9/2012 0:00', 'E: 2/1/2012 12:00:00 AM', 'E: 2/8/2012 12:00:00 AM', 'B: 3/12/2012 0:00', 'E: 3/5/2012 12:00:00 AM']);
  });
});

describe('a workbook whose dates are texts written month first (a CSV opened and saved as .xlsx)', () => {
  it('is judged as the CSV is', async () => {
    const texts = US_EXPORT.flatMap(([registered, name, , born]) => [registered, name, born]);
    const rows = US_EXPORT.map((_, index) => {
      const r = index + 1;
      const cell = (column: string, at: number) => `<c r="${column}${r}" t="s"><v>${index * 3 + at}</v></c>`;
      return `<row r="${r}">${cell('A', 0)}${cell('B', 1)}${cell('C', 2)}</row>`;
    }).join('');
    const path = join(folder, 'khai-sinh-2012-us.xlsx');
    writeHandMade(path, { sheets: [{ name: 'Sheet1', rows }], sharedStrings: texts.map((text) => `<t>${text}</t>`) });
    const read: SheetRow[] = [];
    for await (const sheet of openSheets(path)) for await (const row of sheet.rows) read.push(row);
    expect(read).toHaveLength(US_EXPORT.length);
    expect(marked(read)).toEqual(['C: 1/3/2012', 'A: 2/9/2012', 'C: 2/1/2012', 'C: 2/8/2012', 'A: 3/12/2012', 'C: 3/5/2012']);
  });
});

describe('a day-first book (Vietnamese locale) never changes', () => {
  it('whose dates all read either way', async () => {
    const entries: Entry[] = [
      ['10/1/2012', 'Bùi Thị Hằng', 'Nữ', '3/1/2012', '026312100037', 'Lê Thị Nguyệt', 1989, 'Bùi Văn Hùng', 1988],
      ['9/2/2012', 'Hoàng Thị Yến', 'Nữ', '1/2/2012', '026312100185', 'Đỗ Thị Nhung', 1983, 'Hoàng Văn Cường', 1979],
      ['12/3/2012', 'Lê Minh Tuấn', 'Nam', '5/3/2012', '026212100296', 'Vũ Thị Lan', 1992, 'Lê Văn Sơn', 1990],
      ['11/4/2012', 'Trần Văn Phúc', 'Nam', '2/4/2012', '026212100259', 'Phan Thị Hoa', 1990, 'Trần Văn Quý', 1987],
    ];
    expect(marked(await csvRows('khai-sinh-2012-nho.csv', entries))).toEqual([]);
  });

  it('whose dates read either way or day first only, as any book', async () => {
    expect(marked(await csvRows('khai-sinh-2012-vn.csv', dayFirst(US_EXPORT)))).toEqual([]);
  });

  it('with two months above 12 typed by mistake among dates that read either way', async () => {
    const entries: Entry[] = [
      ['10/1/2012', 'Bùi Thị Hằng', 'Nữ', '3/1/2012', '026312100037', 'Lê Thị Nguyệt', 1989, 'Bùi Văn Hùng', 1988],
      ['9/21/2012', 'Hoàng Thị Yến', 'Nữ', '1/2/2012', '026312100185', 'Đỗ Thị Nhung', 1983, 'Hoàng Văn Cường', 1979],
      ['12/3/2012', 'Lê Minh Tuấn', 'Nam', '5/3/2012', '026212100296', 'Vũ Thị Lan', 1992, 'Lê Văn Sơn', 1990],
      ['11/14/2012', 'Trần Văn Phúc', 'Nam', '2/4/2012', '026212100259', 'Phan Thị Hoa', 1990, 'Trần Văn Quý', 1987],
      ['6/5/2012', 'Đỗ Ngọc Hương', 'Nữ', '1/5/2012', '026312100222', 'Đỗ Thị Xuyến', 1980, 'Đỗ Văn Dũng', 1979],
    ];
    expect(marked(await csvRows('khai-sinh-2012-go-nham.csv', entries))).toEqual([]);
  });

  it('a column holding both kinds is a mix: each date read on its own', async () => {
    // Three month-first texts in the registration column, and one day-first only ('25/3/2012').
    const entries: Entry[] = [...US_EXPORT.slice(0, 5), ['25/3/2012', 'Lê Minh Tuấn', 'Nam', '3/18/2012', '026212100296', 'Vũ Thị Lan', 1992, 'Lê Văn Sơn', 1990]];
    expect(marked(await csvRows('khai-sinh-2012-tron.csv', entries))).toEqual(['E: 1/3/2012', 'E: 2/1/2012', 'E: 2/8/2012']);
  });
});

/** A sheet whose rows come from `make(index)`, counting how many the consumer's reader has taken. */
function countedSheet(count: number, make: (index: number) => SheetRow, faultAt?: number): { sheet: SheetSource; taken: () => number } {
  let taken = 0;
  const rows: AsyncIterable<SheetRow> = {
    async *[Symbol.asyncIterator]() {
      for (let index = 0; index < count; index++) {
        if (index === faultAt) throw new Error('FILE_ENDED');
        taken++;
        yield make(index);
      }
    },
  };
  return { sheet: { name: '', date1904: false, rows }, taken: () => taken };
}

async function* sheetsOf(sheet: SheetSource): AsyncIterable<SheetSource> {
  yield sheet;
}

const text = (value: string, column: string): SourceCell => ({ value, text: value, column, fromCsv: true });
/** A row: a name, a date. */
const dateRow = (index: number, date: string): SheetRow => ({ rowNumber: index + 1, cells: [text(`Nguyễn Văn ${index}`, 'A'), text(date, 'B')] });

describe('holding rows until a column is judged', () => {
  it('gives a day-first book\'s rows as they come, once each date column has shown a day above 12', async () => {
    const days = ['3/1/2012', '5/1/2012', '17/1/2012', '2/2/2012', '20/2/2012'];
    const { sheet, taken } = countedSheet(1000, (index) => dateRow(index, days[index % days.length]!));
    for await (const judged of withMonthFirstColumns(sheetsOf(sheet))) {
      for await (const row of judged.rows) {
        // The first two rows wait for the third ('17/1/2012': day first); after that none waits.
        expect(taken()).toBeLessThanOrEqual(Math.max(row.rowNumber, 3));
        expect(row.cells[1]?.monthFirst).toBeUndefined();
      }
    }
    expect(taken()).toBe(1000);
  });

  it(`holds at most ${MAX_HELD_ROWS} rows: past them the verdict of the rows read holds for the rest`, async () => {
    const count = MAX_HELD_ROWS + 10;
    // The first row already reads either way: every row waits.
    const dates = ['1/3/2012', '1/25/2012', '2/9/2012', '2/14/2012', '3/27/2012'];
    const { sheet, taken } = countedSheet(count, (index) => dateRow(index, dates[index % dates.length]!));
    const rows: SheetRow[] = [];
    for await (const judged of withMonthFirstColumns(sheetsOf(sheet))) {
      for await (const row of judged.rows) {
        if (rows.length === 0) expect(taken()).toBe(MAX_HELD_ROWS);
        rows.push(row);
      }
    }
    expect(rows.map((row) => row.rowNumber)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    const marks = rows.filter((row) => row.cells[1]?.monthFirst === true).map((row) => row.cells[1]!.text);
    expect(marks).toHaveLength((count / dates.length) * 2);
    expect(new Set(marks)).toEqual(new Set(['1/3/2012', '2/9/2012']));
  });

  it('gives the rows held before a fault, unmarked, then the error', async () => {
    const dates = ['1/25/2012', '1/3/2012', '2/14/2012', '3/27/2012', '2/9/2012'];
    const { sheet } = countedSheet(10, (index) => dateRow(index, dates[index % dates.length]!), 7);
    const rows: SheetRow[] = [];
    await expect((async () => {
      for await (const judged of withMonthFirstColumns(sheetsOf(sheet))) for await (const row of judged.rows) rows.push(row);
    })()).rejects.toThrow('FILE_ENDED');
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.some((row) => row.cells[1]?.monthFirst === true)).toBe(false);
  });
});
