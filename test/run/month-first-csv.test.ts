import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runInto } from './run-helpers.js';

// A birth book exported to CSV on an English-US Windows: every date m/d/yyyy (DOMAIN.md §5).
// Each date column is judged as a whole: '1/25/2012' shows the month first, so '1/3/2012'
// in the same column is 3 January, not 1 March.
const HEADER = 'Số,Ngày đăng ký,Họ và tên,Giới tính,"Ngày, tháng, năm sinh",Nơi sinh,Dân tộc,Quốc tịch,Họ và tên mẹ,Năm sinh mẹ,Nơi cư trú,Họ và tên cha,Năm sinh cha';
const PLACE = 'Trạm y tế xã Tam Hợp';
const RESIDENCE = '"thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc"';

/** [registered, name, sex, born, mother, mother's year, father, father's year], month first; the truth is day-first ISO. */
type Entry = [string, string, string, string, string, number, string, number];
const ENTRIES: Entry[] = [
  ['1/28/2012', 'Bùi Thị Hằng', 'Nữ', '1/21/2012', 'Lê Thị Nguyệt', 1989, 'Bùi Văn Hùng', 1988],
  ['1/25/2012', 'Ngô Thị Nhung', 'Nữ', '1/3/2012', 'Đỗ Thị Liễu', 1988, 'Ngô Văn Long', 1983],
  ['1/27/2012', 'Khổng Thị Hương', 'Nữ', '1/19/2012', 'Nguyễn Thị Thảo', 1981, 'Khổng Văn Trường', 1980],
  ['2/9/2012', 'Hoàng Thị Yến', 'Nữ', '2/1/2012', 'Đỗ Thị Nhung', 1983, 'Hoàng Văn Cường', 1979],
  ['2/14/2012', 'Đỗ Ngọc Hương', 'Nữ', '2/8/2012', 'Đỗ Thị Xuyến', 1980, 'Đỗ Văn Dũng', 1979],
  ['3/3/2012', 'Trần Văn Phúc', 'Nam', '2/26/2012', 'Phan Thị Hoa', 1990, 'Trần Văn Quý', 1987],
  ['3/12/2012', 'Lê Minh Tuấn', 'Nam', '3/5/2012', 'Vũ Thị Lan', 1992, 'Lê Văn Sơn', 1990],
];
const iso = (monthFirst: string): string => {
  const [month, day, year] = monthFirst.split('/');
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
};
const dayFirst = (monthFirst: string): string => monthFirst.replace(/^(\d+)\/(\d+)/, '$2/$1');

async function run(entries: Entry[], name: string) {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-month-first-'));
  const path = join(folder, name);
  const lines = entries.map(([registered, child, sex, born, mother, motherYear, father, fatherYear], index) =>
    [index + 1, registered, child, sex, born, PLACE, 'Kinh', 'Việt Nam', mother, motherYear, RESIDENCE, father, fatherYear].join(','));
  writeFileSync(path, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
  const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
  return { clean: readJsonl(join(out, '249/birth/clean.jsonl')), rejected: readJsonl(join(out, '249/birth/rejected.jsonl')) };
}

type Clean = { registration: { date: string }; child: { birthDate: string }; warnings: { code: string; field: string; message: string }[] };
const dateWarnings = (record: Clean) => record.warnings.filter((warning) => warning.code.startsWith('DATE_')).map((warning) => `${warning.code} ${warning.field}`);

describe('a CSV whose every date is m/d/yyyy', () => {
  it('reads each date column month first throughout, warning on every date that reads either way', async () => {
    const { clean, rejected } = await run(ENTRIES, 'khai-sinh-2012-us.csv');
    expect(rejected).toEqual([]);
    const records = clean.map((record) => record as Clean);
    expect(records.map((record) => [record.registration.date, record.child.birthDate])).toEqual(ENTRIES.map((entry) => [iso(entry[0]), iso(entry[3])]));
    expect(records.map(dateWarnings)).toEqual([
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST child.birthDate'],
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST child.birthDate'],
      ['DATE_MONTH_FIRST_COLUMN registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
      // '3/3/2012' is the same day either way.
      ['DATE_MONTH_FIRST child.birthDate'],
      ['DATE_MONTH_FIRST_COLUMN registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
    ]);
    const warning = records[1]!.warnings.find((found) => found.code === 'DATE_MONTH_FIRST_COLUMN');
    expect(warning?.message).toContain('ngày "1/3/2012" đã được hiểu là 03/01/2012');
  });

  it('reads a column whose every date reads either way month first when another column of the file proves the export', async () => {
    // A small book: its registration dates show the month first three times, its birth dates never (each day at most 12).
    const small: Entry[] = [
      ['1/13/2021', 'Nguyễn Văn Khôi', 'Nam', '1/2/2021', 'Lê Thị Nhàn', 1994, 'Nguyễn Văn Tú', 1992],
      ['1/18/2021', 'Trần Thị Hà Anh', 'Nữ', '1/5/2021', 'Phan Thị Hà', 1995, 'Trần Văn Hòa', 1993],
      ['2/22/2021', 'Lê Văn Thái', 'Nam', '2/10/2021', 'Vũ Thị Hồng', 1996, 'Lê Văn Đức', 1994],
      ['3/4/2021', 'Phạm Thị Diệu', 'Nữ', '2/11/2021', 'Trần Thị Thư', 1997, 'Phạm Văn Thanh', 1995],
    ];
    const { clean, rejected } = await run(small, 'khai-sinh-2021-us.csv');
    expect(rejected).toEqual([]);
    const records = clean.map((record) => record as Clean);
    expect(records.map((record) => [record.registration.date, record.child.birthDate])).toEqual(small.map((entry) => [iso(entry[0]), iso(entry[3])]));
    expect(records.map(dateWarnings)).toEqual([
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
      ['DATE_MONTH_FIRST_COLUMN registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
    ]);
  });

  it('reads a book too small for one column to prove it month first when its columns prove it together', async () => {
    // Two registrations and one birth past the 12th: no column holds three, the sheet does.
    const tiny: Entry[] = [
      ['1/13/2021', 'Nguyễn Văn Khôi', 'Nam', '1/2/2021', 'Lê Thị Nhàn', 1994, 'Nguyễn Văn Tú', 1992],
      ['2/3/2021', 'Trần Thị Hà Anh', 'Nữ', '1/21/2021', 'Phan Thị Hà', 1995, 'Trần Văn Hòa', 1993],
      ['2/22/2021', 'Lê Văn Thái', 'Nam', '2/10/2021', 'Vũ Thị Hồng', 1996, 'Lê Văn Đức', 1994],
    ];
    const { clean, rejected } = await run(tiny, 'khai-sinh-2021-us-nho.csv');
    expect(rejected).toEqual([]);
    const records = clean.map((record) => record as Clean);
    expect(records.map((record) => [record.registration.date, record.child.birthDate])).toEqual(tiny.map((entry) => [iso(entry[0]), iso(entry[3])]));
    expect(records.map(dateWarnings)).toEqual([
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
      ['DATE_MONTH_FIRST_COLUMN registration.date', 'DATE_MONTH_FIRST child.birthDate'],
      ['DATE_MONTH_FIRST registration.date', 'DATE_MONTH_FIRST_COLUMN child.birthDate'],
    ]);
    // One date past the 12th typed day first anywhere in the sheet, and it is day first as before.
    const mixed: Entry[] = [...tiny.slice(0, 2), ['22/2/2021', 'Lê Văn Thái', 'Nam', '10/2/2021', 'Vũ Thị Hồng', 1996, 'Lê Văn Đức', 1994]];
    const dayFirstToo = await run(mixed, 'khai-sinh-2021-tron.csv');
    const births = dayFirstToo.clean.map((record) => (record as Clean).child.birthDate);
    expect(births).toContain('2021-02-10');
    expect(births).not.toContain('2021-01-02');
  });

  it('leaves a column of early days as typed when no column proves the file month first', async () => {
    const typed: Entry[] = [
      ['13/1/2021', 'Nguyễn Văn Khôi', 'Nam', '2/1/2021', 'Lê Thị Nhàn', 1994, 'Nguyễn Văn Tú', 1992],
      ['18/1/2021', 'Trần Thị Hà Anh', 'Nữ', '5/1/2021', 'Phan Thị Hà', 1995, 'Trần Văn Hòa', 1993],
      ['22/2/2021', 'Lê Văn Thái', 'Nam', '10/2/2021', 'Vũ Thị Hồng', 1996, 'Lê Văn Đức', 1994],
      ['4/3/2021', 'Phạm Thị Diệu', 'Nữ', '11/2/2021', 'Trần Thị Thư', 1997, 'Phạm Văn Thanh', 1995],
    ];
    const { clean, rejected } = await run(typed, 'khai-sinh-2021-vn.csv');
    expect(rejected).toEqual([]);
    const records = clean.map((record) => record as Clean);
    expect(records.map((record) => record.child.birthDate)).toEqual(['2021-01-02', '2021-01-05', '2021-02-10', '2021-02-11']);
    expect(records.flatMap(dateWarnings)).toEqual([]);
  });

  it('leaves the same book typed day first as it always was: the same dates, no warning', async () => {
    const typed = ENTRIES.map(([registered, child, sex, born, ...parents]): Entry => [dayFirst(registered), child, sex, dayFirst(born), ...parents]);
    const { clean, rejected } = await run(typed, 'khai-sinh-2012-vn.csv');
    expect(rejected).toEqual([]);
    const records = clean.map((record) => record as Clean);
    expect(records.map((record) => [record.registration.date, record.child.birthDate])).toEqual(ENTRIES.map((entry) => [iso(entry[0]), iso(entry[3])]));
    expect(records.flatMap(dateWarnings)).toEqual([]);
  });
});
