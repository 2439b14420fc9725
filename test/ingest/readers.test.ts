import { describe, expect, it } from 'vitest';
import { readCsvSheets, sniffCsvFormat } from '../../src/ingest/csv-reader.js';
import type { SheetRow } from '../../src/ingest/sheet-source.js';
import { readXlsxSheets } from '../../src/ingest/xlsx-reader.js';
import { normalizeDate } from '../../src/normalize/date/normalize-date.js';
import { runInto, readJsonl } from '../run/run-helpers.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// fixtures/reader/ (fixtures/generator/reader-features.ts): one file per reader feature.
async function sheetsOf(read: AsyncIterable<{ name: string; date1904: boolean; rows: AsyncIterable<SheetRow> }>) {
  const sheets: { name: string; date1904: boolean; rows: SheetRow[] }[] = [];
  for await (const sheet of read) {
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    sheets.push({ name: sheet.name, date1904: sheet.date1904, rows });
  }
  return sheets;
}

describe('XLSX reader', () => {
  it('gives formulas their cached result, hyperlinks their text, rich text flattened with its runs fonts', async () => {
    const [sheet] = await sheetsOf(readXlsxSheets('fixtures/reader/cell-types.xlsx'));
    expect(sheet?.name).toBe('Ô đặc biệt');
    const [first, second] = [sheet?.rows[1], sheet?.rows[2]];
    expect(first?.rowNumber).toBe(2);
    expect(first?.cells[0]).toMatchObject({ value: 1, text: '1', column: 'A' });
    expect(first?.cells[1]).toMatchObject({
      text: 'Nguyễn Văn An',
      runs: [{ text: 'Nguyễn Văn ', font: 'Times New Roman' }, { text: 'An', font: 'Arial' }],
    });
    expect(first?.cells[2]?.value).toEqual(new Date(Date.UTC(2015, 0, 3)));
    expect(first?.cells[3]).toMatchObject({ value: 26215000101, text: '26215000101' });
    expect(first?.cells[4]?.text).toBe('Xem bản quét');
    expect(first?.cells[5]).toMatchObject({ text: 'Trần Thị Mai', font: '.VnTime' });
    expect(second?.cells[1]?.text).toBe('Lê Thị Hoa');
    expect(second?.cells[5]?.text).toBe('Phạm Thị Hoà');
    expect(second?.cells[4]).toBeUndefined();
  });

  it('knows a 1904-based workbook, so a serial in a date column means the right day', async () => {
    const [sheet] = await sheetsOf(readXlsxSheets('fixtures/reader/date1904.xlsx'));
    expect(sheet?.date1904).toBe(true);
    const serial = sheet?.rows[1]?.cells[1]?.value ?? null;
    expect(normalizeDate(serial, { date1904: true }).value).toBe('2015-01-03');
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: ['fixtures/reader/date1904.xlsx'] });
    expect(readJsonl(join(out, '249/birth/clean.jsonl'))[0]).toMatchObject({ registration: { date: '2015-01-08' }, child: { birthDate: '2015-01-03' } });
  });
});

describe('CSV reader', () => {
  for (const [file, encoding] of [['utf16le-tab.csv', 'utf16le'], ['utf16be-tab.csv', 'utf16be']] as const) {
    it(`reads ${encoding} with a BOM, tab-separated`, async () => {
      expect(await sniffCsvFormat(`fixtures/reader/${file}`)).toEqual({ encoding, delimiter: '\t' });
      const [sheet] = await sheetsOf(readCsvSheets(`fixtures/reader/${file}`));
      expect(sheet?.name).toBe('');
      expect(sheet?.rows.map((row) => row.cells.map((cell) => cell?.text))).toEqual([
        ['STT', 'Họ và tên', 'Ngày sinh', 'Họ tên mẹ'],
        ['1', 'Nguyễn Văn Đức', '05/03/2015', 'Trần Thị Thuỷ'],
      ]);
    });
  }

  it('reads UTF-16 written without its BOM (LE and BE), named .txt, .csv or .xlsx, as the register it is', async () => {
    const lines = [
      'SỔ ĐĂNG KÝ KẾT HÔN XÃ YÊN LẬP NĂM 2008',
      'Số\tNgày đăng ký\tHọ và tên chồng\tNgày sinh chồng\tDân tộc chồng\tHọ và tên vợ\tNgày sinh vợ\tDân tộc vợ',
      '1\t12/01/2008\tNguyễn Văn Đức\t05/03/1980\tKinh\tTrần Thị Thuỷ\t11/11/1985\tKinh',
      '2\t20/02/2008\tPhạm Quang Hưng\t21/07/1983\tKinh\tĐỗ Thị Ngọc Ánh\t02/09/1986\tKinh',
      '\tTổng cộng: 2 trường hợp',
    ].join('\r\n') + '\r\n';
    const folder = mkdtempSync(join(tmpdir(), 'hotich-utf16-'));
    for (const [name, encoding] of [['KH_YenLap_2008.txt', 'utf16le'], ['KH_YenLap_2008.csv', 'utf16be'], ['KH_YenLap_2008.xlsx', 'utf16le']] as const) {
      const path = join(folder, name);
      const bytes = Buffer.from(lines, 'utf16le');
      if (encoding === 'utf16be') bytes.swap16();
      writeFileSync(path, bytes);
      expect(await sniffCsvFormat(path)).toEqual({ encoding, delimiter: '\t' });
      const { out } = await runInto({ type: 'marriage', districts: ['252'], inputs: [path] });
      const clean = readJsonl(join(out, '252/marriage/clean.jsonl'));
      expect(clean.map((record) => [(record.husband as { fullName: string }).fullName, (record.wife as { fullName: string }).fullName])).toEqual([
        ['Nguyễn Văn Đức', 'Trần Thị Thuỷ'],
        ['Phạm Quang Hưng', 'Đỗ Thị Ngọc Ánh'],
      ]);
      expect(readJsonl(join(out, '252/marriage/rejected.jsonl'))).toEqual([]);
    }
  });

  it("reads a 'CSV (Macintosh)' book: records ending in CR, header and address cells broken with LF", async () => {
    const header = ['Số', 'Ngày đăng ký', '"Họ và tên\nngười chết"', '"Ngày, tháng,\nnăm sinh"', 'Giới tính', 'Nơi cư trú cuối cùng', '"Ngày, tháng,\nnăm chết"', 'Nơi chết', 'Nguyên nhân chết', 'Người đi khai tử'];
    const entry = (n: number, name: string) => [n, `0${n}/03/2009`, name, '12/05/1930', 'Nam', '"Thôn Đông, xã Kim Xá,\nhuyện Vĩnh Tường"', `0${n}/03/2009`, 'Tại nhà', 'Già yếu', 'Nguyễn Văn Hải'];
    const lines = ['UBND XÃ KIM XÁ', 'SỔ ĐĂNG KÝ KHAI TỬ NĂM 2009', header, entry(1, 'Trần Văn An'), entry(2, 'Trần Văn Bình'), entry(3, 'Lê Văn Cường'), ['', '', 'Tổng cộng: 3 trường hợp']];
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-mac-csv-')), 'KT_KimXa_2009.csv');
    writeFileSync(path, lines.map((line) => (Array.isArray(line) ? line.join(';') : line)).join('\r') + '\r');
    expect(await sniffCsvFormat(path)).toEqual({ encoding: 'utf8', delimiter: ';' });
    const { out } = await runInto({ type: 'death', districts: ['252'], inputs: [path] });
    expect(readJsonl(join(out, '252/death/rejected.jsonl'))).toEqual([]);
    const clean = readJsonl(join(out, '252/death/clean.jsonl'));
    expect(clean.map((record) => [(record.provenance as { row: number }).row, (record.deceased as { fullName: string }).fullName, (record.deceased as { residence: string }).residence, record.deathDate])).toEqual([
      [4, 'Trần Văn An', 'Thôn Đông, xã Kim Xá, huyện Vĩnh Tường', '2009-03-01'],
      [5, 'Trần Văn Bình', 'Thôn Đông, xã Kim Xá, huyện Vĩnh Tường', '2009-03-02'],
      [6, 'Lê Văn Cường', 'Thôn Đông, xã Kim Xá, huyện Vĩnh Tường', '2009-03-03'],
    ]);
  });

  it('rejects only the entry holding a stray byte of another code page in a UTF-8 book, not every entry', async () => {
    const header = 'Số;Ngày đăng ký;Họ và tên người chết;Ngày sinh;Giới tính;Nơi cư trú cuối cùng;Ngày chết;Nơi chết;Nguyên nhân chết;Người đi khai tử;Ghi chú';
    const names = ['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường', 'Đỗ Thị Dung'];
    const entry = (n: number, remarks: string) => `${n};0${n}/03/2009;${names[n - 1]};12/05/1930;${n % 2 ? 'Nam' : 'Nữ'};Thôn Đông, xã Kim Xá, huyện Vĩnh Tường;0${n}/03/2009;Tại nhà;Già yếu;Nguyễn Văn Hải;${remarks}`;
    const text = ['UBND XÃ KIM XÁ', 'SỔ ĐĂNG KÝ KHAI TỬ NĂM 2009', header, entry(1, 'Ghi ch\u0000'), entry(2, ''), entry(3, ''), entry(4, '')].join('\r\n') + '\r\n';
    const bytes = Buffer.from(text);
    bytes[bytes.indexOf(0)] = 0xfa; // 'ú' as Windows-1252 writes it
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-stray-byte-')), 'KT_KimXa_2009.csv');
    writeFileSync(path, bytes);
    const { out } = await runInto({ type: 'death', districts: ['252'], inputs: [path] });
    expect(readJsonl(join(out, '252/death/clean.jsonl')).map((record) => (record.deceased as { fullName: string }).fullName)).toEqual(names.slice(1));
    expect(readJsonl(join(out, '252/death/rejected.jsonl')).map((record) => (record.errors as { code: string; field: string }[]).map(({ code, field }) => `${code} ${field}`))).toEqual([['TEXT_REPLACEMENT_CHARACTER remarks']]);
  });

  it("reads a stray Windows-1252 quote in a UTF-8 book as the quote it is, the entry clean", async () => {
    const header = 'Số;Ngày đăng ký;Họ và tên;Ngày sinh;Giới tính;Họ và tên mẹ;Năm sinh mẹ;Họ và tên cha;Năm sinh cha;Ghi chú';
    const entry = (n: number, name: string, remarks: string) => `${n};1${n}/03/2019;${name};0${n}/03/2019;${n % 2 ? 'Nam' : 'Nữ'};Ngô Thị Thu;1990;Trần Văn Quang;1988;${remarks}`;
    const text = ['UBND XÃ QUẤT LƯU', 'SỔ ĐĂNG KÝ KHAI SINH NĂM 2019', header, entry(1, 'Trần Văn Đức', 'Theo giấy chứng sinh số 12\u0000'), entry(2, 'Trần Thị Hoa', ''), entry(3, 'Trần Văn Minh', '')].join('\r\n') + '\r\n';
    const bytes = Buffer.from(text);
    bytes[bytes.indexOf(0)] = 0x92; // '’' as Windows-1252 writes it (Word's smart quote)
    const path = join(mkdtempSync(join(tmpdir(), 'hotich-stray-quote-')), 'KS_QuatLuu_2019.csv');
    writeFileSync(path, bytes);
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    expect(readJsonl(join(out, '249/birth/rejected.jsonl'))).toEqual([]);
    expect(readJsonl(join(out, '249/birth/clean.jsonl')).map((record) => record.remarks)).toEqual(['Theo giấy chứng sinh số 12’', null, null]);
  });

  it("names a file whose letters were saved as '?' as unreadable, with the way to save it again", async () => {
    // Excel's 'CSV (Comma delimited)' on a Windows-1252 PC: ă đ ơ ư and most toned letters become '?'.
    const unicode = [
      'STT,Số,Ngày đăng ký,Họ và tên,Ngày sinh,Giới tính,Họ và tên mẹ,Năm sinh mẹ,Họ và tên cha,Năm sinh cha',
      '1,01,05/01/2005,Nguyễn Văn Đức,12/12/2004,Nam,Trần Thị Hương,1980,Nguyễn Văn Đông,1978',
      '2,02,07/01/2005,Phạm Thị Ngọc Ánh,01/01/2005,Nữ,Đỗ Thị Lụa,1982,Phạm Văn Đức,1979',
    ].join('\r\n');
    const folder = mkdtempSync(join(tmpdir(), 'hotich-ansi-'));
    const path = join(folder, 'so-khai-sinh-2005.csv');
    writeFileSync(path, Buffer.from([...`${unicode}\r\n`].map((char) => (char.charCodeAt(0) < 0x100 ? char.charCodeAt(0) : 0x3f))));
    await expect(sheetsOf(readCsvSheets(path))).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const manifest = JSON.parse(readFileSync(join(out, '249/birth/manifest.json'), 'utf8')) as { inputs: { error?: { code: string; message: string } }[]; counts: { rowsRead: number } };
    expect(manifest.counts.rowsRead).toBe(0);
    expect(manifest.inputs[0]?.error?.code).toBe('FILE_UNREADABLE');
    expect(manifest.inputs[0]?.error?.message).toContain("dấu '?'");
    expect(manifest.inputs[0]?.error?.message).toContain('CSV UTF-8');
  });

  it("names a legacy file re-saved as UTF-8, whose letters all became '\ufffd', as unreadable", async () => {
    // A .VnTime book exported as CSV (Windows-1252 bytes), opened by a tool as UTF-8 and saved again.
    const tcvn3 = [
      'STT,Sè,Ngµy ®¨ng ký,Hä vµ tªn,Ngµy sinh,Giíi tÝnh,Hä vµ tªn mÑ,N¨m sinh mÑ',
      '1,01,05/01/1994,NguyÔn V¨n §øc,12/12/1993,Nam,TrÇn ThÞ H\u00ad¬ng,1970',
    ].join('\r\n');
    const folder = mkdtempSync(join(tmpdir(), 'hotich-fffd-'));
    const path = join(folder, 'so-khai-sinh-1994.csv');
    writeFileSync(path, new TextDecoder('utf-8').decode(Buffer.from([...`${tcvn3}\r\n`].map((char) => char.charCodeAt(0)))), 'utf8');
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [path] });
    const manifest = JSON.parse(readFileSync(join(out, '249/birth/manifest.json'), 'utf8')) as { inputs: { error?: { code: string; message: string } }[]; counts: { rowsRead: number } };
    expect(manifest.counts.rowsRead).toBe(0);
    expect(manifest.inputs[0]?.error?.code).toBe('FILE_UNREADABLE');
    expect(manifest.inputs[0]?.error?.message).toContain('bảng mã cũ');
  });

  it('reads the Windows-1258 fixture back to composed Vietnamese', async () => {
    expect((await sniffCsvFormat('fixtures/251-yen-lac/khai-sinh-yen-lac-2003-cp1258.csv')).encoding).toBe('windows1258');
    const [sheet] = await sheetsOf(readCsvSheets('fixtures/251-yen-lac/khai-sinh-yen-lac-2003-cp1258.csv'));
    expect(sheet?.rows[1]?.cells[5]?.text.normalize('NFC')).toBe('Nguyễn Thị Hoà');
  });
});
