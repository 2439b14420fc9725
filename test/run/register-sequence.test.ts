/**
 * Whole-book checks through a run (DOMAIN.md §3.3: a book holds one calendar year and
 * numbers its entries from 1 in the order they are registered; a second book continues
 * the sequence): the year of each registration against its book's, numbers against
 * dates, gaps, repeats whose first holder was rejected; and the sex cells and names
 * (DOMAIN.md §4). A clean book of a few hundred entries must come out without a single
 * warning.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, readJsonl, runInto } from './run-helpers.js';
import { BIRTH_HEADER, birthBook, COLUMN, deathBook, sheetRow, writeBooks, type Book, type Cell } from './realistic-books.js';

interface Finding {
  code: string;
  field: string;
  message: string;
}

interface Outcome {
  kind: 'clean' | 'rejected';
  codes: string[];
  findings: Finding[];
}

async function run(type: 'birth' | 'death', fileName: string, books: Book[]) {
  const path = await writeBooks(fileName, books);
  const { out } = await runInto({ type, districts: ['249'], inputs: [path] });
  const rows = new Map<string, Outcome>();
  for (const record of readJsonl(join(out, `249/${type}/clean.jsonl`)) as any[]) {
    rows.set(`${record.provenance.sheet}!${record.provenance.row}`, { kind: 'clean', codes: record.warnings.map((w: Finding) => w.code), findings: record.warnings });
  }
  for (const record of readJsonl(join(out, `249/${type}/rejected.jsonl`)) as any[]) {
    const findings = [...record.errors, ...record.warnings];
    rows.set(`${record.provenance.sheet}!${record.provenance.row}`, { kind: 'rejected', codes: findings.map((f: Finding) => f.code), findings });
  }
  const summary = readJson(join(out, 'summary.json'));
  const manifest = readJson(join(out, `249/${type}/manifest.json`));
  const errorsWorkbook = join(out, `249/${type}/errors.xlsx`);
  const warned = [...rows].filter(([, outcome]) => outcome.codes.length > 0).map(([key, outcome]) => `${key} ${outcome.codes.join(' ')}`);
  return { rows, summary, manifest, warned, errorsWorkbook, problems: summary.problems as { sheet: string; code: string; message: string }[] };
}

/** The book with `change` applied to a copy of each entry (index from 0). */
function edited(book: Book, change: (row: Cell[], index: number) => Cell[] | null): Book {
  return { ...book, rows: book.rows.flatMap((row, index) => {
    const changed = change([...row], index);
    return changed === null ? [] : [changed];
  }) };
}

describe('a clean book', () => {
  it('of 300 births comes out clean, without a single warning or book problem', async () => {
    const book = birthBook(2016, 300);
    const { rows, warned, problems, manifest } = await run('birth', 'so-khai-sinh-son-loi-2016.xlsx', [book]);
    expect(rows.size).toBe(300);
    expect(warned).toEqual([]);
    expect(problems).toEqual([]);
    expect(manifest.counts).toMatchObject({ rowsRead: 300, clean: 300, rejected: 0 });
  });

  it('of 200 deaths comes out clean, without a single warning or book problem', async () => {
    const book = deathBook(2012, 200);
    const { rows, warned, problems } = await run('death', 'so-khai-tu-son-loi-2012.xlsx', [book]);
    expect(rows.size).toBe(200);
    expect(warned).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('typed in another order (by name) or continued by a second book in another sheet stays clean', async () => {
    const book = birthBook(2016, 120);
    const byName = { ...book, rows: [...book.rows].sort((a, b) => String(a[COLUMN.name]).localeCompare(String(b[COLUMN.name]), 'vi')) };
    expect((await run('birth', 'so-khai-sinh-son-loi-2016.xlsx', [byName])).warned).toEqual([]);
    // Quyển 01 takes entries 1–70, quyển 02 continues at 71 (DOMAIN.md §3.3).
    const first = { ...book, sheet: 'Quyển 01', rows: book.rows.slice(0, 70) };
    const second = { ...book, sheet: 'Quyển 02', titles: [book.titles[0]!, book.titles[1]!, ['Quyển số: 02/2016']], rows: book.rows.slice(70) };
    const { warned, problems } = await run('birth', 'so-khai-sinh-son-loi-2016.xlsx', [first, second]);
    expect(warned).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("the registration year against the book's", () => {
  it('warns of a date typed with the next or the previous year in a book that names its year', async () => {
    const book = edited(birthBook(2017, 60), (row, index) => {
      if (index === 1) row[COLUMN.registered] = String(row[COLUMN.registered]).replace('/2017', '/2018');
      // The whole entry typed a year back: its birth date too.
      if (index === 40) [row[COLUMN.registered], row[COLUMN.born]] = [String(row[COLUMN.registered]).replace('/2017', '/2016'), String(row[COLUMN.born]).replace('/2017', '/2016')];
      return row;
    });
    const { warned } = await run('birth', 'so-khai-sinh-son-loi-2017.xlsx', [book]);
    expect(warned).toEqual([`2017!${sheetRow(book, 1)} DATE_YEAR_NOT_BOOK`, `2017!${sheetRow(book, 40)} DATE_YEAR_NOT_BOOK`]);
  });

  it("takes a book's year from its file's name, else from the year nearly all its entries share", async () => {
    const untitled = { ...birthBook(2017, 60), sheet: 'Sheet1', titles: [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH']] };
    const book = edited(untitled, (row, index) => {
      if (index === 1) row[COLUMN.registered] = String(row[COLUMN.registered]).replace('/2017', '/2018');
      return row;
    });
    const named = await run('birth', 'KS_SonLoi_2017.xlsx', [book]);
    expect(named.warned).toEqual([`Sheet1!${sheetRow(book, 1)} DATE_YEAR_NOT_BOOK`]);
    expect(named.rows.get(`Sheet1!${sheetRow(book, 1)}`)!.findings[0]!.message).toContain('nhưng sổ này là sổ năm 2017 (theo tên tệp "KS_SonLoi_2017.xlsx")');
    expect(named.problems).toEqual([]);
    // No year anywhere: the 59 other entries of 2017 give it; Số 2 stays in the 2017 book (no gap, no order warning).
    const unnamed = await run('birth', 'so-khai-sinh-son-loi.xlsx', [book]);
    expect(unnamed.warned).toEqual([`Sheet1!${sheetRow(book, 1)} DATE_YEAR_NOT_BOOK`]);
    expect(unnamed.rows.get(`Sheet1!${sheetRow(book, 1)}`)!.findings[0]!.message).toContain('nhưng sổ này là sổ năm 2017 (theo các dòng khác của sổ: 59 trên 60 dòng có số là năm 2017)');
    expect(unnamed.problems).toEqual([]);
  });

  it('says nothing of a sheet holding the books of several years, each numbered from 1', async () => {
    const titles = [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH']];
    const years = { ...birthBook(2015, 50), sheet: 'Sheet1', titles, rows: [...birthBook(2015, 50).rows, ...birthBook(2016, 8, 9).rows] };
    const { warned, problems } = await run('birth', 'so-khai-sinh-son-loi.xlsx', [years]);
    expect(warned).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("places an entry typed with another year between two of one book's in that book, in a sheet of several years' books: no gap", async () => {
    const titles = [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH']];
    const rows = [...birthBook(2015, 30).rows, ...birthBook(2016, 30, 9).rows, ...birthBook(2017, 30, 11).rows];
    // 2016's Số 12 typed with 2017 (loaded, warned) and 2017's Số 20 typed with 2015 (before the birth: rejected).
    const years = edited({ ...birthBook(2015, 30), sheet: 'Sheet1', titles, rows }, (row, index) => {
      if (index === 41) row[COLUMN.registered] = String(row[COLUMN.registered]).replace('/2016', '/2017');
      if (index === 79) row[COLUMN.registered] = String(row[COLUMN.registered]).replace('/2017', '/2015');
      return row;
    });
    const { warned, problems, rows: read } = await run('birth', 'so-khai-sinh-son-loi-2015-2017.xlsx', [years]);
    expect(warned).toEqual([`Sheet1!${sheetRow(years, 41)} DATE_YEAR_NOT_BOOK`, `Sheet1!${sheetRow(years, 79)} REGISTRATION_BEFORE_EVENT`]);
    expect(read.get(`Sheet1!${sheetRow(years, 41)}`)!.findings[0]!.message).toContain('sổ năm 2016 (theo dòng liền trên (số 11) và liền dưới (số 13) đều là năm 2016)');
    expect(problems).toEqual([]);
  });

  it("lets the next year's book run on in a file or sheet named for one year, and still warns of a lone mistyped year", async () => {
    const untitled = [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH']];
    // 'KS_SonLoi_2016.xlsx': Số 1–20 of 2016, then the 2017 book numbering from 1 again.
    const twoBooks = { ...birthBook(2016, 20), sheet: 'Sheet1', titles: untitled, rows: [...birthBook(2016, 20).rows, ...birthBook(2017, 12, 9).rows] };
    const named = await run('birth', 'KS_SonLoi_2016.xlsx', [twoBooks]);
    expect(named.rows.size).toBe(32);
    expect(named.warned).toEqual([]);
    expect(named.problems).toEqual([]);
    // A sheet '2016' titled for 2016 whose last rows are the 2017 book.
    const titled = { ...twoBooks, sheet: '2016', titles: [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016']] };
    const sheetNamed = await run('birth', 'so-khai-sinh-son-loi.xlsx', [titled]);
    expect(sheetNamed.warned).toEqual([]);
    expect(sheetNamed.problems).toEqual([]);
    // Số 9 typed '…/2017' inside the 2016 run is still a typo, with the 2017 book below it.
    const typo = edited(twoBooks, (row, index) => {
      if (index === 8) [row[COLUMN.registered], row[COLUMN.born]] = [String(row[COLUMN.registered]).replace('/2016', '/2017'), String(row[COLUMN.born]).replace('/2016', '/2017')];
      return row;
    });
    const warned = await run('birth', 'KS_SonLoi_2016.xlsx', [typo]);
    expect(warned.warned).toEqual([`Sheet1!${sheetRow(typo, 8)} DATE_YEAR_NOT_BOOK`]);
    expect(warned.rows.get(`Sheet1!${sheetRow(typo, 8)}`)!.findings[0]!.message).toContain('nhưng sổ này là sổ năm 2016 (theo tên tệp "KS_SonLoi_2016.xlsx")');
  });

  it("starts the next year's book at its title lower in the sheet", async () => {
    const next = birthBook(2017, 12, 9);
    const titles = [['ỦY BAN NHÂN DÂN XÃ SƠN LÔI'], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2016']];
    const stacked = { ...birthBook(2016, 20), sheet: 'Sheet1', titles, rows: [...birthBook(2016, 20).rows, [], ['SỔ ĐĂNG KÝ KHAI SINH NĂM 2017'], BIRTH_HEADER, ...next.rows] };
    const { rows, warned, problems } = await run('birth', 'so-khai-sinh-son-loi.xlsx', [stacked]);
    expect(rows.size).toBe(32);
    expect(warned).toEqual([]);
    expect(problems).toEqual([]);
    // A 2016 date typed in the 2017 book is that book's typo.
    const typo = { ...stacked, rows: stacked.rows.map((row, index) => (index === 25 ? row.map((cell, column) => (column === COLUMN.registered || column === COLUMN.born ? String(cell).replace('/2017', '/2016') : cell)) : row)) };
    const typed = await run('birth', 'so-khai-sinh-son-loi.xlsx', [typo]);
    expect(typed.warned).toEqual([`Sheet1!${sheetRow(typo, 25)} DATE_YEAR_NOT_BOOK`]);
    expect(typed.rows.get(`Sheet1!${sheetRow(typo, 25)}`)!.findings[0]!.message).toContain('nhưng sổ này là sổ năm 2017 (theo tiêu đề sổ)');
  });
});

describe('register numbers through a run', () => {
  it('reports a gap once, for the book, in the run summary and the officers\' workbook counts', async () => {
    const book = edited(birthBook(1998, 40), (row, index) => (index >= 16 && index <= 18 ? null : row));
    const { warned, problems, manifest, errorsWorkbook } = await run('birth', 'so-khai-sinh-son-loi-1998.xlsx', [book]);
    expect(warned).toEqual([]);
    expect(problems).toEqual([
      {
        district: '249',
        file: 'so-khai-sinh-son-loi-1998.xlsx',
        sheet: '1998',
        code: 'REGISTER_NUMBER_GAP',
        type: 'birth',
        message: `Sổ năm 1998: không có dòng nào mang số 17–19 (3 số), giữa số 16 (dòng ${sheetRow(book, 15)}) và số 20 (dòng ${sheetRow(book, 16)}): có thể thiếu trang, sót dòng khi nhập, hoặc số bị bỏ qua trong sổ gốc.`,
      },
    ]);
    expect(manifest.problemsByCode.REGISTER_NUMBER_GAP).toBe(1);
    // errors.xlsx lists it for the sheet, without a row, as it lists a sheet's problems.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(errorsWorkbook);
    const lines: unknown[][] = [];
    workbook.getWorksheet('Chi tiết')!.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
    expect(lines.filter((line) => line[1] === 'REGISTER_NUMBER_GAP').map((line) => [line[0], line[3], line[4], line[5] ?? null])).toEqual([
      ['Cảnh báo', 'so-khai-sinh-son-loi-1998.xlsx', '1998', null],
    ]);
  });

  it('warns of two numbers typed swapped when their dates differ, once; not when registered the same day', async () => {
    const base = birthBook(2000, 40);
    const swap = (book: Book, a: number, b: number): Book =>
      edited(book, (row, index) => {
        if (index === a) row[COLUMN.number] = b + 1;
        if (index === b) row[COLUMN.number] = a + 1;
        return row;
      });
    // Two entries registered on different days.
    const [a] = [...Array(39).keys()].filter((index) => base.rows[index]![COLUMN.registered] !== base.rows[index + 1]![COLUMN.registered]);
    const { warned, rows } = await run('birth', 'so-khai-sinh-son-loi-2000.xlsx', [swap(base, a!, a! + 1)]);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(new RegExp(`^2000!(${sheetRow(base, a!)}|${sheetRow(base, a! + 1)}) REGISTER_NUMBER_OUT_OF_ORDER$`));
    const [finding] = [...rows.values()].flatMap((outcome) => outcome.findings);
    expect(finding!.message).toMatch(/^Số đăng ký \d+ \(ngày đăng ký \d\d\/\d\d\/2000\) không theo thứ tự ngày đăng ký: số \d+ \(dòng \d+\)/);
    const [same] = [...Array(39).keys()].filter((index) => base.rows[index]![COLUMN.registered] === base.rows[index + 1]![COLUMN.registered]);
    expect((await run('birth', 'so-khai-sinh-son-loi-2000.xlsx', [swap(base, same!, same! + 1)])).warned).toEqual([]);
  });

  it('warns of numbers restarting at 1 in the same year as repeats only, also where the first holder was rejected', async () => {
    // Entries 26–40 numbered 1–15 again; entry 10's birth date is impossible, so row 13 is rejected.
    const book = edited(birthBook(1999, 40), (row, index) => {
      if (index >= 25) row[COLUMN.number] = index - 24;
      if (index === 9) row[COLUMN.born] = '30/02/1999';
      return row;
    });
    const { rows, warned, problems } = await run('birth', 'so-khai-sinh-son-loi-1999.xlsx', [book]);
    expect(rows.get(`1999!${sheetRow(book, 9)}`)).toMatchObject({ kind: 'rejected', codes: ['DATE_IMPOSSIBLE'] });
    expect(warned.filter((line) => !line.includes('DATE_IMPOSSIBLE'))).toEqual([...Array(15).keys()].map((index) => `1999!${sheetRow(book, 25 + index)} REGISTER_NUMBER_REPEATED`));
    expect(rows.get(`1999!${sheetRow(book, 34)}`)!.findings[0]!.message).toContain(`đã dùng cho dòng ${sheetRow(book, 9)} cùng trang tính (dòng đó bị loại vì lỗi khác, chưa được nạp)`);
    expect(problems).toEqual([]);
  });

  it('warns of a repeated number on the rejected row too: after a kept row, or after another rejected row', async () => {
    // Entry 12 repeats entry 11's number and has an impossible birth date (rejected); entries 21
    // and 22 both carry number 21 and both are rejected; entry 31 repeats 30 and is kept.
    const book = edited(birthBook(2005, 40), (row, index) => {
      if (index === 11) [row[COLUMN.number], row[COLUMN.born]] = [11, '31/04/2005'];
      if (index === 20) row[COLUMN.born] = '30/02/2005';
      if (index === 21) [row[COLUMN.number], row[COLUMN.born]] = [21, '31/06/2005'];
      if (index === 30) row[COLUMN.number] = 30;
      // Entry 36 repeats 35's number without a registration date (a derived list's STT, a date left blank):
      // rejected for the date alone, it is no entry a repeat could be told of.
      if (index === 35) [row[COLUMN.number], row[COLUMN.registered]] = [35, ''];
      return row;
    });
    const { rows, warned } = await run('birth', 'so-khai-sinh-son-loi-2005.xlsx', [book]);
    // Clean rows are listed before rejected ones: compared in row order.
    const byRow = (line: string): number => Number(line.slice(5, line.indexOf(' ')));
    expect([...warned].sort((a, b) => byRow(a) - byRow(b))).toEqual([
      `2005!${sheetRow(book, 11)} DATE_IMPOSSIBLE REGISTER_NUMBER_REPEATED`,
      `2005!${sheetRow(book, 20)} DATE_IMPOSSIBLE`,
      `2005!${sheetRow(book, 21)} DATE_IMPOSSIBLE REGISTER_NUMBER_REPEATED`,
      `2005!${sheetRow(book, 30)} REGISTER_NUMBER_REPEATED`,
      `2005!${sheetRow(book, 35)} FIELD_REQUIRED`,
    ]);
    expect(rows.get(`2005!${sheetRow(book, 11)}`)!.findings[1]!.message).toBe(`Số đăng ký 11 năm 2005 của xã này đã dùng cho dòng ${sheetRow(book, 10)} cùng trang tính: hai dòng cùng số, hoặc là một việc đăng ký nhập hai lần, hoặc một số bị ghi nhầm.`);
    expect(rows.get(`2005!${sheetRow(book, 21)}`)!.findings[1]!.message).toContain(`đã dùng cho dòng ${sheetRow(book, 20)} cùng trang tính (dòng đó bị loại vì lỗi khác, chưa được nạp)`);
  });

  it('does not count a cancelled entry as the holder of its number, nor as a gap', async () => {
    const book = edited(birthBook(2016, 30), (row, index) => {
      if (index === 4) row[COLUMN.registered + 13] = 'Hủy (ghi sai tên mẹ), xem số 6';
      if (index === 5) row[COLUMN.number] = 5;
      if (index > 5) row[COLUMN.number] = index;
      return row;
    });
    const { rows, warned, problems } = await run('birth', 'so-khai-sinh-son-loi-2016.xlsx', [book]);
    expect(rows.get(`2016!${sheetRow(book, 4)}`)).toMatchObject({ kind: 'rejected', codes: ['ENTRY_CANCELLED'] });
    expect(warned).toEqual([`2016!${sheetRow(book, 4)} ENTRY_CANCELLED`]);
    expect(problems).toEqual([]);
  });

  it('warns of a number typed with another year, keeping it, without a gap at its number', async () => {
    const book = edited(birthBook(2017, 60), (row, index) => {
      if (index === 46) row[COLUMN.number] = '47/2005';
      return row;
    });
    const { warned, problems, rows } = await run('birth', 'so-khai-sinh-son-loi-2017.xlsx', [book]);
    expect(warned).toEqual([`2017!${sheetRow(book, 46)} REGISTER_NUMBER_YEAR_MISMATCH`]);
    expect(rows.get(`2017!${sheetRow(book, 46)}`)!.findings[0]!.message).toBe('Số đăng ký "47/2005" ghi năm 2005, nhưng ngày đăng ký thuộc năm 2017: số hoặc ngày đăng ký có thể bị ghi nhầm năm.');
    expect(problems).toEqual([]);
  });
});

describe('sex cells and names', () => {
  it("loads '?', 'không rõ' and 'x' as no sex with a warning, on births and deaths; '-' is a blank sex, SEX_MISSING", async () => {
    const marks = ['?', 'không rõ', 'x', '-'];
    const births = edited(birthBook(2012, 20), (row, index) => {
      if (index < marks.length) row[COLUMN.sex] = marks[index]!;
      return row;
    });
    const deaths = edited(deathBook(2012, 20), (row, index) => {
      if (index < marks.length) row[COLUMN.sex] = marks[index]!;
      return row;
    });
    const expected = (book: Book) => [...[0, 1, 2].map((index) => `${book.sheet}!${sheetRow(book, index)} SEX_NOT_KNOWN`), `${book.sheet}!${sheetRow(book, 3)} SEX_MISSING`];
    const birth = await run('birth', 'so-khai-sinh-son-loi-2012.xlsx', [births]);
    expect(birth.warned).toEqual(expected(births));
    expect(birth.rows.get(`2012!${sheetRow(births, 1)}`)).toMatchObject({ kind: 'clean', findings: [{ message: 'Ô giới tính ghi "không rõ": không rõ giới tính, để trống.' }] });
    const death = await run('death', 'so-khai-tu-son-loi-2012.xlsx', [deaths]);
    expect(death.warned).toEqual(expected(deaths));
  });

  it("warns of a child's or a deceased's sex against Văn/Thị, and of parents in each other's columns", async () => {
    const births = edited(birthBook(2017, 20), (row, index) => {
      if (index === 0) [row[COLUMN.name], row[COLUMN.sex]] = ['Nguyễn Thị Lan Anh', 'Nam'];
      if (index === 1) [row[COLUMN.name], row[COLUMN.sex]] = ['Phạm Văn Đức', 'Nữ'];
      // The parents typed in each other's columns.
      if (index === 2) [row[COLUMN.mother], row[COLUMN.father]] = ['Nguyễn Văn Hùng', 'Trần Thị Mai'];
      return row;
    });
    const birth = await run('birth', 'so-khai-sinh-son-loi-2017.xlsx', [births]);
    expect(birth.warned).toEqual([
      `2017!${sheetRow(births, 0)} SEX_MIDDLE_NAME_MISMATCH`,
      `2017!${sheetRow(births, 1)} SEX_MIDDLE_NAME_MISMATCH`,
      `2017!${sheetRow(births, 2)} PARENT_NAME_SEX PARENT_NAME_SEX`,
    ]);
    const deaths = edited(deathBook(2012, 20), (row, index) => {
      if (index === 0) [row[COLUMN.name], row[COLUMN.sex]] = ['Nguyễn Thị Lan', 'Nam'];
      if (index === 1) [row[COLUMN.name], row[COLUMN.sex]] = ['Trần Văn Hùng', 'Nữ'];
      return row;
    });
    expect((await run('death', 'so-khai-tu-son-loi-2012.xlsx', [deaths])).warned).toEqual([
      `KT 2012!${sheetRow(deaths, 0)} SEX_MIDDLE_NAME_MISMATCH`,
      `KT 2012!${sheetRow(deaths, 1)} SEX_MIDDLE_NAME_MISMATCH`,
    ]);
  });
});

describe('register numbers with a suffix', () => {
  /** Another child's entry (from a book of another seed) numbered `number`, born and registered as `dateOf`'s row. */
  const inserted = (number: string, dateOf: Cell[], from: number): Cell[] => {
    const row = [...birthBook(2016, 60, 99).rows[from]!];
    row[COLUMN.number] = number;
    row[COLUMN.registered] = dateOf[COLUMN.registered]!;
    row[COLUMN.born] = dateOf[COLUMN.born]!;
    return row;
  };

  it("fills the place of its number part: '5/ĐKL', '12/TP', '20b' and an inserted '7a', '7b', '15 bis' make no gap, no repeat, no order warning", async () => {
    const base = birthBook(2016, 60);
    const rows: Cell[][] = [];
    base.rows.forEach((original, index) => {
      const row = [...original];
      if (index === 4) row[COLUMN.number] = '5/ĐKL';
      if (index === 11) row[COLUMN.number] = '12/TP';
      if (index === 19) row[COLUMN.number] = '20b';
      rows.push(row);
      if (index === 6) rows.push(inserted('7a', row, 6), inserted('7b', row, 7));
      if (index === 14) rows.push(inserted('15 bis', row, 14));
    });
    const book = { ...base, rows };
    const { warned, problems, manifest } = await run('birth', 'so-khai-sinh-son-loi-2016.xlsx', [book]);
    expect(warned).toEqual([]);
    expect(problems).toEqual([]);
    expect(manifest.counts).toMatchObject({ rowsRead: 63, clean: 63 });
  });

  it("places '7a' after 7 for the order check, and a second '7' is still a repeat", async () => {
    const base = birthBook(2016, 60);
    const rows: Cell[][] = [];
    base.rows.forEach((original, index) => {
      rows.push([...original]);
      // Registered with entry 30's date: long after 8.
      if (index === 6) rows.push(inserted('7a', base.rows[29]!, 6));
      if (index === 40) rows.push(inserted('7', base.rows[6]!, 7));
    });
    const book = { ...base, rows };
    const { warned, problems } = await run('birth', 'so-khai-sinh-son-loi-2016.xlsx', [book]);
    expect(warned).toEqual([`2016!${sheetRow(book, 7)} REGISTER_NUMBER_OUT_OF_ORDER`, `2016!${sheetRow(book, 42)} REGISTER_NUMBER_REPEATED`]);
    expect(problems).toEqual([]);
  });
});
