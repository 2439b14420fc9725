/**
 * A register typed in a legacy font and exported to CSV by Excel ("CSV (Comma
 * delimited)", the ANSI code page): the bytes are the font's, and the fonts are
 * gone. TCVN3 'sè' (Số) and 'ghi chó' (Ghi chú), VNI 'Soá' (Số), read as
 * syllables of their own; their header row as a whole shows the encoding.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeTcvn3Capitals, encodeVni } from '../../fixtures/generator/legacy-encode.js';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { detectHeader } from '../../src/ingest/header-detect.js';
import { openSheets } from '../../src/ingest/open-sheets.js';
import type { SheetRow } from '../../src/ingest/sheet-source.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { readJsonl, runInto } from '../run/run-helpers.js';

const TITLES = ['UỶ BAN NHÂN DÂN XÃ TAM HỢP', 'SỔ ĐĂNG KÝ KHAI SINH'];
const HEADER = [
  'STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Nơi đăng ký', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch',
  'Nơi sinh', 'Quê quán', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Ghi chú',
];
const ENTRIES = [
  ['1', '12', '01/2015', '05/01/2015', 'UBND xã Tam Hợp', 'Nguyễn Thị Hương', '02/12/2014', 'Nữ', 'Kinh', 'Việt Nam',
    'Trạm y tế xã Tam Hợp', 'Xã Tam Hợp, Bình Xuyên, Vĩnh Phúc', 'Trần Thị Mai', '1990', 'Nguyễn Văn Hùng', '1988', 'Đăng ký quá hạn'],
  ['2', '13', '01/2015', '07/01/2015', 'UBND xã Tam Hợp', 'Lê Văn Đức', '30/12/2014', 'Nam', 'Kinh', 'Việt Nam',
    'Trạm y tế xã Tam Hợp', 'Xã Tam Hợp, Bình Xuyên, Vĩnh Phúc', 'Vũ Minh Loan', '1992', 'Phan Quang Dũng', '1989', ''],
];

type Keyboard = 'tcvn3' | 'vni' | 'unicode';

/** The book as its keyboard typed it: headings in `.VnTimeH` (typed lower case) for TCVN3, data in `.VnTime`. */
function typed(keyboard: Keyboard): string[][] {
  const heading = keyboard === 'tcvn3' ? encodeTcvn3Capitals : keyboard === 'vni' ? encodeVni : (text: string) => text;
  const data = keyboard === 'tcvn3' ? encodeTcvn3 : keyboard === 'vni' ? encodeVni : (text: string) => text;
  return [...TITLES.map((title) => [heading(title)]), HEADER.map(heading), ...ENTRIES.map((entry) => entry.map(data))];
}

/** Writes the CSV Excel exports from such a book: the legacy bytes in the ANSI code page, or UTF-8 with a BOM. */
function writeCsv(keyboard: Keyboard, lines: string[][]): string {
  const folder = mkdtempSync(join(tmpdir(), 'hotich-legacy-csv-'));
  const path = join(folder, `so-khai-sinh-tam-hop-2015-${keyboard}.csv`);
  const text = lines.map((cells) => cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n');
  writeFileSync(path, keyboard === 'unicode' ? `\ufeff${text}\r\n` : iconv.encode(`${text}\r\n`, 'windows1252'));
  return path;
}

async function topRows(path: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const sheet of openSheets(path)) for await (const row of sheet.rows) rows.push(row);
  return rows;
}

const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));

describe('header of a legacy-font register exported to CSV', () => {
  it('the CSV holds the ambiguous labels as typed (the case this is about)', async () => {
    const rows = await topRows(writeCsv('tcvn3', typed('tcvn3')));
    expect(rows[2]?.cells[1]?.text).toBe('sè');
    expect(rows[2]?.cells[16]?.text).toBe('ghi chó');
    const vni = await topRows(writeCsv('vni', typed('vni')));
    expect(vni[2]?.cells[1]?.text).toBe('Soá');
  });

  it.each(['tcvn3', 'vni'] as const)('%s: every column is found, the register number and remarks included', async (keyboard) => {
    const header = detectHeader(await topRows(writeCsv(keyboard, typed(keyboard))), allTypes);
    const unicode = detectHeader(await topRows(writeCsv('unicode', typed('unicode'))), allTypes);
    expect(header?.type.name).toBe('birth');
    expect(header?.headerRowNumbers).toEqual([3]);
    expect(header?.keys.get(1)).toBe('registration.number');
    expect(header?.keys.get(16)).toBe('remarks');
    expect([...(header?.keys ?? [])]).toEqual([...(unicode?.keys ?? [])]);
    expect(header?.labels.get(1)?.toLowerCase()).toBe('số');
    expect(header?.labels.get(16)?.toLowerCase()).toBe('ghi chú');
    expect(header?.encoding).toBe(keyboard);
    expect(unicode?.encoding).toBeNull();
  });

  it('decodes a row with one label re-typed in Unicode, and leaves that label alone', async () => {
    const lines = typed('tcvn3');
    lines[2]![11] = 'Quê quán';
    const header = detectHeader(await topRows(writeCsv('tcvn3', lines)), allTypes);
    expect(header?.keys.get(1)).toBe('registration.number');
    expect(header?.keys.get(11)).toBe('child.hometown');
    expect(header?.labels.get(11)).toBe('Quê quán');
  });

  it('a run loads the register number and the remarks of a TCVN3 CSV, and keeps no unknown column', async () => {
    const { out } = await runInto({ type: 'birth', districts: ['249'], inputs: [writeCsv('tcvn3', typed('tcvn3'))] });
    const records = readJsonl(join(out, '249', 'birth', 'clean.jsonl'));
    expect(records.map((record) => (record.registration as { number: string | null }).number)).toEqual(['12', '13']);
    expect(records[0]?.remarks).toBe('Đăng ký quá hạn');
    expect(records.map((record) => record.raw)).toEqual([{}, {}]);
    expect((records[0]?.child as { fullName: string }).fullName).toBe('Nguyễn Thị Hương');
    // 'Vò Minh Loan' and 'Phan Quang Dòng' read as Vietnamese on their own; the row's encoding settles them.
    expect((records[1]?.mother as { fullName: string }).fullName).toBe('Vũ Minh Loan');
    expect((records[1]?.father as { fullName: string }).fullName).toBe('Phan Quang Dũng');
  });

  it('a run loads a small TCVN3 death book whose names have ề after i/y (Quyền, Hiền), once taken for Windows-1258', async () => {
    const book = [
      ['SỔ ĐĂNG KÝ KHAI TỬ QUÝ I NĂM 2002', '', '', '', '', '', ''],
      ['Số', 'Ngày đăng ký', 'Họ và tên người chết', 'Năm sinh', 'Ngày chết', 'Nơi chết', 'Người đi khai'],
      ['1', '08/01/2002', 'Nguyễn Văn Quyền', '1921', '05/01/2002', 'Tại nhà', 'Nguyễn Văn Hải'],
      ['2', '19/01/2002', 'Trần Văn Hiền', '1930', '15/01/2002', 'Tại nhà', 'Trần Văn Nam'],
      ['3', '04/02/2002', 'Lê Văn Tiến', '1918', '01/02/2002', 'Tại nhà', 'Lê Văn Tuấn'],
      ['4', '21/02/2002', 'Phạm Văn Tuyền', '1925', '18/02/2002', 'Bệnh viện tỉnh', 'Phạm Văn Long'],
      ['5', '10/03/2002', 'Đỗ Văn Thành', '1940', '07/03/2002', 'Tại nhà', 'Đỗ Văn Sơn'],
      ['6', '28/03/2002', 'Hoàng Văn Điền', '1927', '25/03/2002', 'Tại nhà', 'Hoàng Văn Hòa'],
    ];
    const { out } = await runInto({ type: 'death', districts: ['249'], inputs: [writeCsv('tcvn3', book.map((cells) => cells.map(encodeTcvn3)))] });
    const records = readJsonl(join(out, '249', 'death', 'clean.jsonl'));
    expect(records.map((record) => (record.deceased as { fullName: string }).fullName)).toEqual([
      'Nguyễn Văn Quyền', 'Trần Văn Hiền', 'Lê Văn Tiến', 'Phạm Văn Tuyền', 'Đỗ Văn Thành', 'Hoàng Văn Điền',
    ]);
  });
});
