import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvSheets, type CsvRow } from '../../src/ingest/csv-reader.js';
import { CsvQuoteRecovery, type CsvRecord } from '../../src/ingest/csv-quote-recovery.js';

/** Every record of a text parsed by papaparse with the quote recovery (the text's final line end left out, as a stream reads it). */
function split(text: string, newline = '\r\n', delimiter = ','): CsvRecord[] {
  return new CsvQuoteRecovery(delimiter).readText(text.endsWith(newline) ? text.slice(0, -newline.length) : text, newline);
}

/** Every row the CSV reader streams from a file holding the text. */
async function readRows(text: string, name = 'ks-2015.csv'): Promise<CsvRow[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'hotich-csv-quotes-')), name);
  writeFileSync(path, text);
  const rows: CsvRow[] = [];
  for await (const sheet of readCsvSheets(path)) for await (const row of sheet.rows) rows.push(row as CsvRow);
  return rows;
}

const HEADER = 'Số,Ngày đăng ký,Họ và tên,Giới tính,Ngày sinh,Họ và tên mẹ,Họ và tên cha,Ghi chú';
// A birth book typed in commune software and exported without escaping quotes (the s8 CSV report, defect 1).
const NAIVE_QUOTES = [
  HEADER,
  '1,05/01/2015,Nguyễn Văn Hùng,Nam,01/01/2015,Trần Thị Hoa,Nguyễn Văn Nam,',
  '2,06/01/2015,Lê Thị Lan,Nữ,02/01/2015,Phạm Thị Mai,Lê Văn Tuấn,"Bin" là tên ở nhà',
  '3,07/01/2015,Đỗ Văn Long,Nam,03/01/2015,Vũ Thị Thu,Đỗ Văn Sơn,',
  '4,08/01/2015,Bùi Thị Hằng,Nữ,04/01/2015,Ngô Thị Hà,Bùi Văn Hải,Con thứ 3 (theo "Quyết định" số 12)',
  '5,09/01/2015,Trần Văn Đức,Nam,05/01/2015,Lê Thị Thu,Trần Văn Bình,',
  '6,10/01/2015,Phạm Văn An,Nam,06/01/2015,Lê Thị Nga,Phạm Văn Cường,',
];

describe('CSV quote recovery', () => {
  // Before session 24 the nickname's line was rejected (CSV_MALFORMED_QUOTES) though nothing in it was lost.
  it('reads a nickname in bare quotes as the clerk typed it, and every entry after it as its own record', () => {
    {
      const records = split(`${NAIVE_QUOTES.join('\r\n')}\r\n`);
      expect(records.map((record) => record.fields[0])).toEqual(['Số', '1', '2', '3', '4', '5', '6']);
      expect(records.map((record) => record.problem)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
      expect(records[2]?.fields[7]).toBe('"Bin" là tên ở nhà');
      // A quote inside a field (not at its start) is a character like any other.
      expect(records[4]?.fields[7]).toBe('Con thứ 3 (theo "Quyết định" số 12)');
      expect(records.every((record) => record.fields.length === 8)).toBe(true);
    }
  });

  it('ends a quote left open at its own line when the next lines are entries of their own', () => {
    const lines = [
      'STT,Số,Ngày đăng ký,Họ và tên,Ngày sinh,Giới tính,Họ và tên mẹ,Năm sinh mẹ',
      '1,5,15/01/2017,Lý Văn Kha,08/01/2017,Nam,Lý Thị Én,1994',
      '2,6,16/01/2017,"Mai Thị Đào,09/01/2017,Nữ,Mai Thị Hồng,1995',
      '3,7,17/01/2017,Tăng Văn Lâm,10/01/2017,Nam,Tăng Thị Mơ,"1990"',
      '4,8,18/01/2017,Hà Văn Tú,11/01/2017,Nam,Hà Thị Lụa,1991',
    ];
    const records = split(`${lines.join('\r\n')}\r\n`);
    expect(records.map((record) => record.fields[0])).toEqual(['STT', '1', '2', '3', '4']);
    expect(records[2]).toEqual({ fields: ['2', '6', '16/01/2017', '"Mai Thị Đào', '09/01/2017', 'Nữ', 'Mai Thị Hồng', '1995'], problem: 'CSV_QUOTE_UNTERMINATED' });
    expect(records[3]).toEqual({ fields: ['3', '7', '17/01/2017', 'Tăng Văn Lâm', '10/01/2017', 'Nam', 'Tăng Thị Mơ', '1990'] });
  });

  it('reads the lines a quote open to the end of the file swallowed (a footer) as lines of their own', () => {
    const text = 'STT,Họ và tên,Ghi chú\r\n1,Mai Thị Đào,"Đăng ký lại\r\n\r\nNgười lập biểu,,Chủ tịch UBND xã\r\n';
    expect(split(text)).toEqual([
      { fields: ['STT', 'Họ và tên', 'Ghi chú'] },
      { fields: ['1', 'Mai Thị Đào', '"Đăng ký lại'], problem: 'CSV_QUOTE_UNTERMINATED' },
      { fields: [''] },
      { fields: ['Người lập biểu', '', 'Chủ tịch UBND xã'] },
    ]);
  });

  it('keeps a quoted address with line breaks in it whole, whatever the line ending', () => {
    for (const newline of ['\r\n', '\n', '\r']) {
      const lines = [
        'STT,Họ và tên người chết,Nơi cư trú cuối cùng,Ngày chết,Nơi chết',
        `1,Nguyễn Văn Thịnh,"Thôn Đồng Sậu,${newline}xã Hương Sơn,${newline}huyện Bình Xuyên",10/01/2016,Tại nhà`,
        '2,Trần Thị Tý,"Thôn Núi Đinh, xã Hương Sơn",18/01/2016,"Tại nhà, ""Thôn Núi Đinh"""',
      ];
      expect(split(`${lines.join(newline)}${newline}`, newline)).toEqual([
        { fields: ['STT', 'Họ và tên người chết', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết'] },
        { fields: ['1', 'Nguyễn Văn Thịnh', `Thôn Đồng Sậu,${newline}xã Hương Sơn,${newline}huyện Bình Xuyên`, '10/01/2016', 'Tại nhà'] },
        { fields: ['2', 'Trần Thị Tý', 'Thôn Núi Đinh, xã Hương Sơn', '18/01/2016', 'Tại nhà, "Thôn Núi Đinh"'] },
      ]);
    }
  });

  it('keeps an address whose quotes are off in one record when its next line is no entry', () => {
    const lines = [
      'STT,Họ và tên người chết,Nơi cư trú cuối cùng,Ngày chết,Nơi chết',
      '1,Nguyễn Văn Thịnh,"Thôn "Đồng" Sậu,\nxã Hương Sơn",10/01/2016,Tại nhà',
      '2,Trần Thị Tý,Thôn Núi Đinh,18/01/2016,Tại nhà',
    ];
    expect(split(`${lines.join('\n')}\n`, '\n')).toEqual([
      { fields: ['STT', 'Họ và tên người chết', 'Nơi cư trú cuối cùng', 'Ngày chết', 'Nơi chết'] },
      { fields: ['1', 'Nguyễn Văn Thịnh', 'Thôn "Đồng" Sậu,\nxã Hương Sơn', '10/01/2016', 'Tại nhà'], problem: 'CSV_MALFORMED_QUOTES' },
      { fields: ['2', 'Trần Thị Tý', 'Thôn Núi Đinh', '18/01/2016', 'Tại nhà'] },
    ]);
  });

  it("reads an address or a remark opening with quotes closed inside it as typed, on a line with the entries' fields", () => {
    const lines = [
      'STT,Họ và tên,Nơi cư trú,Ghi chú',
      '1,Lê Thị Lan,"Thôn 5" xã Quất Lưu,',
      '2,Đỗ Văn Long,Thôn Đồng Sậu,"Bống" là tên ở nhà',
      '3,Trần Văn Đức,"Thôn 6"; xã Quất Lưu,',
      '4,Ngô Thị Hiền,Thôn Đồng Câm,"Tên ở nhà "Tý" theo lời khai của mẹ"',
    ];
    expect(split(`${lines.join('\r\n')}\r\n`)).toEqual([
      { fields: ['STT', 'Họ và tên', 'Nơi cư trú', 'Ghi chú'] },
      { fields: ['1', 'Lê Thị Lan', '"Thôn 5" xã Quất Lưu', ''] },
      { fields: ['2', 'Đỗ Văn Long', 'Thôn Đồng Sậu', '"Bống" là tên ở nhà'] },
      { fields: ['3', 'Trần Văn Đức', '"Thôn 6"; xã Quất Lưu', ''] },
      // Enclosed in quotes, its own not doubled: the text inside them.
      { fields: ['4', 'Ngô Thị Hiền', 'Thôn Đồng Câm', 'Tên ở nhà "Tý" theo lời khai của mẹ'] },
    ]);
  });

  it('reads a bad line as typed from its bad quote on, the quoted fields before it as parsed', () => {
    const lines = [
      'STT,Họ và tên,Nơi cư trú,Ghi chú',
      '1,Lê Thị Lan,"Thôn Núi Đinh, xã Hương Sơn","Bin" là tên, ở nhà',
      '2,Đỗ Văn Long,Thôn Đồng Sậu,',
    ];
    expect(split(`${lines.join('\r\n')}\r\n`)).toEqual([
      { fields: ['STT', 'Họ và tên', 'Nơi cư trú', 'Ghi chú'] },
      { fields: ['1', 'Lê Thị Lan', 'Thôn Núi Đinh, xã Hương Sơn', '"Bin" là tên', ' ở nhà'], problem: 'CSV_MALFORMED_QUOTES' },
      { fields: ['2', 'Đỗ Văn Long', 'Thôn Đồng Sậu', ''] },
    ]);
  });

  it('reads quotes a web tool escaped with a backslash as the quotes typed, each record whole', () => {
    // A commune's web register exported by PHP/MySQL: '\"' inside a quoted field, not RFC 4180's '""'.
    const lines = [
      'Số,Ngày đăng ký,Họ và tên,Giới tính,Ngày sinh,Họ và tên mẹ,Họ và tên cha,Ghi chú',
      '3,19/01/2023,Lê Thị Minh Châu,Nữ,10/01/2023,Đỗ Thị Lan,Lê Văn Nam,"Theo \\"Tờ khai\\" số 3"',
      '4,26/01/2023,Phạm Đức Thịnh,Nam,15/01/2023,Vũ Thị Hải,Phạm Văn Quý,"Tên ở nhà \\"Bin\\""',
      '5,02/02/2023,Hoàng Thị Ngân,Nữ,20/01/2023,Lê Thị Xuân,Hoàng Văn Hưng,',
    ];
    const records = split(`${lines.join('\r\n')}\r\n`);
    expect(records.map((record) => record.fields[0])).toEqual(['Số', '3', '4', '5']);
    expect(records.map((record) => record.problem)).toEqual([undefined, undefined, undefined, undefined]);
    expect(records[1]?.fields[7]).toBe('Theo "Tờ khai" số 3');
    expect(records[2]?.fields[7]).toBe('Tên ở nhà "Bin"');
    expect(records.every((record) => record.fields.length === 8)).toBe(true);
    // A doubled quote is no backslash's business: read as before.
    expect(split('1,"Theo ""Tờ khai"" số 3",x\r\n')[0]).toEqual({ fields: ['1', 'Theo "Tờ khai" số 3', 'x'] });
  });

  it('keeps blank lines as empty records', () => {
    expect(split('a,b,c\r\n\r\nc,d,e\r\n')).toEqual([{ fields: ['a', 'b', 'c'] }, { fields: [''] }, { fields: ['c', 'd', 'e'] }]);
    expect(split('a;b\nc;d', '\n', ';')).toEqual([{ fields: ['a', 'b'] }, { fields: ['c', 'd'] }]);
  });

  it('never throws and never reads more records than lines; a text without quotes gives one record per line', () => {
    const line = fc.array(fc.constantFrom('a', 'ễ', ',', ' ', '"'), { maxLength: 12 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
        fc.pre(lines.join('') !== '');
        const records = new CsvQuoteRecovery(',').readText(lines.join('\r\n'), '\r\n');
        expect(records.length).toBeLessThanOrEqual(lines.length);
        if (!lines.some((text) => text.includes('"'))) expect(records.map((record) => record.fields.join(','))).toEqual(lines);
      }),
    );
  });
});

describe('CSV reader with naive quotes', () => {
  it('reads a backslash-escaped quote as the quote, in a field enclosed in quotes or not', async () => {
    const rows = await readRows(
      [HEADER, '1,05/01/2015,Nguyễn Văn Hùng,Nam,01/01/2015,Trần Thị Hoa,Nguyễn Văn Nam,Theo \\"Tờ khai\\" số 4', '2,06/01/2015,Lê Thị Lan,Nữ,02/01/2015,Phạm Thị Mai,Lê Văn Tuấn,"Theo \\"Tờ khai\\" số 5"'].join('\r\n') + '\r\n',
    );
    expect(rows.map((row) => [row.cells[7]?.text, row.problem?.code])).toEqual([
      ['Ghi chú', undefined],
      ['Theo "Tờ khai" số 4', undefined],
      ['Theo "Tờ khai" số 5', undefined],
    ]);
  });

  it('counts every entry line of the book as a row', async () => {
    const rows = await readRows(`\uFEFF${NAIVE_QUOTES.join('\r\n')}\r\n`);
    expect(rows.map((row) => [row.rowNumber, row.cells[2]?.text, row.problem?.code])).toEqual([
      [1, 'Họ và tên', undefined],
      [2, 'Nguyễn Văn Hùng', undefined],
      [3, 'Lê Thị Lan', undefined],
      [4, 'Đỗ Văn Long', undefined],
      [5, 'Bùi Thị Hằng', undefined],
      [6, 'Trần Văn Đức', undefined],
      [7, 'Phạm Văn An', undefined],
    ]);
    expect(rows[2]?.cells[7]?.text).toBe('"Bin" là tên ở nhà');
  });

  it('finds the swallowed lines by papaparse cursor far into a long book, read in many chunks', async () => {
    // About 200 KiB of entries before the bad quote: the file's text reaches papaparse in several chunks.
    const entries = Array.from({ length: 1500 }, (_, i) => `${i + 1},05/01/2015,Nguyễn Văn Hùng,Nam,01/01/2015,Trần Thị Hoa,Nguyễn Văn Nam,"Thôn Hữu Bằng,\nxã Tam Hợp"`);
    const bad = '1501,06/01/2015,Lê Thị Lan,Nữ,02/01/2015,Phạm Thị Mai,Lê Văn Tuấn,"Bin" là tên ở nhà';
    const after = Array.from({ length: 1500 }, (_, i) => `${i + 1502},07/01/2015,Đỗ Văn Long,Nam,03/01/2015,Vũ Thị Thu,Đỗ Văn Sơn,`);
    const rows = await readRows(`\uFEFF${[HEADER, ...entries, bad, ...after].join('\r\n')}\r\n`);
    expect(rows).toHaveLength(3002);
    expect(rows.filter((row) => row.problem)).toEqual([]);
    expect([rows[1501]?.rowNumber, rows[1501]?.cells[0]?.text, rows[1501]?.cells[7]?.text]).toEqual([1502, '1501', '"Bin" là tên ở nhà']);
    expect(rows.map((row) => row.cells[0]?.text)).toEqual(['Số', ...Array.from({ length: 3001 }, (_, i) => String(i + 1))]);
    expect(rows[1500]?.cells[7]?.text).toBe('Thôn Hữu Bằng,\nxã Tam Hợp');
    expect(rows.at(-1)?.cells[2]?.text).toBe('Đỗ Văn Long');
  });
});
